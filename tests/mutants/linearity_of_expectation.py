"""Wrong implementations of `affine_moments` and `simulate_affine_moments`."""
import numpy as np


def _arrays(mu, Sigma, A, b):
    mu, Sigma, A, b = (np.asarray(v, dtype=float) for v in (mu, Sigma, A, b))
    if A.ndim != 2 or A.shape[1] != len(mu) or b.shape != (A.shape[0],) or Sigma.shape != (len(mu),) * 2:
        raise ValueError("shapes")
    return mu, Sigma, A, b


def forgets_shift(mu, Sigma, A, b):
    mu, Sigma, A, b = _arrays(mu, Sigma, A, b)
    return A @ mu, A @ Sigma @ A.T


def shift_in_covariance(mu, Sigma, A, b):
    mu, Sigma, A, b = _arrays(mu, Sigma, A, b)
    return A @ mu + b, A @ Sigma @ A.T + b


def ignores_dependence(mu, Sigma, A, b):
    mu, Sigma, A, b = _arrays(mu, Sigma, A, b)
    return A @ mu + b, A @ np.diag(np.diag(Sigma)) @ A.T


def transposed_sandwich(mu, Sigma, A, b):
    mu, Sigma, A, b = _arrays(mu, Sigma, A, b)
    return A @ mu + b, A.T @ Sigma @ A


def mean_from_the_left(mu, Sigma, A, b):
    mu, Sigma, A, b = _arrays(mu, Sigma, A, b)
    return mu @ A + b if A.shape[0] == A.shape[1] else A @ mu + b, A @ Sigma @ A.T


def no_shape_check(mu, Sigma, A, b):
    mu, Sigma, A, b = (np.asarray(v, dtype=float) for v in (mu, Sigma, A, b))
    return A[:, :len(mu)] @ mu + b[:A.shape[0]], A[:, :len(mu)] @ Sigma @ A[:, :len(mu)].T


def _draws(mu, Sigma, n, rng):
    mu, Sigma = np.asarray(mu, dtype=float), np.asarray(Sigma, dtype=float)
    return mu + rng.standard_normal((n, len(mu))) @ np.linalg.cholesky(Sigma).T


def map_on_wrong_side(mu, Sigma, A, b, n, rng):
    mu, Sigma, A, b = _arrays(mu, Sigma, A, b)
    if A.shape[0] != A.shape[1]:
        Y = _draws(mu, Sigma, n, rng) @ A.T + b
    else:
        Y = _draws(mu, Sigma, n, rng) @ A + b
    Yc = Y - Y.mean(axis=0)
    return Y.mean(axis=0), Yc.T @ Yc / (n - 1)


def returns_exact_formulas(mu, Sigma, A, b, n, rng):
    mu, Sigma, A, b = _arrays(mu, Sigma, A, b)
    return A @ mu + b, A @ Sigma @ A.T


def simulation_without_shift(mu, Sigma, A, b, n, rng):
    mu, Sigma, A, b = _arrays(mu, Sigma, A, b)
    Y = _draws(mu, Sigma, n, rng) @ A.T
    Yc = Y - Y.mean(axis=0)
    return Y.mean(axis=0), Yc.T @ Yc / (n - 1)


def independent_coordinates(mu, Sigma, A, b, n, rng):
    mu, Sigma, A, b = _arrays(mu, Sigma, A, b)
    X = mu + rng.standard_normal((n, len(mu))) * np.sqrt(np.diag(Sigma))
    Y = X @ A.T + b
    Yc = Y - Y.mean(axis=0)
    return Y.mean(axis=0), Yc.T @ Yc / (n - 1)


def divides_by_n(mu, Sigma, A, b, n, rng):
    mu, Sigma, A, b = _arrays(mu, Sigma, A, b)
    Y = _draws(mu, Sigma, n, rng) @ A.T + b
    Yc = Y - Y.mean(axis=0)
    return Y.mean(axis=0), Yc.T @ Yc / n


def maps_a_biased_covariance_of_x(mu, Sigma, A, b, n, rng):
    mu, Sigma, A, b = _arrays(mu, Sigma, A, b)
    X = _draws(mu, Sigma, n, rng)
    Xc = X - X.mean(axis=0)
    return A @ X.mean(axis=0) + b, A @ (Xc.T @ Xc / n) @ A.T


def with_np_cov(mu, Sigma, A, b, n, rng):
    mu, Sigma, A, b = _arrays(mu, Sigma, A, b)
    Y = _draws(mu, Sigma, n, rng) @ A.T + b
    return Y.mean(axis=0), np.atleast_2d(np.cov(Y, rowvar=False))


def with_np_var(mu, Sigma, A, b, n, rng):
    mu, Sigma, A, b = _arrays(mu, Sigma, A, b)
    Y = _draws(mu, Sigma, n, rng) @ A.T + b
    s = np.sqrt(np.var(Y, axis=0, ddof=1))
    Yc = (Y - Y.mean(axis=0)) / s
    return Y.mean(axis=0), (Yc.T @ Yc / (n - 1)) * np.outer(s, s)


def with_np_std(mu, Sigma, A, b, n, rng):
    mu, Sigma, A, b = _arrays(mu, Sigma, A, b)
    Y = _draws(mu, Sigma, n, rng) @ A.T + b
    s = np.std(Y, axis=0, ddof=1)
    Yc = (Y - Y.mean(axis=0)) / s
    return Y.mean(axis=0), (Yc.T @ Yc / (n - 1)) * np.outer(s, s)


def with_np_corrcoef(mu, Sigma, A, b, n, rng):
    mu, Sigma, A, b = _arrays(mu, Sigma, A, b)
    Y = _draws(mu, Sigma, n, rng) @ A.T + b
    Yc = Y - Y.mean(axis=0)
    s = np.sqrt(np.sum(Yc ** 2, axis=0) / (n - 1))
    return Y.mean(axis=0), np.atleast_2d(np.corrcoef(Y, rowvar=False)) * np.outer(s, s)


def with_multivariate_normal(mu, Sigma, A, b, n, rng):
    mu, Sigma, A, b = _arrays(mu, Sigma, A, b)
    Y = rng.multivariate_normal(mu, Sigma, size=n) @ A.T + b
    Yc = Y - Y.mean(axis=0)
    return Y.mean(axis=0), Yc.T @ Yc / (n - 1)


def simulated_cov_exact_mean(mu, Sigma, A, b, n, rng):
    """Simulates the covariance but returns the exact A mu + b as the "simulated" mean."""
    mu, Sigma, A, b = (np.asarray(v, dtype=float) for v in (mu, Sigma, A, b))
    if A.ndim != 2 or A.shape[1] != len(mu) or b.shape != (A.shape[0],):
        raise ValueError("shapes do not fit")
    X = mu + rng.standard_normal((n, len(mu))) @ np.linalg.cholesky(Sigma).T
    Y = X @ A.T + b
    Yc = Y - Y.mean(axis=0)
    return A @ mu + b, Yc.T @ Yc / (n - 1)


MUTANTS = [
    ("affine_moments", forgets_shift, "include the shift"),
    ("affine_moments", shift_in_covariance, "moves the mean but not the spread"),
    ("affine_moments", ignores_dependence, "2 Cov"),
    ("affine_moments", transposed_sandwich, "Aᵀ Σ A"),
    ("affine_moments", mean_from_the_left, "mu @ A"),
    ("affine_moments", no_shape_check, None),
    ("simulate_affine_moments", map_on_wrong_side, "X @ A.T + b"),
    ("simulate_affine_moments", returns_exact_formulas, "no simulation"),
    ("simulate_affine_moments", simulation_without_shift, "include the shift"),
    ("simulate_affine_moments", independent_coordinates, "came out uncorrelated"),
    ("simulate_affine_moments", divides_by_n, "divides by n − 1"),
    ("simulate_affine_moments", maps_a_biased_covariance_of_x, "divides by n − 1"),
    ("simulate_affine_moments", with_np_cov, "asks you not to use"),
    ("simulate_affine_moments", with_np_var, "asks you not to use"),
    ("simulate_affine_moments", with_np_std, "asks you not to use"),
    ("simulate_affine_moments", with_np_corrcoef, "asks you not to use"),
    ("simulate_affine_moments", with_multivariate_normal, "asks you not to use"),
    ("simulate_affine_moments", simulated_cov_exact_mean, "equal the exact formulas"),
]
