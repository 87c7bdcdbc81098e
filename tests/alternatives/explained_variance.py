"""Valid alternatives to `explained_variance_ratio` and `choose_k` that must earn full marks."""
import numpy as np


def ratio_with_sum(eigenvalues):
    values = np.array(eigenvalues, dtype=np.float64)
    total = np.sum(values)
    if total <= 0:
        raise ValueError("the eigenvalues must have a positive sum")
    return values / total


def k_with_a_loop(eigenvalues, fraction=0.9):
    if fraction <= 0 or fraction > 1:
        raise ValueError("fraction must be in (0, 1]")
    ratios = ratio_with_sum(eigenvalues)
    running = 0.0
    for i, r in enumerate(ratios):
        running += r
        if running >= fraction - 1e-12:
            return i + 1
    return len(ratios)


def k_with_searchsorted(eigenvalues, fraction=0.9):
    if not 0 < fraction <= 1:
        raise ValueError("fraction must be in (0, 1]")
    cumulative = np.cumsum(ratio_with_sum(eigenvalues))
    return int(np.searchsorted(cumulative, fraction - 1e-12)) + 1


ALTERNATIVES = [("explained_variance_ratio", ratio_with_sum), ("choose_k", k_with_a_loop),
                ("choose_k", k_with_searchsorted)]


# --- added (red team, step 4) -------------------------------------------------------------

def k_by_counting_the_shortfalls(eigenvalues, fraction=0.9):
    if not 0 < fraction <= 1:
        raise ValueError("fraction must lie in (0, 1]")
    values = np.asarray(eigenvalues, dtype=float)
    if not values.sum() > 0:
        raise ValueError("the eigenvalues must have a positive sum")
    cumulative = np.cumsum(values / values.sum())
    return int(np.sum(cumulative < fraction - 1e-12)) + 1


ALTERNATIVES += [("choose_k", k_by_counting_the_shortfalls)]
