"""Valid answers to q_independence in other forms, each worth full marks."""
import numpy as np

ALTERNATIVES = [
    ("q_independence", 'C'),
    ("q_independence", ' c '),
    ("q_independence", '(c)'),
    ("q_independence", 'c)'),
]
