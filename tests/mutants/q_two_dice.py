"""Wrong answers to q_two_dice, as learners give them (value answers: the wrong value itself)."""

MUTANTS = [
    ("q_two_dice", 0.09090909090909091, 'the 11 possible sums 2, …, 12 are not eq'),
    ("q_two_dice", 0.027777777777777776, '1/36 is the chance of one particular pai'),
    ("q_two_dice", 0.19444444444444445, '7 is the target sum, not the number of p'),
    ("q_two_dice", '0.16666666666666666', 'without quotes'),
]
