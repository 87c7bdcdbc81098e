q_integral_value = None   # your answer: a number
q_integral_value = 8
