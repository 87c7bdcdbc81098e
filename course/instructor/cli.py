"""The `course` command (also `python -m course`)."""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from ..runtime import config

if TYPE_CHECKING:
    from .ledger import Submission


def _cmd_build(args) -> int:
    from .build import BuildError, build, pin_drift

    cfg = config.load()
    steps = [cfg.step(s).id for s in args.steps]   # fail early, naming the known steps
    for req in pin_drift(cfg.autograder_requirements):
        print(f"note: c.Autograder.requirements pins {req}; Gradescope will grade with the pin",
              file=sys.stderr)
    try:
        outcome = build(cfg.root, check=args.check, steps=steps or None)
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
    print(f"built {len(steps or cfg.steps)} step(s): {len(outcome.written)} file(s) written, "
          f"{len(outcome.extra)} removed")
    return 0


def _cmd_grade(args) -> int:
    from rich.console import Console

    from .cohort import grade_cohort
    from .grade import load_layout
    from .ledger import ledger_path
    from .pool import default_jobs

    cfg = config.load()
    step = cfg.step(args.step)  # fail early, naming the known steps
    console = Console(stderr=True)
    writer = None   # skipped notebooks are recorded too: the gradebook may be newer than the ledger
    if not args.no_gradebook:
        from .gradebook import GradebookWriter
        writer = GradebookWriter(cfg, load_layout(cfg.root, step))
    jobs = args.jobs or default_jobs(cfg)
    progress = _Progress(console, jobs)
    try:
        entries = grade_cohort(step.id, [Path(p) for p in args.paths], cfg, jobs=jobs,
                               force=args.force, on_start=progress.start,
                               on_stale=lambda n: console.print(
                                   f"{n} unchanged notebook(s) graded again: the tests, points or "
                                   "grading code changed since they were graded", highlight=False),
                               ledger=Path(args.ledger) if args.ledger else None,
                               on_entry=lambda e, skipped: (progress.advance(e, skipped),
                                                            writer and writer.record(e)))
    finally:
        progress.stop()
        if writer:
            writer.close()
    _print_summary(entries, console)
    console.print(f"results: {args.ledger or ledger_path(cfg, step.id)}"
                  + ("" if args.no_gradebook else f"; gradebook: {cfg.db_url}"), highlight=False)
    if args.json:
        report = {"step": step.id, "submissions": [e.report_json() for e in entries]}
        Path(args.json).write_text(json.dumps(report, indent=2) + "\n")
        console.print(f"wrote {args.json}", highlight=False)
    return 0


class _Progress:
    """A progress bar with rate and ETA on a terminal; one line per notebook elsewhere (CI, pipes)."""

    def __init__(self, console, jobs: int):
        self.console, self.jobs, self.bar, self.done = console, jobs, None, 0

    def start(self, total: int, skipped: int) -> None:
        self.total = total
        if skipped:
            self.console.print(f"{skipped} of {total} notebook(s) unchanged since they were graded: "
                               "skipped (use --force to grade them again)", highlight=False)
        if self.console.is_terminal and not os.environ.get("CI"):
            from rich.progress import (BarColumn, MofNCompleteColumn, Progress, TextColumn,
                                       TimeElapsedColumn, TimeRemainingColumn)
            self.bar = Progress(TextColumn("grading"), BarColumn(), MofNCompleteColumn(),
                                TextColumn("{task.fields[rate]}"), TimeElapsedColumn(),
                                TextColumn("ETA"), TimeRemainingColumn(), console=self.console)
            self.task = self.bar.add_task("grading", total=total, rate="")
            self.bar.start()
        self.began = time.monotonic()

    def advance(self, entry: Submission, skipped: bool) -> None:
        self.done += 1
        if self.bar is not None:
            rate = (self.done / max(1e-9, time.monotonic() - self.began))
            self.bar.update(self.task, advance=1, rate=f"{rate:.1f} nb/s")
        elif not skipped:
            status = f"{entry.total:g}/{entry.max:g}" + (f" ({entry.error})" if entry.error else "")
            self.console.print(f"[{self.done}/{self.total}] {entry.student} "
                               f"{entry.notebook or entry.origin}: {status}", highlight=False)

    def stop(self) -> None:
        if self.bar is not None:
            self.bar.stop()


def _print_summary(entries: list[Submission], console) -> None:
    from rich.table import Table

    table = Table(title="course grade")
    for col in ("student", "notebook", "score", "problem"):
        table.add_column(col, overflow="fold")
    for e in entries:
        table.add_row(e.student, e.notebook or e.origin, f"{e.total:g}/{e.max:g}",
                      e.error or "; ".join(e.notes))
    console.print(table)


def _cmd_export(args) -> int:
    from .exports import export

    cfg = config.load()
    steps = [cfg.step(args.step).id] if args.step else None
    n = export(cfg, Path(args.csv), args.format, steps)
    print(f"wrote {n} row(s) to {args.csv} ({args.format})")
    return 0


def _cmd_students(args) -> int:
    from .roster import import_roster

    added, updated = import_roster(config.load(), Path(args.file))
    print(f"{added} student(s) added, {updated} updated")
    return 0


def _cmd_feedback(args) -> int:
    from .feedback_pages import write_pages

    cfg = config.load()
    from .feedback_pages import PAGES_DIR

    out = Path(args.out or cfg.root / PAGES_DIR)
    if out.resolve() == (cfg.root / "feedback").resolve():
        raise config.ConfigError("feedback/ is nbgrader's (generate_feedback, release_feedback): "
                                 f"write the pages elsewhere (default: {PAGES_DIR}/)")
    written = write_pages(cfg, args.step, out, args.student or None)
    print(f"wrote {len(written)} feedback page(s) under {out}")
    return 0


def _cmd_check(args) -> int:
    from ..runtime.feedback import as_text
    from .grade import grade_notebook

    path = Path(args.notebook)
    problem = _not_a_notebook(path)
    if problem:
        print(f"course check: {problem}", file=sys.stderr)
        return 2
    try:   # the course this notebook is inside (not the one the package was installed from)
        cfg = config.load(config.find_root(path.resolve().parent, installed=False))
    except config.ConfigError:
        from .selfcheck import check_copy

        return check_copy(path)
    step = _step_of(cfg, path, args.step)
    row = grade_notebook(path, step, cfg, grading=False)
    for q in row.questions:
        if q.result is not None:
            print(as_text(q.result))
        else:
            print(f"{q.id}: {q.points:g}/{q.max_points:g} points — {q.status}\n  {q.message}")
    print(f"\n{path}: {row.total:g}/{row.max:g} points" + (f" — {row.error}" if row.error else ""))
    return 0 if row.error is None else 1


def _not_a_notebook(path: Path) -> str | None:
    """Why `path` cannot be checked, with what to do instead (None: go ahead)."""
    if path.is_dir():
        found = sorted(path.glob("*.ipynb"))
        if found:
            return (f"{path} is a folder; pass one notebook, e.g. "
                    f"course check {found[0]}" + (f" ({len(found)} notebooks there)" if len(found) > 1 else ""))
        return f"{path} is a folder with no notebooks in it; pass a .ipynb file"
    if not path.exists():
        near = sorted(path.parent.glob("*.ipynb")) if path.parent.is_dir() else []
        import difflib

        close = difflib.get_close_matches(path.name, [p.name for p in near], n=1, cutoff=0.6)
        return (f"no such file: {path}" + (f" — did you mean {path.parent / close[0]}?" if close else ""))
    if path.suffix != ".ipynb":
        return f"{path} is not a notebook (.ipynb)"
    return None


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

    return open_lab(config.load(), args.jupyter_args, instructor=args.instructor)


def _cmd_workspace(args) -> int:
    from .workspace import sync

    copied, kept = sync(config.load())
    print(f"{len(copied)} notebook(s) copied, {len(kept)} already in workspace/ (left untouched)")
    return 0


def _cmd_progress(args) -> int:
    from .progress_commands import cli_progress

    return cli_progress(args)


def _cmd_next(args) -> int:
    from .progress_commands import cli_next

    return cli_next(args)


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="course", description="Build, check and grade the course.")
    sub = p.add_subparsers(dest="command", required=True)

    b = sub.add_parser("build", help="source/ -> release/ and autograder/ (deterministic)")
    b.add_argument("steps", nargs="*", metavar="STEP", help="only these steps (default: all)")
    b.add_argument("--check", action="store_true",
                   help="build into a scratch folder; exit 1 naming every stale file")
    b.set_defaults(func=_cmd_build)

    g = sub.add_parser("grade", help="grade notebooks with all (public + hidden) tests")
    g.add_argument("step", help="step id, e.g. 01_linear_algebra")
    g.add_argument("paths", nargs="+", help="notebooks, folders (nbgrader's submitted/ or loose "
                   "notebooks) and otter export zips")
    g.add_argument("--jobs", "-j", type=int, default=0,
                   help="notebooks graded at once (default: c.Grading.jobs, else one per core)")
    g.add_argument("--force", action="store_true",
                   help="grade again notebooks that are unchanged since they were graded")
    g.add_argument("--no-gradebook", action="store_true",
                   help="do not write scores into nbgrader's gradebook")
    g.add_argument("--json", metavar="FILE", help="write the results as JSON (format: README)")
    g.add_argument("--ledger", metavar="FILE",
                   help="where results are appended as they finish (default: grades/<step>.jsonl)")
    g.set_defaults(func=_cmd_grade)

    e = sub.add_parser("export", help="grades from the gradebook as CSV (one row per student and step)")
    e.add_argument("--csv", required=True, metavar="FILE")
    e.add_argument("--step", help="only this step")
    e.add_argument("--format", choices=("csv", "canvas", "moodle"), default="csv",
                   help="csv (one row per student and step, with names, email, LMS id), canvas or "
                   "moodle (their gradebook-import CSV: one row per student, a column per step)")
    e.set_defaults(func=_cmd_export)

    st = sub.add_parser("students", help="the roster in nbgrader's gradebook")
    st_sub = st.add_subparsers(dest="students_command", required=True)
    si = st_sub.add_parser("import", help="add or update students from a CSV (id, first_name, "
                           "last_name, email, lms_user_id)")
    si.add_argument("file")
    si.set_defaults(func=_cmd_students)

    f = sub.add_parser("feedback", help="one HTML feedback page per student, from the gradebook "
                       "(feedback_pages/<student>/<step>/)")
    f.add_argument("step")
    f.add_argument("--student", action="append", help="only this student (repeatable)")
    f.add_argument("--out", help="folder (default: feedback_pages/ in the course root)")
    f.set_defaults(func=_cmd_feedback)

    c = sub.add_parser("check", help="run a notebook and print its per-question feedback")
    c.add_argument("notebook")
    c.add_argument("--step", help="step id (default: from the notebook's folder or name)")
    c.set_defaults(func=_cmd_check)

    o = sub.add_parser("open", help="copy new release notebooks to workspace/ and start JupyterLab; "
                       "other options go to JupyterLab (e.g. --no-browser --port 8890)")
    o.add_argument("--instructor", action="store_true",
                   help="keep nbgrader's formgrader, Create Assignment and Validate (off for learners)")
    o.set_defaults(func=_cmd_open)

    w = sub.add_parser("workspace", help="only copy new release notebooks into workspace/")
    w.set_defaults(func=_cmd_workspace)

    pr = sub.add_parser("progress", help="your checked questions per step and notebook, and what is next")
    pr.add_argument("--reset", action="store_true", help="start afresh (the old records are kept aside)")
    pr.add_argument("--yes", action="store_true", help="with --reset: do not ask")
    pr.add_argument("--export", metavar="FILE", help="your records as CSV (.csv) or JSON")
    pr.set_defaults(func=_cmd_progress)

    nx = sub.add_parser("next", help="the next unfinished question; --open starts JupyterLab on it")
    nx.add_argument("--open", action="store_true", help="open its notebook in JupyterLab")
    nx.set_defaults(func=_cmd_next)
    return p


def main(argv: list[str] | None = None) -> int:
    p = parser()
    args, unknown = p.parse_known_args(argv)
    if args.command in ("open", "next"):
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
