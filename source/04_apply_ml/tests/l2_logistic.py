"""l2_logistic: the mean cross-entropy plus (λ/2)‖w[1:]‖² and its gradient; the intercept is not penalised."""
import numpy as np
from otter.test_files import test_case

from course.runtime.testing import expect_close, expect_raises, expect_tuple, expect_unchanged

OK_FORMAT = False
name = "l2_logistic"
hints = [
    "Build the penalised weights as a NEW array with a 0 for the intercept, e.g. "
    "np.concatenate([[0.0], w[1:]]); w itself stays as it is.",
    "The loss is bce_from_logits(X @ w, y) + (lam / 2) * (sum of the squared penalised weights); "
    "the gradient is logistic_gradient(X, y, w) + lam * penalised.",
    "Check lam >= 0 first (raise ValueError otherwise) and return the tuple (float(loss), gradient).",
]

# the opening cell: SciPy and scikit-learn are off limits in this notebook. scipy.special's
# ufuncs are named too: they carry no __module__, so the module ban alone does not see them.
_OFF_LIMITS = ["scipy", "sklearn"]
bans = {"l2_loss_and_gradient": _OFF_LIMITS + ["scipy.special.expit", "scipy.special.log_expit"]}
ban_reason = ('this notebook builds logistic regression from NumPy alone: write it yourself, with your '
              'own functions from the sections above as the tools; SciPy (scipy.special.expit, '
              'scipy.optimize, ...) and scikit-learn do it for you and are for applied work after the '
              'course.')

INTERCEPT = ("you penalised the intercept w[0] as well. The penalty is (λ/2)·(w[1]² + … + w[d−1]²): "
             "leave w[0] out of both the loss and the gradient.")
HALF = ("the penalty is off by a factor of 2: the loss adds (λ/2)·Σ_{j≥1} w_j², and the gradient of "
        "that term is exactly λ·w_j.")
NO_GRAD_PENALTY = ("your gradient does not include the penalty: add λ·w_j for every j ≥ 1 (and 0 for "
                   "the intercept).")
NO_LOSS_PENALTY = "your loss does not include the penalty (λ/2)·Σ_{j≥1} w_j²."

PER_M = ("your penalty is divided by m: here the penalty (λ/2)·Σⱼ≥₁ wⱼ² is added to the MEAN loss as "
         "it is, with no 1/m (its gradient is λ·wⱼ).")


def _parts(X, y, w):
    X, y, w = (np.asarray(a, dtype=float) for a in (X, y, w))
    y = y.ravel()
    z = X @ w
    loss = float(np.mean(np.logaddexp(0.0, z) - y * z))
    gradient = X.T @ (np.exp(-np.logaddexp(0.0, -z)) - y) / len(y)
    return loss, gradient, w


def _numerical_gradient(X, y, w, lam, h=1e-6):
    """Central differences of the regularised loss, independent of any gradient formula."""
    def f(v):
        loss, _, v = _parts(X, y, v)
        return loss + 0.5 * lam * float(v[1:] @ v[1:])
    w = np.asarray(w, dtype=float)
    return np.array([(f(w + e) - f(w - e)) / (2 * h) for e in h * np.eye(len(w))])


def _check(got, X, y, w, lam, what, numerical=False):
    loss, gradient, w = _parts(X, y, w)
    penalised = np.concatenate([[0.0], w[1:]])
    got_loss, got_gradient = expect_tuple(got, 2, what=what, names="loss, gradient")
    expect_close(got_loss, loss + 0.5 * lam * penalised @ penalised, rtol=1e-9, atol=1e-12,
                 what=f"the loss from {what}",
                 misconceptions=[(loss + 0.5 * lam * w @ w, INTERCEPT),
                                 (loss + lam * penalised @ penalised, HALF),
                                 (loss + 0.25 * lam * penalised @ penalised, HALF),
                                 (loss + 0.5 * lam / len(np.ravel(y)) * penalised @ penalised, PER_M),
                                 (loss, NO_LOSS_PENALTY)])
    expected = (_numerical_gradient(X, y, w, lam) if numerical else gradient + lam * penalised)
    expect_close(got_gradient, expected, rtol=1e-6 if numerical else 1e-9,
                 atol=1e-8 if numerical else 1e-12, what=f"the gradient from {what}",
                 misconceptions=[(gradient + lam * w, INTERCEPT),
                                 (gradient + 2 * lam * penalised, HALF),
                                 (gradient + 0.5 * lam * penalised, HALF),
                                 (gradient + lam / len(np.ravel(y)) * penalised, PER_M),
                                 (gradient, NO_GRAD_PENALTY)])


@test_case(points=1, hidden=False)
def test_small_example(l2_loss_and_gradient):
    """l2_loss_and_gradient(X, [1, 0, 0], [0.5, -1], 0.1) with X = [[1, 1], [1, -1], [1, 2]]"""
    X = np.array([[1.0, 1.0], [1.0, -1.0], [1.0, 2.0]])
    y = np.array([1.0, 0.0, 0.0])
    w = np.array([0.5, -1.0])
    _check(l2_loss_and_gradient(X.copy(), y.copy(), w.copy(), 0.1), X, y, w, 0.1,
           "l2_loss_and_gradient(X, [1, 0, 0], [0.5, -1], 0.1)")


@test_case(points=0.5, hidden=False)
def test_no_regularisation(l2_loss_and_gradient):
    """lam = 0 gives the plain loss and gradient: l2_loss_and_gradient(X, [1, 0, 0], [-0.3, 2], 0.0)"""
    X = np.array([[1.0, 1.0], [1.0, -1.0], [1.0, 2.0]])
    y = np.array([1.0, 0.0, 0.0])
    w = np.array([-0.3, 2.0])
    _check(l2_loss_and_gradient(X.copy(), y.copy(), w.copy(), 0.0), X, y, w, 0.0,
           "l2_loss_and_gradient(X, [1, 0, 0], [-0.3, 2], 0.0)")


@test_case(points=0.75, hidden=True)
def test_random_data(l2_loss_and_gradient):
    """random data with m from 5 to 40, d from 1 to 5, λ from 0.01 to 10, integer input: the gradient matches central differences of the loss"""
    rng = np.random.default_rng(40251)
    for m, d, lam in ((5, 1, 1.0), (12, 2, 0.01), (25, 4, 10.0), (40, 5, 0.3)):
        X = np.column_stack([np.ones(m), rng.normal(size=(m, d - 1))])
        y = rng.integers(0, 2, size=m).astype(float)
        w = rng.normal(scale=2.0, size=d)
        _check(l2_loss_and_gradient(X.copy(), y.copy(), w.copy(), lam), X, y, w, lam,
               f"l2_loss_and_gradient with m = {m}, d = {d}, λ = {lam:g}", numerical=True)
    X_int = np.array([[1, 2, -1], [1, 0, 3], [1, -2, 1], [1, 1, 1]])
    y_int = np.array([1, 0, 0, 1])
    w_int = np.array([2, -1, 1])
    _check(l2_loss_and_gradient(X_int, y_int, w_int, 2), X_int, y_int, w_int, 2.0,
           "l2_loss_and_gradient with integer X, y, w and λ")


@test_case(points=0.5, hidden=True)
def test_inputs_unchanged(l2_loss_and_gradient):
    """X, y and w are left unchanged (in particular w[0])"""
    rng = np.random.default_rng(40252)
    X = np.column_stack([np.ones(8), rng.normal(size=(8, 2))])
    y = rng.integers(0, 2, size=8).astype(float)
    w = np.array([1.5, -0.5, 0.25])
    X0, y0, w0 = X.copy(), y.copy(), w.copy()
    got = l2_loss_and_gradient(X, y, w, 0.5)
    expect_unchanged(w0, w, what="w")
    expect_unchanged(X0, X, what="X")
    expect_unchanged(y0, y, what="y")
    _check(got, X0, y0, w0, 0.5, "l2_loss_and_gradient(X, y, w, 0.5)")


@test_case(points=0.25, hidden=True)
def test_negative_lambda(l2_loss_and_gradient):
    """a negative λ raises ValueError"""
    X = np.array([[1.0, 1.0], [1.0, -1.0]])
    expect_raises(ValueError, l2_loss_and_gradient, X, np.array([1.0, 0.0]), np.array([0.0, 1.0]),
                  -0.1, what="l2_loss_and_gradient(X, y, w, -0.1)")
