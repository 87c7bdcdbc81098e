"""What a notebook imports: `check`, `hint` and `solution`."""
from __future__ import annotations

import sys
from typing import Any

from . import questions
from .evaluate import Status, evaluate
from .feedback import Feedback, Note
from .progress import record as _record_progress

_hints_shown: dict[str, int] = {}


def _caller_globals(depth: int = 2) -> dict[str, Any]:
    return sys._getframe(depth).f_globals


def _timeout() -> float:
    try:
        from . import config
        return config.load().grading.question_timeout
    except Exception:  # no course_config.py reachable (e.g. a Gradescope container): stay bounded
        return 20.0


def _run(question_id: str, namespace: dict[str, Any]):
    grading = questions.environ_grading()
    question = questions.find(question_id, require_hidden=grading)
    return evaluate(question, namespace, timeout=_timeout())


def check(question_id: str) -> Feedback | Note:
    """Check your answer to one question and show what is right and what is not."""
    namespace = _caller_globals()
    try:
        result = _run(question_id, namespace)
        _record_progress(question_id, result, namespace)   # never raises (course/runtime/progress.py)
        return Feedback(result)
    except questions.QuestionError as exc:
        return Note(f"Cannot check {question_id!r}: {exc}", points=0.0)


def hint(question_id: str, n: int | None = None) -> Note:
    """Hints come in steps: hint("q") gives the next one, hint("q", 2) the second."""
    try:
        question = questions.find(question_id)
    except questions.QuestionError as exc:
        return Note(f"No hints: {exc}")
    if not question.hints:
        return Note(f"There are no hints for {question_id!r}; re-read the cell above it.")
    total = len(question.hints)
    if n is None:
        n = min(_hints_shown.get(question_id, 0) + 1, total)
    if not isinstance(n, int) or not 1 <= n <= total:
        return Note(f"{question_id!r} has hints 1 to {total}.")
    _hints_shown[question_id] = max(n, _hints_shown.get(question_id, 0))
    more = f" — hint({question_id!r}) again for the next" if n < total else ""
    return Note(f"Hint {n} of {total} for {question_id}: {question.hints[n - 1]}{more}")


def solution(question_id: str) -> Note:
    """The reference solution, shown only once your own answer passes every available test."""
    namespace = _caller_globals()
    try:
        result = _run(question_id, namespace)
    except questions.QuestionError as exc:
        return Note(f"Cannot look up {question_id!r}: {exc}")
    if result.status != Status.PASSED:
        return Note(
            f"The solution to {question_id} opens once your answer passes check({question_id!r}) "
            f"(now: {result.status}). Try hint({question_id!r}) first."
        )
    path = questions.solution_file(question_id)
    if path is None:
        return Note(f"Well done — {question_id} passes. This copy of the course has no "
                    "reference solutions (they live in autograder/).")
    return Note(f"Well done — {question_id} passes. One reference solution, to compare with yours:",
                code=path.read_text(encoding="utf-8").strip())
