q_matrix_shape = None   # your answer: a tuple (rows, columns)
q_matrix_shape = (2, 4)
