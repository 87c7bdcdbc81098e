"""Valid alternatives to `standardise` that must earn full marks."""
import numpy as np


def with_np_where(X_train, X_test):
    A, B = np.array(X_train, dtype=float), np.array(X_test, dtype=float)
    if A.ndim != 2 or B.ndim != 2 or A.shape[0] == 0 or A.shape[1] != B.shape[1]:
        raise ValueError("need 2-D arrays with the same number of columns, and training rows")
    mu = np.mean(A, axis=0)
    sd = np.where(np.ptp(A, axis=0) == 0, 1.0, np.std(A, axis=0))
    return (A - mu) / sd, (B - mu) / sd


def column_by_column(X_train, X_test):
    A, B = np.asarray(X_train, dtype=float), np.asarray(X_test, dtype=float)
    if A.ndim != 2 or B.ndim != 2:
        raise ValueError("both inputs must be 2-D")
    if len(A) == 0 or A.shape[1] != B.shape[1]:
        raise ValueError("no training rows, or different numbers of columns")
    train_z, test_z = np.empty_like(A), np.empty_like(B)
    for j in range(A.shape[1]):
        column = A[:, j]
        mu = column.mean()
        sd = 1.0 if column.max() == column.min() else np.sqrt(np.mean((column - mu) ** 2))
        train_z[:, j] = (column - mu) / sd
        test_z[:, j] = (B[:, j] - mu) / sd
    return train_z, test_z


ALTERNATIVES = [("standardise", with_np_where), ("standardise", column_by_column)]


def sum_mean_and_all_equal_first_row(X_train, X_test):
    """Mean as sum / N, constant columns found as 'every value equals the first one'."""
    A = np.asarray(X_train, dtype=np.float64)
    B = np.asarray(X_test, dtype=np.float64)
    if A.ndim != 2 or B.ndim != 2:
        raise ValueError("both data sets must be 2-D")
    if len(A) == 0 or A.shape[1] != B.shape[1]:
        raise ValueError("need training rows and matching columns")
    mean = A.sum(axis=0) / len(A)
    std = np.where(np.all(A == A[0], axis=0), 1.0, A.std(axis=0))
    return (A - mean) / std, (B - mean) / std


ALTERNATIVES += [("standardise", sum_mean_and_all_equal_first_row)]
