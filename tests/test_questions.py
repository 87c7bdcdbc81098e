"""Every question: the reference solution earns full marks, and every wrong implementation in
tests/mutants/<question>.py is rejected (with its targeted hint where one is designed)."""
from __future__ import annotations

import importlib
from functools import lru_cache
from pathlib import Path

import nbformat
import pytest

from course.runtime import config, questions
from course.runtime.evaluate import Status, evaluate
from course.runtime.feedback import as_text

from .helpers import ROOT, grade_ids, solution_namespace

COURSE = config.load(ROOT)
NOTEBOOKS = [ROOT / "source" / s.id / f"{nb}.ipynb" for s in COURSE.steps for nb in s.notebooks]
# a notebook listed in course_config.py but absent fails test_every_configured_notebook_exists;
# the questions of the others are still tested one by one
QUESTION_NOTEBOOK = {
    qid: path for path in NOTEBOOKS if path.exists()
    for qid in grade_ids(nbformat.read(path, as_version=4))
}
MUTANTS_DIR = Path(__file__).parent / "mutants"


@lru_cache(maxsize=None)
def _namespace(notebook: Path) -> dict:
    return solution_namespace(notebook)


def _question(qid: str):
    return questions.load(QUESTION_NOTEBOOK[qid].parent / "tests" / f"{qid}.py")


def test_every_configured_notebook_exists():
    assert [p for p in NOTEBOOKS if not p.exists()] == []


@pytest.mark.parametrize("step", [s.id for s in COURSE.steps])
def test_every_step_has_six_questions_per_notebook(step):
    for path in NOTEBOOKS:
        if path.parent.name == step and path.exists():
            assert len(grade_ids(nbformat.read(path, as_version=4))) >= 6, path.name


@pytest.mark.parametrize("qid", sorted(QUESTION_NOTEBOOK))
def test_solution_earns_full_marks(qid):
    result = evaluate(_question(qid), _namespace(QUESTION_NOTEBOOK[qid]))
    assert result.status == Status.PASSED, as_text(result)
    assert result.points == result.max_points > 0


@pytest.mark.parametrize("qid", sorted(QUESTION_NOTEBOOK))
def test_question_has_public_and_hidden_cases_and_hints(qid):
    q = _question(qid)
    assert any(not c.hidden for c in q.cases), "needs at least one public case"
    # a multiple-choice item (step 0) is graded against a salted digest of its key, in public:
    # with one right answer among a few letters there is nothing a hidden case could add
    assert any(c.hidden for c in q.cases) or is_choice_question(q), "needs at least one hidden case"
    assert len(q.hints) >= 2, "hints come in steps: give at least two"


def is_choice_question(q) -> bool:
    return "expect_choice(" in q.path.read_text(encoding="utf-8")


def _label(impl) -> str:
    """A wrong (or valid) implementation's name; a value answer's bank holds values: their repr."""
    return getattr(impl, "__name__", None) or repr(impl)


def _mutants():
    for qid in sorted(QUESTION_NOTEBOOK):
        if not (MUTANTS_DIR / f"{qid}.py").is_file():
            continue   # test_every_question_has_a_mutant_bank fails for it
        module = importlib.import_module(f"tests.mutants.{qid}")
        for i, (name, impl, expected_text) in enumerate(module.MUTANTS):
            yield pytest.param(qid, name, impl, expected_text, id=f"{qid}-{_label(impl)}")


@pytest.mark.parametrize("qid", sorted(QUESTION_NOTEBOOK))
def test_every_question_has_a_mutant_bank(qid):
    module = importlib.import_module(f"tests.mutants.{qid}")
    assert len(module.MUTANTS) >= 2


@pytest.mark.parametrize("qid,name,impl,expected_text", list(_mutants()))
def test_mutant_is_rejected(qid, name, impl, expected_text):
    namespace = dict(_namespace(QUESTION_NOTEBOOK[qid]))
    assert name in namespace, f"{name} is not a name the notebook defines"
    namespace[name] = impl
    result = evaluate(_question(qid), namespace)
    text = as_text(result)
    assert result.status != Status.PASSED and result.points < result.max_points, text
    if expected_text is not None:
        assert expected_text in text, f"targeted hint {expected_text!r} missing from:\n{text}"


@pytest.mark.parametrize("argument", ["success_message='well done'", "failure_message='no'",
                                      "timeout=3"])
def test_an_otter_argument_check_would_ignore_is_refused(tmp_path, argument):
    path = tmp_path / "dot_product.py"
    path.write_text("OK_FORMAT = False\nname = 'dot_product'\nfrom otter.test_files import test_case\n"
                    f"@test_case(points=1, {argument})\ndef test_one(dot):\n    pass\n")
    with pytest.raises(questions.QuestionError, match=r"test_case\(\w+=\.\.\.\) is not supported"):
        questions.load(path)
