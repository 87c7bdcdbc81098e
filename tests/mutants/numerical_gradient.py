"""Wrong implementations of `numerical_gradient`."""
import numpy as np

x_demo = np.array([-1.2, 1.0])   # a notebook global a learner might read by mistake


def _checked(x, h):
    if not h > 0:
        raise ValueError("h must be positive")
    return np.array(x, dtype=float)


def forward_difference(f, x, h=1e-5):
    x = _checked(x, h)
    g = np.zeros(x.size)
    for i in range(x.size):
        e = np.zeros(x.size)
        e[i] = h
        g[i] = (f(x + e) - f(x)) / h
    return g


def backward_difference(f, x, h=1e-5):
    x = _checked(x, h)
    g = np.zeros(x.size)
    for i in range(x.size):
        e = np.zeros(x.size)
        e[i] = h
        g[i] = (f(x) - f(x - e)) / h
    return g


def divides_by_h(f, x, h=1e-5):
    x = _checked(x, h)
    g = np.zeros(x.size)
    for i in range(x.size):
        e = np.zeros(x.size)
        e[i] = h
        g[i] = (f(x + e) - f(x - e)) / h
    return g


def reads_global_x(f, x, h=1e-5):
    _checked(x, h)
    g = np.zeros(x_demo.size)
    for i in range(x_demo.size):
        e = np.zeros(x_demo.size)
        e[i] = h
        g[i] = (f(x_demo + e) - f(x_demo - e)) / (2 * h)
    return g


def nudges_x_in_place(f, x, h=1e-5):
    if not h > 0:
        raise ValueError("h must be positive")
    x = np.asarray(x, dtype=float)          # no copy for a float array
    g = np.zeros(x.size)
    for i in range(x.size):
        x[i] += h
        plus = f(x)
        x[i] -= 2 * h
        minus = f(x)
        g[i] = (plus - minus) / (2 * h)     # x[i] is left at x[i] - h
    return g


def integer_work_array(f, x, h=1e-5):
    if not h > 0:
        raise ValueError("h must be positive")
    x = np.array(x)                          # keeps an integer dtype
    g = np.zeros(x.size)
    for i in range(x.size):
        plus, minus = x.copy(), x.copy()
        plus[i] += h
        minus[i] -= h
        g[i] = (f(plus) - f(minus)) / (2 * h)
    return g


def fixed_step(f, x, h=1e-5):
    x = _checked(x, h)
    g = np.zeros(x.size)
    for i in range(x.size):
        e = np.zeros(x.size)
        e[i] = 1e-5
        g[i] = (f(x + e) - f(x - e)) / 2e-5
    return g


def no_step_check(f, x, h=1e-5):
    x = np.array(x, dtype=float)
    g = np.zeros(x.size)
    for i in range(x.size):
        e = np.zeros(x.size)
        e[i] = h
        with np.errstate(all="ignore"):
            g[i] = (f(x + e) - f(x - e)) / (2 * h) if h != 0 else np.nan
    return g


def with_np_gradient(f, x, h=1e-5):
    x = _checked(x, h)
    g = np.zeros(x.size)
    for i in range(x.size):
        e = np.zeros(x.size)
        e[i] = h
        g[i] = np.gradient([f(x - e), f(x), f(x + e)], h)[1]
    return g


def with_scipy(f, x, h=1e-5):
    from scipy.optimize import approx_fprime
    x = _checked(x, h)
    return approx_fprime(x, f, h)


def returns_a_list(f, x, h=1e-5):
    x = _checked(x, h)
    grad = []
    for i in range(x.size):
        e = np.zeros(x.size)
        e[i] = h
        grad.append((f(x + e) - f(x - e)) / (2 * h))
    return grad


def column_vector(f, x, h=1e-5):
    x = _checked(x, h)
    g = np.zeros((x.size, 1))
    for i in range(x.size):
        e = np.zeros(x.size)
        e[i] = h
        g[i, 0] = (f(x + e) - f(x - e)) / (2 * h)
    return g


def all_steps_at_once(f, x, h=1e-5):
    # calls f on a 2-D array of shifted points, which the task does not allow
    x = _checked(x, h)
    E = h * np.eye(x.size)
    return np.atleast_1d((f(x + E) - f(x - E)) / (2 * h))


def nudges_a_copy_in_place(f, x, h=1e-5):
    """x[i] += h; x[i] -= 2h; x[i] += h on a float copy: x[i] is not restored exactly."""
    if h <= 0:
        raise ValueError("h must be positive")
    x = np.array(x, dtype=float)
    g = np.zeros(x.size)
    for i in range(x.size):
        x[i] += h
        up = f(x)
        x[i] -= 2 * h
        down = f(x)
        x[i] += h
        g[i] = (up - down) / (2 * h)
    return g


MUTANTS = [
    ("numerical_gradient", forward_difference, "one-sided difference"),
    ("numerical_gradient", backward_difference, "one-sided difference"),
    ("numerical_gradient", divides_by_h, "so divide by 2h"),
    ("numerical_gradient", reads_global_x, "does not depend on the argument x"),
    ("numerical_gradient", nudges_x_in_place, "in place"),
    ("numerical_gradient", integer_work_array, "integer array"),
    ("numerical_gradient", fixed_step, "instead of the h passed in"),
    ("numerical_gradient", no_step_check, "should raise ValueError"),
    ("numerical_gradient", with_np_gradient, "asks you not to use"),
    ("numerical_gradient", with_scipy, "asks you not to use"),
    ("numerical_gradient", returns_a_list, "the task asks for a NumPy array"),
    ("numerical_gradient", column_vector, "2-D column"),
    ("numerical_gradient", all_steps_at_once, "call it once per shifted point"),
    ("numerical_gradient", nudges_a_copy_in_place, "does not restore x[i] exactly"),
]
