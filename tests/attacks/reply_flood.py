"""A forked child floods the session socket with tiny, well-formed cell replies for a few
seconds while the notebook goes on: the grader must not be kept busy, desynchronised into
scoring, or left waiting."""
import json, stat, struct, time
socks = []
for fd in range(3, 64):
    try:
        if stat.S_ISSOCK(os.fstat(fd).st_mode):
            socks.append(fd)
    except OSError:
        pass
if os.fork() == 0:
    try:
        data = json.dumps({"ok": True, "exited": False, "error": None}).encode()
        frame = struct.pack("!i", len(data)) + data
        until = time.monotonic() + 5
        while time.monotonic() < until:
            for fd in socks:
                try:
                    os.write(fd, frame * 64)
                except OSError:
                    pass
    finally:
        os._exit(0)
