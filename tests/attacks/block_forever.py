"""The graded function ignores SIGINT and blocks forever inside the grader's call: the question's
time limit must stop it (the process is killed after the grace period), and the notebook ends."""
import signal, time
# ---- after the footer ----
def dot(u, v):
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    while True:
        time.sleep(1000)
