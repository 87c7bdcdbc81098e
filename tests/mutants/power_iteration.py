"""Wrong implementations of `power_iteration`."""
import numpy as np


def _start(x0):
    v = np.array(x0, dtype=float)
    if not v.any():
        raise ValueError("zero start vector")
    return v / np.linalg.norm(v)


def never_normalised(A, x0, tol=1e-10, max_iter=1000):
    A = np.asarray(A, float)
    v = _start(x0)
    lam = v @ A @ v / (v @ v)
    for it in range(1, max_iter + 1):
        v = A @ v
        new = v @ A @ v / (v @ v)
        if abs(new - lam) < tol:
            return new, v, it
        lam = new
    return lam, v, max_iter


def returns_A_v(A, x0, tol=1e-10, max_iter=1000):
    A = np.asarray(A, float)
    v = _start(x0)
    lam = v @ A @ v
    for it in range(1, max_iter + 1):
        w = A @ v
        v = w / np.linalg.norm(w)
        new = v @ A @ v
        if abs(new - lam) < tol:
            return new, w, it
        lam = new
    return lam, A @ v, max_iter


def entry_ratio(A, x0, tol=1e-10, max_iter=1000):
    A = np.asarray(A, float)
    v = _start(x0)
    lam = (A @ v)[0] / v[0]
    for it in range(1, max_iter + 1):
        w = A @ v
        new = w[0] / v[0]
        v = w / np.linalg.norm(w)
        if abs(new - lam) < tol:
            return new, v, it
        lam = new
    return lam, v, max_iter


def norm_as_eigenvalue(A, x0, tol=1e-10, max_iter=1000):
    A = np.asarray(A, float)
    v = _start(x0)
    lam = np.linalg.norm(A @ v)
    for it in range(1, max_iter + 1):
        w = A @ v
        v = w / np.linalg.norm(w)
        new = np.linalg.norm(A @ v)
        if abs(new - lam) < tol:
            return new, v, it
        lam = new
    return lam, v, max_iter


def normalises_x0_in_place(A, x0, tol=1e-10, max_iter=1000):
    A = np.asarray(A, float)
    v = x0
    v /= np.linalg.norm(v)
    lam = v @ A @ v
    for it in range(1, max_iter + 1):
        w = A @ v
        v = w / np.linalg.norm(w)
        new = v @ A @ v
        if abs(new - lam) < tol:
            return new, v, it
        lam = new
    return lam, v, max_iter


def counts_from_zero(A, x0, tol=1e-10, max_iter=1000):
    A = np.asarray(A, float)
    v = _start(x0)
    lam = v @ A @ v
    for it in range(max_iter):
        w = A @ v
        v = w / np.linalg.norm(w)
        new = v @ A @ v
        if abs(new - lam) < tol:
            return new, v, it
        lam = new
    return lam, v, max_iter - 1


def fixed_iterations(A, x0, tol=1e-10, max_iter=1000):
    A = np.asarray(A, float)
    v = _start(x0)
    for _ in range(max_iter):
        w = A @ v
        v = w / np.linalg.norm(w)
    return float(v @ A @ v), v, max_iter


MUTANTS = [
    ("power_iteration", never_normalised, "must have length 1"),
    ("power_iteration", returns_A_v, "must have length 1"),
    ("power_iteration", entry_ratio, "ratio of single entries"),
    ("power_iteration", norm_as_eigenvalue, "keeps the sign"),
    ("power_iteration", normalises_x0_in_place, "in place"),
    ("power_iteration", counts_from_zero, None),
    ("power_iteration", fixed_iterations, None),
]


def estimate_starts_at_zero(A, x0, tol=1e-10, max_iter=1000):
    A = np.asarray(A, float)
    v = _start(x0)
    lam = 0.0                      # no estimate from x0: the first change is |λ₁ − 0|
    for it in range(1, max_iter + 1):
        w = A @ v
        v = w / np.linalg.norm(w)
        new = v @ A @ v
        if abs(new - lam) < tol:
            return new, v, it
        lam = new
    return lam, v, max_iter


def relative_tolerance(A, x0, tol=1e-10, max_iter=1000):
    A = np.asarray(A, float)
    v = _start(x0)
    lam = v @ A @ v
    for it in range(1, max_iter + 1):
        w = A @ v
        v = w / np.linalg.norm(w)
        new = v @ A @ v
        if abs(new - lam) < tol * abs(new):
            return new, v, it
        lam = new
    return lam, v, max_iter


def stops_on_vector_change(A, x0, tol=1e-10, max_iter=1000):
    A = np.asarray(A, float)
    v = _start(x0)
    for it in range(1, max_iter + 1):
        w = A @ v
        new_v = w / np.linalg.norm(w)
        change = min(np.linalg.norm(new_v - v), np.linalg.norm(new_v + v))
        v = new_v
        if change < tol:
            return float(v @ A @ v), v, it
    return float(v @ A @ v), v, max_iter


def normalises_only_at_the_end(A, x0, tol=1e-10, max_iter=1000):
    A = np.asarray(A, float)
    w = _start(x0)
    lam = w @ A @ w / (w @ w)
    with np.errstate(all="ignore"):
        for it in range(1, max_iter + 1):
            w = A @ w
            new = w @ A @ w / (w @ w)
            if abs(new - lam) < tol:
                return new, w / np.linalg.norm(w), it
            lam = new
    return lam, w / np.linalg.norm(w), max_iter


def checks_before_counting(A, x0, tol=1e-10, max_iter=1000):
    A = np.asarray(A, float)
    v = _start(x0)
    lam = v @ A @ v
    it = 0
    while it <= max_iter:
        w = A @ v
        v = w / np.linalg.norm(w)
        new = v @ A @ v
        it += 1
        if abs(new - lam) < tol:
            return new, v, it + 1          # counts the start as an iteration too
        lam = new
    return lam, v, max_iter


def with_eigh(A, x0, tol=1e-10, max_iter=1000):
    A = np.asarray(A, float)
    _start(x0)
    values, vectors = np.linalg.eigh(A)
    i = np.argmax(np.abs(values))
    return float(values[i]), vectors[:, i], 1


def with_eig(A, x0, tol=1e-10, max_iter=1000):
    A = np.asarray(A, float)
    _start(x0)
    values, vectors = np.linalg.eig(A)
    i = np.argmax(np.abs(values))
    return float(values[i].real), vectors[:, i].real, 1


def with_eigvals(A, x0, tol=1e-10, max_iter=1000):
    A = np.asarray(A, float)
    values = np.linalg.eigvals(A)
    v = _start(x0)
    for it in range(1, max_iter + 1):
        w = A @ v
        v = w / np.linalg.norm(w)
        lam = values[np.argmax(np.abs(values))].real
        if abs(v @ A @ v - lam) < tol:
            return float(lam), v, it
    return float(lam), v, max_iter


def with_eigvalsh(A, x0, tol=1e-10, max_iter=1000):
    A = np.asarray(A, float)
    values = np.linalg.eigvalsh(A)
    lam = values[np.argmax(np.abs(values))]
    v = _start(x0)
    for it in range(1, max_iter + 1):
        w = A @ v
        v = w / np.linalg.norm(w)
        if abs(v @ A @ v - lam) < tol:
            return float(lam), v, it
    return float(lam), v, max_iter


def with_svd(A, x0, tol=1e-10, max_iter=1000):
    A = np.asarray(A, float)
    _start(x0)
    U, s, _ = np.linalg.svd(A)
    v = U[:, 0]
    return float(v @ A @ v), v, 1


def with_scipy(A, x0, tol=1e-10, max_iter=1000):
    import scipy.linalg
    A = np.asarray(A, float)
    _start(x0)
    values, vectors = scipy.linalg.eigh(A)
    i = np.argmax(np.abs(values))
    return float(values[i]), vectors[:, i], 1


BAN = "asks you not to use"
MUTANTS = [m if m[1] not in (counts_from_zero, fixed_iterations) else
           (m[0], m[1], "count the products A v from 1" if m[1] is counts_from_zero else "stop as soon as")
           for m in MUTANTS]
MUTANTS += [
    ("power_iteration", estimate_starts_at_zero, "take the first estimate"),
    ("power_iteration", relative_tolerance, "not a relative change"),
    ("power_iteration", stops_on_vector_change, "not the change of v"),
    ("power_iteration", normalises_only_at_the_end, "normalise v after every product"),
    ("power_iteration", checks_before_counting, "one iteration too many"),
    ("power_iteration", with_eigh, BAN),
    ("power_iteration", with_eig, BAN),
    ("power_iteration", with_eigvals, BAN),
    ("power_iteration", with_eigvalsh, BAN),
    ("power_iteration", with_svd, BAN),
    ("power_iteration", with_scipy, BAN),
]


def returns_previous_estimate(A, x0, tol=1e-10, max_iter=1000):
    """On convergence returns the estimate from the iteration before, not r(v) of the final v."""
    A = np.asarray(A, dtype=float)
    v = _start(x0)
    estimate = v @ A @ v
    for iteration in range(1, max_iter + 1):
        w = A @ v
        v = w / np.linalg.norm(w)
        new = v @ A @ v
        if abs(new - estimate) < tol:
            return float(estimate), v, iteration
        estimate = new
    return float(estimate), v, max_iter


MUTANTS.append(("power_iteration", returns_previous_estimate, "Return the NEW estimate"))
