def gaussian_nb_predict(X, classes, priors, means, variances):
    """Return (labels, log_posterior) of Gaussian naive Bayes for the rows of X, computed in log space."""
    X = np.asarray(X, dtype=float)
    classes = np.asarray(classes)
    priors = np.asarray(priors, dtype=float)
    means = np.asarray(means, dtype=float)
    variances = np.asarray(variances, dtype=float)
    if means.ndim != 2:
        raise ValueError("means must have shape (C, D)")
    C, D = means.shape
    if classes.shape != (C,) or priors.shape != (C,) or variances.shape != (C, D):
        raise ValueError("classes, priors, means and variances do not describe the same C classes")
    if X.ndim != 2 or X.shape[1] != D:
        raise ValueError(f"X must have shape (M, {D}), got {X.shape}")
    if np.any(priors <= 0) or np.any(variances <= 0):
        raise ValueError("priors and variances must be positive")
    squared = (X[:, None, :] - means[None, :, :]) ** 2 / variances           # (M, C, D)
    log_joint = np.log(priors) - 0.5 * np.sum(np.log(2 * np.pi * variances) + squared, axis=2)
    shift = np.max(log_joint, axis=1, keepdims=True)
    log_evidence = shift + np.log(np.sum(np.exp(log_joint - shift), axis=1, keepdims=True))
    return classes[np.argmax(log_joint, axis=1)], log_joint - log_evidence
