"""Valid answers to q_geometric_sum in other forms, each worth full marks."""
import numpy as np


def loop(r, n):
    total = 0
    for k in range(n):
        total += r ** k
    return total


def closed_form_with_r_one(r, n):
    return n if r == 1 else (1 - r ** n) / (1 - r)


ALTERNATIVES = [
    ("geometric_sum", loop),
    ("geometric_sum", closed_form_with_r_one),
]
