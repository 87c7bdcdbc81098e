"""`course progress` and `course next`: the learner's progress store (course/runtime/progress.py)
on the command line, as a rich table; `next --open` opens the next unfinished notebook."""
from __future__ import annotations

import sys
from pathlib import Path

from ..runtime import config
from ..runtime.layout import WORKSPACE
from ..runtime.progress import (ATTEMPTED, NOT_STARTED, PASSED, ProgressError, Summary, _n, bar,
                                export, next_line, reset, summary, totals_line)
from .workspace import open_lab


def rich_table(s: Summary):
    from rich.table import Table

    table = Table(title=totals_line(s), title_justify="left", box=None, padding=(0, 1))
    table.add_column("step / notebook", no_wrap=True)
    for col in ("passed", "attempted", "not\nstarted", "points"):
        table.add_column(col, justify="right", no_wrap=True)
    table.add_column("", no_wrap=True)
    previous = None
    for nb in s.notebooks:
        if nb.step != previous:
            table.add_row(f"[bold]{nb.step}[/bold]")
            previous = nb.step
        table.add_row(f"  {nb.notebook}", f"{nb.count(PASSED)}/{len(nb.questions)}",
                      str(nb.count(ATTEMPTED)), str(nb.count(NOT_STARTED)),
                      f"{_n(nb.points)}/{_n(nb.max_points)}",
                      bar(nb.points / nb.max_points if nb.max_points else 0.0, width=8))
    return table



def cli_progress(args) -> int:
    """`course progress [--reset [--yes]] [--export FILE]`."""
    from rich.console import Console

    cfg = config.load()
    workspace = cfg.root / WORKSPACE
    try:
        if args.reset:
            if not args.yes:
                if not sys.stdin.isatty():
                    print("course: --reset asks for confirmation; not a terminal, pass --yes",
                          file=sys.stderr)
                    return 2
                if input("Forget every recorded check() in workspace/? [y/N] ").strip().lower() \
                        not in ("y", "yes"):
                    print("Nothing was reset.")
                    return 1
            aside = reset(workspace)
            print(f"Progress reset; the old records are kept in {aside}" if aside
                  else "Nothing recorded yet: nothing to reset.")
            return 0
        if args.export:
            n = export(workspace, Path(args.export))
            print(f"{n} record(s) written to {args.export}")
            return 0
        s = summary(cfg, workspace)
    except ProgressError as exc:
        print(f"course: {exc}", file=sys.stderr)
        return 2
    console = Console()
    console.print(rich_table(s))
    console.print(next_line(s), markup=False, highlight=False)
    for note in s.notes:
        console.print(f"Note: {note}", markup=False, highlight=False)
    return 0


def cli_next(args) -> int:
    """`course next [--open]`: the next unfinished question (and open its notebook)."""
    cfg = config.load()
    try:
        s = summary(cfg)
    except ProgressError as exc:
        print(f"course: {exc}", file=sys.stderr)
        return 2
    print(next_line(s))
    q = s.next
    if q is None or not args.open:
        return 0
    return open_lab(cfg, [f"--LabApp.default_url=/lab/tree/{q.step}/{q.notebook}.ipynb",
                          *args.jupyter_args])
