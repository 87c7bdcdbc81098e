"""Wrong answers to q_dot_value, as learners give them (value answers: the wrong value itself)."""

MUTANTS = [
    ("q_dot_value", 11, 'you added all six entries; the dot produ'),
    ("q_dot_value", 12, 'the minus sign of −1 was lost: 2 · (−1) '),
    ("q_dot_value", 30, 'you multiplied the two sums; multiply ma'),
    ("q_dot_value", '8', 'without quotes'),
]
