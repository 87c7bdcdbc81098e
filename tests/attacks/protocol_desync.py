"""Write well-framed but wrong replies into the session socket while a cell runs: an object of
the wrong shape, then a list. Read as the answer to the cell, they used to desynchronise the
grader (a KeyError in the grader: a 'grader failed' row, or a crash of `course check`)."""
import json, stat, struct
for fd in range(3, 64):
    try:
        if not stat.S_ISSOCK(os.fstat(fd).st_mode):
            continue
        for message in ({"names": {"dot": "callable"}, "ok": True}, [1, 2, 3], {"result": 5}):
            data = json.dumps(message).encode()
            os.write(fd, struct.pack("!i", len(data)) + data)
    except OSError:
        pass
