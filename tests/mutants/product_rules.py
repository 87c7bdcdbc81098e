"""Wrong implementations of `transpose_of_product` and `inverse_of_product`."""
import numpy as np


def transpose_same_order(A_T, B_T):
    return np.asarray(A_T) @ np.asarray(B_T)


def inverse_same_order(A_inv, B_inv):
    return np.asarray(A_inv) @ np.asarray(B_inv)


def inverse_transposed(A_inv, B_inv):
    return (np.asarray(B_inv) @ np.asarray(A_inv)).T


MUTANTS = [
    ("transpose_of_product", transpose_same_order, "reverses the order"),
    ("inverse_of_product", inverse_same_order, "reverses the order"),
    ("inverse_of_product", inverse_transposed, None),
]
