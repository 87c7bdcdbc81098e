"""python benchmarks/mutants_under_course_grade.py [--steps 01_linear_algebra ...] [--jobs 2]

The mutant bank, graded the way instructors grade: each wrong implementation in tests/mutants/
goes into a copy of its solved source notebook (a cell right before the question's grade cell
defines the bank's functions and binds the learner's name to the wrong one), and the copies are
graded by `course grade`'s real path (grade_cohort: the worker pool, the sandboxed learner
process, calls across course/remote.py, bans read from the cells). tests/test_questions.py
proves every mutant is rejected in-process, as check() sees it; this proves the instructor's grader
rejects it too, so the two cannot disagree on a wrong answer.

A notebook copy carries one mutant of each of its questions at once (the k-th of each bank), so the
whole bank takes a few hundred notebooks. A mutant can lower another question's points (angle()
calls a wrong dot()); only its own question is judged. It can also hide another's mistake (a test
that replays the learner's sample_mvn skips its paired check when sample_mvn is wrong too), so a
mutant that earns full marks is graded again alone before it is reported.
"""
from __future__ import annotations

import argparse
import importlib
import inspect
import sys
import tempfile
import time
from pathlib import Path

import nbformat
import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from course.instructor.cohort import grade_cohort  # noqa: E402
from course.runtime import config  # noqa: E402
from course.runtime.layout import SOURCE, nbgrader_meta  # noqa: E402


def _bank(qid: str) -> list[tuple[str, object]]:
    path = ROOT / "tests" / "mutants" / f"{qid}.py"
    if not path.is_file():
        return []
    module = importlib.import_module(f"tests.mutants.{qid}")
    return [(name, impl) for name, impl, _ in module.MUTANTS]


def _binding(qid: str, name: str, impl) -> str | None:
    """The cell that makes `name` the wrong implementation (None: it cannot be written as code)."""
    if isinstance(impl, np.ndarray):
        return f"import numpy as np\n{name} = np.array({impl.tolist()!r})\n"
    if not callable(impl):
        return f"{name} = {impl!r}\n"
    module = inspect.getmodule(impl)
    if module is not None and module.__name__ == f"tests.mutants.{qid}":
        if getattr(module, impl.__name__, None) is not impl:
            return None     # a closure or lambda the bank builds: not a top-level name
        return f"{inspect.getsource(module)}\n\n{name} = {impl.__name__}\n"
    if module is not None and getattr(module, getattr(impl, "__name__", ""), None) is impl:
        return f"import {module.__name__}\n{name} = {module.__name__}.{impl.__name__}\n"
    return None


def build_copies(cfg, steps, out: Path, only: set[tuple[str, str]] | None = None
                 ) -> dict[str, list[tuple[Path, str, str]]]:
    """{step: [(notebook copy, question id, mutant label)]} written under `out`: one copy per k
    holding the k-th mutant of each question; with `only`, one copy per (question id, mutant
    label) named there, holding that mutant alone."""
    plan: dict[str, list[tuple[Path, str, str]]] = {}
    for step in steps:
        for notebook in cfg.step(step).notebooks:
            source = ROOT / SOURCE / step / f"{notebook}.ipynb"
            nb = nbformat.read(source, as_version=4)
            # before the grade cell: after every cell the question's check() sees (a notebook's
            # own driver cell between solution and check would otherwise redefine the name)
            grade_at = {nbgrader_meta(c)["grade_id"]: i for i, c in enumerate(nb.cells)
                        if nbgrader_meta(c).get("grade") and nbgrader_meta(c).get("grade_id")}
            copies: dict[str, list[tuple[int, str, str, str]]] = {}   # folder: plantings
            for qid, at in grade_at.items():
                for k, (name, impl) in enumerate(_bank(qid)):
                    label = getattr(impl, "__name__", None) or repr(impl)
                    code = _binding(qid, name, impl)
                    if code is None or (only is not None and (qid, label) not in only):
                        continue
                    folder = f"k{k:02d}" if only is None else f"{qid}-{k:02d}"
                    copies.setdefault(folder, []).append((at, code, qid, label))
            for folder, plantings in copies.items():
                copy = nbformat.read(source, as_version=4)
                for at, code, _, _ in sorted(plantings, key=lambda p: -p[0]):   # last first
                    copy.cells.insert(at, nbformat.v4.new_code_cell(code))
                path = out / step / folder / f"{notebook}.ipynb"
                path.parent.mkdir(parents=True, exist_ok=True)
                nbformat.write(copy, path)
                plan.setdefault(step, []).extend((path, qid, label) for _, _, qid, label in plantings)
    return plan


def grade(cfg, plan, tmp: Path, jobs: int) -> dict[str, list[tuple[str, str, str]]]:
    """{step: [(question id, mutant label, points) of every mutant that kept full marks]}."""
    escaped: dict[str, list[tuple[str, str, str]]] = {}
    for step, planted in plan.items():
        paths = sorted({p for p, _, _ in planted})
        ledger = tmp / f"{step}-{len(paths)}-{time.monotonic_ns()}.jsonl"
        by_origin = {e.origin: e for e in grade_cohort(step, paths, cfg, jobs=jobs, ledger=ledger)}
        for path, qid, label in planted:
            q = next((q for q in by_origin[str(path)].questions if q.id == qid), None)
            if q is None or q.points >= q.max_points:
                escaped.setdefault(step, []).append(
                    (qid, label, f"{q.points:g}/{q.max_points:g}" if q else "not graded"))
    return escaped


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    cfg = config.load(ROOT)
    parser.add_argument("--steps", nargs="*", default=[s.id for s in cfg.steps])
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="mutants-graded-") as tmp:
        tmp = Path(tmp)
        plan = build_copies(cfg, args.steps, tmp / "batch")
        first = grade(cfg, plan, tmp, args.jobs)
        suspects = {(qid, label) for rows in first.values() for qid, label, _ in rows}
        alone = (grade(cfg, build_copies(cfg, list(first), tmp / "alone", suspects), tmp, args.jobs)
                 if suspects else {})
    total = notebooks = 0
    for step, planted in plan.items():
        kept = len(alone.get(step, []))
        total += len(planted)
        notebooks += len({p for p, _, _ in planted})
        print(f"{step}: {len(planted)} mutants, {len(planted) - kept} rejected "
              f"({100 * (len(planted) - kept) / len(planted):.1f}%); "
              f"{len(first.get(step, []))} kept full marks beside other mutants, {kept} alone")
    kept = sum(len(rows) for rows in alone.values())
    print(f"all: {total} mutants in {notebooks} notebooks, {total - kept} rejected by course grade "
          f"({100 * (total - kept) / max(1, total):.1f}%), {time.monotonic() - started:.0f} s")
    for step, rows in alone.items():
        for qid, label, points in rows:
            print(f"  full marks under course grade: {step} {qid} {label}: {points}")
    return 1 if kept else 0


if __name__ == "__main__":
    raise SystemExit(main())
