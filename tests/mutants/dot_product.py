"""Wrong implementations of `dot` that the tests must reject."""
import numpy as np
import scipy.linalg

BANNED = "asks you not to use"


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


def integer_total(u, v):
    if len(u) != len(v):
        raise ValueError("lengths differ")
    total = 0
    for a, b in zip(u, v):
        total += a * b
    return total


def return_inside_loop(u, v):
    if len(u) != len(v):
        raise ValueError("lengths differ")
    total = 0.0
    for i in range(len(u)):
        total += u[i] * v[i]
        return total
    return total


def loops_over_u_only(u, v):
    total = 0.0
    for i in range(len(u)):
        total += u[i] * v[i]
    return total


def checks_one_direction(u, v):
    if len(v) > len(u):
        raise ValueError("v is longer than u")
    total = 0.0
    for i in range(len(v)):
        total += u[i] * v[i]
    return total


def np_sum_of_products(u, v):
    if len(u) != len(v):
        raise ValueError("lengths differ")
    return np.sum(np.multiply(u, v))


def _checked(u, v):
    if len(u) != len(v):
        raise ValueError("lengths differ")
    return np.asarray(u, dtype=float), np.asarray(v, dtype=float)


def np_dot(u, v):
    u, v = _checked(u, v)
    return float(np.dot(u, v))


def matmul_operator(u, v):
    u, v = _checked(u, v)
    return float(u @ v)


def np_matmul(u, v):
    u, v = _checked(u, v)
    return float(np.matmul(u, v))


def dot_method(u, v):
    u, v = _checked(u, v)
    return float(u.dot(v))


def np_inner(u, v):
    u, v = _checked(u, v)
    return float(np.inner(u, v))


def np_vdot(u, v):
    u, v = _checked(u, v)
    return float(np.vdot(u, v))


def np_einsum(u, v):
    u, v = _checked(u, v)
    return float(np.einsum("i,i->", u, v))


def np_tensordot(u, v):
    u, v = _checked(u, v)
    return float(np.tensordot(u, v, axes=1))


def through_linalg(u, v):
    u, v = _checked(u, v)
    return float(np.linalg.multi_dot([u, v]))


def through_scipy(u, v):
    u, v = _checked(u, v)
    return float((scipy.linalg.norm(u + v) ** 2 - scipy.linalg.norm(u - v) ** 2) / 4)


# (learner name replaced, wrong implementation, text the feedback must contain or None)
def is_not_for_lengths(u, v):
    if len(u) is not len(v):   # identity, not equality: wrong for lengths above 256
        raise ValueError("lengths differ")
    total = 0.0
    for i in range(len(u)):
        total += u[i] * v[i]
    return total


MUTANTS = [
    ("dot", elementwise_product, "adds them up"),
    ("dot", truncates_to_shorter, "zip() silently drops"),
    ("dot", off_by_one_loop, "range(1, n)"),
    ("dot", integer_total, "start the running total at 0.0"),
    ("dot", return_inside_loop, "inside the loop"),
    ("dot", loops_over_u_only, "compare len(u) and len(v) first"),
    ("dot", checks_one_direction, "compare len(u) and len(v) first"),
    ("dot", np_sum_of_products, "start the running total at 0.0"),
    ("dot", np_dot, BANNED),
    ("dot", matmul_operator, BANNED),
    ("dot", np_matmul, BANNED),
    ("dot", dot_method, BANNED),
    ("dot", np_inner, BANNED),
    ("dot", np_vdot, BANNED),
    ("dot", np_einsum, BANNED),
    ("dot", np_tensordot, BANNED),
    ("dot", through_linalg, BANNED),
    ("dot", through_scipy, BANNED),
    ("dot", is_not_for_lengths, "never with `is`"),
]
