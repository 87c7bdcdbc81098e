"""Wrong implementations of `gaussian_nb_predict`."""
import numpy as np


def _checked(X, classes, priors, means, variances):
    X = np.asarray(X, dtype=float)
    classes = np.asarray(classes)
    priors, means, variances = (np.asarray(a, dtype=float) for a in (priors, means, variances))
    C, D = means.shape
    if classes.shape != (C,) or priors.shape != (C,) or variances.shape != (C, D) \
            or X.ndim != 2 or X.shape[1] != D or np.any(priors <= 0) or np.any(variances <= 0):
        raise ValueError("bad input")
    return X, classes, priors, means, variances


def _log_joint(X, priors, means, variances, *, s2=None, normaliser=True, prior=True):
    s2 = variances if s2 is None else s2
    terms = (X[:, None, :] - means) ** 2 / s2 + (np.log(2 * np.pi * s2) if normaliser else 0.0)
    return (np.log(priors) if prior else 0.0) - 0.5 * terms.sum(axis=2)


def _normalise(log_joint):
    shift = log_joint.max(axis=1, keepdims=True)
    return log_joint - shift - np.log(np.exp(log_joint - shift).sum(axis=1, keepdims=True))


def probability_space(X, classes, priors, means, variances):
    X, classes, priors, means, variances = _checked(X, classes, priors, means, variances)
    density = np.exp(-(X[:, None, :] - means) ** 2 / (2 * variances)) / np.sqrt(2 * np.pi * variances)
    joint = priors * density.prod(axis=2)
    with np.errstate(all="ignore"):
        posterior = joint / joint.sum(axis=1, keepdims=True)
        return classes[np.argmax(joint, axis=1)], np.log(posterior)


def variance_as_sd(X, classes, priors, means, variances):
    X, classes, priors, means, variances = _checked(X, classes, priors, means, variances)
    lj = _log_joint(X, priors, means, variances, s2=variances ** 2)
    return classes[np.argmax(lj, axis=1)], _normalise(lj)


def square_root_of_variance(X, classes, priors, means, variances):
    X, classes, priors, means, variances = _checked(X, classes, priors, means, variances)
    lj = _log_joint(X, priors, means, variances, s2=np.sqrt(variances))
    return classes[np.argmax(lj, axis=1)], _normalise(lj)


def no_prior(X, classes, priors, means, variances):
    X, classes, priors, means, variances = _checked(X, classes, priors, means, variances)
    lj = _log_joint(X, priors, means, variances, prior=False)
    return classes[np.argmax(lj, axis=1)], _normalise(lj)


def no_normaliser(X, classes, priors, means, variances):
    X, classes, priors, means, variances = _checked(X, classes, priors, means, variances)
    lj = _log_joint(X, priors, means, variances, normaliser=False)
    return classes[np.argmax(lj, axis=1)], _normalise(lj)


def returns_log_joint(X, classes, priors, means, variances):
    X, classes, priors, means, variances = _checked(X, classes, priors, means, variances)
    lj = _log_joint(X, priors, means, variances)
    return classes[np.argmax(lj, axis=1)], lj


def returns_probabilities(X, classes, priors, means, variances):
    X, classes, priors, means, variances = _checked(X, classes, priors, means, variances)
    lj = _log_joint(X, priors, means, variances)
    return classes[np.argmax(lj, axis=1)], np.exp(_normalise(lj))


def returns_indices(X, classes, priors, means, variances):
    X, classes, priors, means, variances = _checked(X, classes, priors, means, variances)
    lj = _log_joint(X, priors, means, variances)
    return np.argmax(lj, axis=1), _normalise(lj)


def log_sum_exp_without_shift(X, classes, priors, means, variances):
    X, classes, priors, means, variances = _checked(X, classes, priors, means, variances)
    lj = _log_joint(X, priors, means, variances)
    with np.errstate(all="ignore"):
        return classes[np.argmax(lj, axis=1)], lj - np.log(np.exp(lj).sum(axis=1, keepdims=True))


def no_validation(X, classes, priors, means, variances):
    X = np.atleast_2d(np.asarray(X, dtype=float))
    priors, means, variances = (np.asarray(a, dtype=float) for a in (priors, means, variances))
    with np.errstate(all="ignore"):
        lj = _log_joint(X[:, :means.shape[1]], priors[:, None].mean(axis=1) if priors.ndim == 1 else priors,
                        means, np.abs(variances) + 1e-300)
        return np.asarray(classes)[np.argmax(lj, axis=1)], _normalise(lj)


def scipy_logsumexp(X, classes, priors, means, variances):
    from scipy.special import logsumexp
    X, classes, priors, means, variances = _checked(X, classes, priors, means, variances)
    lj = _log_joint(X, priors, means, variances)
    return classes[np.argmax(lj, axis=1)], lj - logsumexp(lj, axis=1, keepdims=True)


def sklearn_model(X, classes, priors, means, variances):
    from sklearn.naive_bayes import GaussianNB
    X, classes, priors, means, variances = _checked(X, classes, priors, means, variances)
    model = GaussianNB()
    model.classes_, model.class_prior_, model.theta_, model.var_ = classes, priors, means, variances
    model.n_features_in_ = means.shape[1]
    return model.predict(X), model.predict_log_proba(X)


def last_class_on_ties(X, classes, priors, means, variances):
    X, classes, priors, means, variances = _checked(X, classes, priors, means, variances)
    lj = _log_joint(X, priors, means, variances)
    return classes[np.argsort(lj, axis=1, kind="stable")[:, -1]], _normalise(lj)


def log_posterior_as_list(X, classes, priors, means, variances):
    X, classes, priors, means, variances = _checked(X, classes, priors, means, variances)
    lj = _log_joint(X, priors, means, variances)
    return classes[np.argmax(lj, axis=1)], _normalise(lj).tolist()


MUTANTS = [
    ("gaussian_nb_predict", probability_space, "underflow to 0.0"),
    ("gaussian_nb_predict", variance_as_sd, "you used `variances` as standard deviations"),
    ("gaussian_nb_predict", square_root_of_variance, "you took the square root of the variances"),
    ("gaussian_nb_predict", no_prior, "ignores the class priors"),
    ("gaussian_nb_predict", no_normaliser, "you dropped the term −½ log(2πσ²)"),
    ("gaussian_nb_predict", returns_log_joint, "you returned the log joint"),
    ("gaussian_nb_predict", returns_probabilities, "you returned probabilities"),
    ("gaussian_nb_predict", returns_indices, "you returned class indices"),
    ("gaussian_nb_predict", log_sum_exp_without_shift, "underflow to 0.0"),
    ("gaussian_nb_predict", no_validation, "should raise ValueError"),
    ("gaussian_nb_predict", scipy_logsumexp, "asks you not to use"),
    ("gaussian_nb_predict", sklearn_model, "asks you not to use"),
    ("gaussian_nb_predict", last_class_on_ties, "the first of the tied classes"),
    ("gaussian_nb_predict", log_posterior_as_list, "asks for a NumPy array"),
]
