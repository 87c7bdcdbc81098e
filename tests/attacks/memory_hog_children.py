"""Children that each allocate (and touch) up to their own RLIMIT_AS, and hold it: the limit is
per process, so without a limit for the whole tree they would take the machine's memory. It
counts as a leak when the tree held more than 2 GB at once (the memory cgroup stops it long
before)."""
import time
import numpy as np
r, w = os.pipe()
HOLD = 400 * 2**20
for _ in range(12):
    if os.fork() == 0:
        try:
            block = np.ones(HOLD // 8)   # touched: resident, charged
            os.write(w, b"x")
            time.sleep(10)
        finally:
            os._exit(0)
os.close(w)
held, until = 0, time.monotonic() + 8
os.set_blocking(r, False)
while time.monotonic() < until and held < 12:
    try:
        held += len(os.read(r, 16))
    except BlockingIOError:
        time.sleep(0.05)
LEAKED = held * HOLD > 2 * 2**30
