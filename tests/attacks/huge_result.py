"""Return huge results from the graded function: a 320 MB array, a deeply nested list, a string
of 200 MB; the grader must neither run out of memory nor crash."""
import numpy as np
CALLS = [0]
# ---- after the footer ----
def dot(u, v):
    CALLS[0] += 1
    if CALLS[0] == 1:
        return np.ones(4 * 10**7)
    if CALLS[0] == 2:
        nested = []
        for _ in range(100000):
            nested = [nested]
        return nested
    if CALLS[0] == 3:
        return "z" * (200 << 20)
    raise NotImplementedError()
