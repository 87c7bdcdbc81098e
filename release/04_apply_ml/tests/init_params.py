"""init_params: He-initialised weights and zero biases of a two-layer network, graded statistically."""
import numpy as np
from otter.test_files import test_case

from course.runtime.testing import expect_raises, expect_true, expect_uses_rng

OK_FORMAT = False
name = "init_params"
hints = [
    "Each weight matrix has its own scale, set by its fan-in: the number of inputs of the layer, "
    "d for W1 and h for W2. The biases are np.zeros of the right length.",
    "rng.standard_normal(shape) draws numbers with mean 0 and standard deviation 1; multiplying "
    "them by s gives standard deviation s.",
    "W1 = rng.standard_normal((d, h)) * np.sqrt(2 / d); build W2 the same way with h in place of "
    "d, and return the four arrays in a dict with the keys 'W1', 'b1', 'W2', 'b2'.",
]

bans = {"init_params": ["scipy", "sklearn"]}
ban_reason = ("this notebook builds the network with NumPy alone: write it yourself, with your own "
              "functions from the sections above as the tools; SciPy's and scikit-learn's versions "
              "are for applied work after the course.")

Z_MAX = 6.0      # a correct draw lands beyond 6 standard errors with probability ~ 1e-9

KEYS = ("W1", "b1", "W2", "b2")
NO_SCALE = ("the weights of {key} have standard deviation about 1: scale the standard normals by "
            "√(2 / fan-in), where the fan-in of {key} is {fan_in}.")
LECUN = ("the weights of {key} have standard deviation √(1 / fan-in); for a ReLU network He "
         "initialisation uses √(2 / fan-in), to make up for the half of the signal the ReLU sets "
         "to zero.")
VARIANCE_AS_STD = ("the weights of {key} have standard deviation 2 / fan-in, which is the "
                   "VARIANCE: the standard deviation is its square root, √(2 / fan-in).")
FAN_OUT = ("the weights of {key} are scaled by the layer's number of OUTPUTS; the fan-in is its "
           "number of inputs: d for W1, h for W2.")
GLOROT = ("the weights of {key} have variance 2 / (fan-in + fan-out), Glorot (Xavier) "
          "initialisation, made for tanh and sigmoid units. For a ReLU network the task asks for He "
          "initialisation: variance 2 / fan-in, standard deviation √(2 / fan-in).")
SYMMETRY = ("all entries of {key} are equal, so every hidden unit computes the same function, gets "
            "the same gradient and stays identical to the others: draw the weights at random.")
POSITIVE = ("the weights of {key} are all positive: their mean must be 0. rng.random draws from "
            "[0, 1); use rng.standard_normal.")
NONZERO_BIAS = "the bias {key} must start at zero: np.zeros({size})."
OWN_GENERATOR = ("two calls with different generators returned the same weights: draw every random "
                 "number from the rng argument you are given, not from np.random or a generator "
                 "you create yourself.")


def _check_structure(params, d, h, k, what):
    """A dict with the four keys, float arrays of the right shapes, finite, zero biases."""
    expect_true(params is not None, f"{what} returned None — did you forget a `return` statement?",
                verdict="returned None — did you forget a `return` statement?")
    expect_true(isinstance(params, dict) and set(params) == set(KEYS),
                f"{what} should return a dict with the keys 'W1', 'b1', 'W2', 'b2'; got "
                f"{type(params).__name__}{' with keys ' + repr(sorted(params)) if isinstance(params, dict) else ''}.",
                verdict="did not return a dict with the keys W1, b1, W2, b2")
    shapes = {"W1": (d, h), "b1": (h,), "W2": (h, k), "b2": (k,)}
    for key in KEYS:
        value = params[key]
        expect_true(isinstance(value, np.ndarray) and value.dtype.kind == "f",
                    f"params[{key!r}] from {what} should be a float NumPy array; it is "
                    f"{type(value).__name__ if not isinstance(value, np.ndarray) else 'of dtype ' + str(value.dtype)}.",
                    verdict=f"params[{key!r}] is not a float NumPy array")
        hint = None
        if value.shape == shapes[key][::-1] and len(value.shape) == 2:
            hint = (f"{key} is transposed: it maps the layer's inputs to its outputs, so its shape is "
                    f"(inputs, outputs) = {shapes[key]}.")
        expect_true(value.shape == shapes[key],
                    f"params[{key!r}] from {what} has shape {value.shape}; expected {shapes[key]}.",
                    verdict=f"params[{key!r}] has shape {value.shape}", hint=hint)
        expect_true(bool(np.all(np.isfinite(value))), f"params[{key!r}] from {what} contains NaN or inf.",
                    verdict=f"params[{key!r}] contains NaN or inf")
    for key in ("b1", "b2"):
        expect_true(not np.any(params[key]), f"params[{key!r}] from {what} is not all zeros.",
                    verdict=f"params[{key!r}] is not all zeros",
                    hint=NONZERO_BIAS.format(key=key, size=params[key].size))


def _z_second_moment(W, variance):
    """How many standard errors the mean of W² is from `variance` (W normal with mean 0)."""
    return (np.mean(W ** 2) / variance - 1.0) / np.sqrt(2.0 / W.size)


def _check_scale(W, key, fan_in, fan_out, what):
    """Mean 0 and standard deviation √(2 / fan_in), within Z_MAX standard errors."""
    n = W.size
    if n > 1:
        expect_true(np.ptp(W) > 0, f"all {n} entries of {key} from {what} equal {W.flat[0]:.6g}.",
                    verdict=f"all entries of {key} are equal", hint=SYMMETRY.format(key=key))
    sigma = np.sqrt(2.0 / fan_in)
    z = abs(float(np.mean(W))) / (sigma / np.sqrt(n))
    if n >= 50 and z > Z_MAX:
        expect_true(False, f"the entries of {key} from {what} have mean {np.mean(W):.4g}; they should "
                    f"average 0 (within {Z_MAX * sigma / np.sqrt(n):.2g} for this many draws).",
                    verdict=f"the entries of {key} do not have mean 0",
                    hint=POSITIVE.format(key=key) if np.all(W >= 0) else None)
    z = _z_second_moment(W, sigma ** 2)
    if n >= 50 and abs(z) > Z_MAX:
        hint = None
        for variance, text in ((1.0, NO_SCALE), (1.0 / fan_in, LECUN), ((2.0 / fan_in) ** 2, VARIANCE_AS_STD),
                               (2.0 / fan_out, FAN_OUT), (2.0 / (fan_in + fan_out), GLOROT)):
            if not np.isclose(variance, sigma ** 2) and abs(_z_second_moment(W, variance)) <= Z_MAX:
                hint = text.format(key=key, fan_in=fan_in)
                break
        rms = float(np.sqrt(np.mean(W ** 2)))
        expect_true(False, f"the entries of {key} from {what} have standard deviation about {rms:.4g}; "
                    f"expected √(2 / {fan_in}) = {sigma:.4g} (allowed: ±{Z_MAX * sigma * np.sqrt(0.5 / n):.2g}).",
                    verdict=f"the entries of {key} have the wrong standard deviation", hint=hint)


UNIFORM = ("the weights of {key} have the right standard deviation but are not normally distributed: "
           "none lies beyond 2 standard deviations, as with a uniform distribution. The task asks for "
           "a normal distribution: rng.standard_normal(shape) * √(2 / fan-in).")


def _check_normal(W, key, what):
    """A normal sample has about 4.6 % of its entries beyond 2 standard deviations; a uniform one none."""
    if W.size < 2000:
        return
    beyond = float(np.mean(np.abs(W - W.mean()) > 2 * W.std()))
    expect_true(0.02 < beyond < 0.08,
                f"{beyond:.2%} of the entries of {key} from {what} lie beyond 2 standard deviations; for a "
                "normal distribution it is about 4.6 %.",
                verdict=f"the entries of {key} are not normally distributed",
                hint=UNIFORM.format(key=key) if beyond < 0.005 else None)


@test_case(points=1.25, hidden=False)
def test_scale_of_the_weights(init_params):
    """init_params(100, 50, 10, rng=np.random.default_rng(4401)): W1 has standard deviation √(2/100), W2 √(2/50), means 0"""
    what = "init_params(100, 50, 10, rng=np.random.default_rng(4401))"
    params = init_params(100, 50, 10, rng=np.random.default_rng(4401))
    _check_structure(params, 100, 50, 10, what)
    _check_scale(params["W1"], "W1", 100, 50, what)
    _check_scale(params["W2"], "W2", 50, 10, what)


@test_case(points=0.5, hidden=False)
def test_small_shapes(init_params):
    """init_params(3, 2, 4, rng=np.random.default_rng(4402)): W1 (3, 2), b1 = zeros(2), W2 (2, 4), b2 = zeros(4)"""
    what = "init_params(3, 2, 4, rng=np.random.default_rng(4402))"
    params = init_params(3, 2, 4, rng=np.random.default_rng(4402))
    _check_structure(params, 3, 2, 4, what)
    for key in ("W1", "W2"):
        expect_true(np.ptp(params[key]) > 0, f"all entries of {key} from {what} are equal.",
                    verdict=f"all entries of {key} are equal", hint=SYMMETRY.format(key=key))


@test_case(points=0.25, hidden=False)
def test_zero_size_raises(init_params):
    """init_params(0, 5, 3, rng) raises ValueError"""
    expect_raises(ValueError, init_params, 0, 5, 3, np.random.default_rng(4403),
                  what="init_params(0, 5, 3, rng)")


# Hidden cases are run at grading (and by check() when autograder/ is present).
HIDDEN_CASES = 3
HIDDEN_POINTS = 1
