"""Gradescope: the otter autograder zip run the way Gradescope runs it (otter's run_autograder on
the unzipped bundle in an /autograder-like folder), and what the student then sees in results.json.

Gradescope's image build (setup.sh: apt, miniforge, `mamba env create -f environment.yml`) needs
the internet and is not run here; what it installs is checked from environment.yml instead."""
from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import nbformat
import pytest

from course.runtime import config, questions
from course.instructor.build import OTTER_CONFIG
from course.instructor.grade import grade_paths

from .helpers import ROOT, nbgrader_meta

COURSE = config.load(ROOT)
STEP = "01_linear_algebra"
NOTEBOOK = COURSE.step(STEP).notebooks[0]
ZIP = ROOT / "autograder" / STEP / f"{NOTEBOOK}-autograder.zip"
FOOTER_LINE = "raise CourseFeedback(message)"
ALL_ZIPS = sorted((ROOT / "autograder").glob("*/*-autograder.zip"))

# a learner's realistic mistakes: lengths never compared (zip drops the extra entry), a norm
# from the library call the task forbids, an angle that forgets the clip (fine here), and a matvec
# that returns a list where the task asks for a float array
WRONG = {
    "dot_product_solution": "def dot(u, v):\n    return float(sum(a * b for a, b in zip(u, v)))\n",
    "vector_norms_solution": "import numpy as np\ndef norm(x, p=2):\n    return np.linalg.norm(x, p)\n",
}


def _submission(tmp_path: Path, wrong: dict[str, str]) -> Path:
    nb = nbformat.read(ROOT / "source" / STEP / f"{NOTEBOOK}.ipynb", as_version=4)
    for cell in nb.cells:
        if nbgrader_meta(cell).get("grade_id") in wrong:
            cell.source = wrong[nbgrader_meta(cell)["grade_id"]]
    path = tmp_path / "learner" / f"{NOTEBOOK}.ipynb"
    path.parent.mkdir(parents=True)
    nbformat.write(nb, path)
    return path


def _run_autograder(tmp_path: Path, notebook: Path) -> dict:
    """Gradescope's layout: source/ is the unzipped autograder, submission/ the student's upload,
    results/results.json what Gradescope reads back; run_otter.py's entry point, pointed at it."""
    ag = tmp_path / "autograder"
    for sub in ("source", "submission", "results"):
        (ag / sub).mkdir(parents=True)
    with zipfile.ZipFile(ZIP) as zf:
        zf.extractall(ag / "source")
    shutil.copy(notebook, ag / "submission" / notebook.name)
    proc = subprocess.run(
        [sys.executable, "-c",
         "import sys; from otter.run.run_autograder import main; main(sys.argv[1])", str(ag)],
        cwd=ag, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-3000:]
    return json.loads((ag / "results" / "results.json").read_text())


def _hidden_lines() -> set[str]:
    """Every distinctive line of the hidden cases of this notebook's questions."""
    lines = set()
    for qid in json.loads((ROOT / "autograder" / STEP / "questions.json").read_text())["notebooks"][NOTEBOOK]:
        source = (ROOT / "source" / STEP / "tests" / f"{qid}.py").read_text()
        for start, end in questions.hidden_case_spans(source):
            for line in source[start:end].splitlines():
                line = line.strip()
                if len(line) > 25 and not line.startswith(("@test_case", '"""', "def ")):
                    lines.add(line)
    return lines


@pytest.fixture(scope="module")
def results(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("gradescope")
    wrong = _submission(tmp, WRONG)
    solved = ROOT / "source" / STEP / f"{NOTEBOOK}.ipynb"
    ours = {row_id: {q.id: q for q in row.questions} for row_id, row in
            zip(("wrong", "solved"), grade_paths(STEP, [wrong, solved], COURSE))}
    return {"wrong": _run_autograder(tmp / "w", wrong), "solved": _run_autograder(tmp / "s", solved),
            "ours": ours}


def _question_rows(res: dict) -> dict[str, dict]:
    return {t["name"]: t for t in res["tests"] if "max_score" in t}


def test_scores_are_course_grades(results):
    for who in ("wrong", "solved"):
        scores = {name: t["score"] for name, t in _question_rows(results[who]).items()}
        assert scores == {qid: q.points for qid, q in results["ours"][who].items()}, who
    assert sum(t["score"] for t in _question_rows(results["solved"]).values()) == \
        sum(t["max_score"] for t in _question_rows(results["solved"]).values())
    wrong = _question_rows(results["wrong"])
    assert wrong["vector_norms"]["score"] == 0 and 0 < wrong["dot_product"]["score"] < 3


def test_public_results_are_visible_at_once_the_rest_after_publishing(results):
    tests = results["wrong"]["tests"]
    public = [t for t in tests if t["name"] == "Public Tests"]
    assert len(public) == 1 and public[0]["visibility"] == "visible"
    assert public[0]["status"] == "failed"
    assert {t["visibility"] for t in tests if "max_score" in t} == {"after_published"}
    assert results["wrong"].get("stdout_visibility") != "visible"
    with zipfile.ZipFile(ZIP) as zf:
        assert json.loads(zf.read("otter_config.json")) == OTTER_CONFIG


def test_messages_are_check_s_own_words(results):
    """The public summary holds check()'s text for each failing public case; cases are named by
    their descriptions, as check() lists them."""
    summary = next(t for t in results["wrong"]["tests"] if t["name"] == "Public Tests")["output"]
    q = results["ours"]["wrong"]["dot_product"].result
    failing_public = [c for c in q.cases if not c.hidden and c.status != "passed"]
    assert failing_public
    for case in failing_public:
        assert case.description in summary, case.description
        assert case.message().splitlines()[0] in summary, case.message()
    banned = results["ours"]["wrong"]["vector_norms"].result
    assert banned.cases[0].name == "task_rules" and banned.cases[0].message() in summary
    assert "uses `np.linalg.norm`, which this question asks you not to use" in summary
    assert "compare len(u) and len(v) first" in summary     # the hint, as check() gives it


def test_nothing_hidden_reaches_the_student(results):
    """Otter quotes the test-file line a case failed at: it is always the footer's raise, never a
    line of a hidden case; hidden cases show only their verdicts."""
    text = "\n".join(t.get("output", "") for t in results["wrong"]["tests"])
    for res in (results["wrong"], results["solved"]):
        for t in res["tests"]:
            lines = t.get("output", "").splitlines()
            for i, line in enumerate(lines):
                if re.match(r"\s*Error at line \d+ in test", line):
                    assert lines[i + 1].strip().startswith(FOOTER_LINE), lines[i:i + 2]
    leaked = [line for line in _hidden_lines() if line in text]
    assert not leaked, leaked[:5]
    hidden_failed = [c for c in results["ours"]["wrong"]["dot_product"].result.cases
                     if c.hidden and c.status != "passed"]
    assert hidden_failed
    for case in hidden_failed:
        assert case.verdict in text
        if case.detail != case.verdict:
            assert case.detail not in text


@pytest.mark.parametrize("zip_path", ALL_ZIPS, ids=lambda p: p.stem)
def test_zip_pins_what_the_course_is_proved_with(zip_path):
    """Gradescope installs environment.yml's pip list once per assignment: every requirement of
    c.Autograder.requirements, pinned exactly, and nothing left to "newest that day"."""
    reqs = COURSE.autograder_requirements
    assert reqs and all(re.fullmatch(r"[A-Za-z0-9_.-]+==[0-9][0-9A-Za-z.]*", r) for r in reqs), reqs
    with zipfile.ZipFile(zip_path) as zf:
        env = zf.read("environment.yml").decode()
        names = set(zf.namelist())
    pip_lines = [line.strip()[2:] for line in env.splitlines() if line.startswith("      - ")]
    for req in reqs:
        assert req in pip_lines, (zip_path.name, req)
    assert all("==" in line for line in pip_lines), pip_lines
    assert "files/course/runtime/otter_bridge.py" in names
