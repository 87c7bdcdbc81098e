"""`course grade` under faults: killed with SIGKILL mid-batch, then run again, it loses no row and
duplicates none; two runs appending to one ledger at once leave every line whole."""
from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

from course.instructor.ledger import append, read_ledger

from .helpers import ROOT

STEP = "01_linear_algebra"
SOURCE = ROOT / "source" / STEP / "01_vectors_matrices.ipynb"


def _batch(folder: Path, n: int, prefix: str = "s") -> None:
    for i in range(n):
        target = folder / f"{prefix}{i:02d}" / SOURCE.name
        target.parent.mkdir(parents=True)
        shutil.copy(SOURCE, target)


def _grade(folder: Path, ledger: Path, *extra: str) -> subprocess.Popen:
    env = {**os.environ, "COURSE_ROOT": str(ROOT), "CI": "1"}
    return subprocess.Popen([sys.executable, "-m", "course", "grade", STEP, str(folder), "--jobs", "2",
                             "--no-gradebook", "--ledger", str(ledger), *extra],
                            cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            text=True, start_new_session=True)


def _lines(ledger: Path) -> list[dict]:
    """Every whole entry in the ledger (a line cut short by a kill is not one)."""
    entries = []
    for line in ledger.read_text().splitlines():
        try:
            entries.append(json.loads(line))
        except json.JSONDecodeError:
            pass
    return entries


def test_a_killed_run_then_a_rerun_loses_and_duplicates_nothing(tmp_path):
    folder, ledger, report = tmp_path / "in", tmp_path / "ledger.jsonl", tmp_path / "out.json"
    _batch(folder, 10)
    first = _grade(folder, ledger)
    until = time.monotonic() + 120
    while time.monotonic() < until and first.poll() is None:
        if ledger.is_file() and len(ledger.read_text().splitlines()) >= 3:
            break
        time.sleep(0.02)
    assert first.poll() is None, "the batch finished before it could be killed"
    os.killpg(first.pid, signal.SIGKILL)   # the grader and its workers, mid-batch
    first.wait()
    done_before = len(_lines(ledger))
    assert 3 <= done_before < 10
    second = _grade(folder, ledger, "--json", str(report))
    _, err = second.communicate(timeout=300)
    assert second.returncode == 0, err[-2000:]
    assert f"{done_before} of 10 notebook(s) unchanged" in err
    entries = _lines(ledger)
    keys = Counter((e["student"], e["origin"]) for e in entries)
    assert len(keys) == 10 and set(keys.values()) == {1}, keys
    assert len(read_ledger(ledger)) == 10
    rows = json.loads(report.read_text())["submissions"]
    assert len(rows) == 10 and all(r["total"] == r["max"] == 21 for r in rows)


def test_two_concurrent_runs_on_one_ledger_leave_it_whole(tmp_path):
    ledger = tmp_path / "ledger.jsonl"
    a, b = tmp_path / "a", tmp_path / "b"
    _batch(a, 6, "a")
    _batch(b, 6, "b")
    runs = [_grade(a, ledger), _grade(b, ledger), _grade(a, ledger, "--force")]
    for run in runs:
        _, err = run.communicate(timeout=300)
        assert run.returncode == 0, err[-2000:]
    lines = ledger.read_text().splitlines()
    entries = [json.loads(line) for line in lines]   # every line whole: none interleaved
    assert len(entries) >= 12
    latest = read_ledger(ledger)
    assert len(latest) == 12 and all(e["total"] == 21 for e in latest.values())


def test_an_append_after_a_cut_line_starts_a_new_line(tmp_path):
    ledger = tmp_path / "ledger.jsonl"
    append(ledger, {"student": "ann", "origin": "x", "total": 1})
    with ledger.open("a") as f:
        f.write('{"student": "cut sh')   # a run killed in the middle of a write
    append(ledger, {"student": "ben", "origin": "y", "total": 2})
    assert set(read_ledger(ledger)) == {("ann", "x"), ("ben", "y")}
