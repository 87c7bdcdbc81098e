"""Leave the process group, then kill(-1): everything this process may signal."""
import signal
try:
    os.setsid()
except OSError:
    pass
if os.fork() == 0:
    try:
        os.kill(-1, signal.SIGKILL)
    finally:
        os._exit(0)
os.wait()
