"""Valid alternatives to `pca_eig` that must earn full marks (another order of sorting, other signs)."""
import numpy as np


def argsort_descending(X):
    X = np.array(X, dtype=float)
    if X.ndim != 2 or len(X) < 2:
        raise ValueError("need a 2-D array with at least 2 rows")
    mu = X.mean(axis=0)
    Xc = X - mu
    values, vectors = np.linalg.eigh(np.einsum("ni,nj->ij", Xc, Xc) / (len(X) - 1))
    order = np.argsort(values)[::-1]
    return values[order], vectors[:, order], mu


def positive_largest_entry(X):
    """each direction flipped so that its largest entry (in absolute value) is positive"""
    X = np.asarray(X, dtype=float)
    if X.ndim != 2 or X.shape[0] < 2:
        raise ValueError("need a 2-D array with at least 2 rows")
    mu = X.mean(axis=0)
    S = (X - mu).T @ (X - mu) / (X.shape[0] - 1)
    values, V = np.linalg.eigh(S)
    values, V = values[::-1], V[:, ::-1]
    signs = np.sign(V[np.argmax(np.abs(V), axis=0), np.arange(V.shape[1])])
    return values, V * np.where(signs == 0, 1.0, signs), mu


ALTERNATIVES = [("pca_eig", argsort_descending), ("pca_eig", positive_largest_entry)]
