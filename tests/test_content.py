"""Notebook-wide content rules (issue 13 item 3, issue 15 item 4): every step notebook, in source/
and in the learner's release/, states an estimated time in its header, tells the learner to rerun
the setup cell after a kernel restart, and ends with a "Further practice" cell."""
import re
from pathlib import Path

import nbformat
import pytest

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = sorted(
    p.relative_to(ROOT / "source")
    for p in (ROOT / "source").glob("0[1-4]_*/*.ipynb")
)
TIME = re.compile(r"\*\*Estimated time:\*\* About (\d+)–(\d+) minutes")
SOURCES = ("MML", "3Blue1Brown", "Khan Academy", "Strang", "ISL", "Seeing Theory", "MIT OCW")


def test_all_sixteen_step_notebooks_found():
    assert len(NOTEBOOKS) == 16, NOTEBOOKS


@pytest.mark.parametrize("tree", ["source", "release"])
@pytest.mark.parametrize("rel", NOTEBOOKS, ids=str)
def test_header_restart_note_and_further_practice(tree, rel):
    nb = nbformat.read(ROOT / tree / rel, as_version=4)
    first = nb.cells[0]
    assert first.cell_type == "markdown" and first.source.startswith("# Step")
    m = TIME.search(first.source)
    assert m, f"{rel}: no 'Estimated time: About N–M minutes' in the header cell"
    lo, hi = int(m.group(1)), int(m.group(2))
    assert 30 <= lo < hi <= 180, f"{rel}: implausible estimate {lo}–{hi}"
    # the restart note names the setup cell, and that cell really is the first code cell
    assert "kernel restart" in first.source and "`check` is not defined" in first.source
    setup = next(c for c in nb.cells if c.cell_type == "code")
    assert "from course import check" in setup.source
    last = nb.cells[-1]
    assert last.cell_type == "markdown" and last.source.startswith("## Further practice")
    items = [l for l in last.source.splitlines() if l.startswith("* ")]
    assert len(items) >= 3, f"{rel}: fewer than three resources"
    assert any("MML" in l and "§" in l for l in items), f"{rel}: no MML section cited"
    for line in items:
        assert any(s in line for s in SOURCES), f"{rel}: unknown resource in {line!r}"
        assert ": " in line and line.rstrip().endswith("."), f"{rel}: no description in {line!r}"
    assert "nbgrader" not in last.metadata and not last.get("outputs")
