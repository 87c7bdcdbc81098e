"""Wrong answers to q_log_derivative, as learners give them (value answers: the wrong value itself)."""

MUTANTS = [
    ("q_log_derivative", 1.386294, "that is ln 4, the function's value; the "),
    ("q_log_derivative", 4, '1/x at x = 4 is 1/4, not 4.'),
    ("q_log_derivative", -0.0625, '−1/x² is the derivative of 1/x; the deri'),
    ("q_log_derivative", 0.5, None),
    ("q_log_derivative", '0.25', 'without quotes'),
]
