q_conditional = None   # your answer: a number
q_conditional = 2 / 4
