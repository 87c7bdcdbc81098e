"""Wrong answers to q_solve_linear, as learners give them (value answers: the wrong value itself)."""

MUTANTS = [
    ("q_solve_linear", 1.3333333333333333, 'to undo “− 7”, add 7 to both sides (3x ='),
    ("q_solve_linear", 18, '3x = 18 is one step from the end: divide'),
    ("q_solve_linear", 54, 'to undo “3 ·”, divide both sides by 3 ra'),
    ("q_solve_linear", -6, None),
    ("q_solve_linear", '6', 'without quotes'),
]
