"""What the sandbox costs per notebook: the same notebooks graded with c.Grading.sandbox = "off"
and with the sandbox on ("auto": everything this machine offers), side by side in one run.

    .venv/bin/python benchmarks/sandbox_cost.py [--rounds 5] [--starts 40] [--step 01_linear_algebra]

Two figures, both from this one process (one zygote, warm), modes interleaved so that drift of the
machine falls on both alike:

* start-up: open a learner process, run one empty cell, close it (--starts times per mode): the
  sandbox's own cost (a second fork, namespaces, mounts, Landlock, limits), without the noise of
  grading;
* whole notebooks: every solved notebook of the step (source/<step>/), --rounds times per mode.
"""
from __future__ import annotations

import argparse
import dataclasses
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from course import config, sandbox  # noqa: E402
from course.grade import grade_notebook, load_layout  # noqa: E402
from course.sessions import open_session  # noqa: E402

MODES = ("off", "auto")


def start_cost(cfg: config.CourseConfig, n: int) -> dict[str, list[float]]:
    times: dict[str, list[float]] = {m: [] for m in MODES}
    for _ in range(n):
        for mode in MODES:
            c = dataclasses.replace(cfg, sandbox=mode)
            with tempfile.TemporaryDirectory(prefix="course-run-") as workdir:
                began = time.perf_counter()
                session = open_session(c, workdir, time.monotonic() + 60)
                session.execute("pass")
                session.close()
                times[mode].append(time.perf_counter() - began)
    return times


def notebook_cost(cfg: config.CourseConfig, step_id: str, rounds: int) -> dict[str, list[float]]:
    step = cfg.step(step_id)
    layout = load_layout(cfg.root, step)
    paths = [cfg.root / "source" / step_id / f"{name}.ipynb" for name in step.notebooks]
    times: dict[str, list[float]] = {m: [] for m in MODES}
    for _ in range(rounds):
        for path in paths:
            for mode in MODES:
                c = dataclasses.replace(cfg, sandbox=mode)
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
    books = notebook_cost(cfg, args.step, args.rounds)
    print(f"\nstart-up (open, one empty cell, close), {args.starts} per mode:")
    for mode in MODES:
        print(f"  sandbox {mode:>4}: {_ms(starts[mode])}")
    delta = statistics.median(starts["auto"]) - statistics.median(starts["off"])
    print(f"  cost of the sandbox per notebook: {1000 * delta:.1f} ms (median difference)")
    print(f"\nwhole notebooks of {args.step} (full marks in both modes), "
          f"{len(books['off'])} gradings per mode:")
    for mode in MODES:
        print(f"  sandbox {mode:>4}: {_ms(books[mode])}")
    delta = statistics.median(books["auto"]) - statistics.median(books["off"])
    print(f"  difference: {1000 * delta:+.1f} ms per notebook (median; grading noise is larger)")


if __name__ == "__main__":
    main()
