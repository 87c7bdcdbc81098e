q_log_product = None   # your answer: a letter in quotes, "a" to "d"
q_log_product = 'b'
