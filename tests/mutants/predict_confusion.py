"""Wrong implementations of `predict` and `confusion_matrix` (question predict_confusion)."""
import numpy as np


def _logits(params, X):
    A1 = np.maximum(np.asarray(X, dtype=float) @ params["W1"] + params["b1"], 0.0)
    return A1 @ params["W2"] + params["b2"]


def argmax_over_columns(params, X):
    return np.argmax(_logits(params, X), axis=0)


def returns_probabilities(params, X):
    S = _logits(params, X)
    E = np.exp(S - S.max(axis=1, keepdims=True))
    return E / E.sum(axis=1, keepdims=True)


def argmax_of_everything(params, X):
    return np.argmax(_logits(params, X))


def float_labels(params, X):
    return np.argmax(_logits(params, X), axis=1).astype(float)


def argmin(params, X):
    return np.argmin(_logits(params, X), axis=1)


def _checked(y_true, y_pred, k):
    y_true, y_pred = np.asarray(y_true), np.asarray(y_pred)
    if y_true.shape != y_pred.shape or min(y_true.min(), y_pred.min()) < 0 or max(y_true.max(), y_pred.max()) >= k:
        raise ValueError("labels")
    return y_true, y_pred


def fancy_index_increment(y_true, y_pred, k):
    y_true, y_pred = _checked(y_true, y_pred, k)
    C = np.zeros((k, k), dtype=int)
    C[y_true, y_pred] += 1
    return C


def rows_are_predictions(y_true, y_pred, k):
    y_true, y_pred = _checked(y_true, y_pred, k)
    C = np.zeros((k, k), dtype=int)
    np.add.at(C, (y_pred, y_true), 1)
    return C


def float_counts(y_true, y_pred, k):
    y_true, y_pred = _checked(y_true, y_pred, k)
    C = np.zeros((k, k))
    np.add.at(C, (y_true, y_pred), 1)
    return C


def no_label_check(y_true, y_pred, k):
    C = np.zeros((k, k), dtype=int)
    for t, p in zip(y_true, y_pred):
        C[t, p] += 1
    return C


def predict_as_list(params, X):
    return [int(np.argmax(row)) for row in _logits(params, X)]


def sklearn_confusion(y_true, y_pred, k):
    from sklearn.metrics import confusion_matrix as sk_confusion

    y_true, y_pred = _checked(y_true, y_pred, k)
    return sk_confusion(y_true, y_pred, labels=list(range(k)))


def scipy_sparse_counts(y_true, y_pred, k):
    from scipy.sparse import coo_matrix

    y_true, y_pred = _checked(y_true, y_pred, k)
    return coo_matrix((np.ones(len(y_true), dtype=int), (y_true, y_pred)), shape=(k, k)).toarray()


def checks_only_true_labels(y_true, y_pred, k):
    y_true, y_pred = np.asarray(y_true), np.asarray(y_pred)
    if len(y_true) != len(y_pred) or (y_true.size and (y_true.min() < 0 or y_true.max() >= k)):
        raise ValueError("labels")
    C = np.zeros((k, k), dtype=int)
    for t, p in zip(y_true, y_pred):
        C[t, p] += 1
    return C


MUTANTS = [
    ("predict", predict_as_list, "should be a NumPy array"),
    ("confusion_matrix", sklearn_confusion, "asks you not to use"),
    ("confusion_matrix", scipy_sparse_counts, "asks you not to use"),
    ("confusion_matrix", checks_only_true_labels, "should raise ValueError"),

    ("predict", argmax_over_columns, "np.argmax(logits, axis=0) looks down each column"),
    ("predict", returns_probabilities, "scores or probabilities"),
    ("predict", argmax_of_everything, "flattened array"),
    ("predict", float_labels, "do not convert them to float"),
    ("predict", argmin, None),
    ("confusion_matrix", fancy_index_increment, "adds 1 only ONCE per distinct position"),
    ("confusion_matrix", rows_are_predictions, "your matrix is transposed"),
    ("confusion_matrix", float_counts, "make it an integer array"),
    ("confusion_matrix", no_label_check, "should raise ValueError"),
]


# --- added (red team, step 4): slips found by an independent bank of wrong answers ----------

def k_from_the_labels(y_true, y_pred, k):
    y_true, y_pred = np.asarray(y_true), np.asarray(y_pred)
    if y_true.shape != y_pred.shape or np.any(y_true < 0) or np.any(y_pred < 0) \
            or np.any(y_true >= k) or np.any(y_pred >= k):
        raise ValueError("bad labels")
    size = int(max(y_true.max(), y_pred.max())) + 1
    C = np.zeros((size, size), dtype=int)
    np.add.at(C, (y_true, y_pred), 1)
    return C


MUTANTS += [("confusion_matrix", k_from_the_labels, "Do not infer k")]
