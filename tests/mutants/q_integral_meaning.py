"""Wrong answers to q_integral_meaning, as learners give them (value answers: the wrong value itself)."""

MUTANTS = [
    ("q_integral_meaning", 'a', 'slopes are what derivatives measure; int'),
    ("q_integral_meaning", 'b', 'an integral adds up f over the whole int'),
    ("q_integral_meaning", 'c', 'a difference F(b) − F(a) does appear whe'),
    ("q_integral_meaning", 'e', 'is not one of the choices'),
    ("q_integral_meaning", 2, 'give the letter of your choice as a string'),
]
