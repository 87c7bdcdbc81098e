"""Write forged messages straight into the session socket: a reply claiming success, a deeply
nested JSON document, a length header of 4 GB."""
import json, struct
for fd in range(3, 64):
    try:
        os.write(fd, struct.pack("!i", 20) + b'{"ok": true, "x": 1}')
        deep = b"[" * 200000 + b"]" * 200000
        os.write(fd, struct.pack("!i", len(deep)) + deep)
        os.write(fd, struct.pack("!i", -1) + struct.pack("!Q", 1 << 32))
    except OSError:
        pass
