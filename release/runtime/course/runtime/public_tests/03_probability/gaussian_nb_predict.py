"""gaussian_nb_predict: log-space class posteriors (log-sum-exp) and predicted labels of Gaussian naive Bayes."""
import numpy as np
from otter.test_files import test_case

from course.runtime.testing import (Mismatch, expect_array, expect_close, expect_equal, expect_finite,
                            expect_raises, expect_tuple, expect_unchanged)

OK_FORMAT = False
name = "gaussian_nb_predict"
hints = [
    "Broadcast: diff = X[:, None, :] - means[None, :, :] has shape (M, C, D). Sum "
    "np.log(2 * np.pi * variances) + diff ** 2 / variances over the last axis, times −1/2, and add "
    "np.log(priors): that is log p(x, c), shape (M, C).",
    "Log-sum-exp per row: m = log_joint.max(axis=1, keepdims=True); log_evidence = m + "
    "np.log(np.exp(log_joint - m).sum(axis=1, keepdims=True)); log_posterior = log_joint − log_evidence.",
    "labels = classes[np.argmax(log_joint, axis=1)] — index the classes array, do not return the indices.",
]

bans = {"gaussian_nb_predict": ["scipy", "sklearn"]}
ban_reason = ("compute the log joint and the log-sum-exp yourself with NumPy; scipy.special.logsumexp "
              "and scikit-learn's GaussianNB are for applied work after the course.")

VARIANCE_AS_SD = ("you used `variances` as standard deviations. They are σ² already: the log density is "
                  "−½ log(2πσ²) − (x − μ)² / (2σ²) with σ² = variances, not (x − μ)² / (2·variances²).")
SD_FROM_VARIANCE = ("you took the square root of the variances somewhere: (x − μ)² must be divided by σ² = "
                    "variances itself, and the normaliser is −½ log(2π·variances).")
NO_PRIOR = ("your posterior ignores the class priors: add np.log(priors) to every row of the "
            "log-likelihoods before normalising.")
NO_NORMALISER = ("you dropped the term −½ log(2πσ²). It differs between classes when their variances "
                 "differ, so it cannot be left out.")
LOG_JOINT = ("you returned the log joint log p(x, c), not the log posterior. Subtract each row's "
             "log-sum-exp, so that the exponentials of every row sum to 1.")
PROBABILITIES = ("you returned probabilities p(c | x); the task asks for their logarithms, "
                 "log p(c | x).")
UNDERFLOW = ("a point far from every class makes every density underflow to 0.0, and 0/0 = NaN. Stay in "
             "log space: add log-densities, then normalise with the log-sum-exp trick (subtract each "
             "row's maximum before np.exp).")
INDICES = ("you returned class indices 0, …, C − 1. Return the labels themselves: classes[np.argmax(...)].")

TIE = ("on a tie the first of the tied classes must win, as np.argmax does; np.argsort(...)[:, -1] "
       "or a loop with >= picks the last one.")


def _log_joint(X, priors, means, variances, *, sd=False, sqrt=False, normaliser=True, prior=True):
    """Reference and misconception variants, one class at a time."""
    X = np.asarray(X, dtype=float)
    columns = []
    for c in range(len(priors)):
        s2 = variances[c] ** 2 if sd else (np.sqrt(variances[c]) if sqrt else variances[c])
        terms = (X - means[c]) ** 2 / s2 + (np.log(2 * np.pi * s2) if normaliser else 0.0)
        columns.append((np.log(priors[c]) if prior else 0.0) - 0.5 * terms.sum(axis=1))
    return np.column_stack(columns)


def _normalise(log_joint):
    shift = log_joint.max(axis=1, keepdims=True)
    return log_joint - shift - np.log(np.exp(log_joint - shift).sum(axis=1, keepdims=True))


def _check(gaussian_nb_predict, X, model, what, rtol=1e-9):
    classes, priors, means, variances = (np.asarray(a) for a in model)
    priors, means, variances = (np.asarray(a, dtype=float) for a in (priors, means, variances))
    got = expect_tuple(gaussian_nb_predict(X, classes, priors, means, variances), 2, what=what,
                       names="labels, log_posterior")
    expect_array(got[1], what=f"the log-posteriors from {what}")
    expect_finite(got[1], what=f"the log-posteriors from {what}", hint=UNDERFLOW,
                  verdict="the log-posteriors contain NaN or inf")
    log_joint = _log_joint(X, priors, means, variances)
    expected = _normalise(log_joint)
    with np.errstate(all="ignore"):
        wrong = [(_normalise(_log_joint(X, priors, means, variances, sd=True)), VARIANCE_AS_SD),
                 (_normalise(_log_joint(X, priors, means, variances, sqrt=True)), SD_FROM_VARIANCE),
                 (_normalise(_log_joint(X, priors, means, variances, prior=False)), NO_PRIOR),
                 (_normalise(_log_joint(X, priors, means, variances, normaliser=False)), NO_NORMALISER),
                 (log_joint, LOG_JOINT), (np.exp(expected), PROBABILITIES)]
    scale = max(1.0, float(np.max(np.abs(expected))))
    expect_close(got[1], expected, rtol=rtol, atol=1e-9 * scale, what=f"the log-posteriors from {what}",
                 misconceptions=wrong)
    index = np.argmax(log_joint, axis=1)
    expect_equal(np.asarray(got[0]).tolist(), classes[index].tolist(), what=f"the labels from {what}",
                 misconceptions={INDICES: index.tolist(),
                                 TIE: classes[log_joint.shape[1] - 1 - np.argmax(log_joint[:, ::-1], axis=1)].tolist()})


def _raises_value_error(func, *args, what):
    """expect_raises, with `what` (a description, never the data) also in the hidden-case verdict."""
    try:
        expect_raises(ValueError, func, *args, what=what)
    except Mismatch as m:
        raise Mismatch(m.detail, verdict=f"{what}: {m.verdict}", hint=m.hint, kind=m.kind) from None


THREE_CLASSES = (np.array([10, 20, 30]), np.array([0.5, 0.3, 0.2]),
                 np.array([[0.0, 0.0], [3.0, 1.0], [1.0, 3.5]]),
                 np.array([[1.0, 0.36], [0.25, 1.44], [1.69, 0.25]]))


@test_case(points=1, hidden=False)
def test_one_feature_two_classes(gaussian_nb_predict):
    """classes [0, 1], priors [0.5, 0.5], means [[0], [2]], variances [[1], [1]], X = [[0], [1.5], [3]]: p(1 | x) = σ(2x − 2), labels [0, 1, 1]"""
    model = (np.array([0, 1]), np.array([0.5, 0.5]), np.array([[0.0], [2.0]]), np.array([[1.0], [1.0]]))
    _check(gaussian_nb_predict, np.array([[0.0], [1.5], [3.0]]), model,
           "gaussian_nb_predict([[0], [1.5], [3]], [0, 1], [0.5, 0.5], [[0], [2]], [[1], [1]])")


@test_case(points=0.75, hidden=False)
def test_three_classes_unequal_variances(gaussian_nb_predict):
    """classes [10, 20, 30], priors [0.5, 0.3, 0.2], means [[0, 0], [3, 1], [1, 3.5]], variances [[1, 0.36], [0.25, 1.44], [1.69, 0.25]], X = [[0, 0], [2, 1], [1, 3], [2.5, 2.5]]"""
    X = np.array([[0.0, 0.0], [2.0, 1.0], [1.0, 3.0], [2.5, 2.5]])
    _check(gaussian_nb_predict, X, THREE_CLASSES, "gaussian_nb_predict on the three-class model")


@test_case(points=0.5, hidden=False)
def test_far_away_points(gaussian_nb_predict):
    """the same three-class model at X = [[1000, -1000], [-10000, 5]], far from every class: finite log-posteriors"""
    X = np.array([[1000.0, -1000.0], [-10000.0, 5.0]])
    _check(gaussian_nb_predict, X, THREE_CLASSES, "gaussian_nb_predict([[1000, -1000], [-10000, 5]], ...)")


@test_case(points=0.25, hidden=False)
def test_invalid_arguments(gaussian_nb_predict):
    """X with 3 columns for a 2-feature model, a zero variance, and 2 priors for 3 classes raise ValueError"""
    classes, priors, means, variances = THREE_CLASSES
    expect_raises(ValueError, gaussian_nb_predict, np.zeros((2, 3)), classes, priors, means, variances,
                  what="gaussian_nb_predict(X of shape (2, 3), <2-feature model>)")
    zero_var = variances.copy()
    zero_var[1, 0] = 0.0
    expect_raises(ValueError, gaussian_nb_predict, np.zeros((2, 2)), classes, priors, means, zero_var,
                  what="gaussian_nb_predict with a variance of 0")
    expect_raises(ValueError, gaussian_nb_predict, np.zeros((2, 2)), classes, priors[:2], means, variances,
                  what="gaussian_nb_predict with 2 priors for 3 classes")


# Hidden cases are run at grading (and by check() when autograder/ is present).
HIDDEN_CASES = 2
HIDDEN_POINTS = 0.5
