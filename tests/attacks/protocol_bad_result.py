"""From inside the graded function, forge the reply to the grader's call: a 'result' that is not
the grader's encoding and 'args_after' that is not a list, then return normally (two replies in
the channel: the grader must read the first, refuse it, and stop)."""
import json, stat, struct
# ---- after the footer ----
def dot(u, v):
    for fd in range(3, 64):
        try:
            if stat.S_ISSOCK(os.fstat(fd).st_mode):
                data = json.dumps({"result": '{"spec": {"t": "float"}, "npz": "!!"}',
                                   "args_after": '{"spec": {"t": "none"}, "npz": ""}'}).encode()
                os.write(fd, struct.pack("!i", len(data)) + data)
        except OSError:
            pass
    return 0.0
