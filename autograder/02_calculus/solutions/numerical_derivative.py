def numerical_derivative(f, x):
    """Return f'(x) by a central difference whose step h = eps**(1/3) * max(1, |x|) it picks itself."""
    x = np.asarray(x, dtype=float)
    h = np.finfo(float).eps ** (1 / 3) * np.maximum(1.0, np.abs(x))
    h = (x + h) - x          # a step that is exactly representable next to x
    return ((f(x + h) - f(x - h)) / (2.0 * h))[()]
