def reconstruction_errors(X_train, X_test, ks):
    """Return (train_mse, test_mse): mean squared reconstruction errors of PCA fitted on X_train, one per k."""
    X_train = np.asarray(X_train, dtype=float)
    X_test = np.asarray(X_test, dtype=float)
    _, components, mean = pca_svd(X_train)
    train_mse, test_mse = [], []
    for k in ks:
        for X, errors in ((X_train, train_mse), (X_test, test_mse)):
            rebuilt = reconstruct(project(X, mean, components, k), mean, components)
            errors.append(np.mean(np.sum((X - rebuilt) ** 2, axis=1)))
    return np.array(train_mse), np.array(test_mse)
