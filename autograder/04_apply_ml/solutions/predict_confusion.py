def predict(params, X):
    """Return the predicted class of every row of X: the column of its largest logit."""
    return np.argmax(mlp_forward(params, X)[2], axis=1)


def confusion_matrix(y_true, y_pred, k):
    """Return the (k, k) integer matrix counting examples of true class i predicted as class j."""
    y_true = np.asarray(y_true)
    y_pred = np.asarray(y_pred)
    if y_true.ndim != 1 or y_true.shape != y_pred.shape:
        raise ValueError(f"label arrays of shapes {y_true.shape} and {y_pred.shape} do not match")
    if y_true.size and (min(y_true.min(), y_pred.min()) < 0 or max(y_true.max(), y_pred.max()) >= k):
        raise ValueError(f"labels must lie in 0..{k - 1}")
    C = np.zeros((k, k), dtype=int)
    np.add.at(C, (y_true.astype(int), y_pred.astype(int)), 1)
    return C
