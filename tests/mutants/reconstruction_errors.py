"""Wrong implementations of `reconstruction_errors`."""
import numpy as np


def _fit(X):
    mean = X.mean(axis=0)
    _, s, Vh = np.linalg.svd(X - mean, full_matrices=True)
    values = np.zeros(X.shape[1])
    values[:len(s)] = s ** 2 / (len(X) - 1)
    return values, Vh.T, mean


def _errors(X, mean, V, ks, add_mean_back=True, per_entry=False, squared=True):
    out = []
    for k in ks:
        rebuilt = (X - mean) @ V[:, :k] @ V[:, :k].T + (mean if add_mean_back else 0.0)
        squares = (X - rebuilt) ** 2
        error = squares.mean() if per_entry else np.mean(np.sum(squares, axis=1))
        out.append(error if squared else np.sqrt(error))
    return np.array(out)


def _data(X_train, X_test):
    return np.asarray(X_train, dtype=float), np.asarray(X_test, dtype=float)


def per_entry_mean(X_train, X_test, ks):
    X_train, X_test = _data(X_train, X_test)
    _, V, mean = _fit(X_train)
    return (_errors(X_train, mean, V, ks, per_entry=True),
            _errors(X_test, mean, V, ks, per_entry=True))


def no_mean_back(X_train, X_test, ks):
    X_train, X_test = _data(X_train, X_test)
    _, V, mean = _fit(X_train)
    return (_errors(X_train, mean, V, ks, add_mean_back=False),
            _errors(X_test, mean, V, ks, add_mean_back=False))


def test_own_mean(X_train, X_test, ks):
    X_train, X_test = _data(X_train, X_test)
    _, V, mean = _fit(X_train)
    return _errors(X_train, mean, V, ks), _errors(X_test, X_test.mean(axis=0), V, ks)


def from_eigenvalues_without_factor(X_train, X_test, ks):
    X_train, X_test = _data(X_train, X_test)
    values, V, mean = _fit(X_train)
    return np.array([values[k:].sum() for k in ks]), _errors(X_test, mean, V, ks)


def root_mean_squared(X_train, X_test, ks):
    X_train, X_test = _data(X_train, X_test)
    _, V, mean = _fit(X_train)
    return (_errors(X_train, mean, V, ks, squared=False),
            _errors(X_test, mean, V, ks, squared=False))


def refits_on_test(X_train, X_test, ks):
    X_train, X_test = _data(X_train, X_test)
    _, V, mean = _fit(X_train)
    _, V_test, mean_test = _fit(X_test)
    return _errors(X_train, mean, V, ks), _errors(X_test, mean_test, V_test, ks)


def uncentred_fit(X_train, X_test, ks):
    X_train, X_test = _data(X_train, X_test)
    mean = X_train.mean(axis=0)
    _, _, Vh = np.linalg.svd(X_train, full_matrices=True)
    return _errors(X_train, mean, Vh.T, ks), _errors(X_test, mean, Vh.T, ks)


MUTANTS = [
    ("reconstruction_errors", per_entry_mean, "all N·D entries"),
    ("reconstruction_errors", no_mean_back, "mean was not added back"),
    ("reconstruction_errors", test_own_mean, "TRAINING mean"),
    ("reconstruction_errors", from_eigenvalues_without_factor, "without the factor (N − 1)/N"),
    ("reconstruction_errors", root_mean_squared, "square roots"),
    ("reconstruction_errors", refits_on_test, "fitted on the test set"),
    ("reconstruction_errors", uncentred_fit, None),
]


# --- added: bans (np.cov, SciPy, scikit-learn), lists instead of arrays -----------------------------
import scipy.linalg
from sklearn.decomposition import PCA


def fit_with_np_cov(X_train, X_test, ks):
    X_train, X_test = _data(X_train, X_test)
    mean = X_train.mean(axis=0)
    values, V = np.linalg.eigh(np.atleast_2d(np.cov(X_train, rowvar=False)))
    V = V[:, ::-1]
    return _errors(X_train, mean, V, ks), _errors(X_test, mean, V, ks)


def fit_with_scipy_svd(X_train, X_test, ks):
    X_train, X_test = _data(X_train, X_test)
    mean = X_train.mean(axis=0)
    _, _, Vh = scipy.linalg.svd(X_train - mean, full_matrices=True)
    return _errors(X_train, mean, Vh.T, ks), _errors(X_test, mean, Vh.T, ks)


def sklearn_pca_per_k(X_train, X_test, ks):
    X_train, X_test = _data(X_train, X_test)
    train, test = [], []
    for k in ks:
        pca = PCA(n_components=k).fit(X_train)
        for X, out in ((X_train, train), (X_test, test)):
            rebuilt = pca.inverse_transform(pca.transform(X))
            out.append(np.mean(np.sum((X - rebuilt) ** 2, axis=1)))
    return np.array(train), np.array(test)


def returns_lists(X_train, X_test, ks):
    X_train, X_test = _data(X_train, X_test)
    _, V, mean = _fit(X_train)
    return list(_errors(X_train, mean, V, ks)), list(_errors(X_test, mean, V, ks))


MUTANTS += [
    ("reconstruction_errors", fit_with_np_cov, "asks you not to use"),
    ("reconstruction_errors", fit_with_scipy_svd, "asks you not to use"),
    ("reconstruction_errors", sklearn_pca_per_k, "asks you not to use"),
    ("reconstruction_errors", returns_lists, "NumPy array"),
]


# --- added (red team, step 4): slips found by an independent bank of wrong answers ----------

def summed_over_points(X_train, X_test, ks):
    X_train, X_test = np.asarray(X_train, dtype=float), np.asarray(X_test, dtype=float)
    mean = X_train.mean(axis=0)
    N, D = X_train.shape
    V = np.linalg.svd(X_train - mean, full_matrices=N < D)[2].T

    def errors(X):
        return np.array([np.sum(((X - mean) - (X - mean) @ V[:, :k] @ V[:, :k].T) ** 2) for k in ks])
    return errors(X_train), errors(X_test)


MUTANTS += [("reconstruction_errors", summed_over_points, "N times too large")]
