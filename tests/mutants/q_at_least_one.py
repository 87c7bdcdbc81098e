"""Wrong answers to q_at_least_one, as learners give them (value answers: the wrong value itself)."""

MUTANTS = [
    ("q_at_least_one", 0.375, '3/8 is the chance of exactly one head; “'),
    ("q_at_least_one", 0.125, '1/8 is P(no head at all), the complement'),
    ("q_at_least_one", 0.5, 'each toss alone gives a head with probab'),
    ("q_at_least_one", 1.5, None),
    ("q_at_least_one", '0.875', 'without quotes'),
]
