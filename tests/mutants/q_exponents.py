"""Wrong answers to q_exponents, as learners give them (value answers: the wrong value itself)."""

MUTANTS = [
    ("q_exponents", 32, 'a power of a power multiplies the expone'),
    ("q_exponents", 2, '(2^3)^2 is 2^(3·2): the exponents of a p'),
    ("q_exponents", -1024, 'a negative exponent means a reciprocal: '),
    ("q_exponents", 16, None),
    ("q_exponents", '4', 'without quotes'),
]
