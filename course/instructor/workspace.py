"""`course open`: the learner's own copy of the release notebooks, then JupyterLab on it.

The learner never edits release/ (the next `git pull` would fight their work): notebooks are copied
once into workspace/<step>/, never overwritten; the public tests beside them are refreshed.
"""
from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

from ..runtime import config
from ..runtime.layout import RELEASE, WORKSPACE



def sync(cfg: config.CourseConfig, workspace: Path | None = None) -> tuple[list[Path], list[Path]]:
    """Copy new notebooks (never overwriting) and current public tests. Returns (copied, kept)."""
    workspace = workspace or cfg.root / WORKSPACE
    copied, kept = [], []
    for step in cfg.steps:
        src, dst = cfg.root / RELEASE / step.id, workspace / step.id
        if not src.is_dir():
            raise config.ConfigError(f"{src} is missing: run `course build` first")
        (dst / "tests").mkdir(parents=True, exist_ok=True)
        for name in step.notebooks:
            target = dst / f"{name}.ipynb"
            if target.exists():
                kept.append(target)
            else:
                target.write_bytes(for_this_kernel((src / f"{name}.ipynb").read_bytes()))
                copied.append(target)
        for test in sorted((src / "tests").glob("*.py")):
            mine = dst / "tests" / test.name
            if not mine.exists() or mine.read_bytes() != test.read_bytes():
                shutil.copyfile(test, mine)
    return copied, kept


def kernel_language_info() -> dict:
    """What ipykernel (run by this Python) reports as the notebook's language_info."""
    return {"codemirror_mode": {"name": "ipython", "version": sys.version_info[0]},
            "file_extension": ".py", "mimetype": "text/x-python", "name": "python",
            "nbconvert_exporter": "python", "pygments_lexer": f"ipython{sys.version_info[0]}",
            "version": sys.version.split()[0]}


def for_this_kernel(data: bytes) -> bytes:
    """The learner's copy of a release notebook: the same, with the kernel's full language_info.
    JupyterLab writes the kernel's language_info into a notebook when the kernel connects, so a
    notebook carrying release/'s stub opened as changed ("unsaved") although nobody touched it."""
    import json

    nb = json.loads(data)
    nb.setdefault("metadata", {})["language_info"] = kernel_language_info()
    return (json.dumps(nb, indent=1, sort_keys=True, ensure_ascii=False) + "\n").encode()


# nbgrader's tools for instructors (formgrader, create assignment, Validate) and for hub students
# (assignment and course lists, which warn about a missing exchange): none of them is for a
# self-paced learner, and Validate reports "partial credit" for questions never attempted.
# They stay installed; only the learner's server turns them off (`course open --instructor` keeps
# them).
NBGRADER_SERVER_EXTENSIONS = ("formgrader", "validate_assignment", "assignment_list", "course_list")
NBGRADER_LAB_EXTENSION = "@jupyter/nbgrader"
# JupyterLab's "Would you like to get notified about official Jupyter news?" toast, on a learner's
# first launch: a question about JupyterLab, not the course, and the course's machines may be offline
LAB_ANNOUNCEMENTS = "@jupyterlab/apputils-extension:announcements"
LEARNER_CONFIG = ".jupyter-learner"   # inside workspace/: a config dir for that server only


def learner_config_dir(workspace: Path) -> Path:
    """A Jupyter config dir (put first on JUPYTER_CONFIG_PATH) that turns nbgrader's extensions off."""
    import json

    base = workspace / LEARNER_CONFIG
    (base / "jupyter_server_config.d").mkdir(parents=True, exist_ok=True)
    (base / "labconfig").mkdir(parents=True, exist_ok=True)
    server = {"ServerApp": {"jpserver_extensions": {
        f"nbgrader.server_extensions.{name}": False for name in NBGRADER_SERVER_EXTENSIONS}}}
    (base / "jupyter_server_config.d" / "course-learner.json").write_text(json.dumps(server, indent=1))
    lab = {"disabledExtensions": {NBGRADER_LAB_EXTENSION: True, LAB_ANNOUNCEMENTS: True}}
    (base / "labconfig" / "page_config.json").write_text(json.dumps(lab, indent=1))
    return base


def lab_environment(workspace: Path, *, instructor: bool = False) -> dict[str, str]:
    env = dict(os.environ)
    if not instructor:
        extra = env.get("JUPYTER_CONFIG_PATH")
        env["JUPYTER_CONFIG_PATH"] = os.pathsep.join(
            [str(learner_config_dir(workspace))] + ([extra] if extra else []))
    return env


LEVEL_CHECK = ("00_level_check", "00_level_check")   # step 0: where a new learner lands


def landing_args(cfg: config.CourseConfig, workspace: Path, extra_args: list[str]) -> list[str]:
    """Open JupyterLab on the level check while the learner has not started it (their copy is
    still the release notebook, byte for byte), unless they chose a page themselves."""
    step, name = LEVEL_CHECK
    mine = workspace / step / f"{name}.ipynb"
    release = cfg.root / RELEASE / step / f"{name}.ipynb"
    if any("default_url" in a for a in extra_args) or not mine.is_file() or not release.is_file():
        return []
    if mine.read_bytes() not in (release.read_bytes(), for_this_kernel(release.read_bytes())):
        return []
    return [f"--LabApp.default_url=/lab/tree/{step}/{name}.ipynb"]


def open_lab(cfg: config.CourseConfig, extra_args: list[str], *, instructor: bool = False) -> int:
    copied, kept = sync(cfg)
    workspace = cfg.root / WORKSPACE
    extra_args = [*landing_args(cfg, workspace, extra_args), *extra_args]
    print(f"Workspace: {workspace} ({len(copied)} notebooks copied, {len(kept)} already yours, untouched)")
    if instructor:
        print("Instructor mode: nbgrader's formgrader, Create Assignment and Validate are on.")
    config.tools_on_path()
    import subprocess

    cmd = [sys.executable, "-m", "jupyterlab", f"--ServerApp.root_dir={workspace}", *extra_args]
    if hasattr(os, "geteuid") and os.geteuid() == 0 and "--allow-root" not in extra_args:
        cmd.append("--allow-root")   # containers often run as root; JupyterLab refuses without it
    print("Starting JupyterLab:", " ".join(cmd[2:]))
    try:
        return subprocess.call(cmd, cwd=workspace, env=lab_environment(workspace, instructor=instructor))
    except KeyboardInterrupt:
        return 0
