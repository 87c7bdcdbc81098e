"""autodiff_forward: the Value class builds the graph: values and local derivatives of each operation."""
import math

import numpy as np
from otter.test_files import test_case

from course.runtime.testing import expect_close, expect_raises, expect_true, expect_tuple

OK_FORMAT = False
name = "autodiff_forward"
hints = [
    "Every operation returns a NEW node: Value(result, parents, local_grads), where parents is a "
    "tuple of Values and local_grads holds ∂result/∂parent for each parent, in the same order.",
    "A number must become a node before you read .data from it: "
    "other = other if isinstance(other, Value) else Value(other). __radd__ and __rmul__ can simply "
    "return self + other and self * other.",
    "Local derivatives: for a·b they are (b.data, a.data); for a ** n it is n * a.data ** (n - 1); "
    "for exp and tanh compute the output first, then use it: (out,) and (1 - t * t,).",
]

MUL_SWAPPED = ("the local derivatives of a product are swapped: ∂(a·b)/∂a = b and ∂(a·b)/∂b = a, "
               "so the parents (self, other) get the local derivatives (other.data, self.data).")
POW_TIMES_VALUE = ("the local derivative of aⁿ is n·aⁿ⁻¹: you multiplied n by aⁿ (the node's value) "
                   "instead of by a ** (n - 1).")
POW_NO_FACTOR = ("the local derivative of aⁿ is n·aⁿ⁻¹: the factor n (the exponent) is missing.")
TANH_OF_INPUT = ("the local derivative of tanh is 1 − t² where t = tanh(a) is the node's OUTPUT; you "
                 "used 1 − a² with the input a.")
TANH_NOT_SQUARED = "the local derivative of tanh is 1 − t², with t squared; you used 1 − t."
EXP_INPUT = "the local derivative of exp(a) is exp(a) itself (the node's value), not the input a."
EXP_ONE = "the local derivative of exp(a) is exp(a) itself (the node's value), not 1."
NO_LOCALS = ("the output node has no parents or only zero local derivatives: every operation must "
             "return a NEW node Value(result, parents, local_grads), with one local derivative per "
             "parent, and leave its operands unchanged.")
RIGHT_OPERAND = ("Python evaluates 2 + x as x.__radd__(2) and 3 * x as x.__rmul__(3) when the left "
                 "operand is a number: define __radd__ and __rmul__ (they can return self + other and "
                 "self * other).")
RECURSION = ("a right-hand operation recursed forever: in __radd__ / __rmul__, `other + self` calls "
             "__radd__ again (other is a number). Return self + other (and self * other) instead.")
NODE_LOCALS = ("local_grads must hold NUMBERS (floats), not Value nodes: use other.data and "
               "self.data, e.g. (other.data, self.data) for a product.")
ZERO_BASE = ("the local derivative of aⁿ at a = 0 is n·0ⁿ⁻¹ (0 for n > 1): compute it as "
             "n * a ** (n - 1), not as n * aⁿ / a, which divides by zero.")
OPERANDS_CHANGED = ("an operation changed one of its operands: x + y must return a NEW node and leave "
                    "x.data and y.data as they were, because x and y may be used again later in the "
                    "expression.")
WRAP_NUMBER = ("a plain number has no .data: wrap it first, "
               "other = other if isinstance(other, Value) else Value(other).")


def _call(forward_node, expression, inputs):
    """The learner's forward_node(expression, **inputs); known crashes get a targeted hint."""
    what = f"forward_node({expression!r}, {', '.join(f'{k}={v!r}' for k, v in inputs.items())})"
    try:
        got = forward_node(expression, **inputs)
    except AttributeError as exc:
        if "data" not in str(exc):
            raise
        expect_true(False, f"{what} raised AttributeError ({exc}).",
                    verdict="raised AttributeError", hint=WRAP_NUMBER)
    except RecursionError:
        expect_true(False, f"{what} raised RecursionError.", verdict="raised RecursionError",
                    hint=RECURSION)
    except ZeroDivisionError as exc:
        expect_true(False, f"{what} raised ZeroDivisionError ({exc}).",
                    verdict="raised ZeroDivisionError", hint=ZERO_BASE)
    except TypeError as exc:
        if "float() argument" in str(exc) or "Value" in str(exc) and "float" in str(exc):
            expect_true(False, f"{what} raised TypeError ({exc}).", verdict="raised TypeError",
                        hint=NODE_LOCALS)
        if "unsupported operand" not in str(exc):
            raise
        expect_true(False, f"{what} raised TypeError ({exc}).", verdict="raised TypeError",
                    hint=RIGHT_OPERAND)
    return what, expect_tuple(got, 2, what=what, names="value, local derivatives")


def _expect_locals(got, expected, what, misconceptions=None):
    """got: {name: number} must match expected; a known wrong dict gets its hint."""
    expect_true(isinstance(got, dict) and set(got) == set(expected),
                f"the local derivatives from {what} should be a dict with keys {sorted(expected)}; "
                f"got {got!r}.", verdict="the local derivatives are not a dict of the inputs")
    names = sorted(expected)
    try:
        vector = np.array([float(got[n]) for n in names])
    except (TypeError, ValueError):
        vector = None
    wanted = np.array([expected[n] for n in names], dtype=float)
    if vector is not None and not np.allclose(vector, wanted, rtol=1e-9, atol=1e-12):
        candidates = dict(misconceptions or {})
        candidates[NO_LOCALS] = {n: 0.0 for n in names}
        for hint, wrong in candidates.items():
            wrong_vector = np.array([wrong[n] for n in names], dtype=float)
            if (not np.allclose(wrong_vector, wanted, rtol=1e-9, atol=1e-12)
                    and np.allclose(vector, wrong_vector, rtol=1e-9, atol=1e-12)):
                expect_true(False, f"wrong local derivatives from {what}: got {got!r}.",
                            verdict="wrong local derivatives", hint=hint)
    for n in names:
        expect_close(got[n], expected[n], rtol=1e-9, atol=1e-12,
                     what=f"the local derivative for {n} from {what}")


def _step(forward_node, expression, inputs, value, local, misconceptions=None):
    what, (got_value, got_local) = _call(forward_node, expression, inputs)
    expect_close(got_value, value, rtol=1e-12, atol=1e-12, what=f"the value of {what}")
    _expect_locals(got_local, local, what, misconceptions)


@test_case(points=1, hidden=False)
def test_add_mul_pow(forward_node):
    """x + y, x * y and x ** 3 at x = 2, y = -3: values -1, -6, 8; local derivatives {1, 1}, {-3, 2}, {12}"""
    x, y = 2.0, -3.0
    _step(forward_node, "x + y", {"x": x, "y": y}, -1.0, {"x": 1.0, "y": 1.0})
    _step(forward_node, "x * y", {"x": x, "y": y}, -6.0, {"x": -3.0, "y": 2.0},
          {MUL_SWAPPED: {"x": 2.0, "y": -3.0}})
    _step(forward_node, "x ** 3", {"x": x}, 8.0, {"x": 12.0},
          {POW_TIMES_VALUE: {"x": 24.0}, POW_NO_FACTOR: {"x": 4.0}})


@test_case(points=1, hidden=False)
def test_exp_and_tanh(forward_node):
    """exp(x) and tanh(x) at x = 0.5: local derivatives exp(0.5) and 1 − tanh(0.5)²"""
    x = 0.5
    e, t = math.exp(x), math.tanh(x)
    _step(forward_node, "exp(x)", {"x": x}, e, {"x": e}, {EXP_INPUT: {"x": x}, EXP_ONE: {"x": 1.0}})
    _step(forward_node, "tanh(x)", {"x": x}, t, {"x": 1 - t * t},
          {TANH_OF_INPUT: {"x": 1 - x * x}, TANH_NOT_SQUARED: {"x": 1 - t}})


@test_case(points=0.5, hidden=False)
def test_numbers_on_either_side(forward_node):
    """x + 2, 2 + x, x * 3 and 3 * x at x = 1.5: a number is wrapped as a constant node"""
    x = 1.5
    _step(forward_node, "x + 2", {"x": x}, 3.5, {"x": 1.0})
    _step(forward_node, "2 + x", {"x": x}, 3.5, {"x": 1.0})
    _step(forward_node, "x * 3", {"x": x}, 4.5, {"x": 3.0}, {MUL_SWAPPED: {"x": x}})
    _step(forward_node, "3 * x", {"x": x}, 4.5, {"x": 3.0}, {MUL_SWAPPED: {"x": x}})


@test_case(points=0.25, hidden=True)
def test_random_single_operations(forward_node):
    """seeded random inputs for every operation, x * x, fractional, negative and zero exponents, integer inputs"""
    rng = np.random.default_rng(2411)
    for _ in range(3):
        x, y = (float(v) for v in rng.uniform(-2, 2, size=2))
        p = float(rng.uniform(0.2, 3.0))
        t = math.tanh(x)
        _step(forward_node, "x + y", {"x": x, "y": y}, x + y, {"x": 1.0, "y": 1.0})
        _step(forward_node, "x * y", {"x": x, "y": y}, x * y, {"x": y, "y": x},
              {MUL_SWAPPED: {"x": x, "y": y}})
        _step(forward_node, "x * x", {"x": x}, x * x, {"x": 2 * x})
        _step(forward_node, f"x ** {p!r}", {"x": abs(x) + 0.1}, (abs(x) + 0.1) ** p,
              {"x": p * (abs(x) + 0.1) ** (p - 1)},
              {POW_TIMES_VALUE: {"x": p * (abs(x) + 0.1) ** p}, POW_NO_FACTOR: {"x": (abs(x) + 0.1) ** (p - 1)}})
        _step(forward_node, "exp(x)", {"x": x}, math.exp(x), {"x": math.exp(x)},
              {EXP_INPUT: {"x": x}, EXP_ONE: {"x": 1.0}})
        _step(forward_node, "tanh(x)", {"x": x}, t, {"x": 1 - t * t},
              {TANH_OF_INPUT: {"x": 1 - x * x}, TANH_NOT_SQUARED: {"x": 1 - t}})
    _step(forward_node, "x ** -2", {"x": 2.0}, 0.25, {"x": -0.25})
    _step(forward_node, "x ** 2", {"x": 0.0}, 0.0, {"x": 0.0})           # a zero base
    _step(forward_node, "x ** 3", {"x": 0.0}, 0.0, {"x": 0.0})
    _step(forward_node, "x ** 0", {"x": 3.0}, 1.0, {"x": 0.0})
    _step(forward_node, "x * y", {"x": 4, "y": -5}, -20.0, {"x": -5.0, "y": 4.0},
          {MUL_SWAPPED: {"x": 4.0, "y": -5.0}})


@test_case(points=0.25, hidden=True)
def test_compound_values_and_value_exponent(forward_node):
    """values of compound expressions (subtraction, division, nesting) and TypeError for x ** y"""
    rng = np.random.default_rng(2412)
    expressions = [
        ("tanh(x * y + exp(z)) ** 2 - x / y",
         lambda x, y, z: math.tanh(x * y + math.exp(z)) ** 2 - x / y),
        ("(x - 1) * (y + 2) / (z * z + 1)", lambda x, y, z: (x - 1) * (y + 2) / (z * z + 1)),
        ("exp(-x * x) + 3 - 2 * tanh(y - z)", lambda x, y, z: math.exp(-x * x) + 3 - 2 * math.tanh(y - z)),
        ("1 / (1 + exp(-(x * y + z)))", lambda x, y, z: 1 / (1 + math.exp(-(x * y + z)))),
    ]
    for expression, exact in expressions:
        x, y, z = (float(v) for v in rng.uniform(0.5, 1.5, size=3) * rng.choice([-1, 1], size=3))
        what, (got_value, _) = _call(forward_node, expression, {"x": x, "y": y, "z": z})
        expect_close(got_value, exact(x, y, z), rtol=1e-12, atol=1e-12, what=f"the value of {what}")
    what, (got_value, _) = _call(forward_node, "(x + y) * x + y * (y * 3 + x)", {"x": 1.5, "y": -0.5})
    expect_close(got_value, (1.5 - 0.5) * 1.5 - 0.5 * (-1.5 + 1.5), rtol=1e-12, atol=1e-12,
                 what=f"the value of {what} (x and y are used again after x + y and y * 3)",
                 misconceptions=[(1.25, OPERANDS_CHANGED)])
    expect_raises(TypeError, lambda: forward_node("x ** y", x=2.0, y=3.0),
                  what="forward_node('x ** y', x=2.0, y=3.0)", when="(a Value as the exponent)")
