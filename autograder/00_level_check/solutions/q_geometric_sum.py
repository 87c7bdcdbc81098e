def geometric_sum(r, n):
    return sum(r ** k for k in range(n))
