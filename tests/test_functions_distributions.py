"""course.runtime.functions.distributions: the quantile functions and densities handed to learner code in
step 3, notebook 1 are right (against scipy.stats), element-wise, and cross to the kernel."""
import numpy as np
import pytest
from scipy import stats

from course import remote
from course.runtime.functions.distributions import (LOGISTIC_MEAN, LOGISTIC_VARIANCE, ExponentialQuantile,
                                            UniformQuantile, logistic_cdf, logistic_pdf,
                                            logistic_quantile)

U = np.concatenate([[0.0, 1e-12, 0.25, 0.5, 0.75, 1 - 1e-12], np.random.default_rng(0).random(200)])


@pytest.mark.parametrize("rate", [0.05, 0.25, 1.0, 2.0, 37.5])
def test_exponential_quantile_matches_scipy(rate):
    q = ExponentialQuantile(rate)
    np.testing.assert_allclose(q(U), stats.expon(scale=1 / rate).ppf(U), rtol=1e-12, atol=1e-300)
    assert q(1.0) == np.inf
    assert q(0.5).shape == ()


@pytest.mark.parametrize("low,high", [(-1.0, 3.0), (0.0, 1.0), (2.5, 2.75)])
def test_uniform_quantile_matches_scipy(low, high):
    q = UniformQuantile(low, high)
    np.testing.assert_allclose(q(U), stats.uniform(loc=low, scale=high - low).ppf(U), rtol=1e-14)


def test_logistic_functions_match_scipy():
    np.testing.assert_allclose(logistic_quantile(U[1:]), stats.logistic.ppf(U[1:]), rtol=1e-10,
                               atol=1e-14)
    x = np.concatenate([np.linspace(-40, 40, 801), [-800.0, 800.0]])
    np.testing.assert_allclose(logistic_cdf(x), stats.logistic.cdf(x), rtol=1e-12, atol=1e-300)
    np.testing.assert_allclose(logistic_pdf(x), stats.logistic.pdf(x), rtol=1e-12, atol=1e-300)
    assert logistic_quantile(0.0) == -np.inf and logistic_quantile(1.0) == np.inf
    assert LOGISTIC_MEAN == stats.logistic.mean()
    assert LOGISTIC_VARIANCE == pytest.approx(stats.logistic.var(), rel=1e-14)


def test_quantiles_invert_their_cdfs():
    u = U[1:-1]
    np.testing.assert_allclose(logistic_cdf(logistic_quantile(u)), u, rtol=1e-9, atol=1e-15)
    np.testing.assert_allclose(-np.expm1(-2.0 * ExponentialQuantile(2.0)(u)), u, rtol=1e-9, atol=1e-15)


def test_shapes_are_kept():
    u = np.random.default_rng(1).random((3, 4))
    for q in (ExponentialQuantile(1.5), UniformQuantile(0, 2), logistic_quantile):
        assert q(u).shape == (3, 4)
        assert q(u).dtype == np.float64


@pytest.mark.parametrize("bad", [-0.1, 1.5, np.array([0.2, -1e-9])])
def test_quantiles_reject_non_probabilities(bad):
    for q in (ExponentialQuantile(1.0), UniformQuantile(0, 1), logistic_quantile):
        with pytest.raises(ValueError, match="uniform numbers"):
            q(bad)


def test_bad_parameters_raise():
    with pytest.raises(ValueError):
        ExponentialQuantile(0.0)
    with pytest.raises(ValueError):
        UniformQuantile(1.0, 1.0)


def test_functions_and_instances_cross_to_the_kernel_as_plain_data():
    """Test cases hand these to learner code: they must survive course.remote's encoding."""
    sent = [ExponentialQuantile(2.0), UniformQuantile(-1.0, 3.0), logistic_quantile]
    received = remote.unpack(remote.pack(sent))
    assert type(received[0]) is ExponentialQuantile and received[0].rate == 2.0
    assert type(received[1]) is UniformQuantile and (received[1].low, received[1].high) == (-1.0, 3.0)
    assert received[2] is logistic_quantile
    for a, b in zip(sent, received):
        np.testing.assert_array_equal(a(U), b(U))
