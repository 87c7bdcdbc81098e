q_at_least_one = None   # your answer: a number
q_at_least_one = 1 - (1 / 2) ** 3
