"""Wrong answers to q_power_derivative, as learners give them (value answers: the wrong value itself)."""

MUTANTS = [
    ("q_power_derivative", 8, 'that is f(2) = 2³ itself; first take the'),
    ("q_power_derivative", 4, 'the power rule also brings the old expon'),
    ("q_power_derivative", 6, 'the power rule lowers the exponent by on'),
    ("q_power_derivative", 24, '3 · 2³ = 24 keeps the exponent: the powe'),
    ("q_power_derivative", '12', 'without quotes'),
]
