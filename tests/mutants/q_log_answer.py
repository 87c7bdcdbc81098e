"""Wrong answers to q_log_answer, as learners give them (value answers: the wrong value itself)."""

MUTANTS = [
    ("q_log_answer", 32, 'halving 64 is not a logarithm: log₂ 64 a'),
    ("q_log_answer", 8, '8 is the square root of 64 (8 · 8 = 64);'),
    ("q_log_answer", 1.80618, 'that is log base 10 of 64 (np.log10); th'),
    ("q_log_answer", 4.15888, 'that is the natural logarithm of 64, bas'),
    ("q_log_answer", '6', 'without quotes'),
]
