"""mlp_forward: (Z1, A1, logits) of the network X -> relu(X W1 + b1) W2 + b2."""
import numpy as np
from otter.test_files import test_case

from course.runtime.testing import expect_array, expect_close, expect_tuple, expect_unchanged

OK_FORMAT = False
name = "mlp_forward"
hints = [
    "Three lines, one per formula: Z1 from X, W1 and b1; A1 from Z1; the logits from A1, W2 and b2. "
    "Adding the 1-D bias to the 2-D product adds it to every row (broadcasting).",
    "Z1 = X @ params['W1'] + params['b1'], and the ReLU is np.maximum(Z1, 0), which returns a new "
    "array and leaves Z1 as it is.",
    "logits = A1 @ params['W2'] + params['b2'] (no ReLU on the logits); return Z1, A1, logits. Convert "
    "X to float first with np.asarray(X, dtype=float).",
]

bans = {"mlp_forward": ["scipy", "sklearn"]}
ban_reason = ("this notebook builds the network with NumPy alone: write it yourself, with your own "
              "functions from the sections above as the tools; SciPy's and scikit-learn's versions "
              "are for applied work after the course.")

TANH = ("A1 must be the ReLU of Z1, max(Z1, 0); you applied tanh (or another squashing function). "
        "Use np.maximum(Z1, 0).")
SIGMOID = "A1 must be the ReLU of Z1, max(Z1, 0); you applied the sigmoid. Use np.maximum(Z1, 0)."
NO_ACTIVATION = ("the logits were computed from Z1, without the ReLU: compute A1 = max(Z1, 0) first, "
                 "then logits = A1 W2 + b2.")
OUTPUT_RELU = ("the logits have negative entries clipped to 0: the output layer is affine, "
               "logits = A1 W2 + b2, with no ReLU. Negative scores are fine.")
NO_B1 = "Z1 misses the bias: Z1 = X W1 + b1, with b1 added to every row."
NO_B2 = "the logits miss the bias: logits = A1 W2 + b2, with b2 added to every row."
Z1_CLIPPED = ("your Z1 has no negative entries: the ReLU overwrote it (np.maximum(Z1, 0, out=Z1) or "
              "Z1[Z1 < 0] = 0). Return Z1 before the ReLU and put max(Z1, 0) in a new array A1; the "
              "backward pass needs both.")

KEYS = ("W1", "b1", "W2", "b2")


def _check(got, X, params, what):
    """Compare the learner's (Z1, A1, logits) with the expected ones, naming known mistakes."""
    Z1, A1, logits = expect_tuple(got, 3, what=what, names="Z1, A1, logits")
    for part, name_ in ((Z1, "Z1"), (A1, "A1"), (logits, "the logits")):
        expect_array(part, what=f"{name_} from {what}")
    X = np.asarray(X, dtype=float)
    W1, b1, W2, b2 = (np.asarray(params[key], dtype=float) for key in KEYS)
    Z1_expected = X @ W1 + b1
    A1_expected = np.maximum(Z1_expected, 0.0)
    logits_expected = A1_expected @ W2 + b2
    expect_close(Z1, Z1_expected, rtol=1e-10, atol=1e-12, what=f"Z1 from {what}",
                 misconceptions={NO_B1: X @ W1, Z1_CLIPPED: A1_expected})
    expect_close(A1, A1_expected, rtol=1e-10, atol=1e-12, what=f"A1 from {what}",
                 misconceptions={TANH: np.tanh(Z1_expected),
                                 SIGMOID: 1.0 / (1.0 + np.exp(-Z1_expected))})
    expect_close(logits, logits_expected, rtol=1e-10, atol=1e-12, what=f"the logits from {what}",
                 misconceptions={OUTPUT_RELU: np.maximum(logits_expected, 0.0),
                                 NO_ACTIVATION: Z1_expected @ W2 + b2,
                                 NO_B2: A1_expected @ W2})


def _copy(params):
    return {key: np.array(value) for key, value in params.items()}


@test_case(points=1.25, hidden=False)
def test_small_network(mlp_forward):
    """X = [[1, 2], [0, -1], [3, 1]], W1 = [[1, -1, 0.5], [0.5, 1, -2]], b1 = [0, 0.5, 1], W2 = [[1, 0], [-1, 1], [0.5, 2]], b2 = [0.1, -0.2]"""
    X = np.array([[1.0, 2.0], [0.0, -1.0], [3.0, 1.0]])
    params = {"W1": np.array([[1.0, -1.0, 0.5], [0.5, 1.0, -2.0]]), "b1": np.array([0.0, 0.5, 1.0]),
              "W2": np.array([[1.0, 0.0], [-1.0, 1.0], [0.5, 2.0]]), "b2": np.array([0.1, -0.2])}
    what = "mlp_forward(params, X) on the 3-row example"
    got = mlp_forward(_copy(params), X.copy())
    Z1, A1, logits = expect_tuple(got, 3, what=what, names="Z1, A1, logits")
    for part, name_ in ((Z1, "Z1"), (A1, "A1"), (logits, "the logits")):
        expect_array(part, what=f"{name_} from {what}")
    # by hand: Z1 = [[2, 1.5, -2.5], [-0.5, -0.5, 3], [3.5, -1.5, 0.5]], A1 = max(Z1, 0)
    expect_close(Z1, np.array([[2.0, 1.5, -2.5], [-0.5, -0.5, 3.0], [3.5, -1.5, 0.5]]),
                 what=f"Z1 from {what}", misconceptions={
                     NO_B1: np.array([[2.0, 1.0, -3.5], [-0.5, -1.0, 2.0], [3.5, -2.0, -0.5]]),
                     Z1_CLIPPED: np.array([[2.0, 1.5, 0.0], [0.0, 0.0, 3.0], [3.5, 0.0, 0.5]])})
    _check(got, X, params, what)


@test_case(points=0.75, hidden=False)
def test_negative_logits(mlp_forward):
    """X = [[1, 0], [0, 1]] (integers), W1 = [[1, -1], [2, 1]], b1 = [0, 0], W2 = [[-1], [-2]], b2 = [0.5]: logits [[-0.5], [-3.5]]"""
    X = np.array([[1, 0], [0, 1]])
    params = {"W1": np.array([[1.0, -1.0], [2.0, 1.0]]), "b1": np.array([0.0, 0.0]),
              "W2": np.array([[-1.0], [-2.0]]), "b2": np.array([0.5])}
    what = "mlp_forward(params, [[1, 0], [0, 1]])"
    got = mlp_forward(_copy(params), X.copy())
    _check(got, X, params, what)
    expect_close(got[2], np.array([[-0.5], [-3.5]]), what=f"the logits from {what}")


@test_case(points=0.5, hidden=True)
def test_random_networks(mlp_forward):
    """seeded random networks of several sizes, a single row, and the digits network (64, 32, 10)"""
    rng = np.random.default_rng(4411)
    for m, d, h, k in ((5, 3, 4, 2), (1, 4, 3, 5), (7, 2, 6, 1), (20, 64, 32, 10)):
        X = rng.normal(size=(m, d))
        params = {"W1": rng.normal(size=(d, h)), "b1": rng.normal(size=h),
                  "W2": rng.normal(size=(h, k)), "b2": rng.normal(size=k)}
        _check(mlp_forward(_copy(params), X.copy()), X, params,
               f"mlp_forward with m = {m}, d = {d}, h = {h}, k = {k}")


@test_case(points=0.5, hidden=True)
def test_integers_and_inputs_unchanged(mlp_forward):
    """integer X and integer parameters; X and the parameter arrays are left unchanged"""
    rng = np.random.default_rng(4412)
    X = rng.integers(-3, 4, size=(4, 3))
    params = {"W1": rng.integers(-2, 3, size=(3, 5)), "b1": rng.integers(-1, 2, size=5),
              "W2": rng.integers(-2, 3, size=(5, 2)), "b2": rng.integers(-1, 2, size=2)}
    _check(mlp_forward(_copy(params), X.copy()), X, params, "mlp_forward on integer arrays")
    X = rng.normal(size=(6, 3))
    params = {"W1": rng.normal(size=(3, 4)), "b1": rng.normal(size=4),
              "W2": rng.normal(size=(4, 3)), "b2": rng.normal(size=3)}
    before_X, before = X.copy(), _copy(params)
    mlp_forward(params, X)
    expect_unchanged(before_X, X, what="X")
    for key in KEYS:
        expect_unchanged(before[key], params[key], what=f"params[{key!r}]")
