"""Return a small but deeply nested structure (700 lists deep, a few KB), encoded with a raised
recursion limit: decoding it in the grader recurses past the grader's own limit; the grader must
refuse it with a reason, not crash."""
import sys
# ---- after the footer ----
def dot(u, v):
    sys.setrecursionlimit(20000)
    nested = 1.0
    for _ in range(700):
        nested = [nested]
    return nested
