"""Valid alternatives to `init_params` that must earn full marks."""
import numpy as np


def second_layer_drawn_first(d, h, k, rng):
    """The task fixes the distributions, not the order of the draws."""
    if d < 1 or h < 1 or k < 1:
        raise ValueError("every layer needs at least one unit")
    W2 = rng.normal(0.0, np.sqrt(2.0 / h), size=(h, k))
    W1 = rng.normal(0.0, np.sqrt(2.0 / d), size=(d, h))
    return {"W1": W1, "b1": np.zeros(h), "W2": W2, "b2": np.zeros(k)}


def scaled_with_math(d, h, k, rng):
    import math

    if min(int(d), int(h), int(k)) <= 0:
        raise ValueError("sizes must be positive")
    return dict(W1=math.sqrt(2 / d) * rng.standard_normal(size=(d, h)), b1=np.zeros((h,)),
                W2=math.sqrt(2 / h) * rng.standard_normal(size=(h, k)), b2=np.zeros((k,)))


ALTERNATIVES = [("init_params", second_layer_drawn_first), ("init_params", scaled_with_math)]
