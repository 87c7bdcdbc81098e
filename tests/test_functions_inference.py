"""course.runtime.functions.inference is right: the normal and Student-t cdf, pdf and quantile against
scipy.stats and against closed forms, far into the tails, for df from 1 to 10^6."""
from __future__ import annotations

import math

import numpy as np
import pytest
from scipy import stats

from course.runtime.functions import inference as inf

DFS = [1, 1.5, 2, 3, 4.7, 5, 9, 10, 29.3, 30, 100, 1000, 12345.6, 1e5, 1e6]


def _relative(got, ref):
    got, ref = np.asarray(got, dtype=float), np.asarray(ref, dtype=float)
    return np.max(np.abs(got - ref) / np.maximum(np.abs(ref), 1e-300))


# --- the normal distribution ---------------------------------------------------------------------

def test_normal_cdf_matches_scipy_in_both_tails():
    x = np.concatenate([np.linspace(-37, 37, 2001), [0.0, 1e-12, -1e-12]])
    got = inf.normal_cdf(x)
    # the lower tail (x <= 0) to full relative accuracy; the upper side to absolute accuracy
    low = x <= 0
    assert _relative(got[low], stats.norm.cdf(x[low])) < 1e-12
    assert np.max(np.abs(got - stats.norm.cdf(x))) < 1e-15


def test_normal_pdf_matches_scipy():
    x = np.linspace(-30, 30, 601)
    assert _relative(inf.normal_pdf(x), stats.norm.pdf(x)) < 1e-13


def test_normal_ppf_matches_scipy_everywhere():
    rng = np.random.default_rng(0)
    p = np.concatenate([rng.uniform(size=5000), np.logspace(-300, -1, 300),
                        1 - np.logspace(-16, -1, 50), 0.5 + np.logspace(-15, -2, 30),
                        0.5 - np.logspace(-15, -2, 30), [0.02425, 0.25, 0.75]])
    assert _relative(inf.normal_ppf(p), stats.norm.ppf(p)) < 1e-14


def test_normal_ppf_inverts_the_cdf():
    x = np.linspace(-8, 3, 221)   # beyond 3, cdf(x) = 1 - (tiny) has lost the digits that say x
    assert np.max(np.abs(inf.normal_ppf(inf.normal_cdf(x)) - x)) < 1e-12


def test_normal_ppf_edges_and_errors():
    assert inf.normal_ppf(0.5) == 0.0
    assert inf.normal_ppf(0.0) == -math.inf and inf.normal_ppf(1.0) == math.inf
    assert abs(inf.normal_ppf(0.975) - 1.959963984540054) < 1e-15
    for bad in (-0.1, 1.5, math.nan):
        with pytest.raises(ValueError):
            inf.normal_ppf(bad)


# --- Student's t: cdf ------------------------------------------------------------------------------

@pytest.mark.parametrize("df", DFS)
def test_t_cdf_matches_scipy(df):
    rng = np.random.default_rng(int(df * 10))
    t = np.concatenate([rng.normal(size=300 if df < 1e4 else 60) * 3,
                        np.linspace(-60, 60, 241 if df < 1e4 else 61), -np.logspace(-3, 3, 61), [0.0]])
    got = inf.t_cdf(t, df)
    ref = stats.t.cdf(t, df)
    low = (t <= 0) & (ref > 1e-280)
    assert _relative(got[low], ref[low]) < 1e-11         # the lower tail, relative
    assert np.max(np.abs(got - ref)) < 1e-13                 # everywhere, absolute


@pytest.mark.parametrize("t", [-1e12, -1e5, -300.0, -7.5, -2.0, -1e-3, -1e-9, 0.0, 1e-9, 0.4, 3.0, 1e6])
def test_t_cdf_closed_forms_for_one_and_two_degrees_of_freedom(t):
    # df = 1 is the Cauchy distribution; df = 2 has cdf 1/2 + t / (2 sqrt(2 + t^2))
    cauchy = 0.5 + math.atan(t) / math.pi if t > -1 else math.atan2(1.0, -t) / math.pi
    assert abs(inf.t_cdf(t, 1) - cauchy) <= 1e-13 * min(cauchy, 1.0)
    two = 0.5 + t / (2.0 * math.sqrt(2.0 + t * t)) if t > -1 else 1.0 / (
        math.sqrt(2.0 + t * t) * (math.sqrt(2.0 + t * t) - t))
    assert abs(inf.t_cdf(t, 2) - two) <= 1e-13 * min(two, 1.0)


def test_t_cdf_symmetry_and_small_arguments():
    for df in (1, 3, 17.5, 200):
        for t in (1e-12, 1e-6, 0.3, 4.0, 80.0):
            assert abs(inf.t_cdf(t, df) + inf.t_cdf(-t, df) - 1.0) < 1e-15
        # P(0 < T < t) ~ pdf(0) t for small t: the cdf keeps those digits
        tiny = 1e-10
        assert abs((inf.t_cdf(tiny, df) - 0.5) / (inf.t_pdf(0.0, df) * tiny) - 1) < 1e-5


def test_t_cdf_approaches_the_normal_for_large_df():
    x = np.linspace(-5, 5, 41)
    assert np.max(np.abs(inf.t_cdf(x, 1e6) - stats.norm.cdf(x))) < 1e-6


# --- Student's t: pdf and quantile -----------------------------------------------------------------

@pytest.mark.parametrize("df", DFS)
def test_t_pdf_matches_scipy(df):
    t = np.linspace(-50, 50, 401)
    assert _relative(inf.t_pdf(t, df), stats.t.pdf(t, df)) < 1e-11


@pytest.mark.parametrize("df", DFS)
def test_t_ppf_matches_scipy(df):
    rng = np.random.default_rng(int(df * 10) + 1)
    # (df above 10^4 takes the slower decimal route: fewer random points there)
    p = np.concatenate([rng.uniform(size=200 if df < 1e4 else 40), np.logspace(-12, -1, 23),
                        1 - np.logspace(-12, -1, 23),
                        [0.005, 0.025, 0.05, 0.1, 0.24, 0.25, 0.26, 0.4, 0.6, 0.75, 0.9, 0.95, 0.975]])
    assert _relative(inf.t_ppf(p, df), stats.t.ppf(p, df)) < 1e-10


@pytest.mark.parametrize("p", [1e-300, 1e-100, 1e-12, 1e-4, 0.01, 0.2, 0.3, 0.499, 0.5 - 1e-12, 0.5 + 1e-12,
                               0.75, 0.975, 1 - 1e-10])
def test_t_ppf_closed_forms_for_one_and_two_degrees_of_freedom(p):
    # exact inverses: df = 1, t = tan(pi (p - 1/2)); df = 2, t = (2p - 1) / sqrt(2 p (1 - p))
    lower = p < 0.5
    q = p if lower else 1.0 - p       # the smaller tail, exactly
    cauchy = -1.0 / math.tan(math.pi * q) if q < 0.25 else -math.tan(math.pi * (0.5 - q))
    two = -(1.0 - 2.0 * q) / math.sqrt(2.0 * q * (1.0 - q))
    sign = 1.0 if lower else -1.0
    assert abs(inf.t_ppf(p, 1) - sign * cauchy) <= 1e-12 * abs(cauchy)
    assert abs(inf.t_ppf(p, 2) - sign * two) <= 1e-12 * abs(two)


@pytest.mark.parametrize("df", [1, 2.5, 7, 60, 5000])
def test_t_ppf_inverts_the_cdf(df):
    p = np.concatenate([np.logspace(-15, -1, 15), np.linspace(0.1, 0.9, 17)])
    assert _relative(inf.t_cdf(inf.t_ppf(p, df), df), p) < 1e-11


def test_t_ppf_critical_values_from_tables():
    # two-sided 95% critical values, as printed in every statistics table
    table = {1: 12.706204736174707, 2: 4.302652729749464, 5: 2.570581835636315,
             10: 2.228138851986274, 30: 2.042272456301238, 120: 1.979930405082440}
    for df, critical in table.items():
        assert abs(inf.t_ppf(0.975, df) - critical) < 1e-11 * critical


def test_t_edges_and_errors():
    assert inf.t_ppf(0.5, 4) == 0.0 and inf.t_cdf(0.0, 4) == 0.5
    assert inf.t_ppf(0.0, 4) == -math.inf and inf.t_ppf(1.0, 4) == math.inf
    assert inf.t_cdf(math.inf, 3) == 1.0 and inf.t_cdf(-math.inf, 3) == 0.0
    assert inf.t_pdf(math.inf, 3) == 0.0
    for bad_df in (0, -1, math.nan, math.inf):
        with pytest.raises(ValueError):
            inf.t_cdf(1.0, bad_df)
        with pytest.raises(ValueError):
            inf.t_ppf(0.3, bad_df)
    for bad_p in (-0.01, 1.01, math.nan):
        with pytest.raises(ValueError):
            inf.t_ppf(bad_p, 5)


# --- types and shapes ------------------------------------------------------------------------------

def test_numbers_give_floats_and_arrays_give_arrays():
    assert type(inf.t_cdf(1, 3)) is float and type(inf.normal_ppf(np.float64(0.3))) is float
    assert type(inf.t_ppf(np.float32(0.9), np.int64(4))) is float
    out = inf.t_cdf(np.array([[-1.0, 0.0], [1.0, 2.0]]), 5)
    assert isinstance(out, np.ndarray) and out.shape == (2, 2)
    out = inf.t_ppf([0.1, 0.9], [3, 8])           # broadcast over both arguments
    assert out.shape == (2,) and abs(out[0] - stats.t.ppf(0.1, 3)) < 1e-12
    assert inf.normal_cdf([]).shape == (0,)


def test_scalar_calls_are_fast_enough_for_simulations():
    import time
    start = time.perf_counter()
    for i in range(1000):
        inf.t_cdf(-2.0 - i * 1e-3, 9)
    assert time.perf_counter() - start < 1.0   # about 25 microseconds a call on an idle machine
