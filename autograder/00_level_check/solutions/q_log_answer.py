q_log_answer = None   # your answer: a number
q_log_answer = 6
