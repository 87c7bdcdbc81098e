"""Print 100 MB in the cell and from inside the graded function."""
chunk = "x" * (1 << 20)
for _ in range(100):
    print(chunk)
# ---- after the footer ----
def dot(u, v):
    for _ in range(100):
        print("y" * (1 << 20))
    raise NotImplementedError()
