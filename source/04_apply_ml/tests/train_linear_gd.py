"""train_linear_gd: gradient descent on the MSE from w = 0, returning (w, losses); it must reach the least-squares solution."""
import numpy as np
from otter.test_files import test_case

from course.runtime.testing import (expect_array, expect_close, expect_equal, expect_finite, expect_raises,
                            expect_true, expect_tuple, expect_unchanged)

OK_FORMAT = False
name = "train_linear_gd"
hints = [
    "Start from w = np.zeros(d) and a list losses = [MSE at w]. Turn (m, 1) labels into a vector "
    "of shape (m,) first.",
    "Loop `for _ in range(iterations):` and in each pass compute r = X @ w - y, take the step "
    "w = w - step * (2 / m) * (X.T @ r), then append the MSE at the NEW w.",
    "After the loop, return w, np.array(losses): losses has iterations + 1 entries, from the loss "
    "at w = 0 to the loss at the returned w.",
]

# the notebook's ground rules hold for every exercise
_GROUND_RULES = ["numpy.linalg.inv", "numpy.linalg.pinv", "numpy.polyfit", "numpy.vander",
                 "numpy.polynomial", "scipy", "sklearn"]
bans = {"train_linear_gd": _GROUND_RULES + ["numpy.linalg.solve", "numpy.linalg.lstsq"]}
ban_reason = ('write the gradient-descent loop yourself, without the closed form (no np.linalg.solve or '
              'np.linalg.lstsq, and so no call of your fit_least_squares: the point is that the '
              'iterates reach it on their own); np.polyfit, np.vander, np.polynomial, SciPy and scikit- '
              'learn would do the work for you, and an explicit inverse (np.linalg.inv, np.linalg.pinv) '
              'loses accuracy on ill-conditioned designs; they are the tools for applied work once this '
              'course is done.')

SIGN = ("your first step went uphill: w₁ = +step·(2/m)·Xᵀy instead of −step·(2/m)·Xᵀ(Xw₀ − y). "
        "Gradient descent moves AGAINST the gradient: w ← w − step·∇MSE(w), with ∇MSE(w) = "
        "(2/m)·Xᵀ(Xw − y).")
NO_MEAN = ("your first step is m times too long: the gradient of the MSE is (2/m)·Xᵀ(Xw − y); "
           "without the 1/m the effective step size grows with the number of examples.")
NO_TWO = ("your first step is half as long as it should be: the gradient of the MSE is "
          "(2/m)·Xᵀ(Xw − y), including the factor 2 from differentiating the square.")
DIVERGED = ("the weights blew up to inf or NaN although the step used here is at most 1/L, where "
            "gradient descent on the MSE converges. Check the update: w − step·(2/m)·Xᵀ(Xw − y), "
            "moving against the gradient, with the 1/m of the mean.")
UPHILL = ("the loss went UP during training, although the step used here is at most 1/L, where "
          "every step must lower the loss. So the update itself is off: it must be "
          "w ← w − step·(2/m)·Xᵀ(Xw − y), moving against the gradient and with the 1/m of the mean "
          "(without it, the effective step is m times too large).")
COUNT = ("losses has iterations + 1 entries: the loss at w₀ = 0 before the first step, then the "
         "loss after each step, including the last one.")
LAST = ("losses[-1] must be the MSE at the weights you return: record the loss after every step, "
        "including the last one.")
BROADCAST = ("y arrived as a column of shape (m, 1), and X @ w has shape (m,): their difference "
             "broadcasts to an (m, m) matrix, and the weights get the wrong shape. Turn y into a "
             "vector of shape (m,) first (y = y[:, 0] or y.ravel()).")
STOPPED = ("take exactly `iterations` steps, with one loss recorded before the first step and one after "
           "each step: a loop that stops early (on a small change of the loss, say) returns fewer "
           "losses and other weights than the task asks for.")
COLUMN_ALLOWED = ("labels of shape (m, 1) are allowed in this notebook, but your function raised "
                  "ValueError for them. If you raised it yourself, accept them instead. If NumPy "
                  "raised it, the column of labels met the vector X @ w of shape (m,) and broadcast "
                  "to an (m, m) matrix. Either way, turn y into a vector of shape (m,) first "
                  "(y[:, 0] or y.ravel()).")


def _mse(X, y, w):
    r = X @ w - y
    return r @ r / len(y)


def _reference_losses(X, y, step, iterations):
    w = np.zeros(X.shape[1])
    losses = [_mse(X, y, w)]
    for _ in range(iterations):
        w = w - step * 2.0 / len(y) * (X.T @ (X @ w - y))
        losses.append(_mse(X, y, w))
    return w, np.array(losses)


def _check_run(train_linear_gd, X, y, step, iterations, what):
    """Run the learner and check structure, start, finiteness, monotonicity and the last loss."""
    X_f = np.asarray(X, dtype=float)
    y_f = np.asarray(y, dtype=float).reshape(-1)
    m, d = X_f.shape
    try:
        got = train_linear_gd(X, y, step, iterations)
    except ValueError as exc:
        if np.ndim(y) == 2:
            expect_true(False, f"{what} raised ValueError ({exc}).",
                        verdict="raised ValueError for labels of shape (m, 1)", hint=COLUMN_ALLOWED)
        raise
    w, losses = expect_tuple(got, 2, what=what, names="w, losses")
    w_shape, losses_shape = np.shape(w), np.shape(losses)
    if w_shape != (d,):
        expect_true(False, f"w from {what} has shape {w_shape}; expected ({d},).",
                    verdict=f"w has shape {w_shape}, not ({d},)",
                    hint=BROADCAST if np.ndim(y) == 2 and len(w_shape) == 2 else None)
    if losses_shape == (iterations,):
        expect_true(False, f"losses from {what} has {iterations} entries; expected {iterations + 1}.",
                    verdict=f"losses has {iterations} entries, not iterations + 1", hint=COUNT)
    if len(losses_shape) == 1 and losses_shape[0] < iterations:
        expect_true(False, f"losses from {what} has {losses_shape[0]} entries; expected {iterations + 1}.",
                    verdict=f"losses has {losses_shape[0]} entries, fewer than iterations + 1",
                    hint=STOPPED)
    expect_true(losses_shape == (iterations + 1,),
                f"losses from {what} has shape {losses_shape}; expected ({iterations + 1},).",
                verdict=f"losses has shape {losses_shape}, not (iterations + 1,)")
    expect_array(losses, what=f"losses from {what}")
    expect_array(w, what=f"w from {what}")
    w = np.asarray(w, dtype=float)
    losses = np.asarray(losses, dtype=float)
    expect_finite([w, losses], what=f"the result of {what}", hint=DIVERGED)
    start = float(np.mean(y_f ** 2))
    expect_true(np.isclose(losses[0], start, rtol=1e-10),
                f"losses[0] from {what} is {losses[0]:.10g}; the MSE at w = 0 is mean(y²) = {start:.10g}.",
                verdict="losses[0] is not the MSE at w = 0",
                hint="start from w = np.zeros(d) and record the loss there before the first step.")
    if iterations >= 1:
        tol = 1e-12 * losses[0]
        rises = np.flatnonzero(np.diff(losses) > tol)
        if rises.size:
            k = int(rises[0])
            expect_true(False, f"losses from {what} rose from {losses[k]:.6g} at step {k} to "
                        f"{losses[k + 1]:.6g} at step {k + 1}.",
                        verdict=f"the loss increased at step {k + 1}", hint=UPHILL)
    final = _mse(X_f, y_f, w)
    expect_true(np.isclose(losses[-1], final, rtol=1e-9, atol=1e-14),
                f"losses[-1] from {what} is {losses[-1]:.10g}, but the MSE at the returned w is {final:.10g}.",
                verdict="losses[-1] is not the MSE at the returned w", hint=LAST)
    return w, losses


@test_case(points=1, hidden=False)
def test_one_step(train_linear_gd):
    """X = [[1, 0], [1, 1], [1, 2]], y = [1, 3, 5], step 0.1, 1 iteration: w = [0.6, 0.8667], losses = [11.667, 3.207]"""
    X = np.array([[1.0, 0.0], [1.0, 1.0], [1.0, 2.0]])
    y = np.array([1.0, 3.0, 5.0])
    what = "train_linear_gd([[1, 0], [1, 1], [1, 2]], [1, 3, 5], 0.1, 1)"
    got = expect_tuple(train_linear_gd(X.copy(), y.copy(), 0.1, 1), 2, what=what, names="w, losses")
    # w₁ = 0 − 0.1·(2/3)·Xᵀ(0 − y) = 0.1·(2/3)·[9, 13]
    w1 = 0.1 * 2.0 / 3.0 * np.array([9.0, 13.0])
    expect_close(got[0], w1, what=f"w from {what}",
                 misconceptions={SIGN: -w1, NO_MEAN: 3 * w1, NO_TWO: w1 / 2})
    w, losses = _check_run(train_linear_gd, X, y, 0.1, 1, what)
    expect_close(losses, np.array([35.0 / 3.0, _mse(X, y, w1)]), rtol=1e-10,
                 what=f"losses from {what}")


@test_case(points=0.75, hidden=False)
def test_reaches_the_closed_form(train_linear_gd):
    """the same data with step 0.2 and 500 iterations: the loss never rises and w reaches the least-squares solution [1, 2]"""
    X = np.array([[1.0, 0.0], [1.0, 1.0], [1.0, 2.0]])
    y = np.array([1.0, 3.0, 5.0])
    what = "train_linear_gd([[1, 0], [1, 1], [1, 2]], [1, 3, 5], 0.2, 500)"
    w, losses = _check_run(train_linear_gd, X, y, 0.2, 500, what)
    expect_close(w, np.array([1.0, 2.0]), rtol=0, atol=1e-8, what=f"w from {what}")
    expect_true(losses[-1] < 1e-15, f"{what}: the final loss is {losses[-1]:.3g}; these points lie "
                "on a line, so it should be (almost) 0.", verdict="the final loss is not close to 0")


@test_case(points=0.5, hidden=True)
def test_random_standardised_data(train_linear_gd):
    """random standardised data (m = 60, 4 features and an intercept) with step 1/L: the weights match the least-squares solution"""
    rng = np.random.default_rng(41401)
    m, D = 60, 4
    X = np.column_stack([np.ones(m), rng.normal(size=(m, D))])
    y = X @ rng.normal(size=D + 1) + 0.3 * rng.normal(size=m)
    step = 1.0 / np.linalg.eigvalsh(2.0 / m * X.T @ X).max()
    what = "train_linear_gd on random standardised data with step 1/L"
    w, losses = _check_run(train_linear_gd, X, y, step, 200, what)
    w_best = np.linalg.lstsq(X, y, rcond=None)[0]
    expect_close(w, w_best, rtol=1e-6, atol=1e-8, what=f"w from {what} (compared with the least-squares solution)")
    expect_close(losses[-1], _mse(X, y, w_best), rtol=1e-9, what=f"the final loss from {what}")


@test_case(points=0.25, hidden=True)
def test_slow_problem_follows_the_update(train_linear_gd):
    """an ill-conditioned problem for 30 steps: the loss curve follows the update rule and stays above the optimum"""
    rng = np.random.default_rng(41402)
    m = 25
    x = rng.uniform(1.0, 7.0, size=m)
    X = np.column_stack([np.ones(m), x])
    y = 0.4 * x - 0.3 + 0.2 * rng.normal(size=m)
    step = 1.0 / np.linalg.eigvalsh(2.0 / m * X.T @ X).max()
    what = "train_linear_gd on an ill-conditioned problem with step 1/L and 30 iterations"
    w, losses = _check_run(train_linear_gd, X, y, step, 30, what)
    _, expected = _reference_losses(X, y, step, 30)
    expect_close(losses, expected, rtol=1e-8, what=f"losses from {what}")
    best = _mse(X, y, np.linalg.lstsq(X, y, rcond=None)[0])
    expect_true(losses[-1] > best * (1 + 1e-3),
                f"{what}: the final loss {losses[-1]:.6g} is already the optimum {best:.6g}; 30 steps of "
                "gradient descent cannot get there on this problem.",
                verdict="the result does not come from `iterations` steps of gradient descent")


@test_case(points=0.25, hidden=True)
def test_column_labels_and_zero_iterations(train_linear_gd):
    """labels of shape (m, 1), and iterations = 0 (w = 0, one loss)"""
    rng = np.random.default_rng(41403)
    X = np.column_stack([np.ones(10), rng.normal(size=(10, 2))])
    y = rng.normal(size=10) + 2
    step = 1.0 / np.linalg.eigvalsh(2.0 / 10 * X.T @ X).max()
    what = "train_linear_gd with labels of shape (10, 1)"
    w, losses = _check_run(train_linear_gd, X, y[:, None], step, 100, what)
    w_flat, losses_flat = _reference_losses(X, y, step, 100)
    expect_close(losses, losses_flat, rtol=1e-8, what=f"losses from {what}")
    what = "train_linear_gd with iterations = 0"
    w, losses = _check_run(train_linear_gd, X, y, step, 0, what)
    expect_close(w, np.zeros(3), what=f"w from {what}")
    expect_equal(len(losses), 1, what=f"the number of losses from {what}")


@test_case(points=0.25, hidden=True)
def test_integers_unchanged_and_invalid_arguments(train_linear_gd):
    """integer X and y give the same result as floats, inputs are left unchanged, and a step <= 0, negative iterations or labels of shape (1, m) or (m/2, 2) raise ValueError"""
    X = np.array([[1, 0], [1, 1], [1, 2], [1, 4]])
    y = np.array([[2], [3], [5], [8]])
    X0, y0 = X.copy(), y.copy()
    what = "train_linear_gd on integer X and (4, 1) integer labels"
    w, losses = _check_run(train_linear_gd, X, y, 0.05, 40, what)
    _, expected = _reference_losses(X.astype(float), y[:, 0].astype(float), 0.05, 40)
    expect_close(losses, expected, rtol=1e-8, what=f"losses from {what}")
    expect_unchanged(X0, X, what="X")
    expect_unchanged(y0, y, what="y")
    Xf, yf = X.astype(float), y[:, 0].astype(float)
    train_linear_gd(Xf, yf, 0.05, 5)
    expect_unchanged(X0.astype(float), Xf, what="X")
    expect_unchanged(y0[:, 0].astype(float), yf, what="y")
    for step, iterations in ((0.0, 10), (-0.1, 10), (0.05, -1)):
        expect_raises(ValueError, train_linear_gd, Xf, yf, step, iterations,
                      what=f"train_linear_gd(X, y, {step}, {iterations})")
    shape_hint = ("labels come as (m,) or (m, 1) only, as in section 3: any other shape raises "
                  "ValueError, even when it holds m numbers (np.ravel would accept a row (1, m) or "
                  "an (m/2, 2) table).")
    for labels, shape in ((yf[None, :], "(1, m)"), (yf.reshape(2, 2), "(m/2, 2)")):
        what = f"train_linear_gd with labels of shape {shape}"
        try:
            train_linear_gd(Xf, labels, 0.05, 5)
        except NotImplementedError:
            raise
        except ValueError:
            continue
        except Exception as exc:
            expect_true(False, f"{what} raised {type(exc).__name__} ({exc}); it should raise ValueError.",
                        verdict=f"raised {type(exc).__name__} instead of ValueError", hint=shape_hint)
        expect_true(False, f"{what} returned normally; it should raise ValueError.",
                    verdict="returned normally for labels that are neither (m,) nor (m, 1)",
                    hint=shape_hint)
