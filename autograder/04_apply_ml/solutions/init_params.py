def init_params(d, h, k, rng):
    """Return He-initialised weights W1 (d, h), W2 (h, k) and zero biases b1 (h,), b2 (k,) in a dict."""
    if min(d, h, k) < 1:
        raise ValueError(f"the layer sizes must be at least 1, got d={d}, h={h}, k={k}")
    return {
        "W1": rng.standard_normal((d, h)) * np.sqrt(2.0 / d),
        "b1": np.zeros(h),
        "W2": rng.standard_normal((h, k)) * np.sqrt(2.0 / h),
        "b2": np.zeros(k),
    }
