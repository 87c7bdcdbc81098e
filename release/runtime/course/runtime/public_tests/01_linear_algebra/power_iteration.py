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


# Hidden cases are run at grading (and by check() when autograder/ is present).
HIDDEN_CASES = 7
HIDDEN_POINTS = 1
