"""Scores into nbgrader's gradebook (any SQLAlchemy URL, SQLite by default), so that
`nbgrader export`, formgrader and manual grading work on top of `course grade`; and the CSV export,
which reads the gradebook back so that a score an instructor corrected in formgrader wins."""
from __future__ import annotations

import csv
import datetime as dt
import warnings
from pathlib import Path

from ..runtime import config
from .grade import StepLayout
from .ledger import Submission


def _solution_cells(cfg: config.CourseConfig, step: str, notebook: str) -> list[str]:
    import nbformat

    from ..runtime.layout import RELEASE, nbgrader_meta

    nb = nbformat.read(cfg.root / RELEASE / step / f"{notebook}.ipynb", as_version=4)
    return [nbgrader_meta(c)["grade_id"] for c in nb.cells
            if nbgrader_meta(c).get("solution") and not nbgrader_meta(c).get("grade")]


class GradebookWriter:
    """Open once per run; `record(submission)` after each graded notebook (committed at once)."""

    def __init__(self, cfg: config.CourseConfig, layout: StepLayout):
        from nbgrader.api import Gradebook

        from .lateness import load_policy

        config.tools_on_path()   # a new database is migrated by the `alembic` command
        self.gb = Gradebook(cfg.db_url, course_id=cfg.course_id)
        self.cfg, self.layout, self.step = cfg, layout, layout.step
        self.policy = load_policy(cfg)
        due = self.policy.due(layout.step)
        self.gb.update_or_create_assignment(
            layout.step, duedate=due.replace(tzinfo=None) if due else None)   # nbgrader: naive UTC
        for notebook, points in layout.notebooks.items():
            self.gb.update_or_create_notebook(notebook, layout.step)
            for qid, max_score in points.items():
                self.gb.update_or_create_grade_cell(qid, notebook, layout.step,
                                                    max_score=max_score, cell_type="code")
            # formgrader and generate_feedback look up a comment for every solution cell
            for name in _solution_cells(cfg, layout.step, notebook):
                self.gb.update_or_create_solution_cell(name, notebook, layout.step)
        self.write_autograded = True

    def record(self, entry: Submission) -> None:
        with warnings.catch_warnings():
            # nbgrader's add_submission trips SQLAlchemy's autoflush warnings; they are harmless
            warnings.simplefilter("ignore")
            self._record(entry)

    def _record(self, entry: Submission) -> None:
        from nbgrader.api import MissingEntry

        from nbgrader.api import Comment

        from .lateness import parse_time

        student = entry.student
        try:
            self.gb.find_student(student)
        except MissingEntry:
            self.gb.add_student(student)   # a roster's names and emails are left as they are
        when = entry.submitted_at
        stamp = parse_time(when).replace(tzinfo=None) if when else None
        try:
            submission = self.gb.find_submission(self.step, student)
        except MissingEntry:
            submission = self.gb.add_submission(self.step, student)
        if stamp is not None and (submission.timestamp is None or stamp > submission.timestamp):
            submission.timestamp = stamp   # the step's latest notebook decides its lateness
        self.gb.db.commit()
        if entry.notebook is None:     # not one of the step's notebooks: the row stays at 0
            return
        notebook = self.gb.find_submission_notebook(entry.notebook, self.step, student)
        for cell in notebook.notebook.solution_cells:   # cells registered after the submission
            if not any(c.cell_id == cell.id for c in notebook.comments):
                self.gb.db.add(Comment(cell_id=cell.id, notebook=notebook))
        for q in entry.questions:
            grade = self.gb.find_grade(q.id, entry.notebook, self.step, student)
            grade.auto_score = float(q.points)
            grade.needs_manual_grade = False
        self.gb.db.commit()
        self.apply_late_penalty(student)
        if self.write_autograded:
            from .autograded import write_autograded
            write_autograded(self.cfg, self.layout, entry)

    def apply_late_penalty(self, student: str) -> None:
        """nbgrader's semantics: a penalty in points per notebook, from the submission's lateness
        and the notebook's score (manual overrides included)."""
        submission = self.gb.find_submission(self.step, student)
        stamp = submission.timestamp
        seconds = self.policy.seconds_late(
            self.step, stamp.replace(tzinfo=dt.timezone.utc).isoformat() if stamp else None)
        for nb in submission.notebooks:
            nb.late_submission_penalty = self.policy.penalty(float(nb.score or 0.0), seconds) \
                if seconds > 0 else None
        self.gb.db.commit()

    def close(self) -> None:
        self.gb.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


STUDENT_COLUMNS = ["student", "first_name", "last_name", "email", "lms_user_id"]


def score_rows(cfg: config.CourseConfig, step_ids: list[str] | None = None) -> tuple[list[dict], list[str]]:
    """One dict per (student, step) from the gradebook, manual scores and late penalties applied;
    and the question columns in order."""
    from nbgrader.api import Gradebook, MissingEntry

    config.tools_on_path()
    steps = step_ids or [s.id for s in cfg.steps]
    rows, columns = [], []
    with Gradebook(cfg.db_url, course_id=cfg.course_id) as gb:
        students = sorted(gb.students, key=lambda s: s.id)
        for step in steps:
            try:
                assignment = gb.find_assignment(step)
            except MissingEntry:
                continue
            qids = [c.name for nb in assignment.notebooks for c in nb.grade_cells]
            columns += [q for q in qids if q not in columns]
            for student in students:
                try:
                    submission = gb.find_submission(step, student.id)
                except MissingEntry:
                    continue
                row = {"student": student.id, "first_name": student.first_name or "",
                       "last_name": student.last_name or "", "email": student.email or "",
                       "lms_user_id": student.lms_user_id or "", "step": step,
                       "step_title": cfg.step(step).title if step in {s.id for s in cfg.steps} else step}
                raw = max_total = penalty = 0.0
                for nb in submission.notebooks:
                    for grade in nb.grades:
                        score = float(grade.score or 0.0)
                        row[grade.name] = f"{score:g}"
                        raw += score
                        max_total += float(grade.max_score)
                    penalty += float(nb.late_submission_penalty or 0.0)
                total = max(0.0, raw - penalty)
                row.update(raw_total=f"{raw:g}", late_penalty=f"{penalty:g}", total=f"{total:g}",
                           max=f"{max_total:g}",
                           percent=f"{100 * total / max_total:.1f}" if max_total else "",
                           submitted_at=(f"{submission.timestamp:%Y-%m-%d %H:%M:%S} UTC"
                                         if submission.timestamp else ""),
                           seconds_late=f"{submission.total_seconds_late:g}")
                rows.append(row)
    return rows, columns


def export_csv(cfg: config.CourseConfig, out: Path, step_ids: list[str] | None = None) -> int:
    """One row per (student, step): who (id, names, email, LMS id), the step, total (after any late
    penalty), max, percent, raw total, late penalty, submission time and seconds late, then one
    column per question. Returns the number of rows written."""
    rows, columns = score_rows(cfg, step_ids)
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, [*STUDENT_COLUMNS, "step", "total", "max", "percent", "raw_total",
                                    "late_penalty", "submitted_at", "seconds_late", *columns],
                                restval="", extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)
    return len(rows)
