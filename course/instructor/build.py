"""`course build`: source/ -> release/ (learner notebooks + public tests) and autograder/ (all tests,
reference solutions, one otter autograder zip per notebook). Deterministic: rebuilding changes no byte.

nbgrader generate_assignment makes the learner notebooks (solutions stripped, cells locked, checksums
recorded in the gradebook). Test files are split here because nbgrader only knows hidden tests
written inside notebooks, and it would otherwise copy the hidden ones into release/ verbatim.
"""
from __future__ import annotations

import io
import json
import shutil
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import nbformat

from ..runtime import config, otter_bridge, questions
from . import runtime_package
from ..runtime.config import tools_on_path
from ..runtime.layout import AUTOGRADER, MANIFEST, RELEASE, SOURCE, grade_cells, nbgrader_meta

ZIP_DATE = (2000, 1, 1, 0, 0, 0)   # fixed timestamp: zips must be byte-identical across builds
SOLUTION_MARKERS = ("### BEGIN SOLUTION", "### END SOLUTION")
# What Gradescope shows a student (otter's AutograderConfig): right after submitting, the public
# cases of every question ("Public Tests", check()'s own words); once the instructor publishes
# grades, each question's score with the verdicts of its hidden cases (never their data).
OTTER_CONFIG = {"show_hidden": True, "force_public_test_summary": True, "show_stdout": False}


class BuildError(Exception):
    """The source tree is inconsistent; the message lists every problem found."""


@dataclass
class Outcome:
    written: list[str] = field(default_factory=list)
    stale: list[str] = field(default_factory=list)     # differ from what the build makes
    missing: list[str] = field(default_factory=list)   # the build makes them, they are absent
    extra: list[str] = field(default_factory=list)     # present under release/ or autograder/, not built

    @property
    def in_sync(self) -> bool:
        return not (self.stale or self.missing or self.extra)


def _solution_text(nb, qid: str) -> str | None:
    for cell in nb.cells:
        meta = nbgrader_meta(cell)
        if meta.get("solution") and meta.get("grade_id") == f"{qid}_solution":
            lines = [line for line in cell.source.splitlines()
                     if line.strip() not in SOLUTION_MARKERS]
            return "\n".join(lines).strip() + "\n"
    return None


def validate_sources(cfg: config.CourseConfig, source_root: Path) -> dict[str, dict[str, list[str]]]:
    """Check notebooks against test files; return {step: {notebook: [question ids]}}."""
    problems: list[str] = []
    layout: dict[str, dict[str, list[str]]] = {}
    seen: dict[str, str] = {}
    for step in cfg.steps:
        step_dir = source_root / step.id
        layout[step.id] = {}
        test_files = {p.stem for p in (step_dir / "tests").glob("*.py")}
        used: set[str] = set()
        for name in step.notebooks:
            path = step_dir / f"{name}.ipynb"
            if not path.is_file():
                problems.append(f"{path}: listed in course_config.py but missing")
                continue
            try:
                nb = nbformat.read(path, as_version=4)
                nbformat.validate(nb)
            except Exception as exc:
                problems.append(f"{path}: not a valid notebook: {exc}")
                continue
            qids = []
            for cell in grade_cells(nb):
                qid = nbgrader_meta(cell).get("grade_id", "")
                qids.append(qid)
                where = f"{path.name}: question {qid!r}"
                if qid in seen:
                    problems.append(f"{where} also appears in {seen[qid]} (ids must be unique)")
                seen[qid] = path.name
                if cell.source.strip() != f'check("{qid}")':
                    problems.append(f'{where}: the grade cell must contain exactly check("{qid}")')
                if not nbgrader_meta(cell).get("locked"):
                    problems.append(f"{where}: the grade cell must be locked")
                if qid not in test_files:
                    problems.append(f"{where}: no test file {step_dir / 'tests' / (qid + '.py')}")
                    continue
                try:
                    q = questions.load(step_dir / "tests" / f"{qid}.py")
                except questions.QuestionError as exc:
                    problems.append(str(exc))
                    continue
                points = nbgrader_meta(cell).get("points", 0)
                if isinstance(points, float) and points.is_integer():
                    # nbgrader's JupyterLab extension rewrites 3.0 as 3 on opening, so the
                    # learner's untouched notebook would show as modified
                    problems.append(f"{where}: write whole points as an integer ({int(points)}, "
                                    f"not {points})")
                if abs(q.max_points - float(nbgrader_meta(cell).get("points", 0))) > 1e-9:
                    problems.append(f"{where}: grade cell has {nbgrader_meta(cell).get('points')} points, "
                                    f"its test cases add up to {q.max_points:g}")
                if _solution_text(nb, qid) is None:
                    problems.append(f"{where}: no solution cell with grade_id {qid}_solution")
                used.add(qid)
            if not qids:
                problems.append(f"{path}: has no graded questions")
            layout[step.id][name] = qids
        for orphan in sorted(test_files - used):
            problems.append(f"{step_dir / 'tests' / orphan}.py: no notebook has a grade cell for it")
    if problems:
        raise BuildError("the sources are inconsistent:\n  " + "\n  ".join(problems))
    return layout


def _generate_release(cfg: config.CourseConfig, work_root: Path, steps=None) -> None:
    """nbgrader generate_assignment for every step, inside `work_root` (a course root)."""
    from nbgrader.apps import NbGraderAPI
    from nbgrader.coursedir import CourseDirectory
    from traitlets.config.loader import PyFileConfigLoader

    tools_on_path()  # nbgrader shells out to `alembic`, installed next to this interpreter
    raw = PyFileConfigLoader(config.CONFIG_FILE, path=str(work_root)).load_config()
    raw.CourseDirectory.root = str(work_root)
    raw.CourseDirectory.db_url = f"sqlite:///{work_root / 'gradebook.db'}"
    coursedir = CourseDirectory(config=raw)
    api = NbGraderAPI(coursedir, config=raw)
    for step in steps or cfg.steps:
        result = api.generate_assignment(step.id, force=True, create=True)
        if not result["success"]:
            raise BuildError(f"nbgrader generate_assignment {step.id} failed:\n"
                             f"{result.get('error') or result.get('log')}")


def _normalised_zip(entries: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name in sorted(entries):
            info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
            info.external_attr = 0o644 << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, entries[name])
    return buf.getvalue()


def _course_package_files(root: Path) -> dict[str, bytes]:
    """What a notebook needs at grading time (check(), the test helpers, the functions tests hand
    to learner code), shipped in each zip so Gradescope's container can import it: the package's
    __init__ and course/runtime/. The instructor's tools stay out."""
    return {f"files/{rel}": data for rel, data in runtime_package.runtime_sources(root).items()}


def _otter_zip(test_files: dict[str, str], package: dict[str, bytes], name: str,
               requirements: tuple[str, ...]) -> bytes:
    """Run `otter generate` on the notebook's tests, then rewrite the zip deterministically."""
    import otter.generate

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        (tmp / "tests").mkdir()
        for fname, text in test_files.items():
            (tmp / "tests" / fname).write_text(text, encoding="utf-8")
        (tmp / "requirements.txt").write_text("".join(f"{r}\n" for r in requirements),
                                              encoding="utf-8")
        out = tmp / f"{name}.zip"
        otter.generate.main(
            tests_dir=str(tmp / "tests"),
            output_path=str(out),
            requirements=str(tmp / "requirements.txt"),
            no_environment=True,
            config=None,
        )
        with zipfile.ZipFile(out) as zf:
            entries = {n: zf.read(n) for n in zf.namelist() if not n.endswith("/")}
    entries.update(package)
    entries["otter_config.json"] = (json.dumps(OTTER_CONFIG, indent=1, sort_keys=True) + "\n").encode()
    return _normalised_zip(entries)


def validate_nbgrader_settings(root: Path) -> None:
    """Check the nbgrader sections of course_config.py as nbgrader will read them (slow imports:
    called by `course build`, not by check())."""
    from nbgrader.coursedir import CourseDirectory
    from nbgrader.preprocessors import ClearSolutions
    from sqlalchemy.engine import make_url

    from traitlets.config.loader import PyFileConfigLoader

    path = root / config.CONFIG_FILE
    raw = PyFileConfigLoader(config.CONFIG_FILE, path=str(root)).load_config()
    for cls in (CourseDirectory, ClearSolutions):
        config._build(cls, raw.get(cls.__name__, {}), path)
    url = raw.get("CourseDirectory", {}).get("db_url")
    if url:
        try:
            make_url(url)
        except Exception as exc:
            raise config.ConfigError(f"{path}: c.CourseDirectory.db_url: {exc}") from None


def selected_steps(cfg: config.CourseConfig, step_ids=None) -> list[config.Step]:
    """The steps to build: all, or those named (an unknown id is a ConfigError naming the known)."""
    if not step_ids:
        return list(cfg.steps)
    return [cfg.step(s) for s in dict.fromkeys(step_ids)]


def expected_files(root: Path, work_root: Path, step_ids=None) -> dict[str, bytes]:
    """Every file the build owns under release/ and autograder/, as relative path -> bytes.
    With `step_ids`, only those steps' files (and the runtime package, which carries the other
    steps' public tests as release/ has them now)."""
    cfg = config.load(root)
    validate_nbgrader_settings(root)
    layout = validate_sources(cfg, work_root / SOURCE)
    steps = selected_steps(cfg, step_ids)
    _generate_release(cfg, work_root, steps)
    package = _course_package_files(root)
    files: dict[str, bytes] = {}
    public_tests: dict[str, dict[str, bytes]] = {}
    for step in cfg.steps:
        if step not in steps:   # not rebuilt: its public tests as they are
            public_tests[step.id] = {p.name: p.read_bytes() for p in
                                     sorted((root / RELEASE / step.id / "tests").glob("*.py"))}
    for step in steps:
        src = work_root / SOURCE / step.id
        for name, qids in layout[step.id].items():
            files[f"{RELEASE}/{step.id}/{name}.ipynb"] = (
                work_root / RELEASE / step.id / f"{name}.ipynb").read_bytes()
            nb = nbformat.read(src / f"{name}.ipynb", as_version=4)
            full_tests = {}
            for qid in qids:
                path = src / "tests" / f"{qid}.py"
                text = path.read_text(encoding="utf-8")
                full_tests[f"{qid}.py"] = text + otter_bridge.FOOTER
                files[f"{AUTOGRADER}/{step.id}/tests/{qid}.py"] = text.encode()
                files[f"{RELEASE}/{step.id}/tests/{qid}.py"] = questions.public_source(
                    text, questions.load(path)).encode()
                files[f"{AUTOGRADER}/{step.id}/solutions/{qid}.py"] = _solution_text(nb, qid).encode()
            files[f"{AUTOGRADER}/{step.id}/{name}-autograder.zip"] = _otter_zip(
                full_tests, package, name, cfg.autograder_requirements)
        public_tests[step.id] = {rel.rsplit("/", 1)[1]: data for rel, data in files.items()
                                 if rel.startswith(f"{RELEASE}/{step.id}/tests/")}
        manifest = {"step": step.id, "notebooks": layout[step.id]}
        files[f"{AUTOGRADER}/{step.id}/{MANIFEST}"] = (
            json.dumps(manifest, indent=1, sort_keys=True) + "\n").encode()
    files.update(runtime_package.files(root, public_tests, RELEASE))
    return files


# never the build's own: caches, and what `pip install ./release/runtime` leaves behind
_IGNORED_PARTS = {"__pycache__", ".ipynb_checkpoints", "build"}


def _present(root: Path) -> set[str]:
    found = set()
    for top in (RELEASE, AUTOGRADER):
        base = root / top
        if base.is_dir():
            for path in base.rglob("*"):
                rel = path.relative_to(root)
                if path.is_file() and not _IGNORED_PARTS.intersection(rel.parts) and not any(
                        part.endswith(".egg-info") for part in rel.parts):
                    found.add(rel.as_posix())
    return found


def _owned_by(rel: str, step_ids) -> bool:
    """Whether a partial build of `step_ids` owns this path (its steps' folders, the runtime)."""
    if not step_ids:
        return True
    prefixes = [f"{top}/{s}/" for s in step_ids for top in (RELEASE, AUTOGRADER)]
    prefixes.append(f"{RELEASE}/{runtime_package.RUNTIME_DIR}/")
    return rel.startswith(tuple(prefixes))


def pin_drift(requirements) -> list[str]:
    """The pinned autograder requirements (name==version) whose installed version differs: the
    zips would grade on Gradescope with other versions than this machine proves the tests with."""
    import importlib.metadata

    drift = []
    for req in requirements:
        name, sep, version = req.partition("==")
        if not sep:
            continue
        try:
            installed = importlib.metadata.version(name.strip())
        except importlib.metadata.PackageNotFoundError:
            installed = "not installed"
        if installed != version.strip():
            drift.append(f"{req} (installed here: {installed})")
    return drift


def build(root: Path, *, check: bool = False, steps=None) -> Outcome:
    """Build into `root` (or, with check=True, into a scratch copy, and compare); `steps`: only
    these step ids (the others' files are left as they are)."""
    root = root.resolve()
    outcome = Outcome()
    with tempfile.TemporaryDirectory(prefix="course-build-") as tmp:
        work_root = Path(tmp) if check else root
        if check:
            shutil.copytree(root / SOURCE, work_root / SOURCE,
                            ignore=shutil.ignore_patterns("__pycache__", ".ipynb_checkpoints"))
            for name in (config.CONFIG_FILE, "nbgrader_config.py"):
                shutil.copy2(root / name, work_root / name)
        files = expected_files(root, work_root, steps)
    present = {rel for rel in _present(root) if _owned_by(rel, steps)}
    for rel, data in sorted(files.items()):
        target = root / rel
        if rel not in present:
            outcome.missing.append(rel)
        elif target.read_bytes() != data:
            outcome.stale.append(rel)
        else:
            continue
        if not check:
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
            outcome.written.append(rel)
    outcome.extra = sorted(present - set(files))
    if not check:
        for rel in outcome.extra:
            (root / rel).unlink()
    return outcome
