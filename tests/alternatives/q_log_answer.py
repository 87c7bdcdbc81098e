"""Valid answers to q_log_answer in other forms, each worth full marks."""
import numpy as np

ALTERNATIVES = [
    ("q_log_answer", 6.0),
    ("q_log_answer", np.float64(6)),
]
