"""What a new learner trips on (issue 15): a misspelt question, warnings, a ValueError that NumPy
raised by accident, `course check` on the wrong thing or outside a course, instructor tools on
the learner's screen, and what a cohort learner's install may contain."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import warnings
from pathlib import Path

import numpy as np

from course import check
from course.runtime import config
from course.instructor.workspace import LEARNER_CONFIG, NBGRADER_SERVER_EXTENSIONS, lab_environment

from .helpers import ROOT

COURSE = config.load(ROOT)
STEP = "01_linear_algebra"
NOTEBOOK = COURSE.step(STEP).notebooks[0]
BIN = Path(sys.executable).parent


def _check(qid: str = "dot_product", **names):
    namespace = {"check": check, "np": np, **names}
    exec(f"__result = check({qid!r})", namespace)
    return namespace["__result"]


def _course(*args: str, cwd: Path, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "course", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=120)


def test_a_misspelt_question_gets_a_did_you_mean():
    assert "did you mean 'dot_product'?" in repr(check("dot_prodct"))


def test_warnings_of_the_learners_code_are_shown_with_their_line():
    def dot(u, v):
        if len(u) != len(v):
            raise ValueError("lengths differ")
        warnings.warn("summing by hand")
        return float(sum(a * b for a, b in zip(u, v)))
    text = repr(_check(dot=dot))
    assert "your code warned: UserWarning: summing by hand (line" in text


def test_a_valueerror_numpy_raises_by_accident_earns_no_raise_points():
    def dot(u, v):   # the right values, but the length check is left to broadcasting
        return float(np.sum(np.multiply(u, v)))
    fb = _check(dot=dot)
    raise_case = next(c for c in fb.result.cases if "raise" in c.description and not c.hidden)
    assert raise_case.points == 0 and "not with a `raise` of its own" in raise_case.detail

    def honest(u, v):
        if len(u) != len(v):
            raise ValueError(f"lengths {len(u)} and {len(v)} differ")
        return float(np.sum(np.multiply(u, v)))
    assert _check(dot=honest).result.status == "passed"


def test_course_check_names_a_folder_and_a_misspelt_file(tmp_path):
    folder = ROOT / "release" / STEP
    proc = _course("check", str(folder), cwd=ROOT)
    assert proc.returncode != 0 and "is a folder; pass one notebook" in proc.stderr + proc.stdout
    missing = folder / f"{NOTEBOOK[:-2]}.ipynb"
    proc = _course("check", str(missing), cwd=ROOT)
    out = proc.stderr + proc.stdout
    assert proc.returncode != 0 and "no such file" in out and f"did you mean {folder / NOTEBOOK}.ipynb" in out


def test_course_check_on_a_copy_outside_any_course(tmp_path):
    """A cohort learner's folder: a release notebook and its public tests, no course_config.py."""
    shutil.copytree(ROOT / "release" / STEP, tmp_path / STEP)
    env = {k: v for k, v in os.environ.items() if k != "COURSE_ROOT"}
    proc = _course("check", f"{STEP}/{NOTEBOOK}.ipynb", cwd=tmp_path, env=env)
    out = proc.stdout + proc.stderr
    assert "no course_config.py" not in out, out
    assert "not attempted" in out and "points" in out, out


def test_the_learners_jupyterlab_has_no_nbgrader_instructor_extensions(tmp_path):
    env = lab_environment(tmp_path)
    assert env["JUPYTER_CONFIG_PATH"].split(os.pathsep)[0] == str(tmp_path / LEARNER_CONFIG)
    page = json.loads((tmp_path / LEARNER_CONFIG / "labconfig" / "page_config.json").read_text())
    assert page["disabledExtensions"] == {"@jupyter/nbgrader": True,
                                          "@jupyterlab/apputils-extension:announcements": True}
    # what Jupyter Server itself resolves from that config path (first path wins), not only what
    # we wrote; `jupyter server extension list` does not read JUPYTER_CONFIG_PATH, so ask the app
    probe = ("import json; from jupyter_server.serverapp import ServerApp; a = ServerApp(); "
             "a.find_server_extensions(); print(json.dumps(a.jpserver_extensions))")
    resolved = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True,
                              text=True, timeout=120)
    enabled = json.loads(resolved.stdout.strip().splitlines()[-1])
    for name in NBGRADER_SERVER_EXTENSIONS:
        assert enabled[f"nbgrader.server_extensions.{name}"] is False, enabled
    assert enabled["jupyterlab"] is True
    instructor = lab_environment(tmp_path / "other", instructor=True)
    assert str(tmp_path / "other" / LEARNER_CONFIG) not in instructor.get("JUPYTER_CONFIG_PATH", "")


def test_the_learners_runtime_package_holds_public_tests_only():
    runtime = ROOT / "release" / "runtime"
    names = {p.relative_to(runtime).as_posix() for p in runtime.rglob("*") if p.is_file()}
    assert not any("solution" in n or "autograder" in n for n in names), names
    for step in COURSE.steps:
        for test in (ROOT / "autograder" / step.id / "tests").glob("*.py"):
            public = ROOT / "release" / step.id / "tests" / test.name
            shipped = runtime / "course" / "runtime" / "public_tests" / step.id / test.name
            assert shipped.read_bytes() == public.read_bytes(), shipped
            if test.read_bytes() != public.read_bytes():   # a question with hidden cases
                assert shipped.read_bytes() != test.read_bytes()
