"""How a question's result reaches people: HTML in JupyterLab, text in a terminal, JSON for graders,
and - while nbgrader runs the notebook - the bare number of points as `text/plain`, which is what
nbgrader reads as the grade cell's partial credit.
"""
from __future__ import annotations

import html
import json
import os
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from .evaluate import QuestionResult, Status

if TYPE_CHECKING:
    import jinja2

RESULT_MIME = "application/vnd.course.result+json"
TEMPLATES = Path(__file__).parent / "templates"

# how a status reads: a mark both forms show, a tone the HTML colours (templates/styles.j2)
_TONE = {Status.PASSED: "ok", Status.NOT_ATTEMPTED: "muted", Status.NOT_DEFINED: "warn"}
_MARK = {"ok": "✓", "muted": "·", "warn": "?", "fail": "✗"}


def _n(x: float) -> str:
    return f"{x:g}"


@lru_cache(maxsize=None)
def environment(folder: Path, keep_trailing_newline: bool = False) -> jinja2.Environment:
    """The jinja2 environment of a templates folder: `*.html.j2` autoescaped, text as it is.
    jinja2 is imported here, not at the top: `import course` stays cheap."""
    import jinja2
    from markupsafe import Markup

    def _escape(value):
        """Escape as `html.escape` does (markupsafe writes &#34; and &#39;, which would change
        the HTML that pages and ledgers already hold); marked-up values pass as they are."""
        return value if hasattr(value, "__html__") else Markup(html.escape(str(value)))

    @jinja2.pass_eval_context
    def finalize(ctx, value):
        return _escape(value) if ctx.autoescape else value

    env = jinja2.Environment(loader=jinja2.FileSystemLoader(folder),
                             autoescape=jinja2.select_autoescape(["html.j2"]),
                             finalize=finalize, keep_trailing_newline=keep_trailing_newline,
                             auto_reload=False, undefined=jinja2.StrictUndefined)
    env.filters["e"] = env.filters["escape"] = _escape
    return env


def _render(template: str, **view) -> str:
    return environment(TEMPLATES).get_template(template).render(**view)


def _headline(r: QuestionResult) -> tuple[str, str]:
    """(status, points) as the learner should read them. When hidden cases are absent (a cohort
    copy), "passed" is only what was checked here: say so, and what is left for grading."""
    if r.status == Status.PASSED and r.hidden_not_run:
        checked = r.max_points - r.hidden_points_not_run
        return ("public tests passed",
                f"{_n(r.points)}/{_n(checked)} points checked here, "
                f"{_n(r.hidden_points_not_run)} more at grading")
    return r.status, f"{_n(r.points)}/{_n(r.max_points)} points"


def _not_attempted(r: QuestionResult) -> str:
    """What to do next; a value answer still None says so (course.runtime.testing.NotAnswered)."""
    for c in r.cases:
        if c.status == Status.NOT_ATTEMPTED and c.detail.startswith("not attempted yet: `"):
            return "Not attempted yet: " + c.detail.removeprefix("not attempted yet: ") + "."
    return "Not attempted yet: replace `raise NotImplementedError()` with your code."


def _case_view(c) -> dict:
    """One case as both templates show it: the message (public detail or hidden verdict) and
    hint of a failure, what the code printed and warned; `lines` is the text form."""
    tone = _TONE.get(c.status, "fail")
    failing = c.status != Status.PASSED and c.status != Status.NOT_ATTEMPTED
    message = c.message() if failing else None
    hint = c.hint if failing and c.hint and c.hint not in message else None
    output = c.output.strip() if c.output else None
    warnings = list(getattr(c, "warnings", None) or [])
    lines = message.splitlines() if failing else []
    if hint:
        lines.append(f"Hint: {hint}")
    if output is not None:
        lines.append("your code printed: " + output.replace("\n", "\n      "))
    lines.extend(f"your code warned: {w}" for w in warnings)
    return {"tone": tone, "mark": _MARK[tone], "hidden": c.hidden, "description": c.description,
            "points": f"{_n(c.points)}/{_n(c.max_points)}", "message": message, "hint": hint,
            "output": output, "warnings": warnings, "lines": lines}


def case_lines(c) -> list[str]:
    """What a learner reads under one case, as lines: check(), feedback pages and otter say the
    same."""
    return _case_view(c)["lines"]


def _view(r: QuestionResult) -> dict:
    """One question's feedback as plain data, for the text and the HTML template alike."""
    status, points = _headline(r)
    footer = ""
    if r.status == Status.NOT_ATTEMPTED:
        footer = _not_attempted(r)
    elif r.status == Status.PASSED and r.hidden_not_run:
        footer = (f"All public tests passed — {r.hidden_not_run} hidden "
                  f"test{'s' if r.hidden_not_run != 1 else ''} run at grading.")
    return {"id": r.id, "status": status, "points": points, "tone": _TONE.get(r.status, "fail"),
            "message": r.message if r.status == Status.NOT_DEFINED else None,
            "cases": [_case_view(c) for c in r.cases], "footer": footer}


def as_text(r: QuestionResult) -> str:
    return _render("feedback.txt.j2", **_view(r))


def as_html(r: QuestionResult) -> str:
    return _render("feedback.html.j2", **_view(r))


class Feedback:
    """What check() returns: Jupyter shows it as HTML; graders read the JSON or the points."""

    def __init__(self, result: QuestionResult):
        self.result = result

    @property
    def points(self) -> float:
        return self.result.points

    def __repr__(self) -> str:
        mode = os.environ.get("NBGRADER_EXECUTION")
        if mode == "validate" and self.result.status == Status.PASSED:
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
        return _render("note.txt.j2", text=self.text, code=self.code)

    def _repr_mimebundle_(self, include=None, exclude=None):
        return {"text/plain": repr(self),
                "text/html": _render("note.html.j2", text=self.text, code=self.code)}
