q_independence = None   # your answer: a letter in quotes, "a" to "d"
q_independence = 'c'
