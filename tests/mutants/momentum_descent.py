"""Wrong implementations of `momentum_descent`."""
import numpy as np


def _checked(step, beta):
    if step <= 0 or not 0 <= beta < 1:
        raise ValueError("bad step or beta")


def velocity_uphill(grad, x0, step, beta=0.9, tol=1e-8, max_iter=10_000):
    _checked(step, beta)
    x = np.array(x0, dtype=float)
    v = np.zeros_like(x)
    history = [x]
    for _ in range(max_iter):
        g = grad(x)
        if np.linalg.norm(g) < tol:
            break
        v = beta * v + step * g
        x = x + v
        history.append(x)
    return x, np.array(history)


def no_momentum(grad, x0, step, beta=0.9, tol=1e-8, max_iter=10_000):
    _checked(step, beta)
    x = np.array(x0, dtype=float)
    history = [x]
    for _ in range(max_iter):
        g = grad(x)
        if np.linalg.norm(g) < tol:
            break
        v = -step * g                      # velocity rebuilt from scratch every step
        x = x + v
        history.append(x)
    return x, np.array(history)


def moves_before_updating_velocity(grad, x0, step, beta=0.9, tol=1e-8, max_iter=10_000):
    _checked(step, beta)
    x = np.array(x0, dtype=float)
    v = np.zeros_like(x)
    history = [x]
    for _ in range(max_iter):
        g = grad(x)
        if np.linalg.norm(g) < tol:
            break
        x = x + v
        v = beta * v - step * g
        history.append(x)
    return x, np.array(history)


def momentum_on_the_gradient(grad, x0, step, beta=0.9, tol=1e-8, max_iter=10_000):
    # v accumulates gradients without the step and is then added: x moves uphill
    _checked(step, beta)
    x = np.array(x0, dtype=float)
    v = np.zeros_like(x)
    history = [x]
    for _ in range(max_iter):
        g = grad(x)
        if np.linalg.norm(g) < tol:
            break
        v = beta * v - g
        x = x + step * v + beta * v
        history.append(x)
    return x, np.array(history)


def velocity_never_decays(grad, x0, step, beta=0.9, tol=1e-8, max_iter=10_000):
    _checked(step, beta)
    x = np.array(x0, dtype=float)
    v = np.zeros_like(x)
    history = [x]
    for _ in range(max_iter):
        g = grad(x)
        if np.linalg.norm(g) < tol:
            break
        v = (1 + beta) * v - step * g      # should be beta * v
        x = x + v
        history.append(x)
    return x, np.array(history)


def in_place_history(grad, x0, step, beta=0.9, tol=1e-8, max_iter=10_000):
    _checked(step, beta)
    x = np.array(x0, dtype=float)
    v = np.zeros_like(x)
    history = [x]
    for _ in range(max_iter):
        g = grad(x)
        if np.linalg.norm(g) < tol:
            break
        v = beta * v - step * g
        x += v
        history.append(x)
    return x, np.array(history)


def modifies_x0(grad, x0, step, beta=0.9, tol=1e-8, max_iter=10_000):
    _checked(step, beta)
    x = x0 if isinstance(x0, np.ndarray) and x0.dtype.kind == "f" else np.array(x0, dtype=float)
    v = np.zeros_like(x)
    history = [x.copy()]
    for _ in range(max_iter):
        g = grad(x)
        if np.linalg.norm(g) < tol:
            break
        v = beta * v - step * g
        x += v
        history.append(x.copy())
    return x, np.array(history)


def no_beta_check(grad, x0, step, beta=0.9, tol=1e-8, max_iter=10_000):
    if step <= 0:
        raise ValueError("step")
    x = np.array(x0, dtype=float)
    v = np.zeros_like(x)
    history = [x]
    for _ in range(max_iter):
        g = grad(x)
        if np.linalg.norm(g) < tol:
            break
        v = beta * v - step * g
        x = x + v
        history.append(x)
    return x, np.array(history)


def _heavy_ball(grad, x0, step, beta, tol, max_iter, norm=np.linalg.norm, look_ahead=0.0,
                as_list=False, cast=lambda x0: np.array(x0, dtype=float)):
    if step <= 0 or not 0 <= beta < 1:
        raise ValueError("step or beta")
    x = cast(x0)
    v = np.zeros(np.shape(x))
    history = [x]
    for _ in range(max_iter):
        if norm(grad(x)) < tol:
            break
        v = beta * v - step * grad(x + look_ahead * beta * v)
        x = x + v
        history.append(x)
    return x, (history if as_list else np.array(history))


def scipy_norm(grad, x0, step, beta=0.9, tol=1e-8, max_iter=10_000):
    import scipy.linalg
    return _heavy_ball(grad, x0, step, beta, tol, max_iter, norm=scipy.linalg.norm)


def nesterov(grad, x0, step, beta=0.9, tol=1e-8, max_iter=10_000):
    return _heavy_ball(grad, x0, step, beta, tol, max_iter, look_ahead=1.0)


def history_as_a_list(grad, x0, step, beta=0.9, tol=1e-8, max_iter=10_000):
    return _heavy_ball(grad, x0, step, beta, tol, max_iter, as_list=True)


def squared_norm(grad, x0, step, beta=0.9, tol=1e-8, max_iter=10_000):
    return _heavy_ball(grad, x0, step, beta, tol, max_iter, norm=lambda g: g @ g)


def no_float_copy(grad, x0, step, beta=0.9, tol=1e-8, max_iter=10_000):
    return _heavy_ball(grad, x0, step, beta, tol, max_iter, cast=np.asarray)


MUTANTS = [
    ("momentum_descent", velocity_uphill, "went uphill"),
    ("momentum_descent", no_momentum, "the momentum term is missing"),
    ("momentum_descent", moves_before_updating_velocity, "Update the velocity BEFORE moving"),
    ("momentum_descent", momentum_on_the_gradient, None),
    ("momentum_descent", velocity_never_decays, "blew up to inf or NaN"),
    ("momentum_descent", in_place_history, "appended one array object"),
    ("momentum_descent", modifies_x0, "modified x0 in place"),
    ("momentum_descent", no_beta_check, "should raise ValueError"),
    ("momentum_descent", scipy_norm, "asks you not to use"),
    ("momentum_descent", nesterov, "Nesterov"),
    ("momentum_descent", history_as_a_list, "the task asks for a NumPy array"),
    ("momentum_descent", squared_norm, None),
    ("momentum_descent", no_float_copy, "integer input gives integer arithmetic"),
]
