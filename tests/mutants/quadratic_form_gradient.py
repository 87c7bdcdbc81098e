"""Wrong implementations of `quadratic_gradient` and `quadratic_hessian`."""
import numpy as np

A_demo = np.array([[2.0, 1.0], [0.0, 3.0]])   # like q_demo.A, a notebook global read by mistake


def _inputs(A, b, x):
    A, b, x = (np.asarray(v, dtype=float) for v in (A, b, x))
    if A.ndim != 2 or A.shape[0] != A.shape[1] or b.shape != (len(A),) or x.shape != (len(A),):
        raise ValueError("shapes")
    return A, b, x


def two_A_x(A, b, x):
    A, b, x = _inputs(A, b, x)
    return 2 * A @ x + b


def A_x_only(A, b, x):
    A, b, x = _inputs(A, b, x)
    return A @ x + b


def missing_b(A, b, x):
    A, b, x = _inputs(A, b, x)
    return (A + A.T) @ x


def reads_global_A(M, b, x):
    _, b, x = _inputs(M, b, x)
    return (A_demo + A_demo.T) @ x + b


def no_shape_checks(A, b, x):
    A, b, x = (np.asarray(v, dtype=float) for v in (A, b, x))
    return (A + A.T) @ x[: len(A)] + b[: len(A)] if A.shape[0] == A.shape[-1] else A @ np.ones(A.shape[1])


def hessian_2A(A):
    A = np.asarray(A, dtype=float)
    if A.ndim != 2 or A.shape[0] != A.shape[1]:
        raise ValueError("A must be square")
    return 2 * A


def hessian_A(A):
    A = np.asarray(A, dtype=float)
    if A.ndim != 2 or A.shape[0] != A.shape[1]:
        raise ValueError("A must be square")
    return A


def hessian_symmetrised_in_place(A):
    A = np.asarray(A, dtype=float)
    if A.ndim != 2 or A.shape[0] != A.shape[1]:
        raise ValueError("A must be square")
    A += A.T.copy()
    return A


MUTANTS = [
    ("quadratic_gradient", two_A_x, "only when A is symmetric"),
    ("quadratic_gradient", A_x_only, "only one of the two terms"),
    ("quadratic_gradient", missing_b, "contributes b"),
    ("quadratic_gradient", reads_global_A, "does not depend on the argument A"),
    ("quadratic_gradient", no_shape_checks, None),
    ("quadratic_hessian", hessian_2A, "2A is right only for a symmetric A"),
    ("quadratic_hessian", hessian_A, "not A"),
    ("quadratic_hessian", hessian_symmetrised_in_place, "in place"),
]
