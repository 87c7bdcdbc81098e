"""UDP is not covered by Landlock: send datagrams to the test's server on the loopback."""
import socket
try:
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    for _ in range(3):
        s.sendto(b"leak", ("127.0.0.1", __UDP_PORT__))
except OSError:
    pass
