def correlation_matrix(X):
    """Return the (D, D) correlation matrix of the columns of the (N, D) array X."""
    C = covariance_matrix(X)
    std = np.sqrt(np.diag(C))
    if np.any(std == 0):
        raise ValueError("a column has zero variance: its correlation is undefined")
    return C / np.outer(std, std)
