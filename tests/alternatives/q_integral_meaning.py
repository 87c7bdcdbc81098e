"""Valid answers to q_integral_meaning in other forms, each worth full marks."""
import numpy as np

ALTERNATIVES = [
    ("q_integral_meaning", 'D'),
    ("q_integral_meaning", ' d '),
    ("q_integral_meaning", '(d)'),
    ("q_integral_meaning", 'd)'),
]
