q_dot_value = None   # your answer: a number
q_dot_value = 8
