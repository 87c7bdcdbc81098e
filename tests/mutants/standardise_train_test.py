"""Wrong implementations of `standardise` (question standardise_train_test)."""
import numpy as np


def _arrays(X_train, X_test):
    X_train, X_test = np.asarray(X_train, dtype=float), np.asarray(X_test, dtype=float)
    if X_train.ndim != 2 or X_test.ndim != 2 or len(X_train) == 0 \
            or X_train.shape[1] != X_test.shape[1]:
        raise ValueError("bad shapes")
    return X_train, X_test


def _std(X, ddof=0):
    std = X.std(axis=0, ddof=ddof)
    std[np.ptp(X, axis=0) == 0] = 1.0
    return std


def test_own_statistics(X_train, X_test):
    X_train, X_test = _arrays(X_train, X_test)
    return ((X_train - X_train.mean(axis=0)) / _std(X_train),
            (X_test - X_test.mean(axis=0)) / _std(X_test))


def divides_by_zero(X_train, X_test):
    X_train, X_test = _arrays(X_train, X_test)
    mean, std = X_train.mean(axis=0), X_train.std(axis=0)
    with np.errstate(all="ignore"):
        return (X_train - mean) / std, (X_test - mean) / std


def std_equals_zero_test(X_train, X_test):
    X_train, X_test = _arrays(X_train, X_test)
    mean, std = X_train.mean(axis=0), X_train.std(axis=0)
    std[std == 0] = 1.0
    return (X_train - mean) / std, (X_test - mean) / std


def sample_std(X_train, X_test):
    X_train, X_test = _arrays(X_train, X_test)
    mean, std = X_train.mean(axis=0), _std(X_train, ddof=1) if len(X_train) > 1 else np.ones(X_train.shape[1])
    return (X_train - mean) / std, (X_test - mean) / std


def pooled_statistics(X_train, X_test):
    X_train, X_test = _arrays(X_train, X_test)
    both = np.vstack([X_train, X_test])
    mean, std = both.mean(axis=0), _std(both)
    return (X_train - mean) / std, (X_test - mean) / std


def centres_only(X_train, X_test):
    X_train, X_test = _arrays(X_train, X_test)
    mean = X_train.mean(axis=0)
    return X_train - mean, X_test - mean


def scales_in_place(X_train, X_test):
    if np.ndim(X_train) != 2 or np.ndim(X_test) != 2 or np.shape(X_train)[1] != np.shape(X_test)[1] \
            or len(X_train) == 0:
        raise ValueError("bad shapes")
    X_train = np.asarray(X_train, dtype=float)
    X_test = np.asarray(X_test, dtype=float)
    mean, std = X_train.mean(axis=0), _std(X_train)
    X_test -= mean
    X_test /= std
    X_train -= mean
    X_train /= std
    return X_train, X_test


def no_shape_checks(X_train, X_test):
    X_train, X_test = np.asarray(X_train, dtype=float), np.asarray(X_test, dtype=float)
    mean, std = X_train.mean(axis=0), X_train.std(axis=0)
    std = np.where(np.ptp(X_train, axis=0) == 0, 1.0, std)
    return (X_train - mean) / std, (X_test - mean) / std


MUTANTS = [
    ("standardise", test_own_statistics, "OWN mean and std"),
    ("standardise", divides_by_zero, "std 0"),
    ("standardise", std_equals_zero_test, "max(axis=0) =="),
    ("standardise", sample_std, "ddof=0"),
    ("standardise", pooled_statistics, "training and test sets together"),
    ("standardise", centres_only, None),
    ("standardise", scales_in_place, "in place"),
    ("standardise", no_shape_checks, None),
]


# --- added: bans (np.cov, SciPy, scikit-learn), absolute thresholds --------------------------------
import scipy.stats
from sklearn.preprocessing import StandardScaler


def sklearn_scaler(X_train, X_test):
    X_train, X_test = _arrays(X_train, X_test)
    scaler = StandardScaler().fit(X_train)
    return scaler.transform(X_train), scaler.transform(X_test)


def scipy_zscore_statistics(X_train, X_test):
    X_train, X_test = _arrays(X_train, X_test)
    mean = X_train.mean(axis=0)
    std = np.sqrt(scipy.stats.tvar(X_train, axis=0) * (len(X_train) - 1) / len(X_train)) \
        if len(X_train) > 1 else np.zeros(X_train.shape[1])
    std[np.ptp(X_train, axis=0) == 0] = 1.0
    return (X_train - mean) / std, (X_test - mean) / std


def variance_from_np_cov(X_train, X_test):
    X_train, X_test = _arrays(X_train, X_test)
    mean = X_train.mean(axis=0)
    std = np.sqrt(np.atleast_1d(np.diag(np.atleast_2d(np.cov(X_train, rowvar=False, bias=True)))))
    std[np.ptp(X_train, axis=0) == 0] = 1.0
    return (X_train - mean) / std, (X_test - mean) / std


def std_below_threshold(X_train, X_test):
    X_train, X_test = _arrays(X_train, X_test)
    mean, std = X_train.mean(axis=0), X_train.std(axis=0)
    std[std < 1e-8] = 1.0
    return (X_train - mean) / std, (X_test - mean) / std


MUTANTS += [
    ("standardise", sklearn_scaler, "asks you not to use"),
    ("standardise", scipy_zscore_statistics, "asks you not to use"),
    ("standardise", variance_from_np_cov, "asks you not to use"),
    ("standardise", std_below_threshold, "absolute threshold"),
]


def _plain(X_train, X_test):
    A, B = np.asarray(X_train, dtype=float), np.asarray(X_test, dtype=float)
    mean, std = A.mean(axis=0), A.std(axis=0)
    std[np.ptp(A, axis=0) == 0] = 1.0
    return A, B, mean, std


def rejects_empty_test_set(X_train, X_test):
    A, B = np.asarray(X_train, dtype=float), np.asarray(X_test, dtype=float)
    if A.ndim != 2 or B.ndim != 2 or len(A) == 0 or len(B) == 0 or A.shape[1] != B.shape[1]:
        raise ValueError("bad shapes")
    A, B, mean, std = _plain(A, B)
    return (A - mean) / std, (B - mean) / std


def accepts_1d_test_point(X_train, X_test):
    A, B = np.asarray(X_train, dtype=float), np.atleast_2d(np.asarray(X_test, dtype=float))
    if A.ndim != 2 or B.ndim != 2 or len(A) == 0 or A.shape[1] != B.shape[1]:
        raise ValueError("bad shapes")
    A, B, mean, std = _plain(A, B)
    return (A - mean) / std, (B - mean) / std


def zeroes_constant_test_columns(X_train, X_test):
    A, B = np.asarray(X_train, dtype=float), np.asarray(X_test, dtype=float)
    if A.ndim != 2 or B.ndim != 2 or len(A) == 0 or A.shape[1] != B.shape[1]:
        raise ValueError("bad shapes")
    constant = np.ptp(A, axis=0) == 0
    A, B, mean, std = _plain(A, B)
    train_z, test_z = (A - mean) / std, (B - mean) / std
    train_z[:, constant] = 0.0
    test_z[:, constant] = 0.0
    return train_z, test_z


MUTANTS += [
    ("standardise", rejects_empty_test_set, "only an empty TRAINING set raises"),
    ("standardise", accepts_1d_test_point, None),
    ("standardise", zeroes_constant_test_columns, "was set to 0 in the test set"),
]


# --- added (red team 3): the one-pass variance mean(x²) − mean(x)², which cancels catastrophically
# on values far from the origin ------------------------------------------------------------------------
def one_pass_variance(X_train, X_test):
    A = np.array(X_train, dtype=float)
    B = np.array(X_test, dtype=float)
    if A.ndim != 2 or B.ndim != 2 or A.shape[0] == 0 or A.shape[1] != B.shape[1]:
        raise ValueError("X_train and X_test must be 2-D with the same columns, X_train non-empty")
    mean = A.mean(axis=0)
    std = np.sqrt(np.maximum((A ** 2).mean(axis=0) - mean ** 2, 0.0))
    std[A.max(axis=0) == A.min(axis=0)] = 1.0
    return (A - mean) / std, (B - mean) / std


MUTANTS += [("standardise", one_pass_variance, "catastrophic cancellation")]
