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


def _unpack(X, Y, W1, b1, W2, b2):
    return [np.asarray(a, dtype=float) for a in (X, Y, W1, b1, W2, b2)]


def _mlp_loss(X, Y, W1, b1, W2, b2):
    return float(np.sum((np.tanh(X @ W1 + b1) @ W2 + b2 - Y) ** 2) / (2 * X.shape[0]))


def scipy_approx_fprime(X, Y, W1, b1, W2, b2):
    from scipy.optimize import approx_fprime
    X, Y, W1, b1, W2, b2 = _unpack(X, Y, W1, b1, W2, b2)
    params = {"W1": W1, "b1": b1, "W2": W2, "b2": b2}
    grads = {}
    for key, value in params.items():
        def loss_of(flat, key=key, value=value):
            trial = dict(params, **{key: flat.reshape(value.shape)})
            return _mlp_loss(X, Y, **trial)
        grads[key] = approx_fprime(value.ravel(), loss_of, 1e-7).reshape(value.shape)
    return _mlp_loss(X, Y, W1, b1, W2, b2), grads


def central_differences(X, Y, W1, b1, W2, b2):
    X, Y, W1, b1, W2, b2 = _unpack(X, Y, W1, b1, W2, b2)
    params = {"W1": W1, "b1": b1, "W2": W2, "b2": b2}
    grads = {}
    for key, value in params.items():
        grad = np.zeros_like(value)
        for index in np.ndindex(value.shape):
            step = np.zeros_like(value)
            step[index] = 1e-5
            up = _mlp_loss(X, Y, **dict(params, **{key: value + step}))
            down = _mlp_loss(X, Y, **dict(params, **{key: value - step}))
            grad[index] = (up - down) / 2e-5
        grads[key] = grad
    return _mlp_loss(X, Y, W1, b1, W2, b2), grads


def gradients_as_lists(X, Y, W1, b1, W2, b2):
    X, Y, W1, b1, W2, b2 = _unpack(X, Y, W1, b1, W2, b2)
    m = X.shape[0]
    H = np.tanh(X @ W1 + b1)
    R = H @ W2 + b2 - Y
    delta2 = R / m
    delta1 = (delta2 @ W2.T) * (1 - H ** 2)
    grads = {"W1": (X.T @ delta1).tolist(), "b1": delta1.sum(axis=0).tolist(),
             "W2": (H.T @ delta2).tolist(), "b2": delta2.sum(axis=0).tolist()}
    return float(np.sum(R ** 2) / (2 * m)), grads



def loss_mean_over_all_entries(X, Y, W1, b1, W2, b2):
    X, Y, W1, b1, W2, b2 = (np.asarray(a, dtype=float) for a in (X, Y, W1, b1, W2, b2))
    m = X.shape[0]
    H = np.tanh(X @ W1 + b1)
    R = H @ W2 + b2 - Y
    d2 = R / m
    d1 = (d2 @ W2.T) * (1 - H ** 2)
    return float(0.5 * np.mean(R ** 2)), {"W1": X.T @ d1, "b1": d1.sum(axis=0),
                                           "W2": H.T @ d2, "b2": d2.sum(axis=0)}


def integer_hidden_layer_in_place(X, Y, W1, b1, W2, b2):
    X, Y, W1, b1, W2, b2 = (np.asarray(a) for a in (X, Y, W1, b1, W2, b2))
    m = X.shape[0]
    Z = X @ W1
    Z += b1            # an integer Z cannot take float biases in place
    H = np.tanh(Z)
    R = H @ W2 + b2 - Y
    d2 = R / m
    d1 = (d2 @ W2.T) * (1 - H ** 2)
    return float(np.sum(R ** 2) / (2 * m)), {"W1": X.T @ d1, "b1": d1.sum(axis=0),
                                             "W2": H.T @ d2, "b2": d2.sum(axis=0)}


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
    ("mlp_gradients", scipy_approx_fprime, "asks you not to use"),
    ("mlp_gradients", central_differences, "finite differences are not accurate enough"),
    ("mlp_gradients", gradients_as_lists, "the task asks for a NumPy array"),
    ("mlp_gradients", loss_mean_over_all_entries, "k times too small"),
    ("mlp_gradients", integer_hidden_layer_in_place, None),
]
