"""`course feedback`: one HTML page per student and step, `feedback_pages/<student>/<step>/index.html`
(never nbgrader's `feedback/`, which `generate_feedback`/`release_feedback` own).

The scores come from nbgrader's gradebook, so what an instructor changed in formgrader is what the
student sees: a manual score replaces the autograder's (both are shown), comments are shown under
their question, and a late penalty (nbgrader's `late_submission_penalty`) is subtracted from the
total. The verdicts come from the grading ledger: the same text the learner's check() shows, public
cases with expected and received values, hidden cases by description and verdict only. Nothing of
a hidden case's source or data is in the ledger, so nothing of it can reach a page."""
from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from ..runtime import config
from ..runtime.feedback import environment
from .ledger import ledger_path, read_ledger

PAGES_DIR = "feedback_pages"
TEMPLATES = Path(__file__).parent / "templates"


def _notebook_view(name: str, entry: dict | None, grades: dict, comments: dict,
                   penalty: float) -> dict:
    """One notebook for the page template: its questions with gradebook scores, and its total."""
    score = sum(g["score"] for g in grades.values()) - penalty
    by_id = {q["id"]: q for q in (entry or {}).get("questions", [])}
    questions = []
    for qid, g in grades.items():
        q = by_id.get(qid)
        questions.append({"id": qid, "ledger": q,
                          "feedback_html": q.get("feedback_html") if q is not None else None,
                          "manual": g["manual"], "auto": g["auto"], "max": g["max"],
                          "comments": comments.get(qid, [])})
    errors = []
    if entry is not None:
        errors = ([entry["error"]] if entry.get("error") else []) + list(entry.get("notes") or [])
    return {"name": name, "score": max(0.0, score),
            "max_score": sum(g["max"] for g in grades.values()), "graded": entry is not None,
            "errors": errors, "penalty": penalty, "questions": questions}


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
    template = environment(TEMPLATES, keep_trailing_newline=True).get_template(
        "feedback_page.html.j2")
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
            sections = []
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
                sections.append(_notebook_view(nb.name, entries.get((student, nb.name)), grades,
                                               comments, penalty))
            submitted = None
            if submission.timestamp is not None:
                submitted = {"at": submission.timestamp,
                             "seconds_late": submission.total_seconds_late,
                             "policy": policy.describe(step.id)}
            page = template.render(title=f"{cfg.title} — {step.title} — {student}",
                                   total=sum(s["score"] for s in sections),
                                   max_total=sum(s["max_score"] for s in sections),
                                   submitted=submitted, sections=sections)
            path = out_dir / student / step.id / "index.html"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(page, encoding="utf-8")
            written.append(path)
    return written
