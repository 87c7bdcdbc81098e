"""Wrong implementations of `sample_mvn` (each statistically far from N(mu, Sigma))."""
import numpy as np


def _parts(mu, Sigma):
    mu = np.asarray(mu, dtype=float)
    Sigma = np.asarray(Sigma, dtype=float)
    if Sigma.shape != (len(mu), len(mu)):
        raise ValueError("shapes")
    return mu, Sigma, np.linalg.cholesky(Sigma)


def factor_on_wrong_side(mu, Sigma, n, rng):
    mu, Sigma, L = _parts(mu, Sigma)
    return mu + rng.standard_normal((n, len(mu))) @ L


def multiplies_by_sigma(mu, Sigma, n, rng):
    mu, Sigma, L = _parts(mu, Sigma)
    return mu + rng.standard_normal((n, len(mu))) @ Sigma.T


def scales_each_coordinate(mu, Sigma, n, rng):
    mu, Sigma, L = _parts(mu, Sigma)
    return mu + rng.standard_normal((n, len(mu))) * np.sqrt(np.diag(Sigma))


def draws_as_columns(mu, Sigma, n, rng):
    mu, Sigma, L = _parts(mu, Sigma)
    return mu[:, None] + L @ rng.standard_normal((len(mu), n))


def forgets_mu(mu, Sigma, n, rng):
    mu, Sigma, L = _parts(mu, Sigma)
    return rng.standard_normal((n, len(mu))) @ L.T


def jitters_sigma_in_place(mu, Sigma, n, rng):
    mu = np.asarray(mu, dtype=float)
    Sigma = np.asarray(Sigma)
    if Sigma.dtype.kind != "f":
        Sigma = Sigma.astype(float)
    if Sigma.shape != (len(mu), len(mu)):
        raise ValueError("shapes")
    Sigma += 1e-9 * np.eye(len(mu))          # changes the caller's array
    return mu + rng.standard_normal((n, len(mu))) @ np.linalg.cholesky(Sigma).T


def entrywise_square_root(mu, Sigma, n, rng):
    mu, Sigma, L = _parts(mu, Sigma)
    return mu + rng.standard_normal((n, len(mu))) @ np.sqrt(np.abs(Sigma)).T


def one_draw_repeated(mu, Sigma, n, rng):
    mu, Sigma, L = _parts(mu, Sigma)
    return np.tile(mu + L @ rng.standard_normal(len(mu)), (n, 1))




def rng_multivariate_normal(mu, Sigma, n, rng):
    mu, Sigma, L = _parts(mu, Sigma)
    return rng.multivariate_normal(mu, Sigma, size=n)


def global_multivariate_normal(mu, Sigma, n, rng):
    mu, Sigma, L = _parts(mu, Sigma)
    return np.random.multivariate_normal(mu, Sigma, size=n)


def global_standard_normal(mu, Sigma, n, rng):
    mu, Sigma, L = _parts(mu, Sigma)
    return mu + np.random.standard_normal((n, len(mu))) @ L.T


def global_randn(mu, Sigma, n, rng):
    mu, Sigma, L = _parts(mu, Sigma)
    return mu + np.random.randn(n, len(mu)) @ L.T


def global_normal(mu, Sigma, n, rng):
    mu, Sigma, L = _parts(mu, Sigma)
    return mu + np.random.normal(size=(n, len(mu))) @ L.T


def scipy_rvs(mu, Sigma, n, rng):
    from scipy.stats import multivariate_normal
    mu, Sigma, L = _parts(mu, Sigma)
    return np.atleast_2d(multivariate_normal(mu, Sigma).rvs(size=n, random_state=rng)).reshape(n, len(mu))


def own_generator(mu, Sigma, n, rng):
    """Seeds a generator of its own instead of using rng."""
    mu, Sigma, L = _parts(mu, Sigma)
    return mu + np.random.default_rng(12345).standard_normal((n, len(mu))) @ L.T


def no_shape_check(mu, Sigma, n, rng):
    """Factors whatever it is given: a 2×3 Sigma is not rejected with ValueError."""
    mu = np.asarray(mu, dtype=float)
    Sigma = np.asarray(Sigma, dtype=float)
    D = len(mu)
    L = np.linalg.cholesky(Sigma[:D, :D]) if Sigma.ndim == 2 else np.linalg.cholesky(Sigma)[0]
    return mu + rng.standard_normal((n, D)) @ L.T


# the notebook's ground rule: np.var, np.std, np.cov and np.corrcoef are off limits in every
# exercise; learners reach for them to "fix" the draws' sample moments
def standardises_with_np_std(mu, Sigma, n, rng):
    mu, Sigma, L = _parts(mu, Sigma)
    Z = rng.standard_normal((n, len(mu)))
    if n > 1:
        Z = (Z - Z.mean(axis=0)) / np.std(Z, axis=0)
    return mu + Z @ L.T


def standardises_with_np_var(mu, Sigma, n, rng):
    mu, Sigma, L = _parts(mu, Sigma)
    Z = rng.standard_normal((n, len(mu)))
    if n > 1:
        Z = (Z - Z.mean(axis=0)) / np.sqrt(np.var(Z, axis=0))
    return mu + Z @ L.T


def whitens_with_np_cov(mu, Sigma, n, rng):
    mu, Sigma, L = _parts(mu, Sigma)
    Z = rng.standard_normal((n, len(mu)))
    if n > len(mu):
        Z = (Z - Z.mean(axis=0)) @ np.linalg.inv(np.linalg.cholesky(np.atleast_2d(np.cov(Z, rowvar=False)))).T
    return mu + Z @ L.T


def checks_with_np_corrcoef(mu, Sigma, n, rng):
    mu, Sigma, L = _parts(mu, Sigma)
    X = mu + rng.standard_normal((n, len(mu))) @ L.T
    if n > 2 and len(mu) > 1:
        np.corrcoef(X, rowvar=False)
    return X


MUTANTS = [
    ("sample_mvn", factor_on_wrong_side, "Z @ L.T, not Z @ L"),
    ("sample_mvn", multiplies_by_sigma, "σ² where σ is meant"),
    ("sample_mvn", scales_each_coordinate, "uncorrelated"),
    ("sample_mvn", draws_as_columns, "one draw per ROW"),
    ("sample_mvn", forgets_mu, "add mu"),
    ("sample_mvn", jitters_sigma_in_place, "in place"),
    ("sample_mvn", entrywise_square_root, None),
    ("sample_mvn", one_draw_repeated, None),
    ("sample_mvn", rng_multivariate_normal, "asks you not to use"),
    ("sample_mvn", global_multivariate_normal, "asks you not to use"),
    ("sample_mvn", global_standard_normal, "asks you not to use"),
    ("sample_mvn", global_randn, "asks you not to use"),
    ("sample_mvn", global_normal, "asks you not to use"),
    ("sample_mvn", scipy_rvs, "asks you not to use"),
    ("sample_mvn", own_generator, "does not change when rng does"),
    ("sample_mvn", no_shape_check, "Sigma.shape == (D, D)"),
    ("sample_mvn", standardises_with_np_std, "asks you not to use"),
    ("sample_mvn", standardises_with_np_var, "asks you not to use"),
    ("sample_mvn", whitens_with_np_cov, "asks you not to use"),
    ("sample_mvn", checks_with_np_corrcoef, "asks you not to use"),
]
