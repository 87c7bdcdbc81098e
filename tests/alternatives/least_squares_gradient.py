"""Valid alternatives to `least_squares_loss` / `least_squares_gradient` that must earn full marks."""
import numpy as np


def _checked(X, y, w):
    X, y, w = np.array(X, dtype=float), np.array(y, dtype=float), np.array(w, dtype=float)
    if X.ndim != 2 or y.ndim != 1 or w.ndim != 1 or len(y) != len(X) or len(w) != X.shape[1]:
        raise ValueError("X must be (N, d), y (N,) and w (d,)")
    return X, y, w


def loss_with_np_mean(X, y, w):
    """np.mean of the squared residuals, returned as np.float64."""
    X, y, w = _checked(X, y, w)
    return np.mean((X @ w - y) ** 2)


def gradient_from_the_normal_matrix(X, y, w):
    """(2/N)(XᵀX w − Xᵀy): the same vector, expanded."""
    X, y, w = _checked(X, y, w)
    N = X.shape[0]
    return (2.0 * (X.T @ X @ w) - 2.0 * (X.T @ y)) / N


def gradient_with_einsum(X, y, w):
    """(2/N) Σᵢ rᵢ xᵢ written with einsum."""
    X, y, w = _checked(X, y, w)
    r = np.einsum("ij,j->i", X, w) - y
    return np.einsum("i,ij->j", r, X) * (2.0 / len(y))


ALTERNATIVES = [("least_squares_loss", loss_with_np_mean),
                ("least_squares_gradient", gradient_from_the_normal_matrix),
                ("least_squares_gradient", gradient_with_einsum)]
