"""Wrong implementations of `mlp_backward`."""
import numpy as np


def _forward(params, X, y):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y)
    W1, b1, W2, b2 = (np.asarray(params[k], dtype=float) for k in ("W1", "b1", "W2", "b2"))
    Z1 = X @ W1 + b1
    A1 = np.maximum(Z1, 0.0)
    S = A1 @ W2 + b2
    S = S - S.max(axis=1, keepdims=True)
    log_p = S - np.log(np.exp(S).sum(axis=1, keepdims=True))
    m = len(y)
    loss = float(-log_p[np.arange(m), y].mean())
    P = np.exp(log_p)
    Y = np.eye(W2.shape[1])[y]
    return X, y, W2, Z1, A1, P, Y, m, loss


def _grads(X, W2, A1, delta2, slope):
    delta1 = (delta2 @ W2.T) * slope
    return {"W1": X.T @ delta1, "b1": delta1.sum(axis=0), "W2": A1.T @ delta2, "b2": delta2.sum(axis=0)}


def no_relu_mask(params, X, y):
    X, y, W2, Z1, A1, P, Y, m, loss = _forward(params, X, y)
    return loss, _grads(X, W2, A1, (P - Y) / m, 1.0)


def tanh_slope(params, X, y):
    X, y, W2, Z1, A1, P, Y, m, loss = _forward(params, X, y)
    return loss, _grads(X, W2, A1, (P - Y) / m, 1.0 - A1 ** 2)


def x_not_transposed(params, X, y):
    X, y, W2, Z1, A1, P, Y, m, loss = _forward(params, X, y)
    grads = _grads(X, W2, A1, (P - Y) / m, Z1 > 0)
    grads["W1"] = X @ (((P - Y) / m @ W2.T) * (Z1 > 0))
    return loss, grads


def first_weight_transposed(params, X, y):
    X, y, W2, Z1, A1, P, Y, m, loss = _forward(params, X, y)
    grads = _grads(X, W2, A1, (P - Y) / m, Z1 > 0)
    grads["W1"] = (((P - Y) / m @ W2.T) * (Z1 > 0)).T @ X
    return loss, grads


def bias_summed_over_wrong_axis(params, X, y):
    X, y, W2, Z1, A1, P, Y, m, loss = _forward(params, X, y)
    grads = _grads(X, W2, A1, (P - Y) / m, Z1 > 0)
    grads["b2"] = ((P - Y) / m).sum(axis=1)
    return loss, grads


def integer_labels(params, X, y):
    X, y, W2, Z1, A1, P, Y, m, loss = _forward(params, X, y)
    return loss, _grads(X, W2, A1, (P - y[:, None]) / m, Z1 > 0)


def no_mean(params, X, y):
    X, y, W2, Z1, A1, P, Y, m, loss = _forward(params, X, y)
    return loss, _grads(X, W2, A1, P - Y, Z1 > 0)


def divided_by_m_twice(params, X, y):
    X, y, W2, Z1, A1, P, Y, m, loss = _forward(params, X, y)
    grads = _grads(X, W2, A1, (P - Y) / m, Z1 > 0)
    return loss, {key: value / m for key, value in grads.items()}


def labels_minus_probabilities(params, X, y):
    X, y, W2, Z1, A1, P, Y, m, loss = _forward(params, X, y)
    return loss, _grads(X, W2, A1, (Y - P) / m, Z1 > 0)


def summed_loss(params, X, y):
    X, y, W2, Z1, A1, P, Y, m, loss = _forward(params, X, y)
    return m * loss, _grads(X, W2, A1, (P - Y) / m, Z1 > 0)


def updates_params_in_place(params, X, y):
    X_, y_, W2, Z1, A1, P, Y, m, loss = _forward(params, X, y)
    grads = _grads(X_, W2, A1, (P - Y) / m, Z1 > 0)
    if params["b1"].dtype.kind == "f":
        params["b1"] -= 0.1 * grads["b1"] + 1e-3
    return loss, grads


def scipy_softmax_gradient(params, X, y):
    from scipy.special import softmax

    X, y, W2, Z1, A1, P, Y, m, loss = _forward(params, X, y)
    S = A1 @ W2 + np.asarray(params["b2"], dtype=float)
    return loss, _grads(X, W2, A1, (softmax(S, axis=1) - Y) / m, Z1 > 0)


def sklearn_one_hot(params, X, y):
    from sklearn.preprocessing import label_binarize

    X, y, W2, Z1, A1, P, Y, m, loss = _forward(params, X, y)
    Y = label_binarize(y, classes=list(range(W2.shape[1])))
    return loss, _grads(X, W2, A1, (P - Y) / m, Z1 > 0)


def mask_from_the_wrong_layer(params, X, y):
    X, y, W2, Z1, A1, P, Y, m, loss = _forward(params, X, y)
    S = A1 @ W2
    return loss, _grads(X, W2, A1, (P - Y) / m, (S[:, :1] > 0) if S.shape[1] else 1.0)


MUTANTS = [
    ("mlp_backward", scipy_softmax_gradient, "asks you not to use"),
    ("mlp_backward", sklearn_one_hot, "asks you not to use"),
    ("mlp_backward", mask_from_the_wrong_layer, None),

    ("mlp_backward", no_relu_mask, "ignore the ReLU"),
    ("mlp_backward", tanh_slope, "you used the tanh derivative"),
    ("mlp_backward", x_not_transposed, "is Xᵀ Δ1, not X Δ1"),
    ("mlp_backward", first_weight_transposed, "the gradient for W1 is transposed"),
    ("mlp_backward", bias_summed_over_wrong_axis, "has one entry per example"),
    ("mlp_backward", integer_labels, "ONE-HOT"),
    ("mlp_backward", no_mean, "m times too large"),
    ("mlp_backward", divided_by_m_twice, "m times too small"),
    ("mlp_backward", labels_minus_probabilities, "wrong sign"),
    ("mlp_backward", summed_loss, "the loss is m times too large"),
    ("mlp_backward", updates_params_in_place, "modified params['b1'] in place"),
]
