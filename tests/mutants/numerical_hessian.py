"""Wrong implementations of `numerical_hessian`."""
import numpy as np


def _start(x, h):
    if not h > 0:
        raise ValueError("h must be positive")
    x = np.array(x, dtype=float)
    return x, h * np.eye(x.size)


def _four_point(f, x, ei, ej, h):
    return (f(x + ei + ej) - f(x + ei - ej) - f(x - ei + ej) + f(x - ei - ej)) / (4 * h * h)


def jacobian_of_numerical_gradient(f, x, h=1e-4):
    """Reuse the notebook's tools: the Jacobian (step h) of the central-difference gradient (its
    default step 1e-5). Accurate, but H[i, j] and H[j, i] come from different points: not mirrored."""
    x, E = _start(x, h)
    n = x.size

    def gradient(p, k=1e-5):
        steps = k * np.eye(n)
        return np.array([(f(p + steps[i]) - f(p - steps[i])) / (2 * k) for i in range(n)])

    return np.column_stack([(gradient(x + E[j]) - gradient(x - E[j])) / (2 * h) for j in range(n)])


def upper_triangle_only(f, x, h=1e-4):
    x, E = _start(x, h)
    n = x.size
    H = np.zeros((n, n))
    for i in range(n):
        for j in range(i, n):
            H[i, j] = _four_point(f, x, E[i], E[j], h)
    return H


def diagonal_only(f, x, h=1e-4):
    x, E = _start(x, h)
    return np.diag([_four_point(f, x, E[i], E[i], h) for i in range(x.size)])


def divides_by_h_squared(f, x, h=1e-4):
    x, E = _start(x, h)
    n = x.size
    H = np.zeros((n, n))
    for i in range(n):
        for j in range(i, n):
            H[i, j] = H[j, i] = 4 * _four_point(f, x, E[i], E[j], h)
    return H


def mixed_divided_by_h_squared(f, x, h=1e-4):
    x, E = _start(x, h)
    n = x.size
    H = np.zeros((n, n))
    for i in range(n):
        H[i, i] = (f(x + E[i]) - 2 * f(x) + f(x - E[i])) / (h * h)
        for j in range(i + 1, n):
            H[i, j] = H[j, i] = 4 * _four_point(f, x, E[i], E[j], h)
    return H


def nudges_x_in_place(f, x, h=1e-4):
    if not h > 0:
        raise ValueError("h must be positive")
    x = np.asarray(x, dtype=float)
    n = x.size
    H = np.zeros((n, n))
    for i in range(n):
        for j in range(i, n):
            total = 0.0
            for si, sj, sign in ((1, 1, 1), (1, -1, -1), (-1, 1, -1), (-1, -1, 1)):
                x[i] += si * h
                x[j] += sj * h
                total += sign * f(x)
                x[i] -= si * h
                x[j] -= sj * h
            H[i, j] = H[j, i] = total / (4 * h * h)
    x[0] += 1e-3   # a leftover nudge: the caller's x has changed
    return H


def with_np_gradient(f, x, h=1e-4):
    x, E = _start(x, h)
    n = x.size
    H = np.zeros((n, n))
    for i in range(n):
        for j in range(i, n):
            # central difference in x_j of the central differences in x_i, through np.gradient
            inner = [np.gradient([f(x - E[i] + s * E[j]), 0.0, f(x + E[i] + s * E[j])], h)[1]
                     for s in (-1, 1)]
            H[i, j] = H[j, i] = np.gradient([inner[0], 0.0, inner[1]], h)[1]
    return H


def with_scipy(f, x, h=1e-4):
    from scipy.differentiate import hessian
    x, _ = _start(x, h)
    H = hessian(lambda p: np.apply_along_axis(f, 0, p), x).ddf
    return (H + H.T) / 2


def no_step_check(f, x, h=1e-4):
    x = np.array(x, dtype=float)
    n = x.size
    E = h * np.eye(n)
    H = np.zeros((n, n))
    with np.errstate(all="ignore"):
        for i in range(n):
            for j in range(i, n):
                H[i, j] = H[j, i] = _four_point(f, x, E[i], E[j], h)
    return H


def fixed_step(f, x, h=1e-4):
    x, _ = _start(x, h)
    n = x.size
    E = 1e-4 * np.eye(n)
    H = np.zeros((n, n))
    for i in range(n):
        for j in range(i, n):
            H[i, j] = H[j, i] = _four_point(f, x, E[i], E[j], 1e-4)
    return H


def all_pairs_at_once(f, x, h=1e-4):
    x, E = _start(x, h)
    n = x.size
    H = np.zeros((n, n))
    for i in range(n):
        row = (f(x + E[i] + E) - f(x + E[i] - E) - f(x - E[i] + E) + f(x - E[i] - E)) / (4 * h * h)
        H[i] = row
    return (H + H.T) / 2


def list_of_rows(f, x, h=1e-4):
    x, E = _start(x, h)
    n = x.size
    H = [[0.0] * n for _ in range(n)]
    for i in range(n):
        for j in range(i, n):
            H[i][j] = H[j][i] = _four_point(f, x, E[i], E[j], h)
    return H


def absolute_zero_for_tiny_entries(f, x, h=1e-4):
    # "clean up" round-off: entries below 1e-6 set to 0
    x, E = _start(x, h)
    n = x.size
    H = np.zeros((n, n))
    for i in range(n):
        for j in range(i, n):
            H[i, j] = H[j, i] = _four_point(f, x, E[i], E[j], h)
    H[np.abs(H) < 1e-6] = 0.0
    return H



def every_pair_computed_twice(f, x, h=1e-4):
    """H[i, j] and H[j, i] from separate evaluations: (a - b) - c + d versus (a - c) - b + d."""
    if h <= 0:
        raise ValueError("h must be positive")
    x = np.array(x, dtype=float)
    n = x.size
    E = h * np.eye(n)
    H = np.zeros((n, n))
    for i in range(n):
        for j in range(n):
            H[i, j] = (f(x + E[i] + E[j]) - f(x + E[i] - E[j]) - f(x - E[i] + E[j])
                       + f(x - E[i] - E[j])) / (4 * h * h)
    return H


def nudges_x_in_place(f, x, h=1e-4):
    if h <= 0:
        raise ValueError("h must be positive")
    x = np.asarray(x, dtype=float)        # no copy for a float array: the caller's x is nudged
    n = x.size
    H = np.zeros((n, n))
    for i in range(n):
        for j in range(i, n):
            values = []
            for si, sj in ((1, 1), (1, -1), (-1, 1), (-1, -1)):
                x[i] += si * h
                x[j] += sj * h
                values.append(f(x))
                x[i] -= si * h
                x[j] -= sj * h
            H[i, j] = H[j, i] = (values[0] - values[1] - values[2] + values[3]) / (4 * h * h)
    return H


def divides_by_2h2(f, x, h=1e-4):
    if h <= 0:
        raise ValueError("h must be positive")
    x = np.array(x, dtype=float)
    n = x.size
    E = h * np.eye(n)
    H = np.zeros((n, n))
    for i in range(n):
        for j in range(i, n):
            H[i, j] = H[j, i] = (f(x + E[i] + E[j]) - f(x + E[i] - E[j]) - f(x - E[i] + E[j])
                                 + f(x - E[i] - E[j])) / (2 * h * h)
    return H


MUTANTS = [
    ("numerical_hessian", jacobian_of_numerical_gradient, "not exactly symmetric"),
    ("numerical_hessian", upper_triangle_only, "copy it to H[j, i]"),
    ("numerical_hessian", diagonal_only, "mixed partial derivatives"),
    ("numerical_hessian", divides_by_h_squared, "4 times too large"),
    ("numerical_hessian", mixed_divided_by_h_squared, "mixed partials (off the diagonal)"),
    ("numerical_hessian", nudges_x_in_place, "in place"),
    ("numerical_hessian", with_np_gradient, "asks you not to use"),
    ("numerical_hessian", with_scipy, "asks you not to use"),
    ("numerical_hessian", no_step_check, "should raise ValueError"),
    ("numerical_hessian", fixed_step, "instead of the h passed in"),
    ("numerical_hessian", all_pairs_at_once, "call it once per shifted point"),
    ("numerical_hessian", list_of_rows, "the task asks for a NumPy array"),
    ("numerical_hessian", absolute_zero_for_tiny_entries, "do not round small entries to zero"),
    ("numerical_hessian", every_pair_computed_twice, "not exactly symmetric"),
    ("numerical_hessian", nudges_x_in_place, "(x[i] + h) − h is not exactly x[i]"),
    ("numerical_hessian", divides_by_2h2, "2 times too large"),
]
