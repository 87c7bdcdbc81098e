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
]
