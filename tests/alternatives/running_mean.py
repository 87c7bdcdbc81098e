"""Valid alternatives to `running_mean` and `settling_index` that must earn full marks."""
import numpy as np


def incremental_mean(x):
    """The update m_i = m_{i-1} + (x_i − m_{i-1}) / i, one value at a time."""
    values = np.asarray(x, dtype=float)
    out = np.empty(values.size)
    m = 0.0
    for i, v in enumerate(values):
        m += (v - m) / (i + 1)
        out[i] = m
    return out


def settle_from_the_end(means, target, eps):
    """Walk back from the last entry while inside the band written as target − eps ≤ m ≤ target + eps."""
    i = len(means)
    while i > 0 and abs(means[i - 1] - target) <= eps:
        i -= 1
    return i


def settle_reversed_cumulative(means, target, eps):
    inside = np.abs(np.asarray(means, dtype=float) - target) <= eps
    # entry i is True when every entry from i on is inside
    tail_inside = np.logical_and.accumulate(inside[::-1])[::-1]
    return int(np.argmax(tail_inside)) if tail_inside.any() else len(inside)


ALTERNATIVES = [
    ("running_mean", incremental_mean),
    ("settling_index", settle_from_the_end),
    ("settling_index", settle_reversed_cumulative),
]
