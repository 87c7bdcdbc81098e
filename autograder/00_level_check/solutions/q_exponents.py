q_exponents = None   # your answer: a number
q_exponents = (2 ** 3) ** 2 * 2 ** -4
