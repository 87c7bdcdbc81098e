"""Wrong answers to q_matrix_shape, as learners give them (value answers: the wrong value itself)."""

MUTANTS = [
    ("q_matrix_shape", (3, 3), 'the shared inner size (3) disappears; ro'),
    ("q_matrix_shape", (4, 2), 'rows come from the first factor A and co'),
    ("q_matrix_shape", (2, 3, 4), 'the shared size 3 disappears from the pr'),
    ("q_matrix_shape", (3, 4), 'that is the shape of B; the product has '),
    ("q_matrix_shape", '2x4', None),
]
