def polynomial_features(x, degree):
    """Return the (m, degree + 1) float matrix whose column j is x ** j."""
    x = np.asarray(x, dtype=float)
    if x.ndim != 1:
        raise ValueError(f"x must be 1-D, got shape {x.shape}")
    if degree < 0:
        raise ValueError(f"the degree must be >= 0, got {degree}")
    return x[:, None] ** np.arange(degree + 1)
