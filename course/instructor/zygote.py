"""The zygote: a clean, warm process that forks every learner process.

A learner process forked straight from a grader inherits the grader's memory and descriptors: the
Question objects with the hidden cases (reachable with `gc.get_objects()` or by walking frames),
`course.runtime.questions._cache`, freed text still in the heap, the ledger, the gradebook's SQLite file,
the pool's pipes. So each grader process starts one zygote with a fresh interpreter (exec, not
fork) that imports what notebooks import and nothing else - it never loads a test file - and that
holds no descriptor but its control socket. The grader sends it one request per notebook over a
SOCK_SEQPACKET socket, with the session socket attached (SCM_RIGHTS); the zygote forks:

    zygote ── supervisor (sandboxed: unshares the namespaces, waits, cleans up)
                 └── learner (PID 1 of its namespace, confined by course/instructor/sandbox.py)

and answers with the learner's and the supervisor's pids. Sandboxed, the pair is made ahead of
time (a Standby, made while the previous notebook runs) and handed its request when it arrives.
Each process dies with its parent (PR_SET_PDEATHSIG; a supervisor first removes its cgroup), so
nothing outlives the grader; killing the learner kills its whole namespace.
Where cgroups are available the supervisor puts the learner in a cgroup of its own (one core at
most, a task limit, a memory limit for the whole tree) and removes it when the learner is gone;
the grader waits for the supervisor, so a finished notebook leaves no process and no cgroup.

The zygote's stderr goes to an unlinked temporary file the grader holds: if the zygote dies
before it is ready, its first lines (an ImportError, say) are in the error.
"""
from __future__ import annotations

import contextlib
import json
import os
import select
import signal
import socket
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

from . import sandbox

READY_TIMEOUT = 120.0   # seconds a fresh zygote may take to import NumPy, matplotlib, IPython
STDERR_LINES = 12       # of the zygote's stderr, quoted when it dies
# the environment learner code sees: nothing of the grader's but what Python needs
_KEEP_ENV = ("PATH", "LANG", "LC_ALL", "LC_CTYPE", "TZ", "VIRTUAL_ENV", "OPENBLAS_CORETYPE",
             "OPENBLAS_L2_SIZE", "SYSTEMROOT")


def _environment() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k in _KEEP_ENV}
    package_parent = str(Path(__file__).resolve().parents[2])   # the course package in use
    env.update(PYTHONPATH=package_parent, PYTHONDONTWRITEBYTECODE="1", MPLBACKEND="Agg",
               # one BLAS thread per learner process: the grader's pool is the parallelism
               OPENBLAS_NUM_THREADS="1", OMP_NUM_THREADS="1", MKL_NUM_THREADS="1")
    return env


class Zygote:
    """The grader's side: start the zygote, ask it for learner processes."""

    def __init__(self):
        self.ctrl, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        # unlinked at once: nothing to clean up, nothing another process can find by name
        self.stderr = tempfile.TemporaryFile(prefix="course-zygote-")
        try:
            self.proc = subprocess.Popen(
                [sys.executable, "-c", "import course.instructor.zygote as z; z.main()", str(theirs.fileno())],
                pass_fds=(theirs.fileno(),), close_fds=True, cwd="/", env=_environment(),
                stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=self.stderr)
        finally:
            theirs.close()
        self.owner, self.ready = os.getpid(), False
        self.lock = threading.Lock()

    def _reply(self, timeout: float) -> dict:
        self.ctrl.settimeout(timeout)
        try:
            data = self.ctrl.recv(1 << 16)
        except (socket.timeout, OSError) as exc:
            raise sandbox.SandboxError(f"the zygote did not answer: {exc}") from None
        if not data:
            raise sandbox.SandboxError("the zygote died" + self._last_words())
        try:
            reply = json.loads(data)
        except ValueError:
            reply = None
        if not isinstance(reply, dict):
            raise sandbox.SandboxError(f"the zygote sent a malformed reply: {data[:80]!r}")
        return reply

    def _last_words(self) -> str:
        """The first lines the zygote wrote to its stderr, and how it ended."""
        with contextlib.suppress(subprocess.TimeoutExpired):
            self.proc.wait(1.0)
        code = self.proc.poll()
        how = "" if code is None else (f" (killed by signal {-code})" if code < 0
                                       else f" (exit code {code})")
        try:
            text = os.pread(self.stderr.fileno(), 16384, 0).decode("utf-8", "replace")
        except OSError:
            text = ""
        lines = [line for line in text.splitlines() if line.strip()][:STDERR_LINES]
        return how + (": " + "\n  ".join(lines) if lines else ", saying nothing on stderr")

    def spawn(self, session_fd: int, request: dict) -> tuple[int, int | None]:
        """Fork a learner process that talks over `session_fd`; return its pid and its
        supervisor's (None when unsandboxed)."""
        with self.lock:
            if not self.ready:
                if self._reply(READY_TIMEOUT).get("ready") is not True:
                    raise sandbox.SandboxError("the zygote did not start")
                self.ready = True
            socket.send_fds(self.ctrl, [json.dumps(request).encode()], [session_fd])
            reply = self._reply(30.0)
        if "error" in reply:
            raise sandbox.SandboxError(str(reply["error"]))
        supervisor = reply.get("supervisor")
        return int(reply["pid"]), int(supervisor) if supervisor else None

    def alive(self) -> bool:
        return self.proc.poll() is None

    def close(self) -> None:
        with contextlib.suppress(OSError):
            self.ctrl.close()
        with contextlib.suppress(OSError):
            self.proc.kill()
            self.proc.wait(5)
        with contextlib.suppress(OSError):
            self.stderr.close()


_ZYGOTE: Zygote | None = None


def get() -> Zygote:
    """This process's zygote, started on first use. A forked grader (a pool worker) inherits its
    parent's object: it starts its own, since the zygote's children must be this process's."""
    global _ZYGOTE
    if _ZYGOTE is not None and (_ZYGOTE.owner != os.getpid() or not _ZYGOTE.alive()):
        if _ZYGOTE.owner != os.getpid():
            with contextlib.suppress(OSError):
                _ZYGOTE.ctrl.close()   # the parent's: not ours to use
        else:
            _ZYGOTE.close()
        _ZYGOTE = None
    if _ZYGOTE is None:
        _ZYGOTE = Zygote()
    return _ZYGOTE


def start() -> None:
    """Start the zygote now, so that its imports overlap with the grader's own start-up."""
    get()


# --- in the zygote ----------------------------------------------------------------------------

def main() -> None:
    ctrl = socket.socket(fileno=int(sys.argv[1]))
    sandbox.prctl(sandbox.PR_SET_PDEATHSIG, signal.SIGKILL)   # dies with the grader
    from . import sessions

    sessions._IN_ZYGOTE = True
    sessions.warm_up()
    # NumPy's global stream starts alike in every learner process, each a fork of this state
    # (see sessions._child)
    import numpy as np
    np.random.seed(0)
    sandbox.read_only_paths()        # computed once, here, before any learner runs
    features = sandbox.probe()
    sandbox.sweep_cgroups()          # of supervisors killed with an earlier grader
    signal.signal(signal.SIGCHLD, signal.SIG_IGN)   # the kernel reaps the supervisors
    ctrl.sendall(json.dumps({"ready": True, "features": sorted(features)}).encode())
    standby: Standby | None = None
    while True:
        try:
            data, fds, _, _ = socket.recv_fds(ctrl, 1 << 16, 1)
        except OSError:
            data = b""
        if not data:   # the grader is gone: let the standby remove its cgroup, then go
            if standby is not None:
                standby.discard(wait=True)
            os._exit(0)
        request = None
        try:
            request = json.loads(data)
            if request["sandbox"] == "off":
                pid, supervisor = _fork_unsandboxed(ctrl, request, fds[0]), None
            else:
                if standby is not None and standby.key != Standby.key_of(request):
                    standby.discard()
                    standby = None
                started = standby.start(request, fds[0]) if standby is not None else False
                if not started:   # the first request, other settings, or a standby that died
                    standby = Standby(ctrl, request)
                    if not standby.start(request, fds[0]):
                        raise sandbox.SandboxError("the learner's process did not start")
                pid, supervisor, standby = standby.learner, standby.supervisor, None
            reply = {"pid": pid, "supervisor": supervisor}
        except Exception as exc:   # noqa: BLE001 - reported to the grader, the zygote goes on
            reply = {"error": f"could not start the learner's process: {type(exc).__name__}: {exc}"}
        finally:
            for fd in fds:
                with contextlib.suppress(OSError):
                    os.close(fd)
        ctrl.sendall(json.dumps(reply).encode())
        if isinstance(request, dict) and request.get("sandbox") != "off" and "error" not in reply:
            # the next notebook's learner, made while this one runs (see Standby)
            with contextlib.suppress(Exception):
                standby = Standby(ctrl, request)


def _fork_unsandboxed(ctrl: socket.socket, request: dict, session_fd: int) -> int:
    pid = os.fork()
    if pid == 0:
        code = 70
        try:
            ctrl.close()
            sandbox.prctl(sandbox.PR_SET_PDEATHSIG, signal.SIGKILL)
            _learner(request, session_fd)
            code = 0
        finally:
            os._exit(code)
    return pid


class Standby:
    """A sandboxed learner made before its notebook arrives: supervisor forked, cgroup created,
    namespaces entered, learner forked and moved into its cgroup; it waits for its request and
    session socket, then confines itself. Moving a process into a cgroup waits for an RCU grace
    period (the cgroup_threadgroup_rwsem write side; ~14 ms here, measured with
    benchmarks/sandbox_cost.py), which a standby spends while the previous notebook runs. Made
    for one request's settings (`key`): a request with others discards it."""

    def __init__(self, ctrl: socket.socket, request: dict):
        self.key = self.key_of(request)
        r, w = os.pipe()
        self.sock, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        pid = os.fork()
        if pid == 0:
            code = 70
            try:
                ctrl.close()
                self.sock.close()
                os.close(r)
                # SIGTERM, not SIGKILL: a supervisor whose zygote dies still removes the cgroup
                signal.signal(signal.SIGTERM, _exit_on_term)
                sandbox.prctl(sandbox.PR_SET_PDEATHSIG, signal.SIGTERM)
                _supervise(request, theirs, w)
                code = 0
            finally:
                os._exit(code)
        os.close(w)
        theirs.close()
        self.supervisor = pid
        with os.fdopen(r, "rb") as pipe:
            text = pipe.read()
        if not text.isdigit():   # the supervisor's own error, or nothing
            self.sock.close()
            raise sandbox.SandboxError(text.decode("utf-8", "replace")
                                       or "the learner's process did not start")
        self.learner = int(text)

    @staticmethod
    def key_of(request: dict) -> tuple:
        # what shapes the process before its request arrives (the rest is read afterwards)
        return request["sandbox"], tuple(request["features"]), request["memory_limit_mb"]

    def start(self, request: dict, session_fd: int) -> bool:
        """Hand the learner its request and session socket; False if it is gone."""
        try:
            socket.send_fds(self.sock, [json.dumps(request).encode()], [session_fd])
            return True
        except OSError:
            self.discard()
            return False
        finally:
            self.sock.close()

    def discard(self, wait: bool = False) -> None:
        """Unused: the learner sees its socket close and exits; the supervisor removes the
        cgroup and exits (waited for, bounded, when the zygote itself is about to go)."""
        pidfd = None
        if wait:
            with contextlib.suppress(OSError):
                pidfd = os.pidfd_open(self.supervisor)
        with contextlib.suppress(OSError):
            self.sock.close()
        if pidfd is not None:
            select.select([pidfd], [], [], 5.0)
            os.close(pidfd)


def _exit_on_term(signum, frame):
    raise SystemExit(0)


def _supervise(request: dict, learner_sock: socket.socket, w: int) -> None:
    """The learner's parent: enter new namespaces, fork the learner, wait for it, then make sure
    none of its descendants lives on (it is their subreaper where there is no PID namespace)."""
    signal.signal(signal.SIGCHLD, signal.SIG_DFL)   # this process waits for its child
    sandbox.prctl(sandbox.PR_SET_CHILD_SUBREAPER, 1)
    features = request["features"]
    controllers = [c for c in ("cpu", "pids", "memory") if f"cgroup-{c}" in features]
    group = None
    if controllers:
        memory = int(request["memory_limit_mb"] * 2**20) + sandbox.SCRATCH_BYTES \
            + sandbox.MEMORY_HEADROOM
        try:
            group = sandbox.Cgroup(str(os.getpid()), controllers, memory)
        except sandbox.SandboxError as exc:
            os.write(w, f"could not create the learner's cgroup: {exc}".encode())
            return
    try:
        sandbox.enter_namespaces(features)
        pid = os.fork()
        if pid == 0:
            try:
                os.close(w)
                signal.signal(signal.SIGTERM, signal.SIG_DFL)
                sandbox.prctl(sandbox.PR_SET_PDEATHSIG, signal.SIGKILL)
                _standby_learner(learner_sock, group)
            finally:
                os._exit(70)
        learner_sock.close()
        os.write(w, str(pid).encode())
        os.close(w)
        while True:
            try:
                done, _ = os.waitpid(-1, 0)
            except ChildProcessError:
                break
            except InterruptedError:
                continue
            if done == pid:
                break
        _kill_children()
    finally:
        if group is not None:
            group.remove()


def _standby_learner(sock: socket.socket, group) -> None:
    """Join the cgroup first (every process the learner starts is born in there), then wait for
    the request; a closed socket means this standby is not needed."""
    failure = None
    if group is not None:
        try:
            group.join()
        except Exception as exc:   # noqa: BLE001 - reported to the grader with the request
            failure = exc
    try:
        data, fds, _, _ = socket.recv_fds(sock, 1 << 16, 1)
    except OSError:
        return
    sock.close()
    if not data or not fds:
        return

    def prepare():
        if failure is not None:
            raise failure

    _learner(json.loads(data), fds[0], prepare)


def _kill_children() -> None:
    """Kill and reap every process left (orphans reparented to this subreaper), until none."""
    while True:
        try:
            children = Path(f"/proc/self/task/{os.getpid()}/children").read_text().split()
        except OSError:
            children = []
        for child in children:
            with contextlib.suppress(ProcessLookupError):
                os.kill(int(child), signal.SIGKILL)
        try:
            os.waitpid(-1, 0)
        except ChildProcessError:
            return


def _learner(request: dict, session_fd: int, prepare=None) -> None:
    from .sessions import _child

    _child(session_fd, request, prepare)
