"""Load and validate course_config.py (a traitlets config shared with nbgrader)."""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache
from pathlib import Path

from traitlets import Enum, Float, Int, List, TraitError, Unicode, validate
from traitlets.config import Configurable
from traitlets.config.loader import PyFileConfigLoader

CONFIG_FILE = "course_config.py"
STEP_ID = re.compile(r"^\d\d_[a-z0-9_]+$")
NOTEBOOK_ID = re.compile(r"^\d\d_[a-z0-9_]+$")


class ConfigError(ValueError):
    """A wrong value in course_config.py; the message names the setting."""


class Course(Configurable):
    course_id = Unicode(help="Short id of the course, also nbgrader's course id.").tag(config=True)
    title = Unicode("").tag(config=True)
    steps = List(help="Steps in order: dicts with id, title and notebooks.").tag(config=True)

    @validate("course_id")
    def _check_course_id(self, proposal):
        if not proposal["value"].strip():
            raise TraitError("must not be empty")
        return proposal["value"]

    @validate("steps")
    def _check_steps(self, proposal):
        steps, seen = proposal["value"], set()
        if not steps:
            raise TraitError("must list at least one step")
        for i, step in enumerate(steps):
            where = f"entry {i}"
            if not isinstance(step, dict) or set(step) != {"id", "title", "notebooks"}:
                raise TraitError(f"{where} must be a dict with exactly the keys id, title, notebooks")
            if not STEP_ID.match(str(step["id"])):
                raise TraitError(f"{where}: id {step['id']!r} must look like '01_linear_algebra'")
            if step["id"] in seen:
                raise TraitError(f"{where}: id {step['id']!r} is listed twice")
            seen.add(step["id"])
            notebooks = step["notebooks"]
            if not isinstance(notebooks, list) or not notebooks:
                raise TraitError(f"{where} ({step['id']}): notebooks must be a non-empty list")
            for nb in notebooks:
                if not isinstance(nb, str) or not NOTEBOOK_ID.match(nb):
                    raise TraitError(
                        f"{where} ({step['id']}): notebook {nb!r} must be a name like "
                        "'01_vectors_matrices' (no .ipynb)"
                    )
        return steps


class Grading(Configurable):
    notebook_timeout = Float(300.0, help="Seconds allowed for a whole notebook.").tag(config=True)
    question_timeout = Float(20.0, help="Seconds allowed for one check().").tag(config=True)
    kernel_name = Unicode("python3").tag(config=True)
    memory_limit_mb = Float(2048.0, help="Memory one notebook may allocate while graded.").tag(config=True)
    jobs = Int(0, help="Notebooks graded at once; 0 means one per CPU core.").tag(config=True)
    runner = Enum(["auto", "fork", "kernel"], "auto", help=(
        "How learner code runs: 'fork' = a process forked from a warm grader (fast; Linux), "
        "'kernel' = a fresh Jupyter kernel (any platform), 'auto' = fork where available."
    )).tag(config=True)
    sandbox = Enum(["auto", "required", "off"], "auto", help=(
        "How learner code is confined while graded (course/instructor/sandbox.py): 'auto' = whatever this "
        "machine offers, naming what is missing; 'required' = refuse to grade without the full "
        "sandbox; 'off' = none (the learner's process has the grader's rights)."
    )).tag(config=True)

    @validate("jobs")
    def _non_negative(self, proposal):
        if proposal["value"] < 0:
            raise TraitError("must be 0 (one per core) or a positive number")
        return proposal["value"]

    @validate("notebook_timeout", "question_timeout", "memory_limit_mb")
    def _positive(self, proposal):
        if not proposal["value"] > 0:
            raise TraitError("must be a positive number")
        return proposal["value"]


class Autograder(Configurable):
    requirements = List(Unicode(), help=(
        "What otter's autograder zip installs on Gradescope (pip requirement strings). Pin "
        "exact versions (name==x.y.z): Gradescope builds its image once, and an open lower bound "
        "grades with whatever is newest that day, not what the tests were proved with."
    )).tag(config=True)

    @validate("requirements")
    def _named(self, proposal):
        for req in proposal["value"]:
            if not req.strip() or req.strip().startswith(("-", "#")):
                raise TraitError(f"{req!r} is not a requirement such as 'numpy==2.4.6'")
        return proposal["value"]


@dataclass(frozen=True)
class Step:
    id: str
    title: str
    notebooks: tuple[str, ...]


@dataclass(frozen=True)
class CourseConfig:
    """The course as course_config.py sets it up. Each setting is read from its traitlets
    Configurable (`cfg.grading.notebook_timeout` is c.Grading.notebook_timeout), declared once
    there with its default, help and validation; nothing is copied into fields of its own."""
    root: Path
    course: Course
    grading: Grading
    autograder: Autograder
    db_url: str = ""     # nbgrader's gradebook (c.CourseDirectory.db_url, or gradebook.db here)

    @property
    def course_id(self) -> str:
        return self.course.course_id

    @property
    def title(self) -> str:
        return self.course.title

    @cached_property
    def steps(self) -> tuple[Step, ...]:
        return tuple(Step(s["id"], s["title"], tuple(s["notebooks"])) for s in self.course.steps)

    @property
    def autograder_requirements(self) -> tuple[str, ...]:
        return tuple(r.strip() for r in self.autograder.requirements)

    def step(self, step_id: str) -> Step:
        for step in self.steps:
            if step.id == step_id:
                return step
        known = ", ".join(s.id for s in self.steps)
        raise ConfigError(f"unknown step {step_id!r}; course_config.py lists: {known}")

    def with_grading(self, **settings) -> CourseConfig:
        """A copy with some c.Grading settings changed, validated as course_config.py's are."""
        values = {name: getattr(self.grading, name)
                  for name in Grading.class_trait_names(config=True)}
        grading = _build(Grading, {**values, **settings}, self.root / CONFIG_FILE)
        return replace(self, grading=grading)


def _build(cls, section, path: Path):
    """Instantiate a Configurable from one config section, turning every problem into ConfigError."""
    names = set(cls.class_trait_names(config=True))
    for key in section:
        if key not in names:
            raise ConfigError(
                f"{path}: c.{cls.__name__}.{key} is not a setting "
                f"(known: {', '.join(sorted(names))})"
            )
    try:
        obj = cls()
        for key, value in section.items():
            setattr(obj, key, value)
    except TraitError as exc:
        detail = str(exc)
        raise ConfigError(f"{path}: c.{cls.__name__}.{key}: {detail}") from None
    return obj


def tools_on_path() -> None:
    """Put this interpreter's bin/ first on PATH: nbgrader and jupyter start helper programs
    (alembic, jupyter-*) by name, and a virtual environment used without activation lacks them."""
    import sys

    bin_dir = str(Path(sys.executable).parent)
    if os.environ.get("PATH", "").split(os.pathsep)[0] != bin_dir:
        os.environ["PATH"] = bin_dir + os.pathsep + os.environ.get("PATH", "")


def find_root(start: Path | None = None, *, installed: bool = True) -> Path:
    """The course root: $COURSE_ROOT, else the nearest folder upwards holding course_config.py,
    else (with `installed`) the checkout this package was installed from (editable install).

    A learner's check() passes installed=False: hidden cases and solutions are read only from a
    course the learner's own folder is inside, never from wherever the package happens to live
    (a hub image with the instructor's checkout installed, say)."""
    if os.environ.get("COURSE_ROOT"):
        return Path(os.environ["COURSE_ROOT"]).resolve()
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if (folder / CONFIG_FILE).is_file():
            return folder
    package_parent = Path(__file__).resolve().parents[2]   # the folder that holds course/
    if installed and (package_parent / CONFIG_FILE).is_file():
        return package_parent
    raise ConfigError(
        f"no {CONFIG_FILE} found in {here} or its parents; run inside the course folder "
        "or set COURSE_ROOT"
    )


@lru_cache(maxsize=None)
def _load(root: Path) -> CourseConfig:
    path = root / CONFIG_FILE
    try:
        raw = PyFileConfigLoader(CONFIG_FILE, path=str(root)).load_config()
    except Exception as exc:  # a syntax error or exception inside the config file
        raise ConfigError(f"{path} could not be read: {type(exc).__name__}: {exc}") from None
    course = _build(Course, raw.get("Course", {}), path)
    grading = _build(Grading, raw.get("Grading", {}), path)
    autograder = _build(Autograder, raw.get("Autograder", {}), path)
    if not course.course_id:
        raise ConfigError(f"{path}: c.Course.course_id must be set")
    if not course.steps:
        raise ConfigError(f"{path}: c.Course.steps must be set")
    return CourseConfig(root=root, course=course, grading=grading, autograder=autograder,
                        db_url=str(raw.get("CourseDirectory", {}).get("db_url", "")
                                   or f"sqlite:///{root / 'gradebook.db'}"))


def load(root: Path | None = None) -> CourseConfig:
    return _load((root or find_root()).resolve())
