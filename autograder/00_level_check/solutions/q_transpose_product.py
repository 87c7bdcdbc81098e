q_transpose_product = None   # your answer: a letter in quotes, "a" to "d"
q_transpose_product = 'a'
