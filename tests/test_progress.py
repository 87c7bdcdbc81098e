"""Issue 13 item 2: the learner's progress store (course/runtime/progress.py), `course progress`/`next`."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path
from types import SimpleNamespace

import pytest

from course import check
from course.runtime import config
from course.instructor import cli
from course import progress as progress_fn
from course.runtime.progress import (PASSED, STORE, load, progress as progress_mod_fn, record, summary)

from .helpers import ROOT, working_directory

COURSE = config.load(ROOT)
STEP = "01_linear_algebra"


def _good_dot(u, v):
    if len(u) != len(v):
        raise ValueError("lengths differ")
    return float(sum(a * b for a, b in zip(u, v)))


@pytest.fixture
def course(tmp_path, monkeypatch):
    """A learner's course: this course's config, release/ and autograder/, and a workspace/ of
    its own; the test runs in workspace/01_linear_algebra/ as a kernel there does."""
    root = tmp_path / "course"
    root.mkdir()
    for name in ("course_config.py", "release", "autograder", "source"):
        (root / name).symlink_to(ROOT / name)
    work = root / "workspace" / STEP
    work.mkdir(parents=True)
    monkeypatch.setenv("COURSE_ROOT", str(root))
    for var in ("NBGRADER_EXECUTION", "COURSE_GRADING", "JPY_SESSION_NAME"):
        monkeypatch.delenv(var, raising=False)
    with working_directory(work):
        yield root


def _result(status="passed", points=3.0, max_points=3.0):
    return SimpleNamespace(status=status, points=points, max_points=max_points)


def _check(qid="dot_product", **names):
    ns = {"check": check, **names}
    exec(f"__r = check({qid!r})", ns)
    return ns["__r"]


def _writer_script(root: Path, n: int, tag: str) -> str:
    return textwrap.dedent(f"""
        import os, sys
        from types import SimpleNamespace
        os.chdir({str(root / "workspace" / STEP)!r})
        from course.runtime.progress import record
        for i in range({n}):
            ok = record("dot_product", SimpleNamespace(status="wrong", points=float(i % 3),
                        max_points=3.0), {{"__session__": "{tag}.ipynb"}})
            assert ok, i
    """)


def test_check_records_and_survives_a_new_process(course):
    fb = _check(dot=_good_dot)
    assert fb.result.status == PASSED
    store = course / "workspace" / STORE
    records, notes = load(course / "workspace")
    assert notes == [] and len(records) == 1
    r = records[0]
    assert (r["question"], r["step"], r["status"]) == ("dot_product", STEP, PASSED)
    assert r["notebook"] == "01_vectors_matrices"   # from the step's manifest (no session name)
    assert r["points"] == r["max_points"] == fb.result.max_points
    # a "restarted kernel": another process reads what this one wrote, and adds to it
    env = {**os.environ, "COURSE_ROOT": str(course)}
    out = subprocess.run([sys.executable, "-c", _writer_script(course, 1, "01_vectors_matrices")
                          + "\nfrom course.runtime.progress import load\nimport pathlib\n"
                          f"print(len(load(pathlib.Path({str(course / 'workspace')!r}))[0]))"],
                         env=env, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "2"
    assert len(store.read_text().splitlines()) == 2


def test_two_concurrent_writers_lose_nothing(course):
    n = 300
    env = {**os.environ, "COURSE_ROOT": str(course)}
    procs = [subprocess.Popen([sys.executable, "-c", _writer_script(course, n, tag)], env=env)
             for tag in ("a", "b")]
    # a reader in the middle (it rewrites the file only when something is corrupt; must not block)
    time.sleep(0.3)
    load(course / "workspace")
    assert [p.wait(timeout=60) for p in procs] == [0, 0]
    records, notes = load(course / "workspace")
    assert notes == []
    assert sorted(r["notebook"] for r in records) == ["a"] * n + ["b"] * n


def test_a_corrupt_store_is_moved_aside_and_check_still_works(course, capsys):
    work = course / "workspace"
    good = {"v": 1, "time": "2026-01-01T00:00:00Z", "question": "vector_norm", "step": STEP,
            "notebook": "01_vectors_matrices", "status": "passed", "points": 3.0, "max_points": 3.0}
    # a good record, garbage bytes, a line of the wrong shape and a torn last line (no newline)
    (work / STORE).write_bytes(json.dumps(good).encode() + b"\n\x00\xff\xfegarbage\n"
                               + b'{"question": 5}\n' + b'{"v":1,"time":"2026')
    fb = _check(dot=_good_dot)   # appends after the torn line, on a line of its own
    assert fb.result.status == PASSED
    records, notes = load(work)
    assert [r["question"] for r in records] == ["vector_norm", "dot_product"]
    assert len(notes) == 1 and "3 unreadable line(s)" in notes[0] and "2 good record(s)" in notes[0]
    aside = list(work.glob(f"{STORE}.corrupt-*"))
    assert len(aside) == 1 and b"garbage" in aside[0].read_bytes()
    assert load(work) == (records, [])   # the store itself is clean again
    # a store that cannot be written (a folder in its place): check() works, one note on stderr
    (work / STORE).unlink()
    (work / STORE).mkdir()
    for _ in range(2):
        assert _check(dot=_good_dot).result.status == PASSED
    err = capsys.readouterr().err
    assert err.count("your progress was not saved") == 1, err


def test_recording_is_fast(course):
    record("dot_product", _result(), {})   # warm: the manifest and workspace are cached
    t0 = time.perf_counter()
    for _ in range(50):
        assert record("dot_product", _result(), {})
    per = (time.perf_counter() - t0) / 50
    assert per < 0.005, f"{per * 1000:.2f} ms per record"


@pytest.mark.parametrize("env", [{"NBGRADER_EXECUTION": "autograde"}, {"COURSE_GRADING": "1"}])
def test_nothing_is_recorded_under_grading(course, monkeypatch, env):
    for k, v in env.items():
        monkeypatch.setenv(k, v)
    assert _check(dot=_good_dot).result.status == PASSED
    assert not (course / "workspace" / STORE).exists()


def test_nothing_is_recorded_outside_the_workspace(course, tmp_path):
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    with working_directory(outside):
        assert not record("dot_product", _result(), {})
    with working_directory(course):   # the course root itself is not the workspace either
        assert not record("dot_product", _result(), {})
    assert not (course / "workspace" / STORE).exists()


def test_course_check_runs_do_not_record(course):
    """`course check` runs the notebook as a grader does: in a scratch folder, COURSE_GRADING set."""
    nb = course / "workspace" / STEP / "01_vectors_matrices.ipynb"
    nb.write_bytes((ROOT / "release" / STEP / "01_vectors_matrices.ipynb").read_bytes())
    env = {**os.environ, "COURSE_ROOT": str(course)}
    out = subprocess.run([sys.executable, "-m", "course.instructor.cli", "check", str(nb)], env=env,
                         cwd=nb.parent, capture_output=True, text=True, timeout=300)
    assert "dot_product" in out.stdout, (out.stdout, out.stderr)   # it did run the checks
    assert not (course / "workspace" / STORE).exists()


def test_summary_order_statuses_and_next(course):
    cfg = config.load(course)
    s = summary(cfg)
    first_step = cfg.steps[0]
    assert [nb.step for nb in s.notebooks][0] == first_step.id
    assert [(nb.step, nb.notebook) for nb in s.notebooks] == \
        [(st.id, name) for st in cfg.steps for name in st.notebooks]
    order = [q.id for q in s.questions]
    assert s.next.id == order[0]
    # pass every question of step 0 and the first of 01_vectors_matrices; attempt the second
    for q in s.questions:
        if q.step == first_step.id:
            record(q.id, _result(max_points=q.max_points, points=q.max_points), {})
    vm = [nb for nb in s.notebooks if nb.notebook == "01_vectors_matrices"][0].questions
    record(vm[0].id, _result(points=vm[0].max_points, max_points=vm[0].max_points), {})
    record(vm[1].id, _result("wrong", 1.0), {})
    record(vm[2].id, _result("not attempted", 0.0), {})   # a stub: does not count as attempted
    record(vm[0].id, _result("wrong", 0.0), {})            # passed once stays passed, best points kept
    s = summary(cfg)
    nb = [n for n in s.notebooks if n.notebook == "01_vectors_matrices"][0]
    assert [q.status for q in nb.questions[:3]] == ["passed", "attempted", "not started"]
    assert nb.questions[0].points == nb.questions[0].max_points and nb.questions[1].points == 1.0
    assert s.next.id == vm[1].id
    assert f"Next: {vm[1].id} in workspace/{STEP}/01_vectors_matrices.ipynb (attempted" \
        in repr(progress_fn())
    text = repr(progress_fn())
    assert f"Checked in {STEP}:" in text and f"{vm[0].id}: passed (" in text
    assert f"{vm[1].id}: attempted (1/" in text
    assert "<table>" in progress_fn()._repr_html_()


def test_cli_progress_next_export_reset(course, capsys, monkeypatch):
    s = summary(config.load(course))
    q0 = s.questions[0]
    record(q0.id, _result(points=q0.max_points, max_points=q0.max_points), {})
    monkeypatch.setenv("COLUMNS", "120")
    assert cli.main(["progress"]) == 0
    out = capsys.readouterr().out
    assert "Your progress: 1 of" in out and f"Next: {s.questions[1].id} in workspace/" in out
    assert cli.main(["next"]) == 0
    assert capsys.readouterr().out.strip() == \
        f"Next: {s.questions[1].id} in workspace/{s.notebooks[0].step}/{s.notebooks[0].notebook}.ipynb"
    out_json, out_csv = course / "mine.json", course / "mine.csv"
    assert cli.main(["progress", "--export", str(out_json)]) == 0
    assert [r["question"] for r in json.loads(out_json.read_text())["records"]] == [q0.id]
    assert cli.main(["progress", "--export", str(out_csv)]) == 0
    lines = out_csv.read_text().splitlines()
    assert lines[0].startswith("time,question,step") and q0.id in lines[1] and len(lines) == 2
    monkeypatch.setattr(sys, "stdin", SimpleNamespace(isatty=lambda: False))
    assert cli.main(["progress", "--reset"]) == 2   # not asked, not reset
    assert load(course / "workspace")[0]
    capsys.readouterr()
    assert cli.main(["progress", "--reset", "--yes"]) == 0
    assert "old records are kept" in capsys.readouterr().out
    assert load(course / "workspace") == ([], [])
    assert list((course / "workspace").glob(f"{STORE}.reset-*"))
    assert progress_mod_fn is progress_fn
