"""`course feedback`: one HTML page per student and step, `feedback_pages/<student>/<step>/index.html`
(never nbgrader's `feedback/`, which `generate_feedback`/`release_feedback` own).

The scores come from nbgrader's gradebook, so what an instructor changed in formgrader is what the
student sees: a manual score replaces the autograder's (both are shown), comments are shown under
their question, and a late penalty (nbgrader's `late_submission_penalty`) is subtracted from the
total. The verdicts come from the grading ledger: the same text the learner's check() shows, public
cases with expected and received values, hidden cases by description and verdict only. Nothing of
a hidden case's source or data is in the ledger, so nothing of it can reach a page."""
from __future__ import annotations

import html
from collections import defaultdict
from pathlib import Path

from ..runtime import config
from .cohort import ledger_path, read_ledger

PAGES_DIR = "feedback_pages"

PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{title}</title>
<style>
body {{ font-family: system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; line-height: 1.4; }}
table {{ border-collapse: collapse; }} td, th {{ padding: .2rem .6rem; border-bottom: 1px solid #ddd; }}
.error {{ color: #b42318; }} section {{ margin: 1.5rem 0; }}
.manual, .late, .comment {{ background: #fff8c5; padding: .2rem .5rem; }}
</style></head><body>
<h1>{title}</h1>
<p><b>Total: {total:g} / {max:g} points</b></p>
{summary}
{body}
</body></html>
"""


def _q_fallback(q: dict) -> str:
    return (f"<p><b>{html.escape(q['id'])}</b>: {q['points']:g}/{q['max_points']:g} "
            f"— {html.escape(q['status'])}: {html.escape(q['message'])}</p>")


def _notebook_section(name: str, entry: dict | None, grades: dict, comments: dict,
                      penalty: float) -> tuple[str, float, float]:
    """One notebook: its questions with gradebook scores; returns (html, score, max)."""
    e = html.escape
    score = sum(g["score"] for g in grades.values()) - penalty
    max_score = sum(g["max"] for g in grades.values())
    parts = [f"<section><h2>{e(name)}: {max(0.0, score):g} / {max_score:g}</h2>"]
    if entry is None:
        parts.append("<p class='error'>not submitted (or not graded)</p>")
    else:
        if entry.get("error"):
            parts.append(f"<p class='error'>{e(entry['error'])}</p>")
        for note in entry.get("notes") or []:
            parts.append(f"<p class='error'>{e(note)}</p>")
    if penalty:
        parts.append(f"<p class='late'>Late submission penalty: −{penalty:g} points</p>")
    by_id = {q["id"]: q for q in (entry or {}).get("questions", [])}
    for qid, g in grades.items():
        q = by_id.get(qid)
        if q is not None:
            parts.append(q.get("feedback_html") or _q_fallback(q))
        if g["manual"] is not None:
            parts.append(f"<p class='manual'><b>{e(qid)}</b>: {g['manual']:g}/{g['max']:g} points "
                         f"(set by your instructor; the autograder gave {g['auto'] or 0:g})</p>")
        for text in comments.get(qid, []):
            parts.append(f"<p class='comment'><b>Comment on {e(qid)}:</b> {e(text)}</p>")
    parts.append("</section>")
    return "\n".join(parts), max(0.0, score), max_score


def _latest_entries(ledger: Path, students: list[str] | None) -> dict[tuple[str, str], dict]:
    """(student, notebook) -> the entry written last."""
    latest: dict[tuple[str, str], dict] = {}
    path_entries = read_ledger(ledger)
    for (student, _), entry in path_entries.items():
        if students is None or student in students:
            latest[(student, entry.get("notebook") or "")] = entry
    return latest


def write_pages(cfg: config.CourseConfig, step_id: str, out_dir: Path | None = None,
                students: list[str] | None = None, ledger: Path | None = None) -> list[Path]:
    """One page per student who has a submission of the step in the gradebook."""
    from nbgrader.api import Gradebook, MissingEntry

    from .lateness import load_policy

    step = cfg.step(step_id)
    out_dir = out_dir or cfg.root / PAGES_DIR
    entries = _latest_entries(ledger or ledger_path(cfg, step.id), students)
    policy = load_policy(cfg)
    config.tools_on_path()
    written = []
    with Gradebook(cfg.db_url, course_id=cfg.course_id) as gb:
        try:
            assignment = gb.find_assignment(step.id)
        except MissingEntry:
            raise config.ConfigError(f"step {step.id} is not in the gradebook ({cfg.db_url}): "
                                     f"run `course grade {step.id} ...` first") from None
        order = {name: i for i, name in enumerate(step.notebooks)}
        for submission in sorted(assignment.submissions, key=lambda s: s.student.id):
            student = submission.student.id
            if students is not None and student not in students:
                continue
            sections, total, max_total = [], 0.0, 0.0
            for nb in sorted(submission.notebooks, key=lambda n: order.get(n.name, len(order))):
                grades = {g.name: {"score": float(g.score or 0.0), "max": float(g.max_score),
                                   "manual": g.manual_score, "auto": g.auto_score}
                          for g in nb.grades}
                comments: dict[str, list[str]] = defaultdict(list)
                for c in nb.comments:
                    text = c.comment
                    if text:
                        qid = c.name[:-len("_solution")] if c.name.endswith("_solution") else c.name
                        comments[qid].append(text)
                penalty = float(nb.late_submission_penalty or 0.0)
                body, score, max_score = _notebook_section(
                    nb.name, entries.get((student, nb.name)), grades, comments, penalty)
                sections.append(body)
                total += score
                max_total += max_score
            summary = ""
            if submission.timestamp is not None:
                late = submission.total_seconds_late
                summary = (f"<p>Submitted {submission.timestamp:%Y-%m-%d %H:%M} UTC"
                           + (f" — <span class='late'>{late / 3600:.1f} hours late</span>" if late else "")
                           + f" ({html.escape(policy.describe(step.id))})</p>")
            page = PAGE.format(title=html.escape(f"{cfg.title} — {step.title} — {student}"),
                               total=total, max=max_total, summary=summary,
                               body="\n".join(sections))
            path = out_dir / student / step.id / "index.html"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(page, encoding="utf-8")
            written.append(path)
    return written
