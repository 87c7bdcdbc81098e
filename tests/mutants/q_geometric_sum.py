"""Wrong answers to q_geometric_sum, as learners give them (value answers: the wrong value itself)."""
import numpy as np


def starts_at_one(r, n):
    return sum(r ** k for k in range(1, n + 1))


def one_term_too_many(r, n):
    return sum(r ** k for k in range(n + 1))


def closed_form(r, n):
    return (1 - r ** n) / (1 - r)


def times_n(r, n):
    return n * r


def last_power(r, n):
    return r ** (n - 1)


MUTANTS = [
    ("geometric_sum", starts_at_one, 'the sum starts at k = 0'),
    ("geometric_sum", one_term_too_many, 'k runs from 0 to n − 1'),
    ("geometric_sum", closed_form, None),
    ("geometric_sum", times_n, None),
    ("geometric_sum", last_power, None),
]
