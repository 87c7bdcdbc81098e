"""Wrong answers to q_vector_norm, as learners give them (value answers: the wrong value itself)."""

MUTANTS = [
    ("q_vector_norm", 7, '|3| + |−4| = 7 is the 1-norm; the length'),
    ("q_vector_norm", 25, '25 is the squared length; take the squar'),
    ("q_vector_norm", -1, '3 + (−4): a length is never negative — s'),
    ("q_vector_norm", '5', 'without quotes'),
]
