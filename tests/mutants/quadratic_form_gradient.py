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


def gradient_by_finite_differences(A, b, x):
    A, b, x = _inputs(A, b, x)
    f = lambda v: v @ A @ v + b @ v
    h = 1e-5
    steps = h * np.eye(len(x))
    return np.array([(f(x + e) - f(x - e)) / (2 * h) for e in steps])


def gradient_with_np_gradient(A, b, x):
    A, b, x = _inputs(A, b, x)
    f = lambda v: v @ A @ v + b @ v
    h = 1e-5
    return np.array([np.gradient([f(x - e), f(x), f(x + e)], h)[1] for e in h * np.eye(len(x))])


def gradient_with_scipy(A, b, x):
    from scipy.optimize import approx_fprime
    A, b, x = _inputs(A, b, x)
    return approx_fprime(x, lambda v: v @ A @ v + b @ v, 1e-7)


def hessian_with_np_gradient(A):
    A = np.asarray(A, dtype=float)
    if A.ndim != 2 or A.shape[0] != A.shape[1]:
        raise ValueError("A must be square")
    # the gradient (A + Aᵀ)x at x = −e_j, 0, e_j, differentiated by np.gradient
    S = A + A.T
    return np.column_stack([np.gradient(np.stack([-S[:, j], 0 * S[:, j], S[:, j]]), axis=0)[1]
                            for j in range(len(A))])


def hessian_with_scipy(A):
    from scipy.linalg import issymmetric
    A = np.asarray(A, dtype=float)
    if A.ndim != 2 or A.shape[0] != A.shape[1]:
        raise ValueError("A must be square")
    return 2 * A if issymmetric(A) else A + A.T


def integer_result(A, b, x):
    A, b, x = np.asarray(A), np.asarray(b), np.asarray(x)
    if A.ndim != 2 or A.shape[0] != A.shape[1] or b.shape != (len(A),) or x.shape != (len(A),):
        raise ValueError("shapes")
    return (A + A.T) @ x + b


def hessian_no_conversion(A):
    if len(A) != len(A[0]):
        raise ValueError("A must be square")
    return A + np.transpose(A)


def hessian_shape_index_error(A):
    A = np.asarray(A, dtype=float)
    if A.shape[0] != A.shape[1]:
        raise ValueError("A must be square")
    return A + A.T


MUTANTS = [
    ("quadratic_gradient", two_A_x, "only when A is symmetric"),
    ("quadratic_gradient", A_x_only, "only one of the two terms"),
    ("quadratic_gradient", missing_b, "contributes b"),
    ("quadratic_gradient", reads_global_A, "does not depend on the argument A"),
    ("quadratic_gradient", no_shape_checks, "should raise ValueError"),
    ("quadratic_gradient", gradient_by_finite_differences, "a finite difference?"),
    ("quadratic_gradient", gradient_with_np_gradient, "asks you not to use"),
    ("quadratic_gradient", gradient_with_scipy, "asks you not to use"),
    ("quadratic_gradient", integer_result, "array of floats"),
    ("quadratic_hessian", hessian_2A, "2A is right only for a symmetric A"),
    ("quadratic_hessian", hessian_A, "not A"),
    ("quadratic_hessian", hessian_symmetrised_in_place, "in place"),
    ("quadratic_hessian", hessian_with_np_gradient, "asks you not to use"),
    ("quadratic_hessian", hessian_with_scipy, "asks you not to use"),
    ("quadratic_hessian", hessian_no_conversion, None),
    ("quadratic_hessian", hessian_shape_index_error, "check A.ndim == 2"),
]
