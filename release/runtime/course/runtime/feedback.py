"""How a question's result reaches people: HTML in JupyterLab, text in a terminal, JSON for graders,
and - while nbgrader runs the notebook - the bare number of points as `text/plain`, which is what
nbgrader reads as the grade cell's partial credit.
"""
from __future__ import annotations

import html
import json
import os

from .evaluate import NOT_ATTEMPTED, NOT_DEFINED, PASSED, QuestionResult

RESULT_MIME = "application/vnd.course.result+json"

_ICON = {PASSED: "✓", NOT_ATTEMPTED: "·", NOT_DEFINED: "?"}
_COLOR = {PASSED: "#1a7f37", NOT_ATTEMPTED: "#6e7781", NOT_DEFINED: "#9a6700"}
# JupyterLab gives output <pre> `word-break: break-all` ("produ ct"): wrap at spaces instead,
# and break a word only when it alone is wider than the cell
_NOBREAK = "word-break:normal;overflow-wrap:anywhere"
_WRAP = "white-space:pre-wrap;" + _NOBREAK


def _n(x: float) -> str:
    return f"{x:g}"


def _headline(r: QuestionResult) -> tuple[str, str]:
    """(status, points) as the learner should read them. When hidden cases are absent (a cohort
    copy), "passed" is only what was checked here: say so, and what is left for grading."""
    if r.status == PASSED and r.hidden_not_run:
        checked = r.max_points - r.hidden_points_not_run
        return ("public tests passed",
                f"{_n(r.points)}/{_n(checked)} points checked here, "
                f"{_n(r.hidden_points_not_run)} more at grading")
    return r.status, f"{_n(r.points)}/{_n(r.max_points)} points"


def _warned(c) -> list[str]:
    return list(getattr(c, "warnings", None) or [])


def _not_attempted(r: QuestionResult) -> str:
    """What to do next; a value answer still None says so (course.runtime.testing.NotAnswered)."""
    for c in r.cases:
        if c.status == NOT_ATTEMPTED and c.detail.startswith("not attempted yet: `"):
            return "Not attempted yet: " + c.detail.removeprefix("not attempted yet: ") + "."
    return "Not attempted yet: replace `raise NotImplementedError()` with your code."


def case_lines(c) -> list[str]:
    """What a learner reads under one case: the message (public detail or hidden verdict), the
    hint, what the code printed and warned. check(), feedback pages and otter say the same."""
    lines = []
    if c.status != PASSED and c.status != NOT_ATTEMPTED:
        lines.extend(c.message().splitlines())
        if c.hint and c.hint not in c.message():
            lines.append(f"Hint: {c.hint}")
    if c.output:
        lines.append("your code printed: " + c.output.strip().replace("\n", "\n      "))
    lines.extend(f"your code warned: {w}" for w in _warned(c))
    return lines


def as_text(r: QuestionResult) -> str:
    status, points = _headline(r)
    head = f"{r.id}: {points} — {status}"
    lines = [head]
    if r.status == NOT_DEFINED:
        lines.append(f"  {r.message}")
        return "\n".join(lines)
    for c in r.cases:
        mark = "✓" if c.status == PASSED else ("·" if c.status == NOT_ATTEMPTED else "✗")
        tag = "hidden: " if c.hidden else ""
        lines.append(f"  {mark} {tag}{c.description} ({_n(c.points)}/{_n(c.max_points)})")
        lines.extend(f"      {line}" for line in case_lines(c))
    if r.status == NOT_ATTEMPTED:
        lines.append(f"  {_not_attempted(r)}")
    elif r.status == PASSED and r.hidden_not_run:
        lines.append(f"  All public tests passed — {r.hidden_not_run} hidden "
                     f"test{'s' if r.hidden_not_run != 1 else ''} run at grading.")
    return "\n".join(lines)


def as_html(r: QuestionResult) -> str:
    color = _COLOR.get(r.status, "#cf222e")
    e = html.escape
    rows = []
    if r.status == NOT_DEFINED:
        rows.append(f"<div>{e(r.message)}</div>")
    for c in r.cases:
        ccolor = _COLOR.get(c.status, "#cf222e")
        mark = _ICON.get(c.status, "✗")
        tag = "<em>hidden</em> " if c.hidden else ""
        body = ""
        if c.status not in (PASSED, NOT_ATTEMPTED):
            body = f"<pre style='margin:2px 0 4px 18px;{_WRAP}'>{e(c.message())}</pre>"
            if c.hint and c.hint not in c.message():
                body += f"<div style='margin-left:18px'><b>Hint:</b> {e(c.hint)}</div>"
        if c.output:
            body += (f"<div style='margin-left:18px;color:#6e7781'>your code printed:</div>"
                     f"<pre style='margin-left:18px;{_WRAP}'>{e(c.output.strip())}</pre>")
        for w in _warned(c):
            body += (f"<div style='margin-left:18px;color:#9a6700'><b>your code warned:</b> "
                     f"{e(w)}</div>")
        rows.append(
            f"<div><span style='color:{ccolor};font-weight:bold'>{mark}</span> {tag}"
            f"{e(c.description)} <span style='color:#6e7781'>({_n(c.points)}/{_n(c.max_points)})"
            f"</span>{body}</div>"
        )
    footer = ""
    if r.status == NOT_ATTEMPTED:
        footer = e(_not_attempted(r)).replace("`raise NotImplementedError()`",
                                              "<code>raise NotImplementedError()</code>")
    elif r.status == PASSED and r.hidden_not_run:
        footer = (f"All public tests passed — {r.hidden_not_run} hidden "
                  f"test{'s' if r.hidden_not_run != 1 else ''} run at grading.")
    status, points = _headline(r)
    return (
        f"<div class='course-feedback' style='border-left:4px solid {color};padding:4px 10px;"
        f"font-family:sans-serif;{_NOBREAK}'>"
        f"<div><b>{e(r.id)}</b> — <span style='color:{color}'><b>{e(status)}</b></span> "
        f"— {e(points)}</div>{''.join(rows)}"
        + (f"<div style='color:#6e7781;margin-top:4px'>{footer}</div>" if footer else "")
        + "</div>"
    )


class Feedback:
    """What check() returns: Jupyter shows it as HTML; graders read the JSON or the points."""

    def __init__(self, result: QuestionResult):
        self.result = result

    @property
    def points(self) -> float:
        return self.result.points

    def __repr__(self) -> str:
        mode = os.environ.get("NBGRADER_EXECUTION")
        if mode == "validate" and self.result.status == PASSED:
            # nbgrader's Validate button flags any score below the maximum; hidden cases that
            # are not available on the learner's side must not make a correct answer look wrong
            return _n(self.result.max_points)
        if mode:
            return _n(self.result.points)   # nbgrader parses this as the cell's partial credit
        return as_text(self.result)

    def _repr_mimebundle_(self, include=None, exclude=None):
        return {
            "text/plain": repr(self),
            "text/html": as_html(self.result),
            RESULT_MIME: json.loads(json.dumps(self.result.to_json())),
        }


class Note:
    """A short message (hints, solutions, errors) shown as HTML in Jupyter and text elsewhere."""

    def __init__(self, text: str, *, code: str | None = None, points: float | None = None):
        self.text, self.code, self.points = text, code, points

    def __repr__(self) -> str:
        if self.points is not None and os.environ.get("NBGRADER_EXECUTION"):
            return _n(self.points)
        return self.text + (f"\n\n{self.code}" if self.code else "")

    def _repr_mimebundle_(self, include=None, exclude=None):
        body = (f"<div class='course-note' style='font-family:sans-serif;{_NOBREAK}'>"
                f"{html.escape(self.text)}</div>")
        if self.code:
            body += f"<pre style='word-break:normal'>{html.escape(self.code)}</pre>"
        return {"text/plain": repr(self), "text/html": body}
