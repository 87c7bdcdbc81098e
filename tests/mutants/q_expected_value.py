"""Wrong answers to q_expected_value, as learners give them (value answers: the wrong value itself)."""
import numpy as np


def plain_mean(values, probs):
    return float(np.mean(values))


def divides_by_n(values, probs):
    return float(np.dot(values, probs)) / len(values)


def most_likely(values, probs):
    return float(values[int(np.argmax(probs))])


def sum_of_values(values, probs):
    return float(np.sum(values))


MUTANTS = [
    ("expected_value", plain_mean, 'weight each value by its probability'),
    ("expected_value", divides_by_n, 'do not divide by the number of values'),
    ("expected_value", most_likely, None),
    ("expected_value", sum_of_values, None),
]
