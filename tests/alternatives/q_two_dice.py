"""Valid answers to q_two_dice in other forms, each worth full marks."""
import numpy as np

ALTERNATIVES = [
    ("q_two_dice", 0.16666666666666666),
    ("q_two_dice", 0.16667),
    ("q_two_dice", np.float64(6 / 36)),
]
