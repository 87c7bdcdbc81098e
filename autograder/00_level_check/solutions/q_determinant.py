q_determinant = None   # your answer: a number
q_determinant = 1
