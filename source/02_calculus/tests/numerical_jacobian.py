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


@test_case(points=0.5, hidden=True)
def test_random_layers(numerical_jacobian):
    """random tanh layers with 1 to 5 inputs and outputs (m = 1 and n = 1 included) and softmax; x is left unchanged"""
    rng = np.random.default_rng(2231)
    for m, n in ((1, 4), (4, 1), (3, 3), (2, 5), (5, 2)):
        layer = TanhLayer(rng.normal(size=(m, n)), rng.normal(size=m))
        x = rng.normal(size=n)
        x_before = x.copy()
        got = numerical_jacobian(layer, x)
        expect_unchanged(x_before, x, what="x")
        _check(got, layer.jacobian(x_before), f"numerical_jacobian of a tanh layer with {n} inputs "
               f"and {m} outputs")
    x = rng.normal(size=4)
    _check(numerical_jacobian(softmax, x.copy()), softmax_jacobian(x), "numerical_jacobian(softmax, x)")


@test_case(points=0.25, hidden=True)
def test_given_step_and_integer_input(numerical_jacobian):
    """the step h passed in is the one used (h = 0.1), and integer x works like float x"""
    x = np.array([0.7, -0.4, 1.3])
    h = 0.1
    expected = np.zeros((2, 3))
    for j in range(3):
        e = np.zeros(3)
        e[j] = h
        expected[:, j] = (vector_field(x + e) - vector_field(x - e)) / (2 * h)
    with_default = np.zeros((2, 3))
    for j in range(3):
        e = np.zeros(3)
        e[j] = 1e-5
        with_default[:, j] = (vector_field(x + e) - vector_field(x - e)) / 2e-5
    _check(numerical_jacobian(vector_field, x.copy(), h), expected,
           "numerical_jacobian(vector_field, x, h=0.1)", rtol=1e-9, atol=1e-12, step_hint=False,
           extra={GIVEN_STEP: with_default})
    x_int = np.array([1, 2, 0])
    expected = vector_field_jacobian(x_int.astype(float))
    what = "numerical_jacobian(vector_field, integer x)"
    expect_same_on_integers(lambda v: _check(numerical_jacobian(vector_field, v), expected, what),
                            x_int, what=what)


@test_case(points=0.25, hidden=True)
def test_scales_and_single_output(numerical_jacobian):
    """linear maps with entries near 1e-9 and 1e8, x of size 1e-8 and 1e4, one output and one input"""
    rng = np.random.default_rng(2232)
    for m, n, scale, x_scale, h in ((3, 2, 1e-9, 1.0, 1e-5), (2, 3, 1e8, 1.0, 1e-5),
                                    (2, 2, 1.0, 1e-8, 1e-10), (3, 3, 1.0, 1e4, 1e-1),
                                    (1, 3, 1.0, 1.0, 1e-5), (3, 1, 1.0, 1.0, 1e-5)):
        A = scale * rng.normal(size=(m, n))
        F = LinearMap(A)
        x = x_scale * rng.uniform(-1, 1, size=n)
        expected = np.zeros((m, n))
        for j in range(n):
            e = np.zeros(n)
            e[j] = h
            expected[:, j] = (F(x + e) - F(x - e)) / (2 * h)
        what = (f"numerical_jacobian of a {m}×{n} linear map with entries near {scale:.0e} at x of "
                f"size {x_scale:.0e}, h = {h:g}")
        _check(numerical_jacobian(F, x.copy(), h), expected, what, rtol=1e-6, atol=0.0,
               step_hint=False)
