"""python tools/import_graph.py [--sides]: the course package's import graph, as a Mermaid flowchart
(module by module, or folded to the package's parts with --sides).

The README's architecture section holds its output (tests/test_layout.py keeps it current). The
graph has three groups: course/runtime/ (what a learner installs and the otter zip ships),
course/instructor/ (the command-line tools), and the modules shared at the top of course/.
Arrows point from the importing module to the imported one; none leaves course/runtime/.
"""
from __future__ import annotations

import ast
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "course"
GROUPS = {"runtime": "course/runtime: the learner's side", "instructor": "course/instructor: the tools",
          "": "course: shared"}


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imports(path: Path) -> set[str]:
    """The course modules `path` imports (at the top or inside a function)."""
    here = module_name(path).split(".")
    if path.name != "__init__.py":
        here = here[:-1]          # the package a relative import starts from
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.split(".")[0] == "course")
        elif isinstance(node, ast.ImportFrom):
            base = (here[:len(here) - node.level + 1] if node.level else [])
            module = ".".join(base + ([node.module] if node.module else []))
            if module.split(".")[0] != "course":
                continue
            found.add(module)
            found.update(f"{module}.{a.name}" for a in node.names)   # `from . import config`
    return found


def graph() -> dict[str, set[str]]:
    """{module: the course modules it imports}, for every module in the package, folded to the
    level the drawing shows: course/runtime/functions/ is one node."""
    modules = {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}

    def node(name: str) -> str | None:
        if name.startswith("course.runtime.functions"):
            return "course.runtime.functions"
        return name if name in modules else None

    edges: dict[str, set[str]] = {}
    for name, path in modules.items():
        source = node(name)
        targets = {node(t) for t in imports(path)} - {None, source}
        edges.setdefault(source, set()).update(t for t in targets
                                              if not t.endswith("__main__"))
    return edges


def side(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 2 and parts[1] in ("runtime", "instructor") else ""


def mermaid(edges: dict[str, set[str]]) -> str:
    def ident(m: str) -> str:
        return m.replace(".", "_")

    def label(m: str) -> str:
        return m.split(".")[-1] if m != "course" else "course/__init__"

    lines = ["flowchart LR"]
    for group, title in GROUPS.items():
        members = sorted(m for m in edges if side(m) == group)
        lines.append(f'  subgraph {group or "shared"}["{title}"]')
        lines += [f'    {ident(m)}["{label(m)}"]' for m in members]
        lines.append("  end")
    for source in sorted(edges):
        for target in sorted(edges[source]):
            lines.append(f"  {ident(source)} --> {ident(target)}")
    return "\n".join(lines) + "\n"


def mermaid_sides(edges: dict[str, set[str]]) -> str:
    """The same graph folded to the package's parts: which part imports which."""
    def part(m: str) -> str:
        return side(m) or m.split(".")[-1]

    names = {"runtime": "course/runtime/", "instructor": "course/instructor/",
             "remote": "course/remote.py", "course": "course/__init__.py", "__main__": "python -m course"}
    folded = {(part(s), part(t)) for s, targets in edges.items() for t in targets if part(s) != part(t)}
    lines = ["flowchart LR"]
    lines += [f'  {a}["{names[a]}"] --> {b}["{names[b]}"]' for a, b in sorted(folded)]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    edges = graph()
    sys.stdout.write(mermaid_sides(edges) if "--sides" in sys.argv else mermaid(edges))
