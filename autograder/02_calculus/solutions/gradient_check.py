def gradient_check(f, grad_f, x, h=1e-5):
    """Return ||g_num - g|| / max(||g_num|| + ||g||, 1e-12) comparing grad_f(x) with central differences."""
    x = np.array(x, dtype=float)
    numeric = numerical_gradient(f, x, h)
    analytic = np.asarray(grad_f(x), dtype=float)
    if analytic.shape != numeric.shape:
        raise ValueError(f"grad_f(x) has shape {analytic.shape}, but x has shape {numeric.shape}")
    scale = max(np.linalg.norm(numeric) + np.linalg.norm(analytic), 1e-12)
    return float(np.linalg.norm(numeric - analytic) / scale)
