"""Valid alternatives to `chain_rule` that must earn full marks."""
import numpy as np


def preallocated_arrays(functions, x):
    """Both passes fill preallocated float arrays by index."""
    k = len(functions)
    values = np.empty(k + 1)
    values[0] = x
    for i, f in enumerate(functions, start=1):
        values[i] = f(values[i - 1])
    adjoints = np.empty(k + 1)
    adjoints[k] = 1.0
    for i in range(k, 0, -1):
        adjoints[i - 1] = adjoints[i] * functions[i - 1].derivative(values[i - 1])
    return values, adjoints


def local_derivatives_then_cumulative_product(functions, x):
    """Local derivatives from the forward pass, adjoints as reversed cumulative products."""
    values = [float(x)]
    local = []
    for f in functions:
        local.append(float(f.derivative(values[-1])))
        values.append(float(f(values[-1])))
    adjoints = np.cumprod(np.array([1.0] + local[::-1]))[::-1]
    return np.asarray(values, dtype=float), np.ascontiguousarray(adjoints, dtype=float)


ALTERNATIVES = [("chain_rule", preallocated_arrays),
                ("chain_rule", local_derivatives_then_cumulative_product)]
