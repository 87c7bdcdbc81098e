def standardise(X_train, X_test):
    """Return (train_z, test_z): both sets scaled with the column mean and std of X_train."""
    X_train = np.asarray(X_train, dtype=float)
    X_test = np.asarray(X_test, dtype=float)
    if X_train.ndim != 2 or X_test.ndim != 2:
        raise ValueError("both data sets must be 2-D arrays of shape (N, D)")
    if X_train.shape[0] == 0:
        raise ValueError("the training set has no rows")
    if X_train.shape[1] != X_test.shape[1]:
        raise ValueError(f"{X_train.shape[1]} training features but {X_test.shape[1]} test features")
    mean = X_train.mean(axis=0)
    std = X_train.std(axis=0)
    std[X_train.max(axis=0) == X_train.min(axis=0)] = 1.0
    return (X_train - mean) / std, (X_test - mean) / std
