"""Wrong implementations of `gaussian_nb_fit`."""
import numpy as np


def _checked(X, y, var_smoothing):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y)
    if X.ndim != 2 or X.shape[0] == 0 or X.shape[1] == 0 or y.shape != (X.shape[0],) or var_smoothing < 0:
        raise ValueError("bad input")
    largest = X.var(axis=0).max()
    return X, y, var_smoothing * (largest if largest > 0 else 1.0)


def _fit(X, y, classes, variance, epsilon, prior=lambda n_c, n: n_c / n):
    priors = np.array([prior(np.sum(y == c), len(y)) for c in classes], dtype=float)
    with np.errstate(all="ignore"):
        means = np.array([X[y == c].mean(axis=0) if np.any(y == c) else np.full(X.shape[1], np.nan)
                          for c in classes])
        variances = np.array([variance(X[y == c]) for c in classes]) + epsilon
    return classes, priors, means, variances


def _ml_var(X_c):
    return X_c.var(axis=0)


def ddof_one(X, y, var_smoothing=1e-9):
    X, y, eps = _checked(X, y, var_smoothing)
    return _fit(X, y, np.unique(y), lambda X_c: X_c.var(axis=0, ddof=1), eps)


def standard_deviations(X, y, var_smoothing=1e-9):
    X, y, eps = _checked(X, y, var_smoothing)
    return _fit(X, y, np.unique(y), lambda X_c: X_c.std(axis=0), eps)


def no_smoothing(X, y, var_smoothing=1e-9):
    X, y, eps = _checked(X, y, var_smoothing)
    return _fit(X, y, np.unique(y), _ml_var, 0.0)


def unscaled_smoothing(X, y, var_smoothing=1e-9):
    X, y, eps = _checked(X, y, var_smoothing)
    return _fit(X, y, np.unique(y), _ml_var, var_smoothing)


def counts_as_priors(X, y, var_smoothing=1e-9):
    X, y, eps = _checked(X, y, var_smoothing)
    return _fit(X, y, np.unique(y), _ml_var, eps, prior=lambda n_c, n: n_c)


def labels_as_indices(X, y, var_smoothing=1e-9):
    X, y, eps = _checked(X, y, var_smoothing)
    return _fit(X, y, np.arange(int(y.max()) + 1), _ml_var, eps)


def order_of_appearance(X, y, var_smoothing=1e-9):
    X, y, eps = _checked(X, y, var_smoothing)
    _, first = np.unique(y, return_index=True)
    return _fit(X, y, y[np.sort(first)], _ml_var, eps)


def smoothing_from_class_variances(X, y, var_smoothing=1e-9):
    X, y, _ = _checked(X, y, var_smoothing)
    classes = np.unique(y)
    largest = max(X[y == c].var(axis=0).max() for c in classes)
    return _fit(X, y, classes, _ml_var, var_smoothing * (largest if largest > 0 else 1.0))


def smoothing_with_ddof_one(X, y, var_smoothing=1e-9):
    X, y, _ = _checked(X, y, var_smoothing)
    largest = X.var(axis=0, ddof=1).max() if len(X) > 1 else 0.0
    return _fit(X, y, np.unique(y), _ml_var, var_smoothing * (largest if largest > 0 else 1.0))


def sklearn_one_liner(X, y, var_smoothing=1e-9):
    from sklearn.naive_bayes import GaussianNB
    X, y, _ = _checked(X, y, var_smoothing)
    model = GaussianNB(var_smoothing=var_smoothing).fit(X, y)
    return model.classes_, model.class_prior_, model.theta_, model.var_


def scipy_describe(X, y, var_smoothing=1e-9):
    from scipy import stats
    X, y, eps = _checked(X, y, var_smoothing)
    return _fit(X, y, np.unique(y), lambda X_c: stats.describe(X_c, axis=0, ddof=0).variance, eps)


def one_pass_variances(X, y, var_smoothing=1e-9):
    X, y, eps = _checked(X, y, var_smoothing)
    return _fit(X, y, np.unique(y), lambda X_c: (X_c ** 2).mean(axis=0) - X_c.mean(axis=0) ** 2, eps)


def priors_as_list(X, y, var_smoothing=1e-9):
    classes, priors, means, variances = _fit(*_checked(X, y, var_smoothing)[:2], np.unique(np.asarray(y)),
                                             _ml_var, _checked(X, y, var_smoothing)[2])
    return classes, priors.tolist(), means, variances


def absolute_fallback_threshold(X, y, var_smoothing=1e-9):
    X = np.asarray(X, dtype=float)
    X, y, _ = _checked(X, y, var_smoothing)
    largest = X.var(axis=0).max()
    return _fit(X, y, np.unique(y), _ml_var, var_smoothing * (largest if largest > 1e-12 else 1.0))


def uniform_priors(X, y, var_smoothing=1e-9):
    X, y, eps = _checked(X, y, var_smoothing)
    classes = np.unique(y)
    return _fit(X, y, classes, _ml_var, eps, prior=lambda n_c, n: 1 / len(classes))


MUTANTS = [
    ("gaussian_nb_fit", ddof_one, "divide by N_c − 1"),
    ("gaussian_nb_fit", standard_deviations, "you returned standard deviations"),
    ("gaussian_nb_fit", no_smoothing, "have no ε added"),
    ("gaussian_nb_fit", unscaled_smoothing, "you added var_smoothing itself"),
    ("gaussian_nb_fit", counts_as_priors, "not the class counts"),
    ("gaussian_nb_fit", labels_as_indices, "the labels are not 0, 1, …, C − 1 here"),
    ("gaussian_nb_fit", order_of_appearance, "np.unique(y)"),
    ("gaussian_nb_fit", smoothing_with_ddof_one, "the expected ε here is"),
    ("gaussian_nb_fit", smoothing_from_class_variances, "the largest per-feature variance of the WHOLE training set"),
    ("gaussian_nb_fit", sklearn_one_liner, "asks you not to use"),
    ("gaussian_nb_fit", scipy_describe, "asks you not to use"),
    ("gaussian_nb_fit", one_pass_variances, "Subtract the class mean first"),
    ("gaussian_nb_fit", priors_as_list, "asks for a NumPy array"),
    ("gaussian_nb_fit", absolute_fallback_threshold, "you added var_smoothing itself"),
    ("gaussian_nb_fit", uniform_priors, "frequency in the training set"),
]
