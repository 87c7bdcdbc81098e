"""Wrong implementations of `dot` that the tests must reject."""
import numpy as np


def elementwise_product(u, v):
    return np.asarray(u, dtype=float) * np.asarray(v, dtype=float)


def truncates_to_shorter(u, v):
    return float(sum(a * b for a, b in zip(u, v)))


def off_by_one_loop(u, v):
    total = 0.0
    for i in range(1, len(u)):
        total += u[i] * v[i]
    if len(u) != len(v):
        raise ValueError("lengths differ")
    return total


# (learner name replaced, wrong implementation, text the feedback must contain or None)
MUTANTS = [
    ("dot", elementwise_product, "adds them up"),
    ("dot", truncates_to_shorter, None),
    ("dot", off_by_one_loop, None),
]
