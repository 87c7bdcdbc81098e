"""chain_rule: forward values and backward adjoints of a composition f_k ∘ … ∘ f_1 at x."""
import numpy as np
from otter.test_files import test_case

from course.runtime.functions.backprop import Affine, Exp, Log, Power, Sigmoid, Sin, Tanh
from course.runtime.testing import expect_array, expect_close, expect_true, expect_tuple

OK_FORMAT = False
name = "chain_rule"
hints = [
    "Forward pass: start a list with x and append f(last value) for every f in functions, in order. "
    "Backward pass: start with the adjoint 1.0 of the output and walk the functions in reverse.",
    "Going back through f_i, multiply the current adjoint by f_i.derivative(x_{i-1}): the derivative "
    "is taken at the INPUT of f_i, which is values[i - 1], not at x and not at f_i's output.",
    "Collect the adjoints from the output backwards (adjoints[k] = 1 first), then reverse the list so "
    "that adjoints[i] belongs to values[i]; return both as np.array(...).",
]
bans = {"chain_rule": ["scipy"]}
ban_reason = ("multiply the exact local derivatives f.derivative(t) yourself; scipy (its numerical "
              "derivatives in scipy.differentiate included) is off limits in this notebook.")

AT_INPUT_X = ("every derivative was evaluated at the original input x. In the chain rule each "
              "f_i'(·) is evaluated at ITS OWN input x_{i-1} = values[i - 1], which the forward pass "
              "stored for exactly this reason.")
AT_OUTPUT = ("each derivative was evaluated at the output of its function, f_i'(x_i). Evaluate it "
             "at the function's input instead: f_i'(x_{i-1}), i.e. f.derivative(values[i - 1]).")
FORWARD_MODE = ("these are the forward-mode derivatives dx_i/dx (a running product from the input "
                "side). The adjoints run the other way: adjoints[i] = ∂y/∂x_i, so adjoints[k] = 1 and "
                "adjoints[0] = dy/dx.")
NOT_REVERSED = ("your adjoints are in the wrong order: adjoints[i] must belong to values[i], so "
                "adjoints[-1] (the output's own adjoint) is 1 and adjoints[0] is dy/dx. Reverse the "
                "list you built from the output backwards.")
NUMERIC = ("your values are right but your adjoints are not: at inputs of size 1e8 and 1e-8 finite "
           "differences lose their accuracy. Use the exact derivative each function provides, "
           "f.derivative(values[i - 1]), never (f(t + h) − f(t − h)) / 2h.")
IN_PLACE = ("a second call with the same list gave another result: your function changed the list "
            "`functions` it was given (functions.reverse() or .pop()). Walk backwards with "
            "reversed(functions) or functions[::-1], which leave the caller's list as it is.")
GLOBAL = ("your result does not change when the list of functions changes: the function seems to "
          "read a variable of the notebook (such as chain_demo) instead of its argument `functions`. "
          "Use only the arguments you are given.")


def _name(functions, x):
    return f"chain_rule([{', '.join(map(repr, functions))}], {x:g})"


def _check(chain_rule, functions, x, values, adjoints, what=None, wrong=None, rtol=1e-10):
    """Call the learner on (functions, x); compare with the expected values and adjoints."""
    what = what or _name(functions, x)
    got = expect_tuple(chain_rule(list(functions), x), 2, what=what, names="values, adjoints")
    expect_array(got[0], what=f"the values from {what}")
    expect_array(got[1], what=f"the adjoints from {what}")
    expect_close(got[0], np.asarray(values, dtype=float), rtol=rtol, atol=1e-12,
                 what=f"the values from {what}")
    expect_close(got[1], np.asarray(adjoints, dtype=float), rtol=rtol, atol=1e-12,
                 what=f"the adjoints from {what}", misconceptions=wrong)
    return got


@test_case(points=1, hidden=False)
def test_affine_tanh_square(chain_rule):
    """chain_rule([Affine(2, -1), Tanh(), Power(2)], 0.3): y = tanh(2x − 1)²"""
    _check(chain_rule, [Affine(2.0, -1.0), Tanh(), Power(2.0)], 0.3,
           [0.3, -0.4, -0.3799489622552249, 0.1443612139188223],
           [-1.3003962753474554, -0.6501981376737277, -0.7598979245104498, 1.0],
           wrong={AT_INPUT_X: [1.098164354191955, 0.5490821770959775, 0.6, 1.0],
                  AT_OUTPUT: [0.5014966776725797, 0.25074833883628983, 0.2887224278376446, 1.0],
                  FORWARD_MODE: [1.0, 2.0, 1.7112775721623554, -1.3003962753474554],
                  NOT_REVERSED: [1.0, -0.7598979245104498, -0.6501981376737277,
                                 -1.3003962753474554]})


@test_case(points=0.75, hidden=False)
def test_polynomial_chain(chain_rule):
    """chain_rule([Affine(1, 1), Power(2), Affine(3, 0)], 2): values [2, 3, 9, 27], adjoints [18, 18, 3, 1]"""
    _check(chain_rule, [Affine(1.0, 1.0), Power(2.0), Affine(3.0, 0.0)], 2.0,
           [2.0, 3.0, 9.0, 27.0], [18.0, 18.0, 3.0, 1.0],
           wrong={AT_INPUT_X: [12.0, 12.0, 3.0, 1.0], AT_OUTPUT: [54.0, 54.0, 3.0, 1.0],
                  FORWARD_MODE: [1.0, 1.0, 6.0, 18.0], NOT_REVERSED: [1.0, 3.0, 18.0, 18.0]})


@test_case(points=0.5, hidden=False)
def test_uses_its_argument(chain_rule):
    """two different chains of three functions at x = 0.7 give different results"""
    first, second = [Sin(1.0), Exp(), Affine(2.0, 0.0)], [Sigmoid(), Affine(-1.0, 2.0), Power(3.0)]
    got_first = expect_tuple(chain_rule(list(first), 0.7), 2, what=_name(first, 0.7))
    got_second = expect_tuple(chain_rule(list(second), 0.7), 2, what=_name(second, 0.7))
    try:
        same = (np.allclose(np.asarray(got_first[0], dtype=float), np.asarray(got_second[0], dtype=float))
                and np.allclose(np.asarray(got_first[1], dtype=float),
                                np.asarray(got_second[1], dtype=float)))
    except (TypeError, ValueError):
        same = False          # not numeric arrays of one shape: _check reports it below
    expect_true(not same, f"{_name(first, 0.7)} and {_name(second, 0.7)} returned the same result.",
                verdict="two different chains gave the same result", hint=GLOBAL)
    _check(chain_rule, first, 0.7, [0.7, 0.644217687237691, 1.9044965343867302, 3.8089930687734603],
           [2.9132785900721494, 3.8089930687734603, 2.0, 1.0])
    _check(chain_rule, second, 0.7, [0.7, 0.6681877721681662, 1.3318122278318338, 2.3622670592240174],
           [-1.1797722071651209, -5.321171430607177, 5.321171430607177, 1.0])


# Hidden cases are run at grading (and by check() when autograder/ is present).
HIDDEN_CASES = 3
HIDDEN_POINTS = 0.75
