"""q_log_answer: logarithms — a numeric value answer (step 0, block "algebra": logarithms)."""
from otter.test_files import test_case

from course.runtime.testing import expect_number, expect_value

OK_FORMAT = False
name = "q_log_answer"
hints = ['$\\log_2 y$ is the $x$ with $2^x = y$.', 'Write 64 as a power of 2: 2, 4, 8, 16, …']


@test_case(points=1, hidden=False)
def test_form(q_log_answer):
    """your answer is a single number"""
    expect_number(q_log_answer, name="q_log_answer", integer=True)


@test_case(points=1, hidden=True)
def test_value(q_log_answer):
    """your answer is right"""
    expect_value(q_log_answer, 6, name="q_log_answer", misconceptions=[
        (32,
         'halving 64 is not a logarithm: log₂ 64 asks to which power 2 must be raised to give 64.'),
        (8,
         '8 is the square root of 64 (8 · 8 = 64); log₂ 64 asks for the power of 2 that gives 64.'),
        (1.80618,
         'that is log base 10 of 64 (np.log10); the base here is 2 (np.log2).'),
        (4.15888,
         'that is the natural logarithm of 64, base e (np.log); the base here is 2 (np.log2).'),
    ])
