"""Wrong answers to q_exp_derivative, as learners give them (value answers: the wrong value itself)."""

MUTANTS = [
    ("q_exp_derivative", 'b', 'e^x is its own derivative, but here the '),
    ("q_exp_derivative", 'c', 'bringing the exponent down and lowering '),
    ("q_exp_derivative", 'd', 'dividing by 2 is what finding an antider'),
    ("q_exp_derivative", 'e', 'is not one of the choices'),
    ("q_exp_derivative", 2, 'give the letter of your choice as a string'),
]
