"""Read the reference solution and the hidden tests by absolute path (course.__file__ names the
repository), then exec the solution."""
for path in SECRETS:
    try:
        text = open(path).read()
    except OSError:
        continue
    if leak(text):
        LEAKED = True
    try:
        exec(text, {})
    except Exception:
        pass
