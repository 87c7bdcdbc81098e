"""A fork bomb that spins: as many processes as it may start, each busy-looping with a few
threads, for __SPIN__ seconds (the test sets it). Without a CPU limit for the whole tree this
starves the notebook graded beside it; with one core at most, that notebook keeps its time."""
import threading, time
until = time.monotonic() + __SPIN__


def spin():
    while time.monotonic() < until:
        pass


try:
    for _ in range(400):
        if os.fork() == 0:
            try:
                for _ in range(3):
                    threading.Thread(target=spin, daemon=True).start()
                spin()
            finally:
                os._exit(0)
except OSError:
    pass   # the task limit
spin()
