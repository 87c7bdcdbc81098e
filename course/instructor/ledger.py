"""The grading ledger, `grades/<step>.jsonl`: one line per graded notebook, appended as soon as it
is graded, so an interrupted run loses nothing and a re-run skips the notebooks whose file and
autograder are unchanged."""
from __future__ import annotations

import fcntl
import hashlib
import json
import os
from pathlib import Path

from ..runtime import config

LEDGER_DIR = "grades"


def ledger_path(cfg: config.CourseConfig, step_id: str) -> Path:
    return cfg.root / LEDGER_DIR / f"{step_id}.jsonl"


def read_ledger(path: Path) -> dict[tuple[str, str], dict]:
    """Latest entry per (student, origin). A line cut short by an interruption is ignored."""
    latest: dict[tuple[str, str], dict] = {}
    if not path.is_file():
        return latest
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            entry = json.loads(line)
        except json.JSONDecodeError:
            continue
        latest[(entry["student"], entry["origin"])] = entry
    return latest


def append(path: Path, entry: dict) -> None:
    """Append one line, whole: under an exclusive lock (two `course grade` runs may share a
    ledger), in one write loop on an O_APPEND descriptor (a buffered text file may split a long
    line into several writes that another run interleaves), after finishing a line that a killed
    run left cut short (else this entry would be glued to it)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    data = (json.dumps(entry) + "\n").encode("utf-8")
    fd = os.open(path, os.O_RDWR | os.O_APPEND | os.O_CREAT, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        size = os.fstat(fd).st_size
        if size and os.pread(fd, 1, size - 1) != b"\n":
            data = b"\n" + data
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view):]
        os.fsync(fd)
    finally:
        os.close(fd)   # releases the lock


def autograder_digest(cfg: config.CourseConfig, step_id: str) -> str:
    """sha256 over what decides a grade besides the notebook: the step's test files and manifest
    (autograder/<step>/), its release notebooks (points, locked cells) and the grading code
    (course/**/*.py). A ledger entry graded under another digest is graded again."""
    h = hashlib.sha256()
    package = Path(__file__).resolve().parent.parent   # all of course/
    files = sorted((cfg.root / "autograder" / step_id).glob("tests/*.py"))
    files += [cfg.root / "autograder" / step_id / "questions.json"]
    files += sorted((cfg.root / "release" / step_id).glob("*.ipynb"))
    files += sorted(package.rglob("*.py"))
    for f in files:
        if f.is_file():
            h.update(str(f.relative_to(cfg.root) if f.is_relative_to(cfg.root) else f.name).encode())
            h.update(b"\0" + hashlib.sha256(f.read_bytes()).digest())
    return h.hexdigest()
