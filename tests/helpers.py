"""Shared helpers for the test suite."""
from __future__ import annotations

import contextlib
import io
import linecache
import os
from pathlib import Path

import matplotlib
import nbformat

from course.runtime.layout import nbgrader_meta

ROOT = Path(__file__).resolve().parent.parent
matplotlib.use("Agg")


def grade_ids(nb) -> list[str]:
    return [nbgrader_meta(c)["grade_id"] for c in nb.cells if nbgrader_meta(c).get("grade")]


@contextlib.contextmanager
def working_directory(path: Path):
    old = Path.cwd()
    os.chdir(path)
    try:
        yield
    finally:
        os.chdir(old)


def solution_namespace(notebook: Path) -> dict:
    """Run a source notebook's code cells (not its grade cells) in-process; return its globals."""
    nb = nbformat.read(notebook, as_version=4)
    namespace: dict = {"__name__": "__main__"}
    import matplotlib.pyplot as plt

    with working_directory(notebook.parent), contextlib.redirect_stdout(io.StringIO()):
        for i, cell in enumerate(nb.cells):
            if cell.cell_type != "code" or nbgrader_meta(cell).get("grade"):
                continue
            filename = f"<{notebook.name} cell {i}>"
            # as IPython does: keep the cell's text where inspect.getsource finds it (bans)
            linecache.cache[filename] = (len(cell.source), None,
                                         cell.source.splitlines(keepends=True), filename)
            exec(compile(cell.source, filename, "exec"), namespace)
        plt.close("all")
    return namespace


def course_grade(step_id: str, paths: list[Path], cfg, ledger_dir: Path) -> list:
    """The ledger entries (course.instructor.ledger.Submission) `course grade` gives these
    notebooks, in their order: its real path - inputs, the worker pool, the ledger - with a fresh
    ledger in `ledger_dir`, so the agreement tests check what instructors run."""
    from course.instructor.cohort import grade_cohort

    ledger_dir.mkdir(parents=True, exist_ok=True)
    entries = grade_cohort(step_id, [Path(p) for p in paths], cfg, jobs=2,
                           ledger=ledger_dir / f"{step_id}.jsonl")
    by_origin = {e.origin: e for e in entries}
    return [by_origin[str(Path(p))] for p in paths]
