def r_squared(y, y_pred):
    """Return the coefficient of determination 1 - SS_res / SS_tot of predictions y_pred for labels y."""
    y = np.asarray(y, dtype=float)
    y_pred = np.asarray(y_pred, dtype=float)
    if y.ndim == 2 and y.shape[1] == 1:
        y = y[:, 0]
    if y_pred.ndim == 2 and y_pred.shape[1] == 1:
        y_pred = y_pred[:, 0]
    if y.ndim != 1 or y_pred.shape != y.shape:
        raise ValueError(f"y and y_pred must hold the same number of values: {y.shape}, {y_pred.shape}")
    if y.size < 2 or np.all(y == y[0]):
        raise ValueError("R^2 is undefined when all labels are equal")
    ss_res = np.sum((y - y_pred) ** 2)
    ss_tot = np.sum((y - y.mean()) ** 2)
    return float(1.0 - ss_res / ss_tot)
