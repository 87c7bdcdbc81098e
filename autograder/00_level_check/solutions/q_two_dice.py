q_two_dice = None   # your answer: a number
q_two_dice = 6 / 36
