"""Links in the scratch folder to the answer key: a symlink, a hard link."""
for i, path in enumerate(SECRETS):
    for how in ("symlink", "link"):
        name = f"{how}{i}.py"
        try:
            getattr(os, how)(path, name)
            LEAKED |= leak(open(name).read())
        except OSError:
            pass
try:
    os.symlink(os.path.join(ROOT, "autograder"), "ag")
    LEAKED |= leak(open(os.path.join("ag", STEP, "tests", "dot_product.py")).read())
except OSError:
    pass
