"""Wrong answers to q_independence, as learners give them (value answers: the wrong value itself)."""

MUTANTS = [
    ("q_independence", 'a', 'P(A ∩ B) = 0 means A and B never happen '),
    ("q_independence", 'b', 'P(A | B) = P(B | A) holds whenever P(A) '),
    ("q_independence", 'd', 'P(A) + P(B) = 1 is how complementary eve'),
    ("q_independence", 'e', 'is not one of the choices'),
    ("q_independence", 2, 'give the letter of your choice as a string'),
]
