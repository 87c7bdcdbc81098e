"""Unix sockets: connect to an abstract one and a filesystem one that the test listens on."""
import socket
for address in ("\0__ABSTRACT__", "__UNIX_PATH__"):
    try:
        s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        s.settimeout(1)
        s.connect(address)
        s.sendall(b"leak")
        LEAKED = True
    except OSError:
        pass
try:
    s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    s.bind("\0course-attack-listener")
    s.listen()
except OSError:
    pass
