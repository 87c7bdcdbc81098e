"""Bad submissions become graded rows with a reason; the batch always finishes."""
from __future__ import annotations

import dataclasses
import json
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest

from course.runtime import config
from course.instructor.grade import _other_step, grade_paths
from course.instructor.inputs import student_of
from course.instructor.sessions import fork_available

from .helpers import ROOT, nbgrader_meta

COURSE = config.load(ROOT)
STEP = "01_linear_algebra"
FIRST = COURSE.step(STEP).notebooks[0]
SOURCE = ROOT / "source" / STEP / f"{FIRST}.ipynb"


def _variant(tmp_path: Path, name: str, edit) -> Path:
    nb = nbformat.read(SOURCE, as_version=4)
    edit(nb)
    path = tmp_path / name / f"{FIRST}.ipynb"
    path.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(nb, path)
    return path


def _insert_code(source: str, after_setup: bool = True):
    def edit(nb):
        nb.cells.insert(2 if after_setup else len(nb.cells), nbformat.v4.new_code_cell(source))
    return edit


def _solution_cell(nb, qid):
    return next(c for c in nb.cells if nbgrader_meta(c).get("grade_id") == f"{qid}_solution")


def _first_qid(nb) -> str:
    return next(nbgrader_meta(c)["grade_id"] for c in nb.cells if nbgrader_meta(c).get("grade"))


@pytest.fixture(scope="module")
def batch(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("batch")
    corrupt = tmp / "corrupt" / f"{FIRST}.ipynb"
    corrupt.parent.mkdir()
    corrupt.write_text('{"cells": [ {"cell_type": "code", "sour')
    foreign = tmp / "foreign" / "my_notes.ipynb"
    foreign.parent.mkdir()
    nbformat.write(nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("x = 1")]), foreign)

    def tamper(nb):
        qid = _first_qid(nb)
        cell = next(c for c in nb.cells if nbgrader_meta(c).get("grade_id") == qid)
        cell.source = "print(3.0)\n3.0"                       # a learner edits a locked grade cell
        _solution_cell(nb, qid).source = "def dot(u, v):\n    return 0.0\n"

    def delete_grade_cell(nb):
        qid = _first_qid(nb)
        nb.cells = [c for c in nb.cells if nbgrader_meta(c).get("grade_id") != qid]

    def duplicate_grade_cell(nb):
        cell = next(c for c in nb.cells if nbgrader_meta(c).get("grade"))
        copy = nbformat.from_dict(json.loads(json.dumps(cell)))
        copy.id = "copied-cell"
        nb.cells.append(copy)

    def endless_function(nb):
        _solution_cell(nb, "matmul_loops").source = (
            "def matmul(A, B):\n    while True:\n        try:\n            pass\n"
            "        except Exception:\n            pass\n")

    paths = {
        "endless_function": _variant(tmp, "endless_function", endless_function),
        "loop": _variant(tmp, "loop", _insert_code("while True:\n    pass")),
        "crash": _variant(tmp, "crash", _insert_code("import os\nos._exit(3)")),
        "memory_bomb": _variant(tmp, "memory_bomb", _insert_code(
            "hoard = []\nwhile True:\n    hoard.append(bytearray(10**8))")),
        "sys_exit": _variant(tmp, "sys_exit", _insert_code("import sys\nsys.exit(1)")),
        "raises": _variant(tmp, "raises", _insert_code("1 / 0")),
        "tampered": _variant(tmp, "tampered", tamper),
        "deleted": _variant(tmp, "deleted", delete_grade_cell),
        "duplicated": _variant(tmp, "duplicated", duplicate_grade_cell),
        "corrupt": corrupt,
        "foreign": foreign,
        "good": SOURCE,
    }
    cfg = COURSE.with_grading(notebook_timeout=15.0, question_timeout=2.0, memory_limit_mb=512.0)
    rows = grade_paths(STEP, list(paths.values()), cfg)
    return dict(zip(paths, rows))


def test_batch_finishes_with_one_row_each(batch):
    assert len(batch) == 12
    assert batch["good"].error is None and batch["good"].total == batch["good"].max > 0


def test_infinite_loop_is_a_zero_row_with_reason(batch):
    row = batch["loop"]
    assert row.total == 0 and "time limit" in row.error
    assert row.max == batch["good"].max


def test_endless_learner_function_times_out_that_question_only(batch):
    row = batch["endless_function"]
    statuses = {q.id: q.status for q in row.questions}
    assert statuses.pop("matmul_loops") == "timeout"
    assert set(statuses.values()) == {"passed"} and row.error is None   # the kernel was interrupted


def test_kernel_crash_is_a_zero_row_with_reason(batch):
    row = batch["crash"]
    assert row.total == 0 and "process died" in row.error


def test_memory_bomb_is_stopped_and_named(batch):
    row = batch["memory_bomb"]
    if COURSE.grading.runner == "kernel" or not fork_available():
        pytest.skip("the memory limit is enforced by the fork runner (Linux)")
    assert row.error is None and row.total == row.max, row   # the cell failed; the rest ran
    assert any("ran out of memory" in note and "MB" in note for note in row.notes)


def test_sys_exit_and_errors_in_cells_do_not_stop_grading(batch):
    # IPython turns sys.exit() into a SystemExit traceback; the other cells still run
    for name in ("sys_exit", "raises"):
        row = batch[name]
        assert row.error is None and row.total == row.max, (name, row.questions)


def test_corrupt_notebook_is_a_zero_row_with_reason(batch):
    row = batch["corrupt"]
    assert row.total == 0 and "not a readable notebook" in row.error
    assert row.max == batch["good"].max and row.notebook == FIRST


def test_foreign_notebook_is_a_zero_row_with_reason(batch):
    row = batch["foreign"]
    assert row.total == 0 and "not one of the notebooks of step" in row.error


def test_locked_grade_cell_is_restored(batch):
    row = batch["tampered"]
    first = row.questions[0]
    assert first.points < first.max_points and first.status == "wrong", first
    assert first.message.startswith("public")   # graded by check(), not the learner's "3.0"


def test_deleted_grade_cell_scores_zero_for_that_question_only(batch):
    row = batch["deleted"]
    assert row.questions[0].status == "missing" and row.questions[0].points == 0
    assert row.total == row.max - row.questions[0].max_points


def test_copied_grade_cell_is_not_double_counted(batch):
    row = batch["duplicated"]
    assert row.error is None and row.total == row.max == batch["good"].max


def test_notebook_of_another_step_is_named(tmp_path):
    (tmp_path / "autograder" / "02_calculus").mkdir(parents=True)
    (tmp_path / "autograder" / "02_calculus" / "questions.json").write_text(
        json.dumps({"step": "02_calculus", "notebooks": {"01_derivatives": ["central_difference"]}}))
    cfg = dataclasses.replace(COURSE, root=tmp_path)
    assert _other_step(cfg, {"central_difference"}, STEP) == "02_calculus"
    assert _other_step(cfg, {"something_else"}, STEP) is None


def test_student_is_read_from_nbgrader_layout(tmp_path):
    path = tmp_path / "submitted" / "alice" / STEP / f"{FIRST}.ipynb"
    assert student_of(path, STEP) == "alice"
    assert student_of(tmp_path / f"{FIRST}.ipynb", STEP) is None


def test_unknown_step_is_a_clear_error():
    proc = subprocess.run([sys.executable, "-m", "course", "grade", "99_nope", str(SOURCE)],
                          cwd=ROOT, capture_output=True, text=True)
    assert proc.returncode == 2
    assert "unknown step '99_nope'" in proc.stderr and STEP in proc.stderr


def test_the_jupyter_kernel_runner_grades_like_the_fork_runner(batch):
    """runner = "kernel" (for platforms without fork) gives the same rows."""
    cfg = COURSE.with_grading(runner="kernel", notebook_timeout=60.0, question_timeout=2.0)
    paths = [Path(batch[name].path) for name in ("good", "endless_function", "crash")]
    rows = dict(zip(("good", "endless_function", "crash"), grade_paths(STEP, paths, cfg)))
    for name, row in rows.items():
        assert [(q.id, q.points, q.status) for q in row.questions] == \
            [(q.id, q.points, q.status) for q in batch[name].questions], name
    assert "process died" in rows["crash"].error
