q_chain_rule = None   # your answer: a letter in quotes, "a" to "d"
q_chain_rule = 'c'
