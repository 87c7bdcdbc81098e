"""What the learner sees: check(), hint(), solution(), the workspace and `course check`."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import warnings

import numpy as np
import pytest

from course import check, hint, solution
from course.runtime import config, questions
from course.instructor.build import validate_nbgrader_settings
from course.runtime.evaluate import Status, evaluate
from course.runtime.feedback import RESULT_MIME
from course.instructor.workspace import sync

from .helpers import ROOT, working_directory

COURSE = config.load(ROOT)


def _good_dot(u, v):
    if len(u) != len(v):
        raise ValueError("lengths differ")
    return float(sum(a * b for a, b in zip(u, v)))


def _run_check(namespace: dict, qid: str = "dot_product"):
    """check() reads the caller's globals, as it does in a notebook cell."""
    exec(f"__result = check({qid!r})", namespace)
    return namespace["__result"]


def _ns(**names):
    return {"check": check, "hint": hint, "solution": solution, "np": np, **names}


def test_passing_answer_runs_hidden_cases_when_autograder_is_present():
    fb = _run_check(_ns(dot=_good_dot))
    assert fb.result.status == "passed" and fb.points == fb.result.max_points
    assert any(c.hidden for c in fb.result.cases)
    assert "hidden" in repr(fb) and "all tests passed" in fb.result.message


def test_public_only_copy_says_hidden_tests_run_at_grading(tmp_path, monkeypatch):
    (tmp_path / "tests").mkdir()
    shutil.copy(ROOT / "release" / "01_linear_algebra" / "tests" / "dot_product.py", tmp_path / "tests")
    monkeypatch.setenv("COURSE_ROOT", str(tmp_path))   # a course copy without autograder/
    with working_directory(tmp_path):
        fb = _run_check(_ns(dot=_good_dot))
    assert fb.result.status == "passed"
    assert fb.result.points < fb.result.max_points   # hidden points are not awarded locally
    n = fb.result.hidden_not_run
    assert n >= 1 and (f"All public tests passed — {n} hidden test{'s' if n != 1 else ''} run at "
                       "grading.") in repr(fb)


def test_wrong_public_case_shows_expected_and_got_and_the_misconception():
    def elementwise(u, v):
        return np.multiply(u, v)
    text = repr(_run_check(_ns(dot=elementwise)))
    assert "dot([1, 2, 3], [4, 5, 6])" in text
    assert "adds them up" in text


def test_hidden_case_shows_description_and_verdict_but_no_data():
    def wrong_on_long_vectors(u, v):
        if len(u) != len(v):
            raise ValueError
        return float(sum(a * b for a, b in zip(u, v))) + (1.0 if len(u) > 3 else 0.0)
    fb = _run_check(_ns(dot=wrong_on_long_vectors))
    hidden = [c for c in fb.result.cases if c.hidden]
    failed = [c for c in hidden if c.status != "passed"]
    assert failed, fb
    shown = repr(fb) + str(fb._repr_mimebundle_())
    assert failed[0].description in shown
    assert "expected" not in failed[0].message()
    assert failed[0].detail not in shown      # the detailed message (with hidden data) stays inside
    assert fb._repr_mimebundle_()[RESULT_MIME]["cases"][-1]["detail"] == ""


def test_not_defined_not_attempted_and_raised():
    assert _run_check(_ns()).result.status == "not defined"

    def stub(u, v):
        raise NotImplementedError()
    assert _run_check(_ns(dot=stub)).result.status == "not attempted"

    def broken(u, v):
        return u[10]
    fb = _run_check(_ns(dot=broken))
    assert fb.result.status == "raised"
    text = repr(fb)
    assert "IndexError" in text and "return u[10]" in text
    assert "testing.py" not in text and "dot_product.py" not in text   # learner frames only


def test_returning_none_asks_about_return():
    def forgot_return(u, v):
        sum(a * b for a, b in zip(u, v))
    assert "did you forget a `return`" in repr(_run_check(_ns(dot=forgot_return)))


def test_nothing_reaches_stderr(capfd):
    def noisy(u, v):
        print("debugging", file=sys.stderr)
        warnings.warn("careful", RuntimeWarning)
        np.float64(1e308) * 10   # overflow RuntimeWarning from NumPy
        return _good_dot(u, v)
    fb = _run_check(_ns(dot=noisy))
    repr(fb), fb._repr_mimebundle_()
    assert capfd.readouterr().err == ""
    assert fb.result.status == "passed"


def test_under_nbgrader_text_plain_is_the_points(monkeypatch):
    def half_right(u, v):
        if len(u) != len(v):
            raise ValueError
        return float(np.sum(np.multiply(u, v))) if len(u) == 3 else 0.0
    monkeypatch.setenv("NBGRADER_EXECUTION", "autograde")
    fb = _run_check(_ns(dot=half_right))
    bundle = fb._repr_mimebundle_()
    assert bundle["text/plain"] == f"{fb.points:g}"
    assert 0 < fb.points < fb.result.max_points
    assert float(bundle["text/plain"]) == fb.points


def test_nbgrader_validate_on_a_public_only_copy(tmp_path, monkeypatch):
    """nbgrader's Validate button, for a cohort learner who has no autograder/: a correct answer
    validates, a wrong one does not."""
    (tmp_path / "tests").mkdir()
    shutil.copy(ROOT / "release" / "01_linear_algebra" / "tests" / "dot_product.py", tmp_path / "tests")
    monkeypatch.setenv("COURSE_ROOT", str(tmp_path))
    monkeypatch.setenv("NBGRADER_EXECUTION", "validate")
    with working_directory(tmp_path):
        good = _run_check(_ns(dot=_good_dot))
        wrong = _run_check(_ns(dot=lambda u, v: 0.0))
    assert repr(good) == f"{good.result.max_points:g}" and good.result.hidden_not_run >= 1
    assert float(repr(wrong)) < wrong.result.max_points


def test_unknown_question_under_nbgrader_scores_zero_not_full(monkeypatch):
    monkeypatch.setenv("NBGRADER_EXECUTION", "autograde")
    note = _run_check(_ns(), qid="no_such_question")
    assert repr(note) == "0"   # unparseable text would make nbgrader award full points


def test_hints_come_in_steps():
    q = questions.find("dot_product")
    first = repr(hint("dot_product", 1))
    assert "Hint 1 of" in first and q.hints[0] in first
    assert q.hints[1] in repr(hint("dot_product", 2))
    assert "has hints 1 to" in repr(hint("dot_product", 99))


def test_solution_opens_only_after_passing():
    locked = _run_check(_ns(dot=lambda u, v: 0.0), qid="dot_product")  # warm-up: not passing
    ns = _ns(dot=lambda u, v: 0.0)
    exec("__s = solution('dot_product')", ns)
    assert "opens once your answer passes" in repr(ns["__s"])
    ns = _ns(dot=_good_dot)
    exec("__s = solution('dot_product')", ns)
    assert "def dot" in repr(ns["__s"]) and locked is not None


def test_question_timeout_stops_an_endless_loop():
    def endless(u, v):
        while True:
            pass
    q = questions.find("dot_product")
    result = evaluate(q, {"dot": endless}, timeout=0.5)
    assert result.status == Status.TIMEOUT and result.points == 0


def test_learner_except_exception_cannot_swallow_the_timeout():
    def stubborn(u, v):
        while True:
            try:
                while True:
                    pass
            except Exception:
                pass
    result = evaluate(questions.find("dot_product"), {"dot": stubborn}, timeout=0.5)
    assert result.status == Status.TIMEOUT


def test_workspace_copies_once_and_never_overwrites(tmp_path):
    copied, kept = sync(COURSE, tmp_path)
    assert len(copied) == sum(len(s.notebooks) for s in COURSE.steps) and not kept
    mine = copied[0]
    mine.write_text(mine.read_text().replace("YOUR CODE HERE", "my own work"))
    copied2, kept2 = sync(COURSE, tmp_path)
    assert not copied2 and mine in kept2
    assert "my own work" in mine.read_text()
    assert (tmp_path / "01_linear_algebra" / "tests" / "dot_product.py").is_file()


def test_course_check_cli_on_release_notebook():
    nb = ROOT / "release" / "01_linear_algebra" / f"{COURSE.step('01_linear_algebra').notebooks[0]}.ipynb"
    proc = subprocess.run([sys.executable, "-m", "course", "check", str(nb)], cwd=ROOT,
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert "not attempted" in proc.stdout and "points" in proc.stdout


def test_bad_config_value_names_the_setting(tmp_path):
    text = (ROOT / "course_config.py").read_text()
    (tmp_path / "course_config.py").write_text(text + "\nc.Grading.question_timeout = -1\n")
    with pytest.raises(config.ConfigError, match=r"c\.Grading\.question_timeout"):
        config.load(tmp_path)
    (tmp_path / "course_config.py").write_text(text + "\nc.Grading.questoin_timeout = 5\n")
    with pytest.raises(config.ConfigError, match=r"questoin_timeout is not a setting"):
        config.load(tmp_path)
    (tmp_path / "course_config.py").write_text(text + "\nc.Course.steps = [{'id': 'x'}]\n")
    with pytest.raises(config.ConfigError, match=r"c\.Course\.steps"):
        config.load(tmp_path)


def test_bad_nbgrader_setting_names_the_setting(tmp_path):
    text = (ROOT / "course_config.py").read_text()
    (tmp_path / "course_config.py").write_text(text + "\nc.CourseDirectory.db_url = 'not a url'\n")
    with pytest.raises(config.ConfigError, match=r"c\.CourseDirectory\.db_url"):
        validate_nbgrader_settings(tmp_path)
    (tmp_path / "course_config.py").write_text(text + "\nc.CourseDirectory.ignore = 5\n")
    with pytest.raises(config.ConfigError, match=r"c\.CourseDirectory\.ignore"):
        validate_nbgrader_settings(tmp_path)
    (tmp_path / "course_config.py").write_text(text + "\nc.CourseDirectory.relase_directory = 'x'\n")
    with pytest.raises(config.ConfigError, match=r"relase_directory is not a setting"):
        validate_nbgrader_settings(tmp_path)
    validate_nbgrader_settings(ROOT)


def test_check_in_a_kernel_started_in_the_workspace(tmp_path):
    """As in JupyterLab: a kernel whose cwd is workspace/<step>/, no environment help."""
    import nbformat
    from nbclient import NotebookClient

    for name in ("release", "autograder"):
        shutil.copytree(ROOT / name, tmp_path / name)
    shutil.copy(ROOT / "course_config.py", tmp_path / "course_config.py")
    cfg = config.load(tmp_path)
    copied, _ = sync(cfg)
    nb_path = tmp_path / "workspace" / "01_linear_algebra" / f"{cfg.step('01_linear_algebra').notebooks[0]}.ipynb"
    nb = nbformat.read(nb_path, as_version=4)
    for cell in nb.cells:
        if cell.metadata.get("nbgrader", {}).get("grade_id") == "dot_product_solution":
            cell.source = "def dot(u, v):\n    if len(u) != len(v):\n        raise ValueError\n" \
                          "    return float(sum(a * b for a, b in zip(u, v)))\n"
    env = {k: v for k, v in os.environ.items() if k not in ("COURSE_ROOT", "NBGRADER_EXECUTION")}
    saved = dict(os.environ)
    os.environ.clear()
    os.environ.update(env)
    try:
        NotebookClient(nb, timeout=120, allow_errors=True,
                       resources={"metadata": {"path": str(nb_path.parent)}}).execute()
    finally:
        os.environ.clear()
        os.environ.update(saved)
    grade = {c.metadata["nbgrader"]["grade_id"]: c for c in nb.cells
             if c.metadata.get("nbgrader", {}).get("grade")}
    dot_out = grade["dot_product"].outputs
    assert [o.output_type for o in dot_out] == ["execute_result"]   # nothing on stderr
    html = dot_out[0].data["text/html"]
    assert "passed" in html and "hidden" in html
    others = [c for gid, c in grade.items() if gid != "dot_product"]
    assert all("not attempted" in c.outputs[0].data["text/plain"] for c in others)


def test_workspace_copy_carries_the_kernels_language_info(tmp_path):
    """JupyterLab writes the kernel's language_info on connect; release/'s stub made every
    untouched notebook open as unsaved (tests/browser test_untouched_notebook_is_clean)."""
    import json

    from course.instructor.workspace import kernel_language_info, landing_args

    copied, _ = sync(COURSE, tmp_path)
    release = ROOT / "release" / "00_level_check" / "00_level_check.ipynb"
    mine = tmp_path / "00_level_check" / "00_level_check.ipynb"
    a, b = json.loads(release.read_text()), json.loads(mine.read_text())
    assert b["metadata"]["language_info"] == kernel_language_info() != a["metadata"]["language_info"]
    b["metadata"]["language_info"] = a["metadata"]["language_info"]
    assert a == b                                               # nothing else changed
    assert landing_args(COURSE, tmp_path, []) != []             # still "not started"
