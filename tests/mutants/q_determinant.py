"""Wrong answers to q_determinant, as learners give them (value answers: the wrong value itself)."""

MUTANTS = [
    ("q_determinant", 11, 'ad + bc adds; the determinant subtracts:'),
    ("q_determinant", -1, 'bc − ad has the sign the wrong way round'),
    ("q_determinant", 6, '6 = ad is only the product of the diagon'),
    ("q_determinant", 5, '2 + 3 is the trace (the sum of the diago'),
    ("q_determinant", '1', 'without quotes'),
]
