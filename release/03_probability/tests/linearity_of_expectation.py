"""linearity_of_expectation: mean A mu + b and covariance A Sigma Aᵀ of y = A x + b, exactly and by simulation."""
import numpy as np
from otter.test_files import test_case

from course.runtime.testing import (expect_uses_rng, expect_close, expect_finite, expect_raises, expect_true, expect_tuple,
                            expect_unchanged)

OK_FORMAT = False
name = "linearity_of_expectation"
hints = [
    "affine_moments: the mean is A @ mu + b and the covariance is A @ Sigma @ A.T. Check first that "
    "A has len(mu) columns and that b has one entry per row of A.",
    "simulate_affine_moments: X = sample_mvn(mu, Sigma, n, rng) has one draw per row. Applying "
    "y = A x + b to every row at once is Y = X @ A.T + b.",
    "Return (Y.mean(axis=0), covariance_matrix(Y)): the sample mean has shape (M,) and the "
    "covariance (M, M).",
]

bans = {"simulate_affine_moments": ["numpy.cov", "numpy.var", "numpy.std", "numpy.corrcoef",
                                    ".multivariate_normal"]}
ban_reason = ("draw the xᵢ with your sample_mvn and the rng you are given, map them, and take your own "
              "covariance_matrix of the yᵢ: np.cov (like np.var, np.std and np.corrcoef) is off limits "
              "in this whole notebook, and rng.multivariate_normal does the sampling exercise for you. "
              "Both are fine from step 3, notebook 3 (inference) on.")

Z_MAX = 6.0

NO_SHIFT = "the mean of y = A x + b must include the shift: A μ + b, not A μ."
SHIFT_IN_COV = ("a shift moves the mean but not the spread: b must not appear in the covariance, "
                "which is A Σ Aᵀ.")
INDEPENDENT = ("you dropped the covariance terms: the variance of a sum is V[x₁] + V[x₂] + "
               "2 Cov[x₁, x₂], not just the sum of the variances. Use the full Σ in A Σ Aᵀ.")
WRONG_ORDER = ("the order of the factors matters: the covariance of A x + b is A Σ Aᵀ (shape (M, M)). "
               "You computed Aᵀ Σ A.")
TRANSPOSED_MEAN = ("you computed Aᵀ μ + b (for example with mu @ A); the mean of A x + b is "
                   "A μ + b, that is A @ mu + b.")
WRONG_SIDE_MAP = ("your simulated moments are those of y = Aᵀ x + b: with the draws as the ROWS of X, "
                  "the rows of Y are xᵢᵀ Aᵀ + bᵀ, so Y = X @ A.T + b, not X @ A + b.")
UNCORRELATED_DRAWS = ("your simulated covariance matches A diag(Σ) Aᵀ: the draws of x came out "
                      "uncorrelated, so the covariance terms of Σ are lost. Draw x with your "
                      "sample_mvn (and check that it passes), which uses the full Cholesky factor.")
BIASED_COV = ("your simulated covariance divides by n: on the same draws it equals the unbiased sample "
              "covariance times (n − 1)/n. The task asks for your unbiased covariance_matrix of the "
              "yᵢ, which divides by n − 1.")
PAIRED_COV = ("your simulated mean is that of the draws sample_mvn(mu, Sigma, n, rng) makes, mapped by "
              "y = A x + b, but your covariance is not the unbiased sample covariance of those same "
              "yᵢ: return covariance_matrix(Y) for Y = X @ A.T + b.")
NOT_SIMULATED = ("your simulated moments (the mean, the covariance or both) equal the exact formulas "
                 "to 12 digits, which no simulation "
                 "of a few thousand draws does: draw the samples with sample_mvn(mu, Sigma, n, rng), "
                 "transform them, and return their sample mean and sample covariance.")


def _exact(mu, Sigma, A, b):
    mu, Sigma, A, b = (np.asarray(v, dtype=float) for v in (mu, Sigma, A, b))
    return A @ mu + b, A @ Sigma @ A.T


def _check_exact(got, mu, Sigma, A, b, what):
    mu, Sigma, A, b = (np.asarray(v, dtype=float) for v in (mu, Sigma, A, b))
    mean, cov = _exact(mu, Sigma, A, b)
    M, D = A.shape
    got_mean, got_cov = expect_tuple(got, 2, what=what, names="mean, cov")
    wrong_mean = [(A @ mu, NO_SHIFT)]
    if M == D:
        wrong_mean.append((A.T @ mu + b, TRANSPOSED_MEAN))
    expect_close(got_mean, mean, rtol=1e-10, atol=1e-12, what=f"the mean returned by {what}",
                 misconceptions=wrong_mean)
    shape = getattr(got_cov, "shape", None)
    expect_true(not (shape == (D, D) and M != D),
                f"the covariance returned by {what} has shape {shape}; expected ({M}, {M}).",
                verdict="the covariance has shape (D, D) instead of (M, M)", hint=WRONG_ORDER)
    wrong = [(cov + b, SHIFT_IN_COV), (cov + np.outer(b, b), SHIFT_IN_COV),
             (A @ np.diag(np.diag(Sigma)) @ A.T, INDEPENDENT)]
    if M == D:
        wrong.append((A.T @ Sigma @ A, WRONG_ORDER))
    expect_close(got_cov, cov, rtol=1e-10, atol=1e-12 * max(1.0, np.abs(cov).max()),
                 what=f"the covariance returned by {what}", misconceptions=wrong)


def _se_cov(T, n):
    d = np.diag(T)
    return np.sqrt((np.outer(d, d) + T ** 2) / (n - 1))


def _far(got, target, se):
    return float(np.max(np.abs(got - target) / se))


def _check_simulated(got, mu, Sigma, A, b, n, what):
    """Sample mean and covariance within Z_MAX standard errors of A mu + b and A Sigma Aᵀ."""
    mu, Sigma, A, b = (np.asarray(v, dtype=float) for v in (mu, Sigma, A, b))
    M, D = A.shape
    mean, cov = _exact(mu, Sigma, A, b)
    got_mean, got_cov = expect_tuple(got, 2, what=what, names="mean_hat, cov_hat")
    got_mean = np.asarray(got_mean, dtype=float)
    got_cov = np.asarray(got_cov, dtype=float)
    expect_true(got_mean.shape == (M,), f"the mean from {what} has shape {got_mean.shape}; expected ({M},).",
                verdict="the simulated mean has the wrong shape")
    expect_true(got_cov.shape == (M, M),
                f"the covariance from {what} has shape {got_cov.shape}; expected ({M}, {M}).",
                verdict="the simulated covariance has the wrong shape")
    expect_finite([got_mean, got_cov], what=what, verdict="the simulated moments contain NaN or inf")
    # either moment equal to its formula to 12 digits gives the game away (no simulated mean or
    # covariance of thousands of draws lands there); the maps tested have no all-zero row of A
    exact_match = (np.allclose(got_mean, mean, rtol=1e-12, atol=1e-12)
                   or np.allclose(got_cov, cov, rtol=1e-12, atol=1e-12))
    expect_true(not exact_match, f"{what} returned exactly A μ + b or A Σ Aᵀ.",
                verdict="returned the exact formulas instead of simulated moments", hint=NOT_SIMULATED)
    wrong_side = None
    if M == D:
        wrong_side = (A.T @ mu + b, A.T @ Sigma @ A)
    se_mean = np.sqrt(np.diag(cov) / n)
    z = _far(got_mean, mean, se_mean)
    if z > Z_MAX:
        hint = None
        if wrong_side is not None and _far(got_mean, wrong_side[0], np.sqrt(np.diag(wrong_side[1]) / n)) <= Z_MAX:
            hint = WRONG_SIDE_MAP
        elif _far(got_mean, A @ mu, se_mean) <= Z_MAX:
            hint = NO_SHIFT
        expect_true(False, f"the simulated mean from {what} is {np.round(got_mean, 4)}, {z:.0f} standard "
                    f"errors away from A μ + b = {np.round(mean, 4)}.",
                    verdict="the simulated mean is far from A μ + b", hint=hint)
    z = _far(got_cov, cov, _se_cov(cov, n))
    if z > Z_MAX:
        hint = None
        uncorrelated = A @ np.diag(np.diag(Sigma)) @ A.T
        if wrong_side is not None and _far(got_cov, wrong_side[1], _se_cov(wrong_side[1], n)) <= Z_MAX:
            hint = WRONG_SIDE_MAP
        elif _far(got_cov, uncorrelated, _se_cov(uncorrelated, n)) <= Z_MAX:
            hint = UNCORRELATED_DRAWS
        expect_true(False, f"the simulated covariance from {what} is\n{np.round(got_cov, 4)}\nwhich is "
                    f"{z:.0f} standard errors away from A Σ Aᵀ =\n{np.round(cov, 4)}.",
                    verdict="the simulated covariance is far from A Σ Aᵀ", hint=hint)


@test_case(points=0.75, hidden=False)
def test_sum_of_dependent_variables(affine_moments):
    """affine_moments([1, 2], [[1, 0.5], [0.5, 2]], [[1, 1]], [3]) = ([6], [[4]]): y = x₁ + x₂ + 3, V[y] = 1 + 2 + 2·0.5"""
    args = ([1.0, 2.0], [[1.0, 0.5], [0.5, 2.0]], [[1.0, 1.0]], [3.0])
    _check_exact(affine_moments(*(np.array(a) for a in args)), *args,
                 "affine_moments([1, 2], [[1, 0.5], [0.5, 2]], [[1, 1]], [3])")


@test_case(points=0.5, hidden=False)
def test_square_map(affine_moments):
    """affine_moments([1, -1], [[2, 1], [1, 1]], [[1, 2], [0, 1]], [0, 1]) = ([-1, 0], [[10, 3], [3, 1]])"""
    args = ([1.0, -1.0], [[2.0, 1.0], [1.0, 1.0]], [[1.0, 2.0], [0.0, 1.0]], [0.0, 1.0])
    _check_exact(affine_moments(*(np.array(a) for a in args)), *args,
                 "affine_moments([1, -1], [[2, 1], [1, 1]], [[1, 2], [0, 1]], [0, 1])")


@test_case(points=0.5, hidden=False)
def test_simulated_sum(simulate_affine_moments):
    """simulate_affine_moments([1, 2], [[1, 0.5], [0.5, 2]], [[1, 1]], [3], 4000, rng=np.random.default_rng(3261)): within 6 standard errors of ([6], [[4]])"""
    args = ([1.0, 2.0], [[1.0, 0.5], [0.5, 2.0]], [[1.0, 1.0]], [3.0])
    what = ("simulate_affine_moments([1, 2], [[1, 0.5], [0.5, 2]], [[1, 1]], [3], 4000, "
            "rng=np.random.default_rng(3261))")
    got = simulate_affine_moments(*(np.array(a) for a in args), 4000, rng=np.random.default_rng(3261))
    _check_simulated(got, *args, 4000, what)


def _check_paired(got, mu, Sigma, A, b, n, seed, sample_mvn, what):
    """On the draws sample_mvn makes from the same seed, the moments are exact: the mean of
    Y = X Aᵀ + b and its unbiased covariance. An answer that draws in another order is left to the
    statistical checks; one whose mean pairs with these draws must return their covariance."""
    got_mean, got_cov = expect_tuple(got, 2, what=what, names="mean_hat, cov_hat")
    try:
        X = np.asarray(sample_mvn(mu.copy(), Sigma.copy(), n, np.random.default_rng(seed)), dtype=float)
    except Exception:
        return   # the learner's sample_mvn is graded on its own
    if X.shape != (n, len(mu)) or not np.all(np.isfinite(X)):
        return
    Y = X @ A.T + b
    Yc = Y - Y.mean(axis=0)
    unbiased = Yc.T @ Yc / (n - 1)
    got_mean = np.asarray(got_mean, dtype=float)
    got_cov = np.asarray(got_cov, dtype=float)
    if got_mean.shape != Y.shape[1:] or not np.allclose(got_mean, Y.mean(axis=0), rtol=1e-9, atol=1e-9):
        return
    biased = Yc.T @ Yc / n
    expect_true(not (got_cov.shape == biased.shape and np.allclose(got_cov, biased, rtol=1e-9, atol=1e-12)),
                f"the covariance from {what} divides by n.", verdict="the simulated covariance divides by n",
                hint=BIASED_COV)
    expect_true(got_cov.shape == unbiased.shape and np.allclose(got_cov, unbiased, rtol=1e-8, atol=1e-10),
                f"the covariance from {what} is not the unbiased sample covariance of the mapped draws.",
                verdict="the simulated covariance is not the unbiased covariance of your mapped draws",
                hint=PAIRED_COV)


# Hidden cases are run at grading (and by check() when autograder/ is present).
HIDDEN_CASES = 2
HIDDEN_POINTS = 1.25
