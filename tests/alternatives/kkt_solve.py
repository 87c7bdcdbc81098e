"""Valid alternatives to `kkt_solve` that must earn full marks."""
import numpy as np


def slicing_into_zeros(Q, c, A, b):
    """The KKT matrix filled by slicing into a zero matrix; the checks in another order."""
    Q = np.array(Q, dtype=float)
    c = np.array(c, dtype=float)
    A = np.array(A, dtype=float)
    b = np.array(b, dtype=float)
    if A.ndim != 2 or c.ndim != 1:
        raise ValueError("A must be 2-D and c 1-D")
    m, n = A.shape
    if Q.shape != (n, n) or c.shape != (n,) or b.shape != (m,):
        raise ValueError("shapes do not fit")
    if m > n or np.linalg.matrix_rank(A) != m:
        raise ValueError("dependent constraints")
    K = np.zeros((n + m, n + m))
    K[:n, :n] = Q
    K[:n, n:] = A.T
    K[n:, :n] = A
    rhs = np.zeros(n + m)
    rhs[:n] = -c
    rhs[n:] = b
    z = np.linalg.solve(K, rhs)
    return z[:n].copy(), z[n:].copy()


def block_with_negated_multiplier_row(Q, c, A, b):
    """Solves [[Q, Aᵀ], [−A, 0]] [x; λ] = [−c; −b], the same solution written with the second
    block row negated."""
    Q, c, A, b = (np.asarray(v, dtype=float) for v in (Q, c, A, b))
    n = c.shape[0] if c.ndim == 1 else -1
    if n < 0 or Q.shape != (n, n) or A.ndim != 2 or A.shape[1] != n or b.shape != (len(A),):
        raise ValueError("shapes do not fit")
    m = len(A)
    if np.linalg.matrix_rank(A) < m:
        raise ValueError("the rows of A are linearly dependent")
    K = np.block([[Q, A.T], [-A, np.zeros((m, m))]])
    z = np.linalg.solve(K, np.concatenate([-c, -b]))
    return z[:n], z[n:]


ALTERNATIVES = [("kkt_solve", slicing_into_zeros),
                ("kkt_solve", block_with_negated_multiplier_row)]
