"""Grading a cohort: a mixed folder of good and broken submissions grades to one row each, in
parallel, into the ledger, the gradebook, the CSV export and per-student feedback pages; a re-run
skips what is graded."""
from __future__ import annotations

import csv
import dataclasses
import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import nbformat
import pytest

from course.runtime import config, questions
from course.instructor.cohort import grade_cohort
from course.instructor.feedback_pages import write_pages
from course.instructor.gradebook import GradebookWriter, export_csv
from course.instructor.grade import load_layout
from course.instructor.ledger import read_ledger

from .helpers import ROOT, nbgrader_meta

COURSE = config.load(ROOT)
STEP = "01_linear_algebra"
FIRST = COURSE.step(STEP).notebooks[0]
SOURCE = ROOT / "source" / STEP / f"{FIRST}.ipynb"
RELEASE = ROOT / "release" / STEP / f"{FIRST}.ipynb"

BROKEN_CELLS = {
    "loops": "while True:\n    pass",
    "crashes": "import os\nos._exit(3)",
    "exits": "import sys\nsys.exit(1)",
    "hoards_memory": "hoard = []\nwhile True:\n    hoard.append(bytearray(10**8))",
}


def _with_cell(path: Path, code: str) -> None:
    nb = nbformat.read(SOURCE, as_version=4)
    nb.cells.insert(2, nbformat.v4.new_code_cell(code))
    path.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(nb, path)


def _without_grade_cell(path: Path) -> None:
    nb = nbformat.read(SOURCE, as_version=4)
    nb.cells = [c for c in nb.cells if not nbgrader_meta(c).get("grade")][:] + \
        [c for c in nb.cells if nbgrader_meta(c).get("grade")][1:]
    path.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(nb, path)


def make_corpus(root: Path) -> dict[str, str]:
    """20 good and 10 broken submissions in every accepted form; returns student -> kind."""
    kinds = {}
    for i in range(8):                       # nbgrader's layout
        target = root / "submitted" / f"good{i:02d}" / STEP / f"{FIRST}.ipynb"
        target.parent.mkdir(parents=True)
        shutil.copy(SOURCE, target)
        kinds[f"good{i:02d}"] = "good"
    (root / "loose").mkdir()
    for i in range(8, 14):                   # loose notebooks named after the student
        shutil.copy(SOURCE, root / "loose" / f"good{i:02d}.ipynb")
        kinds[f"good{i:02d}"] = "good"
    (root / "zips").mkdir()
    for i in range(14, 20):                  # otter export zips
        with zipfile.ZipFile(root / "zips" / f"good{i:02d}.zip", "w") as zf:
            zf.write(SOURCE, f"{FIRST}.ipynb")
        kinds[f"good{i:02d}"] = "good"
    broken = root / "loose"
    for name, code in BROKEN_CELLS.items():
        _with_cell(broken / f"{name}.ipynb", code)
        kinds[name] = name
    (broken / "corrupt.ipynb").write_text('{"cells": [ {"cell_type": "code", "sour')
    kinds["corrupt"] = "corrupt"
    nbformat.write(nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("x = 1")]),
                   broken / "foreign.ipynb")
    kinds["foreign"] = "foreign"
    shutil.copy(RELEASE, broken / "untouched.ipynb")
    kinds["untouched"] = "not attempted"
    _without_grade_cell(broken / "deleted_cell.ipynb")
    kinds["deleted_cell"] = "deleted"
    (broken / "empty.ipynb").write_bytes(b"")
    kinds["empty"] = "empty"
    (root / "zips" / "bad_zip.zip").write_bytes(b"PK\x03\x04 this is not a zip")
    kinds["bad_zip"] = "bad zip"
    return kinds


@pytest.fixture(scope="module")
def cohort(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("cohort")
    kinds = make_corpus(tmp / "in")
    cfg = dataclasses.replace(COURSE.with_grading(notebook_timeout=10.0, question_timeout=3.0,
                                                  memory_limit_mb=512.0),
                              db_url=f"sqlite:///{tmp / 'gradebook.db'}")
    ledger = tmp / "grades.jsonl"
    with GradebookWriter(cfg, load_layout(ROOT, cfg.step(STEP))) as gb:
        entries = grade_cohort(STEP, [tmp / "in"], cfg, jobs=2, ledger=ledger,
                               on_entry=lambda e, skipped: gb.record(e))
    return {"tmp": tmp, "cfg": cfg, "ledger": ledger, "kinds": kinds,
            "rows": {e.student: e.to_json() for e in entries}}


def test_thirty_submissions_thirty_rows(cohort):
    assert set(cohort["rows"]) == set(cohort["kinds"]) and len(cohort["rows"]) == 30


def test_good_submissions_get_full_marks(cohort):
    good = [r for s, r in cohort["rows"].items() if cohort["kinds"][s] == "good"]
    assert len(good) == 20
    assert all(r["total"] == r["max"] == 21 and r["error"] is None for r in good)


@pytest.mark.parametrize("student,reason", [
    ("loops", "time limit"), ("crashes", "process died"), ("corrupt", "not a readable notebook"),
    ("foreign", "not one of the notebooks"), ("bad_zip", "bad_zip.zip is not a readable zip"),
    ("empty", "not a readable notebook"),
])
def test_broken_submissions_are_rows_with_a_reason(cohort, student, reason):
    row = cohort["rows"][student]
    assert row["total"] == 0 and reason in row["error"], row["error"]


def test_the_rest_of_a_notebook_is_graded_past_a_failing_cell(cohort):
    rows = cohort["rows"]
    assert rows["exits"]["total"] == rows["exits"]["max"]
    assert rows["hoards_memory"]["total"] == rows["hoards_memory"]["max"]
    assert any("ran out of memory" in n for n in rows["hoards_memory"]["notes"])
    assert rows["untouched"]["total"] == 0
    assert {q["status"] for q in rows["untouched"]["questions"]} == {"not attempted"}
    deleted = rows["deleted_cell"]
    assert deleted["questions"][0]["status"] == "missing" and deleted["total"] == 21 - 3


def test_the_gradebook_and_the_csv_hold_every_row(cohort):
    out = cohort["tmp"] / "grades.csv"
    assert export_csv(cohort["cfg"], out, [STEP]) == 30
    with out.open() as f:
        table = {r["student"]: r for r in csv.DictReader(f)}
    assert set(table) == set(cohort["kinds"])
    for student, row in cohort["rows"].items():
        assert float(table[student]["total"]) == row["total"], student
    # one notebook of the step's four: the percentage is of the whole step
    step_max = sum(sum(q.values()) for q in load_layout(ROOT, COURSE.step(STEP)).notebooks.values())
    assert table["good00"]["dot_product"] == "3" and table["good00"]["max"] == f"{step_max:g}"
    assert table["good00"]["percent"] == f"{100 * 21 / step_max:.1f}"


def test_nbgrader_export_reads_the_gradebook(cohort):
    out = cohort["tmp"] / "nbgrader.csv"
    env = {**os.environ, "COURSE_ROOT": str(ROOT)}
    proc = subprocess.run([str(Path(sys.executable).parent / "nbgrader"), "export",
                           f"--CourseDirectory.db_url={cohort['cfg'].db_url}",
                           f"--CsvExportPlugin.to={out}"],
                          cwd=ROOT, env=env, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr[-2000:]
    with out.open() as f:
        rows = [r for r in csv.DictReader(f) if r["assignment"] == STEP]
    assert len(rows) == 30
    scores = {r["student_id"]: float(r["raw_score"]) for r in rows}
    assert scores["good03"] == 21 and scores["crashes"] == 0


def test_feedback_pages_show_verdicts_but_no_hidden_source(cohort):
    pages = write_pages(cohort["cfg"], STEP, cohort["tmp"] / "feedback", ledger=cohort["ledger"])
    assert len(pages) == 30
    text = "\n".join(p.read_text() for p in pages)
    assert "hidden" in text and "dot_product" in text
    checked = 0
    for path in (ROOT / "autograder" / STEP / "tests").glob("*.py"):
        source = path.read_text()
        lines = source.splitlines()
        for start, end in questions.hidden_case_spans(source):
            for line in (l.strip() for l in lines[start - 1:end]):
                if line.startswith(("def ", "rng = ")) or "expect_" in line:
                    assert line not in text, f"hidden source of {path.stem} in a feedback page: {line}"
                    checked += 1
    assert checked > 20


def test_a_rerun_skips_graded_notebooks_and_regrades_changed_ones(cohort, tmp_path):
    cfg, ledger = cohort["cfg"], cohort["ledger"]
    changed = cohort["tmp"] / "in" / "loose" / "exits.ipynb"
    shutil.copy(SOURCE, changed)
    # an interrupted write leaves half a line: it is ignored
    with ledger.open("a") as f:
        f.write('{"student": "half')
    seen = []
    entries = grade_cohort(STEP, [cohort["tmp"] / "in"], cfg, jobs=2, ledger=ledger,
                           on_start=lambda total, skipped: seen.append((total, skipped)))
    assert seen == [(30, 29)]
    assert {e.student: e for e in entries}["exits"].total == 21
    assert len(read_ledger(ledger)) == 30


def test_cli_grades_a_folder_and_exports(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SOURCE, folder / "ann.ipynb")
    shutil.copy(RELEASE, folder / "ben.ipynb")
    root = tmp_path / "course"
    skip = shutil.ignore_patterns(".git", ".venv", "workspace", "grades", "gradebook.db",
                                  "__pycache__", "feedback", "submitted", "autograded")
    shutil.copytree(ROOT, root, ignore=lambda d, names: skip(d, names) | (
        {"tests"} if Path(d) == ROOT else set()))
    env = {**os.environ, "COURSE_ROOT": str(root), "CI": "1"}
    run = [sys.executable, "-m", "course"]
    proc = subprocess.run(run + ["grade", STEP, str(folder), "--jobs", "2"], cwd=root, env=env,
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "ann" in proc.stderr and "21/21" in proc.stderr
    again = subprocess.run(run + ["grade", STEP, str(folder)], cwd=root, env=env,
                           capture_output=True, text=True)
    assert "2 of 2 notebook(s) unchanged" in again.stderr
    proc = subprocess.run(run + ["export", "--csv", str(tmp_path / "out.csv")], cwd=root, env=env,
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    with (tmp_path / "out.csv").open() as f:
        totals = {r["student"]: r["total"] for r in csv.DictReader(f)}
    assert totals == {"ann": "21", "ben": "0"}
    proc = subprocess.run(run + ["feedback", STEP], cwd=root, env=env, capture_output=True, text=True)
    assert proc.returncode == 0 and (root / "feedback_pages" / "ann" / STEP / "index.html").is_file()
    assert not (root / "feedback").exists()   # nbgrader's generate_feedback owns feedback/
    report = json.loads((root / "grades" / f"{STEP}.jsonl").read_text().splitlines()[0])
    assert report["student"] in ("ann", "ben")


def test_huge_notebooks_and_zip_bombs_are_rows_with_a_reason(tmp_path):
    """A 65 MB notebook and a small zip that unpacks to 80 MB are graded as rows that name the
    size, without reading them into the grader; the notebook beside them is graded as usual."""
    from course.instructor.inputs import MAX_NOTEBOOK_BYTES

    inbox = tmp_path / "in"
    (inbox / "zips").mkdir(parents=True)
    with open(inbox / "huge.ipynb", "wb") as f:
        f.truncate(MAX_NOTEBOOK_BYTES + 2**20)   # sparse: costs no disk
    with zipfile.ZipFile(inbox / "zips" / "bomb.zip", "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(f"{FIRST}.ipynb", b" " * (80 * 2**20))
    assert (inbox / "zips" / "bomb.zip").stat().st_size < 2**20
    shutil.copy(SOURCE, inbox / "honest.ipynb")
    cfg = COURSE.with_grading(notebook_timeout=20.0)
    entries = grade_cohort(STEP, [inbox], cfg, jobs=2, ledger=tmp_path / "grades.jsonl")
    rows = {e.student: e.to_json() for e in entries}
    assert set(rows) == {"huge", "bomb", "honest"}, set(rows)
    assert "65 MB" in rows["huge"]["error"] and "64 MB" in rows["huge"]["error"], rows["huge"]
    assert "80 MB" in rows["bomb"]["error"] and rows["bomb"]["total"] == 0, rows["bomb"]
    assert rows["honest"]["total"] == rows["honest"]["max"] > 0, rows["honest"]
    unpacked = [p for p in tmp_path.rglob("*.ipynb") if p.stat().st_size > MAX_NOTEBOOK_BYTES]
    assert unpacked == [inbox / "huge.ipynb"], unpacked   # the bomb was never written out
