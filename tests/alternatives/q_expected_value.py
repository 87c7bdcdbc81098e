"""Valid answers to q_expected_value in other forms, each worth full marks."""
import numpy as np


def loop(values, probs):
    total = 0.0
    for x, p in zip(values, probs):
        total += x * p
    return total


def normalised(values, probs):
    p = np.asarray(probs, dtype=float)
    return float(np.sum(np.asarray(values) * p) / np.sum(p))


ALTERNATIVES = [
    ("expected_value", loop),
    ("expected_value", normalised),
]
