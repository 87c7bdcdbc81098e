"""Wrong implementations of `gradient_descent`."""
import numpy as np

from course.runtime.functions.optimisation import Bowl, Gradient

# what the notebook's demo cell defines; a learner may call it by mistake
bowl_grad = Gradient(Bowl(A=[[3.0, 1.0], [1.0, 2.0]], b=[1.0, 1.0]))


def _run(grad, x0, step, tol, max_iter, update):
    if step <= 0:
        raise ValueError("step")
    x = np.array(x0, dtype=float)
    history = [x]
    for _ in range(max_iter):
        g = np.asarray(grad(x), dtype=float)
        if np.linalg.norm(g) < tol:
            break
        x = update(x, g, step)
        history.append(x)
    return x, np.array(history)


def gradient_ascent(grad, x0, step, tol=1e-8, max_iter=10_000):
    return _run(grad, x0, step, tol, max_iter, lambda x, g, a: x + a * g)


def ignores_step(grad, x0, step, tol=1e-8, max_iter=10_000):
    return _run(grad, x0, step, tol, max_iter, lambda x, g, a: x - g)


def appends_the_same_array(grad, x0, step, tol=1e-8, max_iter=10_000):
    if step <= 0:
        raise ValueError("step")
    x = np.array(x0, dtype=float)
    history = [x]
    for _ in range(max_iter):
        g = grad(x)
        if np.linalg.norm(g) < tol:
            break
        x -= step * g
        history.append(x)
    return x, np.array(history)


def modifies_x0(grad, x0, step, tol=1e-8, max_iter=10_000):
    if step <= 0:
        raise ValueError("step")
    x = np.asarray(x0, dtype=float)          # no copy for a float array
    history = [x.copy()]
    for _ in range(max_iter):
        g = grad(x)
        if np.linalg.norm(g) < tol:
            break
        x -= step * g
        history.append(x.copy())
    return x, np.array(history)


def reads_the_notebook_gradient(grad, x0, step, tol=1e-8, max_iter=10_000):
    return _run(bowl_grad, x0, step, tol, max_iter, lambda x, g, a: x - a * g)


def history_without_x0(grad, x0, step, tol=1e-8, max_iter=10_000):
    x, history = _run(grad, x0, step, tol, max_iter, lambda x, g, a: x - a * g)
    return x, history[1:] if len(history) > 1 else history


def checks_after_the_step(grad, x0, step, tol=1e-8, max_iter=10_000):
    if step <= 0:
        raise ValueError("step")
    x = np.array(x0, dtype=float)
    history = [x]
    for _ in range(max_iter):
        x = x - step * grad(x)
        history.append(x)
        if np.linalg.norm(grad(x)) < tol:
            break
    return x, np.array(history)


def one_step_too_many(grad, x0, step, tol=1e-8, max_iter=10_000):
    if step <= 0:
        raise ValueError("step")
    x = np.array(x0, dtype=float)
    history = [x]
    for _ in range(max_iter + 1):
        g = grad(x)
        if np.linalg.norm(g) < tol:
            break
        x = x - step * g
        history.append(x)
    return x, np.array(history)


def no_step_check(grad, x0, step, tol=1e-8, max_iter=10_000):
    return _run(grad, x0, abs(step) + 1e-3 if step <= 0 else step, tol, max_iter,
                lambda x, g, a: x - a * g)


def returns_only_x(grad, x0, step, tol=1e-8, max_iter=10_000):
    return _run(grad, x0, step, tol, max_iter, lambda x, g, a: x - a * g)[0]


def scipy_norm(grad, x0, step, tol=1e-8, max_iter=10_000):
    import scipy.linalg
    if step <= 0:
        raise ValueError("step")
    x = np.array(x0, dtype=float)
    history = [x]
    for _ in range(max_iter):
        g = grad(x)
        if scipy.linalg.norm(g) < tol:
            break
        x = x - step * g
        history.append(x)
    return x, np.array(history)


def history_as_a_list(grad, x0, step, tol=1e-8, max_iter=10_000):
    if step <= 0:
        raise ValueError("step")
    x = np.array(x0, dtype=float)
    history = [x]
    for _ in range(max_iter):
        g = grad(x)
        if np.linalg.norm(g) < tol:
            break
        x = x - step * g
        history.append(x)
    return x, history


def largest_entry_as_norm(grad, x0, step, tol=1e-8, max_iter=10_000):
    if step <= 0:
        raise ValueError("step")
    x = np.array(x0, dtype=float)
    history = [x]
    for _ in range(max_iter):
        g = grad(x)
        if np.max(np.abs(g)) < tol:
            break
        x = x - step * g
        history.append(x)
    return x, np.array(history)


def less_or_equal(grad, x0, step, tol=1e-8, max_iter=10_000):
    if step <= 0:
        raise ValueError("step")
    x = np.array(x0, dtype=float)
    history = [x]
    for _ in range(max_iter):
        g = grad(x)
        if np.linalg.norm(g) <= tol:
            break
        x = x - step * g
        history.append(x)
    return x, np.array(history)


def no_float_copy(grad, x0, step, tol=1e-8, max_iter=10_000):
    if step <= 0:
        raise ValueError("step")
    x = np.asarray(x0)                       # an integer x0 stays integer
    history = [x]
    for _ in range(max_iter):
        g = grad(x)
        if np.linalg.norm(g) < tol:
            break
        x = x - step * g
        history.append(x)
    return x, np.array(history)



def max_iter_minus_one(grad, x0, step, tol=1e-8, max_iter=10_000):
    if step <= 0:
        raise ValueError("step must be positive")
    x = np.array(x0, dtype=float)
    history = [x]
    for _ in range(max_iter - 1):
        g = grad(x)
        if np.linalg.norm(g) < tol:
            break
        x = x - step * g
        history.append(x)
    return x, np.array(history)


def copies_x0_then_aliases(grad, x0, step, tol=1e-8, max_iter=10_000):
    if step <= 0:
        raise ValueError("step must be positive")
    x = np.array(x0, dtype=float)
    history = [x.copy()]
    for _ in range(max_iter):
        g = grad(x)
        if np.linalg.norm(g) < tol:
            break
        x -= step * g
        history.append(x)
    return x, np.array(history)


MUTANTS = [
    ("gradient_descent", gradient_ascent, "went uphill"),
    ("gradient_descent", ignores_step, "blew up to inf or NaN"),
    ("gradient_descent", appends_the_same_array, "appended one array object"),
    ("gradient_descent", modifies_x0, "modified x0 in place"),
    ("gradient_descent", reads_the_notebook_gradient, "not using it"),
    ("gradient_descent", history_without_x0, "history must start with the starting point"),
    ("gradient_descent", checks_after_the_step, None),
    ("gradient_descent", one_step_too_many, "took more than max_iter steps"),
    ("gradient_descent", no_step_check, "should raise ValueError"),
    ("gradient_descent", returns_only_x, "should return 2 values"),
    ("gradient_descent", scipy_norm, "asks you not to use"),
    ("gradient_descent", history_as_a_list, "the task asks for a NumPy array"),
    ("gradient_descent", largest_entry_as_norm, "EUCLIDEAN norm"),
    ("gradient_descent", less_or_equal, "strictly below tol"),
    ("gradient_descent", no_float_copy, "integer input gives integer arithmetic"),
    ("gradient_descent", max_iter_minus_one, "take exactly max_iter steps"),
    ("gradient_descent", copies_x0_then_aliases, "appended one array object"),
]
