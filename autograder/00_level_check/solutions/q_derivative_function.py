def df(x):
    return 2 * x + 3
