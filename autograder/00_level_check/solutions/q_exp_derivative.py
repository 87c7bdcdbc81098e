q_exp_derivative = None   # your answer: a letter in quotes, "a" to "d"
q_exp_derivative = 'a'
