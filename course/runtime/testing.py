"""Assertions for test files: each failure names the mistake, located, and says what a hidden case may show.

A test case calls the learner's function with plain data and hands the result to one of the
`expect_*` helpers below. On failure they raise `Mismatch`, an AssertionError that carries

* `detail`  - the full message, with expected and received values (shown for public cases);
* `verdict` - a short message built only from the learner's own result (shown for hidden cases,
              so their data never leaks);
* `hint`    - one sentence naming a known misconception, when the wrong answer matches one.

Order of checks: None -> type -> shape -> dtype -> finite -> values; a known misconception is
recognised first, whatever the shape.
"""
from __future__ import annotations

import numbers
from pathlib import Path
from typing import Any, Callable, Iterable, Mapping, NoReturn

import numpy as np

__all__ = [
    "Mismatch",
    "fail",
    "expect_close",
    "expect_equal",
    "expect_true",
    "expect_tuple",
    "expect_finite",
    "expect_unchanged",
    "expect_raises",
    "expect_same_on_integers",
    "expect_uses_rng",
    "expect_array",
    "NotAnswered",
    "choice_digest",
    "seal_tempting",
    "expect_number",
    "expect_value",
    "expect_whole_numbers",
    "expect_choice",
]


class Mismatch(AssertionError):
    def __init__(self, detail: str, *, verdict: str | None = None, hint: str | None = None,
                 kind: str = "values"):
        super().__init__(detail)
        self.detail = detail
        self.verdict = verdict or detail
        self.hint = hint
        self.kind = kind


def fail(detail: str, verdict: str, hint: str | None = None, *, kind: str = "property") -> NoReturn:
    """Raise the Mismatch of a failed check, the hint appended to the detail ("... Hint: hint")
    and to the verdict ("verdict; hint"): test files and the helpers here fail the same way."""
    raise Mismatch(detail + (f" Hint: {hint}" if hint else ""),
                   verdict=verdict + (f"; {hint}" if hint else ""), hint=hint, kind=kind)


Misconceptions = Mapping[str, Any] | Iterable[tuple[Any, str]] | None


def _misconception_pairs(misconceptions: Misconceptions) -> list[tuple[Any, str]]:
    """Accept {hint: wrong_answer} or [(wrong_answer, hint), ...]."""
    if misconceptions is None:
        return []
    if isinstance(misconceptions, Mapping):
        return [(value, hint) for hint, value in misconceptions.items()]
    return list(misconceptions)


def _is_number(x: Any) -> bool:
    return isinstance(x, (numbers.Number, np.number)) and not isinstance(x, (bool, np.bool_))


def _as_float_array(x: Any) -> np.ndarray | None:
    try:
        arr = np.asarray(x)
    except Exception:
        return None
    if arr.dtype == object or arr.dtype.kind not in "biufc":
        return None
    return arr


def _same(got: Any, expected: Any, rtol: float, atol: float) -> bool:
    g, e = _as_float_array(got), _as_float_array(expected)
    if g is None or e is None or g.shape != e.shape:
        return False
    with np.errstate(all="ignore"):
        return bool(np.allclose(g, e, rtol=rtol, atol=atol, equal_nan=True))


def _describe_type(x: Any) -> str:
    if isinstance(x, np.ndarray):
        return f"an array of shape {x.shape}"
    return f"a {type(x).__name__}"


def _fmt(x: Any) -> str:
    if isinstance(x, (float, np.floating)):
        return f"{float(x):.6g}"
    if isinstance(x, np.ndarray):
        with np.printoptions(precision=4, suppress=True, threshold=30, linewidth=70):
            return np.array2string(x)
    return repr(x)


def _fmt_pair(expected: Any, got: Any) -> tuple[str, str]:
    """Two numbers shown with as many digits as it takes to see that they differ."""
    e, g = float(np.real(expected)), float(np.real(got))
    for digits in (6, 8, 10, 12, 15, 17):
        es, gs = f"{e:.{digits}g}", f"{g:.{digits}g}"
        if es != gs:
            break
    if np.isfinite(e) and np.isfinite(g) and es != gs and digits > 6:
        gs += f" (off by {g - e:.3g})"
    return es, gs


def _where(index: tuple[int, ...], ndim: int) -> str:
    if ndim == 1:
        return f"entry {index[0]}"
    if ndim == 2:
        return f"row {index[0]}, column {index[1]}"
    return f"index {tuple(int(i) for i in index)}"


def _check_misconceptions(got, pairs, what, rtol, atol):
    for wrong, hint in pairs:
        if _same(got, wrong, rtol, atol):
            raise Mismatch(
                f"wrong result for {what}: {hint}",
                verdict=f"wrong result; {hint}",
                hint=hint,
                kind="misconception",
            )


_RETURNED_NONE = "returned None — did you forget a `return` statement?"


def _expect_returned(got: Any, what: str) -> None:
    if got is None:
        fail(f"{what} {_RETURNED_NONE}", _RETURNED_NONE, kind="type")


def expect_close(got: Any, expected: Any, *, what: str = "your result", rtol: float = 1e-7,
                 atol: float = 1e-9, misconceptions: Misconceptions = None) -> None:
    """`got` must equal `expected` (a number or an array) up to floating-point tolerance."""
    # a "wrong" answer that coincides with the right one on this input says nothing: drop it
    pairs = [(w, h) for w, h in _misconception_pairs(misconceptions)
             if not _same(w, expected, rtol, atol)]
    _expect_returned(got, what)
    _check_misconceptions(got, pairs, what, rtol, atol)
    exp = np.asarray(expected)
    _close_values(_close_form(got, exp, what), exp, what, rtol, atol)


def _close_form(got: Any, exp: np.ndarray, what: str) -> Any:
    """Type, shape and dtype: returns `got` as the value check compares it, a number when `exp`
    is 0-d (a 0-d array unwrapped), else a numeric array."""
    if exp.ndim == 0:  # a single number is asked for
        if isinstance(got, np.ndarray) and got.ndim == 0:
            got = got[()]
        is_bool = isinstance(got, (bool, np.bool_))
        if is_bool and exp.dtype.kind != "b":
            fail(f"{what} should be a number, but it is a bool ({got!r}).",
                 "returned a bool instead of a number", kind="type")
        if not _is_number(got) and not is_bool:
            fail(f"{what} should be a single number, but it is {_describe_type(got)}.",
                 f"returned {_describe_type(got)} instead of a single number", kind="type")
        if isinstance(got, (complex, np.complexfloating)) and exp.dtype.kind != "c":
            fail(f"{what} is complex ({got}); a real number was expected.",
                 "returned a complex number", kind="dtype")
        return got
    arr = _as_float_array(got)
    if arr is None:
        fail(f"{what} should be a numeric array of shape {exp.shape}, but it is "
             f"{_describe_type(got)}.", f"returned {_describe_type(got)}, not a numeric array",
             kind="type")
    if arr.ndim == 0:
        fail(f"{what} should be an array of shape {exp.shape}, but it is a single number.",
             "returned a single number instead of an array", kind="type")
    if arr.shape != exp.shape:
        hint = _shape_hint(arr.shape, exp.shape)
        # not fail(): the verdict names the shape only, without the hint
        raise Mismatch(
            f"{what} has shape {arr.shape}; expected shape {exp.shape}."
            + (f" Hint: {hint}" if hint else ""),
            verdict=f"wrong shape: your result has shape {arr.shape}",
            hint=hint,
            kind="shape",
        )
    if exp.dtype.kind == "b" and arr.dtype.kind != "b":
        fail(f"{what} should be a boolean array; its dtype is {arr.dtype}.",
             f"wrong dtype {arr.dtype} (booleans expected)", kind="dtype")
    if arr.dtype.kind == "c" and exp.dtype.kind != "c":
        fail(f"{what} has complex dtype {arr.dtype}; a real array was expected.",
             f"complex dtype {arr.dtype}", kind="dtype")
    return arr


def _shape_hint(shape: tuple[int, ...], expected: tuple[int, ...]) -> str | None:
    """The usual cause of a wrong shape, for the shapes that have one."""
    if len(shape) == 2 and len(expected) == 1 and shape == (expected[0], expected[0]):
        return ("an (n, n) result where (n,) was expected usually comes from broadcasting an "
                "(n,) vector against an (n, 1) column — keep vectors 1-D or reshape explicitly.")
    if len(expected) == 1 and shape in ((expected[0], 1), (1, expected[0])):
        return (f"you returned a 2-D {'column' if shape[1] == 1 else 'row'} of shape "
                f"{shape}; a vector here is 1-D, shape {expected} (e.g. use .ravel()).")
    if len(shape) == 2 and len(expected) == 2 and shape == expected[::-1]:
        return "the result is transposed: its shape is the expected one reversed."
    return None


def _close_values(got: Any, exp: np.ndarray, what: str, rtol: float, atol: float) -> None:
    """The values of `got`, already of the form `exp` has, up to tolerance; the first entry that
    differs is located."""
    if exp.ndim == 0:
        if not np.isfinite(got) and np.isfinite(exp):
            fail(f"{what} is {got}; expected {_fmt(exp[()])}.", f"returned {got}", kind="values")
        if not np.isclose(got, exp, rtol=rtol, atol=atol):
            shown_e, shown_g = _fmt_pair(exp[()], got)
            fail(f"{what}: expected {shown_e}, got {shown_g}.", "wrong value", kind="values")
        return
    with np.errstate(all="ignore"):
        close = np.isclose(got, exp, rtol=rtol, atol=atol)
    if close.all():
        return
    if got.dtype.kind in "iu" and exp.dtype.kind == "f":
        fail(f"{what} has wrong values.", "wrong values",
             f"your result has integer dtype {got.dtype}, so fractions were truncated — "
             "work on a float copy, e.g. A.astype(float).", kind="dtype")
    bad = np.argwhere(~close)
    first = tuple(bad[0])
    nonfinite = not np.isfinite(got[first])
    shown_e, shown_g = ((_fmt(exp[first]), _fmt(got[first])) if nonfinite or exp.dtype.kind == "c"
                        or got.dtype.kind == "c" else _fmt_pair(exp[first], got[first]))
    fail(f"{what} differs at {_where(first, got.ndim)}: expected {shown_e}, got {shown_g} "
         f"({len(bad)} of {got.size} entries differ).\nexpected:\n{_fmt(exp)}\ngot:\n{_fmt(got)}",
         f"wrong values ({len(bad)} of {got.size} entries differ"
         + (", some are NaN or infinite)" if nonfinite else ")"),
         kind="values")


def expect_equal(got: Any, expected: Any, *, what: str = "your result",
                 misconceptions: Misconceptions = None) -> None:
    """Exact equality for ints, bools, strings and integer arrays (ranks, pivot columns, counts)."""
    pairs = [(w, h) for w, h in _misconception_pairs(misconceptions) if not _equal(w, expected)]
    if expected is not None:
        _expect_returned(got, what)
    for wrong, hint in pairs:
        if _equal(got, wrong):
            raise Mismatch(f"wrong result for {what}: {hint}", verdict=f"wrong result; {hint}",
                           hint=hint, kind="misconception")
    if isinstance(expected, (bool, np.bool_)):
        if not isinstance(got, (bool, np.bool_)):
            fail(f"{what} should be True or False, but it is {_describe_type(got)}.",
                 f"returned {_describe_type(got)} instead of True/False", kind="type")
    elif isinstance(expected, (int, np.integer)):
        if isinstance(got, (bool, np.bool_)) or not isinstance(got, (int, np.integer)):
            fail(f"{what} should be an integer, but it is {_describe_type(got)} ({got!r}).",
                 f"returned {_describe_type(got)} instead of an integer", kind="type")
    elif isinstance(expected, (list, tuple, np.ndarray)):
        g, e = np.asarray(got) if got is not None else None, np.asarray(expected)
        if g is None or g.shape != e.shape:
            fail(f"{what} should have {e.size} entries (shape {e.shape}); "
                 f"got {_describe_type(got)}{'' if g is None else f' of shape {g.shape}'}.",
                 "wrong length or shape", kind="shape")
        if not np.array_equal(g, e):
            bad = np.argwhere(g != e) if g.dtype == e.dtype or g.dtype.kind in "iufb" else [[0]]
            first = tuple(bad[0])
            fail(f"{what} differs at {_where(first, max(e.ndim, 1))}: expected {e[first]!r}, "
                 f"got {g[first]!r}.\nexpected: {e.tolist()}\ngot:      {g.tolist()}",
                 "wrong values", kind="values")
        return
    if not _equal(got, expected):
        fail(f"{what}: expected {expected!r}, got {got!r}.", "wrong value", kind="values")


def _equal(a: Any, b: Any) -> bool:
    try:
        if isinstance(a, (list, tuple, np.ndarray)) or isinstance(b, (list, tuple, np.ndarray)):
            return np.asarray(a).shape == np.asarray(b).shape and bool(np.array_equal(a, b))
        return type(a) is not bool and a == b or (type(a) is bool and a is b)
    except Exception:
        return False


def expect_true(condition: bool, detail: str, *, verdict: str | None = None,
                hint: str | None = None) -> None:
    """A property of the answer (P @ P == P, Q orthonormal, A v = λ v ...) must hold."""
    if not bool(condition):
        fail(detail, verdict or detail, hint)


def expect_array(got: Any, *, what: str = "your result", dtype_kind: str | None = "f") -> None:
    """The task asks for a NumPy array (of floats, by default): a list, a tuple or an integer array
    is not what it asks for, even when its numbers are right."""
    _expect_returned(got, what)
    if isinstance(got, (list, tuple)):   # a number where an array is asked: the shape check says it
        hint = (f"the task asks for a NumPy array, and {what} is a Python {type(got).__name__}: "
                "build the result with NumPy (or convert it, np.array(result)) before returning.")
        raise Mismatch(f"{what} should be a NumPy array. Hint: {hint}",
                       verdict=f"returned {_describe_type(got)} instead of a NumPy array",
                       hint=hint, kind="type")
    if not isinstance(got, np.ndarray):
        return
    kinds = {"f": "floats", "i": "integers", "b": "booleans"}
    if dtype_kind is not None and got.dtype.kind not in (dtype_kind + ("u" if dtype_kind == "i" else "")):
        wanted = kinds.get(dtype_kind, dtype_kind)
        hint = (f"the task asks for an array of {wanted}; yours has dtype {got.dtype}"
                + (" (integer input gives integer arithmetic: convert with .astype(float) or "
                   "np.asarray(x, dtype=float) first)" if dtype_kind == "f" and got.dtype.kind in "iub"
                   else "") + ".")
        fail(f"{what} has dtype {got.dtype}.", f"wrong dtype {got.dtype}", hint, kind="dtype")


def expect_tuple(got: Any, length: int, *, what: str = "your result", names: str = "") -> tuple:
    """`got` must be a tuple/list of `length` items; returns it so the caller can unpack safely."""
    _expect_returned(got, what)
    if not isinstance(got, (tuple, list)) or len(got) != length:
        shown = f"{len(got)} values" if isinstance(got, (tuple, list)) else _describe_type(got)
        wanted = f"{length} values" + (f" ({names})" if names else "")
        fail(f"{what} should return {wanted}; it returned {shown}.",
             f"returned {shown} instead of {wanted}", kind="type")
    return tuple(got)


def expect_finite(got: Any, *, what: str = "your result", hint: str | None = None,
                  verdict: str = "diverged: the result contains NaN or inf") -> None:
    """No NaN or inf anywhere in `got` (a number, an array, or a list/tuple of them).

    For iterative methods, pass a `hint` that names the usual cause (a step size too large), so a
    learner whose optimiser blew up reads "diverged" and why, not a wall of NaN.
    """
    parts = got if isinstance(got, (list, tuple)) else [got]
    for part in parts:
        arr = _as_float_array(part)
        if arr is None or np.all(np.isfinite(arr)):
            continue
        count = int(np.size(arr) - np.count_nonzero(np.isfinite(arr)))
        raise Mismatch(
            f"{what} contains NaN or inf ({count} of {np.size(arr)} entries)."
            + (f" Hint: {hint}" if hint else ""),
            verdict=verdict, hint=hint, kind="finite")


def expect_unchanged(before: np.ndarray, after: np.ndarray, *, what: str = "the input") -> None:
    """The learner's function must not modify an argument it was given."""
    if not np.array_equal(np.asarray(before), np.asarray(after)):
        hint = (f"your function modified {what} in place; work on a copy "
                "(e.g. A = np.array(A, dtype=float)) so the caller's data is untouched.")
        raise Mismatch(f"{what} was changed by your function. Hint: {hint}",
                       verdict=f"modified {what} in place", hint=hint, kind="mutation")


def expect_raises(exceptions: type | tuple[type, ...], func: Callable, *args: Any,
                  what: str = "your function", when: str = "", allow_library: bool = False) -> None:
    """Calling `func(*args)` must raise one of `exceptions` (e.g. ValueError for a singular matrix).

    The learner's own code must raise it, with a `raise` (see raised_on_purpose): a ValueError
    that NumPy raises by accident (a broadcasting error) earns nothing. `allow_library=True`
    accepts a library's error too, where the task text says so (np.linalg.cholesky's LinAlgError)."""
    names = " or ".join(e.__name__ for e in (exceptions if isinstance(exceptions, tuple)
                                              else (exceptions,)))
    when = f" {when}" if when else ""
    try:
        result = func(*args)
    except NotImplementedError:
        raise
    except exceptions as exc:
        if allow_library or raised_on_purpose(exc):
            return
        # NumPy (or Python) raised it for the learner, e.g. a broadcasting error: the check the
        # task asks for is not there, and a wrong input would fail somewhere else by luck
        raise Mismatch(
            f"{what} raised {type(exc).__name__}{when}, but not with a `raise` of its own: "
            f"{_raised_where(exc)} raised it ({exc}). Check the input yourself and "
            f"`raise {names.split(' or ')[0]}(...)` with a message saying what is wrong.",
            verdict=f"{names} came from a library call, not from a `raise` in your code{when}",
            kind="raised") from None
    except Exception as exc:  # the wrong kind of error: say which
        raise Mismatch(
            f"{what} raised {type(exc).__name__} ({exc}){when}; it should raise {names}.",
            verdict=f"raised {type(exc).__name__} instead of {names}", kind="raised") from None
    fail(f"{what} should raise {names}{when}, but it returned {_describe_type(result)}.",
         f"returned normally where {names} was expected", kind="values")


def raised_on_purpose(exc: BaseException) -> bool:
    """Whether the learner's own code raised `exc` with a `raise` statement (in the function or a
    helper it calls), rather than NumPy or Python raising it from inside a call.

    The innermost frame of the traceback must be outside libraries and this package, and the
    instruction it stopped at must be a `raise`. Exceptions rebuilt from another process carry
    the answer, computed where the traceback was (course/remote.py)."""
    if hasattr(exc, "learner_raised"):
        return bool(exc.learner_raised)
    tb = exc.__traceback__
    if tb is None:
        return False
    while tb.tb_next is not None:
        tb = tb.tb_next
    code = tb.tb_frame.f_code
    if _library_file(code.co_filename):
        return False
    import dis

    for ins in dis.get_instructions(code):
        if ins.offset == tb.tb_lasti:
            return ins.opname in ("RAISE_VARARGS", "RERAISE")
    return False


def _raised_where(exc: BaseException) -> str:
    where = getattr(exc, "learner_raised_in", None)
    if where:
        return where
    tb = exc.__traceback__
    frames = []
    while tb is not None:
        frames.append(tb.tb_frame.f_code.co_filename)
        tb = tb.tb_next
    package = str(Path(__file__).resolve().parent.parent)   # the whole course package
    lib = next((f for f in reversed(frames) if _library_file(f)
                and not str(Path(f).resolve()).startswith(package)), "")
    if "numpy" in lib:
        return "a NumPy function"
    return "a library function" if lib else "an operation on the input"


def _library_file(filename: str) -> bool:
    import sysconfig

    if filename.startswith("<"):
        return False    # code typed in a notebook cell or exec'd from a string
    resolved = str(Path(filename).resolve())
    package = str(Path(__file__).resolve().parent.parent)   # the whole course package
    stdlib = str(Path(sysconfig.get_paths()["stdlib"]).resolve())
    return (resolved.startswith(package) or resolved.startswith(stdlib)
            or "site-packages" in resolved or "dist-packages" in resolved)


def expect_same_on_integers(check: Callable[..., None], *int_arrays: Any, what: str) -> None:
    """`check(*arrays)` calls the learner and asserts. Run it on integer arrays; when it fails there
    but passes on the same numbers as floats, the learner computed in an integer array (every
    fraction truncated): report exactly that instead of the raw mismatch."""
    try:
        check(*int_arrays)
    except Mismatch as on_integers:
        try:
            check(*(np.asarray(a, dtype=float) for a in int_arrays))
        except Exception:
            raise on_integers from None
        hint = ("on integer input your result differs from your result for the same numbers given "
                "as floats: your code computes in an integer array, which truncates every fraction "
                "stored in it. Work on a float copy, e.g. A = np.array(A, dtype=float).")
        raise Mismatch(f"{what} is wrong for integer input. Hint: {hint}",
                       verdict=f"wrong result for integer input; {hint}", hint=hint,
                       kind="dtype") from None


def _results_equal(a: Any, b: Any) -> bool:
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(_results_equal(a[k], b[k]) for k in a)
    if isinstance(a, (tuple, list)) and isinstance(b, (tuple, list)):
        return len(a) == len(b) and all(_results_equal(x, y) for x, y in zip(a, b))
    try:
        x, y = np.asarray(a), np.asarray(b)
        if x.dtype == object or y.dtype == object:
            return bool(a == b)
        return x.shape == y.shape and bool(np.array_equal(x, y, equal_nan=x.dtype.kind in "fc"))
    except Exception:
        return False


def expect_uses_rng(func: Callable, *args: Any, what: str = "your function", seed: int = 2024,
                    **kwargs: Any) -> None:
    """`func(*args, rng=..., **kwargs)` must draw every random number from the `rng` it is given.

    Two calls with generators seeded alike must agree (a function that also draws from the global
    `np.random` stream, or from a generator of its own, gives two different answers: the global
    stream moves on between calls), and a call with another seed must differ (a function that
    ignores `rng` and seeds something itself always gives the same answer).
    """
    import copy

    def call(with_seed):
        return func(*copy.deepcopy(args), rng=np.random.default_rng(with_seed), **copy.deepcopy(kwargs))

    # The global stream starts from a fixed state here, so the verdict is the same on every run
    # (under `course grade` the calls run in the learner's process, which starts from a fixed
    # state too: course/instructor/sessions.py); it is put back afterwards. On a small problem a global
    # stream can repeat an answer by chance, so a third call gets a second chance to differ.
    saved = np.random.get_state()
    np.random.seed(seed)
    try:
        first, again = call(seed), call(seed)
        if _results_equal(first, again):
            again = call(seed)
    finally:
        np.random.set_state(saved)
    hint = ("draw every random number from the generator you are given (rng.normal, "
            "rng.integers, rng.permutation, ...), never from np.random.* or a generator of "
            "your own: the same rng must always give the same answer.")
    if not _results_equal(first, again):
        fail(f"{what} gave two different answers for two generators seeded alike.",
             "not reproducible from rng", hint)
    other = call(seed + 1)
    if _results_equal(first, other):
        hint = ("your answer does not change when rng does: use the generator you are given for "
                "the random draws, instead of a fixed seed or no randomness at all.")
        fail(f"{what} gave the same answer for two differently seeded generators.",
             "ignores rng", hint)


# --- value answers: the learner assigns a value (q_log_answer = 6) or picks a choice ("b") -----
#
# A value answer crosses to `course grade`'s grader like any other (course/remote.py ships plain
# values), so a case receives it by parameter name, exactly as it receives a function. The
# notebook's stub assigns None, which counts as "not attempted".

import hashlib as _hashlib

CHOICE_SALT = "mml-numpy/choice/v1"


class NotAnswered(NotImplementedError):
    """The learner has not given a value yet (it is still None): "not attempted", not "wrong"."""


def _not_answered(got: Any, name: str) -> None:
    if got is None:
        raise NotAnswered(f"not attempted yet: `{name}` is still None — assign your answer to it, "
                          "in place of the line `raise NotImplementedError()`")


def normalise_choice(choice: Any) -> str:
    """'b', ' B ', 'b)' and '(b)' are the same choice."""
    return str(choice).strip().strip("().").strip().lower()


def choice_digest(name: str, choice: Any) -> str:
    """The salted SHA-256 a test file stores instead of a choice, so that reading the file does not
    show the key at a glance (`python tools/choice_digest.py NAME CHOICE [TEXT]` prints it, and TEXT sealed, for an author).
    With a handful of choices anyone can try them all: this keeps the key out of sight, it is not
    a secret against a learner who writes code to find it (who could as well try each choice)."""
    text = f"{CHOICE_SALT}:{name}:{normalise_choice(choice)}"
    return _hashlib.sha256(text.encode("utf-8")).hexdigest()


def _keystream(name: str, choice: Any, length: int) -> bytes:
    out, block = b"", 0
    while len(out) < length:
        text = f"{CHOICE_SALT}:tempting:{name}:{normalise_choice(choice)}:{block}"
        out += _hashlib.sha256(text.encode("utf-8")).digest()
        block += 1
    return out[:length]


def seal_tempting(name: str, choice: Any, text: str) -> str:
    """Why a wrong choice is tempting, sealed with a key derived from that choice: a test file
    that showed the reasons in clear would give the right choice away by elimination. Only a
    learner who picks that choice (or tries each one in code) reads it."""
    data = text.encode("utf-8")
    return bytes(a ^ b for a, b in zip(data, _keystream(name, choice, len(data)))).hex()


def _open_tempting(name: str, choice: Any, sealed: str) -> str | None:
    try:
        data = bytes.fromhex(sealed)
        return bytes(a ^ b for a, b in zip(data, _keystream(name, choice, len(data)))).decode("utf-8")
    except ValueError:
        return None


def expect_number(got: Any, *, name: str, integer: bool = False, low: float | None = None,
                  high: float | None = None) -> None:
    """The form of a numeric answer: a real, finite number (an integer if asked), in range.
    Public cases use it; the value itself is checked by a hidden case (expect_value)."""
    _not_answered(got, name)
    if isinstance(got, np.ndarray) and got.ndim == 0:
        got = got[()]
    if isinstance(got, str):
        hint = (f"`{name}` is the text {got!r}; assign the number itself, without quotes "
                f"(e.g. {name} = 2.5, or an expression such as {name} = 1/6).")
        fail(f"{name} should be a number.", "a string, not a number", hint, kind="type")
    if isinstance(got, (bool, np.bool_)) or not _is_number(got):
        fail(f"{name} should be a single number, but it is {_describe_type(got)}.",
             f"{_describe_type(got)} instead of a single number", kind="type")
    if isinstance(got, (complex, np.complexfloating)):
        fail(f"{name} is complex ({got}); a real number is asked for.", "a complex number",
             kind="type")
    if not np.isfinite(got):
        fail(f"{name} is {got}; a finite number is asked for.", f"{got}", kind="values")
    if integer and float(got) != round(float(got)):
        fail(f"{name} = {_fmt(got)}: the answer is a whole number.", "not a whole number",
             kind="values")
    if (low is not None and got < low) or (high is not None and got > high):
        span = f"between {_fmt(low)} and {_fmt(high)}" if low is not None and high is not None \
            else (f"at least {_fmt(low)}" if low is not None else f"at most {_fmt(high)}")
        hint = f"{name} = {_fmt(got)} cannot be right: the answer is {span}."
        raise Mismatch(f"{hint}", verdict=hint, hint=hint, kind="values")


def expect_whole_numbers(got: Any, count: int, *, name: str) -> None:
    """The form of an answer such as a shape: a tuple (or list) of `count` whole numbers."""
    _not_answered(got, name)
    example = tuple(range(1, count + 1))
    if isinstance(got, np.ndarray):
        got = got.tolist()
    if not isinstance(got, (tuple, list)) or len(got) != count:
        fail(f"{name} should be a tuple of {count} whole numbers, like {example}; it is "
             f"{_describe_type(got)}.",
             f"{_describe_type(got)}, not a tuple of {count} whole numbers", kind="type")
    if not all(isinstance(x, (int, np.integer)) and not isinstance(x, (bool, np.bool_))
               for x in got):
        fail(f"{name} = {got!r}: each entry should be a whole number (an int).",
             "entries that are not whole numbers", kind="type")


def expect_value(got: Any, expected: Any, *, name: str, rtol: float = 1e-4, atol: float = 1e-9,
                 misconceptions: Misconceptions = None) -> None:
    """A value answer equals `expected`: a number (to `rtol`, so 0.1667 is 1/6) or a tuple of
    integers such as a shape. Known wrong values name their misconception."""
    _not_answered(got, name)
    if isinstance(expected, tuple):
        if isinstance(got, np.ndarray):
            got = got.tolist()
        shown = tuple(got) if isinstance(got, (list, tuple)) else got
        for wrong, hint in _misconception_pairs(misconceptions):
            if _equal(shown, tuple(wrong)):
                raise Mismatch(f"{name} = {shown!r} is not right: {hint}",
                               verdict=f"wrong answer; {hint}", hint=hint, kind="misconception")
        if not isinstance(shown, tuple) or len(shown) != len(expected):
            fail(f"{name} should be a tuple of {len(expected)} whole numbers, like "
                 f"{tuple(range(1, len(expected) + 1))}; it is {_describe_type(got)}.",
                 "not a tuple of the right length", kind="type")
        if not _equal(shown, expected):
            fail(f"{name} = {shown!r} is not right.", "wrong answer", kind="values")
        return
    expect_number(got, name=name)
    pairs = [(w, h) for w, h in _misconception_pairs(misconceptions)
             if not _same(w, expected, rtol, atol)]
    for wrong, hint in pairs:
        if _same(got, wrong, rtol, atol):
            raise Mismatch(f"{name} = {_fmt(got)} is not right: {hint}",
                           verdict=f"wrong answer; {hint}", hint=hint, kind="misconception")
    if not _same(got, expected, rtol, atol):
        fail(f"{name} = {_fmt(got)} is not right.", "wrong answer", kind="values")


def expect_choice(got: Any, key: str, *, name: str, choices: str | Iterable[str] = "abcd",
                  tempting: Mapping[str, str] | None = None) -> None:
    """A multiple-choice answer, graded against `key` = choice_digest(name, right choice), so the
    test file a learner can open never shows the right choice in clear. `tempting` maps the
    digest of a wrong choice to why that choice is tempting, sealed with seal_tempting (the
    reason, never which choice is right)."""
    _not_answered(got, name)
    allowed = [normalise_choice(c) for c in choices]
    listed = ", ".join(f'"{c}"' for c in allowed)
    if not isinstance(got, str):
        hint = f'give the letter of your choice as a string, e.g. {name} = "{allowed[0]}".'
        fail(f"{name} is {_describe_type(got)} ({got!r}).", _describe_type(got), hint, kind="type")
    if normalise_choice(got) not in allowed:
        hint = f"{got!r} is not one of the choices: answer with one of {listed}."
        raise Mismatch(f"{name}: {hint}", verdict=hint, hint=hint, kind="type")
    digest = choice_digest(name, got)
    if digest == key:
        return
    sealed = (tempting or {}).get(digest)
    why = _open_tempting(name, got, sealed) if sealed else None
    if why:
        raise Mismatch(f"{name} = {got!r} is not the right choice: {why}",
                       verdict=f"not the right choice; {why}", hint=why, kind="misconception")
    fail(f"{name} = {got!r} is not the right choice.", "not the right choice", kind="values")

