"""q_exponents: exponents — a numeric value answer (step 0, block "algebra": exponents)."""
from otter.test_files import test_case

from course.runtime.testing import expect_number, expect_value

OK_FORMAT = False
name = "q_exponents"
hints = ['A power of a power multiplies the exponents: $(a^m)^n = a^{m n}$.', 'Multiplying powers of one base adds their exponents, and $2^{-4} = 1/2^4$: so the answer is $2^{6-4}$.']


@test_case(points=1, hidden=False)
def test_form(q_exponents):
    """your answer is a single number"""
    expect_number(q_exponents, name="q_exponents")


# Hidden cases are run at grading (and by check() when autograder/ is present).
HIDDEN_CASES = 1
HIDDEN_POINTS = 1
