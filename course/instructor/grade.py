"""`course grade` and `course check`: run notebooks in fresh kernels, bounded in time.

The learner's cells run in the kernel; each grade cell is evaluated here, in the grader's process,
calling the learner's functions through course/remote.py - so a learner who redefines `check` or
patches NumPy changes nothing but their own function's answers. Whatever goes wrong with one
notebook - corrupt JSON, a notebook of another step, an infinite loop, a dead kernel - becomes a
row with a reason; the batch goes on.
"""
from __future__ import annotations

import json
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import nbformat

from ..runtime import config, questions
from ..runtime.layout import AUTOGRADER, MANIFEST, RELEASE, TESTS, grade_cells, nbgrader_meta
from ..runtime.evaluate import QuestionResult, Status, evaluate
from ..runtime.bans import StaticScope
from ..remote import KernelNamespace
from .inputs import MAX_NOTEBOOK_BYTES, too_large
from .sessions import ExecutionStopped, open_session, sandbox_level


@dataclass
class QuestionRow:
    id: str
    points: float
    max_points: float
    status: Status
    message: str
    result: QuestionResult | None = None   # the full result, for `course check` and feedback


@dataclass
class NotebookResult:
    """What grading one notebook gave; whose it is and where it came from are the caller's
    (course grade's ledger entry, course/instructor/ledger.py, adds them)."""
    path: str
    step: str
    notebook: str | None
    questions: list[QuestionRow]
    total: float
    max: float
    error: str | None = None
    seconds: float = 0.0
    notes: list[str] = field(default_factory=list)   # what went wrong without stopping the run
    sandbox: str = "off"   # what the learner's code ran in: "full", "partial: no ...", "off"


@dataclass
class StepLayout:
    """What a step's release looks like: notebook name -> {question id: points}, locked sources."""
    step: str
    notebooks: dict[str, dict[str, float]]
    locked: dict[str, dict[str, str]]      # notebook -> grade_id -> canonical source

    def owner(self, qids: set[str]) -> str | None:
        best = max(self.notebooks, key=lambda n: len(qids & set(self.notebooks[n])), default=None)
        return best if best and qids & set(self.notebooks[best]) else None


def load_layout(root: Path, step: config.Step) -> StepLayout:
    notebooks, locked = {}, {}
    for name in step.notebooks:
        path = root / RELEASE / step.id / f"{name}.ipynb"
        if not path.is_file():
            raise config.ConfigError(f"{path} is missing: run `course build` first")
        nb = nbformat.read(path, as_version=4)
        notebooks[name] = {nbgrader_meta(c)["grade_id"]: float(nbgrader_meta(c)["points"]) for c in grade_cells(nb)}
        locked[name] = {nbgrader_meta(c)["grade_id"]: c.source for c in nb.cells if nbgrader_meta(c).get("locked")}
    return StepLayout(step.id, notebooks, locked)


def questions_for(layout: StepLayout, notebook: str, status: Status, message: str) -> list[QuestionRow]:
    return [QuestionRow(q, 0.0, pts, status, message) for q, pts in layout.notebooks[notebook].items()]


def _other_step(cfg: config.CourseConfig, qids: set[str], this_step: str) -> str | None:
    for step in cfg.steps:
        if step.id == this_step:
            continue
        manifest = cfg.root / AUTOGRADER / step.id / MANIFEST
        if manifest.is_file():
            known = {q for qs in json.loads(manifest.read_text())["notebooks"].values() for q in qs}
            if qids & known:
                return step.id
    return None


def _prepare(nb, layout: StepLayout, notebook: str) -> tuple[dict[str, int], list[str]]:
    """Restore locked cells from the release (as nbgrader does) and find each grade cell.
    Returns {question id: cell index} and the ids whose grade cell the learner deleted."""
    canonical = layout.locked[notebook]
    positions: dict[str, int] = {}
    for i, cell in enumerate(nb.cells):
        meta = nbgrader_meta(cell)
        gid = meta.get("grade_id")
        if gid is None:
            continue
        if gid in positions or (meta.get("grade") and gid not in layout.notebooks[notebook]):
            cell.metadata.pop("nbgrader", None)   # a copied cell: its id is already taken
            if cell.cell_type == "code" and "check(" in cell.source:
                cell.source = "# (a copy of a grade cell, not graded)"
            continue
        if gid in canonical:
            cell.source = canonical[gid]
        if meta.get("grade"):
            positions[gid] = i
    missing = [q for q in layout.notebooks[notebook] if q not in positions]
    return positions, missing


def _question_files(cfg: config.CourseConfig, step: str, qids, grading: bool) -> dict:
    """All cases from autograder/; a learner's `course check` without it gets the public ones."""
    found = {}
    for qid in qids:
        full = cfg.root / AUTOGRADER / step / TESTS / f"{qid}.py"
        public = cfg.root / RELEASE / step / TESTS / f"{qid}.py"
        if full.is_file():
            found[qid] = questions.load(full)
        elif not grading and public.is_file():
            found[qid] = questions.load(public)
        else:
            raise config.ConfigError(f"{full} is missing: grading needs autograder/ (run `course build`)")
    return found


def _run(nb, cfg: config.CourseConfig, step: str, grade_at: dict[int, str],
         grading: bool) -> tuple[dict[str, QuestionResult], str | None, list[str]]:
    """Run the learner's cells in order; at each grade cell, evaluate its question here."""
    qs = _question_files(cfg, step, grade_at.values(), grading)
    results: dict[str, QuestionResult] = {}
    deadline = time.monotonic() + cfg.grading.notebook_timeout
    with tempfile.TemporaryDirectory(prefix="course-run-") as workdir:
        try:
            session = open_session(cfg, workdir, deadline)
        except ExecutionStopped as stop:
            return results, stop.reason, []
        except Exception as exc:
            return results, f"the notebook could not be run: {type(exc).__name__}: {exc}", []
        try:
            # the cells run so far, as the grader sent them: where bans are looked for
            scope = StaticScope() if any(q.ban for q in qs.values()) else None
            for i, cell in enumerate(nb.cells):
                if cell.cell_type != "code":
                    continue
                if i in grade_at:
                    question = qs[grade_at[i]]
                    remaining = deadline - time.monotonic()
                    namespace = KernelNamespace(session, question.names,
                                                scope.snapshot() if scope else None)
                    results[question.id] = evaluate(
                        question, namespace, timeout=max(0.1, min(cfg.grading.question_timeout, remaining)))
                else:
                    if scope is not None:
                        scope.add(cell.source)
                    session.execute(cell.source)
        except ExecutionStopped as stop:
            return results, stop.reason, session.notes
        finally:
            session.close()
    return results, None, session.notes


def grade_notebook(path: Path, step: config.Step, cfg: config.CourseConfig,
                   layout: StepLayout | None = None, *, grading: bool = True,
                   unusable: str | None = None) -> NotebookResult:
    """One notebook's row; `unusable`: why the caller could not give it one to grade (a zip it
    could not unpack), reported as the row's error."""
    layout = layout or load_layout(cfg.root, step)
    start = time.monotonic()
    row = NotebookResult(str(path), step.id, None, [], 0.0, 0.0, sandbox=sandbox_level(cfg))
    guess = path.stem if path.stem in layout.notebooks else None

    def failed(reason: str, notebook: str | None = guess) -> NotebookResult:
        row.error, row.notebook = reason, notebook
        if notebook:
            row.questions = questions_for(layout, notebook, Status.NOT_GRADED, reason)
            row.max = sum(q.max_points for q in row.questions)
        row.seconds = time.monotonic() - start
        return row

    if unusable:
        return failed(unusable)
    try:
        size = path.stat().st_size
    except OSError:
        size = 0   # nbformat.read below names what is wrong
    if size > MAX_NOTEBOOK_BYTES:
        return failed(f"the notebook is {size / 2**20:.0f} MB, {too_large()}")
    try:
        nb = nbformat.read(path, as_version=4)
    except Exception as exc:
        return failed(f"not a readable notebook (corrupt or not JSON): {type(exc).__name__}: "
                      f"{str(exc).splitlines()[0] if str(exc) else ''}".rstrip(": "))
    qids = {nbgrader_meta(c).get("grade_id") for c in nb.get("cells", []) if nbgrader_meta(c).get("grade")}
    notebook = layout.owner(qids) or guess
    if notebook is None:
        other = _other_step(cfg, qids, step.id)
        reason = (f"this notebook belongs to step {other}, not {step.id}" if other
                  else f"this is not one of the notebooks of step {step.id} "
                       f"({', '.join(layout.notebooks)})")
        return failed(reason, None)

    positions, missing = _prepare(nb, layout, notebook)
    results, stopped, notes = _run(nb, cfg, step.id, {i: q for q, i in positions.items()}, grading)
    row.notebook = notebook
    for qid, max_points in layout.notebooks[notebook].items():
        if qid in missing:
            row.questions.append(QuestionRow(qid, 0.0, max_points, Status.MISSING,
                                             "the grade cell of this question was deleted"))
        elif qid not in results:
            row.questions.append(QuestionRow(qid, 0.0, max_points, Status.NOT_RUN,
                                             stopped or "the grade cell was not reached"))
        else:
            r = results[qid]
            row.questions.append(QuestionRow(qid, min(r.points, max_points), max_points, r.status,
                                             r.message, r))
    row.total = sum(q.points for q in row.questions)
    row.max = sum(q.max_points for q in row.questions)
    row.error = stopped
    row.notes = notes
    row.seconds = time.monotonic() - start
    return row


def grade_paths(step_id: str, paths: list[Path], cfg: config.CourseConfig,
                on_result=None) -> list[NotebookResult]:
    step = cfg.step(step_id)
    layout = load_layout(cfg.root, step)
    rows = []
    for path in paths:
        row = grade_notebook(path, step, cfg, layout)
        rows.append(row)
        if on_result:
            on_result(row)
    return rows
