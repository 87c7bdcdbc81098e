"""The suite's two speeds. `pytest` runs everything (what CI and the README's test command run);
`pytest -m "not slow"` is the everyday run of an author editing a test file or the runtime: every
question's solution, mutants and alternatives, the bans, the layout and the runtime's own tests,
in under a minute on two cores.

'slow' marks the tests that start other programs: learner processes and Jupyter kernels
(`course grade`, `course check`), nbgrader, otter, a fresh virtual environment or a browser, or
that repeat a question over many random draws. They are listed here, in one place, rather than
decorated one by one, so that the quick run's contents can be read at a glance.
"""
from __future__ import annotations

import pytest

# every test in these files starts other programs
SLOW_FILES = {
    "test_autograded.py", "test_cohort.py", "test_faults.py", "test_grade_robustness.py",
    "test_gradescope.py", "test_instructor.py", "test_learner_edges.py", "test_pipeline.py",
    "test_runtime_install.py", "test_sandbox.py", "test_statistical_questions.py",
    "test_learner_flow.py",
}
# single tests of otherwise quick files that do (file name, test function)
SLOW_TESTS = {
    ("test_bans.py", "test_course_grade_gives_zero_for_a_banned_one_liner"),
    ("test_bans.py", "test_otter_runs_the_same_ban"),
    ("test_learner.py", "test_course_check_cli_on_release_notebook"),
    ("test_learner.py", "test_check_in_a_kernel_started_in_the_workspace"),
    ("test_learner.py", "test_bad_nbgrader_setting_names_the_setting"),
    ("test_progress.py", "test_course_check_runs_do_not_record"),
    ("test_progress.py", "test_two_concurrent_writers_lose_nothing"),
    ("test_level.py", "test_value_answers_cross_the_process_boundary_under_course_grade"),
    ("test_remote.py", "test_learner_cannot_forge_a_verdict"),
    ("test_remote.py", "test_mutating_an_argument_in_the_kernel_is_seen_by_the_test"),
    ("test_remote.py", "test_a_generator_used_in_the_kernel_advances_the_tests_generator"),
    ("test_remote.py", "test_a_dict_argument_changed_in_the_kernel_is_seen_by_the_test"),
}


def pytest_collection_modifyitems(config, items):
    for item in items:
        if item.path.name in SLOW_FILES or (item.path.name, item.originalname) in SLOW_TESTS:
            item.add_marker(pytest.mark.slow)

