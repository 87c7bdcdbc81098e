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

from course import config, questions  # noqa: E402
from course.evaluate import evaluate  # noqa: E402
from course.feedback import Feedback  # noqa: E402
from tests.helpers import grade_ids, solution_namespace  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=20)
    args = ap.parse_args()
    cfg = config.load(ROOT)
    rows, everything = [], []
    for step in cfg.steps:
        for name in step.notebooks:
            path = ROOT / "source" / step.id / f"{name}.ipynb"
            ns = solution_namespace(path)
            for qid in grade_ids(nbformat.read(path, as_version=4)):
                q = questions.load(ROOT / "autograder" / step.id / "tests" / f"{qid}.py")
                times = []
                for _ in range(args.repeat):
                    t = time.perf_counter()
                    fb = Feedback(evaluate(q, ns, timeout=cfg.question_timeout))
                    fb._repr_mimebundle_()
                    times.append((time.perf_counter() - t) * 1e3)
                everything += times
                q95 = statistics.quantiles(times, n=20)[-1]
                rows.append((f"{step.id}/{qid}", statistics.median(times), q95, fb.result.status))
    width = max(len(r[0]) for r in rows)
    print(f"{'question':<{width}}  {'p50 ms':>8}  {'p95 ms':>8}  status")
    for qid, p50, p95, status in rows:
        print(f"{qid:<{width}}  {p50:8.1f}  {p95:8.1f}  {status}")
    overall95 = statistics.quantiles(everything, n=20)[-1]
    print(f"{'ALL (' + str(len(rows)) + ' questions)':<{width}}  {statistics.median(everything):8.1f}  "
          f"{overall95:8.1f}  target p95 < 100 ms: {'met' if overall95 < 100 else 'NOT met'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
