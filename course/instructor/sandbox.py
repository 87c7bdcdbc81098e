"""Confine a learner's process: it may read what Python needs and write only its scratch folder; it
has no network, cannot signal or trace the grader, is bounded in processes, file size, open files
and disk, and takes every process it starts down with it.

Linux only, built from what the kernel offers (no container runtime):

* Landlock (filesystem ABI >= 1, TCP bind/connect ABI >= 4, abstract unix sockets and signals
  ABI >= 6). Called through ctypes: the PyPI `landlock` package (1.0.0.dev5, a dev release) only
  knows the filesystem half of the ABI (no `handled_access_net`, no `scoped`), and the three
  syscalls and their structs are small and stable.
* Namespaces, where the grader may create them (root): a PID namespace whose init is the learner's
  process (when it dies the kernel kills every descendant, double-forked daemons included), a
  network namespace (only a loopback that is down) and a mount namespace in which every host
  mount is read-only (Landlock does not cover chmod, chown, utime or xattrs), the scratch folder
  is a size-limited tmpfs (a notebook cannot fill the disk), /proc shows only the namespace, and
  /tmp, /run and /dev/shm are empty (no unix sockets of the host to connect to).
* Resource limits (file size, open files, no core dumps, CPU seconds) and the namespace's pid_max
  (processes and threads), besides the memory limit the session sets.
* A cgroup per learner (v1 `cpu`, `pids`, `memory` hierarchies, or v2): at most one core for the
  whole process tree, so that busy-looping children cannot starve the notebook graded beside it;
  a task limit; a memory limit for the tree. Created by the supervisor before the learner runs,
  emptied (SIGKILL) and removed when the notebook ends; stale ones (of a killed grader) are
  removed by the next zygote.
* no_new_privs and, for root, every capability dropped (so the limits cannot be raised again).

`probe()` finds out, once per process, what is available; `level()` names it for the grade rows
("full", "partial: no landlock-net, ...", "off"); `confine()` applies it in the learner's process.
"""
from __future__ import annotations

import contextlib
import ctypes
import os
import re
import resource
import site
import sys
import tempfile
from functools import lru_cache
from pathlib import Path

MODES = ("auto", "required", "off")
# what a full sandbox has; a partial one names what it lacks
# mountns: every host mount read-only (Landlock does not cover chmod, chown, utime, xattrs),
# the scratch folder a tmpfs with a quota, the host's /tmp, /run, /dev/shm hidden
# cgroup-*: the learner's process tree in a cgroup of its own, with at most one CPU core (a
# spinning fork bomb cannot starve the notebooks graded beside it), a task limit and a memory
# limit for the whole tree (RLIMIT_AS is per process)
FEATURES = ("landlock-fs", "landlock-net", "landlock-scope", "pidns", "netns", "mountns",
            "process-limit", "cgroup-cpu", "cgroup-pids", "cgroup-memory")

FILE_LIMIT = 64 * 2**20        # RLIMIT_FSIZE: the largest file a notebook may write
SCRATCH_BYTES = 128 * 2**20    # the scratch tmpfs: all files together
SCRATCH_LIMIT = f"{SCRATCH_BYTES >> 20}m"
OPEN_FILES = 256               # RLIMIT_NOFILE
PID_MAX = 301                  # the namespace's pid_max: the kernel's minimum, ~300 tasks
CPU_CORES = 1.0                # the learner's whole process tree: at most this much CPU
CGROUP_PARENT = "course-sandbox"   # below the grader's own cgroup; one child per learner
# the tree's memory: the learner's own limit, its scratch tmpfs (charged to it) and headroom for
# the pages it shares with the zygote until it writes them
MEMORY_HEADROOM = 256 * 2**20


class SandboxError(RuntimeError):
    """The sandbox the grader expected could not be applied (the message says which part)."""


_libc = ctypes.CDLL(None, use_errno=True)
_libc.syscall.restype = ctypes.c_long


def _check(result: int, what: str) -> int:
    if result < 0:
        err = ctypes.get_errno()
        raise SandboxError(f"{what}: {os.strerror(err)} (errno {err})")
    return result


# --- Landlock (include/uapi/linux/landlock.h) -------------------------------------------------

_SYS_CREATE_RULESET, _SYS_ADD_RULE, _SYS_RESTRICT_SELF = 444, 445, 446   # same on x86-64, arm64
_CREATE_RULESET_VERSION = 1
_RULE_PATH_BENEATH = 1

FS_EXECUTE, FS_WRITE_FILE, FS_READ_FILE, FS_READ_DIR = 1 << 0, 1 << 1, 1 << 2, 1 << 3
FS_REFER, FS_TRUNCATE, FS_IOCTL_DEV = 1 << 13, 1 << 14, 1 << 15
NET_BIND_TCP, NET_CONNECT_TCP = 1 << 0, 1 << 1
SCOPE_ABSTRACT_UNIX_SOCKET, SCOPE_SIGNAL = 1 << 0, 1 << 1
_FILE_ONLY = FS_EXECUTE | FS_WRITE_FILE | FS_READ_FILE | FS_TRUNCATE | FS_IOCTL_DEV


class _RulesetAttr(ctypes.Structure):
    _fields_ = [("handled_access_fs", ctypes.c_uint64), ("handled_access_net", ctypes.c_uint64),
                ("scoped", ctypes.c_uint64)]


class _PathBeneath(ctypes.Structure):
    _pack_ = 1
    _fields_ = [("allowed_access", ctypes.c_uint64), ("parent_fd", ctypes.c_int32)]


def landlock_abi() -> int:
    """The kernel's Landlock ABI version; 0 where there is none (old kernel, LSM disabled)."""
    if not sys.platform.startswith("linux"):
        return 0
    abi = _libc.syscall(_SYS_CREATE_RULESET, None, ctypes.c_size_t(0),
                        ctypes.c_uint32(_CREATE_RULESET_VERSION))
    return max(0, abi)


def _fs_rights(abi: int) -> int:
    rights = (1 << 13) - 1                     # ABI 1: execute ... make_sym
    if abi >= 2:
        rights |= FS_REFER
    if abi >= 3:
        rights |= FS_TRUNCATE
    if abi >= 5:
        rights |= FS_IOCTL_DEV
    return rights


def _landlock(abi: int, read_only: list[str], writable: list[str], devices: dict[str, int]) -> None:
    handled = _fs_rights(abi)
    attr = _RulesetAttr(handled, NET_BIND_TCP | NET_CONNECT_TCP if abi >= 4 else 0,
                        SCOPE_ABSTRACT_UNIX_SOCKET | SCOPE_SIGNAL if abi >= 6 else 0)
    size = 8 if abi < 4 else 16 if abi < 6 else 24
    ruleset = _check(_libc.syscall(_SYS_CREATE_RULESET, ctypes.byref(attr), ctypes.c_size_t(size),
                                   ctypes.c_uint32(0)), "landlock_create_ruleset")
    try:
        rules = [(p, FS_EXECUTE | FS_READ_FILE | FS_READ_DIR) for p in read_only]
        rules += [(p, handled) for p in writable]
        rules += list(devices.items())
        for path, access in rules:
            try:
                fd = os.open(path, os.O_PATH | os.O_CLOEXEC)
            except OSError:
                continue   # a path this machine does not have
            try:
                if not os.path.isdir(path):
                    access &= _FILE_ONLY
                rule = _PathBeneath(access & handled, fd)
                _check(_libc.syscall(_SYS_ADD_RULE, ruleset, _RULE_PATH_BENEATH, ctypes.byref(rule),
                                     ctypes.c_uint32(0)), f"landlock_add_rule {path}")
            finally:
                os.close(fd)
        _check(_libc.syscall(_SYS_RESTRICT_SELF, ruleset, ctypes.c_uint32(0)),
               "landlock_restrict_self")
    finally:
        os.close(ruleset)


@lru_cache(maxsize=None)
def read_only_paths() -> tuple[str, ...]:
    """What a learner's process may read: the interpreter, its packages, the system's libraries,
    fonts and configuration, matplotlib's cache, and the course package (notebooks import its
    modules) - not the repository around it (tests, solutions, grades, other submissions)."""
    import course

    paths = {sys.prefix, sys.base_prefix, sys.exec_prefix, sys.base_exec_prefix,
             *site.getsitepackages(), "/usr", "/lib", "/lib64", "/bin", "/etc",
             "/sys/devices/system/cpu", str(Path(course.__file__).resolve().parent)}
    if site.ENABLE_USER_SITE and site.getusersitepackages():
        paths.add(site.getusersitepackages())
    try:
        import matplotlib
        paths.update((matplotlib.get_configdir(), matplotlib.get_cachedir()))
    except Exception:   # noqa: BLE001 - matplotlib is optional for the sandbox itself
        pass
    return tuple(sorted(p for p in paths if p and os.path.exists(p)))


_DEVICES = {"/dev/null": FS_READ_FILE | FS_WRITE_FILE, "/dev/zero": FS_READ_FILE,
            "/dev/urandom": FS_READ_FILE, "/dev/random": FS_READ_FILE}


# --- namespaces, mounts, capabilities ---------------------------------------------------------

CLONE_NEWNS, CLONE_NEWPID, CLONE_NEWNET = 0x00020000, 0x20000000, 0x40000000
_MS_RDONLY, _MS_NOSUID, _MS_NODEV, _MS_NOEXEC, _MS_REC, _MS_PRIVATE = 1, 2, 4, 8, 1 << 14, 1 << 18
_MS_REMOUNT, _MS_BIND, _MS_NOATIME, _MS_NODIRATIME, _MS_RELATIME = 32, 4096, 1024, 2048, 1 << 21
_OPTION_FLAGS = {"nosuid": _MS_NOSUID, "nodev": _MS_NODEV, "noexec": _MS_NOEXEC,
                 "noatime": _MS_NOATIME, "nodiratime": _MS_NODIRATIME, "relatime": _MS_RELATIME}
PR_SET_PDEATHSIG, PR_SET_CHILD_SUBREAPER = 1, 36
_PR_CAPBSET_DROP, _PR_SET_NO_NEW_PRIVS, _PR_CAP_AMBIENT, _PR_CAP_AMBIENT_CLEAR_ALL = 24, 38, 47, 4
# folders whose unix sockets and files belong to the host: hidden behind empty tmpfs mounts
_HIDDEN = ("/tmp", "/var/tmp", "/run", "/dev/shm")


def prctl(option: int, arg: int = 0) -> None:
    _check(_libc.prctl(option, ctypes.c_ulong(arg), 0, 0, 0), f"prctl({option})")


def unshare(flags: int) -> None:
    _check(_libc.unshare(flags), "unshare")


def _mount(source: str | None, target: str, fstype: str | None, flags: int,
           data: str | None = None) -> None:
    enc = (lambda s: s.encode() if s is not None else None)
    _check(_libc.mount(enc(source), enc(target), enc(fstype), ctypes.c_ulong(flags), enc(data)),
           f"mount {fstype or ''} on {target}")


class _CapHeader(ctypes.Structure):
    _fields_ = [("version", ctypes.c_uint32), ("pid", ctypes.c_int)]


class _CapData(ctypes.Structure):
    _fields_ = [("effective", ctypes.c_uint32), ("permitted", ctypes.c_uint32),
                ("inheritable", ctypes.c_uint32)]


def _drop_capabilities() -> None:
    """Root stays uid 0 (the interpreter may live under /root) but loses every capability: it
    can no longer raise its limits, mount, trace, or bypass file permissions; and, with the
    bounding set empty, executing a program cannot give them back."""
    last = int(Path("/proc/sys/kernel/cap_last_cap").read_text())
    for cap in range(last + 1):
        prctl(_PR_CAPBSET_DROP, cap)
    _libc.prctl(_PR_CAP_AMBIENT, _PR_CAP_AMBIENT_CLEAR_ALL, 0, 0, 0)
    data = (_CapData * 2)()
    _check(_libc.capset(ctypes.byref(_CapHeader(0x20080522, 0)), data), "capset")


def _mount_points() -> list[tuple[str, int]]:
    """(mount point, per-mount flags) of this mount namespace, from /proc/self/mountinfo."""
    points = []
    for line in Path("/proc/self/mountinfo").read_text().splitlines():
        fields = line.split()
        target = re.sub(r"\\([0-7]{3})", lambda m: chr(int(m.group(1), 8)), fields[4])
        flags = 0
        for option in fields[5].split(","):
            flags |= _OPTION_FLAGS.get(option, 0)
        points.append((target, flags | (_MS_RDONLY if "ro" in fields[5].split(",") else 0)))
    return points


def _read_only_mounts(must: str) -> None:
    """Remount every mount of this (private) namespace read-only; /proc is replaced later."""
    for target, flags in _mount_points():
        if flags & _MS_RDONLY or target == "/proc" or target.startswith("/proc/"):
            continue
        with contextlib.suppress(SandboxError):   # a mount hidden under another one, say
            _mount(None, target, None, _MS_REMOUNT | _MS_BIND | _MS_RDONLY | flags)
    if not os.statvfs(must).f_flag & os.ST_RDONLY:
        raise SandboxError(f"could not make {must} read-only")


def _kept_under(folder: str, keep: tuple[str, ...]) -> list[str]:
    """The outermost paths the learner must read that live under `folder` (a course or its
    virtual environment in /tmp, say)."""
    inside = sorted(p for p in keep if p != folder and os.path.commonpath([folder, p]) == folder)
    return [p for i, p in enumerate(inside)
            if not any(os.path.commonpath([q, p]) == q for q in inside[:i])]


def _hide(folder: str, keep: tuple[str, ...]) -> None:
    """Cover a host folder with an empty tmpfs, so none of its unix sockets or files are
    reachable, and bind what the learner must read from it back in place (read-only, as every
    host mount already is). The paths are held open across the mount, since the tmpfs hides
    them: the bind's source is /proc/self/fd/N, still the host's /proc at this point."""
    held = {p: os.open(p, os.O_PATH | os.O_CLOEXEC) for p in _kept_under(folder, keep)}
    try:
        _mount("tmpfs", folder, "tmpfs", _MS_NOSUID | _MS_NODEV, "size=1m,mode=755")
        for path, fd in held.items():
            os.makedirs(path, exist_ok=True) if os.path.isdir(f"/proc/self/fd/{fd}") else (
                os.makedirs(os.path.dirname(path), exist_ok=True), open(path, "a").close())
            _mount(f"/proc/self/fd/{fd}", path, None, _MS_BIND | _MS_REC)
    finally:
        for fd in held.values():
            os.close(fd)


# --- cgroups ----------------------------------------------------------------------------------

_CGROUP_FEATURES = {"cpu": "cgroup-cpu", "pids": "cgroup-pids", "memory": "cgroup-memory"}


def _cgroup_dirs() -> dict[str, str]:
    """controller -> the directory of this process's own cgroup in the hierarchy that has that
    controller (v1: one per controller; v2: the same directory for each controller it enables)."""
    own: dict[str, str] = {}
    for line in Path("/proc/self/cgroup").read_text().splitlines():
        _, names, path = line.split(":", 2)
        own[names] = path
    found: dict[str, str] = {}
    v2 = None
    for line in Path("/proc/self/mountinfo").read_text().splitlines():
        fields = line.split()
        sep = fields.index("-")
        fstype, options, root, point = fields[sep + 1], fields[sep + 3], fields[3], fields[4]
        if fstype == "cgroup":
            for controller in _CGROUP_FEATURES:
                if controller in options.split(","):
                    names = next((n for n in own if controller in n.split(",")), None)
                    if names is not None:
                        found.setdefault(controller, _below(point, root, own[names]))
        elif fstype == "cgroup2" and "" in own:
            v2 = _below(point, root, own[""])
    if v2:
        with contextlib.suppress(OSError):
            offered = Path(v2, "cgroup.controllers").read_text().split()
            for controller in _CGROUP_FEATURES:
                if controller in offered:
                    found.setdefault(controller, v2)
    return found


def _below(point: str, root: str, path: str) -> str:
    """Where cgroup `path` (as /proc/self/cgroup names it) is, for a mount of `root` at `point`."""
    relative = os.path.relpath(path, root) if path.startswith(root) else path.lstrip("/")
    return os.path.normpath(os.path.join(point, relative))


def _is_v2(directory: str) -> bool:
    return os.path.exists(os.path.join(directory, "cgroup.controllers"))


def _write(path: str, text: str) -> None:
    with open(path, "w") as f:
        f.write(text)


class Cgroup:
    """One learner's cgroup (a directory per hierarchy): limits written before anyone joins.
    Each directory's parent stays open: the supervisor removes the cgroup through it after the
    learner made every mount of their shared namespace read-only."""

    def __init__(self, name: str, controllers, memory_bytes: int):
        self.name = name
        self.dirs: list[tuple[str, int]] = []   # (path, descriptor of its parent)
        roots = _cgroup_dirs()
        try:
            for directory in sorted({roots[c] for c in controllers if c in roots}):
                parent = os.path.join(directory, CGROUP_PARENT)
                os.makedirs(parent, exist_ok=True)
                here = {c for c in controllers if roots.get(c) == directory}
                if _is_v2(directory):
                    wanted = " ".join("+" + c for c in sorted(here))
                    _write(os.path.join(directory, "cgroup.subtree_control"), wanted)
                    _write(os.path.join(parent, "cgroup.subtree_control"), wanted)
                path = os.path.join(parent, name)
                fd = os.open(parent, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
                try:
                    os.mkdir(path)
                except OSError:
                    os.close(fd)
                    raise
                self.dirs.append((path, fd))
                for controller in here:
                    _limit(path, controller, memory_bytes)
        except OSError as exc:
            self.remove()
            raise SandboxError(f"cgroup: {exc}") from None

    def join(self) -> None:
        """Move this process into the cgroup (its children will be born there)."""
        for path, _ in self.dirs:
            _write(os.path.join(path, "cgroup.procs"), "0")

    def remove(self, patience: float = 5.0) -> None:
        """Kill whatever is in the cgroup, then remove it (retrying while the dead are reaped)."""
        for path, fd in self.dirs:
            try:
                _empty_and_remove(self.name, fd, patience)
            finally:
                os.close(fd)
        self.dirs = []


def _limit(path: str, controller: str, memory_bytes: int) -> None:
    v2 = _is_v2(path)
    if controller == "cpu":
        if v2:
            _write(os.path.join(path, "cpu.max"), f"{int(CPU_CORES * 100000)} 100000")
        else:
            period = int(Path(path, "cpu.cfs_period_us").read_text())
            _write(os.path.join(path, "cpu.cfs_quota_us"), str(int(CPU_CORES * period)))
    elif controller == "pids":
        _write(os.path.join(path, "pids.max"), str(PID_MAX))
    elif controller == "memory":
        if v2:
            _write(os.path.join(path, "memory.max"), str(memory_bytes))
            with contextlib.suppress(OSError):
                _write(os.path.join(path, "memory.swap.max"), "0")
        else:
            _write(os.path.join(path, "memory.limit_in_bytes"), str(memory_bytes))
            with contextlib.suppress(OSError):   # without swap accounting there is no such file
                _write(os.path.join(path, "memory.memsw.limit_in_bytes"), str(memory_bytes))


def _empty_and_remove(name: str, parent_fd: int, patience: float) -> None:
    import signal
    import time

    def opener(path, flags):
        return os.open(path, flags, dir_fd=parent_fd)

    until = time.monotonic() + patience
    while True:
        with contextlib.suppress(OSError):   # v2 (Linux >= 5.14): kill the whole tree at once
            with open(f"{name}/cgroup.kill", "w", opener=opener) as f:
                f.write("1")
        try:
            with open(f"{name}/cgroup.procs", opener=opener) as f:
                pids = f.read().split()
        except FileNotFoundError:
            return
        except OSError:
            pids = []
        for pid in pids:
            with contextlib.suppress(OSError):
                os.kill(int(pid), signal.SIGKILL)
        try:
            os.rmdir(name, dir_fd=parent_fd)
            return
        except FileNotFoundError:
            return
        except OSError:
            if time.monotonic() > until:
                return   # left for the next zygote's sweep_cgroups()
            time.sleep(0.002)


def sweep_cgroups() -> None:
    """Remove the cgroups of supervisors that no longer exist (a grader killed mid-notebook)."""
    with contextlib.suppress(OSError):
        for directory in set(_cgroup_dirs().values()):
            parent = os.path.join(directory, CGROUP_PARENT)
            if not os.path.isdir(parent):
                continue
            fd = os.open(parent, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
            try:
                for name in os.listdir(fd):
                    if name.isdigit() and not os.path.exists(f"/proc/{name}") \
                            and os.path.isdir(os.path.join(parent, name)):
                        _empty_and_remove(name, fd, 1.0)
            finally:
                os.close(fd)


def _probe_cgroups() -> set[str]:
    """The cgroup controllers this process can give a learner: create one, limit it, remove it."""
    if os.geteuid() != 0:
        return set()
    try:
        group = Cgroup(f"probe-{os.getpid()}", tuple(_CGROUP_FEATURES), 64 * 2**20)
    except (SandboxError, OSError, ValueError):
        # one controller failing should not hide the others: try them one at a time
        found = set()
        for controller, feature in _CGROUP_FEATURES.items():
            try:
                Cgroup(f"probe-{os.getpid()}", (controller,), 64 * 2**20).remove()
                found.add(feature)
            except (SandboxError, OSError, ValueError):
                pass
        return found
    roots = _cgroup_dirs()
    group.remove()
    return {f for c, f in _CGROUP_FEATURES.items() if c in roots}


# --- what this machine offers -----------------------------------------------------------------

_NS_OK, _TMPFS_OK, _PROC_OK, _PIDMAX_OK = 1, 2, 4, 8


def _probe_namespaces() -> int:
    """Fork a throw-away child that tries what confine() will do; its exit code is a bit set."""
    if not hasattr(os, "fork"):
        return 0
    scratch = tempfile.mkdtemp(prefix="course-probe-")
    try:
        pid = os.fork()
        if pid == 0:
            code = 0
            try:
                unshare(CLONE_NEWPID | CLONE_NEWNET | CLONE_NEWNS)
                code = _NS_OK
                inner = os.fork()   # the first child in the new PID namespace is its init
                if inner == 0:
                    bits = 0
                    try:
                        _mount(None, "/", None, _MS_REC | _MS_PRIVATE)
                        _mount("tmpfs", scratch, "tmpfs", _MS_NOSUID | _MS_NODEV, "size=1m")
                        bits |= _TMPFS_OK
                        _mount("proc", "/proc", "proc", _MS_NOSUID | _MS_NODEV | _MS_NOEXEC)
                        bits |= _PROC_OK
                        Path("/proc/sys/kernel/pid_max").write_text(str(PID_MAX))
                        bits |= _PIDMAX_OK
                    except Exception:   # noqa: BLE001 - whatever failed stays unset
                        pass
                    os._exit(bits)
                _, status = os.waitpid(inner, 0)
                code |= os.waitstatus_to_exitcode(status) & ~_NS_OK
            except BaseException:   # noqa: BLE001 - a probe never raises into the grader
                pass
            os._exit(code)
        _, status = os.waitpid(pid, 0)
        return max(0, os.waitstatus_to_exitcode(status))
    finally:
        os.rmdir(scratch)


@lru_cache(maxsize=None)
def probe() -> frozenset[str]:
    """The parts of FEATURES this machine and this grader's privileges offer (cached)."""
    if not sys.platform.startswith("linux"):
        return frozenset()
    abi = landlock_abi()
    found = set()
    if abi >= 1:
        found.add("landlock-fs")
    if abi >= 4:
        found.add("landlock-net")
    if abi >= 6:
        found.add("landlock-scope")
    bits = _probe_namespaces()
    if bits & _NS_OK and bits & _PROC_OK:
        found.update(("pidns", "netns"))
    if bits & _NS_OK and bits & _TMPFS_OK:
        found.add("mountns")
    if bits & _PIDMAX_OK:
        found.add("process-limit")
    with contextlib.suppress(Exception):   # a probe never raises into the grader
        found |= _probe_cgroups()
    return frozenset(found)


def missing(features=None) -> list[str]:
    have = probe() if features is None else set(features)
    return [f for f in FEATURES if f not in have]


def level(mode: str, features=None) -> str:
    """How a row was graded: 'off', 'full' or 'partial: no <what is missing>'."""
    if mode == "off":
        return "off"
    lacking = missing(features)
    return "full" if not lacking else "partial: no " + ", ".join(lacking)


def check_mode(mode: str) -> str | None:
    """Before grading: raise SandboxError if `required` cannot be met; for `auto` return the one
    line that names what is missing (None when the sandbox is full or off)."""
    if mode == "off":
        return None
    lacking = missing()
    if not lacking:
        return None
    if mode == "required":
        raise SandboxError(
            "c.Grading.sandbox = 'required', but this machine lacks: " + ", ".join(lacking)
            + " (Landlock needs Linux >= 6.7 with the LSM enabled; namespaces, tmpfs, pid_max "
              "and cgroups need root or CAP_SYS_ADMIN, and cgroups a writable cpu, pids and "
              "memory controller). Grade as root, or set c.Grading.sandbox = 'auto'.")
    return ("sandbox: partial, learner code runs without " + ", ".join(lacking)
            + " on this machine (see README, 'Sandbox and threat model')")


# --- in the learner's process -----------------------------------------------------------------

def enter_namespaces(features) -> None:
    """In the supervisor, before it forks the learner: the learner's process will be the init
    of a new PID namespace, with its own network and mounts."""
    if "pidns" in features or "mountns" in features:
        unshare(CLONE_NEWPID | CLONE_NEWNET | CLONE_NEWNS)


def confine(workdir: str, features, keep_fds: tuple[int, ...]) -> None:
    """Apply the sandbox to this process (the learner's), irrevocably. Raises SandboxError."""
    features = set(features)
    if "mountns" in features:
        _mount(None, "/", None, _MS_REC | _MS_PRIVATE)   # nothing below leaks to the host
        import course
        _read_only_mounts(str(Path(course.__file__).resolve().parent.parent))
        keep = read_only_paths()
        for folder in _HIDDEN:
            if os.path.isdir(folder) and folder not in keep:
                _hide(folder, keep)
        os.makedirs(workdir, mode=0o700, exist_ok=True)   # again, if it was under a hidden folder
        _mount("tmpfs", workdir, "tmpfs", _MS_NOSUID | _MS_NODEV,
               f"size={SCRATCH_LIMIT},mode=700")
    if "pidns" in features:
        _mount("proc", "/proc", "proc", _MS_NOSUID | _MS_NODEV | _MS_NOEXEC)
    if "process-limit" in features:
        Path("/proc/sys/kernel/pid_max").write_text(str(PID_MAX))
    os.chdir(workdir)
    for name, value in (("TMPDIR", workdir), ("HOME", workdir),
                        ("IPYTHONDIR", os.path.join(workdir, ".ipython"))):
        os.environ[name] = value
    tempfile.tempdir = None
    # inherited descriptors would bypass Landlock (which checks at open time): keep only ours
    last = 0
    for fd in sorted(set(keep_fds) | {0, 1, 2}):
        if fd > last:   # (closerange(n, n) would close everything: close_range(n, n - 1))
            os.closerange(last, fd)
        last = fd + 1
    os.closerange(last, max(resource.getrlimit(resource.RLIMIT_NOFILE)[0], OPEN_FILES))
    for limit, value in ((resource.RLIMIT_FSIZE, FILE_LIMIT), (resource.RLIMIT_CORE, 0),
                         (resource.RLIMIT_NOFILE, OPEN_FILES)):
        resource.setrlimit(limit, (value, value))
    prctl(_PR_SET_NO_NEW_PRIVS, 1)
    if os.geteuid() == 0:
        _drop_capabilities()
    if "landlock-fs" in features:
        _landlock(landlock_abi(), list(read_only_paths()) + ["/proc/self/"], [workdir], _DEVICES)
