"""Inject HTML and script into the feedback page: an exception message, printed output, a repr."""
INJECT = "<script>alert('pwned')</script><img src=x onerror=alert(1)>"
print(INJECT)


class Evil(float):
    def __repr__(self):
        return INJECT
# ---- after the footer ----
def dot(u, v):
    print(INJECT)
    if len(u) == 3:
        raise TypeError(INJECT)
    return Evil(1.5)
