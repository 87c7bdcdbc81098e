"""The package's two sides: course/runtime/ (what a learner installs and the otter zip ships) never
imports the instructor's tools, and the README's drawing of the import graph is the current one."""
from __future__ import annotations

import ast
import importlib.util
import re
import sys
import zipfile

from .helpers import ROOT

_spec = importlib.util.spec_from_file_location("import_graph", ROOT / "tools" / "import_graph.py")
import_graph = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(import_graph)

# what `pip install ./release/runtime` installs besides the standard library (runtime_package.py);
# markupsafe comes with jinja2
RUNTIME_THIRD_PARTY = {"numpy", "traitlets", "matplotlib", "IPython", "jinja2", "markupsafe"}


def test_the_runtime_imports_nothing_of_the_instructors_side():
    edges = import_graph.graph()
    runtime = {m for m in edges if import_graph.side(m) == "runtime"}
    assert len(runtime) >= 10
    for module in runtime:
        outside = {t for t in edges[module] if import_graph.side(t) != "runtime"}
        assert not outside, f"{module} imports {sorted(outside)}"
    # the package's __init__ (check, hint, solution) ships with the runtime: it too stays inside
    assert {import_graph.side(t) for t in edges["course"]} == {"runtime"}
    # and no arrow leaves a module that is not the instructor's towards the instructor's side,
    # except `python -m course`, which is the command line
    for module, targets in edges.items():
        if import_graph.side(module) != "instructor" and module != "course.__main__":
            assert not {t for t in targets if import_graph.side(t) == "instructor"}, module


def test_the_runtime_needs_only_its_declared_dependencies():
    found = set()
    for path in (ROOT / "course" / "runtime").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found.update(a.name.split(".")[0] for a in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0:
                found.add(node.module.split(".")[0])
    third_party = {m for m in found if m not in sys.stdlib_module_names} - {"course"}
    assert third_party <= RUNTIME_THIRD_PARTY, sorted(third_party - RUNTIME_THIRD_PARTY)


def test_the_otter_zip_ships_the_runtime_folder_and_nothing_else_of_the_package():
    zip_path = next((ROOT / "autograder" / "01_linear_algebra").glob("*-autograder.zip"))
    with zipfile.ZipFile(zip_path) as zf:
        shipped = {n.removeprefix("files/") for n in zf.namelist()
                   if n.startswith("files/course/")}
    expected = {"course/__init__.py"} | {
        p.relative_to(ROOT).as_posix() for p in (ROOT / "course" / "runtime").rglob("*")
        if p.is_file() and "__pycache__" not in p.parts}
    assert shipped == expected


def test_the_readme_draws_the_current_import_graph():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```mermaid\n(flowchart LR\n.*?)```", readme, flags=re.S)
    edges = import_graph.graph()
    assert import_graph.mermaid(edges) in blocks, (
        "README.md's import graph is out of date: paste the output of "
        "`python tools/import_graph.py` into its ```mermaid block")
    assert import_graph.mermaid_sides(edges) in blocks, (
        "README.md's drawing of the package's parts is out of date: paste the output of "
        "`python tools/import_graph.py --sides` into its ```mermaid block")


def test_every_runner_course_config_accepts_is_registered():
    from course.instructor.sessions import RUNNERS, runner_for
    from course.runtime import config

    assert set(config.Grading.runner.values) == {"auto", *RUNNERS}
    course = config.load(ROOT)
    assert runner_for(course).name in RUNNERS


def test_the_quick_runs_exclusions_name_tests_that_exist():
    from .conftest import SLOW_FILES, SLOW_TESTS

    tests = {p.name: p for p in (ROOT / "tests").rglob("test_*.py")}
    assert SLOW_FILES <= set(tests), sorted(SLOW_FILES - set(tests))
    for file, name in SLOW_TESTS:
        assert f"\ndef {name}(" in tests[file].read_text(encoding="utf-8"), (file, name)
