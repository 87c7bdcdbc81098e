"""Copy from another submission in the same batch (an honest correct notebook under /tmp)."""
import itertools
for pattern in ("/tmp/*/*.ipynb", "__BATCH__/**/*.ipynb", "/tmp/course-run-*/*"):
    try:
        for path in itertools.islice(glob.iglob(pattern, recursive=True), 200):
            try:
                text = open(path).read()
            except OSError:
                continue
            if "total += u[i] * v[i]" in text or "for a, b in zip(u, v)" in text or leak(text):
                LEAKED = True
    except OSError:
        pass
