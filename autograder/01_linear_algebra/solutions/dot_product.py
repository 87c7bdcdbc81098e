def dot(u, v):
    """Return the dot product of two equal-length 1-D sequences, computed with a loop."""
    if len(u) != len(v):
        raise ValueError(f"vectors have different lengths {len(u)} and {len(v)}")
    total = 0.0
    for a, b in zip(u, v):
        total += a * b
    return total
