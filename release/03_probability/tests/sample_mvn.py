"""sample_mvn: draws from N(mu, Sigma) as mu + Z Lᵀ, graded on the sample mean and covariance."""
import numpy as np
from otter.test_files import test_case

from course.runtime.testing import (Mismatch, expect_finite, expect_raises, expect_true, expect_unchanged,
                            expect_uses_rng)

OK_FORMAT = False
name = "sample_mvn"
hints = [
    "Factor Sigma = L @ L.T with your cholesky_factor. Draw Z = rng.standard_normal((n, D)): n rows "
    "of independent standard normals.",
    "One draw is x = mu + L z for a column z. With the draws as the ROWS of Z, that is "
    "Z @ L.T, then add mu to every row by broadcasting.",
    "return mu + rng.standard_normal((n, D)) @ L.T, after checking that Sigma has shape (D, D).",
]

bans = {"sample_mvn": [
    "numpy.var", "numpy.std", "numpy.cov", "numpy.corrcoef",   # off limits in every exercise
    ".multivariate_normal", "numpy.random.standard_normal", "numpy.random.normal",
    "numpy.random.randn", "scipy"]}
ban_reason = ("turn standard normals drawn from the rng you are given (rng.standard_normal) into correlated "
              "draws yourself, mu + Z @ L.T with L from your cholesky_factor: rng.multivariate_normal "
              "(and scipy.stats.multivariate_normal) does the whole exercise, and np.random.* is not "
              "reproducible from rng. rng.multivariate_normal is fine from step 3, notebook 3 on.")

Z_MAX = 6.0      # a correct answer lands beyond 6 standard errors with probability ~ 1e-9 per entry

ROWS = ("return one draw per ROW, an array of shape (n, D). Yours has the draws as columns, shape "
        "(D, n): stack them as rows (mu + Z @ L.T with Z of shape (n, D)).")
WRONG_SIDE = ("your draws have covariance Lᵀ L instead of L Lᵀ = Σ: the factor is on the wrong side. "
              "With the standard normals as the rows of Z, the draws are mu + Z @ L.T, not Z @ L.")
SIGMA_NOT_L = ("your draws have covariance Σ² instead of Σ: you multiplied by Σ itself, not by its "
               "Cholesky factor L. It is like using σ² where σ is meant. Multiply the standard "
               "normals by L (with L Lᵀ = Σ), not by Σ.")
UNCORRELATED = ("your draws have the right variances but are uncorrelated: the off-diagonal "
                "covariances are missing. Scaling each coordinate by its own standard deviation is "
                "not enough; multiply by the full Cholesky factor, mu + Z @ L.T.")
NO_MU = "the draws are centred at 0, not at mu: add mu to every row."


def _fmt(a):
    with np.printoptions(precision=3, suppress=True):
        return np.array2string(np.asarray(a))


def _se_cov(T, n):
    """Standard errors of the entries of the sample covariance of n Gaussian draws with covariance T."""
    d = np.diag(T)
    return np.sqrt((np.outer(d, d) + T ** 2) / (n - 1))


def _distance(S, T, n):
    """The largest |S - T| entry, in standard errors of a sample covariance with true covariance T."""
    return float(np.max(np.abs(S - T) / _se_cov(T, n)))


def _check_draws(draws, mu, Sigma, n, what):
    """An (n, D) float array of finite draws, one per row."""
    D = len(mu)
    expect_true(draws is not None, f"{what} returned None — did you forget a `return` statement?",
                verdict="returned None — did you forget a `return` statement?")
    kind = type(draws).__name__ if not isinstance(draws, np.ndarray) else f"an array of dtype {draws.dtype}"
    expect_true(isinstance(draws, np.ndarray) and draws.dtype.kind == "f",
                f"{what} should return a float NumPy array of shape ({n}, {D}); it returned {kind}.",
                verdict="did not return a float NumPy array")
    expect_true(not (draws.shape == (D, n) and D != n),
                f"{what} has shape {draws.shape}; expected ({n}, {D}).",
                verdict="wrong shape: the draws are columns, not rows", hint=ROWS)
    expect_true(draws.shape == (n, D), f"{what} has shape {draws.shape}; expected ({n}, {D}).",
                verdict="wrong shape: expected (n, D)")
    expect_finite(draws, what=what, verdict="the draws contain NaN or inf")


def _check_moments(draws, mu, Sigma, what):
    """Sample mean and covariance within Z_MAX standard errors of mu and Sigma."""
    mu, Sigma = np.asarray(mu, dtype=float), np.asarray(Sigma, dtype=float)
    n = len(draws)
    mean = draws.mean(axis=0)
    se_mean = np.sqrt(np.diag(Sigma) / n)
    z = float(np.max(np.abs(mean - mu) / se_mean))
    if z > Z_MAX:
        near_zero = float(np.max(np.abs(mean) / se_mean)) <= Z_MAX
        expect_true(False, f"the mean of the rows of {what} is {_fmt(mean)}, {z:.0f} standard errors "
                    f"away from mu = {_fmt(mu)}.", verdict="the sample mean of the draws is far from mu",
                    hint=NO_MU if near_zero else None)
    S = np.cov(draws, rowvar=False).reshape(len(mu), len(mu))
    z = _distance(S, Sigma, n)
    if z > Z_MAX:
        L = np.linalg.cholesky(Sigma)
        hint = None
        for wrong, text in ((L.T @ L, WRONG_SIDE), (Sigma @ Sigma, SIGMA_NOT_L),
                            (np.diag(np.diag(Sigma)), UNCORRELATED)):
            if not np.allclose(wrong, Sigma) and _distance(S, wrong, n) <= Z_MAX:
                hint = text
                break
        expect_true(False, f"the sample covariance of the rows of {what} is\n{_fmt(S)}\nwhich is "
                    f"{z:.0f} standard errors away from Sigma =\n{_fmt(Sigma)}.",
                    verdict="the sample covariance of the draws is far from Sigma", hint=hint)


@test_case(points=0.75, hidden=False)
def test_correlated_pair(sample_mvn):
    """sample_mvn([1, -2], [[4, 1.8], [1.8, 1]], 4000, rng=np.random.default_rng(3241)): mean and covariance within 6 standard errors"""
    mu, Sigma = np.array([1.0, -2.0]), np.array([[4.0, 1.8], [1.8, 1.0]])
    what = "sample_mvn([1, -2], [[4, 1.8], [1.8, 1]], 4000, rng=np.random.default_rng(3241))"
    draws = sample_mvn(mu.copy(), Sigma.copy(), 4000, rng=np.random.default_rng(3241))
    _check_draws(draws, mu, Sigma, 4000, what)
    _check_moments(draws, mu, Sigma, what)


@test_case(points=0.5, hidden=False)
def test_one_dimension(sample_mvn):
    """sample_mvn([3], [[4]], 4000, rng=np.random.default_rng(3242)): shape (4000, 1), mean 3, variance 4 (standard deviation 2)"""
    mu, Sigma = np.array([3.0]), np.array([[4.0]])
    what = "sample_mvn([3], [[4]], 4000, rng=np.random.default_rng(3242))"
    draws = sample_mvn(mu.copy(), Sigma.copy(), 4000, rng=np.random.default_rng(3242))
    _check_draws(draws, mu, Sigma, 4000, what)
    _check_moments(draws, mu, Sigma, what)


# Hidden cases are run at grading (and by check() when autograder/ is present).
HIDDEN_CASES = 4
HIDDEN_POINTS = 1.75
