q_summation = None   # your answer: a number
q_summation = 16
