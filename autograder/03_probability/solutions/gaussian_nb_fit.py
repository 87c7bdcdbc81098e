def gaussian_nb_fit(X, y, var_smoothing=1e-9):
    """Return (classes, priors, means, variances) of a Gaussian naive Bayes model fitted to X and y."""
    X = np.asarray(X, dtype=float)
    y = np.asarray(y)
    if X.ndim != 2 or X.shape[0] == 0 or X.shape[1] == 0:
        raise ValueError(f"X must have shape (N, D) with N, D >= 1, got {X.shape}")
    if y.shape != (X.shape[0],):
        raise ValueError(f"y must hold {X.shape[0]} labels, got shape {y.shape}")
    if var_smoothing < 0:
        raise ValueError("var_smoothing must be non-negative")
    largest = np.max(np.mean((X - X.mean(axis=0)) ** 2, axis=0))
    epsilon = var_smoothing * (largest if largest > 0 else 1.0)
    classes = np.unique(y)
    priors = np.empty(len(classes))
    means = np.empty((len(classes), X.shape[1]))
    variances = np.empty_like(means)
    for c, label in enumerate(classes):
        X_c = X[y == label]
        priors[c] = len(X_c) / len(X)
        means[c] = X_c.mean(axis=0)
        variances[c] = np.mean((X_c - means[c]) ** 2, axis=0) + epsilon
    return classes, priors, means, variances
