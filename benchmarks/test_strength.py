"""How strong the tests are, measured on the course's own banks.

For every question: each wrong implementation in tests/mutants/ must be rejected (fewer points than
the maximum), and the feedback should name the mistake (the bank's expected text, or any targeted
hint); each valid alternative in tests/alternatives/ must earn full marks. Prints one line per step
and the totals:

    .venv/bin/python benchmarks/test_strength.py            # all steps
    .venv/bin/python benchmarks/test_strength.py --list     # also every mutant that slips through

The suite asserts the same facts one by one (tests/test_questions.py, tests/test_bank.py); this
script is the summary for a closing note or a release.
"""
from __future__ import annotations

import argparse
import importlib
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from course.runtime.evaluate import Status, evaluate  # noqa: E402
from course.runtime.feedback import as_text  # noqa: E402
from tests.test_questions import QUESTION_NOTEBOOK, _namespace, _question  # noqa: E402


def _module(kind: str, qid: str):
    if not (ROOT / "tests" / kind / f"{qid}.py").is_file():
        return None
    return importlib.import_module(f"tests.{kind}.{qid}")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", action="store_true", help="list mutants that are not rejected")
    args = parser.parse_args(argv)
    start = time.perf_counter()
    steps: dict[str, dict[str, int]] = {}
    slipped, failed_alternatives = [], []
    for qid in sorted(QUESTION_NOTEBOOK):
        step = QUESTION_NOTEBOOK[qid].parent.name
        row = steps.setdefault(step, dict(questions=0, mutants=0, rejected=0, hinted=0,
                                          alternatives=0, passing=0))
        row["questions"] += 1
        question, base = _question(qid), _namespace(QUESTION_NOTEBOOK[qid])
        mutants = _module("mutants", qid)
        for name, impl, expected in (mutants.MUTANTS if mutants else []):
            result = evaluate(question, {**base, name: impl})
            text = as_text(result)
            row["mutants"] += 1
            if result.status != Status.PASSED and result.points < result.max_points:
                row["rejected"] += 1
                targeted = (expected is not None and expected in text) or any(
                    c.hint for c in result.cases)
                row["hinted"] += bool(targeted)
            else:
                slipped.append(f"{qid}: {impl.__name__}")
        alternatives = _module("alternatives", qid)
        for name, impl in (alternatives.ALTERNATIVES if alternatives else []):
            result = evaluate(question, {**base, name: impl})
            row["alternatives"] += 1
            if result.status == Status.PASSED and result.points == result.max_points:
                row["passing"] += 1
            else:
                failed_alternatives.append(f"{qid}: {impl.__name__}: {result.message}")

    def pct(a: int, b: int) -> str:
        return f"{100 * a / b:5.1f}%" if b else "    -"

    header = (f"{'step':<20}{'questions':>10}{'mutants':>9}{'rejected':>10}{'hinted':>9}"
              f"{'alternatives':>14}{'full marks':>12}")
    print(header)
    total = dict(questions=0, mutants=0, rejected=0, hinted=0, alternatives=0, passing=0)
    for step, row in sorted(steps.items()):
        for k in total:
            total[k] += row[k]
        print(f"{step:<20}{row['questions']:>10}{row['mutants']:>9}"
              f"{pct(row['rejected'], row['mutants']):>10}{pct(row['hinted'], row['rejected']):>9}"
              f"{row['alternatives']:>14}{pct(row['passing'], row['alternatives']):>12}")
    print(f"{'all':<20}{total['questions']:>10}{total['mutants']:>9}"
          f"{pct(total['rejected'], total['mutants']):>10}{pct(total['hinted'], total['rejected']):>9}"
          f"{total['alternatives']:>14}{pct(total['passing'], total['alternatives']):>12}")
    print(f"(rejected: of all mutants; hinted: of the rejected ones, feedback names the mistake; "
          f"{time.perf_counter() - start:.0f} s)")
    if args.list or slipped or failed_alternatives:
        for line in slipped:
            print("NOT REJECTED", line)
        for line in failed_alternatives:
            print("VALID ANSWER REJECTED", line)
    return 1 if slipped or failed_alternatives else 0


if __name__ == "__main__":
    raise SystemExit(main())
