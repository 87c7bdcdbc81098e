def chain_rule(functions, x):
    """Return (values, adjoints): the forward values x_0..x_k and the adjoints dy/dx_i of the chain."""
    values = [float(x)]
    for f in functions:
        values.append(float(f(values[-1])))
    adjoints = [1.0]
    for f, inp in zip(reversed(functions), reversed(values[:-1])):
        adjoints.append(adjoints[-1] * float(f.derivative(inp)))
    return np.array(values), np.array(adjoints[::-1])
