"""Wrong answers to q_transpose_product, as learners give them (value answers: the wrong value itself)."""

MUTANTS = [
    ("q_transpose_product", 'b', 'transposing each factor in place is temp'),
    ("q_transpose_product", 'c', 'AB is 2×4 and its transpose is 4×2: only'),
    ("q_transpose_product", 'd', 'only one factor was transposed; check th'),
    ("q_transpose_product", 'e', 'is not one of the choices'),
    ("q_transpose_product", 2, 'give the letter of your choice as a string'),
]
