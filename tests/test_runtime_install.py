"""Issue 15: a cohort learner installs the runtime package alone (`pip install ./release/runtime`,
as the README says) into a fresh virtual environment - no repository, no editable install - and
check() works in a copy of release/: public cases run, hidden cases are not there to run, and
solution() has nothing to show."""
from __future__ import annotations

import shutil
import subprocess
import sys
import venv

import pytest

from .helpers import ROOT

STEP = "01_linear_algebra"
LEARNER = '''
from course import check, solution
def dot(u, v):
    if len(u) != len(v):
        raise ValueError("different lengths")
    total = 0.0
    for a, b in zip(u, v):
        total += a * b
    return total
print(check("dot_product"))
print(solution("dot_product"))
import course, pathlib
shipped = pathlib.Path(course.__file__).parent / 'runtime'
print("SHIPPED", sorted(p.name for p in shipped.iterdir()))
'''


@pytest.mark.slow
def test_the_runtime_package_alone_checks_a_release_copy(tmp_path):
    runtime = tmp_path / "runtime"
    shutil.copytree(ROOT / "release" / "runtime", runtime)   # built outside the repository
    copy = tmp_path / "release" / STEP
    shutil.copytree(ROOT / "release" / STEP, copy)
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)   # no system site-packages: only what the package pulls
    python = env_dir / "bin" / "python"
    install = subprocess.run([python, "-m", "pip", "install", "--quiet", str(runtime)],
                             capture_output=True, text=True, timeout=600)
    assert install.returncode == 0, install.stderr[-2000:]
    listed = subprocess.run([python, "-m", "pip", "list", "--format=freeze"],
                            capture_output=True, text=True, check=True).stdout.lower()
    for tool in ("jupyterlab", "nbgrader", "otter-grader", "pytest", "pandas"):
        assert f"{tool}==" not in listed, f"the runtime pulled {tool}"
    run = subprocess.run([python, "-c", LEARNER], cwd=copy, capture_output=True, text=True,
                         timeout=300)
    out = run.stdout + run.stderr
    assert run.returncode == 0, out[-3000:]
    assert "public tests passed" in out and "at grading" in out, out
    assert "no reference solutions" in out, out
    assert "### BEGIN SOLUTION" not in out and "total += a * b" not in out.split("SHIPPED")[0]
    assert "public_tests" in out.split("SHIPPED")[1], out
    assert str(ROOT) not in subprocess.run(
        [python, "-c", "import course; print(course.__file__)"], cwd=copy, capture_output=True,
        text=True).stdout   # the installed copy, never this repository
