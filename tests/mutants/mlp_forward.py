"""Wrong implementations of `mlp_forward`."""
import numpy as np


def _unpack(params, X):
    return (np.asarray(X, dtype=float),) + tuple(np.asarray(params[k], dtype=float)
                                                 for k in ("W1", "b1", "W2", "b2"))


def tanh_activation(params, X):
    X, W1, b1, W2, b2 = _unpack(params, X)
    Z1 = X @ W1 + b1
    A1 = np.tanh(Z1)
    return Z1, A1, A1 @ W2 + b2


def sigmoid_activation(params, X):
    X, W1, b1, W2, b2 = _unpack(params, X)
    Z1 = X @ W1 + b1
    A1 = 1 / (1 + np.exp(-Z1))
    return Z1, A1, A1 @ W2 + b2


def relu_on_logits(params, X):
    X, W1, b1, W2, b2 = _unpack(params, X)
    Z1 = X @ W1 + b1
    A1 = np.maximum(Z1, 0)
    return Z1, A1, np.maximum(A1 @ W2 + b2, 0)


def logits_from_z1(params, X):
    X, W1, b1, W2, b2 = _unpack(params, X)
    Z1 = X @ W1 + b1
    return Z1, np.maximum(Z1, 0), Z1 @ W2 + b2


def no_first_bias(params, X):
    X, W1, b1, W2, b2 = _unpack(params, X)
    Z1 = X @ W1
    A1 = np.maximum(Z1, 0)
    return Z1, A1, A1 @ W2 + b2


def no_second_bias(params, X):
    X, W1, b1, W2, b2 = _unpack(params, X)
    Z1 = X @ W1 + b1
    A1 = np.maximum(Z1, 0)
    return Z1, A1, A1 @ W2


def relu_in_place(params, X):
    X, W1, b1, W2, b2 = _unpack(params, X)
    Z1 = X @ W1 + b1
    A1 = np.maximum(Z1, 0, out=Z1)
    return Z1, A1, A1 @ W2 + b2


def nudges_params_in_place(params, X):
    """Right values, but leaves the caller's W1 changed (an in-place update after the forward pass)."""
    X, W1, b1, W2, b2 = _unpack(params, X)
    Z1 = X @ W1 + b1
    A1 = np.maximum(Z1, 0)
    if params["W1"].dtype.kind == "f":
        params["W1"] += 1e-3
    return Z1, A1, A1 @ W2 + b2


def returns_logits_only(params, X):
    X, W1, b1, W2, b2 = _unpack(params, X)
    return np.maximum(X @ W1 + b1, 0) @ W2 + b2


def integer_arithmetic(params, X):
    Z1 = np.asarray(X) @ np.asarray(params["W1"]) + np.asarray(params["b1"])
    A1 = np.maximum(Z1, 0)
    return Z1, A1, A1 @ np.asarray(params["W2"]) + np.asarray(params["b2"])


def scipy_relu(params, X):
    from scipy.special import xlogy  # noqa: F401  (reached for SciPy)
    import scipy.sparse

    X = np.asarray(X, dtype=float)
    Z1 = scipy.sparse.csr_matrix(X) @ params["W1"] + params["b1"]
    A1 = np.maximum(Z1, 0.0)
    return Z1, A1, A1 @ params["W2"] + params["b2"]


def sklearn_relu(params, X):
    from sklearn.neural_network._base import ACTIVATIONS

    X = np.asarray(X, dtype=float)
    Z1 = X @ params["W1"] + params["b1"]
    A1 = ACTIVATIONS["relu"](Z1.copy())
    return Z1, A1, A1 @ params["W2"] + params["b2"]


MUTANTS = [
    ("mlp_forward", integer_arithmetic, "has dtype int64"),
    ("mlp_forward", scipy_relu, "asks you not to use"),
    ("mlp_forward", sklearn_relu, "asks you not to use"),

    ("mlp_forward", tanh_activation, "you applied tanh"),
    ("mlp_forward", sigmoid_activation, "you applied the sigmoid"),
    ("mlp_forward", relu_on_logits, "no ReLU. Negative scores are fine"),
    ("mlp_forward", logits_from_z1, "computed from Z1, without the ReLU"),
    ("mlp_forward", no_first_bias, "Z1 misses the bias"),
    ("mlp_forward", no_second_bias, "the logits miss the bias"),
    ("mlp_forward", relu_in_place, "the ReLU overwrote it"),
    ("mlp_forward", nudges_params_in_place, "modified params['W1'] in place"),
    ("mlp_forward", returns_logits_only, "should return 3 values"),
]
