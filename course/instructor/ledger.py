"""The grading ledger, `grades/<step>.jsonl`: one `Submission` per line, appended as soon as its
notebook is graded, so an interrupted run loses nothing and a re-run skips the notebooks whose file
and autograder are unchanged. Every report of `course grade` (its summary, `--json`, the gradebook
and its exports, nbgrader's autograded/ notebooks) is made from these entries."""
from __future__ import annotations

import dataclasses
import fcntl
import hashlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from ..runtime import config
from ..runtime.evaluate import Status
from ..runtime.feedback import as_html, as_text
from ..runtime.layout import AUTOGRADER, MANIFEST, RELEASE, TESTS
from .inputs import Task
from .lateness import submission_time

if TYPE_CHECKING:
    from .grade import NotebookResult

LEDGER_DIR = "grades"


@dataclass
class QuestionGrade:
    id: str
    points: float
    max_points: float
    status: Status
    message: str
    # what the learner may see: verdicts of hidden cases, never their source or data
    feedback_html: str | None = None
    feedback_text: str | None = None


@dataclass(kw_only=True)
class Submission:
    """One graded notebook: its grade and where it came from. The field order is the order of the
    keys in the ledger and in `course grade --json`; the fields with defaults are absent from the
    lines older versions wrote."""
    path: str
    student: str
    step: str
    notebook: str | None          # which of the step's notebooks it is (None: none of them)
    questions: list[QuestionGrade]
    total: float
    max: float
    error: str | None = None      # why (part of) the notebook could not be graded
    seconds: float = 0.0
    notes: list[str] = field(default_factory=list)   # what went wrong without stopping the run
    sandbox: str = "off"          # what its code ran in: "full", "partial: no ...", "off"
    origin: str                   # as the instructor named it (a zip's: archive:member)
    digest: str                   # sha256 of the file
    autograder: str = ""          # autograder_digest() it was graded under
    submitted_at: str | None = None   # ISO time in UTC, for the late policy
    submitted_at_source: str = "unknown"   # "timestamp.txt", "zip entry" or "file time"

    @classmethod
    def graded(cls, task: Task, result: NotebookResult, autograder: str) -> Submission:
        submitted_at, source = submission_time(task.path, task.origin)
        questions = [QuestionGrade(q.id, q.points, q.max_points, q.status, q.message,
                                   as_html(q.result) if q.result else None,
                                   as_text(q.result) if q.result else None)
                     for q in result.questions]
        return cls(path=result.path, student=task.student, step=result.step,
                   notebook=result.notebook, questions=questions, total=result.total,
                   max=result.max, error=result.error, seconds=result.seconds, notes=result.notes,
                   sandbox=result.sandbox, origin=task.origin, digest=task.digest,
                   autograder=autograder, submitted_at=submitted_at, submitted_at_source=source)

    @classmethod
    def from_json(cls, data: dict) -> Submission:
        questions = [QuestionGrade(**{**q, "status": Status(q["status"])}) for q in data["questions"]]
        return cls(**{**data, "questions": questions})

    def to_json(self) -> dict:
        """A ledger line."""
        return dataclasses.asdict(self)

    def report_json(self) -> dict:
        """An entry of `course grade --json`: the questions last, without their feedback."""
        data = self.to_json()
        questions = data.pop("questions")
        return data | {"questions": [{k: v for k, v in q.items() if not k.startswith("feedback_")}
                                     for q in questions]}


def ledger_path(cfg: config.CourseConfig, step_id: str) -> Path:
    return cfg.root / LEDGER_DIR / f"{step_id}.jsonl"


def read_ledger(path: Path) -> dict[tuple[str, str], dict]:
    """Latest entry per (student, origin), as written (`Submission.from_json` reads one). A line
    cut short by an interruption is ignored."""
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
    files = sorted((cfg.root / AUTOGRADER / step_id / TESTS).glob("*.py"))
    files += [cfg.root / AUTOGRADER / step_id / MANIFEST]
    files += sorted((cfg.root / RELEASE / step_id).glob("*.ipynb"))
    files += sorted(package.rglob("*.py"))
    for f in files:
        if f.is_file():
            h.update(str(f.relative_to(cfg.root) if f.is_relative_to(cfg.root) else f.name).encode())
            h.update(b"\0" + hashlib.sha256(f.read_bytes()).digest())
    return h.hexdigest()
