"""Reach the answer key by relative paths from the scratch folder, and by chdir to the repo."""
for path in SECRETS:
    try:
        rel = os.path.relpath(path, os.getcwd())
        LEAKED |= leak(open(rel).read())
    except (OSError, ValueError):
        pass
    try:
        os.chdir(os.path.dirname(path))
        LEAKED |= leak(open(os.path.basename(path)).read())
    except OSError:
        pass
for up in range(1, 8):
    try:
        LEAKED |= leak(open("../" * up + "work/main/autograder/01_linear_algebra/tests/dot_product.py").read())
    except OSError:
        pass
