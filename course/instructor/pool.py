"""The process pool `course grade` grades in: each worker imports everything once, then grades one
notebook at a time, forking a fresh process for the learner's code (course/instructor/sessions.py),
so nothing is shared between submissions and a notebook costs milliseconds of start-up instead of
a kernel's second and a half. A worker that dies takes only its notebook with it."""
from __future__ import annotations

import concurrent.futures as futures
import multiprocessing
import os
from typing import Callable

from ..runtime import config
from ..runtime.evaluate import Status
from .grade import NotebookResult, StepLayout, grade_notebook, questions_for
from .inputs import Task
from .ledger import Submission

_WORKER: dict = {}


def default_jobs(cfg: config.CourseConfig) -> int:
    """c.Grading.jobs, or one per CPU core this process may use."""
    if cfg.grading.jobs:
        return cfg.grading.jobs
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def grade_in_pool(tasks: dict[int, Task], cfg: config.CourseConfig, layout: StepLayout,
                  autograder: str, jobs: int, finish: Callable[[int, Submission], None]) -> None:
    """Grade `tasks` (by their place in the run) in `jobs` processes; `finish(i, submission)` runs in
    this process as each is done. When a worker dies it breaks the pool: the notebooks left are
    graded one at a time, so the culprit cannot take the others down with it again."""
    if not tasks:
        return
    pool = _pool(cfg, layout, autograder, min(jobs, len(tasks)))
    running = {pool.submit(_grade_task, task): i for i, task in tasks.items()}
    left = []
    for future in futures.as_completed(running):
        i = running[future]
        try:
            finish(i, future.result())
        except futures.process.BrokenProcessPool:
            left.append(i)
        except Exception as exc:
            finish(i, _failed(tasks[i], layout, autograder, f"the grader failed on this "
                              f"notebook: {type(exc).__name__}: {exc}"))
    pool.shutdown(wait=True, cancel_futures=True)
    for i in left:
        try:
            with _pool(cfg, layout, autograder, 1) as single:
                finish(i, single.submit(_grade_task, tasks[i]).result())
        except Exception as exc:
            finish(i, _failed(tasks[i], layout, autograder, f"the grader's worker died on "
                              f"this notebook: {type(exc).__name__}"))


def _pool(cfg: config.CourseConfig, layout: StepLayout, autograder: str,
          workers: int) -> futures.ProcessPoolExecutor:
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    return futures.ProcessPoolExecutor(
        max_workers=workers, mp_context=multiprocessing.get_context(method),
        initializer=_start_worker, initargs=(cfg, layout, autograder))


def _start_worker(cfg: config.CourseConfig, layout: StepLayout, autograder: str) -> None:
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


def _grade_task(task: Task) -> Submission:
    cfg, layout = _WORKER["cfg"], _WORKER["layout"]
    result = grade_notebook(task.path, cfg.step(layout.step), cfg, layout, unusable=task.unusable)
    return Submission.graded(task, result, _WORKER["autograder"])


def _failed(task: Task, layout: StepLayout, autograder: str, reason: str) -> Submission:
    """The entry of a notebook the grader itself failed on: not graded, with the reason."""
    notebook = task.path.stem if task.path.stem in layout.notebooks else None
    rows = questions_for(layout, notebook, Status.NOT_GRADED, reason) if notebook else []
    result = NotebookResult(str(task.path), layout.step, notebook, rows, 0.0,
                            sum(q.max_points for q in rows), error=reason)
    return Submission.graded(task, result, autograder)
