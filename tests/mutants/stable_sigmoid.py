"""Wrong implementations of `sigmoid` and `log_sigmoid`."""
import numpy as np


def _stable(z):
    z = np.asarray(z, dtype=float)
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def ratio_form(z):
    z = np.asarray(z, dtype=float)
    return np.exp(z) / (1.0 + np.exp(z))


def flipped_sign(z):
    z = np.asarray(z, dtype=float)
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, e / (1.0 + e), 1.0 / (1.0 + e))


def integer_output(z):
    z = np.asarray(z)
    out = np.empty_like(z)
    positive = z >= 0
    out[positive] = 1.0 / (1.0 + np.exp(-z[positive]))
    e = np.exp(z[~positive])
    out[~positive] = e / (1.0 + e)
    return out


def clips_in_place(z):
    z = np.asarray(z, dtype=float)
    np.clip(z, -500.0, 500.0, out=z)
    return 1.0 / (1.0 + np.exp(-z))


def log_of_sigmoid(z):
    return np.log(_stable(z))


def log_one_plus_exp(z):
    z = np.asarray(z, dtype=float)
    return -np.log(1.0 + np.exp(-z))


def log_flipped_sign(z):
    z = np.asarray(z, dtype=float)
    return np.minimum(-z, 0.0) - np.log1p(np.exp(-np.abs(z)))


MUTANTS = [
    ("sigmoid", ratio_form, "Exponentiate only non-positive numbers"),
    ("sigmoid", flipped_sign, "minus sign in the exponent"),
    ("sigmoid", integer_output, "float copy"),
    ("sigmoid", clips_in_place, "in place"),
    ("log_sigmoid", log_of_sigmoid, "Stay in log space"),
    ("log_sigmoid", log_one_plus_exp, "Stay in log space"),
    ("log_sigmoid", log_flipped_sign, "you computed log σ(−z)"),
]
