"""nbgrader's `autograded/<student>/<step>/<notebook>.ipynb`, written by `course grade`.

nbgrader's formgrader (manual grading), `generate_feedback` and `release_feedback` read these
notebooks and the gradebook; `nbgrader autograde` is what normally writes them. `course grade`
writes them itself, from the notebook it graded:

* locked cells restored from the release (as nbgrader's OverwriteCells does); a copy of a grade
  cell stripped of its grade id (it would collide with the real one);
* each grade cell's output is the verdict check() shows (HTML, hidden cases by description and
  verdict only) and, as `text/plain`, the points earned - what nbgrader reads as partial credit;
* the learner's other cells keep the outputs they were submitted with (they are not re-run here:
  the grade comes from the grader's run, recorded in the gradebook);
* the files next to the submission (`timestamp.txt`, `submission_secret.txt` from nbgrader's
  exchange) are copied, so `release_feedback` finds them; without a `timestamp.txt` one is written
  from the submission time course grade found (zip entry or file time).
"""
from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import nbformat

from . import config
from .build import nbgrader_meta
from .grade import StepLayout, _prepare

AUTOGRADED = "autograded"
TIMESTAMP_FORMAT = "%Y-%m-%d %H:%M:%S.%f %Z"   # nbgrader's Exchange.timestamp_format


def autograded_path(cfg: config.CourseConfig, student: str, step: str, notebook: str) -> Path:
    return cfg.root / AUTOGRADED / student / step / f"{notebook}.ipynb"


def _grade_output(question: dict) -> list:
    data = {"text/plain": f"{question['points']:g}"}
    if question.get("feedback_html"):
        data["text/html"] = question["feedback_html"]
    else:
        import html
        data["text/html"] = (f"<p><b>{html.escape(question['id'])}</b>: {question['points']:g}/"
                             f"{question['max_points']:g} — {html.escape(question['status'])}: "
                             f"{html.escape(question['message'])}</p>")
    return [nbformat.v4.new_output("display_data", data=data)]


def write_autograded(cfg: config.CourseConfig, layout: StepLayout, entry: dict) -> Path | None:
    """Write the autograded notebook of one ledger entry; None when there is nothing nbgrader could
    show (the notebook is unreadable, foreign, or its file is gone)."""
    source = Path(entry["path"])
    notebook = entry.get("notebook")
    if notebook is None or notebook not in layout.notebooks or not source.is_file():
        return None
    try:
        nb = nbformat.read(source, as_version=4)
    except Exception:
        return None
    positions, _missing = _prepare(nb, layout, notebook)
    by_id = {q["id"]: q for q in entry["questions"]}
    for qid, index in positions.items():
        cell = nb.cells[index]
        if cell.cell_type == "code" and qid in by_id:
            cell.outputs = _grade_output(by_id[qid])
            cell.execution_count = None
    for cell in nb.cells:
        meta = nbgrader_meta(cell)
        if meta.get("grade") and meta.get("grade_id") in by_id:
            meta["points"] = by_id[meta["grade_id"]]["max_points"]
    target = autograded_path(cfg, entry["student"], layout.step, notebook)
    target.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(nb, target)
    _copy_exchange_files(source.parent, target.parent, entry)
    return target


def _copy_exchange_files(src: Path, dest: Path, entry: dict) -> None:
    """timestamp.txt and the other non-notebook files of an nbgrader submission folder."""
    in_submission = src.parent.parent.name == "submitted" and src.name == entry["step"]
    if in_submission:
        for item in src.iterdir():
            if item.is_file() and item.suffix != ".ipynb":
                shutil.copy2(item, dest / item.name)
    stamp = dest / "timestamp.txt"
    if not stamp.is_file() and entry.get("submitted_at"):
        when = dt.datetime.fromisoformat(entry["submitted_at"]).astimezone(dt.timezone.utc)
        stamp.write_text(when.strftime(TIMESTAMP_FORMAT))
