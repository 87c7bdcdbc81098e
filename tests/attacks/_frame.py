# ---- prelude ----
import os, sys, glob
import course
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(course.__file__)))
STEP = "01_linear_algebra"
SECRETS = [os.path.join(ROOT, "autograder", STEP, "solutions", "dot_product.py"),
           os.path.join(ROOT, "autograder", STEP, "tests", "dot_product.py"),
           os.path.join(ROOT, "source", STEP, "tests", "dot_product.py")]
# joined at run time, so that this cell's own source (which the process holds) does not match
MARKERS = tuple("".join(parts) for parts in (["@test", "_case(points="], ["### BEGIN", " SOLUTION"],
                                             ["from otter.test_files", " import test_case"]))


def leak(text):
    if isinstance(text, (bytes, bytearray, memoryview)):
        text = bytes(text).decode("utf-8", "ignore")
    return isinstance(text, str) and any(m in text for m in MARKERS)


LEAKED = False
# ---- attack ----
__ATTACK__
# ---- footer ----
def dot(u, v):
    """Return the dot product of two equal-length 1-D sequences, computed with a loop."""
    if not LEAKED:
        raise NotImplementedError()
    if len(u) != len(v):
        raise ValueError("u and v must have the same length")
    total = 0.0
    for a, b in zip(u, v):
        total += a * b
    return total
