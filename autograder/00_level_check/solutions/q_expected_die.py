q_expected_die = None   # your answer: a number
q_expected_die = 21 / 6
