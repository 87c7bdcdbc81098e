"""Shut down and close its own session socket (and every other descriptor) mid-notebook: the
notebook ends there, the grader goes on."""
import socket, stat
for fd in range(3, 256):
    try:
        if stat.S_ISSOCK(os.fstat(fd).st_mode):
            socket.socket(fileno=fd).shutdown(socket.SHUT_RDWR)
    except OSError:
        pass
