"""Wrong implementations of `exponential_inverse_cdf` and `inverse_transform_sample`."""
import numpy as np


def _check(u, lam):
    if not lam > 0:
        raise ValueError("lam must be positive")
    u = np.asarray(u, dtype=float)
    if np.any((u < 0) | (u >= 1)):
        raise ValueError("u outside [0, 1)")
    return u


def quantile_is_cdf(u, lam):
    """Applies F instead of F^{-1}: the inverse transform with the cdf."""
    u = _check(u, lam)
    return 1 - np.exp(-lam * u)


def quantile_rate_as_scale(u, lam):
    u = _check(u, lam)
    return -np.log1p(-u) * lam


def quantile_one_minus_u(u, lam):
    u = _check(u, lam)
    with np.errstate(divide="ignore"):
        return -np.log(u) / lam


def quantile_no_validation(u, lam):
    u = np.asarray(u, dtype=float)
    with np.errstate(all="ignore"):
        return -np.log1p(-u) / lam


def quantile_in_place(u, lam):
    if not lam > 0:
        raise ValueError("lam must be positive")
    u = np.asarray(u, dtype=float)
    if np.any((u < 0) | (u >= 1)):
        raise ValueError("u outside [0, 1)")
    np.negative(u, out=u)
    np.log1p(u, out=u)
    u /= -lam
    return u


def returns_uniforms(inverse_cdf, n, *, rng):
    return rng.random(n)


def one_draw_repeated(inverse_cdf, n, *, rng):
    return np.full(n, float(inverse_cdf(rng.random())))


def column_of_samples(inverse_cdf, n, *, rng):
    return np.asarray(inverse_cdf(rng.random((n, 1))), dtype=float)


def normal_draws_as_u(inverse_cdf, n, *, rng):
    return np.asarray(inverse_cdf(rng.normal(size=n)), dtype=float)


def uniforms_through_cdf_like_shift(inverse_cdf, n, *, rng):
    """Feeds u/2: samples only the lower half of the distribution."""
    return np.asarray(inverse_cdf(rng.random(n) / 2), dtype=float)


def quantile_scipy(u, lam):
    from scipy.stats import expon
    u = _check(u, lam)
    return expon.ppf(u, scale=1 / lam)


def quantile_log_one_minus_u(u, lam):
    """-np.log(1 - u) / lam: right formula, but 1 - u rounds the digits of a tiny u away."""
    u = _check(u, lam)
    return -np.log(1 - u) / lam


def global_random(inverse_cdf, n, *, rng):
    return np.asarray(inverse_cdf(np.random.random(n)), dtype=float)


def global_rand(inverse_cdf, n, *, rng):
    return np.asarray(inverse_cdf(np.random.rand(n)), dtype=float)


def global_random_sample(inverse_cdf, n, *, rng):
    return np.asarray(inverse_cdf(np.random.random_sample(n)), dtype=float)


def global_uniform(inverse_cdf, n, *, rng):
    return np.asarray(inverse_cdf(np.random.uniform(0, 1, n)), dtype=float)


def own_fixed_generator(inverse_cdf, n, *, rng):
    """Ignores rng and seeds a generator of its own: always the same samples."""
    return np.asarray(inverse_cdf(np.random.default_rng(0).random(n)), dtype=float)


def generator_exponential(inverse_cdf, n, *, rng):
    """The generator's own sampler, reading the rate off the quantile object."""
    return rng.exponential(1 / getattr(inverse_cdf, "rate", 1.0), size=n)


def generator_standard_exponential(inverse_cdf, n, *, rng):
    return rng.standard_exponential(n) / getattr(inverse_cdf, "rate", 1.0)


def generator_logistic(inverse_cdf, n, *, rng):
    return rng.logistic(size=n)


def scipy_uniforms(inverse_cdf, n, *, rng):
    from scipy import stats
    return np.asarray(inverse_cdf(stats.uniform.rvs(size=n, random_state=rng)), dtype=float)


def sorted_samples(inverse_cdf, n, *, rng):
    """Sorts the uniforms first (as for a quantile plot): the samples are no longer independent."""
    return np.asarray(inverse_cdf(np.sort(rng.random(n))), dtype=float)


def list_of_samples(inverse_cdf, n, *, rng):
    """One quantile at a time, collected in a Python list."""
    return [float(inverse_cdf(rng.random())) for _ in range(n)]


MUTANTS = [
    ("exponential_inverse_cdf", quantile_is_cdf, "INVERSE cdf"),
    ("exponential_inverse_cdf", quantile_rate_as_scale, "lam is the RATE"),
    ("exponential_inverse_cdf", quantile_one_minus_u, "F⁻¹(1 − u)"),
    ("exponential_inverse_cdf", quantile_no_validation, None),
    ("exponential_inverse_cdf", quantile_in_place, "in place"),
    ("inverse_transform_sample", returns_uniforms, "you returned the uniform numbers"),
    ("inverse_transform_sample", one_draw_repeated, "all your samples are equal"),
    ("inverse_transform_sample", column_of_samples, "expected (4000,)"),
    ("inverse_transform_sample", normal_draws_as_u, "probabilities u in [0, 1]"),
    ("inverse_transform_sample", uniforms_through_cdf_like_shift, None),
    ("exponential_inverse_cdf", quantile_scipy, "asks you not to use"),
    ("exponential_inverse_cdf", quantile_log_one_minus_u, "np.log1p"),
    ("inverse_transform_sample", global_random, "asks you not to use"),
    ("inverse_transform_sample", global_rand, "asks you not to use"),
    ("inverse_transform_sample", global_random_sample, "asks you not to use"),
    ("inverse_transform_sample", global_uniform, "asks you not to use"),
    ("inverse_transform_sample", own_fixed_generator, "does not change when rng does"),
    ("inverse_transform_sample", generator_exponential, "asks you not to use"),
    ("inverse_transform_sample", generator_standard_exponential, "asks you not to use"),
    ("inverse_transform_sample", generator_logistic, "asks you not to use"),
    ("inverse_transform_sample", scipy_uniforms, "asks you not to use"),
    ("inverse_transform_sample", sorted_samples, "sorted"),
    ("inverse_transform_sample", list_of_samples, "NumPy array"),
]
