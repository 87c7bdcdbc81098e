"""Where a learner's notebook runs while it is graded: a process of its own, bounded in time and
memory, answering the calls the tests make (course/remote.py). The verdicts stay in the grader.

Two kinds behind one interface, the `Session` protocol (`execute(code)`, `serve(kind, ...)`,
`close()`), registered in `RUNNERS` under the name c.Grading.runner gives them:

* `ForkSession` has the learner's process forked by a zygote (course/instructor/zygote.py): a clean process
  that has already imported NumPy, matplotlib and IPython and never saw a test file. A fresh
  process per notebook costs milliseconds instead of the ~1.5 s a Jupyter kernel takes to start;
  it is confined by course/instructor/sandbox.py before any learner code runs. Cells run in an IPython
  shell (magics work as in JupyterLab). Linux only: fork is unsafe with macOS system libraries
  and absent on Windows.
* `KernelSession` starts a Jupyter kernel (any platform, any kernelspec).

Messages to a ForkSession's child are JSON over a socket, never pickle: the grader decodes nothing
from the learner's process that could run code (see course/remote.py).
"""
from __future__ import annotations

import contextlib
import json
import os
import queue
import resource
import select
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Any, Callable, Protocol

from ..runtime import config
from . import sandbox
from ..runtime.evaluate import QuestionTimeout
from ..remote import CALL_MIME, call_reply, error_reply, names_reply, unpack, value_reply

INTERRUPT_GRACE = 3.0    # seconds a learner's code gets to stop after an interrupt
MAX_REPLY_BYTES = 1 << 28   # a reply larger than this (a learner's huge result) kills the process
SUPERVISOR_WAIT = 10.0   # seconds close() waits for the supervisor to remove the learner's cgroup
CPU_SECONDS_EXTRA = 10   # RLIMIT_CPU of each learner process: the notebook's time limit plus this


class ExecutionStopped(BaseException):
    """The notebook cannot go on: time is up or its process died. (BaseException, so that it
    passes through the evaluation of a question that was running at that moment.)"""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


def _timeout_reason(cfg: config.CourseConfig) -> str:
    return (f"time limit exceeded: the notebook ran longer than {cfg.grading.notebook_timeout:g} s "
            "(an infinite loop, or far too much work?); cells after that point did not run")


DIED = ("the notebook's process died (a crash, exit(), os._exit() or running out of memory); "
        "cells after that point did not run")


def _malformed(what: str) -> str:
    return (f"the notebook's process sent the grader a malformed reply ({what}): its code wrote "
            "to the grader's channel, or returned what cannot be sent; cells after that point "
            "did not run")


def _strings(items) -> bool:
    return isinstance(items, list) and all(isinstance(x, str) for x in items)


def _is_error(reply: dict) -> bool:
    """An error reply as course.remote.error_reply makes it (rebuild_exception reads all of it)."""
    info = reply.get("error")
    return (set(reply) - {"warnings"} == {"error"} and _optional_strings(reply)
            and isinstance(info, dict)
            and all(isinstance(info.get(k), str) for k in ("type", "module", "message"))
            and _strings(info.get("mro")) and _strings(info.get("frames"))
            and isinstance(info.get("raised", False), bool)
            and isinstance(info.get("raised_in", ""), str))


def _optional_strings(reply: dict) -> bool:
    """A call's reply may carry the learner's warnings: a list of strings."""
    return "warnings" not in reply or _strings(reply["warnings"])


def _decodes(text) -> bool:
    try:
        unpack(text)
        return True
    except Exception:   # noqa: BLE001 - any failure to decode is a malformed reply
        return False


def check_reply(kind: str, args: tuple, reply) -> str | None:
    """What is wrong with `reply` to a `kind` request (None when it is well formed). Whatever the
    learner's process sends, the grader only ever sees replies of the right shape."""
    if not isinstance(reply, dict):
        return f"{type(reply).__name__} instead of an object"
    if kind == "exec":
        if _is_error(reply):
            return None
        if (set(reply) == {"ok", "exited", "error"} and isinstance(reply["ok"], bool)
                and isinstance(reply["exited"], bool)
                and (reply["error"] is None or isinstance(reply["error"], str))):
            return None
        return "not the answer to a cell"
    if kind == "names":
        names = reply.get("names")
        if (set(reply) == {"names"} and isinstance(names, dict) and set(names) <= set(args[0])
                and all(v in ("callable", "value") for v in names.values())):
            return None
        return "not the list of names asked for"
    if kind == "value":
        if set(reply) == {"result"} and _decodes(reply["result"]):
            return None
        if _is_error(reply):
            return (f"the value of `{args[0]}` could not be sent: {reply['error']['type']}: "
                    f"{reply['error']['message'][:200]}")
        return f"not the value of `{args[0]}`"
    if kind == "call":
        if _is_error(reply):
            return None
        if (set(reply) - {"warnings"} == {"result", "args_after"} and _optional_strings(reply)
                and _decodes(reply["result"])
                and _decodes(reply["args_after"])
                and isinstance(unpack(reply["args_after"]), list)):
            return None
        return f"not the result of a call to `{args[0]}`"
    return f"an answer to an unknown request {kind!r}"


def fork_available() -> bool:
    return sys.platform.startswith("linux") and hasattr(os, "fork") and hasattr(os, "pidfd_open")


class Session(Protocol):
    """One notebook's learner process, as the grader drives it (course/instructor/grade.py)."""

    def execute(self, code: str) -> Any:
        """Run a cell's code; raise ExecutionStopped when the notebook cannot go on."""

    def serve(self, kind: str, *args) -> dict:
        """Answer one of course.remote's requests ('names', 'value', 'call') with its reply."""

    def close(self) -> None:
        """End the process and everything it started."""


@dataclass(frozen=True)
class Runner:
    """A way to run learner notebooks, as c.Grading.runner names it."""
    name: str
    label: str               # as messages name it: "the <label> runner"
    open: Callable[[config.CourseConfig, str, float], Session]
    available: Callable[[], bool]
    sandboxed: bool          # whether course/instructor/sandbox.py can confine it


def runner_for(cfg: config.CourseConfig) -> Runner:
    """The runner c.Grading.runner asks for; 'auto' takes the first available, sandboxed first."""
    if cfg.grading.runner != "auto":
        return RUNNERS[cfg.grading.runner]
    return next(r for r in sorted(RUNNERS.values(), key=lambda r: not r.sandboxed) if r.available())


def _no_sandbox(runner: Runner) -> str:
    return (f"c.Grading.sandbox = 'required', but the {runner.label} runner has no sandbox: "
            "use c.Grading.runner = 'fork' (Linux)")


def sandbox_level(cfg: config.CourseConfig) -> str:
    """What a notebook graded with `cfg` runs in: 'full', 'partial: no ...' or 'off' (a Jupyter
    kernel is not sandboxed)."""
    if not runner_for(cfg).sandboxed or cfg.grading.sandbox == "off":
        return "off"
    return sandbox.level(cfg.grading.sandbox)


def sandbox_check(cfg: config.CourseConfig) -> str | None:
    """Before a batch: the one line naming what the sandbox lacks here (None if nothing), or
    ConfigError when c.Grading.sandbox = 'required' cannot be met."""
    if cfg.grading.sandbox == "off":
        return None
    runner = runner_for(cfg)
    if not runner.sandboxed:
        if cfg.grading.sandbox == "required":
            raise config.ConfigError(_no_sandbox(runner))
        return f"sandbox: off, the {runner.label} runner has none (c.Grading.runner = 'fork' has)"
    try:
        return sandbox.check_mode(cfg.grading.sandbox)
    except sandbox.SandboxError as exc:
        raise config.ConfigError(str(exc)) from None


def open_session(cfg: config.CourseConfig, workdir: str, deadline: float) -> Session:
    runner = runner_for(cfg)
    if cfg.grading.sandbox == "required" and not runner.sandboxed:
        raise ExecutionStopped(_no_sandbox(runner))
    return runner.open(cfg, workdir, deadline)


# --- forked from a warm, clean zygote (course/instructor/zygote.py) --------------------------------------

def warm_up() -> None:
    """Import what notebooks import, once (the grader needs NumPy too); start this process's
    zygote, which does the same imports in a clean interpreter for the learner processes."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot  # noqa: F401
    from IPython.core.interactiveshell import InteractiveShell  # noqa: F401

    import course.runtime.learner  # noqa: F401
    import course.runtime.testing  # noqa: F401
    if fork_available() and not _IN_ZYGOTE:
        from . import zygote
        zygote.start()


_IN_ZYGOTE = False   # set in the zygote itself, which must not start another


def _new_shell():
    """An IPython shell like a kernel's, without a history database (and its writer thread)."""
    from IPython.core.interactiveshell import InteractiveShell
    from traitlets.config import Config

    settings = Config()
    settings.HistoryManager.enabled = False
    return InteractiveShell.instance(config=settings, colors="NoColor")


class ForkSession:
    """A learner process forked by this process's zygote, sandboxed as c.Grading.sandbox says."""

    def __init__(self, cfg: config.CourseConfig, workdir: str, deadline: float):
        from . import zygote

        warm_up()
        self.cfg, self.deadline, self.notes, self.dead = cfg, deadline, [], False
        self.sandbox = sandbox_level(cfg)
        if cfg.grading.sandbox == "required" and self.sandbox != "full":
            raise ExecutionStopped(f"c.Grading.sandbox = 'required', but the sandbox here is "
                                   f"{self.sandbox}: not graded")
        features = sorted(sandbox.probe()) if cfg.grading.sandbox != "off" else []
        ours, theirs = socket.socketpair()
        began = time.monotonic()
        self.pidfd = self.supervisor = None
        try:
            self.pid, supervisor = zygote.get().spawn(theirs.fileno(), {
                "workdir": workdir, "memory_limit_mb": cfg.grading.memory_limit_mb,
                "sandbox": cfg.grading.sandbox, "features": features,
                "cpu_seconds": int(cfg.grading.notebook_timeout) + CPU_SECONDS_EXTRA})
        except sandbox.SandboxError as exc:
            ours.close()
            raise ExecutionStopped(f"the notebook's process could not be started: {exc}") from None
        finally:
            theirs.close()
        # a zygote's first start (imports) is the grader's time, not the notebook's
        self.deadline += time.monotonic() - began
        self.conn = Connection(ours.detach())
        if supervisor is not None:   # it removes the learner's cgroup: close() waits for it
            with contextlib.suppress(OSError):
                self.supervisor = os.pidfd_open(supervisor)
        try:
            self.pidfd = os.pidfd_open(self.pid)
        except OSError:   # gone already
            self.dead = True
            self.close()
            raise ExecutionStopped(DIED) from None
        hello = self._receive()
        if hello.get("ready") is not True:
            self.close()
            raise ExecutionStopped(f"the sandbox could not be applied: {hello.get('sandbox_error')}")

    def _alive(self) -> bool:
        if not self.dead and select.select([self.pidfd], [], [], 0)[0]:
            self.dead = True   # the pidfd is readable once the process has exited
        return not self.dead

    def _signal(self, sig: int) -> None:
        with contextlib.suppress(ProcessLookupError, OSError):
            signal.pidfd_send_signal(self.pidfd, sig)

    def _receive(self, until: float | None = None) -> dict:
        while True:
            if until is None and time.monotonic() > self.deadline:
                self.close()
                raise ExecutionStopped(_timeout_reason(self.cfg))
            if until is not None and time.monotonic() > until:
                raise TimeoutError
            if self.conn.poll(0.05):
                try:
                    data = self.conn.recv_bytes(MAX_REPLY_BYTES)
                except (EOFError, OSError):   # gone, or a forged length header
                    self.close()
                    raise ExecutionStopped(DIED) from None
                try:
                    reply = json.loads(data)
                except (ValueError, RecursionError):   # forged, or nested beyond reason
                    reply = None
                if not isinstance(reply, dict):
                    self.close()
                    raise ExecutionStopped(_malformed("not a JSON object"))
                return reply
            if not self._alive():
                raise ExecutionStopped(DIED)

    def _ask(self, message: dict, kind: str, args: tuple = ()) -> dict:
        if not self._alive():
            raise ExecutionStopped(DIED)
        try:
            self.conn.send_bytes(json.dumps(message).encode())
        except (OSError, ValueError):
            self.close()
            raise ExecutionStopped(DIED) from None
        try:
            reply = self._receive()
        except QuestionTimeout:
            self._interrupt()
            raise
        try:
            problem = check_reply(kind, args, reply)
        except (Exception, RecursionError):   # noqa: BLE001 - a check never fails the grader
            problem = "it could not be read"
        if problem:
            self.close()
            raise ExecutionStopped(_malformed(problem))
        return reply

    def _interrupt(self) -> None:
        """A question ran out of time: stop the learner's code, or the process if it will not."""
        self._signal(signal.SIGINT)
        try:
            self._receive(until=time.monotonic() + INTERRUPT_GRACE)
        except (TimeoutError, ExecutionStopped):
            self.close()

    def execute(self, code: str) -> None:
        reply = self._ask({"op": "exec", "code": code}, "exec")
        if reply.get("exited"):
            self.close()
            raise ExecutionStopped(DIED)
        if reply.get("error") == "MemoryError":
            self.notes.append(f"a cell ran out of memory (the limit is "
                              f"{self.cfg.grading.memory_limit_mb:g} MB); it stopped there")

    def serve(self, kind: str, *args) -> dict:
        return self._ask({"op": kind, "args": list(args)}, kind, args)

    def close(self) -> None:
        """Kill the learner's process and wait until it is gone. Sandboxed, it is the init of
        its PID namespace: the kernel kills every descendant before it is reaped. Unsandboxed,
        its process group is killed as well (a daemon that left the group survives that)."""
        if not self.dead:
            if self.cfg.grading.sandbox == "off":
                with contextlib.suppress(ProcessLookupError, PermissionError):
                    os.killpg(self.pid, signal.SIGKILL)
            self._signal(signal.SIGKILL)
            if self.pidfd is not None:
                select.select([self.pidfd], [], [], 5.0)
            self.dead = True
        if self.pidfd is not None:
            os.close(self.pidfd)
            self.pidfd = None
        if self.supervisor is not None:   # it empties and removes the learner's cgroup, then exits
            select.select([self.supervisor], [], [], SUPERVISOR_WAIT)
            os.close(self.supervisor)
            self.supervisor = None
        self.conn.close()


def _child(session_fd: int, request: dict, prepare=None) -> None:
    """The learner's process: confine itself, then run cells and answer calls until killed.
    `prepare` (joining its cgroup) runs first, while it still has the rights to."""
    for sig in (signal.SIGALRM, signal.SIGTERM, signal.SIGCHLD):
        signal.signal(sig, signal.SIG_DFL)
    signal.signal(signal.SIGINT, signal.default_int_handler)
    signal.setitimer(signal.ITIMER_REAL, 0)
    mode, workdir = request["sandbox"], request["workdir"]
    if mode == "off":
        os.setpgrp()   # so that close() also kills whatever the learner's code started
    devnull = os.open(os.devnull, os.O_RDWR)
    for fd in (0, 1, 2):
        os.dup2(devnull, fd)
    os.close(devnull)
    # the grader's may be objects; these hold no descriptor of their own
    sys.stdin, sys.stdout, sys.stderr = (open(0, "r", closefd=False), open(1, "w", closefd=False),
                                         open(2, "w", closefd=False))
    conn = Connection(session_fd)
    # the limit counts the address space already mapped (libraries inherited from the zygote)
    with open("/proc/self/statm") as f:
        mapped = int(f.read().split()[0]) * resource.getpagesize()
    try:
        if prepare is not None:
            prepare()
        os.environ["COURSE_GRADING"] = "1"   # check() calls here are not the learner's progress
        if mode == "off":
            os.chdir(workdir)
        else:
            sandbox.confine(workdir, request["features"], keep_fds=(session_fd,))
        # a backstop should the grader fail to stop it: CPU seconds per process (the cgroup
        # bounds the whole tree to one core, the grader's deadline bounds its wall time)
        seconds = int(request.get("cpu_seconds") or 0)
        if seconds > 0:
            resource.setrlimit(resource.RLIMIT_CPU, (seconds, seconds))
    except Exception as exc:   # noqa: BLE001 - the grader reports it; no learner code runs
        conn.send_bytes(json.dumps({"sandbox_error": f"{type(exc).__name__}: {exc}"}).encode())
        return
    limit = mapped + int(request["memory_limit_mb"] * 2**20)
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    conn.send_bytes(json.dumps({"ready": True}).encode())

    import random

    import matplotlib.pyplot as plt
    plt.close("all")
    # the global random streams start alike in every learner process, so a notebook that draws
    # from them (against the task's rules or not) gets the same grade on every run: NumPy's is
    # seeded once in the zygote (a fork keeps it; seeding here costs ~10 ms), Python's here (the
    # random module reseeds itself from the OS in every forked child)
    random.seed(0)
    shell = _new_shell()
    namespace = shell.user_ns
    handlers = {
        "names": lambda names: names_reply(namespace, names),
        "value": lambda name: value_reply(namespace, name),
        "call": lambda name, payload: call_reply(namespace, name, payload),
    }
    while True:
        try:
            message = json.loads(conn.recv_bytes())
        except KeyboardInterrupt:
            continue
        try:
            if message["op"] == "exec":
                result = shell.run_cell(message["code"], store_history=False, silent=True)
                error = result.error_in_exec or result.error_before_exec
                reply = {"ok": result.success, "exited": bool(shell.exit_now),
                         "error": type(error).__name__ if error else None}
            else:
                reply = handlers[message["op"]](*message["args"])
        except BaseException as exc:   # KeyboardInterrupt from a timeout, MemoryError, ...
            reply = error_reply(exc)
        try:
            conn.send_bytes(json.dumps(reply).encode())
        except KeyboardInterrupt:
            conn.send_bytes(json.dumps(reply).encode())


# --- a Jupyter kernel -------------------------------------------------------------------------

class KernelSession:
    """A fresh Jupyter kernel in a scratch folder; the tests' calls travel as display data."""

    def __init__(self, cfg: config.CourseConfig, workdir: str, deadline: float):
        from jupyter_client import KernelManager

        config.tools_on_path()
        self.cfg, self.deadline, self.notes = cfg, deadline, []
        self.sandbox = "off"   # a kernel runs with the grader's rights (README: threat model)
        env = {k: v for k, v in os.environ.items()
               if k not in ("COURSE_ROOT", "NBGRADER_EXECUTION")}
        env.update(MPLBACKEND="Agg", PYTHONWARNINGS="ignore", COURSE_GRADING="1")
        self.km = KernelManager(kernel_name=cfg.grading.kernel_name)
        self.km.start_kernel(cwd=workdir, env=env, stdout=subprocess.DEVNULL,
                             stderr=subprocess.DEVNULL)
        self.kc = self.km.blocking_client()
        self.kc.start_channels()
        try:
            self.kc.wait_for_ready(timeout=60)
        except RuntimeError as exc:
            self.close()
            raise ExecutionStopped(f"the kernel did not start: {exc}") from None

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self.kc.stop_channels()
        with contextlib.suppress(Exception):
            self.km.shutdown_kernel(now=True)

    def execute(self, code: str) -> list[dict]:
        """Run code; return its outputs. Raises ExecutionStopped at the deadline or if the kernel
        dies; QuestionTimeout (from evaluate's timer) interrupts the kernel and passes through."""
        msg_id = self.kc.execute(code, store_history=False, allow_stdin=False)
        outputs: list[dict] = []
        try:
            while True:
                if time.monotonic() > self.deadline:
                    self._interrupt(msg_id)
                    raise ExecutionStopped(_timeout_reason(self.cfg))
                try:
                    msg = self.kc.get_iopub_msg(timeout=0.2)
                except queue.Empty:
                    if not self.km.is_alive():
                        raise ExecutionStopped(DIED) from None
                    continue
                if msg["parent_header"].get("msg_id") != msg_id:
                    continue
                kind, content = msg["msg_type"], msg["content"]
                if kind == "status" and content["execution_state"] == "idle":
                    return outputs
                if kind in ("execute_result", "display_data", "stream", "error"):
                    outputs.append({"output_type": kind, **content})
        except QuestionTimeout:
            self._interrupt(msg_id)
            raise

    def _interrupt(self, msg_id: str) -> None:
        """Stop the running cell and wait (briefly) for the kernel to be idle again."""
        with contextlib.suppress(Exception):
            self.km.interrupt_kernel()
        until = time.monotonic() + 5
        while time.monotonic() < until:
            try:
                msg = self.kc.get_iopub_msg(timeout=0.2)
            except queue.Empty:
                if not self.km.is_alive():
                    return
                continue
            if (msg["parent_header"].get("msg_id") == msg_id and msg["msg_type"] == "status"
                    and msg["content"]["execution_state"] == "idle"):
                return

    def serve(self, kind: str, *args) -> dict:
        """Run one of course.remote's serve_* functions in the kernel and return its reply."""
        call = f"__import__('course.remote').remote.serve_{kind}(globals(), " \
               + ", ".join(repr(a) for a in args) + ")"
        for out in self.execute(call):
            if CALL_MIME in out.get("data", {}):
                return out["data"][CALL_MIME]
            if out["output_type"] == "error":
                raise RuntimeError(f"the kernel could not run the call: {out['ename']}: {out['evalue']}")
        raise RuntimeError("the kernel did not answer the call")


RUNNERS: dict[str, Runner] = {
    "fork": Runner("fork", "forked-process", ForkSession, fork_available, sandboxed=True),
    "kernel": Runner("kernel", "Jupyter kernel", KernelSession, lambda: True, sandboxed=False),
}
