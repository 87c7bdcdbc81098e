"""List the repository and read every file that looks like a test or solution."""
for pattern in ("autograder/**/*.py", "source/**/*.py", "source/**/*.ipynb", "tests/**/*.py"):
    try:
        for path in glob.glob(os.path.join(ROOT, pattern), recursive=True)[:400]:
            try:
                LEAKED |= leak(open(path, errors="ignore").read())
            except OSError:
                pass
    except OSError:
        pass
try:
    LEAKED |= any("autograder" == n for n in os.listdir(ROOT)) and leak(
        open(os.path.join(ROOT, "autograder", STEP, "tests", "dot_product.py")).read())
except OSError:
    pass
