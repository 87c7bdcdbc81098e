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


# --- added: bans (SciPy, scikit-learn), tails, lists --------------------------------------------
import math

import scipy.special
from sklearn.utils.extmath import softmax as _sk_softmax


def _stable(z):
    z = np.asarray(z, dtype=float)
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def expit(z):
    return scipy.special.expit(np.asarray(z, dtype=float))


def scipy_logsumexp_sigmoid(z):
    z = np.asarray(z, dtype=float)
    return np.exp(-scipy.special.logsumexp(np.stack([np.zeros_like(z), -z]), axis=0))


def sklearn_two_class_softmax(z):
    z = np.asarray(z, dtype=float)
    scores = np.column_stack([z.ravel(), np.zeros(z.size)])
    return _sk_softmax(scores)[:, 0].reshape(z.shape)


def one_minus_for_negatives(z):
    z = np.asarray(z, dtype=float)
    p = 1.0 / (1.0 + np.exp(-np.abs(z)))
    return np.where(z >= 0, p, 1.0 - p)


def tanh_form(z):
    return 0.5 * (1.0 + np.tanh(np.asarray(z, dtype=float) / 2.0))


def entry_by_entry_list(z):
    if np.ndim(z) == 0:
        return float(_stable(z))
    flat = [1 / (1 + math.exp(-v)) if v >= 0 else math.exp(v) / (1 + math.exp(v))
            for v in np.ravel(np.asarray(z, dtype=float))]
    return np.reshape(flat, np.shape(z)).tolist()


def log_expit(z):
    return scipy.special.log_expit(np.asarray(z, dtype=float))


def log_of_expit(z):
    return np.log(scipy.special.expit(np.asarray(z, dtype=float)))


def scipy_logsumexp_log_sigmoid(z):
    z = np.asarray(z, dtype=float)
    return -scipy.special.logsumexp(np.stack([np.zeros_like(z), -z]), axis=0)


def log_of_sklearn_softmax(z):
    z = np.asarray(z, dtype=float)
    scores = np.column_stack([z.ravel(), np.zeros(z.size)])
    return np.log(_sk_softmax(scores)[:, 0]).reshape(z.shape)


def log_instead_of_log1p(z):
    z = np.asarray(z, dtype=float)
    return np.minimum(z, 0.0) - np.log(1.0 + np.exp(-np.abs(z)))


MUTANTS += [
    ("sigmoid", expit, "asks you not to use"),
    ("sigmoid", scipy_logsumexp_sigmoid, "asks you not to use"),
    ("sigmoid", sklearn_two_class_softmax, "asks you not to use"),
    ("sigmoid", one_minus_for_negatives, "cancel catastrophically"),
    ("sigmoid", tanh_form, "cancel catastrophically"),
    ("sigmoid", entry_by_entry_list, "NumPy float arrays"),
    ("log_sigmoid", log_expit, "asks you not to use"),
    ("log_sigmoid", log_of_expit, "asks you not to use"),
    ("log_sigmoid", scipy_logsumexp_log_sigmoid, "asks you not to use"),
    ("log_sigmoid", log_of_sklearn_softmax, "asks you not to use"),
    ("log_sigmoid", log_instead_of_log1p, "np.log1p(e)"),
]


# --- added (red team, step 4): slips found by an independent bank of wrong answers ----------

def naive_overflows_below(z):
    z = np.asarray(z, dtype=float)
    return 1 / (1 + np.exp(-z))


def where_of_two_formulas(z):
    z = np.asarray(z, dtype=float)
    return np.where(z >= 0, 1 / (1 + np.exp(-z)), np.exp(z) / (1 + np.exp(z)))


MUTANTS += [("sigmoid", naive_overflows_below, "evaluates BOTH A and B"),
            ("sigmoid", where_of_two_formulas, "evaluates BOTH A and B")]
