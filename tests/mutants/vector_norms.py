"""Wrong implementations of `norm`."""
import numpy as np
import scipy.linalg

BANNED = "asks you not to use"


def squared_l2(x, p=2):
    x = np.asarray(x, dtype=float)
    if p == 1:
        return np.abs(x).sum()
    if p == 2:
        return (x * x).sum()
    if p == np.inf:
        return np.abs(x).max()
    raise ValueError(p)


def signed_max(x, p=2):
    x = np.asarray(x, dtype=float)
    if p == 1:
        return np.abs(x).sum()
    if p == 2:
        return np.sqrt((x * x).sum())
    if p == np.inf:
        return x.max()
    raise ValueError(p)


def l1_without_abs(x, p=2):
    x = np.asarray(x, dtype=float)
    if p == 1:
        return x.sum()
    if p == 2:
        return np.sqrt((x * x).sum())
    if p == np.inf:
        return np.abs(x).max()
    raise ValueError(p)


def silently_defaults(x, p=2):
    x = np.asarray(x, dtype=float)
    if p == 1:
        return np.abs(x).sum()
    if p == np.inf:
        return np.abs(x).max()
    return np.sqrt((x * x).sum())


def abs_of_sum_l1(x, p=2):
    x = np.asarray(x, dtype=float)
    if p == 1:
        return abs(np.sum(x))
    if p == 2:
        return np.sqrt(np.sum(x ** 2))
    if p == np.inf:
        return np.max(np.abs(x))
    raise ValueError(p)


def squares_the_sum(x, p=2):
    x = np.asarray(x, dtype=float)
    if p == 1:
        return np.sum(np.abs(x))
    if p == 2:
        return np.sqrt(np.sum(x) ** 2)
    if p == np.inf:
        return np.max(np.abs(x))
    raise ValueError(p)


def abs_of_max(x, p=2):
    total = 0.0
    if p == 1:
        for v in x:
            total += abs(v)
        return total
    if p == 2:
        for v in x:
            total += v * v
        return total ** 0.5
    if p == np.inf:
        return abs(max(x))
    raise ValueError(p)


def general_p_formula(x, p=2):
    x = np.asarray(x, dtype=float)
    if p == np.inf:
        return np.max(np.abs(x))
    return np.sum(np.abs(x) ** p) ** (1 / p)


def wrong_error_type(x, p=2):
    x = np.asarray(x, dtype=float)
    if p == 1:
        return np.sum(np.abs(x))
    if p == 2:
        return np.sqrt(np.sum(x * x))
    if p == np.inf:
        return np.max(np.abs(x))
    raise TypeError(f"unsupported p={p}")


def _float(x):
    return np.asarray(x, dtype=float)


def linalg_norm(x, p=2):
    if p not in (1, 2, np.inf):
        raise ValueError(p)
    return float(np.linalg.norm(_float(x), ord=p))


def scipy_norm(x, p=2):
    if p not in (1, 2, np.inf):
        raise ValueError(p)
    return float(scipy.linalg.norm(_float(x), ord=p))


def _others(x, p):
    x = _float(x)
    if p == 1:
        return float(np.sum(np.abs(x)))
    if p == np.inf:
        return float(np.max(np.abs(x)))
    raise ValueError(p)


def np_dot_l2(x, p=2):
    return float(np.sqrt(np.dot(_float(x), _float(x)))) if p == 2 else _others(x, p)


def matmul_operator_l2(x, p=2):
    return float(np.sqrt(_float(x) @ _float(x))) if p == 2 else _others(x, p)


def np_matmul_l2(x, p=2):
    return float(np.sqrt(np.matmul(_float(x), _float(x)))) if p == 2 else _others(x, p)


def dot_method_l2(x, p=2):
    return float(np.sqrt(_float(x).dot(_float(x)))) if p == 2 else _others(x, p)


def np_inner_l2(x, p=2):
    return float(np.sqrt(np.inner(_float(x), _float(x)))) if p == 2 else _others(x, p)


def np_vdot_l2(x, p=2):
    return float(np.sqrt(np.vdot(_float(x), _float(x)))) if p == 2 else _others(x, p)


def np_einsum_l2(x, p=2):
    return float(np.sqrt(np.einsum("i,i->", _float(x), _float(x)))) if p == 2 else _others(x, p)


def identity_test_for_inf(x, p=2):
    x = np.asarray(x, dtype=float)
    if p == 1:
        return np.abs(x).sum()
    if p == 2:
        return np.sqrt((x * x).sum())
    if p is np.inf:            # float('inf') and math.inf are other objects
        return np.abs(x).max()
    raise ValueError(p)


def accepts_minus_inf(x, p=2):
    x = np.asarray(x, dtype=float)
    if p == 1:
        return np.abs(x).sum()
    if p == 2:
        return np.sqrt((x * x).sum())
    if np.isinf(p):            # -inf passes too
        return np.abs(x).max()
    raise ValueError(p)


def int_orders_only(x, p=2):
    x = np.asarray(x, dtype=float)
    if p == np.inf:
        return np.abs(x).max()
    if not isinstance(p, int):   # refuses p=2.0
        raise ValueError(p)
    if p == 1:
        return np.abs(x).sum()
    if p == 2:
        return np.sqrt((x * x).sum())
    raise ValueError(p)


MUTANTS = [
    ("norm", squared_l2, "square root"),
    ("norm", signed_max, "largest absolute value"),
    ("norm", l1_without_abs, "absolute values"),
    ("norm", silently_defaults, "only p = 1, 2 and np.inf are supported"),
    ("norm", abs_of_sum_l1, "absolute value of the sum"),
    ("norm", squares_the_sum, "you squared the sum"),
    ("norm", abs_of_max, "absolute value of the largest signed entry"),
    ("norm", general_p_formula, "only p = 1, 2 and np.inf are supported"),
    ("norm", wrong_error_type, "raised TypeError"),
    ("norm", linalg_norm, BANNED),
    ("norm", scipy_norm, BANNED),
    ("norm", np_dot_l2, BANNED),
    ("norm", matmul_operator_l2, BANNED),
    ("norm", np_matmul_l2, BANNED),
    ("norm", dot_method_l2, BANNED),
    ("norm", np_inner_l2, BANNED),
    ("norm", np_vdot_l2, BANNED),
    ("norm", np_einsum_l2, BANNED),
    ("norm", identity_test_for_inf, "compare p by value"),
    ("norm", accepts_minus_inf, "only p = 1, 2 and np.inf are supported"),
    ("norm", int_orders_only, "compare p by value"),
]
