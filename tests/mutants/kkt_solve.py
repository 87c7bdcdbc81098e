"""Wrong implementations of `kkt_solve`."""
import numpy as np


def _checked(Q, c, A, b, rank_check=True):
    Q, c, A, b = (np.asarray(a, dtype=float) for a in (Q, c, A, b))
    n = len(c)
    if Q.shape != (n, n) or A.ndim != 2 or A.shape[1] != n or b.shape != (A.shape[0],):
        raise ValueError("shapes")
    if rank_check and np.linalg.matrix_rank(A) < A.shape[0]:
        raise ValueError("dependent constraints")
    return Q, c, A, b, n, A.shape[0]


def a_instead_of_a_transpose(Q, c, A, b):
    Q, c, A, b, n, m = _checked(Q, c, A, b)
    K = np.zeros((n + m, n + m))
    K[:n, :n] = Q
    K[:n, n:] = A                      # broadcasting error unless A is square
    K[n:, :n] = A
    s = np.linalg.solve(K, np.concatenate([-c, b]))
    return s[:n], s[n:]


def plus_c(Q, c, A, b):
    Q, c, A, b, n, m = _checked(Q, c, A, b)
    K = np.block([[Q, A.T], [A, np.zeros((m, m))]])
    s = np.linalg.solve(K, np.concatenate([c, b]))
    return s[:n], s[n:]


def opposite_multiplier_sign(Q, c, A, b):
    Q, c, A, b, n, m = _checked(Q, c, A, b)
    K = np.block([[Q, -A.T], [A, np.zeros((m, m))]])
    s = np.linalg.solve(K, np.concatenate([-c, b]))
    return s[:n], s[n:]


def schur_complement_through_q_inverse(Q, c, A, b):
    Q, c, A, b, n, m = _checked(Q, c, A, b)
    Qi = np.linalg.inv(Q)
    lam = np.linalg.solve(A @ Qi @ A.T, -(b + A @ Qi @ c))
    return -Qi @ (c + A.T @ lam), lam


def ignores_constraints(Q, c, A, b):
    Q, c, A, b, n, m = _checked(Q, c, A, b)
    return np.linalg.solve(Q, -c), np.zeros(m)


def no_rank_check(Q, c, A, b):
    Q, c, A, b, n, m = _checked(Q, c, A, b, rank_check=False)
    K = np.block([[Q, A.T], [A, np.zeros((m, m))]])
    s = np.linalg.lstsq(K, np.concatenate([-c, b]), rcond=None)[0]
    return s[:n], s[n:]


def returns_the_whole_solution(Q, c, A, b):
    Q, c, A, b, n, m = _checked(Q, c, A, b)
    K = np.block([[Q, A.T], [A, np.zeros((m, m))]])
    s = np.linalg.solve(K, np.concatenate([-c, b]))
    return s, s[n:]


def negates_c_in_place(Q, c, A, b):
    if not (isinstance(c, np.ndarray) and c.dtype.kind == "f"):
        c = np.array(c, dtype=float)
    Q, _, A, b, n, m = _checked(Q, c, A, b)
    K = np.block([[Q, A.T], [A, np.zeros((m, m))]])
    c *= -1                             # the caller's c changes sign
    s = np.linalg.solve(K, np.concatenate([c, b]))
    return s[:n], s[n:]


def _shapes_only(Q, c, A, b):
    Q, c, A, b = (np.asarray(a, dtype=float) for a in (Q, c, A, b))
    n, m = len(c), A.shape[0] if A.ndim == 2 else 0
    if Q.shape != (n, n) or A.ndim != 2 or A.shape[1] != n or b.shape != (m,) or m > n:
        raise ValueError("shapes")
    return Q, c, A, b, n, m


def scipy_solve(Q, c, A, b):
    import scipy.linalg
    Q, c, A, b, n, m = _checked(Q, c, A, b)
    K = np.block([[Q, A.T], [A, np.zeros((m, m))]])
    s = scipy.linalg.solve(K, np.concatenate([-c, b]))
    return s[:n], s[n:]


def determinant_rank_check(Q, c, A, b):
    """constraints called dependent when det(A Aᵀ) is below an absolute threshold"""
    Q, c, A, b, n, m = _shapes_only(Q, c, A, b)
    if abs(np.linalg.det(A @ A.T)) < 1e-10:
        raise ValueError("the constraints are dependent")
    K = np.block([[Q, A.T], [A, np.zeros((m, m))]])
    s = np.linalg.solve(K, np.concatenate([-c, b]))
    return s[:n], s[n:]


def catches_the_solver_error(Q, c, A, b):
    """no rank test: a LinAlgError from np.linalg.solve is turned into a ValueError"""
    Q, c, A, b, n, m = _shapes_only(Q, c, A, b)
    K = np.block([[Q, A.T], [A, np.zeros((m, m))]])
    try:
        s = np.linalg.solve(K, np.concatenate([-c, b]))
    except np.linalg.LinAlgError:
        raise ValueError("the KKT matrix is singular") from None
    return s[:n], s[n:]


def returns_lists(Q, c, A, b):
    Q, c, A, b, n, m = _checked(Q, c, A, b)
    K = np.block([[Q, A.T], [A, np.zeros((m, m))]])
    s = np.linalg.solve(K, np.concatenate([-c, b]))
    return s[:n].tolist(), s[n:].tolist()


MUTANTS = [
    ("kkt_solve", a_instead_of_a_transpose, "top-right block"),
    ("kkt_solve", plus_c, "right-hand side of the KKT system is (−c, b)"),
    ("kkt_solve", opposite_multiplier_sign, "opposite sign"),
    ("kkt_solve", schur_complement_through_q_inverse, "Do not invert Q"),
    ("kkt_solve", ignores_constraints, None),
    ("kkt_solve", no_rank_check, "should raise ValueError"),
    ("kkt_solve", returns_the_whole_solution, "the first n entries"),
    ("kkt_solve", negates_c_in_place, "modified c in place"),
    ("kkt_solve", scipy_solve, "asks you not to use"),
    ("kkt_solve", determinant_rank_check, "an absolute threshold on a determinant is not"),
    ("kkt_solve", catches_the_solver_error, "np.linalg.solve need not fail"),
    ("kkt_solve", returns_lists, "the task asks for a NumPy array"),
]
