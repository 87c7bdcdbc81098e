"""Wrong answers to q_summation, as learners give them (value answers: the wrong value itself)."""

MUTANTS = [
    ("q_summation", 19, 'the −1 is inside the sum: it is subtract'),
    ("q_summation", 10, 'that is Σ i for i = 1..4; each term here'),
    ("q_summation", 8, 'the sum starts at i = 1 (given below the'),
    ("q_summation", 20, 'each term is 2i − 1: the −1 of every ter'),
    ("q_summation", '16', 'without quotes'),
]
