"""Valid answers to q_exp_derivative in other forms, each worth full marks."""
import numpy as np

ALTERNATIVES = [
    ("q_exp_derivative", 'A'),
    ("q_exp_derivative", ' a '),
    ("q_exp_derivative", '(a)'),
    ("q_exp_derivative", 'a)'),
]
