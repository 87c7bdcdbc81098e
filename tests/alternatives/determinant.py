"""Valid alternatives to `determinant` that must earn full marks."""
import math

import numpy as np


def accumulate_while_eliminating(A, tol=1e-12):
    """Elimination inline: flip the sign at each swap, multiply the pivots as they appear."""
    A = np.asarray(A)
    if A.ndim != 2 or A.shape[0] != A.shape[1]:
        raise ValueError("not square")
    U = A.astype(float)
    n = len(U)
    threshold = tol * np.max(np.abs(U), initial=0.0)
    det = 1.0
    for j in range(n):
        p = j + int(np.argmax(np.abs(U[j:, j])))
        if abs(U[p, j]) <= threshold:
            return 0.0
        if p != j:
            U[[j, p]] = U[[p, j]]
            det = -det
        det *= U[j, j]
        U[j + 1:, j:] -= np.outer(U[j + 1:, j] / U[j, j], U[j, j:])
    return det


def sign_and_log_magnitude(A, tol=1e-12):
    """Sum the logs of |pivots| and track the sign separately (what slogdet does)."""
    U = np.array(A, dtype=float)
    if U.ndim != 2 or U.shape[0] != U.shape[1]:
        raise ValueError("the determinant needs a square matrix")
    n = len(U)
    threshold = tol * (np.abs(U).max() if U.size else 0.0)
    sign, log_abs = 1.0, 0.0
    for j in range(n):
        p = j + int(np.argmax(np.abs(U[j:, j])))
        if abs(U[p, j]) <= threshold:
            return 0.0
        if p != j:
            U[[j, p]] = U[[p, j]]
            sign = -sign
        sign *= math.copysign(1.0, U[j, j])
        log_abs += math.log(abs(U[j, j]))
        for i in range(j + 1, n):
            U[i, j:] -= U[i, j] / U[j, j] * U[j, j:]
    return sign * math.exp(log_abs)


ALTERNATIVES = [("determinant", accumulate_while_eliminating),
                ("determinant", sign_and_log_magnitude)]
