"""Wrong answers to q_expected_die, as learners give them (value answers: the wrong value itself)."""

MUTANTS = [
    ("q_expected_die", 21, '21 is the sum of the faces; weight each '),
    ("q_expected_die", 3, 'an expected value need not be a face you'),
    ("q_expected_die", 4, 'an expected value is not rounded to a fa'),
    ("q_expected_die", 3.4, None),
    ("q_expected_die", '3.5', 'without quotes'),
]
