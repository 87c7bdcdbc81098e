"""Wrong implementations of `init_params`."""
import numpy as np


def _check(d, h, k):
    if min(d, h, k) < 1:
        raise ValueError("sizes")


def _params(W1, W2, h, k):
    return {"W1": W1, "b1": np.zeros(h), "W2": W2, "b2": np.zeros(k)}


def unscaled(d, h, k, rng):
    _check(d, h, k)
    return _params(rng.standard_normal((d, h)), rng.standard_normal((h, k)), h, k)


def lecun_scale(d, h, k, rng):
    _check(d, h, k)
    return _params(rng.standard_normal((d, h)) / np.sqrt(d), rng.standard_normal((h, k)) / np.sqrt(h), h, k)


def variance_as_standard_deviation(d, h, k, rng):
    _check(d, h, k)
    return _params(rng.standard_normal((d, h)) * 2 / d, rng.standard_normal((h, k)) * 2 / h, h, k)


def fan_out(d, h, k, rng):
    _check(d, h, k)
    return _params(rng.standard_normal((d, h)) * np.sqrt(2 / h), rng.standard_normal((h, k)) * np.sqrt(2 / k),
                   h, k)


def all_zeros(d, h, k, rng):
    _check(d, h, k)
    return _params(np.zeros((d, h)), np.zeros((h, k)), h, k)


def uniform_zero_one(d, h, k, rng):
    _check(d, h, k)
    return _params(rng.random((d, h)) * np.sqrt(2 / d), rng.random((h, k)) * np.sqrt(2 / h), h, k)


def random_biases(d, h, k, rng):
    _check(d, h, k)
    params = _params(rng.standard_normal((d, h)) * np.sqrt(2 / d),
                     rng.standard_normal((h, k)) * np.sqrt(2 / h), h, k)
    params["b1"] = 0.1 * rng.standard_normal(h)
    return params


def own_generator(d, h, k, rng):
    _check(d, h, k)
    mine = np.random.default_rng(0)
    return _params(mine.standard_normal((d, h)) * np.sqrt(2 / d),
                   mine.standard_normal((h, k)) * np.sqrt(2 / h), h, k)


def transposed(d, h, k, rng):
    _check(d, h, k)
    return _params(rng.standard_normal((h, d)) * np.sqrt(2 / d), rng.standard_normal((k, h)) * np.sqrt(2 / h),
                   h, k)


def no_size_check(d, h, k, rng):
    d, h, k = max(d, 0), max(h, 0), max(k, 0)
    return _params(rng.standard_normal((d, h)) * np.sqrt(2 / max(d, 1)),
                   rng.standard_normal((h, k)) * np.sqrt(2 / max(h, 1)), h, k)


def global_stream(d, h, k, rng):
    if min(d, h, k) < 1:
        raise ValueError("sizes")
    return {"W1": np.random.randn(d, h) * np.sqrt(2 / d), "b1": np.zeros(h),
            "W2": np.random.randn(h, k) * np.sqrt(2 / h), "b2": np.zeros(k)}


def scipy_normal(d, h, k, rng):
    from scipy import stats

    if min(d, h, k) < 1:
        raise ValueError("sizes")
    return {"W1": stats.norm(0, np.sqrt(2 / d)).rvs(size=(d, h), random_state=rng), "b1": np.zeros(h),
            "W2": stats.norm(0, np.sqrt(2 / h)).rvs(size=(h, k), random_state=rng), "b2": np.zeros(k)}


def sklearn_random_state(d, h, k, rng):
    from sklearn.utils import check_random_state

    if min(d, h, k) < 1:
        raise ValueError("sizes")
    state = check_random_state(int(rng.integers(2**31)))
    return {"W1": state.standard_normal((d, h)) * np.sqrt(2 / d), "b1": np.zeros(h),
            "W2": state.standard_normal((h, k)) * np.sqrt(2 / h), "b2": np.zeros(k)}


MUTANTS = [
    ("init_params", global_stream, "draw every random number from the generator you are given"),
    ("init_params", scipy_normal, "asks you not to use"),
    ("init_params", sklearn_random_state, "asks you not to use"),

    ("init_params", unscaled, "standard deviation about 1"),
    ("init_params", lecun_scale, "He initialisation uses √(2 / fan-in)"),
    ("init_params", variance_as_standard_deviation, "which is the VARIANCE"),
    ("init_params", fan_out, "the fan-in is its number of inputs"),
    ("init_params", all_zeros, "stays identical to the others"),
    ("init_params", uniform_zero_one, "rng.random draws from [0, 1)"),
    ("init_params", random_biases, "must start at zero"),
    ("init_params", own_generator, "use the generator you are given"),
    ("init_params", transposed, "W1 is transposed"),
    ("init_params", no_size_check, None),
]


# --- added (red team, step 4): slips found by an independent bank of wrong answers ----------

def he_uniform(d, h, k, rng):
    if min(d, h, k) < 1:
        raise ValueError("sizes must be at least 1")
    a1, a2 = np.sqrt(6.0 / d), np.sqrt(6.0 / h)
    return {"W1": rng.uniform(-a1, a1, size=(d, h)), "b1": np.zeros(h),
            "W2": rng.uniform(-a2, a2, size=(h, k)), "b2": np.zeros(k)}


def glorot_normal(d, h, k, rng):
    if min(d, h, k) < 1:
        raise ValueError("sizes must be at least 1")
    return {"W1": rng.standard_normal((d, h)) * np.sqrt(2.0 / (d + h)), "b1": np.zeros(h),
            "W2": rng.standard_normal((h, k)) * np.sqrt(2.0 / (h + k)), "b2": np.zeros(k)}


MUTANTS += [("init_params", he_uniform, "not normally distributed"),
            ("init_params", glorot_normal, "Glorot")]
