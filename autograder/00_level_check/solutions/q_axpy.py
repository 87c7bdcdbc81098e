def axpy(a, x, y):
    return a * x + y
