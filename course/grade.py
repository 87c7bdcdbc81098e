"""`course grade` and `course check`: run notebooks in fresh kernels, bounded in time, and collect
each question's result. Whatever goes wrong with one notebook - corrupt JSON, a notebook of another
step, an infinite loop, a dead kernel - becomes a row with a reason; the batch goes on.
"""
from __future__ import annotations

import contextlib
import json
import os
import subprocess
import tempfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

import nbformat

from . import config
from .build import AUTOGRADER, RELEASE, grade_cells
from .feedback import RESULT_MIME


@dataclass
class QuestionRow:
    id: str
    points: float
    max_points: float
    status: str
    message: str
    cases: list[dict] = field(default_factory=list)   # per-case verdicts, safe to show


@dataclass
class Submission:
    path: str
    student: str | None
    step: str
    notebook: str | None
    questions: list[QuestionRow]
    total: float
    max: float
    error: str | None = None
    seconds: float = 0.0

    def to_json(self) -> dict:
        data = asdict(self)
        for q in data["questions"]:
            q.pop("cases")
        return data


@dataclass
class StepLayout:
    """What a step's release looks like: notebook name -> {question id: points}, locked sources."""
    step: str
    notebooks: dict[str, dict[str, float]]
    locked: dict[str, dict[str, str]]      # notebook -> grade_id -> canonical source

    def owner(self, qids: set[str]) -> str | None:
        best = max(self.notebooks, key=lambda n: len(qids & set(self.notebooks[n])), default=None)
        return best if best and qids & set(self.notebooks[best]) else None


def _nb_meta(cell) -> dict:
    return cell.get("metadata", {}).get("nbgrader", {})


def load_layout(root: Path, step: config.Step) -> StepLayout:
    notebooks, locked = {}, {}
    for name in step.notebooks:
        path = root / RELEASE / step.id / f"{name}.ipynb"
        if not path.is_file():
            raise config.ConfigError(f"{path} is missing: run `course build` first")
        nb = nbformat.read(path, as_version=4)
        notebooks[name] = {_nb_meta(c)["grade_id"]: float(_nb_meta(c)["points"]) for c in grade_cells(nb)}
        locked[name] = {_nb_meta(c)["grade_id"]: c.source for c in nb.cells if _nb_meta(c).get("locked")}
    return StepLayout(step.id, notebooks, locked)


def student_of(path: Path, step_id: str) -> str | None:
    """nbgrader's layout: .../submitted/<student>/<step>/<notebook>.ipynb (or autograded/)."""
    parts = path.resolve().parts
    if len(parts) >= 4 and parts[-2] == step_id and parts[-4] in ("submitted", "autograded"):
        return parts[-3]
    return None


def _questions_for(layout: StepLayout, notebook: str, status: str, message: str) -> list[QuestionRow]:
    return [QuestionRow(q, 0.0, pts, status, message) for q, pts in layout.notebooks[notebook].items()]


def _other_step(cfg: config.CourseConfig, qids: set[str], this_step: str) -> str | None:
    for step in cfg.steps:
        if step.id == this_step:
            continue
        manifest = cfg.root / AUTOGRADER / step.id / "questions.json"
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
        meta = _nb_meta(cell)
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


def _result_of(cell) -> dict | None:
    for out in cell.get("outputs", []):
        data = out.get("data", {})
        if RESULT_MIME in data:
            return data[RESULT_MIME]
    return None


def _cell_error(cell) -> str | None:
    for out in cell.get("outputs", []):
        if out.get("output_type") == "error":
            return f"{out.get('ename')}: {out.get('evalue')}"
    return None


@contextlib.contextmanager
def _environment(**values: str):
    saved = {k: os.environ.get(k) for k in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


def _execute(nb, cfg: config.CourseConfig, *, grading: bool) -> str | None:
    """Run every cell in a fresh kernel, in a scratch folder, within the notebook's time budget.
    Returns why execution stopped early, or None."""
    from nbclient import NotebookClient
    from nbclient.exceptions import CellTimeoutError, DeadKernelError

    config.tools_on_path()
    deadline = time.monotonic() + cfg.notebook_timeout
    env = {"COURSE_ROOT": str(cfg.root), "MPLBACKEND": "Agg", "PYTHONWARNINGS": "ignore"}
    if grading:
        env["COURSE_GRADING"] = "1"
    with tempfile.TemporaryDirectory(prefix="course-run-") as workdir, _environment(**env):
        client = NotebookClient(
            nb,
            kernel_name=cfg.kernel_name,
            allow_errors=True,
            timeout_func=lambda cell: max(1, int(deadline - time.monotonic()) + 1),
            startup_timeout=60,
            resources={"metadata": {"path": workdir}},
        )
        try:
            client.execute(stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        except CellTimeoutError:
            return (f"time limit exceeded: the notebook ran longer than {cfg.notebook_timeout:g} s "
                    "(an infinite loop, or far too much work?); cells after that point did not run")
        except DeadKernelError:
            return ("the kernel died (a crash, exit(), or running out of memory); "
                    "cells after that point did not run")
        except Exception as exc:  # kernel failed to start, protocol errors...
            return f"the notebook could not be run: {type(exc).__name__}: {exc}"
    return None


def grade_notebook(path: Path, step: config.Step, cfg: config.CourseConfig,
                   layout: StepLayout | None = None, *, grading: bool = True) -> Submission:
    layout = layout or load_layout(cfg.root, step)
    start = time.monotonic()
    row = Submission(str(path), student_of(path, step.id), step.id, None, [], 0.0, 0.0)
    guess = path.stem if path.stem in layout.notebooks else None

    def failed(reason: str, notebook: str | None = guess, status: str = "not graded") -> Submission:
        row.error, row.notebook = reason, notebook
        if notebook:
            row.questions = _questions_for(layout, notebook, status, reason)
            row.max = sum(q.max_points for q in row.questions)
        row.seconds = time.monotonic() - start
        return row

    try:
        nb = nbformat.read(path, as_version=4)
    except Exception as exc:
        return failed(f"not a readable notebook (corrupt or not JSON): {type(exc).__name__}: "
                      f"{str(exc).splitlines()[0] if str(exc) else ''}".rstrip(": "))
    qids = {_nb_meta(c).get("grade_id") for c in nb.get("cells", []) if _nb_meta(c).get("grade")}
    notebook = layout.owner(qids) or guess
    if notebook is None:
        other = _other_step(cfg, qids, step.id)
        reason = (f"this notebook belongs to step {other}, not {step.id}" if other
                  else f"this is not one of the notebooks of step {step.id} "
                       f"({', '.join(layout.notebooks)})")
        return failed(reason, None)

    positions, missing = _prepare(nb, layout, notebook)
    stopped = _execute(nb, cfg, grading=grading)
    row.notebook = notebook
    for qid, max_points in layout.notebooks[notebook].items():
        if qid in missing:
            row.questions.append(QuestionRow(qid, 0.0, max_points, "missing",
                                             "the grade cell of this question was deleted"))
            continue
        cell = nb.cells[positions[qid]]
        result = _result_of(cell)
        if result is None:
            why = _cell_error(cell) or stopped or "the grade cell produced no result"
            row.questions.append(QuestionRow(qid, 0.0, max_points, "not run", why))
            continue
        points = min(float(result["points"]), max_points)
        row.questions.append(QuestionRow(qid, points, max_points, result["status"],
                                         result["message"], result["cases"]))
    row.total = sum(q.points for q in row.questions)
    row.max = sum(q.max_points for q in row.questions)
    row.error = stopped
    row.seconds = time.monotonic() - start
    return row


def grade_paths(step_id: str, paths: list[Path], cfg: config.CourseConfig,
                on_result=None) -> list[Submission]:
    step = cfg.step(step_id)
    layout = load_layout(cfg.root, step)
    rows = []
    for path in paths:
        row = grade_notebook(path, step, cfg, layout)
        rows.append(row)
        if on_result:
            on_result(row)
    return rows


def report_json(step_id: str, rows: list[Submission]) -> dict:
    return {"step": step_id, "submissions": [r.to_json() for r in rows]}
