"""Valid answers to q_exp_derivative in other forms, each worth full marks."""
import numpy as np

ALTERNATIVES = [
    ("q_exp_derivative", 'B'),
    ("q_exp_derivative", 'b)'),
]
