"""Wrong answers to q_conditional, as learners give them (value answers: the wrong value itself)."""

MUTANTS = [
    ("q_conditional", 0.6, '3/5 is the chance of red on the first dr'),
    ("q_conditional", 0.3, '0.3 = 3/5 · 2/4 is P(both red), a joint '),
    ("q_conditional", 0.4, '2/5 still counts 5 balls: one ball has l'),
    ("q_conditional", 0.75, None),
    ("q_conditional", '0.5', 'without quotes'),
]
