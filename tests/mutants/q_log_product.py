"""Wrong answers to q_log_product, as learners give them (value answers: the wrong value itself)."""

MUTANTS = [
    ("q_log_product", 'a', 'keeping a product is tempting because th'),
    ("q_log_product", 'c', 'a · ln b is the rule for a power, ln(b^a'),
    ("q_log_product", 'd', 'ln(a) + b treats a and b differently alt'),
    ("q_log_product", 'e', 'is not one of the choices'),
    ("q_log_product", 2, 'give the letter of your choice as a string'),
]
