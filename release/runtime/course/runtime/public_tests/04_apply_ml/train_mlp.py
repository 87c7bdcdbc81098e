"""train_mlp: mini-batch SGD for the ReLU network, graded on held-out accuracy and the loss history."""
from functools import lru_cache

import numpy as np
from otter.test_files import test_case

from course.runtime.datasets import digits
from course.runtime.testing import (Mismatch, expect_close, expect_finite, expect_raises, expect_true, expect_unchanged,
                            expect_uses_rng)

OK_FORMAT = False
name = "train_mlp"
hints = [
    "Start from params = init_params(d, h, k, rng) and record the whole-set loss "
    "cross_entropy(mlp_forward(params, X)[2], y). Then loop over the epochs; in each, loop over "
    "the batches of a fresh rng.permutation(N).",
    "For a batch of indices b: _, grads = mlp_backward(params, X[b], y[b]), then move every "
    "parameter AGAINST its gradient: params[key] - step * grads[key]. After each epoch append the "
    "whole-set loss.",
    "for start in range(0, N, batch_size): batch = order[start:start + batch_size]. Return "
    "(params, np.array(losses)), with len(losses) == epochs + 1.",
]

SIGN = ("the loss went UP during training. Either you moved along the gradient instead of against "
        "it (the update is params[key] - step * grads[key]), or your steps are far too large (the "
        "gradients must be means over the batch, as mlp_backward returns them).")
DIVERGED = ("training diverged: the parameters or the losses contain NaN or inf. Check the sign of "
            "the update (params - step * grads) and that the gradients are means over the batch.")
LAST_LOSS = ("losses[-1] must be the cross-entropy on the WHOLE training set with the parameters you "
             "return, computed after the last epoch (not the loss of the last batch, and not before "
             "the last updates).")
HISTORY_SHAPE = ("return one loss before training and one after each epoch: an array of shape "
                 "(epochs + 1,), not one entry per batch.")
NO_PROGRESS = ("the loss hardly falls: make sure every batch takes a step (step * gradient of the "
               "batch's mean loss) and that the parameters you update are the ones you use next.")
bans = {"train_mlp": ["scipy", "sklearn"]}
ban_reason = ("this notebook builds the network with NumPy alone: write it yourself, with your own "
              "functions from the sections above as the tools; SciPy's and scikit-learn's versions "
              "are for applied work after the course.")

NO_RESHUFFLE = ("your losses are those of a run that shuffles ONCE and reuses that order in every "
                "epoch: draw a fresh order with rng.permutation(N) at the start of EACH epoch.")
DROP_LAST = ("your losses are those of a run that skips the last, smaller batch: the last batch holds "
             "what is left (for start in range(0, N, batch_size)).")
ARRAY_SPLIT = ("your losses are those of a run that splits the order with np.array_split into "
               "N // batch_size nearly equal parts: the task asks for consecutive batches of exactly "
               "batch_size indices, the last one holding what is left.")
SCHEDULE = ("your training does not follow the task's schedule exactly: start from "
            "init_params(d, h, k, rng), then in each epoch draw order = rng.permutation(N) and take "
            "the batches order[0:batch_size], order[batch_size:2 * batch_size], ... in turn, one "
            "step each, drawing nothing else from rng.")
SAME_RESULT = ("two runs with different random generators gave identical parameters: initialise with "
               "init_params(d, h, k, rng) and shuffle with rng.permutation, using the rng you are given.")


@lru_cache(maxsize=1)
def _digits_split():
    """The notebook's split: seeded permutation, 1437 training rows, standardised with their statistics."""
    X, y = digits()
    order = np.random.default_rng(0).permutation(len(y))
    train, test = order[:1437], order[1437:]
    mean, std = X[train].mean(axis=0), X[train].std(axis=0)
    std[std == 0] = 1.0
    return (X[train] - mean) / std, y[train], (X[test] - mean) / std, y[test]


def _logits(params, X):
    A1 = np.maximum(X @ params["W1"] + params["b1"], 0.0)
    return A1 @ params["W2"] + params["b2"]


def _loss(params, X, y):
    S = _logits(params, X)
    S = S - S.max(axis=1, keepdims=True)
    return float(np.mean(np.log(np.exp(S).sum(axis=1)) - S[np.arange(len(y)), y]))


CLASSES = ("the number of classes is k = int(max(y)) + 1, as the task says, not the number of "
           "distinct labels (len(np.unique(y))): a class may be absent from the training labels, and "
           "the network still needs an output for it.")


def _blobs(seed, per_class, k, spread):
    """k well-separated Gaussian clusters in 2-D, per_class points each, rows in random order."""
    rng = np.random.default_rng(seed)
    angles = 2 * np.pi * np.arange(k) / k
    centres = 3.0 * np.column_stack([np.cos(angles), np.sin(angles)])
    y = np.repeat(np.arange(k), per_class)
    X = centres[y] + spread * rng.normal(size=(len(y), 2))
    order = rng.permutation(len(y))
    return X[order], y[order]


def _run(train_mlp, X, y, h, epochs, batch_size, step, seed, what):
    """Call the learner and check the structure of (params, losses); return them as floats."""
    result = train_mlp(X.copy(), y.copy(), h, epochs, batch_size, step, rng=np.random.default_rng(seed))
    expect_true(isinstance(result, (tuple, list)) and len(result) == 2,
                f"{what} should return (params, losses); it returned {type(result).__name__}.",
                verdict="did not return (params, losses)")
    params, losses = result
    d, k = X.shape[1], int(y.max()) + 1
    shapes = {"W1": (d, h), "b1": (h,), "W2": (h, k), "b2": (k,)}
    expect_true(isinstance(params, dict) and set(params) == set(shapes),
                f"params from {what} should be a dict with the keys 'W1', 'b1', 'W2', 'b2'.",
                verdict="params is not a dict with keys W1, b1, W2, b2")
    for key, shape in shapes.items():
        got = np.shape(params[key])
        expect_true(got == shape, f"params[{key!r}] from {what} has shape {got}; expected {shape}.",
                    verdict=f"params[{key!r}] has shape {got}")
    params = {key: np.asarray(value, dtype=float) for key, value in params.items()}
    losses = np.asarray(losses, dtype=float)
    expect_true(losses.shape == (epochs + 1,),
                f"losses from {what} has shape {losses.shape}; expected ({epochs + 1},).",
                verdict=f"losses has shape {losses.shape}, not (epochs + 1,)", hint=HISTORY_SHAPE)
    expect_finite([losses] + list(params.values()), what=f"the result of {what}", hint=DIVERGED,
                  verdict="diverged: the parameters or the losses contain NaN or inf")
    expect_true(losses[-1] < losses[0],
                f"the loss from {what} rose from {losses[0]:.4g} to {losses[-1]:.4g}.",
                verdict="the loss rose during training", hint=SIGN)
    final = _loss(params, X.astype(float), y)
    expect_true(np.isclose(losses[-1], final, rtol=1e-6, atol=1e-9),
                f"losses[-1] from {what} is {losses[-1]:.6g}, but the cross-entropy of the returned "
                f"parameters on the training set is {final:.6g}.",
                verdict="losses[-1] is not the training loss of the returned parameters", hint=LAST_LOSS)
    return params, losses


@test_case(points=1.5, hidden=False)
def test_digits(train_mlp):
    """train_mlp(X_train, y_train, 32, 3, 64, 0.3, rng=np.random.default_rng(4451)) on the notebook's digits split: test accuracy ≥ 0.90"""
    X_train, y_train, X_test, y_test = _digits_split()
    what = "train_mlp(X_train, y_train, 32, 3, 64, 0.3, rng=np.random.default_rng(4451))"
    params, losses = _run(train_mlp, X_train, y_train, 32, 3, 64, 0.3, 4451, what)
    expect_true(losses[-1] < 0.5 * losses[0],
                f"the training loss from {what} only fell from {losses[0]:.4g} to {losses[-1]:.4g} in 3 "
                "epochs; a correct implementation gets below a third of the start.",
                verdict="the loss hardly falls", hint=NO_PROGRESS)
    accuracy = float(np.mean(_logits(params, X_test).argmax(axis=1) == y_test))
    # a correct implementation reaches 0.93 to 0.98 whatever the random draws (lowest: 0.925 in 2000 runs)
    expect_true(accuracy >= 0.90,
                f"the network from {what} classifies {accuracy:.1%} of the 360 test digits correctly; "
                "at least 90% is required.", verdict=f"test accuracy {accuracy:.1%} < 90%")


@test_case(points=0.5, hidden=False)
def test_invalid_arguments(train_mlp):
    """step 0, a negative step and batch_size 0 raise ValueError"""
    X, y = _blobs(4452, 4, 3, 0.5)
    for step, batch_size in ((0.0, 4), (-0.1, 4), (0.1, 0)):
        expect_raises(ValueError, train_mlp, X, y, 4, 2, batch_size, step, np.random.default_rng(4453),
                      what=f"train_mlp(X, y, 4, 2, batch_size={batch_size}, step={step}, rng)")


# Hidden cases are run at grading (and by check() when autograder/ is present).
HIDDEN_CASES = 4
HIDDEN_POINTS = 1
