q_log_derivative = None   # your answer: a number
q_log_derivative = 1 / 4
