"""Attach to the grader and the pool workers with ptrace, or read them with process_vm_readv."""
import ctypes
libc = ctypes.CDLL(None, use_errno=True)
PTRACE_ATTACH, PTRACE_PEEKDATA = 16, 2
for pid in [int(p) for p in os.listdir("/proc") if p.isdigit()] + [os.getppid()]:
    if pid == os.getpid():
        continue
    if libc.ptrace(PTRACE_ATTACH, pid, 0, 0) == 0:
        LEAKED = True   # attached to another process: it could read all of its memory
        libc.ptrace(17, pid, 0, 0)
    buf = ctypes.create_string_buffer(4096)

    class IOVec(ctypes.Structure):
        _fields_ = [("base", ctypes.c_void_p), ("len", ctypes.c_size_t)]
    local = IOVec(ctypes.cast(buf, ctypes.c_void_p), 4096)
    try:
        lo = int(open(f"/proc/{pid}/maps").readline().split("-")[0], 16)
    except (OSError, ValueError):
        continue
    remote = IOVec(lo, 4096)
    if libc.process_vm_readv(pid, ctypes.byref(local), 1, ctypes.byref(remote), 1, 0) > 0:
        LEAKED = True
