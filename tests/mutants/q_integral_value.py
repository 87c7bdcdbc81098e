"""Wrong answers to q_integral_value, as learners give them (value answers: the wrong value itself)."""

MUTANTS = [
    ("q_integral_value", 12, '6x at x = 2 is 12: you differentiated 3x'),
    ("q_integral_value", 24, '3 · 2³ = 24 raises the power but forgets'),
    ("q_integral_value", 4, None),
    ("q_integral_value", 7, None),
    ("q_integral_value", '8', 'without quotes'),
]
