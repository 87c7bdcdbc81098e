def taylor_polynomial(derivatives, a, x):
    """Return sum_k derivatives[k] / k! * (x - a)**k, elementwise in x."""
    derivatives = np.asarray(derivatives, dtype=float)
    if derivatives.ndim != 1 or len(derivatives) == 0:
        raise ValueError("derivatives must be a non-empty 1-D sequence [f(a), f'(a), ...]")
    x = np.asarray(x, dtype=float)
    step = x - a
    term = np.ones_like(x)          # (x - a)**k / k!, starting at k = 0
    total = np.zeros_like(x)
    for k, d in enumerate(derivatives):
        if k > 0:
            term = term * step / k
        total = total + d * term
    return total[()]
