"""A (bounded) fork bomb: every process forks until it cannot, then sleeps."""
import time
children = 0
try:
    for _ in range(5000):
        pid = os.fork()
        if pid == 0:
            try:
                time.sleep(30)
            finally:
                os._exit(0)
        children += 1
except OSError:
    pass
