"""Valid alternatives to `gaussian_nb_fit` that must earn full marks."""
import numpy as np


def with_inverse_indices(X, y, var_smoothing=1e-9):
    X = np.array(X, dtype=float)
    y = np.asarray(y)
    if X.ndim != 2 or 0 in X.shape:
        raise ValueError("X must be a non-empty (N, D) array")
    if y.ndim != 1 or len(y) != len(X):
        raise ValueError("y must hold one label per row of X")
    if var_smoothing < 0:
        raise ValueError("var_smoothing must be non-negative")
    classes, index, counts = np.unique(y, return_inverse=True, return_counts=True)
    C, D = len(classes), X.shape[1]
    sums = np.zeros((C, D))
    np.add.at(sums, index, X)
    means = sums / counts[:, None]
    squares = np.zeros((C, D))
    np.add.at(squares, index, (X - means[index]) ** 2)
    largest = X.var(axis=0).max()
    epsilon = var_smoothing * largest if largest > 0 else var_smoothing
    return classes, counts / len(y), means, squares / counts[:, None] + epsilon


def list_of_rows_stacked(X, y, var_smoothing=1e-9):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y)
    if X.ndim != 2 or X.shape[0] == 0 or X.shape[1] == 0 or y.shape != (X.shape[0],) or var_smoothing < 0:
        raise ValueError("invalid input")
    spread = ((X - X.mean(axis=0)) ** 2).mean(axis=0).max()
    epsilon = var_smoothing * (spread if spread != 0 else 1.0)
    classes = np.unique(y)
    groups = [X[y == c] for c in classes]
    priors = np.array([len(g) for g in groups]) / len(X)
    means = np.stack([g.mean(axis=0) for g in groups])
    variances = np.stack([g.var(axis=0) for g in groups]) + epsilon
    return classes, priors, means, variances


ALTERNATIVES = [("gaussian_nb_fit", with_inverse_indices), ("gaussian_nb_fit", list_of_rows_stacked)]
