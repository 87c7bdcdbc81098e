"""Rewrite the answer key and the course package so that this and later submissions pass: the
hidden tests (every case passes), course/runtime/evaluate.py, course_config.py, release/, source/; change
their modes, owners, times and xattrs (which Landlock does not cover), move or delete them."""
targets = SECRETS + [os.path.join(ROOT, "course", "evaluate.py"), os.path.join(ROOT, "course", "__init__.py"),
                     os.path.join(ROOT, "course_config.py"),
                     os.path.join(ROOT, "release", STEP, "01_vectors_matrices.ipynb")]
for path in targets:
    for mode in ("a", "r+", "w"):
        try:
            with open(path, mode) as f:
                f.write("\n# pwned\n")
        except OSError:
            pass
    try:
        os.truncate(path, 0)
    except OSError:
        pass
    for change in (lambda: os.chmod(path, 0o777), lambda: os.utime(path, (0, 0)),
                   lambda: os.chown(path, 1234, 1234), lambda: os.setxattr(path, "user.pwned", b"1"),
                   lambda: os.rename(path, "stolen.py"), lambda: os.unlink(path)):
        try:
            change()
        except OSError:
            pass
for folder in ("autograder", "course", "source", "release"):
    try:
        open(os.path.join(ROOT, folder, "planted.py"), "w").write("x = 1\n")
    except OSError:
        pass
    try:
        os.rename(os.path.join(ROOT, folder), os.path.join(ROOT, folder + "_moved"))
    except OSError:
        pass
import shutil
shutil.rmtree(os.path.join(ROOT, "autograder", STEP, "tests"), ignore_errors=True)
