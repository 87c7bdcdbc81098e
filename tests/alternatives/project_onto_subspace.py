"""Valid alternatives to `project_onto_subspace` that must earn full marks."""
import numpy as np


def solve_with_row_form(B, x):
    B = np.array(B, dtype=float)
    x = np.array(x, dtype=float)
    lam = np.linalg.solve(B.T @ B, x @ B)
    projection = np.zeros(B.shape[0])
    for j in range(B.shape[1]):
        projection += lam[j] * B[:, j]
    return lam, projection


def via_column_then_flatten(B, x):
    B = np.asarray(B, dtype=float)
    xc = np.asarray(x, dtype=float).reshape(-1, 1)
    lam = np.linalg.solve(B.T @ B, B.T @ xc).ravel()
    return lam, (B @ lam).ravel()


ALTERNATIVES = [("project_onto_subspace", solve_with_row_form),
                ("project_onto_subspace", via_column_then_flatten)]
