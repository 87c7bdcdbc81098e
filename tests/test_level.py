"""Step 0, "Where do I start?": value and choice answers under check() and `course grade`, keys kept
out of the public files, the level report's rules, and `course open` landing on the level check."""
from __future__ import annotations

import ast
from pathlib import Path

import nbformat
import pytest

from course.runtime import config, level, questions
from course.runtime.layout import nbgrader_meta
from course.runtime.evaluate import Status, evaluate
from course.runtime.feedback import as_text
from course.instructor.grade import grade_notebook
from course.runtime.testing import Mismatch, choice_digest, expect_choice, expect_value, seal_tempting
from course.instructor.workspace import landing_args

from .helpers import ROOT, solution_namespace
from .mutants import q_chain_rule as chain_rule_mutants

STEP = "00_level_check"
SOURCE_NB = ROOT / "source" / STEP / "00_level_check.ipynb"
RELEASE_NB = ROOT / "release" / STEP / "00_level_check.ipynb"
RELEASE_TESTS = ROOT / "release" / STEP / "tests"
COURSE = config.load(ROOT)


@pytest.fixture(scope="module")
def solved():
    return solution_namespace(SOURCE_NB)


def _full(qid):
    return questions.load(ROOT / "autograder" / STEP / "tests" / f"{qid}.py")


def _public(qid):
    return questions.load(RELEASE_TESTS / f"{qid}.py")


# --- the value-answer seam ---------------------------------------------------------------------

def test_a_right_value_passes_with_hidden_cases(solved):
    result = evaluate(_full("q_log_answer"), {"q_log_answer": solved["q_log_answer"]})
    assert result.status == Status.PASSED and result.points == result.max_points == 2


def test_a_wrong_value_is_named_and_earns_only_the_form_point():
    result = evaluate(_full("q_log_answer"), {"q_log_answer": 32})
    text = as_text(result)
    assert result.status == Status.WRONG and result.points == 1, text
    assert "halving 64 is not a logarithm" in text


def test_a_value_still_none_is_not_attempted_and_a_missing_one_not_defined():
    result = evaluate(_full("q_log_answer"), {"q_log_answer": None})
    assert result.status == Status.NOT_ATTEMPTED and result.points == 0
    assert "`q_log_answer` is still None" in result.cases[0].detail
    assert "Not attempted yet: `q_log_answer` is still None" in as_text(result)
    from course.runtime.feedback import as_html
    assert "<code>raise NotImplementedError()</code>" in as_html(result)
    assert evaluate(_full("q_log_answer"), {}).status == Status.NOT_DEFINED


def test_a_number_in_quotes_gets_a_targeted_hint():
    result = evaluate(_full("q_exponents"), {"q_exponents": "4"})
    assert result.status == Status.WRONG and "without quotes" in as_text(result)


def test_public_copy_checks_the_form_and_leaves_the_value_to_grading(solved):
    result = evaluate(_public("q_two_dice"), {"q_two_dice": 1 / 11})   # wrong, but a probability
    assert result.status == Status.PASSED and result.hidden_not_run == 1
    result = evaluate(_public("q_two_dice"), {"q_two_dice": 6})
    assert result.status == Status.WRONG and "between 0 and 1" in as_text(result)


def test_a_choice_right_wrong_and_not_attempted(solved):
    question = _public("q_chain_rule")          # the public file alone grades a choice
    right = solved["q_chain_rule"]
    assert evaluate(question, {"q_chain_rule": right}).status == Status.PASSED
    assert evaluate(question, {"q_chain_rule": f" {right.upper()} "}).status == Status.PASSED
    assert evaluate(question, {"q_chain_rule": None}).status == Status.NOT_ATTEMPTED
    wrong = next(c for c in "abcd" if c != right)
    result = evaluate(question, {"q_chain_rule": wrong})
    text = as_text(result)
    assert result.status == Status.WRONG and result.points == 0
    expected = next(t for n, v, t in chain_rule_mutants.MUTANTS if v == wrong)
    assert expected in text                     # why the wrong choice is tempting ...
    assert f"{right!r}" not in text and f'"{right}"' not in text   # ... never which one is right


def test_expect_choice_opens_only_the_reason_of_the_choice_made():
    key = choice_digest("q_demo", "c")
    tempting = {choice_digest("q_demo", "a"): seal_tempting("q_demo", "a", "reason for a")}
    expect_choice("c", key, name="q_demo", choices="abc", tempting=tempting)
    with pytest.raises(Mismatch, match="reason for a"):
        expect_choice("a", key, name="q_demo", choices="abc", tempting=tempting)
    with pytest.raises(Mismatch) as no_reason:
        expect_choice("b", key, name="q_demo", choices="abc", tempting=tempting)
    assert "reason" not in str(no_reason.value)
    with pytest.raises(Mismatch, match="not one of the choices"):
        expect_choice("z", key, name="q_demo", choices="abc")
    with pytest.raises(Mismatch, match="misses"):
        expect_value((2, 5), (2, 4), name="q_demo", misconceptions=[((2, 5), "misses")])


def _choice_files():
    return sorted(p for p in RELEASE_TESTS.glob("*.py") if "expect_choice(" in p.read_text())


def test_the_course_has_choice_items():
    assert len(_choice_files()) >= 6


@pytest.mark.parametrize("path", _choice_files(), ids=lambda p: p.stem)
def test_a_choice_key_is_not_in_the_public_file(path, solved):
    qid = path.stem
    right = solved[qid]
    text = path.read_text(encoding="utf-8")
    tree = ast.parse(text)
    choices_args = {id(kw.value) for node in ast.walk(tree) if isinstance(node, ast.Call)
                    for kw in node.keywords if kw.arg == "choices"}
    strings = [n.value for n in ast.walk(tree)
               if isinstance(n, ast.Constant) and isinstance(n.value, str) and id(n) not in choices_args]
    assert right not in [s.strip().lower() for s in strings], f"{qid}: the key appears in clear"
    env = {}
    exec(compile(text.replace("from otter.test_files import test_case", "test_case = lambda **k: (lambda f: f)"),
                 str(path), "exec"), env)
    assert env["KEY"] == choice_digest(qid, right)
    # the reasons are sealed: none of them can be read in the file, so none gives the key away
    for wrong in "abcd":
        sealed = env["TEMPTING"].get(choice_digest(qid, wrong))
        if sealed:
            from course.runtime.testing import _open_tempting
            reason = _open_tempting(qid, wrong, sealed)
            assert reason and reason not in text and reason[:20] not in text
    assert choice_digest(qid, right) not in env["TEMPTING"]


def test_value_answers_cross_the_process_boundary_under_course_grade(tmp_path, solved):
    """`course grade` reads the learner's values through course/remote.py: right, wrong (with its
    misconception), a choice, a function, and untouched stubs, in one notebook."""
    nb = nbformat.read(RELEASE_NB, as_version=4)
    answers = {"q_exponents": "q_exponents = 2 ** 2", "q_log_answer": "q_log_answer = 32",
               "q_chain_rule": f"q_chain_rule = {solved['q_chain_rule']!r}",
               "q_independence": 'q_independence = "a"',
               "q_geometric_sum": "def geometric_sum(r, n):\n    return sum(r ** k for k in range(n))"}
    for cell in nb.cells:
        gid = nbgrader_meta(cell).get("grade_id", "").removesuffix("_solution")
        if nbgrader_meta(cell).get("solution") and gid in answers:
            cell.source = answers[gid]
    path = tmp_path / "00_level_check.ipynb"
    nbformat.write(nb, path)
    row = grade_notebook(path, COURSE.step(STEP), COURSE)
    assert row.error is None, row.error
    by_id = {q.id: q for q in row.questions}
    for qid in ("q_exponents", "q_chain_rule", "q_geometric_sum"):
        assert by_id[qid].status == Status.PASSED and by_id[qid].points == by_id[qid].max_points, by_id[qid]
    assert by_id["q_log_answer"].status == Status.WRONG and by_id["q_log_answer"].points == 1
    assert "disjoint" in by_id["q_independence"].message
    untouched = [q for q in row.questions if q.id not in answers]
    assert {q.status for q in untouched} == {Status.NOT_ATTEMPTED}
    assert row.total == sum(q.points for q in row.questions) == 2 + 2 + 5 + 1


# --- the level report's rules --------------------------------------------------------------------

def _profile(**per_block) -> dict[str, str]:
    """Outcomes with every item right, except the blocks given as a count of wrong items."""
    outcomes, left = {}, dict(per_block)
    for item in level.ITEMS:
        if left.get(item.block, 0) > 0:
            outcomes[item.qid] = level.WRONG
            left[item.block] -= 1
        else:
            outcomes[item.qid] = level.RIGHT
    return outcomes


def _advice(outcomes) -> list[str]:
    return level.recommend(level.assess(outcomes))


def test_the_items_cover_four_blocks_of_about_25():
    blocks = {b: [i for i in level.ITEMS if i.block == b] for b in level.BLOCKS}
    assert 24 <= len(level.ITEMS) <= 27 and all(len(v) >= 5 for v in blocks.values())
    nb = nbformat.read(SOURCE_NB, as_version=4)
    ids = [nbgrader_meta(c)["grade_id"] for c in nb.cells if nbgrader_meta(c).get("grade")]
    assert ids == [i.qid for i in level.ITEMS]
    assert all(i.topic in level.RESOURCES for i in level.ITEMS)


def test_strong_profile_starts_at_step_1():
    advice = _advice(_profile())
    assert advice[0].startswith("Start at step 1, notebook 2"), advice
    assert len(advice) == 1


def test_weak_algebra_reviews_algebra_first():
    advice = _advice(_profile(algebra=4))
    assert advice[0].startswith("Review algebra first"), advice
    assert "Khan Academy's 'Algebra 1'" in advice[0] and "step 1, notebook 1" in advice[0]


def test_weak_vectors_only_starts_at_step_1_notebook_1():
    advice = _advice(_profile(vectors=4))
    assert advice[0].startswith("Start at step 1, notebook 1"), advice
    assert "Essence of linear algebra" in advice[0]


def test_one_slip_in_vectors_starts_at_notebook_1_and_names_the_topic():
    advice = _advice(_profile(vectors=1))
    assert advice[0] == "Start at step 1, notebook 1 (vectors and matrices)."
    assert len(advice) == 1   # 5 of 6 is still solid: no extra review


def test_weak_calculus_adds_a_review_before_step_2():
    advice = _advice(_profile(calculus=5))
    assert advice[0].startswith("Start at step 1, notebook 1")
    assert any(a.startswith("Before step 2 (calculus), review basic calculus") for a in advice)


def test_shaky_probability_names_the_missed_topics_before_step_3():
    outcomes = _profile()
    outcomes["q_conditional"] = outcomes["q_independence"] = level.WRONG    # 4 of 6: shaky
    advice = _advice(outcomes)
    (line,) = [a for a in advice if a.startswith("Before step 3")]
    assert "independence (MML §6.4.5" in line and "conditional probability (MML §6.3" in line


def test_shaky_algebra_brushes_up_named_topics():
    outcomes = _profile()
    outcomes["q_log_answer"] = outcomes["q_log_product"] = level.WRONG     # 4 of 6: shaky
    advice = _advice(outcomes)
    assert not advice[0].startswith("Review algebra first")
    assert any(a.startswith("Brush up first on logarithms") for a in advice)


def test_too_few_answers_asks_to_finish_first():
    outcomes = {i.qid: level.UNANSWERED for i in level.ITEMS}
    outcomes["q_exponents"] = level.RIGHT
    advice = _advice(outcomes)
    assert advice[0].startswith("Answer more of the items first: 1 of 25")
    assert advice[1].startswith("Review algebra first")     # unanswered counts as not yet solid


def test_unchecked_answers_are_said_and_not_counted():
    outcomes = _profile()
    for qid in ("q_two_dice", "q_at_least_one"):
        outcomes[qid] = level.UNCHECKED
    a = level.assess(outcomes)
    assert a.blocks["probability"].judged == 4 and a.blocks["probability"].level == "solid"
    assert any("could not be checked here" in line for line in level.recommend(a))


def test_a_block_mostly_unchecked_is_unknown_and_never_skips_notebook_1():
    outcomes = _profile()
    for item in level.ITEMS:
        if item.block == "vectors" and item.qid != "q_axpy":
            outcomes[item.qid] = level.UNCHECKED
    a = level.assess(outcomes)
    assert a.blocks["vectors"].level == "unknown"
    advice = level.recommend(a)
    assert advice[0] == "Start at step 1, notebook 1 (vectors and matrices)."
    assert "5 answered, checked only at grading" in repr(level.LevelReport(a, advice, []))


def test_an_unknown_outcome_is_refused():
    with pytest.raises(ValueError, match="unknown outcome"):
        level.assess({"q_exponents": "maybe"})


def test_classify_follows_check_statuses():
    assert level.classify(Status.PASSED) == level.RIGHT
    assert level.classify(Status.PASSED, hidden_not_run=1) == level.UNCHECKED
    assert level.classify(Status.NOT_ATTEMPTED) == level.classify(Status.NOT_DEFINED) == level.UNANSWERED
    assert level.classify(Status.WRONG) == level.classify("raised") == level.WRONG


# --- level_report() on a notebook's namespace ------------------------------------------------------

def _with_mutants(namespace: dict, block: str) -> dict:
    """The solved namespace with every item of `block` answered by its bank's first wrong answer."""
    import importlib

    out = dict(namespace)
    for item in level.ITEMS:
        if item.block == block:
            name, wrong, _ = importlib.import_module(f"tests.mutants.{item.qid}").MUTANTS[0]
            out[name] = wrong
    return out


def test_level_report_on_a_solved_notebook_says_start_at_step_1(solved):
    report = level.level_report(solved)
    assert report.headline.startswith("Start at step 1, notebook 2"), repr(report)
    assert not report.problems
    assert "Algebra & functions: 6/6 right — solid" in repr(report)
    assert "<table>" in report._repr_mimebundle_()["text/html"]


def test_level_report_with_weak_algebra_says_review_algebra_first(solved):
    report = level.level_report(_with_mutants(solved, "algebra"))
    text = repr(report)
    assert report.headline.startswith("Review algebra first"), text
    assert "Algebra & functions: 0/6 right — weak" in text
    # the report names topics, never an expected value or a right choice
    assert "expected:" not in text and "is not right" not in text and "64" not in text
    assert not any(f"{solved.get(i.qid)!r}" in text for i in level.ITEMS
                   if isinstance(solved.get(i.qid), str))


def test_level_report_in_a_cohort_copy_says_what_it_could_not_check(tmp_path, monkeypatch, solved):
    """A copy of release/ only (no autograder/): choices and functions are still judged, values
    are counted as checked at grading, and the advice does not pretend to more."""
    import shutil

    for name in ("course_config.py", "nbgrader_config.py"):
        shutil.copy(ROOT / name, tmp_path / name)
    shutil.copytree(ROOT / "release" / STEP, tmp_path / "release" / STEP)
    monkeypatch.setenv("COURSE_ROOT", str(tmp_path))
    monkeypatch.chdir(tmp_path / "release" / STEP)
    report = level.level_report(solved)
    text = repr(report)
    assert not report.problems, report.problems
    assert not report.headline.startswith("Start at step 1, notebook 2"), text
    assert "could not be checked here" in text
    assert report.assessment.outcomes["q_chain_rule"] == level.RIGHT        # a choice: public
    assert report.assessment.outcomes["q_axpy"] == level.RIGHT              # a function: public values
    assert report.assessment.outcomes["q_exponents"] == level.UNCHECKED     # a value: hidden


def test_level_report_is_importable_and_reads_the_callers_globals(solved):
    from course import level_report

    namespace = dict(solved)
    exec("report = level_report()", {**namespace, "level_report": level_report}, namespace)
    assert namespace["report"].headline.startswith("Start at step 1")


# --- course open lands on the level check ------------------------------------------------------------

def test_course_open_lands_on_the_level_check_until_it_is_started(tmp_path):
    mine = tmp_path / STEP / "00_level_check.ipynb"
    assert landing_args(COURSE, tmp_path, []) == []            # no workspace copy yet
    mine.parent.mkdir(parents=True)
    mine.write_bytes(RELEASE_NB.read_bytes())
    assert landing_args(COURSE, tmp_path, []) == [
        "--LabApp.default_url=/lab/tree/00_level_check/00_level_check.ipynb"]
    assert landing_args(COURSE, tmp_path, ["--LabApp.default_url=/lab"]) == []
    mine.write_bytes(RELEASE_NB.read_bytes() + b"\n")          # the learner has started it
    assert landing_args(COURSE, tmp_path, []) == []


def test_the_level_check_is_the_first_step():
    assert COURSE.steps[0].id == STEP and COURSE.steps[0].title == "Where do I start?"
