"""Wrong implementations of `mlp_gradients`."""
import numpy as np


def _forward(X, Y, W1, b1, W2, b2):
    X, Y, W1, b1, W2, b2 = (np.asarray(a, dtype=float) for a in (X, Y, W1, b1, W2, b2))
    Z = X @ W1 + b1
    H = np.tanh(Z)
    R = H @ W2 + b2 - Y
    return X, W2, Z, H, R, X.shape[0]


def _grads(X, H, W2, delta2, slope):
    delta1 = (delta2 @ W2.T) * slope
    return {"W1": X.T @ delta1, "b1": delta1.sum(axis=0), "W2": H.T @ delta2, "b2": delta2.sum(axis=0)}


def missing_tanh_derivative(X, Y, W1, b1, W2, b2):
    X, W2, Z, H, R, m = _forward(X, Y, W1, b1, W2, b2)
    return float(np.sum(R ** 2) / (2 * m)), _grads(X, H, W2, R / m, 1.0)


def tanh_derivative_of_input(X, Y, W1, b1, W2, b2):
    X, W2, Z, H, R, m = _forward(X, Y, W1, b1, W2, b2)
    return float(np.sum(R ** 2) / (2 * m)), _grads(X, H, W2, R / m, 1.0 - Z ** 2)


def bias_summed_over_wrong_axis(X, Y, W1, b1, W2, b2):
    X, W2, Z, H, R, m = _forward(X, Y, W1, b1, W2, b2)
    grads = _grads(X, H, W2, R / m, 1.0 - H ** 2)
    grads["b1"] = ((R / m @ W2.T) * (1.0 - H ** 2)).sum(axis=1)
    return float(np.sum(R ** 2) / (2 * m)), grads


def weight_gradient_transposed(X, Y, W1, b1, W2, b2):
    X, W2, Z, H, R, m = _forward(X, Y, W1, b1, W2, b2)
    grads = _grads(X, H, W2, R / m, 1.0 - H ** 2)
    grads["W1"] = ((R / m @ W2.T) * (1.0 - H ** 2)).T @ X
    return float(np.sum(R ** 2) / (2 * m)), grads


def second_weight_transposed(X, Y, W1, b1, W2, b2):
    X, W2, Z, H, R, m = _forward(X, Y, W1, b1, W2, b2)
    grads = _grads(X, H, W2, R / m, 1.0 - H ** 2)
    grads["W2"] = (R / m).T @ H
    return float(np.sum(R ** 2) / (2 * m)), grads


def no_mean(X, Y, W1, b1, W2, b2):
    X, W2, Z, H, R, m = _forward(X, Y, W1, b1, W2, b2)
    return float(np.sum(R ** 2) / (2 * m)), _grads(X, H, W2, R, 1.0 - H ** 2)


def factor_two(X, Y, W1, b1, W2, b2):
    X, W2, Z, H, R, m = _forward(X, Y, W1, b1, W2, b2)
    return float(np.sum(R ** 2) / (2 * m)), _grads(X, H, W2, 2 * R / m, 1.0 - H ** 2)


def target_minus_prediction(X, Y, W1, b1, W2, b2):
    X, W2, Z, H, R, m = _forward(X, Y, W1, b1, W2, b2)
    return float(np.sum(R ** 2) / (2 * m)), _grads(X, H, W2, -R / m, 1.0 - H ** 2)


def loss_without_half(X, Y, W1, b1, W2, b2):
    X, W2, Z, H, R, m = _forward(X, Y, W1, b1, W2, b2)
    return float(np.sum(R ** 2) / m), _grads(X, H, W2, R / m, 1.0 - H ** 2)


def mutates_b1(X, Y, W1, b1, W2, b2):
    """Adds the bias into the caller's array (b1 += ...) while computing."""
    X, W2_, Z, H, R, m = _forward(X, Y, W1, b1, W2, b2)
    grads = _grads(X, H, W2_, R / m, 1.0 - H ** 2)
    if isinstance(b1, np.ndarray) and b1.dtype.kind == "f":
        b1 -= 0.0 * b1 + 1e-3
    return float(np.sum(R ** 2) / (2 * m)), grads


MUTANTS = [
    ("mlp_gradients", missing_tanh_derivative, "miss the derivative of tanh"),
    ("mlp_gradients", tanh_derivative_of_input, "you used 1 − Z²"),
    ("mlp_gradients", bias_summed_over_wrong_axis, "one entry per ROW of the batch"),
    ("mlp_gradients", weight_gradient_transposed, "dW1 came out transposed"),
    ("mlp_gradients", second_weight_transposed, "the gradient for W2 is transposed"),
    ("mlp_gradients", no_mean, "m times too large"),
    ("mlp_gradients", factor_two, "twice too large"),
    ("mlp_gradients", target_minus_prediction, "wrong sign"),
    ("mlp_gradients", loss_without_half, "the loss is twice too large"),
    ("mlp_gradients", mutates_b1, "modified b1 in place"),
]
