"""What the sandbox costs per notebook: the same notebooks graded with c.Grading.sandbox = "off"
and with the sandbox on ("auto": everything this machine offers), side by side in one run.

    .venv/bin/python benchmarks/sandbox_cost.py [--rounds 5] [--starts 40] [--step 01_linear_algebra]

Two figures, both from this one process (one zygote, warm), modes interleaved so that drift of the
machine falls on both alike:

* start-up: open a learner process, run one empty cell, close it (--starts times per mode): the
  sandbox's own cost (a second fork, namespaces, mounts, Landlock, limits), without the noise of
  grading;
* CPU: the same start-ups, --starts in a row per mode, as busy time of the whole machine
  (/proc/stat; run it on an idle machine): a sandboxed learner is made ahead of time, while the
  notebook before it runs (course/instructor/zygote.py, Standby), so its wall time hides part of its work,
  and this is what a saturated cohort run pays;
* whole notebooks: every solved notebook of the step (source/<step>/), --rounds times per mode.
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from course.runtime import config  # noqa: E402
from course.instructor import sandbox  # noqa: E402
from course.instructor.grade import grade_notebook, load_layout  # noqa: E402
from course.instructor.sessions import open_session  # noqa: E402

MODES = ("off", "auto")


def _start_once(cfg: config.CourseConfig, workdir: str) -> None:
    """Open a learner process, run one empty cell, close it."""
    session = open_session(cfg, workdir, time.monotonic() + 60)
    session.execute("pass")
    session.close()


def start_cost(cfg: config.CourseConfig, n: int) -> dict[str, list[float]]:
    times: dict[str, list[float]] = {m: [] for m in MODES}
    for _ in range(n):
        for mode in MODES:
            with tempfile.TemporaryDirectory(prefix="course-run-") as workdir:
                began = time.perf_counter()
                _start_once(cfg.with_grading(sandbox=mode), workdir)
                times[mode].append(time.perf_counter() - began)
    return times


def _busy_seconds() -> float:
    """CPU time the whole machine has spent busy (user, system, interrupts), from /proc/stat."""
    fields = [int(v) for v in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    return (sum(fields[:8]) - fields[3] - fields[4]) / os.sysconf("SC_CLK_TCK")


def cpu_cost(cfg: config.CourseConfig, n: int) -> dict[str, float]:
    used = {}
    for mode in MODES:
        c = cfg.with_grading(sandbox=mode)
        with tempfile.TemporaryDirectory(prefix="course-run-") as root:
            began = _busy_seconds()
            for i in range(n):
                os.mkdir(workdir := f"{root}/{i}")
                _start_once(c, workdir)
            used[mode] = (_busy_seconds() - began) / n
    return used


def notebook_cost(cfg: config.CourseConfig, step_id: str, rounds: int) -> dict[str, list[float]]:
    step = cfg.step(step_id)
    layout = load_layout(cfg.root, step)
    paths = [cfg.root / "source" / step_id / f"{name}.ipynb" for name in step.notebooks]
    times: dict[str, list[float]] = {m: [] for m in MODES}
    for _ in range(rounds):
        for path in paths:
            for mode in MODES:
                c = cfg.with_grading(sandbox=mode)
                began = time.perf_counter()
                row = grade_notebook(path, step, c, layout)
                times[mode].append(time.perf_counter() - began)
                if row.total != row.max:
                    raise SystemExit(f"{path.name} with sandbox {mode}: {row.total}/{row.max} "
                                     f"({row.error})")
    return times


def _ms(values: list[float]) -> str:
    return f"median {1000 * statistics.median(values):7.1f} ms, mean {1000 * statistics.fmean(values):7.1f} ms"


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--step", default="01_linear_algebra")
    p.add_argument("--rounds", type=int, default=5)
    p.add_argument("--starts", type=int, default=40)
    args = p.parse_args()
    cfg = config.load(ROOT)
    print(f"sandbox here: {sandbox.level('auto')}")
    start_cost(cfg, 3)   # the zygote's first start is not the sandbox's cost
    starts = start_cost(cfg, args.starts)
    cpu = cpu_cost(cfg, args.starts)
    books = notebook_cost(cfg, args.step, args.rounds)
    print(f"\nstart-up (open, one empty cell, close), {args.starts} per mode:")
    for mode in MODES:
        print(f"  sandbox {mode:>4}: {_ms(starts[mode])}")
    delta = statistics.median(starts["auto"]) - statistics.median(starts["off"])
    print(f"  cost of the sandbox per notebook: {1000 * delta:.1f} ms (median difference)")
    print(f"\nCPU of the same start-ups, {args.starts} in a row per mode (whole machine):")
    for mode in MODES:
        print(f"  sandbox {mode:>4}: {1000 * cpu[mode]:7.1f} ms per start")
    print(f"  CPU cost of the sandbox per notebook: {1000 * (cpu['auto'] - cpu['off']):.1f} ms")
    print(f"\nwhole notebooks of {args.step} (full marks in both modes), "
          f"{len(books['off'])} gradings per mode:")
    for mode in MODES:
        print(f"  sandbox {mode:>4}: {_ms(books[mode])}")
    delta = statistics.median(books["auto"]) - statistics.median(books["off"])
    print(f"  difference: {1000 * delta:+.1f} ms per notebook (median; grading noise is larger)")


if __name__ == "__main__":
    main()
