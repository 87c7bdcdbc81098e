"""Valid alternatives to `gaussian_nb_predict` that must earn full marks."""
import numpy as np


def expanded_quadratic(X, classes, priors, means, variances):
    """(x − μ)²/σ² expanded as x²/σ² − 2xμ/σ² + μ²/σ², with matrix products over the features."""
    X = np.asarray(X, dtype=float)
    classes = np.asarray(classes)
    priors, means, variances = (np.asarray(a, dtype=float) for a in (priors, means, variances))
    if means.ndim != 2 or variances.shape != means.shape or priors.shape != (means.shape[0],) \
            or classes.shape != priors.shape:
        raise ValueError("parameter shapes disagree")
    if X.ndim != 2 or X.shape[1] != means.shape[1]:
        raise ValueError("X has the wrong shape")
    if (priors <= 0).any() or (variances <= 0).any():
        raise ValueError("priors and variances must be positive")
    inv = 1.0 / variances
    quad = (X ** 2) @ inv.T - 2 * X @ (means * inv).T + np.sum(means ** 2 * inv, axis=1)
    log_joint = np.log(priors) - 0.5 * (np.sum(np.log(2 * np.pi * variances), axis=1) + quad)
    top = log_joint.max(axis=1, keepdims=True)
    log_post = log_joint - top - np.log(np.exp(log_joint - top).sum(axis=1, keepdims=True))
    return classes[log_post.argmax(axis=1)], log_post


def loop_over_classes(X, classes, priors, means, variances):
    X = np.asarray(X, dtype=float)
    classes = np.asarray(classes)
    priors = np.asarray(priors, dtype=float)
    means = np.asarray(means, dtype=float)
    variances = np.asarray(variances, dtype=float)
    if means.ndim != 2 or classes.shape != (len(means),) or priors.shape != (len(means),) \
            or variances.shape != means.shape or X.ndim != 2 or X.shape[1] != means.shape[1]:
        raise ValueError("shapes disagree")
    if np.any(priors <= 0) or np.any(variances <= 0):
        raise ValueError("priors and variances must be positive")
    log_joint = np.empty((len(X), len(classes)))
    for c in range(len(classes)):             # a loop over the classes, vectorised over the points
        z = (X - means[c]) ** 2 / variances[c]
        log_joint[:, c] = np.log(priors[c]) - 0.5 * (np.log(2 * np.pi * variances[c]) + z).sum(axis=1)
    m = np.max(log_joint, axis=1, keepdims=True)
    log_post = log_joint - (m + np.log(np.sum(np.exp(log_joint - m), axis=1, keepdims=True)))
    return classes[np.argmax(log_joint, axis=1)], log_post


ALTERNATIVES = [("gaussian_nb_predict", expanded_quadratic), ("gaussian_nb_predict", loop_over_classes)]
