q_power_derivative = None   # your answer: a number
q_power_derivative = 12
