def explained_variance_ratio(eigenvalues):
    """Return each eigenvalue's share of the total variance."""
    eigenvalues = np.asarray(eigenvalues, dtype=float)
    total = eigenvalues.sum()
    if not total > 0:
        raise ValueError("the eigenvalues must have a positive sum")
    return eigenvalues / total


def choose_k(eigenvalues, fraction=0.9):
    """Return the smallest number of components whose explained-variance ratios sum to >= fraction."""
    if not 0 < fraction <= 1:
        raise ValueError(f"fraction must be in (0, 1], got {fraction}")
    cumulative = np.cumsum(explained_variance_ratio(eigenvalues))
    return int(np.argmax(cumulative >= fraction - 1e-12)) + 1
