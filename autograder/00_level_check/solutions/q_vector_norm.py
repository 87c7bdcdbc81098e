q_vector_norm = None   # your answer: a number
q_vector_norm = 5
