"""A forked child that keeps the notebook's stdout and stderr and writes to them as fast as it
can while the notebook goes on (a grader reading a pipe would block on it or buffer it all)."""
import time
if os.fork() == 0:
    try:
        chunk = b"z" * (1 << 16)
        until = time.monotonic() + 8
        while time.monotonic() < until:
            for fd in (1, 2):
                try:
                    os.write(fd, chunk)
                except OSError:
                    pass
    finally:
        os._exit(0)
print("x" * 1000)
