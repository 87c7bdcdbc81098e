"""The `course` command (also `python -m course`)."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from . import config


def _cmd_build(args) -> int:
    from .build import BuildError, build

    cfg = config.load()
    try:
        outcome = build(cfg.root, check=args.check)
    except BuildError as exc:
        print(f"course build: {exc}", file=sys.stderr)
        return 1
    if args.check:
        if outcome.in_sync:
            print("release/ and autograder/ are in sync with source/")
            return 0
        for label, items in (("stale", outcome.stale), ("missing", outcome.missing),
                             ("not built from source", outcome.extra)):
            for rel in items:
                print(f"{label}: {rel}")
        print("run `course build` and commit the result", file=sys.stderr)
        return 1
    print(f"built {len(cfg.steps)} step(s): {len(outcome.written)} file(s) written, "
          f"{len(outcome.extra)} removed")
    return 0


def _print_rows(rows, console) -> None:
    from rich.table import Table

    table = Table(show_lines=False)
    for col in ("notebook", "student", "score", "error"):
        table.add_column(col, overflow="fold")
    for r in rows:
        table.add_row(r.path, r.student or "", f"{r.total:g}/{r.max:g}", r.error or "")
    console.print(table)


def _cmd_grade(args) -> int:
    from rich.console import Console

    from .grade import grade_paths, report_json

    cfg = config.load()
    step = cfg.step(args.step)  # fail early, naming the known steps
    paths = [Path(p) for p in args.paths]
    console = Console(stderr=False)
    done = []

    def progress(row):
        done.append(row)
        status = f"{row.total:g}/{row.max:g}" + (f"  ({row.error})" if row.error else "")
        console.print(f"[{len(done)}/{len(paths)}] {row.path}: {status}", highlight=False)

    rows = grade_paths(step.id, paths, cfg, on_result=progress)
    _print_rows(rows, console)
    if args.json:
        Path(args.json).write_text(json.dumps(report_json(step.id, rows), indent=2) + "\n")
        console.print(f"wrote {args.json}")
    return 0


def _cmd_check(args) -> int:
    from .feedback import as_text
    from .grade import grade_notebook

    cfg = config.load()
    path = Path(args.notebook)
    step = _step_of(cfg, path, args.step)
    row = grade_notebook(path, step, cfg, grading=False)
    for q in row.questions:
        if q.result is not None:
            print(as_text(q.result))
        else:
            print(f"{q.id}: {q.points:g}/{q.max_points:g} points — {q.status}\n  {q.message}")
    print(f"\n{path}: {row.total:g}/{row.max:g} points" + (f" — {row.error}" if row.error else ""))
    return 0 if row.error is None else 1


def _step_of(cfg, path: Path, explicit: str | None):
    if explicit:
        return cfg.step(explicit)
    for part in reversed(path.resolve().parts):
        for step in cfg.steps:
            if part == step.id:
                return step
    for step in cfg.steps:
        if path.stem in step.notebooks:
            return step
    raise config.ConfigError(f"cannot tell which step {path} belongs to; pass --step")


def _cmd_open(args) -> int:
    from .workspace import open_lab

    return open_lab(config.load(), args.jupyter_args)


def _cmd_workspace(args) -> int:
    from .workspace import sync

    copied, kept = sync(config.load())
    print(f"{len(copied)} notebook(s) copied, {len(kept)} already in workspace/ (left untouched)")
    return 0


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="course", description="Build, check and grade the course.")
    sub = p.add_subparsers(dest="command", required=True)

    b = sub.add_parser("build", help="source/ -> release/ and autograder/ (deterministic)")
    b.add_argument("--check", action="store_true",
                   help="build into a scratch folder; exit 1 naming every stale file")
    b.set_defaults(func=_cmd_build)

    g = sub.add_parser("grade", help="grade notebooks with all (public + hidden) tests")
    g.add_argument("step", help="step id, e.g. 01_linear_algebra")
    g.add_argument("paths", nargs="+", help="notebooks to grade")
    g.add_argument("--json", metavar="FILE", help="write the results as JSON (format: README)")
    g.set_defaults(func=_cmd_grade)

    c = sub.add_parser("check", help="run a notebook and print its per-question feedback")
    c.add_argument("notebook")
    c.add_argument("--step", help="step id (default: from the notebook's folder or name)")
    c.set_defaults(func=_cmd_check)

    o = sub.add_parser("open", help="copy new release notebooks to workspace/ and start JupyterLab; "
                       "other options go to JupyterLab (e.g. --no-browser --port 8890)")
    o.set_defaults(func=_cmd_open)

    w = sub.add_parser("workspace", help="only copy new release notebooks into workspace/")
    w.set_defaults(func=_cmd_workspace)
    return p


def main(argv: list[str] | None = None) -> int:
    p = parser()
    args, unknown = p.parse_known_args(argv)
    if args.command == "open":
        args.jupyter_args = unknown
    elif unknown:
        p.error(f"unrecognized arguments: {' '.join(unknown)}")
    try:
        return args.func(args)
    except config.ConfigError as exc:
        print(f"course: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    raise SystemExit(main())
