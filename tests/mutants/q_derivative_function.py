"""Wrong answers to q_derivative_function, as learners give them (value answers: the wrong value itself)."""
import numpy as np


def returns_f(x):
    return x ** 2 + 3 * x


def drops_constant_rate(x):
    return 2 * x


def power_rule_without_factor(x):
    return x + 3


def three_x_kept(x):
    return 2 * x + 3 * x


def only_numbers(x):
    return float(2 * x + 3)


MUTANTS = [
    ("df", returns_f, "return the derivative f'(x), not f(x)"),
    ("df", drops_constant_rate, 'the derivative of 3x is 3'),
    ("df", power_rule_without_factor, None),
    ("df", three_x_kept, None),
    ("df", only_numbers, None),
]
