"""multivariate_taylor: first- and second-order Taylor models f(x0) + ∇f·δ (+ ½ δᵀHδ) at the rows of X."""
import numpy as np
from otter.test_files import test_case

from course.runtime.functions.gradients import (Quadratic, log_sum_exp, log_sum_exp_gradient,
                                        log_sum_exp_hessian)
from course.runtime.testing import (Mismatch, expect_array, expect_close, expect_raises, expect_true, expect_tuple,
                            expect_unchanged)

OK_FORMAT = False
name = "multivariate_taylor"
hints = [
    "Each row of X is a point, not a step: the models need the steps δ = x − x0, i.e. the rows of "
    "D = X - x0 (broadcasting subtracts x0 from every row).",
    "The first-order model at every row at once is f0 + D @ g, an array of shape (k,).",
    "The quadratic term needs one number per row, ½ δᵀHδ: 0.5 * np.sum((D @ H) * D, axis=1). "
    "Return (first, first + that), after checking the shapes.",
]
bans = {"taylor_models": ["numpy.gradient", "scipy"]}
ban_reason = ("this notebook's ground rules: no np.gradient and no scipy inside the exercises; "
              "evaluate the two models with NumPy and @ (math.factorial or 0.5 for the 1/2!). Both "
              "are fine in your own work from notebook 3 of this step on.")

NO_HALF = ("the second-order term is ½ δᵀHδ: the ½ is the 1/2! of the Taylor series. Without it "
           "your quadratic model has twice the curvature.")
NOT_CENTRED = ("expand around x0: the steps are δ = x − x0, the rows of X − x0, not the points in X "
               "themselves.")
ALL_PAIRS = ("D @ H @ D.T is a k×k matrix holding every pair δᵣᵀHδₛ; the model needs only its "
             "diagonal δᵣᵀHδᵣ, one number per point: e.g. np.sum((D @ H) * D, axis=1).")
SWAPPED = "return the two models in the order (first, second): first-order first."
CANCELLATION = ("compute the steps D = X − x0 first and use them: expanding (x − x0)·g into "
                "x·g − x0·g (or δᵀHδ into xᵀHx − 2x0ᵀHx + x0ᵀHx0) subtracts huge, nearly equal "
                "numbers when x0 is far from 0 (here about 1e8), and the digits of the result are lost.")


def _check(got, expected, mistakes, what, rtol=1e-10, atol=1e-12):
    """`expected` = (first, second); `mistakes` = ([(wrong first, hint)], [(wrong second, hint)])."""
    first, second = expect_tuple(got, 2, what=what, names="first, second")
    expect_close(first, expected[0], rtol=rtol, atol=atol, what=f"the first-order model from {what}",
                 misconceptions=mistakes[0] + [(expected[1], SWAPPED)])
    expect_close(second, expected[1], rtol=rtol, atol=atol,
                 what=f"the second-order model from {what}",
                 misconceptions=mistakes[1] + [(expected[0], SWAPPED)])
    expect_array(first, what=f"the first-order model from {what}")
    expect_array(second, what=f"the second-order model from {what}")


@test_case(points=1, hidden=False)
def test_hand_example(taylor_models):
    """f0 = 1, g = [1, −2], H = [[2, 0], [0, 4]], x0 = [1, 1] at the points [1, 1], [2, 1], [1, 0], [2, 3]: first = [1, 2, 3, −2], second = [1, 3, 5, 7]"""
    g, H, x0 = np.array([1.0, -2.0]), np.array([[2.0, 0.0], [0.0, 4.0]]), np.array([1.0, 1.0])
    X = np.array([[1.0, 1.0], [2.0, 1.0], [1.0, 0.0], [2.0, 3.0]])
    got = taylor_models(1.0, g.copy(), H.copy(), x0.copy(), X.copy())
    # the points themselves used as steps give first [0, 1, 2, −3] and second [3, 7, 3, 19];
    # without the ½ the second-order values are [1, 4, 7, 16]; D @ H @ D.T gives a 4×4 array
    all_pairs = np.array([1.0, 2.0, 3.0, -2.0]) + 0.5 * np.array(
        [[0, 0, 0, 0], [0, 2, 0, 2], [0, 0, 4, -8], [0, 2, -8, 18]], dtype=float)
    _check(got, (np.array([1.0, 2.0, 3.0, -2.0]), np.array([1.0, 3.0, 5.0, 7.0])),
           ([(np.array([0.0, 1.0, 2.0, -3.0]), NOT_CENTRED)],
            [(np.array([1.0, 4.0, 7.0, 16.0]), NO_HALF), (np.array([3.0, 7.0, 3.0, 19.0]), NOT_CENTRED),
             (all_pairs, ALL_PAIRS)]),
           "taylor_models(1, [1, -2], [[2, 0], [0, 4]], [1, 1], X)")


@test_case(points=0.75, hidden=False)
def test_error_orders(taylor_models):
    """log_sum_exp around x0 = [0.5, −1, 0.2] at x0 + t·d for t = 0.1, 0.01, 0.001: errors shrink like t² (first order) and t³ (second order)"""
    x0 = np.array([0.5, -1.0, 0.2])
    d = np.array([1.0, 2.0, -1.0]) / np.sqrt(6.0)
    ts = np.array([0.1, 0.01, 0.001])
    X = x0 + ts[:, None] * d
    what = "taylor_models for log_sum_exp around [0.5, -1, 0.2]"
    exact = np.array([log_sum_exp(x) for x in X])
    first, second = expect_tuple(
        taylor_models(log_sum_exp(x0), log_sum_exp_gradient(x0), log_sum_exp_hessian(x0), x0, X),
        2, what=what, names="first, second")
    for model, label, power in ((first, "first-order", 2), (second, "second-order", 3)):
        model = np.asarray(model, dtype=float)
        expect_true(model.shape == (3,), f"the {label} model from {what} has shape {model.shape}; "
                    "expected (3,), one value per row of X.", verdict=f"wrong shape {model.shape}",
                    hint=ALL_PAIRS if model.shape == (3, 3) else None)
        errors = np.abs(model - exact)
        ratios = errors[:-1] / np.maximum(errors[1:], 1e-300)
        looks_like = {order: bool(np.all((ratios > 10 ** order / 2) & (ratios < 10 ** order * 2)))
                      for order in (2, 3)}
        hint = None
        if np.all(ratios < 2):
            hint = NOT_CENTRED          # the error does not shrink at all: not expanded around x0
        elif power == 2 and looks_like[3]:
            hint = SWAPPED
        elif power == 3 and looks_like[2]:
            hint = NO_HALF
        expect_true(looks_like[power],
                    f"the errors |f − model| of the {label} model are {errors} for t = 0.1, 0.01, "
                    f"0.001; each should be about {10 ** power}× smaller than the previous one "
                    f"(an error of order t^{power}).",
                    verdict=f"the {label} model's error does not shrink like t^{power}", hint=hint)


@test_case(points=0.25, hidden=False)
def test_shape_errors(taylor_models):
    """X with the wrong number of columns, a 1-D X, or H of the wrong size raise ValueError"""
    g, H, x0 = np.ones(2), np.eye(2), np.zeros(2)
    expect_raises(ValueError, taylor_models, 0.0, g, H, x0, np.ones((4, 3)),
                  what="taylor_models with n = 2 and X of shape (4, 3)")
    expect_raises(ValueError, taylor_models, 0.0, g, H, x0, np.ones(2),
                  what="taylor_models with a 1-D X of shape (2,)")
    expect_raises(ValueError, taylor_models, 0.0, g, np.eye(3), x0, np.ones((4, 2)),
                  what="taylor_models with n = 2 and a 3×3 H")


@test_case(points=0.5, hidden=True)
def test_random_models(taylor_models):
    """random expansions with n from 1 to 5 and 1 to 6 points, and integer inputs; inputs are left unchanged"""
    rng = np.random.default_rng(2261)

    def reference(f0, g, H, x0, X):
        g, H, x0, X = (np.asarray(v, dtype=float) for v in (g, H, x0, X))
        D = X - x0
        first, quad = f0 + D @ g, np.einsum("ki,ij,kj->k", D, H, D)
        raw_first, raw_quad = f0 + X @ g, np.einsum("ki,ij,kj->k", X, H, X)
        return ((first, first + quad / 2),
                ([(raw_first, NOT_CENTRED)],
                 [(first + quad, NO_HALF), (raw_first + raw_quad / 2, NOT_CENTRED),
                  (first + 0.5 * D @ H @ D.T, ALL_PAIRS)]))

    for n, k in ((1, 3), (2, 1), (3, 6), (5, 4)):
        B = rng.normal(size=(n, n))
        f0, g, H, x0 = float(rng.normal()), rng.normal(size=n), B + B.T, rng.normal(size=n)
        X = x0 + rng.normal(size=(k, n))
        copies = [v.copy() for v in (g, H, x0, X)]
        got = taylor_models(f0, g, H, x0, X)
        for before, after, label in zip(copies, (g, H, x0, X), ("g", "H", "x0", "X")):
            expect_unchanged(before, after, what=label)
        _check(got, *reference(f0, *copies), f"taylor_models with n = {n} and {k} points")
    g, H, x0 = np.array([2, -1]), np.array([[2, 1], [1, 4]]), np.array([1, 2])
    X = np.array([[1, 3], [0, 2], [3, 3]])
    _check(taylor_models(3, g, H, x0, X), *reference(3.0, g, H, x0, X),
           "taylor_models on integer arrays")


@test_case(points=0.25, hidden=True)
def test_quadratic_is_its_own_model(taylor_models):
    """the second-order model of a quadratic function is exact everywhere"""
    rng = np.random.default_rng(2262)
    q = Quadratic(rng.normal(size=(4, 4)), rng.normal(size=4), 0.7)
    x0 = rng.normal(size=4)
    X = x0 + 3 * rng.normal(size=(5, 4))
    got = taylor_models(q(x0), q.gradient(x0), q.hessian(), x0, X)
    first, second = expect_tuple(got, 2, what="taylor_models for a quadratic", names="first, second")
    D = X - x0
    no_half = q(x0) + D @ q.gradient(x0) + np.einsum("ki,ij,kj->k", D, q.hessian(), D)
    expect_close(second, np.array([q(x) for x in X]), rtol=1e-9, atol=1e-9,
                 what="the second-order model of a quadratic function (it should equal the function)",
                 misconceptions={NO_HALF: no_half,
                                 ALL_PAIRS: no_half - np.einsum("ki,ij,kj->k", D, q.hessian(), D) / 2
                                 + 0.5 * D @ q.hessian() @ D.T})


@test_case(points=0.25, hidden=True)
def test_far_from_zero_lists_and_no_points(taylor_models):
    """an expansion point near 1e8 (steps of size 1), lists as input, k = 0 points, a g or an x0 of the wrong length"""
    rng = np.random.default_rng(2263)
    x0 = 1e8 + rng.normal(size=3)
    X = x0 + rng.normal(size=(4, 3))
    B = rng.normal(size=(3, 3))
    f0, g, H = 0.5, rng.normal(size=3), B + B.T
    D = X - x0
    first = f0 + D @ g
    second = first + 0.5 * np.einsum("ki,ij,kj->k", D, H, D)
    cancelled = f0 + X @ g - x0 @ g
    _check(taylor_models(f0, g, H, x0, X), (first, second),
           ([(cancelled, CANCELLATION)], [(first + np.einsum("ki,ij,kj->k", D, H, D), NO_HALF)]),
           "taylor_models around a point near 1e8", rtol=1e-10, atol=0.0)
    g_l, H_l, x0_l = [1.0, -1.0], [[2.0, 1.0], [1.0, 0.0]], [0.5, 0.5]
    X_l = [[1.0, 0.0], [0.5, 2.0]]
    Dl = np.array(X_l) - np.array(x0_l)
    first = 2.0 + Dl @ np.array(g_l)
    second = first + 0.5 * np.einsum("ki,ij,kj->k", Dl, np.array(H_l), Dl)
    _check(taylor_models(2.0, g_l, H_l, x0_l, X_l), (first, second), ([], []),
           "taylor_models on lists")
    try:
        got = taylor_models(1.0, np.ones(2), np.eye(2), np.zeros(2), np.zeros((0, 2)))
    except ValueError as exc:
        hint = ("X of shape (0, n) holds k = 0 points and fits together with the rest: return two "
                "empty float arrays of shape (0,) (the vectorised formulas do that by themselves).")
        raise Mismatch(f"taylor_models with X of shape (0, 2) raised ValueError ({exc}). Hint: {hint}",
                       verdict=f"raised ValueError for k = 0 points; {hint}", hint=hint,
                       kind="raised") from None
    _check(got, (np.zeros(0), np.zeros(0)), ([], []), "taylor_models with X of shape (0, 2) (k = 0)")
    expect_raises(ValueError, taylor_models, 0.0, np.ones(3), np.eye(2), np.zeros(2), np.ones((4, 2)),
                  what="taylor_models with n = 2 and a g of length 3")
    # an x0 of length 1 broadcasts against the rows of X: it must be rejected, not stretched
    expect_raises(ValueError, taylor_models, 0.0, np.ones(2), np.eye(2), np.zeros(1), np.ones((4, 2)),
                  what="taylor_models with g, H and X for n = 2 but an x0 of length 1")
