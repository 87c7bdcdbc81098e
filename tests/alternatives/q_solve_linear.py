"""Valid answers to q_solve_linear in other forms, each worth full marks."""
import numpy as np

ALTERNATIVES = [
    ("q_solve_linear", 6.0),
    ("q_solve_linear", 6.0),
    ("q_solve_linear", np.float64(6)),
]
