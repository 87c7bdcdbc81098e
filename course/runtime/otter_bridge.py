"""Otter runs the cases of a test file itself (otter run, Gradescope), not through check(). The
footer `course build` appends to every test file in an autograder zip hands each case to this
module, so that under otter a case:

* enforces the bans the file declares (course/runtime/bans.py), as check() and course grade do;
* fails with check()'s own words: the full message for a public case, only the verdict for a
  hidden one (which kind of input, never its data);
* is timed and has its prints, warnings and learner frames read exactly as check() reads them
  (course.runtime.evaluate.run_case).

Otter shows the line of the test file where the exception left the case function. The footer
therefore defines the raising class itself, so the line shown is the footer's, never a line of a
hidden case.
"""
from __future__ import annotations

import inspect
from pathlib import Path
from typing import Any, Callable

from .bans import Ban
from .evaluate import Status, run_case
from .feedback import case_lines
from .questions import Case

# otter's own default is no limit at all; check() and course grade allow 20 s per question
CASE_TIMEOUT = 20.0

FOOTER = '''

# --- added by course build (course/runtime/otter_bridge.py) --------------------------------------------
# Under otter (otter run, Gradescope) each case above enforces the bans declared in this file and
# fails with check()'s own words: the full message for a public case, the verdict for a hidden one.
class CourseFeedback(AssertionError):
    """check()'s message for this case."""


class _CourseCase:
    def __init__(self, run):
        self.run = run

    def __call__(self, env):
        message = self.run(env)
        if message:
            raise CourseFeedback(message)   # the message below is what check() shows for this case


from course.runtime.otter_bridge import bridge as _bridge

_bridge(globals(), _CourseCase)
'''


def bridge(test_globals: dict[str, Any], wrapper: Callable[[Callable[[dict], str | None]], Any]) -> None:
    """Replace every otter test case's function in `test_globals` by `wrapper(run)`, where
    run(env) returns None when the case passes and check()'s text for the case otherwise. Each
    case is named as check() lists it (its description, "hidden: " first for a hidden one)."""
    ban = Ban.from_test_file(test_globals, test_globals.get("__file__", "test file"))
    first = True
    for var, obj in list(test_globals.items()):
        func = getattr(obj, "test_func", None)
        if not callable(func) or not hasattr(obj, "hidden") or isinstance(func, wrapper):
            continue
        doc = inspect.getdoc(func) or var.replace("_", " ")
        case = Case(name=var, description=doc.strip().splitlines()[0], points=float(obj.points),
                    hidden=bool(obj.hidden), func=func,
                    params=list(inspect.signature(func).parameters))
        if getattr(obj, "name", None) is None:
            obj.name = ("hidden: " if case.hidden else "") + case.description
        obj.test_func = wrapper(_runner(case, ban, says_ban=first))
        first = False


def _runner(case: Case, ban: Ban | None, says_ban: bool) -> Callable[[dict], str | None]:
    # learner frames are told from the test file's by its path, as compiled by otter
    test_file = case.func.__code__.co_filename
    if not test_file.startswith("<"):
        test_file = str(Path(test_file).resolve())

    def run(env: dict) -> str | None:
        if ban is not None:
            findings = ban.check(env)
            if findings:   # like check(): the question earns nothing, the rule is said once
                return (ban.message(findings) if says_ban else
                        "not run: this question uses a call its task forbids (see its first case)")
        result = run_case(case, env, CASE_TIMEOUT, test_file, CASE_TIMEOUT)
        if result.status == Status.PASSED:
            return None
        return "\n".join(case_lines(result)) or result.message() or result.status

    return run
