"""Evaluate one question against a namespace (the learner's notebook globals): run every case,
bounded in time, with the learner's output and warnings kept off stderr, and classify each failure.
"""
from __future__ import annotations

import contextlib
import io
import signal
import sysconfig
import threading
import time
import traceback
import warnings
from dataclasses import asdict, dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from .questions import Question
from .testing import Mismatch, NotAnswered

PACKAGE_DIR = str(Path(__file__).resolve().parent.parent)   # the whole course package
STDLIB_DIR = str(Path(sysconfig.get_paths()["stdlib"]).resolve())


class Status(StrEnum):
    """A case's or a question's status; a question takes the status of its first failing case."""
    PASSED = "passed"
    WRONG = "wrong"
    RAISED = "raised"
    TIMEOUT = "timeout"
    NOT_DEFINED = "not defined"
    NOT_ATTEMPTED = "not attempted"
    # only `course grade` gives these, to a question it could not evaluate
    MISSING = "missing"          # its grade cell was deleted
    NOT_RUN = "not run"          # the notebook stopped before its grade cell
    NOT_GRADED = "not graded"    # the notebook could not be read or is not one of the step's



class QuestionTimeout(BaseException):
    """Raised inside learner code when the question's time is up (BaseException: a learner's
    `except Exception` must not swallow it)."""


@dataclass
class CaseResult:
    name: str
    description: str
    hidden: bool
    points: float
    max_points: float
    status: Status
    detail: str = ""       # full message: only ever shown for public cases
    verdict: str = ""      # message safe to show for hidden cases
    hint: str | None = None
    output: str = ""       # what the learner's code printed (public cases only)
    warnings: list[str] = field(default_factory=list)   # what it warned (public cases only)
    seconds: float = 0.0

    def message(self) -> str:
        """What the learner may see: full detail for public cases, the verdict for hidden ones."""
        return self.verdict if self.hidden else self.detail


@dataclass
class QuestionResult:
    id: str
    points: float
    max_points: float
    status: Status
    cases: list[CaseResult] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    hidden_not_run: int = 0     # hidden cases that exist but are not available here
    hidden_points_not_run: float = 0.0
    message: str = ""           # one-line summary

    def to_json(self) -> dict[str, Any]:
        """Everything a grader or feedback page may show: hidden cases carry no detail."""
        data = asdict(self)
        for case in data["cases"]:
            if case["hidden"]:
                case["detail"] = ""
                case["output"] = ""
                case["warnings"] = []
        return data


def learner_frames(tb, test_file: str = "") -> list[str]:
    """The learner's own frames, as lines: not the test file, not this package, not libraries."""
    lines = []
    for frame in traceback.extract_tb(tb):
        fname = frame.filename
        resolved = str(Path(fname).resolve()) if not fname.startswith("<") else fname
        if resolved == test_file or resolved.startswith(PACKAGE_DIR):
            continue
        if "site-packages" in resolved or resolved.startswith(STDLIB_DIR):
            continue
        where = "your cell" if "ipykernel_" in fname or fname.startswith("<") else Path(fname).name
        lines.append(f"  in {frame.name}() at line {frame.lineno} of {where}: {(frame.line or '').strip()}")
    return lines[-3:]


class LearnerWarning(UserWarning):
    """A warning the learner's code issued in another process, carried here as its text."""


def learner_warnings(caught, test_file: str = "", limit: int = 3) -> list[str]:
    """The warnings the learner's code raised (RuntimeWarning: divide by zero, ...), as lines,
    without those of the test file and this package; repeats once."""
    lines: list[str] = []
    for w in caught:
        if issubclass(w.category, LearnerWarning):
            line = str(w.message)
        else:
            fname = w.filename or ""
            resolved = str(Path(fname).resolve()) if fname and not fname.startswith("<") else fname
            if resolved == test_file or resolved.startswith(PACKAGE_DIR):
                continue
            where = ("your cell" if "ipykernel_" in fname or fname.startswith("<")
                     else Path(fname).name)
            line = f"{w.category.__name__}: {w.message} (line {w.lineno} of {where})"
        if line not in lines:
            lines.append(line[:300])
        if len(lines) == limit:
            break
    return lines


def _format_exception(exc: BaseException, test_file: str) -> str:
    if hasattr(exc, "learner_frames"):   # raised in the kernel, frames already picked there
        return "\n".join([f"{exc.learner_type}: {exc}", *exc.learner_frames])
    frames = learner_frames(exc.__traceback__, test_file)
    lines = [f"{type(exc).__name__}: {exc}", *frames]
    if not frames:
        lines.append("  (the error happened while checking what your function returned — "
                     "look at its type and shape)")
    return "\n".join(lines)


@contextlib.contextmanager
def _time_limit(seconds: float):
    """SIGALRM-based limit; only possible on the main thread of a POSIX process."""
    usable = (seconds > 0 and hasattr(signal, "setitimer")
              and threading.current_thread() is threading.main_thread())
    if not usable:
        yield
        return

    def on_alarm(signum, frame):
        raise QuestionTimeout()

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, max(seconds, 0.001))
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def evaluate(question: Question, namespace: dict[str, Any], *, timeout: float = 20.0,
             include_hidden: bool = True) -> QuestionResult:
    cases = [c for c in question.cases if include_hidden or not c.hidden]
    not_run = [c for c in question.cases if c.hidden and not include_hidden]
    result = QuestionResult(
        id=question.id, points=0.0, max_points=question.max_points, status=Status.PASSED,
        hidden_not_run=question.hidden_cases + len(not_run),
        hidden_points_not_run=question.hidden_points + sum(c.points for c in not_run),
    )
    missing = [n for n in question.names if n not in namespace]
    if missing:
        result.missing = missing
        result.status = Status.NOT_DEFINED
        names = ", ".join(f"`{n}`" for n in missing)
        result.message = (f"{names} {'is' if len(missing) == 1 else 'are'} not defined — "
                          "run the cell that defines it first (and keep its name as given).")
        return result

    if question.ban is not None:
        findings = question.ban.check(namespace)
        if findings:
            return _banned(result, question, cases, question.ban.message(findings))

    test_file = str(question.path)
    deadline = time.monotonic() + timeout
    for case in cases:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            cr = CaseResult(case.name, case.description, case.hidden, 0.0, case.points, Status.TIMEOUT)
            cr.detail = cr.verdict = f"not run: the question's {timeout:g} s time limit was used up"
            result.cases.append(cr)
            continue
        result.cases.append(run_case(case, namespace, remaining, test_file, timeout))

    result.points = sum(c.points for c in result.cases)
    failing = [c for c in result.cases if c.status != Status.PASSED]
    if not failing:
        result.status = Status.PASSED
    elif all(c.status == Status.NOT_ATTEMPTED for c in failing) and result.points == 0:
        result.status = Status.NOT_ATTEMPTED
    else:
        result.status = failing[0].status
    result.message = _summary(result)
    return result


def run_case(case, namespace: dict[str, Any], remaining: float, test_file: str,
             timeout: float) -> CaseResult:
    """Run one case against the learner's names: its result, with the detail only public cases
    show and the verdict hidden ones may. Shared by check(), course grade and the otter bridge
    (course/runtime/otter_bridge.py), so every grader says the same words."""
    cr = CaseResult(case.name, case.description, case.hidden, 0.0, case.points, Status.PASSED)
    calls: list[str] = []
    kwargs = {p: (namespace if p == "env" else _recorded(namespace.get(p), calls))
              for p in case.params}
    out = io.StringIO()
    start = time.perf_counter()
    caught: list = []
    try:
        with _time_limit(remaining), warnings.catch_warnings(record=True) as caught, \
                contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
            warnings.simplefilter("always")
            case.func(**kwargs)
    except QuestionTimeout:
        cr.status = Status.TIMEOUT
        cr.detail = cr.verdict = (f"stopped after {timeout:g} s — is there an infinite loop, "
                                  "or a loop far larger than needed?")
    except NotImplementedError as exc:
        cr.status = Status.NOT_ATTEMPTED
        cr.detail = cr.verdict = (str(exc) if isinstance(exc, NotAnswered) else
                                  "not attempted yet: the function still raises NotImplementedError")
    except Mismatch as m:
        cr.status, cr.detail, cr.verdict, cr.hint = Status.WRONG, m.detail, m.verdict, m.hint
    except AssertionError as exc:  # a plain assert in a test file
        cr.status = Status.WRONG
        cr.detail = str(exc) or "the answer does not satisfy this case"
        cr.verdict = cr.detail if not case.hidden else "the answer does not satisfy this case"
    except KeyboardInterrupt:
        raise
    except Exception as exc:
        cr.status = Status.RAISED
        called = f" when called with {calls[-1]}" if calls else ""
        cr.detail = _format_exception(exc, test_file)
        if called:
            head, _, rest = cr.detail.partition("\n")
            cr.detail = f"{head}\n  (raised{called})" + (f"\n{rest}" if rest else "")
        cr.verdict = cr.detail
        if case.hidden:   # which kind of input, never its data
            cr.verdict = (f"your code raised "
                          f"{getattr(exc, 'learner_type', type(exc).__name__)}{called}")
    else:
        cr.points = case.points
    cr.seconds = time.perf_counter() - start
    cr.output = "" if case.hidden else out.getvalue()[-2000:]
    if not case.hidden:
        cr.warnings = learner_warnings(caught, test_file)
    return cr


class _Recorded:
    """A learner function as a case sees it: each call notes the kind of arguments it got, so
    that an error can say which input raised it without showing the input (hidden cases)."""

    def __init__(self, func, calls: list[str]):
        self._func, self._calls = func, calls
        self.__name__ = getattr(func, "__name__", "function")
        self.__wrapped__ = func

    def __call__(self, *args, **kwargs):
        self._calls.append("(" + ", ".join([describe_argument(a) for a in args]
                                           + [f"{k}={describe_argument(v)}"
                                              for k, v in kwargs.items()]) + ")")
        return self._func(*args, **kwargs)

    def __getattr__(self, name):
        return getattr(self._func, name)


def _recorded(value, calls: list[str]):
    return _Recorded(value, calls) if callable(value) and not isinstance(value, type) else value


def describe_argument(x: Any) -> str:
    """What kind of value an argument is - shape, length, small integers and special floats -
    but not its data."""
    import numpy as np

    if isinstance(x, np.ndarray):
        kind = "integer " if x.dtype.kind in "iu" else ""
        return f"a {x.shape} {kind}array" if x.ndim else "a 0-d array"
    if isinstance(x, (bool, np.bool_)):
        return repr(bool(x))
    if isinstance(x, (int, np.integer)):
        return str(int(x)) if abs(int(x)) <= 1000 else "a large integer"
    if isinstance(x, (float, np.floating)):
        v = float(x)
        return repr(v) if v == 0 or not np.isfinite(v) else "a float"
    if isinstance(x, (list, tuple)):
        return f"a {type(x).__name__} of {len(x)}" + (" (empty)" if not x else "")
    if isinstance(x, str):
        return repr(x) if len(x) <= 20 else "a string"
    if isinstance(x, np.random.Generator):
        return "a random generator"
    if x is None:
        return "None"
    return getattr(x, "__name__", None) or f"a {type(x).__name__}"


def _banned(result: QuestionResult, question: Question, cases, message: str) -> QuestionResult:
    """The learner used what the task forbids: no case is run, the question earns nothing."""
    result.status = Status.WRONG
    result.cases = [CaseResult("task_rules", "uses only what the task allows", False, 0.0,
                               sum(c.points for c in cases), Status.WRONG, detail=message,
                               verdict=message, hint=message)]
    result.message = f"0/{_n(result.max_points)} points — {message}"
    return result


def _summary(r: QuestionResult) -> str:
    pts = f"{_n(r.points)}/{_n(r.max_points)}"
    run = [c for c in r.cases]
    public = [c for c in run if not c.hidden]
    hidden = [c for c in run if c.hidden]
    counts = f"public {sum(c.status == Status.PASSED for c in public)}/{len(public)}"
    if hidden:
        counts += f", hidden {sum(c.status == Status.PASSED for c in hidden)}/{len(hidden)}"
    if r.status == Status.NOT_ATTEMPTED:
        return f"not attempted yet ({pts} points)"
    if r.status == Status.PASSED:
        if r.hidden_not_run:
            return (f"all public tests passed — {r.hidden_not_run} hidden "
                    f"test{'s' if r.hidden_not_run != 1 else ''} run at grading")
        return f"all tests passed ({counts}; {pts} points)"
    first = next(c for c in run if c.status != Status.PASSED)
    reason = first.message().splitlines()[0]
    label = "hidden case" if first.hidden else "case"
    return f"{counts}; {pts} points — {label} '{first.description}': {reason}"


def _n(x: float) -> str:
    return f"{x:g}"
