"""Questions: find a question's test file, load its cases, split public from hidden.

A test file is in otter-grader's exception-based format (so `otter run` grades it unchanged):
`OK_FORMAT = False`, `name = "<question id>"`, optional `hints = [...]`, and test functions
decorated with `otter.test_files.test_case(points=..., hidden=...)`. The first line of a test
function's docstring describes the case to the learner.

We read the files ourselves rather than through otter because `import otter` costs seconds (it
pulls in nbformat/jsonschema), which a learner would pay on the first check() of every session:
the file is executed with an import hook that hands it a drop-in `test_case` with otter's signature.
"""
from __future__ import annotations

import ast
import builtins
import difflib
import inspect
import os
import types
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from . import config
from .bans import Ban, BanError
from .layout import AUTOGRADER, RELEASE, SOLUTIONS

# <root>/autograder/<step>/tests/<id>.py holds public + hidden cases, <root>/release/<step>/tests/
# public cases only, <root>/autograder/<step>/solutions/<id>.py the reference (layout.py)
FULL_TESTS, PUBLIC_TESTS = AUTOGRADER, RELEASE


class QuestionError(Exception):
    """A question that cannot be found or whose test file is malformed."""


class test_case:  # noqa: N801 - mirrors otter.test_files.test_case
    """otter's `test_case` constructor and decorator protocol, without importing otter.

    otter's success_message and failure_message are refused: check() and `course grade` never
    show them, so a file that set them would behave differently under otter and here (a case's
    failure says what went wrong instead, see course.runtime.testing)."""

    def __init__(self, name=None, points=None, hidden=False, success_message=None,
                 failure_message=None, **others):
        given = [k for k, v in (("success_message", success_message),
                                ("failure_message", failure_message)) if v is not None]
        if given or others:
            raise TypeError(f"test_case({', '.join(given + sorted(others))}=...) is not supported: "
                            "give name, points and hidden only; put what a learner should read in "
                            "the case's failure message")
        self.name, self.points, self.hidden = name, points, hidden
        self.test_func = lambda: None

    def __call__(self, test_func):
        self.test_func = test_func
        return self


_OTTER_SHIM = types.ModuleType("otter.test_files")
_OTTER_SHIM.test_case = test_case


def _import_with_shim(name, globals=None, locals=None, fromlist=(), level=0):
    if name == "otter.test_files" and fromlist:
        return _OTTER_SHIM
    return builtins.__import__(name, globals, locals, fromlist, level)


@dataclass
class Case:
    name: str
    description: str
    points: float
    hidden: bool
    func: Callable[..., None]
    params: list[str]


@dataclass
class Question:
    id: str
    path: Path
    cases: list[Case]
    hints: list[str] = field(default_factory=list)
    hidden_cases: int = 0     # hidden cases that exist but are not in this file (public copy)
    hidden_points: float = 0.0
    ban: Ban | None = None    # calls the task forbids (course/runtime/bans.py)

    @property
    def max_points(self) -> float:
        return sum(c.points for c in self.cases) + self.hidden_points

    @property
    def has_hidden(self) -> bool:
        return any(c.hidden for c in self.cases)

    @property
    def names(self) -> list[str]:
        """Learner names the cases need, in order of first use."""
        seen: dict[str, None] = {}
        for case in self.cases:
            for p in case.params:
                if p != "env":
                    seen.setdefault(p, None)
        return list(seen)


_cache: dict[tuple[str, int, int], Question] = {}


def load(path: Path) -> Question:
    """Load a test file; cached by path, size and mtime so repeated check() calls are cheap."""
    path = Path(path).resolve()
    st = path.stat()
    key = (str(path), st.st_mtime_ns, st.st_size)
    if key not in _cache:
        _cache[key] = _parse(path, path.read_text(encoding="utf-8"))
    return _cache[key]


def _parse(path: Path, source: str) -> Question:
    env: dict[str, Any] = {
        "__builtins__": {**vars(builtins), "__import__": _import_with_shim},
        "__name__": f"course_tests.{path.stem}",
        "__file__": str(path),
    }
    try:
        exec(compile(source, str(path), "exec"), env)
    except Exception as exc:
        raise QuestionError(f"{path}: cannot load test file: {type(exc).__name__}: {exc}") from exc
    if env.get("OK_FORMAT") is not False:
        raise QuestionError(f"{path}: must set OK_FORMAT = False (otter exception-based format)")
    qid = env.get("name")
    if qid != path.stem:
        raise QuestionError(f"{path}: name = {qid!r} must equal the file name {path.stem!r}")
    if "points" in env:
        raise QuestionError(f"{path}: give each test_case its points instead of a file-level total")
    cases = []
    for var, obj in env.items():
        if isinstance(obj, test_case):
            if not isinstance(obj.points, (int, float)) or obj.points <= 0:
                raise QuestionError(f"{path}: {var} needs points > 0 in @test_case(points=...)")
            doc = inspect.getdoc(obj.test_func) or var.replace("_", " ")
            cases.append(Case(
                name=var,
                description=doc.strip().splitlines()[0],
                points=float(obj.points),
                hidden=bool(obj.hidden),
                func=obj.test_func,
                params=list(inspect.signature(obj.test_func).parameters),
            ))
    if not cases:
        raise QuestionError(f"{path}: defines no @test_case functions")
    hints = env.get("hints", [])
    if not isinstance(hints, list) or not all(isinstance(h, str) for h in hints):
        raise QuestionError(f"{path}: hints must be a list of strings")
    try:
        ban = Ban.from_test_file(env, str(path))
    except BanError as exc:
        raise QuestionError(str(exc)) from None
    if ban is not None and "HIDDEN_CASES" not in env:   # a public copy lacks the hidden cases' names
        params = {p for case in cases for p in case.params}
        unknown = sorted(set(ban.functions) - params)
        if unknown:
            raise QuestionError(f"{path}: bans name {', '.join(unknown)}, which no case uses")
    return Question(
        id=qid,
        path=path,
        cases=cases,
        hints=hints,
        hidden_cases=int(env.get("HIDDEN_CASES", 0)),
        hidden_points=float(env.get("HIDDEN_POINTS", 0.0)),
        ban=ban,
    )


# --- finding test files -----------------------------------------------------------------------

def _root() -> Path | None:
    """The course the learner's folder is inside (never the package's own checkout)."""
    try:
        return config.find_root(installed=False)
    except config.ConfigError:
        return None


# Public tests also travel inside the package: the learner's runtime package carries them in
# course/runtime/public_tests/<step>/ (release/runtime, built by `course build`), and a full checkout has
# them in release/<step>/tests/. Neither ever holds a hidden case.
_PACKAGE = Path(__file__).resolve().parent
_PACKAGED_PUBLIC = (_PACKAGE / "public_tests", _PACKAGE.parents[1] / PUBLIC_TESTS)


def full_test_file(qid: str, root: Path | None = None) -> Path | None:
    """The test file with every case (hidden ones included), if this copy of the course has it."""
    local = Path.cwd() / "tests" / f"{qid}.py"
    if local.is_file() and _has_hidden_cases(local):
        return local  # an author working in source/, or otter's grading folder
    root = root or _root()
    if root is not None:
        found = sorted((root / FULL_TESTS).glob(f"*/tests/{qid}.py"))
        if found:
            return found[0]
    return None


def _public_dirs(root: Path | None) -> list[tuple[Path, str]]:
    """(folder, glob pattern) pairs where public test files live, nearest first."""
    dirs = [(Path.cwd(), "tests/{}.py")]
    if root is not None:
        dirs.append((root / PUBLIC_TESTS, "*/tests/{}.py"))
    dirs += [(_PACKAGED_PUBLIC[0], "*/{}.py"), (_PACKAGED_PUBLIC[1], "*/tests/{}.py")]
    return dirs


def public_test_file(qid: str, root: Path | None = None) -> Path | None:
    for folder, pattern in _public_dirs(root or _root()):
        found = sorted(folder.glob(pattern.format(qid))) if folder.is_dir() else []
        if found:
            return found[0]
    return None


def known_ids(root: Path | None = None) -> set[str]:
    """Every question id this copy of the course has a test file for (for "did you mean")."""
    root = root or _root()
    ids: set[str] = set()
    places = _public_dirs(root) + ([(root / FULL_TESTS, "*/tests/{}.py")] if root else [])
    for folder, pattern in places:
        if folder.is_dir():
            ids |= {p.stem for p in folder.glob(pattern.format("*")) if not p.stem.startswith("_")}
    return ids


def _has_hidden_cases(path: Path) -> bool:
    try:
        return load(path).has_hidden
    except QuestionError:
        return False


def find(qid: str, *, require_hidden: bool = False) -> Question:
    """The question with all its cases when available (self-paced, grading), else its public cases."""
    if not isinstance(qid, str) or not qid.isidentifier():
        raise QuestionError(f"{qid!r} is not a question id (they look like 'dot_product')")
    path = full_test_file(qid)
    if path is None and not require_hidden:
        path = public_test_file(qid)
    if path is None:
        where = "autograder/ (hidden tests)" if require_hidden else "tests/ next to the notebook"
        near = difflib.get_close_matches(qid, sorted(known_ids()), n=1, cutoff=0.75)
        if near:
            raise QuestionError(f"no question {qid!r}: did you mean {near[0]!r}?")
        raise QuestionError(f"no test file for question {qid!r} in {where}")
    return load(path)


def solution_file(qid: str) -> Path | None:
    root = _root()
    if root is None:
        return None
    found = sorted((root / FULL_TESTS).glob(f"*/{SOLUTIONS}/{qid}.py"))
    return found[0] if found else None


# --- public/hidden split, used by the build ---------------------------------------------------

def hidden_case_spans(source: str) -> list[tuple[int, int]]:
    """1-based inclusive line spans (decorators included) of every hidden test function."""
    spans = []
    for node in ast.parse(source).body:
        if not isinstance(node, ast.FunctionDef):
            continue
        for dec in node.decorator_list:
            if (isinstance(dec, ast.Call) and getattr(dec.func, "id", None) == "test_case"
                    and any(k.arg == "hidden" and isinstance(k.value, ast.Constant)
                            and k.value.value is True for k in dec.keywords)):
                start = min(d.lineno for d in node.decorator_list)
                spans.append((start, node.end_lineno))
                break
    return spans


def public_source(source: str, question: Question) -> str:
    """The test file with its hidden cases cut out and their count recorded for honest feedback."""
    lines = source.splitlines()
    drop: set[int] = set()
    for start, end in hidden_case_spans(source):
        drop.update(range(start - 1, end))
    kept = [line for i, line in enumerate(lines) if i not in drop]
    text = "\n".join(kept)
    while "\n\n\n\n" in text:
        text = text.replace("\n\n\n\n", "\n\n\n")
    hidden = [c for c in question.cases if c.hidden]
    footer = (
        "\n\n# Hidden cases are run at grading (and by check() when autograder/ is present).\n"
        f"HIDDEN_CASES = {len(hidden)}\n"
        f"HIDDEN_POINTS = {_num(sum(c.points for c in hidden))}\n"
    )
    return text.rstrip() + "\n" + footer


def _num(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else repr(float(x))


def environ_grading() -> bool:
    """True while nbgrader autogrades the notebook: every case must run. (Its "validate" runs on
    the learner's side, where hidden cases may be absent; `course grade` does not rely on this at
    all: it evaluates outside the kernel, see course/remote.py.)"""
    return os.environ.get("NBGRADER_EXECUTION") == "autograde"
