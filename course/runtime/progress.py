"""The learner's progress: every check() in their workspace is remembered, and summarised.

The store is `workspace/.progress.jsonl`: one JSON object per check(), appended under an exclusive
`flock`, so any number of kernels can write at once and nothing they wrote is lost. An append-only
log was chosen over a database file because damage stays local: a torn last line (a crash in
mid-write) or a few garbage bytes cost only the lines they hit. When the store is read (`course
progress`, `progress()`), unreadable lines are moved aside to `.progress.jsonl.corrupt-<time>` with
a note, and the good ones are kept.

Recording never makes check() fail: any error of the store is swallowed and reported once per
process, on stderr. Nothing is recorded outside the learner's workspace (the folder `course open`
creates) or while a grader runs the notebook: nbgrader (NBGRADER_EXECUTION), `course grade` /
`course check` (COURSE_GRADING, set by course/instructor/sessions.py in the learner's process; they also run
it in a scratch folder) and otter (its grading mode, and a scratch folder of its own).

`from course import progress` is the function below; the module is `course.runtime.progress`.
"""
from __future__ import annotations

import csv
import html
import json
import os
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from .evaluate import Status
from .layout import AUTOGRADER, MANIFEST, RELEASE, WORKSPACE

try:
    import fcntl
except ImportError:   # Windows: appends are still single writes, only without the lock
    fcntl = None

STORE = ".progress.jsonl"
SCHEMA = 1
LOCK_TIMEOUT = 1.0                 # seconds a writer waits for another before giving up
FIELDS = ("time", "question", "step", "notebook", "status", "points", "max_points")
NOT_COUNTED = (Status.NOT_ATTEMPTED, Status.NOT_DEFINED)   # check() statuses that leave it unattempted

# a question's progress, from its check() records
PASSED, ATTEMPTED, NOT_STARTED = "passed", "attempted", "not started"


class ProgressError(Exception):
    """The store cannot be read or written (it never escapes record())."""


# --- where, and whether, to record ------------------------------------------------------------

def grading() -> str | None:
    """Why this process is grading (and must not record), or None."""
    mode = os.environ.get("NBGRADER_EXECUTION")
    if mode:
        return f"nbgrader ({mode})"
    if os.environ.get("COURSE_GRADING"):
        return "course grade"
    otter = sys.modules.get("otter.check.notebook")
    if otter is not None and getattr(getattr(otter, "Notebook", None), "_grading_mode", False):
        return "otter"
    return None


_workspace_cache: dict[tuple[str, str], Path | None] = {}


def workspace_of(cwd: Path | None = None) -> Path | None:
    """The learner workspace that `cwd` is in (workspace/ or a folder below it), else None."""
    here = str(cwd or os.getcwd())
    key = (here, os.environ.get("COURSE_ROOT", ""))
    if key not in _workspace_cache:
        _workspace_cache[key] = _find_workspace(Path(here))
    return _workspace_cache[key]


def _find_workspace(cwd: Path) -> Path | None:
    from . import config

    try:
        here = cwd.resolve()
        workspace = (config.find_root(here) / WORKSPACE).resolve()
    except (config.ConfigError, OSError):
        return None
    if here == workspace or workspace in here.parents:
        return workspace
    return None


def store_path(workspace: Path) -> Path:
    return Path(workspace) / STORE


# --- writing ----------------------------------------------------------------------------------

_reported: set[str] = set()


def _report_once(message: str) -> None:
    if message not in _reported:
        _reported.add(message)
        print(f"(course: your progress was not saved: {message})", file=sys.stderr)


def record(question_id: str, result: Any, namespace: dict | None = None) -> bool:
    """Remember one check() result if this is the learner's workspace. Never raises."""
    try:
        if grading():
            return False
        workspace = workspace_of()
        if workspace is None:
            return False
        step, notebook = _where(workspace, namespace or {}, question_id)
        entry = {
            "v": SCHEMA,
            "time": time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime()) + "Z",
            "question": question_id,
            "step": step,
            "notebook": notebook,
            "status": result.status,
            "points": float(result.points),
            "max_points": float(result.max_points),
        }
        append(store_path(workspace), entry)
        return True
    except Exception as exc:   # noqa: BLE001 - a progress store must never break check()
        _report_once(f"{type(exc).__name__}: {exc}")
        return False


def _where(workspace: Path, namespace: dict, qid: str) -> tuple[str | None, str | None]:
    """The step (from the kernel's folder) and notebook (from Jupyter's session name, else the
    step's manifest) of a check()."""
    try:
        parts = Path.cwd().resolve().relative_to(workspace).parts
    except ValueError:
        parts = ()
    step = parts[0] if parts else None
    session = namespace.get("__session__") or os.environ.get("JPY_SESSION_NAME") or ""
    if isinstance(session, str) and session.endswith(".ipynb"):
        return step, Path(session).stem
    if step is not None:
        for name, qids in _manifest(workspace.parent / AUTOGRADER / step / MANIFEST).items():
            if qid in qids:
                return step, name
    return step, None


_manifests: dict[tuple[str, int], dict[str, list[str]]] = {}


def _manifest(path: Path) -> dict[str, list[str]]:
    try:
        key = (str(path), path.stat().st_mtime_ns)
    except OSError:
        return {}
    if key not in _manifests:
        _manifests[key] = json.loads(path.read_text(encoding="utf-8")).get("notebooks", {})
    return _manifests[key]


class _Locked:
    """An exclusive flock on the store's current file (re-opened if it was replaced meanwhile)."""

    def __init__(self, path: Path, flags: int, timeout: float = LOCK_TIMEOUT):
        self.path, self.flags, self.timeout = path, flags, timeout

    def __enter__(self) -> int:
        deadline = time.monotonic() + self.timeout
        while True:
            fd = os.open(self.path, self.flags, 0o644)
            try:
                if fcntl is not None:
                    while True:
                        try:
                            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                            break
                        except BlockingIOError:
                            if time.monotonic() > deadline:
                                raise ProgressError(f"{self.path} stayed locked by another "
                                                    f"process for {self.timeout:g} s") from None
                            time.sleep(0.001)
                    # a reader may have replaced the file (moving corrupt lines aside) while we
                    # waited: then we hold the lock of the old file and must open the new one
                    if os.fstat(fd).st_ino != os.stat(self.path).st_ino:
                        os.close(fd)
                        continue
            except BaseException:
                os.close(fd)
                raise
            self.fd = fd
            return fd

    def __exit__(self, *exc) -> None:
        os.close(self.fd)   # closing releases the lock


def append(path: Path, entry: dict) -> None:
    """Append one record: one write(2) of one line, under the lock."""
    data = (json.dumps(entry, separators=(",", ":"), ensure_ascii=True) + "\n").encode()
    with _Locked(path, os.O_RDWR | os.O_APPEND | os.O_CREAT) as fd:   # read: the last byte
        size = os.fstat(fd).st_size
        if size and os.pread(fd, 1, size - 1) != b"\n":
            data = b"\n" + data   # a torn last line must not swallow this record
        os.write(fd, data)


# --- reading ----------------------------------------------------------------------------------

def _valid(entry: Any) -> bool:
    return (isinstance(entry, dict) and isinstance(entry.get("question"), str)
            and isinstance(entry.get("status"), str) and isinstance(entry.get("time"), str)
            and all(isinstance(entry.get(k), (int, float)) and not isinstance(entry.get(k), bool)
                    for k in ("points", "max_points")))


def load(workspace: Path) -> tuple[list[dict], list[str]]:
    """Every good record, oldest first, and notes on what was wrong with the store. Unreadable
    lines are moved aside to a `.corrupt-<time>` file and the store keeps only the good ones."""
    path = store_path(workspace)
    if not path.exists():
        return [], []
    notes: list[str] = []
    try:
        with _Locked(path, os.O_RDWR, timeout=10 * LOCK_TIMEOUT) as fd:
            with os.fdopen(os.dup(fd), "rb") as f:
                raw = f.read()
            good, bad = [], []
            for line in raw.split(b"\n"):
                if not line.strip():
                    continue
                try:
                    entry = json.loads(line.decode("utf-8"))
                except (UnicodeDecodeError, ValueError):
                    entry = None
                (good if _valid(entry) else bad).append(entry if _valid(entry) else line)
            if bad:
                notes.append(_move_aside(path, raw, good, len(bad)))
    except (OSError, ProgressError) as exc:
        raise ProgressError(f"cannot read {path}: {exc}") from exc
    return good, notes


def _move_aside(path: Path, raw: bytes, good: list[dict], n_bad: int) -> str:
    """Keep the damaged file whole beside the store; rewrite the store with the good lines."""
    aside = path.with_name(f"{path.name}.corrupt-{time.strftime('%Y%m%dT%H%M%S')}-{os.getpid()}")
    aside.write_bytes(raw)
    tmp = path.with_name(f"{path.name}.tmp-{os.getpid()}")
    tmp.write_bytes(b"".join(json.dumps(e, separators=(",", ":")).encode() + b"\n" for e in good))
    os.replace(tmp, path)   # writers waiting on the old file's lock notice and re-open
    return (f"{n_bad} unreadable line(s) in {path.name} were moved aside to {aside.name}; "
            f"{len(good)} good record(s) kept")


def reset(workspace: Path) -> Path | None:
    """Start afresh: the store is renamed (not deleted) to `.progress.jsonl.reset-<time>`."""
    path = store_path(workspace)
    if not path.exists():
        return None
    aside = path.with_name(f"{path.name}.reset-{time.strftime('%Y%m%dT%H%M%S')}")
    with _Locked(path, os.O_RDWR):
        os.replace(path, aside)
    return aside


def export(workspace: Path, out: Path) -> int:
    """Your own records as CSV (a .csv name) or JSON (anything else). Returns how many."""
    records, _ = load(workspace)
    out = Path(out)
    if out.suffix.lower() == ".csv":
        with out.open("w", newline="", encoding="utf-8") as f:
            writer = csv.DictWriter(f, fieldnames=FIELDS, extrasaction="ignore")
            writer.writeheader()
            writer.writerows(records)
    else:
        out.write_text(json.dumps({"records": [{k: r.get(k) for k in FIELDS} for r in records]},
                                  indent=1) + "\n", encoding="utf-8")
    return len(records)


# --- the summary ------------------------------------------------------------------------------

@dataclass
class QuestionProgress:
    id: str
    step: str
    notebook: str
    max_points: float
    status: str = NOT_STARTED   # passed (ever) > attempted > not started
    points: float = 0.0         # the best score any check() gave it
    checks: int = 0
    last: str | None = None     # time of the last check()


@dataclass
class NotebookProgress:
    step: str
    notebook: str
    questions: list[QuestionProgress]

    def count(self, status: str) -> int:
        return sum(q.status == status for q in self.questions)

    @property
    def points(self) -> float:
        return sum(q.points for q in self.questions)

    @property
    def max_points(self) -> float:
        return sum(q.max_points for q in self.questions)

    @property
    def path(self) -> str:
        return f"{WORKSPACE}/{self.step}/{self.notebook}.ipynb"


@dataclass
class Summary:
    notebooks: list[NotebookProgress]
    records: int = 0
    notes: list[str] = field(default_factory=list)
    workspace: Path | None = None

    @property
    def questions(self) -> list[QuestionProgress]:
        return [q for nb in self.notebooks for q in nb.questions]

    @property
    def next(self) -> QuestionProgress | None:
        """The first question, in course order, that has not passed."""
        return next((q for q in self.questions if q.status != PASSED), None)

    def notebook_of(self, q: QuestionProgress) -> NotebookProgress:
        return next(nb for nb in self.notebooks if nb.step == q.step and nb.notebook == q.notebook)


def layout(root: Path, steps: Iterable) -> list[NotebookProgress]:
    """Course order: the steps of course_config.py, their notebooks, each notebook's grade cells
    (read from release/, what the workspace was copied from)."""
    notebooks = []
    for step in steps:
        for name in step.notebooks:
            path = Path(root) / RELEASE / step.id / f"{name}.ipynb"
            try:
                nb = json.loads(path.read_text(encoding="utf-8"))
            except (OSError, ValueError) as exc:
                raise ProgressError(f"cannot read {path} ({exc}): run `course build`") from None
            qs = []
            for cell in nb.get("cells", []):
                meta = cell.get("metadata", {}).get("nbgrader", {})
                if meta.get("grade") and meta.get("grade_id"):
                    qs.append(QuestionProgress(meta["grade_id"], step.id, name,
                                               float(meta.get("points") or 0)))
            notebooks.append(NotebookProgress(step.id, name, qs))
    return notebooks


def summarise(notebooks: list[NotebookProgress], records: list[dict]) -> int:
    """Fold the records into the questions; returns how many records matched a question."""
    by_id = {q.id: q for nb in notebooks for q in nb.questions}
    matched = 0
    for r in records:
        q = by_id.get(r["question"])
        if q is None:
            continue   # a question the course no longer has
        matched += 1
        q.checks += 1
        q.last = r["time"]
        q.points = max(q.points, min(float(r["points"]), q.max_points))
        if r["status"] == Status.PASSED:
            q.status = PASSED
        elif r["status"] not in NOT_COUNTED and q.status == NOT_STARTED:
            q.status = ATTEMPTED
    return matched


def summary(cfg=None, workspace: Path | None = None) -> Summary:
    from . import config

    cfg = cfg or config.load()
    workspace = Path(workspace) if workspace else cfg.root / WORKSPACE
    notebooks = layout(cfg.root, cfg.steps)
    records, notes = load(workspace)
    summarise(notebooks, records)
    if not workspace.is_dir():
        notes.append(f"no workspace yet ({workspace}): `course open` creates it")
    return Summary(notebooks, len(records), notes, workspace)


# --- showing it -------------------------------------------------------------------------------

def bar(fraction: float, width: int = 20) -> str:
    fraction = min(1.0, max(0.0, fraction))
    full = round(fraction * width)
    return "█" * full + "░" * (width - full) + f" {round(100 * fraction):3d}%"


def _n(x: float) -> str:
    return f"{x:g}"


def totals_line(s: Summary) -> str:
    qs = s.questions
    return (f"Your progress: {sum(q.status == PASSED for q in qs)} of {len(qs)} questions passed, "
            f"{_n(sum(q.points for q in qs))}/{_n(sum(q.max_points for q in qs))} points")


def next_line(s: Summary) -> str:
    q = s.next
    if q is None:
        return "Every question passed. Well done!"
    where = s.notebook_of(q).path
    state = "" if q.status == NOT_STARTED else f" ({q.status}, {_n(q.points)}/{_n(q.max_points)} points)"
    return f"Next: {q.id} in {where}{state}"


def question_line(q: QuestionProgress) -> str:
    """One checked question, the shape `progress()` shows: `dot_product: passed (3/3 points)`."""
    return f"{q.id}: {q.status} ({_n(q.points)}/{_n(q.max_points)} points)"


class ProgressView:
    """What `progress()` returns: an HTML table with bars in JupyterLab, the same as text elsewhere.

    Shape (stable; a browser test reads it): a totals line, one row per notebook, then
    "Checked in <step>:" and one `question_line` per question of that step that was checked
    (e.g. `dot_product: passed (3/3 points)`), then the `next_line`.
    """

    def __init__(self, s: Summary, step: str | None):
        self.summary, self.step = s, step

    def checked(self) -> list[QuestionProgress]:
        return [q for q in self.summary.questions
                if q.checks and (self.step is None or q.step == self.step)]

    def __repr__(self) -> str:
        s = self.summary
        lines = [totals_line(s), ""]
        width = max(len(f"{nb.step}/{nb.notebook}") for nb in s.notebooks) if s.notebooks else 0
        for nb in s.notebooks:
            lines.append(f"{f'{nb.step}/{nb.notebook}':<{width}}  {nb.count(PASSED):>2}/"
                         f"{len(nb.questions):<2} passed  {nb.count(ATTEMPTED):>2} attempted  "
                         f"{_n(nb.points):>3}/{_n(nb.max_points):<3} points  "
                         f"{bar(nb.points / nb.max_points if nb.max_points else 0.0)}")
        lines += ["", f"Checked in {self.step or 'the course'}:"]
        lines += [f"  {question_line(q)}" for q in self.checked()] or ["  (nothing checked yet)"]
        lines += ["", next_line(s)] + [f"Note: {n}" for n in s.notes]
        return "\n".join(lines)

    def _repr_html_(self) -> str:
        e = html.escape
        s = self.summary
        rows = []
        for nb in s.notebooks:
            frac = nb.points / nb.max_points if nb.max_points else 0.0
            here = " style='font-weight:bold'" if nb.step == self.step else ""
            rows.append(
                f"<tr{here}><td>{e(nb.step)}</td><td>{e(nb.notebook)}</td>"
                f"<td style='text-align:right'>{nb.count(PASSED)}/{len(nb.questions)}</td>"
                f"<td style='text-align:right'>{nb.count(ATTEMPTED)}</td>"
                f"<td style='text-align:right'>{_n(nb.points)}/{_n(nb.max_points)}</td>"
                f"<td><div style='width:120px;height:10px;background:#d0d7de'>"
                f"<div style='width:{round(120 * frac)}px;height:10px;background:#1a7f37'></div>"
                f"</div></td><td style='text-align:right'>{round(100 * frac)}%</td></tr>")
        checked = "".join(f"<li>{e(question_line(q))}</li>" for q in self.checked()) \
            or "<li>(nothing checked yet)</li>"
        notes = "".join(f"<div style='color:#9a6700'>Note: {e(n)}</div>" for n in s.notes)
        return (
            "<div class='course-progress' style='font-family:sans-serif'>"
            f"<div><b>{e(totals_line(s))}</b></div>"
            "<table><thead><tr><th>step</th><th>notebook</th><th>passed</th><th>attempted</th>"
            f"<th>points</th><th></th><th></th></tr></thead><tbody>{''.join(rows)}</tbody></table>"
            f"<div>Checked in {e(self.step or 'the course')}:</div><ul>{checked}</ul>"
            f"<div><b>{e(next_line(s))}</b></div>{notes}</div>")


def progress(step: str | None = None) -> ProgressView:
    """Your progress through the course, and the next question to do. In a notebook of
    workspace/<step>/, the questions you checked in that step are listed."""
    from . import config

    if step is None:
        workspace = workspace_of()
        if workspace is not None:
            parts = Path.cwd().resolve().relative_to(workspace).parts
            step = parts[0] if parts else None
    cfg = config.load()
    if step is not None and step not in {s.id for s in cfg.steps}:
        step = None
    return ProgressView(summary(cfg), step)


# --- the command line (course progress, course next) -----------------------------------------
