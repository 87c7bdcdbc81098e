def expected_value(values, probs):
    return float(np.dot(values, probs))
