def running_mean(x):
    """Return the running means of a 1-D sample: entry i is the mean of x[0..i]."""
    x = np.asarray(x, dtype=float)
    return np.cumsum(x) / np.arange(1, x.size + 1)


def settling_index(means, target, eps):
    """Return the first index from which every entry of means lies within eps of target."""
    means = np.asarray(means, dtype=float)
    outside = np.flatnonzero(np.abs(means - target) > eps)
    return int(outside[-1] + 1) if outside.size else 0
