q_solve_linear = None   # your answer: a number
q_solve_linear = 6
