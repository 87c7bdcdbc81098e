"""How long a learner waits for check(): every question of the course, answered by its reference
solution, all cases (public + hidden) run and the feedback rendered, repeated.

    .venv/bin/python benchmarks/check_latency.py [--repeat 20]

Prints p50/p95 per question and overall (target: p95 < 100 ms).
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import nbformat  # noqa: E402

from course.runtime import config, questions  # noqa: E402
from course.runtime.evaluate import evaluate  # noqa: E402
from course.runtime.feedback import Feedback  # noqa: E402
from tests.helpers import grade_ids, solution_namespace  # noqa: E402


def latency_rows(repeat: int) -> list[tuple[str, list[float], str]]:
    """(step/question, check() times in ms, status) for every question of the course."""
    cfg = config.load(ROOT)
    rows = []
    for step in cfg.steps:
        for name in step.notebooks:
            path = ROOT / "source" / step.id / f"{name}.ipynb"
            ns = solution_namespace(path)
            for qid in grade_ids(nbformat.read(path, as_version=4)):
                q = questions.load(ROOT / "autograder" / step.id / "tests" / f"{qid}.py")
                times = []
                for _ in range(repeat):
                    t = time.perf_counter()
                    fb = Feedback(evaluate(q, ns, timeout=cfg.grading.question_timeout))
                    fb._repr_mimebundle_()
                    times.append((time.perf_counter() - t) * 1e3)
                rows.append((f"{step.id}/{qid}", times, fb.result.status))
    return rows


def print_latency(rows) -> bool:
    """Print p50/p95 per question and overall; True if every question's p95 is under 100 ms."""
    width = max(len(r[0]) for r in rows)
    print(f"{'question':<{width}}  {'p50 ms':>8}  {'p95 ms':>8}  status")
    worst = 0.0
    for qid, times, status in rows:
        p95 = statistics.quantiles(times, n=20)[-1]
        worst = max(worst, p95)
        print(f"{qid:<{width}}  {statistics.median(times):8.1f}  {p95:8.1f}  {status}")
    everything = [t for _, times, _ in rows for t in times]
    overall95 = statistics.quantiles(everything, n=20)[-1]
    print(f"{'ALL (' + str(len(rows)) + ' questions)':<{width}}  {statistics.median(everything):8.1f}  "
          f"{overall95:8.1f}  target p95 < 100 ms: {'met' if overall95 < 100 else 'NOT met'}; "
          f"slowest question p95 {worst:.1f} ms")
    return worst < 100


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=20)
    args = ap.parse_args()
    print_latency(latency_rows(args.repeat))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
