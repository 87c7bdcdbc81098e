"""Valid alternatives to `is_orthonormal` that must earn full marks."""
import numpy as np


def pairwise_loops(Q, tol=1e-8):
    Q = np.asarray(Q, dtype=float)
    n = Q.shape[1]
    for i in range(n):
        for j in range(n):
            target = 1.0 if i == j else 0.0
            if abs(Q[:, i] @ Q[:, j] - target) > tol:
                return False
    return True


def largest_deviation(Q, tol=1e-8):
    Q = np.array(Q, dtype=float)
    deviation = Q.T @ Q - np.identity(Q.shape[1])
    return np.max(np.abs(deviation), initial=0.0) <= tol   # an np.bool_


ALTERNATIVES = [("is_orthonormal", pairwise_loops), ("is_orthonormal", largest_deviation)]
