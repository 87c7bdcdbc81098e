"""Valid answers to q_chain_rule in other forms, each worth full marks."""
import numpy as np

ALTERNATIVES = [
    ("q_chain_rule", 'C'),
    ("q_chain_rule", ' c '),
    ("q_chain_rule", '(c)'),
    ("q_chain_rule", 'c)'),
]
