"""Call home: connect to a TCP server the test runs on the loopback; bind and listen on a port."""
import socket
for host in ("127.0.0.1", "localhost", "::1"):
    try:
        with socket.create_connection((host, __TCP_PORT__), timeout=1) as s:
            s.sendall(b"leak")
            LEAKED = True
    except OSError:
        pass
try:
    srv = socket.socket()
    srv.bind(("0.0.0.0", 0))
    srv.listen()
    LEAKED = True   # a listening port: anyone could have connected
except OSError:
    pass
