"""`course check` outside a course checkout: a cohort learner's copy of release/<step>/.

There is no course_config.py and no autograder/ there, so the notebook is graded the way its own
check() cells see it: run top to bottom in a fresh Jupyter kernel whose folder is the notebook's,
and each grade cell's result read back from the JSON that check() displays. Hidden cases are not
available; the summary says how many run at grading. (Inside a checkout, `course check` uses
course/instructor/grade.py instead, with every case.)
"""
from __future__ import annotations

from pathlib import Path

from ..runtime.evaluate import CaseResult, QuestionResult
from ..runtime.feedback import RESULT_MIME, as_text

DEFAULT_TIMEOUT = 300.0   # seconds for the whole notebook, as c.Grading.notebook_timeout


def _result(output) -> QuestionResult | None:
    data = (output.get("data") or {}).get(RESULT_MIME)
    if not isinstance(data, dict):
        return None
    cases = [CaseResult(**c) for c in data.pop("cases", [])]
    return QuestionResult(**data, cases=cases)


def check_copy(path: Path, *, timeout: float = DEFAULT_TIMEOUT, kernel_name: str = "python3") -> int:
    """Run `path` and print every question's feedback and the public total; 0 when it ran."""
    import nbformat
    from nbclient import NotebookClient
    from nbclient.exceptions import CellTimeoutError, DeadKernelError

    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(nb, timeout=timeout, kernel_name=kernel_name, allow_errors=True,
                            resources={"metadata": {"path": str(path.parent.resolve())}})
    stopped = None
    try:
        client.execute()
    except (CellTimeoutError, DeadKernelError) as exc:
        stopped = f"the notebook stopped: {type(exc).__name__}: {str(exc).splitlines()[0]}"
    total = maximum = hidden = 0.0
    for cell in nb.cells:
        meta = cell.get("metadata", {}).get("nbgrader", {})
        if not meta.get("grade"):
            continue
        qid = meta.get("grade_id", "?")
        result = next((r for r in map(_result, cell.get("outputs", [])) if r is not None), None)
        if result is None:
            print(f"{qid}: not run — {stopped or 'its check cell showed no result (see the notebook)'}")
            maximum += float(meta.get("points", 0))
            continue
        print(as_text(result))
        total += result.points
        maximum += result.max_points - result.hidden_points_not_run
        hidden += result.hidden_points_not_run
    more = f"; {hidden:g} more points from hidden tests at grading" if hidden else ""
    print(f"\n{path}: {total:g}/{maximum:g} points from the public tests{more}"
          + (f" — {stopped}" if stopped else ""))
    print("(a copy of the course without autograder/: only the public tests ran)")
    return 1 if stopped else 0
