"""autodiff_backward: backward(output) fills in d output / d node by reverse-mode accumulation."""
import math

import numpy as np
from otter.test_files import test_case

from course.runtime.testing import expect_close, expect_true, expect_tuple

OK_FORMAT = False
name = "autodiff_backward"
hints = [
    "Start with output.grad = 1.0. Then visit the nodes from the output back to the inputs; at each "
    "node, every parent receives local derivative × node.grad.",
    "Receives means +=: a node used twice (x * x, or x * y + x) collects one contribution per use. "
    "Build a topological order with a depth-first search: visit all parents of a node (skipping nodes "
    "already visited), then append the node.",
    "for node in reversed(topological_order(output)): for parent, local in zip(node.parents, "
    "node.local_grads): parent.grad += local * node.grad",
]
# the checker reaches `backward` through the notebook's value_and_grad; the case below also names
# it as a parameter, so that the ban reads the learner's own function (value_and_grad itself uses
# eval and cannot be read)
bans = {"backward": ["scipy"]}
ban_reason = ("walk the graph and accumulate the gradients yourself, in plain Python; scipy is off "
              "limits in this notebook.")

NO_SEED = ("every gradient is 0: set output.grad = 1.0 before the backward sweep (∂output/∂output = "
           "1); otherwise every product local × node.grad is 0.")
CHAIN = ("even a plain chain without shared nodes (x * 2 or exp(tanh(x))) gets a wrong gradient: the gradient "
         "must travel from the output back to the inputs. Visit the nodes in REVERSE topological "
         "order (output first) and give every parent local × node.grad.")
ACCUMULATE = ("x * x gets the wrong gradient: a node used twice must collect BOTH contributions. "
              "Accumulate with parent.grad += local * node.grad instead of assigning with =.")
ORDER = ("chains and x * x come out right, but a node shared by several later nodes does not: a node "
         "passed on its gradient before all of its children had added theirs, or more than once. "
         "Process every node exactly once, in reverse topological order (a depth-first search that "
         "appends a node after its parents, skipping visited nodes, then reversed).")

PROBES = [("x * 2", {"x": 1.5}, {"x": 2.0}, NO_SEED),
          ("exp(tanh(x))", {"x": 0.5}, {"x": 1.2484317246552135}, CHAIN),
          ("x * x", {"x": 3.0}, {"x": 6.0}, ACCUMULATE)]


SAME_VALUE = ("two different inputs that happen to have the same value got wrong gradients: tell "
              "nodes apart by identity (a set of id(node), or the nodes themselves), never by their "
              "data, which two nodes can share.")


def _diagnose(value_and_grad):
    """Which part of backward is wrong: the seed, the chain, accumulation, or the order."""
    for expression, inputs, grads, hint in PROBES:
        try:
            _, got = value_and_grad(expression, **inputs)
            got = [float(got[k]) for k in grads]
        except Exception:
            return None
        if any(abs(g - v) > 1e-9 * max(1.0, abs(v)) for g, v in zip(got, grads.values())):
            return CHAIN if hint == NO_SEED and any(g != 0 for g in got) else hint
    return ORDER


def _format(grads):
    try:
        return "{" + ", ".join(f"{k!r}: {float(v):.6g}" for k, v in grads.items()) + "}"
    except (AttributeError, TypeError, ValueError):
        return repr(grads)


def _check(value_and_grad, expression, inputs, value, grads, what=None, rtol=1e-9, atol=1e-12):
    """Call value_and_grad(expression, **inputs); compare the value, then every gradient."""
    what = what or (f"value_and_grad({expression!r}, "
                    f"{', '.join(f'{k}={v!r}' for k, v in inputs.items())})")
    got_value, got_grads = expect_tuple(value_and_grad(expression, **inputs), 2, what=what,
                                        names="value, gradients")
    expect_close(got_value, value, rtol=1e-12, atol=1e-12, what=f"the value of {what}")
    expect_true(isinstance(got_grads, dict) and set(got_grads) == set(grads),
                f"the gradients from {what} should be a dict with keys {sorted(grads)}; got {got_grads!r}.",
                verdict="the gradients are not a dict of the inputs")
    try:
        values = [float(got_grads[k]) for k in grads]
    except (TypeError, ValueError):
        values = None
    close = values is not None and all(
        abs(g - e) <= atol + rtol * abs(e) for g, e in zip(values, grads.values()))
    if not close:
        expect_true(False, f"the gradients from {what}: expected {_format(grads)}, got "
                    f"{_format(got_grads)}.", verdict="wrong gradients", hint=_diagnose(value_and_grad))


def _central_differences(expression, inputs):
    """d expression / d input for every input, by central differences on plain floats."""
    scope = {"__builtins__": {}, "exp": math.exp, "tanh": math.tanh}
    grads = {}
    for k, v in inputs.items():
        h = 1e-6 * max(1.0, abs(v))
        up = eval(expression, scope, {**inputs, k: v + h})
        down = eval(expression, scope, {**inputs, k: v - h})
        grads[k] = (up - down) / (2 * h)
    return eval(expression, scope, dict(inputs)), grads


@test_case(points=1, hidden=False)
def test_input_used_twice(value_and_grad):
    """x * y + x at x = 2, y = 3 → 8 with gradients {x: 4, y: 2}; x * x at x = 3 → 9 with {x: 6}"""
    _check(value_and_grad, "x * y + x", {"x": 2.0, "y": 3.0}, 8.0, {"x": 4.0, "y": 2.0})
    _check(value_and_grad, "x * x", {"x": 3.0}, 9.0, {"x": 6.0})


@test_case(points=1, hidden=False)
def test_shared_intermediate_node(value_and_grad):
    """(a := x * y) + a * a at x = 2, y = 3, where the node a feeds two later nodes → 42 with {x: 39, y: 26}"""
    _check(value_and_grad, "(a := x * y) + a * a", {"x": 2.0, "y": 3.0}, 42.0, {"x": 39.0, "y": 26.0})


@test_case(points=0.5, hidden=False)
def test_chain_and_unused_input(value_and_grad):
    """tanh(exp(x) * y) - y / x at x = 0.5, y = -1.5, and x * 2 with an unused input y (gradient 0)"""
    _check(value_and_grad, "tanh(exp(x) * y) - y / x", {"x": 0.5, "y": -1.5}, 2.014120860531893,
           {"x": -6.069350960036163, "y": -1.9537660266425585})
    _check(value_and_grad, "x * 2", {"x": 1.5, "y": 4.0}, 3.0, {"x": 2.0, "y": 0.0})


# Hidden cases are run at grading (and by check() when autograder/ is present).
HIDDEN_CASES = 2
HIDDEN_POINTS = 0.5
