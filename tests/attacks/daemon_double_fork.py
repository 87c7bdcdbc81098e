"""A daemon that outlives the notebook: double fork + setsid, then sleep (and exec `sleep`)."""
import time
for program in (None, ["sleep", "987"]):
    try:
        if os.fork() == 0:
            try:
                os.setsid()
                if os.fork() == 0:
                    for fd in range(3, 64):
                        try:
                            os.close(fd)
                        except OSError:
                            pass
                    if program:
                        os.execvp(program[0], program)
                    time.sleep(600)
            finally:
                os._exit(0)
    except OSError:
        pass
time.sleep(0.2)
