"""Wrong implementations of `chain_rule`."""
import numpy as np

from course.runtime.functions.backprop import Affine, Power, Tanh

# the demo chain of the notebook's plot cell, as a learner's function would see it as a global
chain_demo = [Affine(2.0, -1.0), Tanh(), Power(2.0)]


def _forward(functions, x):
    values = [float(x)]
    for f in functions:
        values.append(float(f(values[-1])))
    return values


def derivative_at_x(functions, x):
    values = _forward(functions, x)
    adjoints = [1.0]
    for f in reversed(functions):
        adjoints.append(adjoints[-1] * float(f.derivative(x)))
    return np.array(values), np.array(adjoints[::-1])


def derivative_at_output(functions, x):
    values = _forward(functions, x)
    adjoints = [1.0]
    for f, out in zip(reversed(functions), reversed(values[1:])):
        adjoints.append(adjoints[-1] * float(f.derivative(out)))
    return np.array(values), np.array(adjoints[::-1])


def forward_mode_tangents(functions, x):
    values = _forward(functions, x)
    tangents = [1.0]
    for f, inp in zip(functions, values[:-1]):
        tangents.append(tangents[-1] * float(f.derivative(inp)))
    return np.array(values), np.array(tangents)


def adjoints_not_reversed(functions, x):
    values = _forward(functions, x)
    adjoints = [1.0]
    for f, inp in zip(reversed(functions), reversed(values[:-1])):
        adjoints.append(adjoints[-1] * float(f.derivative(inp)))
    return np.array(values), np.array(adjoints)


def reads_global_chain(functions, x):
    values = _forward(chain_demo, x)
    adjoints = [1.0]
    for f, inp in zip(reversed(chain_demo), reversed(values[:-1])):
        adjoints.append(adjoints[-1] * float(f.derivative(inp)))
    return np.array(values), np.array(adjoints[::-1])


def sums_derivatives(functions, x):
    values = _forward(functions, x)
    adjoints = [1.0]
    for f, inp in zip(reversed(functions), reversed(values[:-1])):
        adjoints.append(adjoints[-1] + float(f.derivative(inp)))
    return np.array(values), np.array(adjoints[::-1])


def only_the_derivative(functions, x):
    values = _forward(functions, x)
    d = 1.0
    for f, inp in zip(functions, values[:-1]):
        d *= float(f.derivative(inp))
    return float(values[-1]), d


def scipy_numerical_derivative(functions, x):
    from scipy.differentiate import derivative
    values = [float(x)]
    for f in functions:
        values.append(float(f(values[-1])))
    adjoints = [1.0]
    for f, t in zip(functions[::-1], values[-2::-1]):
        adjoints.append(adjoints[-1] * float(derivative(f, t).df))
    return np.array(values), np.array(adjoints[::-1])


def central_differences(functions, x):
    h = 1e-6
    values = [float(x)]
    for f in functions:
        values.append(float(f(values[-1])))
    adjoints = [1.0]
    for f, t in zip(functions[::-1], values[-2::-1]):
        adjoints.append(adjoints[-1] * (f(t + h) - f(t - h)) / (2 * h))
    return np.array(values), np.array(adjoints[::-1])


def reverses_the_list_in_place(functions, x):
    values = [float(x)]
    for f in functions:
        values.append(float(f(values[-1])))
    functions.reverse()
    adjoints = [1.0]
    for f, t in zip(functions, values[-2::-1]):
        adjoints.append(adjoints[-1] * float(f.derivative(t)))
    return np.array(values), np.array(adjoints[::-1])


def returns_lists(functions, x):
    values = [x]
    for f in functions:
        values.append(f(values[-1]))
    adjoints = [1.0]
    for f, t in zip(functions[::-1], values[-2::-1]):
        adjoints.append(adjoints[-1] * f.derivative(t))
    return values, adjoints[::-1]


def integer_identity(functions, x):
    values = [x]                              # an integer x stays an integer
    for f in functions:
        values.append(f(values[-1]))
    adjoints = [1.0]
    for f, t in zip(functions[::-1], values[-2::-1]):
        adjoints.append(adjoints[-1] * f.derivative(t))
    return np.array(values), np.array(adjoints[::-1])


MUTANTS = [
    ("chain_rule", derivative_at_x, "ITS OWN input"),
    ("chain_rule", derivative_at_output, "at the output of its function"),
    ("chain_rule", forward_mode_tangents, "forward-mode"),
    ("chain_rule", adjoints_not_reversed, "wrong order"),
    ("chain_rule", reads_global_chain, "instead of its argument"),
    ("chain_rule", sums_derivatives, None),
    ("chain_rule", only_the_derivative, None),
    ("chain_rule", scipy_numerical_derivative, "asks you not to use"),
    ("chain_rule", central_differences, "finite differences lose their accuracy"),
    ("chain_rule", reverses_the_list_in_place, "changed the list"),
    ("chain_rule", returns_lists, "the task asks for a NumPy array"),
    ("chain_rule", integer_identity, "integer input gives integer arithmetic"),
]
