"""Stop itself with SIGSTOP (directly, through its process group, and from a child): a stopped
learner must not hang the grader."""
import signal
for target in (os.getpid(), 0):
    try:
        os.kill(target, signal.SIGSTOP)
    except OSError:
        pass
parent = os.getpid()
if os.fork() == 0:
    try:
        os.kill(parent, signal.SIGSTOP)
        os.kill(1, signal.SIGSTOP)
    finally:
        os._exit(0)
