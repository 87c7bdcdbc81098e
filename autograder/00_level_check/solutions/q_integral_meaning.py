q_integral_meaning = None   # your answer: a letter in quotes, "a" to "d"
q_integral_meaning = 'd'
