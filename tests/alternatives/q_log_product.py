"""Valid answers to q_log_product in other forms, each worth full marks."""
import numpy as np

ALTERNATIVES = [
    ("q_log_product", 'B'),
    ("q_log_product", ' b '),
    ("q_log_product", '(b)'),
    ("q_log_product", 'b)'),
]
