"""dot_product: the dot product u·v computed with a loop."""
import numpy as np
from otter.test_files import test_case

from course.runtime.testing import Mismatch, expect_close, expect_raises, expect_true

OK_FORMAT = False
name = "dot_product"
hints = [
    "The dot product multiplies matching entries and adds all the products: one number comes out.",
    "Keep a running total: start at 0.0 and, for each position i, add u[i] * v[i].",
    "Compare len(u) and len(v) before the loop and raise ValueError when they differ.",
]
PRODUCTS = ["numpy.dot", "numpy.matmul", "@", ".dot", "numpy.inner", "numpy.vdot", "numpy.einsum",
            "numpy.tensordot", "numpy.linalg", "scipy"]
bans = {"dot": PRODUCTS}
ban_reason = ("write the loop that multiplies matching entries and adds the products yourself: "
              "that is what np.dot, @, np.matmul, np.inner, np.vdot and np.einsum compute. `@` is "
              "the tool to use from 01_linear_algebra/02_linear_systems on, np.linalg from "
              "01_linear_algebra/03_analytic_geometry on.")

ELEMENTWISE = ("you returned the entrywise products u[i]·v[i]; the dot product adds them up "
               "into a single number.")
FIRST_ONLY = ("you returned after the first product only: the `return` sits inside the loop. "
              "Move it out of the loop, after the total is complete.")
SKIPS_FIRST = ("your loop skipped the first entry (range(1, n)): Python indices start at 0, so "
               "loop over range(len(u)) or zip(u, v).")
INTEGER = ("dot({u}, {v}) returned the integer {got!r}; the task asks for a float. Start the running "
           "total at 0.0, not 0: an integer start keeps integer input integer.")
LENGTHS = ("vectors of different lengths must raise ValueError before any product is taken; "
           "compare len(u) and len(v) first (zip() silently drops the extra entries, and indexing "
           "the shorter vector raises IndexError instead).")


def _mistakes(u, v):
    u, v = np.asarray(u, dtype=float), np.asarray(v, dtype=float)
    out = {ELEMENTWISE: u * v}
    if len(u) > 1:
        out[FIRST_ONLY] = u[0] * v[0]
        out[SKIPS_FIRST] = float(np.sum(u[1:] * v[1:]))
    return out


def _float_result(got, u, v):
    expect_true(not isinstance(got, (int, np.integer)) or isinstance(got, bool),
                INTEGER.format(u=u, v=v, got=got), verdict="returned an integer, not a float",
                hint="the task asks for a float: start the running total at 0.0, not 0.")


def _raises_on_lengths(dot, u, v, what):
    try:
        expect_raises(ValueError, dot, u, v, what=what,
                      when=f"for vectors of lengths {len(u)} and {len(v)}")
    except Mismatch as m:
        raise Mismatch(f"{m.detail} Hint: {LENGTHS}", verdict=f"{m.verdict}; {LENGTHS}",
                       hint=LENGTHS, kind=m.kind) from None


@test_case(points=1, hidden=False)
def test_small_integer_lists(dot):
    """dot([1, 2, 3], [4, 5, 6]) on plain Python lists: 32.0, a float"""
    u, v = [1, 2, 3], [4, 5, 6]
    got = dot(list(u), list(v))
    expect_close(got, 32.0, what="dot([1, 2, 3], [4, 5, 6])", misconceptions=_mistakes(u, v))
    _float_result(got, u, v)


@test_case(points=0.5, hidden=False)
def test_orthogonal_vectors(dot):
    """orthogonal float arrays give 0"""
    u, v = np.array([1.0, -2.0, 0.5]), np.array([2.0, 1.0, 0.0])
    expect_close(dot(u.copy(), v.copy()), 0.0, what="dot([1, -2, 0.5], [2, 1, 0])",
                 misconceptions=_mistakes(u, v))


@test_case(points=0.5, hidden=False)
def test_length_mismatch(dot):
    """vectors of different lengths raise ValueError"""
    _raises_on_lengths(dot, [1.0, 2.0, 3.0], [1.0, 2.0], "dot([1, 2, 3], [1, 2])")


@test_case(points=0.25, hidden=True)
def test_random_vectors(dot):
    """random float vectors of lengths 1 to 60, and a zero vector"""
    rng = np.random.default_rng(1101)
    for n in (1, 2, 5, 17, 60):
        u, v = rng.normal(size=n), rng.uniform(-3, 3, size=n)
        expect_close(dot(u.copy(), v.copy()), float(np.sum(u * v)),
                     what=f"dot(u, v) for length-{n} vectors", misconceptions=_mistakes(u, v))
    expect_close(dot(np.zeros(4), rng.normal(size=4)), 0.0, what="dot(0, v)")


@test_case(points=0.5, hidden=True)
def test_scale_lists_and_lengths(dot):
    """entries of size 1e-8 and 1e8, repeated 0.1, integer arrays (float result); both length orders raise"""
    rng = np.random.default_rng(1110)
    for scale in (1e-8, 1e8):
        u, v = scale * rng.normal(size=6), rng.normal(size=6)
        expect_close(dot(u.copy(), v.copy()), float(np.sum(u * v)), rtol=1e-9, atol=0,
                     what=f"dot(u, v) with u's entries of size {scale:g}",
                     misconceptions=_mistakes(u, v))
    u, v = [0.1] * 7, [0.3] * 7
    expect_close(dot(list(u), list(v)), 7 * 0.1 * 0.3, rtol=1e-12, atol=0,
                 what="dot([0.1] * 7, [0.3] * 7)", misconceptions=_mistakes(u, v))
    u, v = np.array([3, -1, 4, 1, -5]), np.array([2, 7, 1, -8, 2])
    got = dot(u.copy(), v.copy())
    expect_close(got, float(np.sum(u * v)), what="dot on two integer arrays",
                 misconceptions=_mistakes(u, v))
    _float_result(got, "u", "v")
    _raises_on_lengths(dot, [1.0, 2.0], [1.0, 2.0, 3.0], "dot(u of length 2, v of length 3)")
    _raises_on_lengths(dot, np.ones(5), np.ones(4), "dot(u of length 5, v of length 4)")


IS_LENGTH = ("two vectors of the same length raised ValueError: compare the lengths with `!=` "
             "(or `==`), never with `is` / `is not` — for ints above 256 Python makes separate "
             "objects, so `len(u) is not len(v)` can be True for equal lengths.")


@test_case(points=0.25, hidden=True)
def test_long_vectors(dot):
    """vectors of 300 entries (lengths compared by value)"""
    rng = np.random.default_rng(1112)
    u, v = rng.normal(size=300), rng.normal(size=300)
    try:
        got = dot(u.copy(), v.copy())
    except ValueError:
        raise Mismatch(f"dot(u, v) raised ValueError for two vectors of length 300. Hint: {IS_LENGTH}",
                       verdict=f"raised ValueError for two long vectors of equal length; {IS_LENGTH}",
                       hint=IS_LENGTH) from None
    expect_close(got, float(np.sum(u * v)), what="dot(u, v) for length-300 vectors",
                 misconceptions=_mistakes(u, v))
