"""gaussian_nb_fit: class labels, priors, per-class means and smoothed maximum-likelihood variances."""
import numpy as np
from otter.test_files import test_case

from course.runtime.testing import (Mismatch, expect_array, expect_close, expect_raises, expect_true,
                            expect_tuple, expect_unchanged)

OK_FORMAT = False
name = "gaussian_nb_fit"
hints = [
    "classes = np.unique(y); then loop over the classes with `for c, label in enumerate(classes):` "
    "and select the rows with X_c = X[y == label].",
    "priors[c] = len(X_c) / len(X); means[c] = X_c.mean(axis=0); variances[c] = X_c.var(axis=0) "
    "(np.var divides by N_c by default, which is what the task asks).",
    "epsilon = var_smoothing * largest, where largest = X.var(axis=0).max() over the WHOLE training "
    "set (use 1.0 instead when it is 0); add epsilon to every variance.",
]

bans = {"gaussian_nb_fit": ["scipy", "sklearn"]}
ban_reason = ("fit the model yourself with NumPy (class by class: counts, means, variances); "
              "scikit-learn's GaussianNB is for applied work after the course.")

DDOF = ("your variances divide by N_c − 1. The maximum-likelihood variance of each class divides by "
        "N_c, the number of points in the class (np.var's default, ddof=0).")
STD = ("you returned standard deviations. The model needs variances σ² (the mean squared deviation "
       "from the class mean, plus ε), not their square roots.")
NO_SMOOTHING = ("your variances have no ε added. Add ε = var_smoothing × (largest per-feature variance "
                "of the whole X) to every variance, so that a feature that is constant within a class "
                "does not get variance 0.")
RAW_SMOOTHING = ("you added var_smoothing itself. ε must scale with the data: ε = var_smoothing × "
                 "(largest per-feature variance of the whole X, dividing by N).")
WRONG_EPSILON = ("ε must be var_smoothing × the largest per-feature variance of the WHOLE training set "
                 "(X.var(axis=0).max(), dividing by N), or var_smoothing itself if every feature of X "
                 "is constant.")
COUNTS = "the priors must be fractions N_c / N that sum to 1, not the class counts N_c."
UNIFORM_PRIORS = ("your priors are all 1 / C. The prior of a class is its frequency in the training set, "
                  "p(c) = N_c / N, so a rare class gets a small prior.")
UNSORTED = ("your classes are the right labels in the wrong order (the order they first appear in y, "
            "perhaps). Use classes = np.unique(y), which sorts them, and build row c of every array "
            "for classes[c].")
LABELS = ("the labels are not 0, 1, …, C − 1 here. Use classes = np.unique(y) and select each class "
          "with y == label, so that row c of each array belongs to classes[c].")

ONE_PASS = ("your variances are wrong for data far from 0 (around 1e8) with the same spread: "
            "mean(x²) − mean(x)² subtracts two huge, nearly equal numbers and loses every digit. "
            "Subtract the class mean first: np.mean((X_c - means[c]) ** 2, axis=0).")


def _reference(X, y, var_smoothing):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y)
    classes = np.unique(y)
    overall = X.var(axis=0).max()
    epsilon = var_smoothing * (overall if overall > 0 else 1.0)
    counts = np.array([np.sum(y == c) for c in classes], dtype=float)
    means = np.array([X[y == c].mean(axis=0) for c in classes])
    raw = np.array([X[y == c].var(axis=0) for c in classes])
    ddof1 = np.array([X[y == c].var(axis=0, ddof=1) if np.sum(y == c) > 1 else np.zeros(X.shape[1])
                      for c in classes])
    return classes, counts / len(y), means, raw, epsilon, counts, ddof1


def _check(gaussian_nb_fit, X, y, what, var_smoothing=None):
    args = (X, y) if var_smoothing is None else (X, y, var_smoothing)
    smoothing = 1e-9 if var_smoothing is None else var_smoothing
    classes, priors, means, raw, epsilon, counts, ddof1 = _reference(X, y, smoothing)
    got = expect_tuple(gaussian_nb_fit(*args), 4, what=what,
                       names="classes, priors, means, variances")
    got_classes = np.asarray(got[0])
    if got_classes.shape != classes.shape or not np.array_equal(got_classes, classes):
        numeric = np.issubdtype(classes.dtype, np.number)
        looks_indexed = numeric and (np.array_equal(got_classes, np.arange(len(classes)))
                                     or got_classes.shape == (int(classes.max()) + 1,))
        same_set = (got_classes.shape == classes.shape
                    and sorted(got_classes.tolist()) == sorted(classes.tolist()))
        expect_true(False, f"the classes from {what} are {got_classes.tolist()}; expected "
                    f"{classes.tolist()} (np.unique(y)).",
                    verdict="wrong classes",
                    hint=LABELS if looks_indexed else (UNSORTED if same_set else None))
    for label, value in (("priors", got[1]), ("means", got[2]), ("variances", got[3])):
        expect_array(value, what=f"the {label} from {what}")
    expect_close(got[1], priors, rtol=1e-12, atol=1e-15, what=f"the priors from {what}",
                 misconceptions={COUNTS: counts, UNIFORM_PRIORS: np.full(len(classes), 1 / len(classes))})
    scale = max(float(np.max(np.abs(np.asarray(X, dtype=float)))), 1e-300)    # relative tolerances
    expect_close(got[2], means, rtol=1e-10, atol=1e-12 * scale, what=f"the means from {what}")
    wrong = [(raw, NO_SMOOTHING), (raw + smoothing, RAW_SMOOTHING), (ddof1 + epsilon, DDOF),
             (np.sqrt(raw) + epsilon, STD)]
    try:
        expect_close(got[3], raw + epsilon, rtol=1e-10, atol=1e-16 * min(1.0, scale ** 2),
                     what=f"the variances from {what}", misconceptions=wrong)
    except Mismatch as m:
        if m.kind == "values":
            added = np.asarray(got[3], dtype=float) - raw      # the ε the learner added, entry by entry
            if np.all(np.isfinite(added)) and np.ptp(added) <= 1e-9 * max(1.0, abs(added).max()):
                raise Mismatch(f"{m.detail}\nYour variances are the right ones plus {added.flat[0]:.6g}; "
                               f"the expected ε here is {epsilon:.6g}. Hint: {WRONG_EPSILON}",
                               verdict=f"the variances have the wrong ε; {WRONG_EPSILON}",
                               hint=WRONG_EPSILON, kind="values") from None
        raise


def _raises_value_error(func, *args, what):
    """expect_raises, with `what` (a description, never the data) also in the hidden-case verdict."""
    try:
        expect_raises(ValueError, func, *args, what=what)
    except Mismatch as m:
        raise Mismatch(m.detail, verdict=f"{what}: {m.verdict}", hint=m.hint, kind=m.kind) from None


@test_case(points=1, hidden=False)
def test_two_classes(gaussian_nb_fit):
    """X = [[1, 2], [3, 2], [0, 5], [2, 9], [4, 7]], y = [0, 0, 1, 1, 1]: priors [0.4, 0.6], means [[2, 2], [2, 7]], variances [[1, 0], [8/3, 8/3]] + ε with ε = 1e-9 · 7.6"""
    X = np.array([[1, 2], [3, 2], [0, 5], [2, 9], [4, 7]])
    y = np.array([0, 0, 1, 1, 1])
    _check(gaussian_nb_fit, X, y, "gaussian_nb_fit([[1, 2], [3, 2], [0, 5], [2, 9], [4, 7]], [0, 0, 1, 1, 1])")


@test_case(points=0.75, hidden=False)
def test_labels_not_from_zero(gaussian_nb_fit):
    """y = [7, 3, 7, 3, 5] with var_smoothing = 0.01: classes [3, 5, 7], priors [0.4, 0.2, 0.4]; class 5 has one point, so its variances are ε = 0.0256"""
    X = np.array([[0.0, 1.0], [2.0, 1.0], [4.0, 3.0], [0.0, 5.0], [1.0, 1.0]])
    y = np.array([7, 3, 7, 3, 5])
    _check(gaussian_nb_fit, X, y, "gaussian_nb_fit(X, [7, 3, 7, 3, 5], 0.01)", var_smoothing=0.01)


@test_case(points=0.25, hidden=False)
def test_invalid_arguments(gaussian_nb_fit):
    """y of the wrong length, a 1-D X and a negative var_smoothing raise ValueError"""
    X = np.arange(8.0).reshape(4, 2)
    expect_raises(ValueError, gaussian_nb_fit, X, np.array([0, 1, 0]),
                  what="gaussian_nb_fit(X of shape (4, 2), y of length 3)")
    expect_raises(ValueError, gaussian_nb_fit, np.arange(4.0), np.array([0, 1, 0, 1]),
                  what="gaussian_nb_fit(X of shape (4,), y of length 4)")
    expect_raises(ValueError, gaussian_nb_fit, X, np.array([0, 1, 0, 1]), -1e-9,
                  what="gaussian_nb_fit(X, y, var_smoothing=-1e-9)")


# Hidden cases are run at grading (and by check() when autograder/ is present).
HIDDEN_CASES = 2
HIDDEN_POINTS = 1
