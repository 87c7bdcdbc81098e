"""The instructor's path through nbgrader's exchange, end to end, on a copy of the course:

build one step -> `nbgrader release_assignment` into an exchange in a temp dir -> two students (two
home folders, their own nbgrader config) fetch, run check() in a clean process whose cwd is their
own folder (public tests only), submit - one after the due date -> `nbgrader collect` ->
`course grade` (autograded/ notebooks, timestamps, late penalty) -> a formgrader-style manual
override and comment in the gradebook -> `nbgrader generate_feedback` + `release_feedback` +
`fetch_feedback` and `course feedback` both show the override and the penalty -> roster import,
CSV / Canvas / Moodle exports with names.

One module fixture runs the flow once (timed: FLOW_SECONDS); the tests read what it left."""
from __future__ import annotations

import csv
import datetime as dt
import json
import os
import re
import shutil
import subprocess
import sys
import textwrap
import time
import zipfile
from pathlib import Path

import nbformat
import pytest

from course.runtime import config
from course.instructor.lateness import Policy, parse_time, submission_time

from .helpers import ROOT, nbgrader_meta

STEP = "01_linear_algebra"
FIRST = "01_vectors_matrices"
BIN = Path(sys.executable).parent
TIMINGS: dict[str, float] = {}

STUDENT_CHECK = textwrap.dedent('''
    import linecache, sys
    import matplotlib
    matplotlib.use("Agg")
    import nbformat
    nb = nbformat.read(sys.argv[1], as_version=4)
    ns = {"__name__": "__main__"}
    for i, cell in enumerate(nb.cells):
        if cell.cell_type != "code":
            continue
        if cell.source.strip().startswith("check("):
            if sys.argv[2] in cell.source:
                print(repr(eval(cell.source, ns)))
                break
            continue
        name = f"<cell {i}>"
        linecache.cache[name] = (len(cell.source), None, cell.source.splitlines(True), name)
        exec(compile(cell.source, name, "exec"), ns)
''')


def _run(cmd, cwd, env, what):
    start = time.monotonic()
    proc = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=600)
    TIMINGS[what] = TIMINGS.get(what, 0.0) + time.monotonic() - start
    assert proc.returncode == 0, f"{what}: {' '.join(map(str, cmd))}\n{proc.stdout[-2000:]}\n{proc.stderr[-4000:]}"
    return proc


def _answer(fetched: Path) -> None:
    """A student's work: every solution cell of the first notebook gets the reference code."""
    source = nbformat.read(ROOT / "source" / STEP / f"{FIRST}.ipynb", as_version=4)
    answers = {nbgrader_meta(c)["grade_id"]: c.source for c in source.cells
               if nbgrader_meta(c).get("solution")}
    nb = nbformat.read(fetched, as_version=4)
    for cell in nb.cells:
        gid = nbgrader_meta(cell).get("grade_id")
        if nbgrader_meta(cell).get("solution") and gid in answers:
            cell.source = answers[gid]
    nbformat.write(nb, fetched)


@pytest.fixture(scope="module")
def flow(tmp_path_factory):
    began = time.monotonic()
    tmp = tmp_path_factory.mktemp("exchange_flow")
    root, exchange = tmp / "course", tmp / "exchange"
    skip = shutil.ignore_patterns(".git", ".venv", "workspace", "grades", "gradebook.db", "__pycache__",
                                  "feedback", "feedback_pages", "submitted", "autograded", "*.egg-info")
    shutil.copytree(ROOT, root, ignore=lambda d, names: skip(d, names) | (
        {"tests", "benchmarks"} if Path(d) == ROOT else set()))
    exchange.mkdir()
    with (root / "course_config.py").open("a") as f:
        f.write(f'\nc.Exchange.root = "{exchange}"\n'
                'c.Lateness.penalty_method = "percent_per_day"\nc.Lateness.percent_per_day = 10.0\n')
    base_env = {k: v for k, v in os.environ.items() if k not in ("COURSE_ROOT", "NBGRADER_EXECUTION")}
    base_env.update(PATH=f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}", CI="1")
    instructor = {**base_env, "COURSE_ROOT": str(root)}
    course = [sys.executable, "-m", "course"]
    nbgrader = [str(BIN / "nbgrader")]

    _run(course + ["build", STEP], root, instructor, "build")
    _run(nbgrader + ["release_assignment", STEP], root, instructor, "release")

    homes, checks = {}, {}
    for student in ("ann", "bob"):
        home = tmp / "home" / student
        home.mkdir(parents=True)
        (home / "nbgrader_config.py").write_text(
            f'c = get_config()\nc.Exchange.root = "{exchange}"\n'
            'c.CourseDirectory.course_id = "mml-numpy"\n'
            # nbgrader names the submission after the OS account unless told; both run as one user here
            f'c.CourseDirectory.student_id = "{student}"\n')
        env = {**base_env, "HOME": str(home), "USER": student}
        _run(nbgrader + ["fetch_assignment", STEP], home, env, "fetch")
        folder = home / STEP
        _answer(folder / f"{FIRST}.ipynb")
        checks[student] = _run([sys.executable, "-c", STUDENT_CHECK, f"{FIRST}.ipynb", "dot_product"],
                               folder, env, "student check()").stdout
        homes[student] = (home, env)

    _run(nbgrader + ["submit", STEP], homes["ann"][0], homes["ann"][1], "submit")
    time.sleep(1.1)
    due = dt.datetime.now(dt.timezone.utc)   # ann is on time, bob is late
    time.sleep(1.1)
    _run(nbgrader + ["submit", STEP], homes["bob"][0], homes["bob"][1], "submit")
    with (root / "course_config.py").open("a") as f:
        f.write(f'c.Lateness.due_dates = {{"{STEP}": "{due.isoformat()}"}}\n')

    _run(nbgrader + ["collect", STEP], root, instructor, "collect")
    roster = tmp / "roster.csv"
    roster.write_text("id,first_name,last_name,email,lms_user_id\n"
                      "ann,Ann,Lee,ann@example.org,1001\nbob,Bob,Ray,bob@example.org,1002\n")
    _run(course + ["students", "import", str(roster)], root, instructor, "students import")
    graded = _run(course + ["grade", STEP, "submitted/", "--jobs", "2"], root, instructor, "course grade")

    # formgrader's manual grading, as it writes the gradebook: a score override and a comment
    from nbgrader.api import Gradebook
    db_url = f"sqlite:///{root / 'gradebook.db'}"
    with Gradebook(db_url, course_id="mml-numpy") as gb:
        assert {s.student.id for s in gb.assignment_submissions(STEP)} == {"ann", "bob"}, (
            f"course grade did not record both students:\n{graded.stdout}\n{graded.stderr}")
        grade = gb.find_grade("dot_product", FIRST, STEP, "bob")
        grade.manual_score = 1.5
        comment = gb.find_comment("dot_product_solution", FIRST, STEP, "bob")
        comment.manual_comment = "Loop-free next time, please."
        gb.db.commit()
    # re-grading keeps the override and recomputes the late penalty from the overridden score
    regraded = _run(course + ["grade", STEP, "submitted/", "--force"], root, instructor, "course grade")

    _run(nbgrader + ["generate_feedback", STEP], root, instructor, "generate_feedback")
    _run(nbgrader + ["release_feedback", STEP], root, instructor, "release_feedback")
    for student, (home, env) in homes.items():
        _run(nbgrader + ["fetch_feedback", STEP], home, env, "fetch_feedback")
    _run(course + ["feedback", STEP], root, instructor, "course feedback")
    for fmt in ("csv", "canvas", "moodle"):
        _run(course + ["export", "--csv", str(tmp / f"{fmt}.csv"), "--format", fmt], root,
             instructor, "export")
    TIMINGS["whole flow"] = time.monotonic() - began
    (tmp / "timings.json").write_text(json.dumps(TIMINGS, indent=1))
    print("\nexchange flow timings (s):", json.dumps({k: round(v, 1) for k, v in TIMINGS.items()}))
    return {"tmp": tmp, "root": root, "homes": homes, "checks": checks, "db_url": db_url,
            "graded": graded.stderr, "regraded": regraded.stderr}


def _late_penalty(db_url: str, student: str) -> float:
    from nbgrader.api import Gradebook
    with Gradebook(db_url, course_id="mml-numpy") as gb:
        return float(gb.find_submission_notebook(FIRST, STEP, student).late_submission_penalty or 0)


@pytest.mark.slow
def test_students_check_sees_public_tests_only(flow):
    for student, out in flow["checks"].items():
        assert "dot_product: 3/3 points" in out or "dot_product:" in out, out
        assert "hidden:" not in out, f"{student}'s check() ran hidden cases:\n{out}"
        assert "hidden test" in out and "run at grading" in out, out


@pytest.mark.slow
def test_grade_writes_autograded_notebooks_with_verdicts_and_timestamps(flow):
    root = flow["root"]
    for student in ("ann", "bob"):
        folder = root / "autograded" / student / STEP
        nb = nbformat.read(folder / f"{FIRST}.ipynb", as_version=4)
        cell = next(c for c in nb.cells if nbgrader_meta(c).get("grade_id") == "dot_product")
        assert cell.outputs and "text/html" in cell.outputs[0]["data"]
        assert cell.outputs[0]["data"]["text/plain"] == "3"
        assert "<em>hidden</em>" in cell.outputs[0]["data"]["text/html"]   # verdicts, graded with all
        assert (folder / "timestamp.txt").read_text() == \
            (root / "submitted" / student / STEP / "timestamp.txt").read_text()
        assert (folder / "submission_secret.txt").is_file()


@pytest.mark.slow
def test_late_submission_is_penalised_by_the_policy(flow):
    assert _late_penalty(flow["db_url"], "ann") == 0
    # bob: 21 points, 1.5 of 3 after the override = 19.5; 10% per started day late
    assert _late_penalty(flow["db_url"], "bob") == pytest.approx(1.95)


@pytest.mark.slow
def test_nbgrader_feedback_shows_the_override_and_the_penalty(flow):
    root, home = flow["root"], flow["homes"]["bob"][0]
    page = (root / "feedback" / "bob" / STEP / f"{FIRST}.html").read_text()
    assert "Score: 17.55 / 21.0" in page, re.findall(r"Score: [^<]*", page)[:3]
    assert "Loop-free next time, please." in page
    assert "Score: 1.5 / 3.0" in page
    fetched = list((home / STEP / "feedback").rglob(f"{FIRST}.html"))
    assert fetched and "Loop-free next time, please." in fetched[0].read_text()


@pytest.mark.slow
def test_course_feedback_shows_the_override_comment_and_penalty(flow):
    root = flow["root"]
    page = (root / "feedback_pages" / "bob" / STEP / "index.html").read_text()
    assert "1.5/3 points (set by your instructor; the autograder gave 3)" in page
    assert "Loop-free next time, please." in page
    assert "Late submission penalty: −1.95 points" in page
    assert "hours late" in page
    ann = (root / "feedback_pages" / "ann" / STEP / "index.html").read_text()
    assert "penalty" not in ann.lower().replace("no penalty", "") and "hours late" not in ann


@pytest.mark.slow
def test_exports_carry_names_and_the_final_scores(flow):
    tmp = flow["tmp"]
    with (tmp / "csv.csv").open() as f:
        rows = {r["student"]: r for r in csv.DictReader(f)}
    assert rows["bob"]["email"] == "bob@example.org" and rows["bob"]["lms_user_id"] == "1002"
    assert rows["bob"]["total"] == "17.55" and rows["bob"]["late_penalty"] == "1.95"
    assert rows["ann"]["total"] == "21" and rows["ann"]["seconds_late"] == "0"
    canvas = list(csv.reader((tmp / "canvas.csv").open()))
    assert canvas[0][:5] == ["Student", "ID", "SIS User ID", "SIS Login ID", "Section"]
    assert canvas[1][0] == "Points Possible" and canvas[1][5] == "78"
    assert ["Ray, Bob", "1002", "", "bob", "", "17.55"] in canvas
    moodle = list(csv.reader((tmp / "moodle.csv").open()))
    assert ["1001", "ann@example.org", "Ann", "Lee", "ann", "21"] in moodle


@pytest.mark.slow
def test_a_regrade_after_a_points_change_says_so(flow, tmp_path):
    root = flow["root"]
    assert "graded again" not in flow["graded"]
    env = {**os.environ, "COURSE_ROOT": str(root), "CI": "1"}
    manifest = root / "autograder" / STEP / "questions.json"
    manifest.write_text(manifest.read_text() + "\n")   # the autograder changed
    # the ledger (same submissions, new autograder digest) must regrade them and say why
    proc = subprocess.run([sys.executable, "-m", "course", "grade", STEP, "submitted/"], cwd=root,
                          env=env, capture_output=True, text=True)
    assert "8 unchanged notebook(s) graded again: the tests, points or grading code changed" \
        in proc.stderr, proc.stderr[-2000:]


# --- fast unit tests --------------------------------------------------------------------------

def test_policy_follows_nbgrader_semantics():
    due = parse_time("2026-12-01 12:00:00 UTC")
    zero = Policy({STEP: due}, "zero")
    per_day = Policy({STEP: due}, "percent_per_day", 10.0)
    late = (due + dt.timedelta(hours=25)).isoformat()
    assert zero.seconds_late(STEP, due.isoformat()) == 0
    assert zero.penalty(20, zero.seconds_late(STEP, late)) == 20
    assert per_day.penalty(20, per_day.seconds_late(STEP, late)) == pytest.approx(4.0)   # 2 days
    assert per_day.penalty(20, 0) == 0 and Policy({}, "zero").seconds_late(STEP, late) == 0
    assert Policy({STEP: due}, "percent_per_day", 60.0).penalty(20, 3 * 86400) == 20   # never < 0


def test_bad_lateness_settings_are_named(tmp_path):
    root = tmp_path / "c"
    root.mkdir()
    for name in ("course_config.py", "nbgrader_config.py"):
        shutil.copy(ROOT / name, root / name)
    from course.instructor.lateness import load_policy
    for line, needle in (('c.Lateness.penalty_method = "half"', "penalty_method"),
                         ('c.Lateness.due_dates = {"nope": "2026-01-01"}', "unknown step"),
                         (f'c.Lateness.due_dates = {{"{STEP}": "not a date"}}', "cannot read"),
                         ('c.Lateness.percent = 5', "not a setting")):
        (root / "course_config.py").write_text((ROOT / "course_config.py").read_text() + "\n" + line)
        config._load.cache_clear()
        with pytest.raises(config.ConfigError, match=needle):
            load_policy(config.load(root))
    config._load.cache_clear()


def test_submission_time_sources(tmp_path):
    folder = tmp_path / "submitted" / "ann" / STEP
    folder.mkdir(parents=True)
    nb = folder / f"{FIRST}.ipynb"
    nb.write_text("{}")
    (folder / "timestamp.txt").write_text("2026-12-01 10:00:00.000000 UTC")
    assert submission_time(nb, str(nb)) == ("2026-12-01T10:00:00+00:00", "timestamp.txt")
    archive = tmp_path / "bob.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr(zipfile.ZipInfo(f"{FIRST}.ipynb", date_time=(2026, 11, 30, 8, 0, 0)), "{}")
    assert submission_time(tmp_path / "x.ipynb", f"{archive}:{FIRST}.ipynb") == \
        ("2026-11-30T08:00:00+00:00", "zip entry")
    loose = tmp_path / "cy.ipynb"
    loose.write_text("{}")
    os.utime(loose, (1_700_000_000, 1_700_000_000))
    assert submission_time(loose, str(loose))[1] == "file time"


def test_roster_errors_are_clear(tmp_path):
    from course.instructor.roster import read_roster
    bad = tmp_path / "r.csv"
    bad.write_text("name,email\nann,a@x\n")
    with pytest.raises(config.ConfigError, match="needs an id column"):
        read_roster(bad)
    bad.write_text("id,emial\nann,a@x\n")
    with pytest.raises(config.ConfigError, match="unknown column"):
        read_roster(bad)
    bad.write_text("id,email\nann,a@x\nann,b@x\n")
    with pytest.raises(config.ConfigError, match="listed twice"):
        read_roster(bad)
    bad.write_text("student_id,first_name,lms_user_id\nann,Ann,7\n")
    assert read_roster(bad) == [{"id": "ann", "first_name": "Ann", "lms_user_id": "7"}]
