"""nbgrader's `autograded/<student>/<step>/<notebook>.ipynb`, written by `course grade`.

nbgrader's formgrader (manual grading), `generate_feedback` and `release_feedback` read these
notebooks and the gradebook; `nbgrader autograde` is what normally writes them. `course grade`
writes them itself, from the notebook it graded:

* locked cells restored from the release (as nbgrader's OverwriteCells does); a copy of a grade
  cell stripped of its grade id (it would collide with the real one);
* each grade cell's output is the verdict check() shows (HTML, hidden cases by description and
  verdict only) and, as `text/plain`, the points earned - what nbgrader reads as partial credit;
* the learner's other cells keep the outputs they were submitted with (they are not re-run here:
  the grade comes from the grader's run, recorded in the gradebook), made inert first: formgrader
  renders these notebooks as HTML in the instructor's logged-in Jupyter session, so a hand-edited
  `text/html`, `application/javascript` or SVG output, raw HTML in a markdown cell or an HTML raw
  cell would run a student's script with the instructor's rights (kernels, the gradebook API).
  Only plain text and bitmap images stay; markdown keeps its text with tag starts escaped;
* the files next to the submission (`timestamp.txt`, `submission_secret.txt` from nbgrader's
  exchange) are copied, so `release_feedback` finds them; without a `timestamp.txt` one is written
  from the submission time course grade found (zip entry or file time).
"""
from __future__ import annotations

import datetime as dt
import re
import shutil
from pathlib import Path

import nbformat

from ..runtime import config
from ..runtime.layout import nbgrader_meta
from .grade import StepLayout, _prepare
from .ledger import QuestionGrade, Submission

AUTOGRADED = "autograded"
TIMESTAMP_FORMAT = "%Y-%m-%d %H:%M:%S.%f %Z"   # nbgrader's Exchange.timestamp_format


def autograded_path(cfg: config.CourseConfig, student: str, step: str, notebook: str) -> Path:
    return cfg.root / AUTOGRADED / student / step / f"{notebook}.ipynb"


def _grade_output(question: QuestionGrade) -> list:
    data = {"text/plain": f"{question.points:g}"}
    if question.feedback_html:
        data["text/html"] = question.feedback_html
    else:
        import html
        data["text/html"] = (f"<p><b>{html.escape(question.id)}</b>: {question.points:g}/"
                             f"{question.max_points:g} — {html.escape(question.status)}: "
                             f"{html.escape(question.message)}</p>")
    return [nbformat.v4.new_output("display_data", data=data)]


# what a grading view may render from a learner's cell: text and bitmaps, nothing that runs
SAFE_OUTPUT_TYPES = ("text/plain", "image/png", "image/jpeg", "image/gif")
BLANK_PNG = ("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJ"
             "RU5ErkJggg==")   # 1x1, in place of an attachment that was not safe to show


def _inert(cell, own_source: bool = False) -> None:
    """Strip from a submitted cell whatever a browser would execute (see above); `own_source`:
    its source was restored from the release, only its outputs and attachments are the learner's."""
    if cell.cell_type == "code":
        for output in cell.get("outputs", []):
            data = output.get("data")
            if data is None:
                continue   # stream and error outputs: nbconvert escapes their text
            dropped = sorted(k for k in data if k not in SAFE_OUTPUT_TYPES)
            for key in dropped:
                del data[key]
            if dropped and not data:
                data["text/plain"] = f"[not shown in grading views: {', '.join(dropped)}]"
    elif cell.cell_type == "markdown":
        if not own_source:   # every tag start, so no HTML of the learner's reaches the page
            # (`a < b` keeps its look; a `<` right before a letter in math shows as `&lt;`)
            cell.source = re.sub(r"<(?=[A-Za-z/!?])", "&lt;", cell.source)
        for bundle in cell.get("attachments", {}).values():
            for key in [k for k in bundle if k not in SAFE_OUTPUT_TYPES]:
                del bundle[key]
            if not bundle:   # nbconvert refuses a markdown cell whose attachment is missing
                bundle["image/png"] = BLANK_PNG
    elif cell.cell_type == "raw" and not own_source:
        for key in ("format", "raw_mimetype"):   # an HTML raw cell is pasted into the page as is
            cell.metadata.pop(key, None)


def write_autograded(cfg: config.CourseConfig, layout: StepLayout, entry: Submission) -> Path | None:
    """Write the autograded notebook of one ledger entry; None when there is nothing nbgrader could
    show (the notebook is unreadable, foreign, or its file is gone)."""
    source = Path(entry.path)
    notebook = entry.notebook
    if notebook is None or notebook not in layout.notebooks or not source.is_file():
        return None
    try:
        nb = nbformat.read(source, as_version=4)
    except Exception:
        return None
    positions, _missing = _prepare(nb, layout, notebook)
    by_id = {q.id: q for q in entry.questions}
    restored = layout.locked[notebook]
    for cell in nb.cells:
        # a restored cell's source is the release's own (never its outputs); a "locked" flag in
        # the submission proves nothing, the learner may have written it
        _inert(cell, own_source=nbgrader_meta(cell).get("grade_id") in restored)
    for qid, index in positions.items():
        cell = nb.cells[index]
        if cell.cell_type == "code" and qid in by_id:
            cell.outputs = _grade_output(by_id[qid])
            cell.execution_count = None
    for cell in nb.cells:
        meta = nbgrader_meta(cell)
        if meta.get("grade") and meta.get("grade_id") in by_id:
            meta["points"] = by_id[meta["grade_id"]].max_points
    target = autograded_path(cfg, entry.student, layout.step, notebook)
    target.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(nb, target)
    _copy_exchange_files(source.parent, target.parent, entry)
    return target


def _copy_exchange_files(src: Path, dest: Path, entry: Submission) -> None:
    """timestamp.txt and the other non-notebook files of an nbgrader submission folder."""
    in_submission = src.parent.parent.name == "submitted" and src.name == entry.step
    if in_submission:
        for item in src.iterdir():
            if item.is_file() and item.suffix != ".ipynb":
                shutil.copy2(item, dest / item.name)
    stamp = dest / "timestamp.txt"
    if not stamp.is_file() and entry.submitted_at:
        when = dt.datetime.fromisoformat(entry.submitted_at).astimezone(dt.timezone.utc)
        stamp.write_text(when.strftime(TIMESTAMP_FORMAT))
