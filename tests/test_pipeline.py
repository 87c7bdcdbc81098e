"""The pipeline end to end: build is in sync, source notebooks earn full marks through `course grade`,
`nbgrader autograde` and `otter run` alike, release notebooks earn 0, and nothing hidden leaks."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest

from course.runtime import config, questions
from course.instructor.build import build

from .helpers import ROOT, course_grade, grade_ids, nbgrader_meta

COURSE = config.load(ROOT)
BIN = Path(sys.executable).parent
SOURCE_NBS = {s.id: [ROOT / "source" / s.id / f"{n}.ipynb" for n in s.notebooks] for s in COURSE.steps}
RELEASE_NBS = {s.id: [ROOT / "release" / s.id / f"{n}.ipynb" for n in s.notebooks] for s in COURSE.steps}
ALL_NOTEBOOKS = [p for d in (SOURCE_NBS, RELEASE_NBS) for ps in d.values() for p in ps]


def _env() -> dict:
    return {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ['PATH']}"}


def test_build_check_passes():
    outcome = build(ROOT, check=True)
    assert outcome.in_sync, f"stale: {outcome.stale} missing: {outcome.missing} extra: {outcome.extra}"


def test_cli_build_check_exit_code():
    proc = subprocess.run([sys.executable, "-m", "course", "build", "--check"], cwd=ROOT,
                          capture_output=True, text=True, env=_env())
    assert proc.returncode == 0, proc.stdout + proc.stderr


@pytest.mark.parametrize("step", list(RELEASE_NBS))
def test_every_step_has_four_notebooks_and_enough_questions(step):
    nbs = RELEASE_NBS[step]
    assert len(nbs) == (1 if step == "00_level_check" else 4)   # step 0: one notebook of ~25 items
    counts = [len(grade_ids(nbformat.read(p, as_version=4))) for p in nbs]
    assert all(c >= 6 for c in counts), counts
    assert sum(counts) >= 24


@pytest.mark.parametrize("path", ALL_NOTEBOOKS, ids=lambda p: f"{p.parent.parent.name}/{p.name}")
def test_notebook_is_valid_and_has_no_outputs(path):
    from nbgrader.nbgraderformat import MetadataValidator, ValidationError

    nb = nbformat.read(path, as_version=4)
    nbformat.validate(nb)
    try:
        MetadataValidator().validate_nb(nb)
    except ValidationError as exc:  # pragma: no cover - message only
        pytest.fail(f"nbgrader metadata invalid: {exc}")
    for cell in nb.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None, "commit notebooks without outputs"
    assert any("plt." in c.source for c in nb.cells if c.cell_type == "code"), "each notebook has a plot"


@pytest.mark.parametrize("path", [p for ps in SOURCE_NBS.values() for p in ps], ids=lambda p: p.name)
def test_release_strips_every_solution(path):
    release = nbformat.read(ROOT / "release" / path.parent.name / path.name, as_version=4)
    for cell in release.cells:
        assert "### BEGIN SOLUTION" not in cell.source
        if nbgrader_meta(cell).get("solution"):
            assert "raise NotImplementedError()" in cell.source


def test_no_hidden_case_reaches_release():
    release_text = "\n".join(p.read_text(encoding="utf-8", errors="replace")
                             for p in (ROOT / "release").rglob("*") if p.is_file())
    checked = 0
    for test_file in (ROOT / "autograder").glob("*/tests/*.py"):
        source = test_file.read_text(encoding="utf-8")
        lines = source.splitlines()
        for start, end in questions.hidden_case_spans(source):
            body = "\n".join(lines[start - 1:end])
            assert body not in release_text, f"hidden case of {test_file.name} leaked"
            func_line = next(l for l in lines[start - 1:end] if l.lstrip().startswith("def "))
            assert func_line.strip() not in release_text, f"{func_line.strip()} leaked"
            checked += 1
    assert checked >= 24


def test_release_tests_state_their_hidden_counts():
    for public in (ROOT / "release").glob("*/tests/*.py"):
        q = questions.load(public)
        full = questions.load(ROOT / "autograder" / public.parent.parent.name / "tests" / public.name)
        assert not q.has_hidden
        assert q.hidden_cases == sum(c.hidden for c in full.cases)
        assert q.hidden_cases > 0 or "expect_choice(" in public.read_text(encoding="utf-8")
        assert q.max_points == full.max_points


@pytest.fixture(scope="module")
def graded_sources(tmp_path_factory):
    ledgers = tmp_path_factory.mktemp("ledgers")
    return {step: course_grade(step, paths, COURSE, ledgers) for step, paths in SOURCE_NBS.items()}


def test_course_grade_gives_source_notebooks_full_marks(graded_sources):
    for step, rows in graded_sources.items():
        for row in rows:
            assert row.error is None, row.error
            bad = [(q.id, q.status, q.message) for q in row.questions if q.points != q.max_points]
            assert not bad and row.total == row.max > 0, (row.path, bad)


def test_course_grade_gives_release_notebooks_zero_not_attempted(tmp_path):
    for step, paths in RELEASE_NBS.items():
        for row in course_grade(step, paths, COURSE, tmp_path):
            assert row.error is None, row.error
            assert row.total == 0 and row.max > 0
            assert {q.status for q in row.questions} == {"not attempted"}, row.questions


def test_course_grade_cli_writes_documented_json(tmp_path):
    out = tmp_path / "out.json"
    nb = SOURCE_NBS["01_linear_algebra"][0]
    proc = subprocess.run([sys.executable, "-m", "course", "grade", "01_linear_algebra", str(nb),
                           "--json", str(out), "--no-gradebook", "--ledger", str(tmp_path / "l.jsonl")],
                          cwd=ROOT, capture_output=True, text=True, env={**_env(), "CI": "1"})
    assert proc.returncode == 0, proc.stderr
    data = json.loads(out.read_text())
    assert data["step"] == "01_linear_algebra"
    (sub,) = data["submissions"]
    assert set(sub) == {"path", "student", "step", "notebook", "questions", "total", "max", "error",
                        "seconds", "notes", "origin", "digest", "sandbox", "autograder",
                        "submitted_at", "submitted_at_source"}
    assert set(sub["questions"][0]) == {"id", "points", "max_points", "status", "message"}
    assert sub["total"] == sub["max"]


# --- nbgrader and otter agree -----------------------------------------------------------------

def _course_copy(tmp_path: Path) -> Path:
    root = tmp_path / "course"
    root.mkdir(parents=True)
    for name in ("source", "release", "autograder"):
        shutil.copytree(ROOT / name, root / name)
    for name in ("course_config.py", "nbgrader_config.py"):
        shutil.copy(ROOT / name, root / name)
    return root


def _nbgrader_scores(root: Path, step: str) -> dict[str, dict[str, float]]:
    """{student: {question id: score}} from nbgrader's gradebook."""
    from nbgrader.api import Gradebook

    with Gradebook(f"sqlite:///{root / 'gradebook.db'}", "mml-numpy") as gb:
        scores = {}
        for sub in gb.assignment_submissions(step):
            scores[sub.student.id] = {
                g.name: g.score for nb in sub.notebooks for g in nb.grades if g.cell.name
            }
        return scores


def _run_two_at_a_time(commands: list[tuple[list[str], Path]]) -> list[subprocess.CompletedProcess]:
    """nbgrader and otter are serial; the machine has two cores."""
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(2) as pool:
        return list(pool.map(lambda c: subprocess.run(c[0], cwd=c[1], env=_env(), capture_output=True,
                                                      text=True), commands))


def test_nbgrader_autograde_agrees_on_every_step(tmp_path, graded_sources):
    roots = {}
    for step in SOURCE_NBS:
        root = roots[step] = _course_copy(tmp_path / step)
        for student, folder in (("solved", "source"), ("blank", "release")):
            dst = root / "submitted" / student / step
            dst.mkdir(parents=True)
            for nb in SOURCE_NBS[step]:
                shutil.copy(ROOT / folder / step / nb.name, dst / nb.name)
    nbgrader = str(BIN / "nbgrader")
    for proc in _run_two_at_a_time([([nbgrader, "generate_assignment", s, "--force"], r)
                                    for s, r in roots.items()]):
        assert proc.returncode == 0, proc.stderr[-3000:]
    runs = _run_two_at_a_time([([nbgrader, "autograde", s, "--create", "--force"], r)
                               for s, r in roots.items()])
    for (step, root), proc in zip(roots.items(), runs):
        assert proc.returncode == 0, proc.stderr[-3000:]
        scores = _nbgrader_scores(root, step)
        ours = {q.id: q.points for row in graded_sources[step] for q in row.questions}
        assert {k: v for k, v in scores["solved"].items() if k in ours} == ours, step
        assert set(scores["blank"][k] for k in ours) == {0.0}, step


def test_otter_run_agrees_on_every_notebook(tmp_path, graded_sources):
    notebooks = [p for ps in SOURCE_NBS.values() for p in ps]
    commands = []
    for nb in notebooks:
        out = tmp_path / nb.parent.name / nb.stem
        out.mkdir(parents=True)
        zip_path = ROOT / "autograder" / nb.parent.name / f"{nb.stem}-autograder.zip"
        commands.append(([str(BIN / "otter"), "run", "-a", str(zip_path), "-o", str(out), str(nb)], out))
    for nb, (_, out), proc in zip(notebooks, commands, _run_two_at_a_time(commands)):
        assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
        results = json.loads((out / "results.json").read_text())
        otter_scores = {r["name"]: r["score"] for r in results["tests"] if "score" in r}
        (row,) = [r for r in graded_sources[nb.parent.name] if r.notebook == nb.stem]
        assert otter_scores == {q.id: q.points for q in row.questions}, nb.name


def _partly_wrong(tmp_path: Path) -> Path:
    """Notebook 1 answered with two known mistakes (from the mutant bank): partial credit."""
    nb = nbformat.read(SOURCE_NBS["01_linear_algebra"][0], as_version=4)
    wrong = {
        # values right, lengths never compared: zip stops at the shorter vector
        "dot_product_solution": "def dot(u, v):\n    return float(sum(a * b for a, b in zip(u, v)))\n",
        "vector_norms_solution": (
            "def norm(x, p=2):\n    x = np.asarray(x, dtype=float)\n"
            "    if p == 1:\n        return np.abs(x).sum()\n"
            "    if p == 2:\n        return (x * x).sum()\n"
            "    if p == np.inf:\n        return np.abs(x).max()\n"
            "    raise ValueError(p)\n"),
    }
    for cell in nb.cells:
        gid = nbgrader_meta(cell).get("grade_id")
        if gid in wrong:
            cell.source = wrong[gid]
    path = tmp_path / SOURCE_NBS["01_linear_algebra"][0].name
    nbformat.write(nb, path)
    return path


def _corpus(tmp_path: Path) -> dict[str, Path]:
    """One notebook, five learners: solved, partly wrong, not attempted, broken (a cell raises and
    one answer is wrong), and one who used the library call the task forbids."""
    first = SOURCE_NBS["01_linear_algebra"][0]
    corpus = {"solved": first, "partial": _partly_wrong(tmp_path),
              "blank": RELEASE_NBS["01_linear_algebra"][0]}
    nb = nbformat.read(_partly_wrong(tmp_path), as_version=4)
    nb.cells.insert(3, nbformat.v4.new_code_cell("raise RuntimeError('a cell the learner broke')"))
    broken = tmp_path / "broken" / first.name
    broken.parent.mkdir()
    nbformat.write(nb, broken)
    corpus["broken"] = broken
    # the library one-liner the task forbids: every grader gives the question 0 (course/runtime/bans.py)
    nb = nbformat.read(first, as_version=4)
    for cell in nb.cells:
        if nbgrader_meta(cell).get("grade_id") == "vector_norms_solution":
            cell.source = "import numpy as np\ndef norm(x, p=2):\n    return np.linalg.norm(x, p)\n"
    banned = tmp_path / "banned" / first.name
    banned.parent.mkdir()
    nbformat.write(nb, banned)
    corpus["banned"] = banned
    return corpus


def test_course_nbgrader_and_otter_agree_on_a_mixed_corpus(tmp_path):
    step = "01_linear_algebra"
    corpus = _corpus(tmp_path)
    rows = dict(zip(corpus, course_grade(step, list(corpus.values()), COURSE, tmp_path / "ledger")))
    ours = {who: {q.id: q.points for q in row.questions} for who, row in rows.items()}
    assert rows["solved"].total == rows["solved"].max
    assert 0 < ours["partial"]["dot_product"] < 3 and 0 < ours["partial"]["vector_norms"] < 3
    assert rows["partial"].total < rows["partial"].max - 4  # angle_between reuses the wrong norm
    assert rows["blank"].total == 0 and ours["broken"] == ours["partial"]
    assert ours["banned"]["vector_norms"] == 0 and ours["banned"]["dot_product"] == 3

    root = _course_copy(tmp_path)
    env = _env()
    subprocess.run([str(BIN / "nbgrader"), "generate_assignment", step, "--force"], cwd=root,
                   env=env, check=True, capture_output=True)
    for who, path in corpus.items():
        dst = root / "submitted" / who / step
        dst.mkdir(parents=True)
        shutil.copy(path, dst / path.name)
    proc = subprocess.run([str(BIN / "nbgrader"), "autograde", step, "--create", "--force"],
                          cwd=root, env=env, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr[-3000:]
    nbgrader = _nbgrader_scores(root, step)
    for who in corpus:
        assert {k: v for k, v in nbgrader[who].items() if k in ours[who]} == ours[who], who

    zip_path = ROOT / "autograder" / step / f"{corpus['solved'].stem}-autograder.zip"
    outs = {who: tmp_path / "otter" / who for who in corpus}
    for out in outs.values():
        out.mkdir(parents=True)
    runs = _run_two_at_a_time([([str(BIN / "otter"), "run", "-a", str(zip_path), "-o", str(outs[who]),
                                 str(path)], outs[who]) for who, path in corpus.items()])
    for (who, out), proc in zip(outs.items(), runs):
        assert proc.returncode == 0, proc.stderr[-2000:]
        results = json.loads((out / "results.json").read_text())
        assert {r["name"]: r["score"] for r in results["tests"] if "score" in r} == ours[who], who


def test_build_check_names_every_stale_file(tmp_path):
    root = _course_copy(tmp_path)
    shutil.copytree(ROOT / "course", root / "course", ignore=shutil.ignore_patterns("__pycache__"))
    test_file = root / "source" / "01_linear_algebra" / "tests" / "dot_product.py"
    test_file.write_text(test_file.read_text().replace("into a single number", "into one number"))
    (root / "release" / "01_linear_algebra" / "stray.txt").write_text("not built from source")
    (root / "autograder" / "01_linear_algebra" / "solutions" / "inverse_2x2.py").unlink()
    outcome = build(root, check=True)
    zip_name = f"autograder/01_linear_algebra/{COURSE.step('01_linear_algebra').notebooks[0]}-autograder.zip"
    assert set(outcome.stale) == {"release/01_linear_algebra/tests/dot_product.py",
                                  "release/runtime/course/runtime/public_tests/01_linear_algebra/dot_product.py",
                                  "autograder/01_linear_algebra/tests/dot_product.py", zip_name}
    assert outcome.missing == ["autograder/01_linear_algebra/solutions/inverse_2x2.py"]
    assert outcome.extra == ["release/01_linear_algebra/stray.txt"]
    assert not (root / "gradebook.db").exists()   # --check touches nothing in the course
    build(root)
    assert build(root, check=True).in_sync
    assert not (root / "release" / "01_linear_algebra" / "stray.txt").exists()
