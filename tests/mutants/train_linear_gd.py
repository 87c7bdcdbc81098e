"""Wrong implementations of `train_linear_gd`."""
import numpy as np


def _prepare(X, y, step, iterations, flatten=True):
    if step <= 0 or iterations < 0:
        raise ValueError("step and iterations")
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    if flatten and y.ndim == 2 and y.shape[1] == 1:
        y = y[:, 0]
    return X, y


def _train(X, y, step, iterations, gradient, start=None):
    X, y = _prepare(X, y, step, iterations)
    m, d = X.shape
    w = np.zeros(d) if start is None else start(d)
    losses = [np.mean((X @ w - y) ** 2)]
    for _ in range(iterations):
        w = w - step * gradient(X, y, w, m)
        losses.append(np.mean((X @ w - y) ** 2))
    return w, np.array(losses)


def gradient_ascent(X, y, step, iterations):
    return _train(X, y, step, iterations, lambda X, y, w, m: -2.0 / m * X.T @ (X @ w - y))


def gradient_without_one_over_m(X, y, step, iterations):
    return _train(X, y, step, iterations, lambda X, y, w, m: 2.0 * X.T @ (X @ w - y))


def gradient_without_two(X, y, step, iterations):
    return _train(X, y, step, iterations, lambda X, y, w, m: X.T @ (X @ w - y) / m)


def starts_from_ones(X, y, step, iterations):
    return _train(X, y, step, iterations, lambda X, y, w, m: 2.0 / m * X.T @ (X @ w - y),
                  start=np.ones)


def losses_after_each_step_only(X, y, step, iterations):
    w, losses = _train(X, y, step, iterations, lambda X, y, w, m: 2.0 / m * X.T @ (X @ w - y))
    return w, losses[1:]


def losses_before_each_step_only(X, y, step, iterations):
    w, losses = _train(X, y, step, iterations, lambda X, y, w, m: 2.0 / m * X.T @ (X @ w - y))
    return w, losses[:-1]


def broadcasts_column_labels(X, y, step, iterations):
    X, y = _prepare(X, y, step, iterations, flatten=False)
    m, d = X.shape
    w = np.zeros(d)
    losses = [np.mean((X @ w - y) ** 2)]
    for _ in range(iterations):
        w = w - step * 2.0 / m * X.T @ (X @ w - y)
        losses.append(np.mean((X @ w - y) ** 2))
    return w, np.array(losses)


def closed_form_weights(X, y, step, iterations):
    _, losses = _train(X, y, step, iterations, lambda X, y, w, m: 2.0 / m * X.T @ (X @ w - y))
    X, y = _prepare(X, y, step, iterations)
    return np.linalg.lstsq(X, y, rcond=None)[0], losses


def no_argument_checks(X, y, step, iterations):
    return _train(X, y, step if step > 0 else abs(step) + 1e-3, max(iterations, 0),
                  lambda X, y, w, m: 2.0 / m * X.T @ (X @ w - y))


MUTANTS = [
    ("train_linear_gd", gradient_ascent, "went uphill"),
    ("train_linear_gd", gradient_without_one_over_m, "without the 1/m"),
    ("train_linear_gd", gradient_without_two, "factor 2"),
    ("train_linear_gd", starts_from_ones, "w = np.zeros(d)"),
    ("train_linear_gd", losses_after_each_step_only, "iterations + 1 entries"),
    ("train_linear_gd", losses_before_each_step_only, "iterations + 1 entries"),
    ("train_linear_gd", broadcasts_column_labels, "(m, m) matrix"),
    ("train_linear_gd", closed_form_weights, None),
    ("train_linear_gd", no_argument_checks, "ValueError was expected"),
]


# --- added: bans (closed form, ground rules), a list of losses, early stopping ---------------
import scipy.optimize
from sklearn.linear_model import LinearRegression


def _right(X, y, step, iterations):
    return _train(X, y, step, iterations, lambda X, y, w, m: 2.0 / m * X.T @ (X @ w - y))


def solve_for_the_weights(X, y, step, iterations):
    _, losses = _right(X, y, step, iterations)
    X, y = _prepare(X, y, step, iterations)
    return np.linalg.solve(X.T @ X, X.T @ y), losses


def sklearn_weights(X, y, step, iterations):
    _, losses = _right(X, y, step, iterations)
    X, y = _prepare(X, y, step, iterations)
    return LinearRegression(fit_intercept=False).fit(X, y).coef_, losses


def scipy_check_grad(X, y, step, iterations):
    X, y = _prepare(X, y, step, iterations)
    scipy.optimize.check_grad(lambda w: np.mean((X @ w - y) ** 2),
                              lambda w: 2.0 / len(y) * X.T @ (X @ w - y), np.zeros(X.shape[1]))
    return _right(X, y, step, iterations)


def step_size_from_inverse(X, y, step, iterations):
    X, y = _prepare(X, y, step, iterations)
    H_inv = np.linalg.inv(np.eye(X.shape[1]))      # "preconditioner" that is the identity
    return _train(X, y, step, iterations, lambda X, y, w, m: H_inv @ (2.0 / m * X.T @ (X @ w - y)))


def step_size_from_pinv(X, y, step, iterations):
    X, y = _prepare(X, y, step, iterations)
    P = np.linalg.pinv(np.eye(X.shape[1]))
    return _train(X, y, step, iterations, lambda X, y, w, m: P @ (2.0 / m * X.T @ (X @ w - y)))


def initial_guess_from_polyfit(X, y, step, iterations):
    X, y = _prepare(X, y, step, iterations)
    np.polyfit(np.arange(len(y)), y, 0)            # "a quick look at the labels", unused
    return _right(X, y, step, iterations)


def design_through_vander(X, y, step, iterations):
    X, y = _prepare(X, y, step, iterations)
    np.vander(X[:, -1], 1)
    return _right(X, y, step, iterations)


def loss_through_polynomial_module(X, y, step, iterations):
    X, y = _prepare(X, y, step, iterations)
    m, d = X.shape
    w = np.zeros(d)
    square = np.polynomial.Polynomial([0.0, 0.0, 1.0])
    losses = [np.mean(square(X @ w - y))]
    for _ in range(iterations):
        w = w - step * 2.0 / m * X.T @ (X @ w - y)
        losses.append(np.mean(square(X @ w - y)))
    return w, np.array(losses)


def losses_as_a_list(X, y, step, iterations):
    w, losses = _right(X, y, step, iterations)
    return w, list(losses)


def stops_when_converged(X, y, step, iterations):
    X, y = _prepare(X, y, step, iterations)
    m, d = X.shape
    w = np.zeros(d)
    losses = [np.mean((X @ w - y) ** 2)]
    for _ in range(iterations):
        w = w - step * 2.0 / m * X.T @ (X @ w - y)
        losses.append(np.mean((X @ w - y) ** 2))
        if abs(losses[-2] - losses[-1]) < 1e-10:
            break
    return w, np.array(losses)


MUTANTS = [(n, f, "asks you not to use" if f is closed_form_weights else t) for n, f, t in MUTANTS]
MUTANTS += [
    ("train_linear_gd", solve_for_the_weights, "asks you not to use"),
    ("train_linear_gd", sklearn_weights, "asks you not to use"),
    ("train_linear_gd", scipy_check_grad, "asks you not to use"),
    ("train_linear_gd", step_size_from_inverse, "asks you not to use"),
    ("train_linear_gd", step_size_from_pinv, "asks you not to use"),
    ("train_linear_gd", initial_guess_from_polyfit, "asks you not to use"),
    ("train_linear_gd", design_through_vander, "asks you not to use"),
    ("train_linear_gd", loss_through_polynomial_module, "asks you not to use"),
    ("train_linear_gd", losses_as_a_list, "NumPy array"),
    ("train_linear_gd", stops_when_converged, "take exactly `iterations` steps"),
]


# --- added (red team 3): labels flattened with np.ravel, so a (1, m) row or an (m/2, 2) table passes ---
def ravels_any_label_shape(X, y, step, iterations):
    if step <= 0 or iterations < 0:
        raise ValueError("step and iterations")
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float).ravel()
    if y.size != X.shape[0]:
        raise ValueError("number of labels")
    return _train(X, y, step, iterations, lambda X, y, w, m: 2.0 / m * X.T @ (X @ w - y))


MUTANTS += [("train_linear_gd", ravels_any_label_shape, "(m,) or (m, 1) only")]
