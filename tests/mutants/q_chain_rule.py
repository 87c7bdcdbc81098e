"""Wrong answers to q_chain_rule, as learners give them (value answers: the wrong value itself)."""

MUTANTS = [
    ("q_chain_rule", 'a', "cos(x²) is the outer function's derivati"),
    ("q_chain_rule", 'b', 'cos(2x) puts the inner derivative inside'),
    ("q_chain_rule", 'd', 'the outer function was not differentiate'),
    ("q_chain_rule", 'e', 'is not one of the choices'),
    ("q_chain_rule", 2, 'give the letter of your choice as a string'),
]
