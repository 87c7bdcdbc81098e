"""Wrong implementations of `projected_gradient_descent`."""
import numpy as np


def _bounds(step, lower, upper):
    if step <= 0:
        raise ValueError("step")
    lower, upper = np.asarray(lower, dtype=float), np.asarray(upper, dtype=float)
    if np.any(lower > upper):
        raise ValueError("bounds")
    return lower, upper


def never_projects(grad, x0, step, lower, upper, tol=1e-10, max_iter=10_000):
    lower, upper = _bounds(step, lower, upper)
    x = np.clip(np.array(x0, dtype=float), lower, upper)
    history = [x]
    for _ in range(max_iter):
        x_new = x - step * grad(x)
        history.append(x_new)
        moved = np.linalg.norm(x_new - x)
        x = x_new
        if moved < tol:
            break
    return x, np.array(history)


def projects_before_the_step(grad, x0, step, lower, upper, tol=1e-10, max_iter=10_000):
    lower, upper = _bounds(step, lower, upper)
    x = np.clip(np.array(x0, dtype=float), lower, upper)
    history = [x]
    for _ in range(max_iter):
        p = np.clip(x, lower, upper)
        x_new = p - step * grad(p)
        history.append(x_new)
        moved = np.linalg.norm(x_new - x)
        x = x_new
        if moved < tol:
            break
    return x, np.array(history)


def stops_on_the_gradient(grad, x0, step, lower, upper, tol=1e-10, max_iter=10_000):
    lower, upper = _bounds(step, lower, upper)
    x = np.clip(np.array(x0, dtype=float), lower, upper)
    history = [x]
    for _ in range(max_iter):
        g = grad(x)
        if np.linalg.norm(g) < tol:
            break
        x = np.clip(x - step * g, lower, upper)
        history.append(x)
    return x, np.array(history)


def start_not_projected(grad, x0, step, lower, upper, tol=1e-10, max_iter=10_000):
    lower, upper = _bounds(step, lower, upper)
    x = np.array(x0, dtype=float)
    history = [x]
    for _ in range(max_iter):
        x_new = np.clip(x - step * grad(x), lower, upper)
        history.append(x_new)
        moved = np.linalg.norm(x_new - x)
        x = x_new
        if moved < tol:
            break
    return x, np.array(history)


def ascent(grad, x0, step, lower, upper, tol=1e-10, max_iter=10_000):
    lower, upper = _bounds(step, lower, upper)
    x = np.clip(np.array(x0, dtype=float), lower, upper)
    history = [x]
    for _ in range(max_iter):
        x_new = np.clip(x + step * grad(x), lower, upper)
        history.append(x_new)
        moved = np.linalg.norm(x_new - x)
        x = x_new
        if moved < tol:
            break
    return x, np.array(history)


def clips_only_from_below(grad, x0, step, lower, upper, tol=1e-10, max_iter=10_000):
    lower, upper = _bounds(step, lower, upper)
    x = np.maximum(np.array(x0, dtype=float), lower)
    history = [x]
    for _ in range(max_iter):
        x_new = np.maximum(x - step * grad(x), lower)
        history.append(x_new)
        moved = np.linalg.norm(x_new - x)
        x = x_new
        if moved < tol:
            break
    return x, np.array(history)


def no_bound_check(grad, x0, step, lower, upper, tol=1e-10, max_iter=10_000):
    if step <= 0:
        raise ValueError("step")
    lower, upper = np.asarray(lower, dtype=float), np.asarray(upper, dtype=float)
    x = np.clip(np.array(x0, dtype=float), lower, upper)
    history = [x]
    for _ in range(max_iter):
        x_new = np.clip(x - step * grad(x), lower, upper)
        history.append(x_new)
        moved = np.linalg.norm(x_new - x)
        x = x_new
        if moved < tol:
            break
    return x, np.array(history)


def clips_x0_in_place(grad, x0, step, lower, upper, tol=1e-10, max_iter=10_000):
    lower, upper = _bounds(step, lower, upper)
    x = x0 if isinstance(x0, np.ndarray) and x0.dtype.kind == "f" else np.array(x0, dtype=float)
    np.clip(x, lower, upper, out=x)
    history = [x.copy()]
    for _ in range(max_iter):
        x_new = np.clip(x - step * grad(x), lower, upper)
        history.append(x_new)
        moved = np.linalg.norm(x_new - x)
        x = x_new
        if moved < tol:
            break
    return x, np.array(history)


def _projected(grad, x0, step, lower, upper, tol, max_iter, *, norm=np.linalg.norm,
               strict=True, as_list=False):
    lower, upper = _bounds(step, lower, upper)
    x = np.clip(np.array(x0, dtype=float), lower, upper)
    history = [x]
    for _ in range(max_iter):
        x_new = np.clip(x - step * grad(x), lower, upper)
        history.append(x_new)
        moved = norm(x_new - x)
        x = x_new
        if moved < tol or (not strict and moved <= tol):
            break
    return x, (history if as_list else np.array(history))


def scipy_norm(grad, x0, step, lower, upper, tol=1e-10, max_iter=10_000):
    import scipy.linalg
    return _projected(grad, x0, step, lower, upper, tol, max_iter, norm=scipy.linalg.norm)


def less_or_equal(grad, x0, step, lower, upper, tol=1e-10, max_iter=10_000):
    return _projected(grad, x0, step, lower, upper, tol, max_iter, strict=False)


def history_as_a_list(grad, x0, step, lower, upper, tol=1e-10, max_iter=10_000):
    return _projected(grad, x0, step, lower, upper, tol, max_iter, as_list=True)


def no_float_copy(grad, x0, step, lower, upper, tol=1e-10, max_iter=10_000):
    """np.clip on the input as given: integer x0 and integer bounds give an integer start"""
    if step <= 0 or np.any(np.asarray(lower) > np.asarray(upper)):
        raise ValueError("step or bounds")
    x = np.clip(x0, lower, upper)
    history = [x]
    for _ in range(max_iter):
        x_new = np.clip(x - step * grad(x), lower, upper)
        history.append(x_new)
        moved = np.linalg.norm(x_new - x)
        x = x_new
        if moved < tol:
            break
    return x, np.array(history)


def rejects_equal_bounds(grad, x0, step, lower, upper, tol=1e-10, max_iter=10_000):
    if np.any(np.asarray(lower, dtype=float) >= np.asarray(upper, dtype=float)):
        raise ValueError("every lower bound must be below its upper bound")
    return _projected(grad, x0, step, lower, upper, tol, max_iter)



def steps_from_unprojected_points(grad, x0, step, lower, upper, tol=1e-10, max_iter=10_000):
    """Runs plain gradient descent and records its clipped iterates."""
    if step <= 0:
        raise ValueError("step must be positive")
    lower, upper = np.asarray(lower, dtype=float), np.asarray(upper, dtype=float)
    if np.any(lower > upper):
        raise ValueError("lower > upper")
    z = np.clip(np.array(x0, dtype=float), lower, upper)
    x = z.copy()
    history = [x]
    for _ in range(max_iter):
        z = z - step * grad(z)
        new = np.clip(z, lower, upper)
        history.append(new)
        moved = np.linalg.norm(new - x)
        x = new
        if moved < tol:
            break
    return x, np.array(history)


def one_step_short(grad, x0, step, lower, upper, tol=1e-10, max_iter=10_000):
    if step <= 0:
        raise ValueError("step must be positive")
    lower, upper = np.asarray(lower, dtype=float), np.asarray(upper, dtype=float)
    if np.any(lower > upper):
        raise ValueError("lower > upper")
    x = np.clip(np.array(x0, dtype=float), lower, upper)
    history = [x]
    for _ in range(max_iter - 1):
        new = np.clip(x - step * grad(x), lower, upper)
        history.append(new)
        moved = np.linalg.norm(new - x)
        x = new
        if moved < tol:
            break
    return x, np.array(history)


def short_step_not_appended(grad, x0, step, lower, upper, tol=1e-10, max_iter=10_000):
    if step <= 0:
        raise ValueError("step must be positive")
    lower, upper = np.asarray(lower, dtype=float), np.asarray(upper, dtype=float)
    if np.any(lower > upper):
        raise ValueError("lower > upper")
    x = np.clip(np.array(x0, dtype=float), lower, upper)
    history = [x]
    for _ in range(max_iter):
        new = np.clip(x - step * grad(x), lower, upper)
        if np.linalg.norm(new - x) < tol:
            break
        history.append(new)
        x = new
    return x, np.array(history)


MUTANTS = [
    ("projected_gradient_descent", never_projects, "project AFTER every gradient step"),
    ("projected_gradient_descent", projects_before_the_step, "Projecting before the step"),
    ("projected_gradient_descent", stops_on_the_gradient, "Stop as soon as an iteration barely moves"),
    ("projected_gradient_descent", start_not_projected, "projected starting point"),
    ("projected_gradient_descent", ascent, "went uphill"),
    ("projected_gradient_descent", clips_only_from_below, "outside the box"),
    ("projected_gradient_descent", no_bound_check, "should raise ValueError"),
    ("projected_gradient_descent", clips_x0_in_place, "modified x0 in place"),
    ("projected_gradient_descent", scipy_norm, "asks you not to use"),
    ("projected_gradient_descent", less_or_equal, "strictly shorter than tol"),
    ("projected_gradient_descent", history_as_a_list, "the task asks for a NumPy array"),
    ("projected_gradient_descent", no_float_copy, "integer input gives integer arithmetic"),
    ("projected_gradient_descent", rejects_equal_bounds, "EQUAL to its upper bound is allowed"),
    ("projected_gradient_descent", steps_from_unprojected_points, "starts from the previous row"),
    ("projected_gradient_descent", one_step_short, "take exactly max_iter steps"),
    ("projected_gradient_descent", short_step_not_appended, "append x_{k+1} to history first"),
]
