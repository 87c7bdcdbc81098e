"""Valid answers to q_transpose_product in other forms, each worth full marks."""
import numpy as np

ALTERNATIVES = [
    ("q_transpose_product", 'A'),
    ("q_transpose_product", ' a '),
    ("q_transpose_product", '(a)'),
    ("q_transpose_product", 'a)'),
]
