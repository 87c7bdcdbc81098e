"""Wrong implementations of `transpose_of_product` and `inverse_of_product`."""
import numpy as np
import scipy.linalg
import scipy.sparse

BANNED = "asks you not to use"


def transpose_same_order(A_T, B_T):
    return np.asarray(A_T) @ np.asarray(B_T)


def inverse_same_order(A_inv, B_inv):
    return np.asarray(A_inv) @ np.asarray(B_inv)


def inverse_transposed(A_inv, B_inv):
    return (np.asarray(B_inv) @ np.asarray(A_inv)).T


def forgets_final_transpose(A_T, B_T):
    return np.asarray(A_T).T @ np.asarray(B_T).T


def transpose_elementwise(A_T, B_T):
    return np.asarray(B_T) * np.asarray(A_T)


def inverse_elementwise(A_inv, B_inv):
    return np.asarray(B_inv) * np.asarray(A_inv)


def transpose_of_swapped_same_order(A_T, B_T):
    return (np.asarray(B_T).T @ np.asarray(A_T).T).T


def transpose_multi_dot(A_T, B_T):
    return np.linalg.multi_dot([np.asarray(B_T), np.asarray(A_T)])


def transpose_sparse(A_T, B_T):
    return np.asarray((scipy.sparse.csr_matrix(B_T) @ np.asarray(A_T)))


def inverse_recomputed(A_inv, B_inv):
    return np.linalg.inv(np.linalg.inv(A_inv) @ np.linalg.inv(B_inv))


def inverse_recomputed_scipy(A_inv, B_inv):
    return scipy.linalg.inv(scipy.linalg.inv(A_inv) @ scipy.linalg.inv(B_inv))


MUTANTS = [
    ("transpose_of_product", transpose_same_order, "reverses the order"),
    ("inverse_of_product", inverse_same_order, "reverses the order"),
    ("inverse_of_product", inverse_transposed, "you transposed the inverse"),
    ("transpose_of_product", forgets_final_transpose, "you returned AB itself"),
    ("transpose_of_product", transpose_elementwise, "entry by entry"),
    ("inverse_of_product", inverse_elementwise, "entry by entry"),
    ("transpose_of_product", transpose_of_swapped_same_order, "reverses the order"),
    ("transpose_of_product", transpose_multi_dot, BANNED),
    ("transpose_of_product", transpose_sparse, BANNED),
    ("inverse_of_product", inverse_recomputed, BANNED),
    ("inverse_of_product", inverse_recomputed_scipy, BANNED),
]
