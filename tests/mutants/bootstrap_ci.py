"""Wrong implementations of `bootstrap_ci`."""
import numpy as np

from course.runtime.functions.inference import normal_ppf


def _validated(x, confidence, n_boot):
    x = np.asarray(x, dtype=float)
    if x.size < 2 or not 0 < confidence < 1 or n_boot < 1:
        raise ValueError("bad arguments")
    return x


def without_replacement(x, confidence, n_boot, rng):
    x = _validated(x, confidence, n_boot)
    boot = np.array([rng.permutation(x).mean() for _ in range(n_boot)])
    low, high = np.quantile(boot, [(1 - confidence) / 2, (1 + confidence) / 2])
    return float(low), float(high), boot


def single_values(x, confidence, n_boot, rng):
    x = _validated(x, confidence, n_boot)
    boot = x[rng.integers(0, x.size, size=n_boot)]
    low, high = np.quantile(boot, [(1 - confidence) / 2, (1 + confidence) / 2])
    return float(low), float(high), boot


def one_tail_levels(x, confidence, n_boot, rng):
    x = _validated(x, confidence, n_boot)
    boot = x[rng.integers(0, x.size, size=(n_boot, x.size))].mean(axis=1)
    low, high = np.quantile(boot, [1 - confidence, confidence])
    return float(low), float(high), boot


def normal_interval(x, confidence, n_boot, rng):
    x = _validated(x, confidence, n_boot)
    boot = x[rng.integers(0, x.size, size=(n_boot, x.size))].mean(axis=1)
    half = normal_ppf((1 + confidence) / 2) * np.std(x, ddof=1) / np.sqrt(x.size)
    return float(x.mean() - half), float(x.mean() + half), boot


def resamples_too_small(x, confidence, n_boot, rng):
    x = _validated(x, confidence, n_boot)
    m = max(1, x.size // 2)
    boot = x[rng.integers(0, x.size, size=(n_boot, m))].mean(axis=1)
    low, high = np.quantile(boot, [(1 - confidence) / 2, (1 + confidence) / 2])
    return float(low), float(high), boot


def same_resample_every_time(x, confidence, n_boot, rng):
    x = _validated(x, confidence, n_boot)
    idx = rng.integers(0, x.size, size=x.size)
    boot = np.full(n_boot, x[idx].mean())
    return float(boot[0]), float(boot[0]), boot


def scipy_bootstrap(x, confidence, n_boot, rng):
    from scipy import stats
    x = _validated(x, confidence, n_boot)
    res = stats.bootstrap((x,), np.mean, n_resamples=n_boot, confidence_level=confidence,
                          method="percentile", random_state=rng)
    boot = res.bootstrap_distribution
    return float(res.confidence_interval.low), float(res.confidence_interval.high), boot


def global_random_state(x, confidence, n_boot, rng):
    x = _validated(x, confidence, n_boot)
    boot = x[np.random.randint(0, x.size, size=(n_boot, x.size))].mean(axis=1)
    low, high = np.quantile(boot, [(1 - confidence) / 2, (1 + confidence) / 2])
    return float(low), float(high), boot


def own_fixed_seed(x, confidence, n_boot, rng):
    x = _validated(x, confidence, n_boot)
    gen = np.random.default_rng(0)
    boot = x[gen.integers(0, x.size, size=(n_boot, x.size))].mean(axis=1)
    low, high = np.quantile(boot, [(1 - confidence) / 2, (1 + confidence) / 2])
    return float(low), float(high), boot


def replicates_as_list(x, confidence, n_boot, rng):
    x = _validated(x, confidence, n_boot)
    boot = [float(x[rng.integers(0, x.size, size=x.size)].mean()) for _ in range(n_boot)]
    low, high = np.quantile(boot, [(1 - confidence) / 2, (1 + confidence) / 2])
    return float(low), float(high), boot


def quantiles_as_arrays(x, confidence, n_boot, rng):
    x = _validated(x, confidence, n_boot)
    boot = x[rng.integers(0, x.size, size=(n_boot, x.size))].mean(axis=1)
    low, high = np.quantile(boot, [[(1 - confidence) / 2], [(1 + confidence) / 2]])
    return low, high, boot


MUTANTS = [
    ("bootstrap_ci", without_replacement, "WITHOUT replacement"),
    ("bootstrap_ci", single_values, "not means"),
    ("bootstrap_ci", one_tail_levels, "EACH tail"),
    ("bootstrap_ci", normal_interval, "read off your own boot_means"),
    ("bootstrap_ci", resamples_too_small, "exactly n values"),
    ("bootstrap_ci", same_resample_every_time, "draw a fresh resample"),
    ("bootstrap_ci", scipy_bootstrap, "asks you not to use"),
    ("bootstrap_ci", global_random_state, "never from np.random"),
    ("bootstrap_ci", own_fixed_seed, "does not change when rng does"),
    ("bootstrap_ci", replicates_as_list, "asks for a NumPy array"),
    ("bootstrap_ci", quantiles_as_arrays, "single finite number"),
]
