"""fit_least_squares: the least-squares weights from the normal equations XᵀX w = Xᵀy, solved without an inverse."""
import numpy as np
from otter.test_files import test_case

from course.runtime.testing import expect_close, expect_raises, expect_true, expect_unchanged

OK_FORMAT = False
name = "fit_least_squares"
hints = [
    "Convert X and y to float arrays. If y has shape (m, 1), take its only column (y[:, 0] or "
    "y.ravel()) so that it is a vector of shape (m,). Then check the shapes and that m >= d.",
    "The normal equations are (XᵀX) w = Xᵀy: a d×d system. Build A = X.T @ X and b = X.T @ y.",
    "Return np.linalg.solve(A, b), not np.linalg.inv(A) @ b. np.linalg.lstsq(X, y, rcond=None)[0] "
    "is also fine. X already contains its column of ones: do not add another.",
]

# the notebook's ground rules hold for every exercise
_GROUND_RULES = ["numpy.linalg.inv", "numpy.linalg.pinv", "numpy.polyfit", "numpy.vander",
                 "numpy.polynomial", "scipy", "sklearn"]
bans = {"fit_least_squares": _GROUND_RULES}
ban_reason = ('solve the normal equations (XᵀX) w = Xᵀy with np.linalg.solve, or use np.linalg.lstsq: '
              'an explicit inverse (np.linalg.inv, np.linalg.pinv) loses digits on ill-conditioned '
              'designs, and np.polyfit, np.vander, np.polynomial, SciPy and scikit-learn would do the '
              'work for you; they are the tools for applied work once this course is done.')

INVERSE = ("on this ill-conditioned design the normal equations are left with a relative residual "
           "‖Xᵀ(Xw − y)‖ / (‖X‖ (‖X‖‖w‖ + ‖y‖)) far above the ~1e-16 that np.linalg.solve leaves. "
           "That is the signature of an explicit inverse (np.linalg.inv or pinv of XᵀX, or your own): "
           "solve the system (XᵀX) w = Xᵀy with np.linalg.solve, or use np.linalg.lstsq(X, y).")
INTERCEPT_AGAIN = ("you returned one weight too many: X already contains the column of ones (it is a "
                   "design matrix from add_intercept), so do not add another one. w has one entry per "
                   "column of X.")
COLUMN_ALLOWED = ("labels of shape (m, 1) are allowed in this notebook, but your function raised "
                  "ValueError for them. If you raised it yourself, accept them instead. If NumPy "
                  "raised it, the column of labels met the vector X @ w of shape (m,) and broadcast "
                  "to an (m, m) matrix. Either way, turn y into a vector of shape (m,) first "
                  "(y[:, 0] or y.ravel()).")
SINGULAR = ("the matrix you solved with is singular, but XᵀX is not: a common cause is adding a "
            "second column of ones to X, which already contains one. Solve (XᵀX) w = Xᵀy for the X "
            "you were given.")
NOT_FINITE = ("your weights contain NaN or inf although XᵀX is invertible here: solve (XᵀX) w = Xᵀy "
              "with np.linalg.solve.")


def _must_raise(func, *args, what, hint):
    """func(*args) must raise ValueError; a hidden case says why (the hint), never the data."""
    try:
        func(*args)
    except NotImplementedError:
        raise
    except ValueError:
        return
    except Exception as exc:
        expect_true(False, f"{what} raised {type(exc).__name__} ({exc}); it should raise ValueError.",
                    verdict=f"raised {type(exc).__name__} instead of ValueError", hint=hint)
    expect_true(False, f"{what} returned normally; it should raise ValueError.",
                verdict="returned normally where ValueError was expected", hint=hint)


def _relative_residual(X, y, w):
    """‖Xᵀ(Xw − y)‖ / (‖X‖ (‖X‖‖w‖ + ‖y‖)): 0 for the exact minimiser, ~1e-16 for a stable solver."""
    w = np.asarray(w, dtype=float)
    norm_X = np.linalg.norm(X, 2)
    return np.linalg.norm(X.T @ (X @ w - y)) / (norm_X * (norm_X * np.linalg.norm(w) + np.linalg.norm(y)))


def _fit(fit_least_squares, X, y, what):
    """Call the learner; a ValueError on allowed (m, 1) labels, or one weight too many, gets a hint."""
    try:
        w = fit_least_squares(X, y)
    except np.linalg.LinAlgError as exc:
        expect_true(False, f"{what} raised LinAlgError ({exc}), but XᵀX is invertible for this X.",
                    verdict="raised LinAlgError (singular matrix) for an invertible XᵀX",
                    hint=SINGULAR)
    except ValueError as exc:
        if np.ndim(y) == 2:
            expect_true(False, f"{what} raised ValueError ({exc}).",
                        verdict="raised ValueError for labels of shape (m, 1)", hint=COLUMN_ALLOWED)
        raise
    d = np.shape(X)[1]
    if np.shape(w) == (d + 1,):
        expect_true(False, f"{what} returned {np.shape(w)[0]} weights for a design matrix with {d} "
                    "columns.", verdict=f"returned {d + 1} weights instead of {d}", hint=INTERCEPT_AGAIN)
    return w


@test_case(points=0.75, hidden=False)
def test_exact_line(fit_least_squares):
    """points on the line y = 1 + 2x: fit_least_squares([[1, 0], [1, 1], [1, 2], [1, 3]], [1, 3, 5, 7]) = [1, 2]"""
    X = np.array([[1.0, 0.0], [1.0, 1.0], [1.0, 2.0], [1.0, 3.0]])
    y = np.array([1.0, 3.0, 5.0, 7.0])
    what = "fit_least_squares([[1, 0], [1, 1], [1, 2], [1, 3]], [1, 3, 5, 7])"
    expect_close(_fit(fit_least_squares, X, y, what), np.array([1.0, 2.0]), what=what)


@test_case(points=0.75, hidden=False)
def test_noisy_points_and_column_labels(fit_least_squares):
    """X = [[1, 0], [1, 1], [1, 2]] with y = [1, 2, 2], and with the column y = [[1], [2], [2]]: w = [7/6, 1/2]"""
    X = np.array([[1.0, 0.0], [1.0, 1.0], [1.0, 2.0]])
    # x̄ = 1, ȳ = 5/3; slope = Σ(x − x̄)(y − ȳ) / Σ(x − x̄)² = 1/2; intercept = ȳ − x̄/2 = 7/6
    expected = np.array([7.0 / 6.0, 0.5])
    what = "fit_least_squares([[1, 0], [1, 1], [1, 2]], [1, 2, 2])"
    expect_close(_fit(fit_least_squares, X, np.array([1.0, 2.0, 2.0]), what), expected, what=what)
    what = "fit_least_squares([[1, 0], [1, 1], [1, 2]], [[1], [2], [2]])"
    expect_close(_fit(fit_least_squares, X, np.array([[1.0], [2.0], [2.0]]), what), expected, what=what)


@test_case(points=0.25, hidden=False)
def test_bad_shapes_raise(fit_least_squares):
    """y of the wrong length, and fewer examples than weights, raise ValueError"""
    X = np.array([[1.0, 0.0], [1.0, 1.0], [1.0, 2.0]])
    expect_raises(ValueError, fit_least_squares, X, np.array([1.0, 2.0]),
                  what="fit_least_squares(X of shape (3, 2), y of shape (2,))")
    expect_raises(ValueError, fit_least_squares, np.array([[1.0, 0.0, 2.0], [1.0, 1.0, 5.0]]),
                  np.array([1.0, 2.0]), what="fit_least_squares(X of shape (2, 3), y of shape (2,))",
                  when="(2 examples cannot determine 3 weights)")


@test_case(points=0.5, hidden=True)
def test_random_designs(fit_least_squares):
    """random designs from 1 to 8 columns (an intercept-only model gives the mean), integer data, inputs left unchanged"""
    rng = np.random.default_rng(41201)
    for m, d, column in ((5, 1, False), (12, 2, True), (40, 5, False), (8, 8, False), (25, 4, True)):
        X = np.column_stack([np.ones(m), rng.normal(size=(m, d - 1)) * 3])
        y = rng.normal(size=m) * 2 + 1
        labels = y[:, None] if column else y
        X0, labels0 = X.copy(), labels.copy()
        what = f"fit_least_squares on a random ({m}, {d}) design" + (" with (m, 1) labels" if column else "")
        w = _fit(fit_least_squares, X, labels, what)
        expect_close(w, np.linalg.lstsq(X0, y, rcond=None)[0], rtol=1e-8, atol=1e-10, what=what)
        expect_unchanged(X0, X, what="X")
        expect_unchanged(labels0, labels, what="y")
    y = rng.normal(size=6)
    expect_close(_fit(fit_least_squares, np.ones((6, 1)), y, "fit_least_squares with X = ones((6, 1))"),
                 np.array([y.mean()]), what="fit_least_squares with X = ones((6, 1)) (the mean label)")
    X_int = np.array([[1, 2, -1], [1, 0, 3], [1, 5, 2], [1, -3, 0], [1, 1, 1]])
    y_int = np.array([4, -2, 7, 0, 3])
    what = "fit_least_squares on integer X and y"
    expect_close(_fit(fit_least_squares, X_int, y_int, what),
                 np.linalg.lstsq(X_int.astype(float), y_int.astype(float), rcond=None)[0],
                 rtol=1e-10, atol=1e-12, what=what)


@test_case(points=0.5, hidden=True)
def test_ill_conditioned_designs(fit_least_squares):
    """ill-conditioned designs (κ(X) about 1e6): the normal equations must be solved to machine precision"""
    rng = np.random.default_rng(41205)
    x = rng.uniform(0, 1, 30)
    X_poly = x[:, None] ** np.arange(9)
    y_poly = np.sin(3 * x) + 0.1 * rng.normal(size=30)
    z = rng.normal(size=30)
    X_near = np.column_stack([np.ones(30), z, z + 1e-5 * rng.normal(size=30), rng.normal(size=30)])
    y_near = X_near @ np.array([1.0, 2.0, -1.0, 0.5]) + 0.1 * rng.normal(size=30)
    for X, y, label in ((X_poly, y_poly, "a degree-8 polynomial design"),
                        (X_near, y_near, "a design with two nearly equal columns")):
        what = f"fit_least_squares on {label}"
        w = _fit(fit_least_squares, X.copy(), y.copy(), what)
        w_arr = np.asarray(w, dtype=float) if np.shape(w) == (X.shape[1],) else None
        expect_true(w_arr is not None, f"{what} returned an array of shape {np.shape(w)}; expected "
                    f"({X.shape[1]},).", verdict=f"wrong shape {np.shape(w)}")
        expect_true(np.all(np.isfinite(w_arr)), f"{what} returned NaN or inf.",
                    verdict="returned NaN or inf", hint=NOT_FINITE)
        residual = _relative_residual(X, y, w_arr)
        expect_true(residual <= 1e-13,
                    f"{what}: relative residual of the normal equations {residual:.1e}, expected <= 1e-13.",
                    verdict="the normal equations are not solved accurately", hint=INVERSE)


SCALE = ("your function raised ValueError on a valid design whose entries are all tiny (or all huge): "
         "an absolute threshold such as det(XᵀX) < 1e-12 or a pivot == 0 test misfires when the data "
         "are rescaled. The columns here are independent: just solve (XᵀX) w = Xᵀy with "
         "np.linalg.solve (or use np.linalg.lstsq).")


@test_case(points=0.25, hidden=True)
def test_scaled_designs_and_label_shapes(fit_least_squares):
    """designs scaled by 1e-6 and 1e6 (relative accuracy), and labels of shape (1, m) or (m/2, 2), or a 1-D X (of any length), raise ValueError"""
    rng = np.random.default_rng(41207)
    m = 12
    base = np.column_stack([np.ones(m), rng.normal(size=(m, 2))])
    y = base @ np.array([0.5, -1.0, 2.0]) + 0.1 * rng.normal(size=m)
    for scale, y_scale in ((1e-6, 1.0), (1e6, 1.0), (1.0, 1e8), (1e-6, 1e-8)):
        X, labels = base * scale, y * y_scale
        what = f"fit_least_squares on a design scaled by {scale:g} with labels scaled by {y_scale:g}"
        try:
            w = _fit(fit_least_squares, X.copy(), labels.copy(), what)
        except ValueError as exc:
            expect_true(False, f"{what} raised ValueError ({exc}).",
                        verdict="raised ValueError for a valid, rescaled design", hint=SCALE)
        expect_close(w, np.linalg.lstsq(X, labels, rcond=None)[0], rtol=1e-8, atol=0, what=what)
    shape_hint = ("labels come as (m,) or (m, 1) only: any other shape raises ValueError, even when "
                  "it holds m numbers (np.ravel would accept a row (1, m) or an (m/2, 2) table).")
    _must_raise(fit_least_squares, base, y[None, :], what="fit_least_squares with labels of shape (1, m)",
                hint=shape_hint)
    _must_raise(fit_least_squares, base, y.reshape(m // 2, 2),
                what="fit_least_squares with labels of shape (m/2, 2)", hint=shape_hint)
    _must_raise(fit_least_squares, base[:, 1], y, what="fit_least_squares with a 1-D X",
                hint="X must be a 2-D design matrix: a 1-D X raises ValueError (here it is not "
                     "turned into one feature, unlike in add_intercept).")
    _must_raise(fit_least_squares, np.array([2.0]), np.array([4.0]),
                what="fit_least_squares with a 1-D X of a single entry",
                hint="X must already be 2-D: test X.ndim != 2 and raise ValueError. np.atleast_2d "
                     "(or a reshape) silently turns a 1-D X into a design matrix instead.")
