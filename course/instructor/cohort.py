"""Grading a cohort: many submissions at once, in parallel, resumable.

* Inputs: nbgrader's `submitted/<student>/<step>/*.ipynb`, folders of loose notebooks, and otter
  export zips (see `collect`).
* Each notebook is graded by a worker of a process pool; the worker forks a fresh process for the
  learner's code (course/instructor/sessions.py), so nothing is shared between submissions and a notebook
  costs milliseconds of start-up instead of a kernel's second and a half.
* Every finished notebook is appended to a ledger, `grades/<step>.jsonl`, at once: an interrupted
  run loses nothing, and a re-run skips notebooks whose file has not changed (unless forced).
"""
from __future__ import annotations

import concurrent.futures as futures
import fcntl
import hashlib
import json
import multiprocessing
import os
import re
import sys
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable

from ..runtime import config
from .sessions import sandbox_check
from .grade import (MAX_NOTEBOOK_BYTES, StepLayout, Submission, grade_notebook, load_layout,
                    questions_for, student_of, too_large)

LEDGER_DIR = "grades"


@dataclass(frozen=True)
class Task:
    path: Path          # the notebook to grade (extracted from a zip if it came in one)
    student: str        # whose it is
    origin: str         # where it came from, as the instructor named it
    digest: str         # sha256 of the file: a changed file is graded again
    unusable: str | None = None   # why it cannot be graded (a zip that could not be unpacked)


def _digest(path: Path) -> str:
    """sha256 of a file, read in blocks (a submission may be huge: it is graded as too large)."""
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


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


def _student_id(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.@-]+", "_", text).strip("_") or "unknown"


def _student_for(path: Path, step: config.Step) -> str:
    """nbgrader's layout names the student; otherwise a folder holding the step's notebooks
    is the student's (alice/01_vectors_matrices.ipynb), or the file is (alice.ipynb)."""
    student = student_of(path, step.id)
    if student:
        return student
    if path.stem in step.notebooks and path.parent.name:
        return _student_id(path.parent.name)
    return _student_id(path.stem)


def collect(step: config.Step, paths: Iterable[Path], unpack_dir: Path) -> list[Task]:
    """Every notebook to grade under `paths` (files, folders, otter zips), in a stable order."""
    tasks: list[Task] = []
    for path in paths:
        path = Path(path)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*")
                           if p.suffix in (".ipynb", ".zip") and ".ipynb_checkpoints" not in p.parts)
        else:
            found = [path]
        for item in found:
            if item.suffix == ".zip":
                tasks.extend(_from_zip(item, step, unpack_dir))
            else:
                tasks.append(Task(item, _student_for(item, step), str(item),
                                  _digest(item) if item.is_file() else ""))
    return tasks


def _from_zip(path: Path, step: config.Step, unpack_dir: Path) -> list[Task]:
    """An otter export zip holds the learner's notebook (and maybe a PDF): the student is the zip's
    name. A zip that cannot be read becomes one task that will fail with a reason."""
    student = _student_id(path.stem)
    try:
        with zipfile.ZipFile(path) as zf:
            members = [m for m in zf.namelist()
                       if m.endswith(".ipynb") and not m.startswith(("__MACOSX", "."))
                       and ".ipynb_checkpoints" not in m]
            out = []
            for member in members:
                target = unpack_dir / student / Path(member).name
                target.parent.mkdir(parents=True, exist_ok=True)
                size = zf.getinfo(member).file_size
                reason = None
                if size > MAX_NOTEBOOK_BYTES:   # a zip bomb, or a notebook nobody could grade
                    reason = f"{member} in {path.name} unpacks to {size / 2**20:.0f} MB, {too_large()}"
                    target.write_text(f"not a notebook: {reason}")
                else:   # (zipfile reads no more than the size the archive declares)
                    target.write_bytes(zf.read(member))
                out.append(Task(target, student, f"{path}:{member}", _digest(target), reason))
    except (zipfile.BadZipFile, OSError) as exc:
        broken = unpack_dir / student / f"{path.stem}.ipynb"
        broken.parent.mkdir(parents=True, exist_ok=True)
        reason = f"{path.name} is not a readable zip ({exc})"
        broken.write_text(f"not a notebook: {reason}")
        return [Task(broken, student, str(path), _digest(path), reason)]
    return out


# --- the ledger -------------------------------------------------------------------------------

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


def _append(path: Path, entry: dict) -> None:
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


# --- the workers ------------------------------------------------------------------------------

_WORKER: dict = {}


def _start_worker(cfg: config.CourseConfig, layout: StepLayout, autograder: str = "") -> None:
    """Runs once in each pool process: import everything a notebook needs, so that every learner
    process forked from here starts warm; one BLAS thread per worker, the pool is the parallelism."""
    from .sessions import warm_up

    warm_up()
    try:
        from threadpoolctl import threadpool_limits
        threadpool_limits(1)
    except ImportError:
        pass
    _WORKER.update(cfg=cfg, layout=layout, autograder=autograder)


def _grade_task(task: Task) -> dict:
    cfg, layout = _WORKER["cfg"], _WORKER["layout"]
    step = cfg.step(layout.step)
    return entry_of(task, grade_notebook(task.path, step, cfg, layout, unusable=task.unusable))


def entry_of(task: Task, row: Submission) -> dict:
    from ..runtime.feedback import as_html, as_text
    from .lateness import submission_time

    entry = row.to_json()
    submitted_at, source = submission_time(task.path, task.origin)
    entry.update(student=task.student, origin=task.origin, digest=task.digest,
                 autograder=_WORKER.get("autograder", ""),
                 submitted_at=submitted_at, submitted_at_source=source)
    for q, data in zip(row.questions, entry["questions"]):
        # what the learner may see: verdicts of hidden cases, never their source or data
        data["feedback_html"] = as_html(q.result) if q.result else None
        data["feedback_text"] = as_text(q.result) if q.result else None
    return entry


def _failed_entry(task: Task, layout: StepLayout, reason: str) -> dict:
    notebook = task.path.stem if task.path.stem in layout.notebooks else None
    rows = questions_for(layout, notebook, "not graded", reason) if notebook else []
    row = Submission(str(task.path), task.student, layout.step, notebook, rows, 0.0,
                     sum(q.max_points for q in rows), error=reason)
    return entry_of(task, row)


def default_jobs(cfg: config.CourseConfig) -> int:
    """c.Grading.jobs, or one per CPU core this process may use."""
    if cfg.jobs:
        return cfg.jobs
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def grade_cohort(step_id: str, paths: list[Path], cfg: config.CourseConfig, *,
                 jobs: int | None = None, force: bool = False,
                 on_entry: Callable[[dict, bool], None] | None = None,
                 on_start: Callable[[int, int], None] | None = None,
                 ledger: Path | None = None,
                 on_stale: Callable[[int], None] | None = None) -> list[dict]:
    """Grade every notebook under `paths`; return one ledger entry per notebook (graded now or
    earlier). `on_entry(entry, skipped)` runs in this process as each one is done; `on_stale(n)`
    is told how many unchanged notebooks are graded again because the autograder changed."""
    step = cfg.step(step_id)
    layout = load_layout(cfg.root, step)
    notice = sandbox_check(cfg)   # ConfigError if 'required' cannot be met: grade nothing
    if notice:
        print(notice, file=sys.stderr)
    ledger = ledger or ledger_path(cfg, step.id)
    known = read_ledger(ledger)
    _WORKER["autograder"] = current = autograder_digest(cfg, step.id)
    with tempfile.TemporaryDirectory(prefix="course-unzipped-") as unpack_dir:
        tasks = collect(step, paths, Path(unpack_dir))
        entries: dict[int, dict] = {}
        todo = []
        stale = 0
        for i, task in enumerate(tasks):
            old = known.get((task.student, task.origin))
            same_file = bool(old and old.get("digest") == task.digest and task.digest)
            if not force and same_file and old.get("autograder") == current:
                entries[i] = old
            else:
                todo.append(i)
                stale += bool(not force and same_file)
        if on_stale and stale:
            on_stale(stale)
        if on_start:
            on_start(len(tasks), len(tasks) - len(todo))
        for i in sorted(entries):
            if on_entry:
                on_entry(entries[i], True)

        def finish(i: int, entry: dict) -> None:
            entries[i] = entry
            _append(ledger, entry)
            if on_entry:
                on_entry(entry, False)

        jobs = max(1, jobs or default_jobs(cfg))
        method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"

        def new_pool(workers: int) -> futures.ProcessPoolExecutor:
            return futures.ProcessPoolExecutor(
                max_workers=workers, mp_context=multiprocessing.get_context(method),
                initializer=_start_worker, initargs=(cfg, layout, current))
        pending = list(todo)
        while pending:   # a worker that dies takes its notebook with it; the rest go on
            pool = new_pool(min(jobs, len(pending)))
            running = {pool.submit(_grade_task, tasks[i]): i for i in pending}
            pending = []
            broken = False
            for future in futures.as_completed(running):
                i = running[future]
                try:
                    finish(i, future.result())
                except futures.process.BrokenProcessPool:
                    broken = True
                    pending.append(i)
                except Exception as exc:
                    finish(i, _failed_entry(tasks[i], layout,
                                            f"the grader failed on this notebook: "
                                            f"{type(exc).__name__}: {exc}"))
            pool.shutdown(wait=True, cancel_futures=True)
            if broken and pending:
                # grade the survivors one at a time so the culprit cannot take others down again
                for i in pending:
                    try:
                        with new_pool(1) as single:
                            finish(i, single.submit(_grade_task, tasks[i]).result())
                    except Exception as exc:
                        finish(i, _failed_entry(tasks[i], layout,
                                                f"the grader's worker died on this notebook: "
                                                f"{type(exc).__name__}"))
                pending = []
        return [entries[i] for i in range(len(tasks))]
