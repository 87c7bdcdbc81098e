"""numerical_jacobian: the (m, n) Jacobian of F: Rⁿ → Rᵐ by central differences, one column per input."""
import numpy as np
from otter.test_files import test_case

from course.runtime.functions.gradients import (LinearMap, TanhLayer, polar_to_cartesian,
                                        polar_to_cartesian_jacobian, softmax, softmax_jacobian,
                                        vector_field, vector_field_jacobian)
from course.runtime.testing import (Mismatch, expect_array, expect_close, expect_raises,
                            expect_same_on_integers, expect_unchanged)

OK_FORMAT = False
name = "numerical_jacobian"
hints = [
    "Work one input at a time: moving x[j] alone by ±h changes every output, and those m changes "
    "(divided by 2h) form column j of the Jacobian.",
    "For input j build e = np.zeros(n) with e[j] = h; then (F(x + e) - F(x - e)) / (2 * h) is a "
    "vector of length m: column j.",
    "Collect the n columns in a list and return np.column_stack(columns), shape (m, n) — not "
    "np.array(columns), which puts them in rows and gives the transpose (n, m).",
]
bans = {"numerical_jacobian": ["numpy.gradient", "scipy"]}
ban_reason = ("build the central differences yourself, one input (one column) at a time, from calls "
              "to F; np.gradient and scipy (approx_fprime, scipy.differentiate.jacobian) are fine in "
              "your own work from notebook 3 of this step on, but not inside this notebook's exercises.")

TRANSPOSED = ("you returned the transpose. Row i of the Jacobian is the gradient of output Fᵢ, so "
              "its shape is (m, n) = (outputs, inputs), and the difference quotient for input x_j "
              "is column j: fill J[:, j], or stack the columns with np.column_stack.")

HALF_STEP = ("every entry is twice the derivative: the central difference spans from x − h eⱼ to "
             "x + h eⱼ, a distance of 2h, so divide by 2h, not h.")
ONE_SIDED = ("your Jacobian is right only to about 5 digits, the accuracy of a one-sided difference "
             "(F(x + h eⱼ) − F(x)) / h. Use the central difference (F(x + h eⱼ) − F(x − h eⱼ)) / (2h), "
             "whose error shrinks like h².")

SQUEEZED = ("the Jacobian is always 2-D, shape (m, n) = (outputs, inputs), even when m = 1 or n = 1: "
            "a function with one output has a 1 × n Jacobian (one row), so do not squeeze or ravel it.")
GIVEN_STEP = ("you used a step of your own (1e-5) instead of the h passed in: use the argument h in "
              "both the shift x ± h·eⱼ and the denominator 2h.")


def _check(got, expected, what, rtol=1e-6, atol=1e-8, step_hint=True, extra=None):
    shape = np.shape(got) if isinstance(got, np.ndarray) else None
    if shape is not None and shape != expected.shape and got.size == expected.size and (
            1 in expected.shape):
        raise Mismatch(f"{what} has shape {shape}; expected shape {expected.shape}. Hint: {SQUEEZED}",
                       verdict=f"wrong shape {shape}; {SQUEEZED}", hint=SQUEEZED, kind="shape")
    try:
        roughly = step_hint and np.allclose(np.asarray(got, dtype=float), expected, rtol=1e-3, atol=1e-5)
    except (TypeError, ValueError):
        roughly = False
    expect_close(got, expected, rtol=rtol, atol=atol, what=what,
                 misconceptions={TRANSPOSED: expected.T, HALF_STEP: 2 * expected, **(extra or {}),
                                 **({ONE_SIDED: got} if roughly else {})})
    expect_array(got, what=what)


@test_case(points=1, hidden=False)
def test_vector_field(numerical_jacobian):
    """vector_field: R³ → R² at x = [1, 2, 0.5]: a 2×3 Jacobian"""
    x = np.array([1.0, 2.0, 0.5])
    _check(numerical_jacobian(vector_field, x.copy()), vector_field_jacobian(x),
           "numerical_jacobian(vector_field, [1, 2, 0.5])")


@test_case(points=0.75, hidden=False)
def test_linear_map_and_polar(numerical_jacobian):
    """LinearMap([[1, 2], [3, 4], [5, 6]], [1, 0, −1]) has Jacobian A (3×2); polar_to_cartesian at [2, π/6] (2×2)"""
    A = np.array([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])
    _check(numerical_jacobian(LinearMap(A, [1.0, 0.0, -1.0]), np.array([0.5, -1.0])), A,
           "numerical_jacobian(LinearMap([[1, 2], [3, 4], [5, 6]], [1, 0, -1]), [0.5, -1])")
    x = np.array([2.0, np.pi / 6])
    _check(numerical_jacobian(polar_to_cartesian, x.copy()), polar_to_cartesian_jacobian(x),
           "numerical_jacobian(polar_to_cartesian, [2, π/6])")


@test_case(points=0.25, hidden=False)
def test_step_must_be_positive(numerical_jacobian):
    """h = 0 and h = −1e-5 raise ValueError"""
    for h in (0.0, -1e-5):
        expect_raises(ValueError, numerical_jacobian, vector_field, np.array([1.0, 2.0, 0.5]), h,
                      what=f"numerical_jacobian(vector_field, [1, 2, 0.5], h={h:g})")


# Hidden cases are run at grading (and by check() when autograder/ is present).
HIDDEN_CASES = 3
HIDDEN_POINTS = 1
