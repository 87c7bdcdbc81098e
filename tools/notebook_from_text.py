"""Draft a source notebook from a plain-text outline (optional; the .ipynb is the source of truth).

Usage: python tools/notebook_from_text.py OUTLINE.txt source/<step>/<NN_topic>.ipynb

The outline is a sequence of cells, each introduced by a marker line:

    #%% markdown                 a markdown cell
    #%% setup                    the locked first code cell (imports, `from course import ...`)
    #%% code                     an ordinary code cell (plots, exploration)
    #%% solution QUESTION_ID     the learner's answer cell (### BEGIN/END SOLUTION inside)
    #%% check QUESTION_ID POINTS the locked grade cell; its source becomes check("QUESTION_ID")

Cell ids and nbgrader metadata are derived from the notebook name and question ids, so the output
is deterministic. Once written, edit the notebook in JupyterLab and keep it: do not regenerate.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

import nbformat

MARKER = re.compile(r"^#%%\s+(markdown|setup|code|solution|check)\b\s*(.*)$")


def _meta(grade_id: str, *, grade=False, solution=False, locked=False, points=None) -> dict:
    meta = {"grade": grade, "grade_id": grade_id, "locked": locked, "schema_version": 3,
            "solution": solution, "task": False}
    if points is not None:
        meta["points"] = points
    return {"nbgrader": meta}


def build(text: str, stem: str) -> nbformat.NotebookNode:
    nb = nbformat.v4.new_notebook()
    nb.metadata = {
        "kernelspec": {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"},
        "language_info": {"name": "python"},
    }
    chunks: list[tuple[str, str, list[str]]] = []
    for line in text.splitlines():
        m = MARKER.match(line)
        if m:
            chunks.append((m.group(1), m.group(2).strip(), []))
        elif chunks:
            chunks[-1][2].append(line)
    counters: dict[str, int] = {}
    for kind, args, lines in chunks:
        source = "\n".join(lines).strip("\n")
        n = counters[kind] = counters.get(kind, 0) + 1
        if kind == "markdown":
            cell = nbformat.v4.new_markdown_cell(source)
            cell.id = f"md-{n:02d}"
        elif kind == "setup":
            cell = nbformat.v4.new_code_cell(source, metadata=_meta(f"{stem}_setup", locked=True))
            cell.id = "setup"
        elif kind == "code":
            cell = nbformat.v4.new_code_cell(source)
            cell.id = f"code-{n:02d}"
        elif kind == "solution":
            qid = args.split()[0]
            cell = nbformat.v4.new_code_cell(source, metadata=_meta(f"{qid}_solution", solution=True))
            cell.id = f"{qid}-solution".replace("_", "-")
        else:  # check
            qid, points = args.split()
            cell = nbformat.v4.new_code_cell(
                f'check("{qid}")',
                metadata=_meta(qid, grade=True, locked=True, points=float(points)),
            )
            cell.id = f"{qid}-check".replace("_", "-")
        nb.cells.append(cell)
    return nb


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__)
        return 2
    outline, target = Path(argv[0]), Path(argv[1])
    nb = build(outline.read_text(encoding="utf-8"), target.stem)
    nbformat.validate(nb)
    target.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(nb, target)
    print(f"wrote {target} ({len(nb.cells)} cells)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
