"""Wrong answers to q_axpy, as learners give them (value answers: the wrong value itself)."""
import numpy as np


def both_scaled(a, x, y):
    return a * (x + y)


def no_factor(a, x, y):
    return x + y


def in_place(a, x, y):
    y += a * x
    return y


def minus(a, x, y):
    return a * x - y


MUTANTS = [
    ("axpy", both_scaled, 'a multiplies x only'),
    ("axpy", no_factor, 'the factor a is missing'),
    ("axpy", in_place, 'modified'),
    ("axpy", minus, None),
]
