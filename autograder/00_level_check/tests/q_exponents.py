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


@test_case(points=1, hidden=True)
def test_value(q_exponents):
    """your answer is right"""
    expect_value(q_exponents, 4, name="q_exponents", misconceptions=[
        (32,
         'a power of a power multiplies the exponents: (2^3)^2 = 2^(3·2) = 2^6, not 2^(3^2) = 2^9.'),
        (2,
         '(2^3)^2 is 2^(3·2): the exponents of a power of a power multiply, they do not add.'),
        (-1024,
         'a negative exponent means a reciprocal: 2^(-4) = 1/2^4 = 1/16, not -16.'),
    ])
