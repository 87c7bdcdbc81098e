"""power_iteration: the dominant eigenpair of a symmetric matrix, with the iteration count."""
import numpy as np
from otter.test_files import test_case

from course.runtime.testing import (expect_close, expect_equal, expect_finite, expect_raises, expect_true,
                            expect_tuple, expect_unchanged)

OK_FORMAT = False
name = "power_iteration"
hints = [
    "Keep a unit vector v. Each iteration: w = A @ v, then v = w / np.linalg.norm(w), then the new "
    "eigenvalue estimate is the Rayleigh quotient v @ A @ v.",
    "Compute the first estimate from the normalised x0 before the loop; inside the loop compare "
    "the new estimate with the previous one and return as soon as abs(new - old) < tol.",
    "Loop with `for iteration in range(1, max_iter + 1):` and return (new_estimate, v, iteration) "
    "when converged; after the loop return the last estimate, v and max_iter.",
]

bans = {"power_iteration": ["numpy.linalg.eig", "numpy.linalg.eigh", "numpy.linalg.eigvals",
                             "numpy.linalg.eigvalsh", "numpy.linalg.svd", "scipy.linalg"]}
ban_reason = ("find the dominant eigenpair yourself with products A v, np.linalg.norm and the "
              "Rayleigh quotient: the algorithm is the exercise. np.linalg.eigh and np.linalg.svd are "
              "allowed from the next exercise of 01_linear_algebra/04_eigen_svd on (eig, eigvals and "
              "scipy.linalg in your own work).")
COUNT_LOW = ("one iteration short: count the products A v from 1 — the first product is iteration 1 "
             "(for iteration in range(1, max_iter + 1)).")
COUNT_HIGH = ("one iteration too many: take the first estimate λ = r(x0 / ‖x0‖) before the loop (it "
              "costs no product A v), and return at the first iteration where |λ_new − λ| < tol.")
NEVER_STOPS = "you ran all max_iter iterations: stop as soon as |λ_new − λ| < tol."
OTHER_STOP = ("stop at the first iteration where the absolute change of the eigenvalue estimate, "
              "|λ_new − λ|, is below tol — not a relative change, not the change of v.")
OVERFLOW = ("normalise v after every product: without it A^k x0 grows or shrinks like |λ|^k and "
            "overflows to inf (or underflows to 0) long before it converges.")
NOT_UNIT = ("the eigenvector must have length 1: divide by its norm in every iteration and return "
            "the normalised vector (not A v).")
ENTRY_RATIO = ("the eigenvalue looks like a ratio of single entries, (A v)ᵢ / vᵢ, which settles on the "
               "wrong eigenvalue when that entry of the dominant eigenvector is zero; estimate λ with "
               "the Rayleigh quotient vᵀAv of the unit vector v.")
STALE_ESTIMATE = ("the eigenvalue you returned is not the Rayleigh quotient of the v you returned: "
                  "it looks like the estimate from the iteration before. Return the NEW estimate, "
                  "r(v) of the final v, together with that v.")
LOST_SIGN = ("the dominant eigenvalue here is negative, but you returned its absolute value — "
             "‖A v‖ is |λ|, not λ; use the Rayleigh quotient vᵀAv, which keeps the sign.")


def _check_count(iterations, expected, max_iter, what):
    """The exact number of products A v, with the usual off-by-one named."""
    if iterations == expected:
        return
    plural = "s" if iterations != 1 else ""
    hint = {expected - 1: COUNT_LOW, expected + 1: COUNT_HIGH}.get(iterations)
    if hint is None:
        hint = NEVER_STOPS if iterations == max_iter else OTHER_STOP
    shown = "" if what is None else f" ({what})"
    expect_true(False, f"reported {iterations} iteration{plural}{shown}; the algorithm as described "
                f"stops after {expected}.", verdict=f"reported {iterations} iteration{plural}, not the "
                "count the algorithm gives", hint=hint)


def _check_eigenpair(A, got, what, lam_expected, v_expected, max_iter, misconceptions=None):
    """Sign-agnostic checks of (eigenvalue, v, iterations) returned by power_iteration."""
    lam, v, iterations = expect_tuple(got, 3, what=what, names="eigenvalue, v, iterations")
    expect_finite([lam, np.asarray(v, dtype=float)], what=f"the result of {what}", hint=OVERFLOW)
    expect_close(lam, lam_expected, rtol=1e-6, atol=1e-8 * min(1.0, abs(lam_expected)),
                 what=f"the eigenvalue from {what}",
                 misconceptions=misconceptions)
    v = np.asarray(v, dtype=float)
    n = len(v_expected)
    expect_true(v.shape == (n,), f"the vector from {what} has shape {v.shape}; expected ({n},).",
                verdict=f"the vector has shape {v.shape}, not ({n},)")
    length = np.linalg.norm(v)
    expect_true(abs(length - 1) < 1e-6, f"the vector from {what} has length {length:.6g}.",
                verdict=f"the vector has length {length:.6g}", hint=NOT_UNIT)
    residual = np.linalg.norm(A @ v - lam * v)
    expect_true(residual <= 1e-4 * abs(lam_expected),
                f"the vector from {what} is not an eigenvector: ‖A v − λ v‖ = {residual:.3g}.",
                verdict=f"‖A v − λ v‖ = {residual:.3g}, so v is not an eigenvector")
    sign = 1.0 if v @ v_expected >= 0 else -1.0   # either sign is right
    expect_close(sign * v, v_expected, rtol=0, atol=1e-4, what=f"the vector from {what} (up to sign)")
    expect_true(isinstance(iterations, (int, np.integer)) and not isinstance(iterations, bool),
                f"the iteration count from {what} should be an int, not {type(iterations).__name__}.",
                verdict=f"the iteration count is a {type(iterations).__name__}, not an int")
    expect_true(1 <= iterations <= max_iter,
                f"{what} reports {iterations} iterations; it must be between 1 and max_iter = {max_iter}.",
                verdict=f"reported {iterations} iterations, outside 1..max_iter")
    return iterations


@test_case(points=1, hidden=False)
def test_two_by_two(power_iteration):
    """A = [[2, 1], [1, 2]] from x0 = [1, 0]: λ = 3, v = ±[1, 1]/√2, after 12 iterations"""
    A = np.array([[2.0, 1.0], [1.0, 2.0]])
    what = "power_iteration([[2, 1], [1, 2]], [1, 0])"
    iterations = _check_eigenpair(A, power_iteration(A.copy(), np.array([1.0, 0.0])), what, 3.0,
                                  np.array([1.0, 1.0]) / np.sqrt(2), 1000)
    # the change in the estimate is 5.1e-10 after 11 iterations and 5.7e-11 after 12
    _check_count(iterations, 12, 1000, what)


@test_case(points=0.75, hidden=False)
def test_zero_first_entry(power_iteration):
    """A = [[1, 0, 0], [0, 4, 1], [0, 1, 4]] from x0 = [1, 1, 0]: λ = 5, v = ±[0, 1, 1]/√2"""
    A = np.array([[1.0, 0.0, 0.0], [0.0, 4.0, 1.0], [0.0, 1.0, 4.0]])
    what = "power_iteration([[1, 0, 0], [0, 4, 1], [0, 1, 4]], [1, 1, 0])"
    # [1, 0, 0] is an eigenvector (λ = 1), so (A v)₀ / v₀ = 1 at every step
    iterations = _check_eigenpair(A, power_iteration(A.copy(), np.array([1.0, 1.0, 0.0])), what, 5.0,
                                  np.array([0.0, 1.0, 1.0]) / np.sqrt(2), 1000,
                                  misconceptions={ENTRY_RATIO: 1.0})
    expect_true(iterations > 1, f"{what} reports {iterations} iteration, but x0 is not an eigenvector.")


@test_case(points=0.25, hidden=False)
def test_zero_start_vector(power_iteration):
    """x0 = [0, 0] raises ValueError"""
    expect_raises(ValueError, power_iteration, np.array([[2.0, 1.0], [1.0, 2.0]]), np.zeros(2),
                  what="power_iteration([[2, 1], [1, 2]], [0, 0])")


@test_case(points=0.25, hidden=True)
def test_negative_dominant_eigenvalue(power_iteration):
    """a matrix whose dominant eigenvalue is negative"""
    rng = np.random.default_rng(4201)
    Q, _ = np.linalg.qr(rng.normal(size=(4, 4)))
    A = Q @ np.diag([-6.0, 3.0, 1.5, 0.5]) @ Q.T
    A = (A + A.T) / 2
    _check_eigenpair(A, power_iteration(A.copy(), rng.normal(size=4)), "power_iteration(A, x0)",
                     -6.0, Q[:, 0], 1000, misconceptions={LOST_SIGN: 6.0})


@test_case(points=0.125, hidden=True)
def test_random_sizes_and_integers(power_iteration):
    """random symmetric matrices from 1×1 to 10×10, and an integer matrix with an integer x0"""
    rng = np.random.default_rng(4202)
    for n in (1, 3, 6, 10):
        Q, _ = np.linalg.qr(rng.normal(size=(n, n)))
        eigenvalues = np.concatenate([[5.0], rng.uniform(-2.5, 2.5, size=n - 1)])
        A = Q @ np.diag(eigenvalues) @ Q.T
        A = (A + A.T) / 2
        _check_eigenpair(A, power_iteration(A.copy(), rng.normal(size=n)),
                         f"power_iteration on a {n}×{n} matrix", 5.0, Q[:, 0], 1000)
    A_int = np.array([[2, 1], [1, 2]])
    _check_eigenpair(A_int.astype(float), power_iteration(A_int, np.array([3, 1])),
                     "power_iteration on integer arrays", 3.0, np.array([1.0, 1.0]) / np.sqrt(2), 1000)


@test_case(points=0.125, hidden=True)
def test_max_iter_reached(power_iteration):
    """a tiny eigengap: the tolerance is not met, so exactly max_iter iterations are used"""
    rng = np.random.default_rng(4203)
    Q, _ = np.linalg.qr(rng.normal(size=(3, 3)))
    A = Q @ np.diag([1.0, 0.999, 0.2]) @ Q.T
    got = expect_tuple(power_iteration(A, rng.normal(size=3), 1e-14, 7), 3,
                       what="power_iteration(A, x0, tol=1e-14, max_iter=7)",
                       names="eigenvalue, v, iterations")
    expect_equal(got[2], 7, what="the iteration count when max_iter = 7 is reached")
    length = np.linalg.norm(np.asarray(got[1], dtype=float))
    expect_true(abs(length - 1) < 1e-6, f"the vector has length {length:.6g}.",
                verdict=f"the vector has length {length:.6g}", hint=NOT_UNIT)


@test_case(points=0.125, hidden=True)
def test_inputs_unchanged(power_iteration):
    """A and x0 are left unchanged"""
    rng = np.random.default_rng(4204)
    B = rng.normal(size=(4, 4))
    A = B @ B.T + np.diag([8.0, 0.0, 0.0, 0.0])
    x0 = rng.normal(size=4) * 3
    A0, x00 = A.copy(), x0.copy()
    power_iteration(A, x0)
    expect_unchanged(A0, A, what="A")
    expect_unchanged(x00, x0, what="x0")


@test_case(points=0.125, hidden=True)
def test_exact_iteration_counts(power_iteration):
    """the exact number of products A v: a 4×4 matrix, x0 already an eigenvector, max_iter = 1"""
    def _reference(A, x0, tol=1e-10, max_iter=1000):
        v = np.asarray(x0, float) / np.linalg.norm(x0)
        lam = v @ A @ v
        for it in range(1, max_iter + 1):
            w = A @ v
            v = w / np.linalg.norm(w)
            new = v @ A @ v
            if abs(new - lam) < tol:
                return new, v, it
            lam = new
        return lam, v, max_iter

    rng = np.random.default_rng(4206)
    Q, _ = np.linalg.qr(rng.normal(size=(4, 4)))
    A = Q @ np.diag([20.0, -10.0, 4.0, 1.2]) @ Q.T
    A = (A + A.T) / 2
    x0 = rng.normal(size=4)
    lam, v, count = _reference(A, x0)   # 20 steps; the change is 1.8e-10, then 4.6e-11: a clear stop
    got = power_iteration(A.copy(), x0.copy())
    its = _check_eigenpair(A, got, "power_iteration on a 4×4 matrix", lam, v, 1000)
    _check_count(its, count, 1000, "power_iteration on a 4×4 matrix with λ₁ = 20")
    A2 = np.array([[2.0, 1.0], [1.0, 2.0]])
    got = power_iteration(A2.copy(), np.array([2.0, 2.0]))
    its = _check_eigenpair(A2, got, "power_iteration from an eigenvector", 3.0,
                           np.array([1.0, 1.0]) / np.sqrt(2), 1000)
    _check_count(its, 1, 1000, "x0 is already an eigenvector")
    got = expect_tuple(power_iteration(A.copy(), x0.copy(), 1e-10, 1), 3,
                       what="power_iteration(A, x0, tol=1e-10, max_iter=1)", names="eigenvalue, v, iterations")
    _check_count(got[2], 1, 1, "max_iter = 1")
    expect_close(np.abs(np.asarray(got[1], float)), np.abs((A @ x0) / np.linalg.norm(A @ x0)),
                 what="v after one iteration (up to sign)")


@test_case(points=0.125, hidden=True)
def test_huge_and_tiny_matrices(power_iteration):
    """A scaled by 1e8 and 1e-8 (tol scaled alike), 54 iterations: v must be normalised each step"""
    rng = np.random.default_rng(4205)
    Q, _ = np.linalg.qr(rng.normal(size=(5, 5)))
    A = Q @ np.diag([4.0, -3.2, 2.0, 1.0, 0.5]) @ Q.T
    A = (A + A.T) / 2
    x0 = rng.normal(size=5)
    for scale in (1e8, 1e-8):
        what = f"power_iteration(A, x0, tol={1e-10 * scale:g}) for A scaled by {scale:g}"
        got = power_iteration(scale * A, x0.copy(), 1e-10 * scale, 1000)
        its = _check_eigenpair(scale * A, got, what, 4.0 * scale, Q[:, 0], 1000)
        expect_true(53 <= its <= 55, f"{what} reports {its} iterations; the algorithm stops after 54.",
                    verdict=f"reported {its} iterations instead of 54", hint=OTHER_STOP)


@test_case(points=0.125, hidden=True)
def test_eigenvalue_matches_returned_vector(power_iteration):
    """a loose tol (1e-3): the eigenvalue returned is the Rayleigh quotient of the v returned"""
    rng = np.random.default_rng(4207)
    Q, _ = np.linalg.qr(rng.normal(size=(4, 4)))
    A = Q @ np.diag([3.0, 2.4, 1.0, -0.5]) @ Q.T
    A = (A + A.T) / 2
    what = "power_iteration(A, x0, tol=1e-3)"
    lam, v, iterations = expect_tuple(power_iteration(A.copy(), rng.normal(size=4), 1e-3, 1000), 3,
                                      what=what, names="eigenvalue, v, iterations")
    v = np.asarray(v, dtype=float)
    expect_finite([lam, v], what=f"the result of {what}", hint=OVERFLOW)
    expect_true(v.shape == (4,), f"the vector from {what} has shape {v.shape}; expected (4,).",
                verdict=f"the vector has shape {v.shape}, not (4,)")
    r = float(v @ A @ v / (v @ v))
    expect_close(lam, r, rtol=1e-2, atol=0, what=f"the eigenvalue from {what} (vᵀAv/vᵀv of its v)")
    gap = abs(float(lam) - r)
    expect_true(gap <= 1e-10 * abs(r), f"the eigenvalue from {what} differs from vᵀAv/vᵀv of the "
                f"returned v by {gap:.3g}.", verdict="the eigenvalue is not the Rayleigh quotient "
                "of the returned v", hint=STALE_ESTIMATE)
