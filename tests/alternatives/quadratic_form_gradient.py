"""Valid alternatives to `quadratic_gradient` and `quadratic_hessian` that must earn full marks."""
import numpy as np


def two_products(A, b, x):
    A = np.array(A, dtype=float)
    b = np.array(b, dtype=float)
    x = np.array(x, dtype=float)
    if A.ndim != 2 or A.shape[0] != A.shape[1]:
        raise ValueError("A must be square")
    if len(b) != len(A) or len(x) != len(A) or b.ndim != 1 or x.ndim != 1:
        raise ValueError("b and x must have length n")
    return A @ x + A.T @ x + b


def entry_by_entry(A, b, x):
    A = np.asarray(A, dtype=float)
    b, x = np.asarray(b, dtype=float), np.asarray(x, dtype=float)
    if A.ndim != 2 or A.shape[0] != A.shape[1] or b.shape != x.shape or x.shape != (A.shape[0],):
        raise ValueError("shapes do not fit")
    n = len(x)
    g = np.zeros(n)
    for k in range(n):
        g[k] = sum(A[k, j] * x[j] for j in range(n)) + sum(x[i] * A[i, k] for i in range(n)) + b[k]
    return g


def hessian_via_transpose_function(A):
    A = np.array(A, dtype=float)
    if A.ndim != 2 or A.shape[0] != A.shape[1]:
        raise ValueError("A must be square")
    return A + np.transpose(A)


ALTERNATIVES = [("quadratic_gradient", two_products), ("quadratic_gradient", entry_by_entry),
                ("quadratic_hessian", hessian_via_transpose_function)]
