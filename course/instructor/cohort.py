"""Grading a cohort: many submissions at once, in parallel, resumable.

What is graded: course/instructor/inputs.py; where each result goes as soon as it is done (so an
interrupted run loses nothing and a re-run skips what is unchanged): ledger.py; how: pool.py.
"""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path
from typing import Callable

from ..runtime import config
from .grade import load_layout
from .inputs import Task, collect
from .ledger import Submission, append, autograder_digest, ledger_path, read_ledger
from .pool import default_jobs, grade_in_pool
from .sessions import sandbox_check


def grade_cohort(step_id: str, paths: list[Path], cfg: config.CourseConfig, *,
                 jobs: int | None = None, force: bool = False,
                 on_entry: Callable[[Submission, bool], None] | None = None,
                 on_start: Callable[[int, int], None] | None = None,
                 ledger: Path | None = None,
                 on_stale: Callable[[int], None] | None = None) -> list[Submission]:
    """Grade every notebook under `paths`; return one ledger entry per notebook (graded now or
    earlier). `on_entry(entry, skipped)` runs in this process as each one is done; `on_stale(n)`
    is told how many unchanged notebooks are graded again because the autograder changed."""
    step = cfg.step(step_id)
    layout = load_layout(cfg.root, step)
    notice = sandbox_check(cfg)   # ConfigError if 'required' cannot be met: grade nothing
    if notice:
        print(notice, file=sys.stderr)
    ledger = ledger or ledger_path(cfg, step.id)
    autograder = autograder_digest(cfg, step.id)
    with tempfile.TemporaryDirectory(prefix="course-unzipped-") as unpack_dir:
        tasks = collect(step, paths, Path(unpack_dir))
        done, stale = ({}, 0) if force else _still_valid(tasks, read_ledger(ledger), autograder)
        if on_stale and stale:
            on_stale(stale)
        if on_start:
            on_start(len(tasks), len(done))
        for submission in done.values():
            if on_entry:
                on_entry(submission, True)

        def finish(i: int, submission: Submission) -> None:
            done[i] = submission
            append(ledger, submission.to_json())
            if on_entry:
                on_entry(submission, False)

        todo = {i: task for i, task in enumerate(tasks) if i not in done}
        grade_in_pool(todo, cfg, layout, autograder, max(1, jobs or default_jobs(cfg)), finish)
        return [done[i] for i in range(len(tasks))]


def _still_valid(tasks: list[Task], ledger: dict[tuple[str, str], dict],
                 autograder: str) -> tuple[dict[int, Submission], int]:
    """The ledger's entries that still hold, by task index (same file, same autograder); and how
    many unchanged files must be graded again because the autograder changed."""
    known = {key: Submission.from_json(entry) for key, entry in ledger.items()}
    valid, stale = {}, 0
    for i, task in enumerate(tasks):
        old = known.get((task.student, task.origin))
        if not (old and task.digest and old.digest == task.digest):
            continue
        if old.autograder == autograder:
            valid[i] = old
        else:
            stale += 1
    return valid, stale
