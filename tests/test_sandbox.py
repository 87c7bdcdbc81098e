"""The sandbox (course/instructor/sandbox.py, course/instructor/zygote.py): the attack corpus in tests/attacks/ is graded
in one `grade_cohort` batch together with an honest correct and an honest untouched notebook.
Every attack must score no more than the untouched notebook, change no file outside its scratch
folder, leave no process behind and finish in time; the honest notebook keeps full marks."""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import socket
import tempfile
import threading
import time
from pathlib import Path

import nbformat
import pytest

from course.runtime import config, questions
from course.instructor import sandbox
from course.instructor.cohort import grade_cohort
from course.instructor.sessions import fork_available, sandbox_check

from .helpers import ROOT, nbgrader_meta

COURSE = config.load(ROOT)
STEP = "01_linear_algebra"
FIRST = COURSE.step(STEP).notebooks[0]
SOURCE = ROOT / "source" / STEP / f"{FIRST}.ipynb"
RELEASE = ROOT / "release" / STEP / f"{FIRST}.ipynb"
ATTACKS = Path(__file__).parent / "attacks"
NAMES = sorted(p.stem for p in ATTACKS.glob("*.py") if not p.stem.startswith("_")
               # without a memory limit for the tree it would take ~5 GB of a shared machine
               and (p.stem != "memory_hog_children" or "cgroup-memory" in sandbox.probe()))
ATTACKED = "dot_product"
TIMEOUT = 20.0
# filesystem routes to the answer key: without the sandbox each of them gets it
FS_READS = ["read_solution_absolute", "read_relative_paths", "read_listing_glob", "read_otter_zip",
            "read_proc_cwd_root", "read_course_api", "read_subprocess_magics",
            "read_symlink_hardlink", "read_other_submissions"]
GUARDED = ("source", "autograder", "release", "course", "grades", "gradebook.db", "course_config.py")

pytestmark = pytest.mark.skipif(not fork_available(), reason="the sandbox is Linux-only")


def attack_cell(name: str, fill: dict[str, str]) -> str:
    frame = (ATTACKS / "_frame.py").read_text()
    attack, _, after = (ATTACKS / f"{name}.py").read_text().partition("# ---- after the footer ----\n")
    code = frame.replace("__ATTACK__", attack) + "\n" + after
    for key, value in fill.items():
        code = code.replace(key, value)
    return code


def write_notebook(folder: Path, name: str, cell: str | None, base: Path = RELEASE) -> None:
    nb = nbformat.read(base, as_version=4)
    if cell is not None:
        solution = next(c for c in nb.cells
                        if nbgrader_meta(c).get("grade_id") == f"{ATTACKED}_solution")
        solution.source = cell
    target = folder / name / f"{FIRST}.ipynb"
    target.parent.mkdir(parents=True)
    nbformat.write(nb, target)


def digests(extra: list[Path]) -> dict[str, tuple]:
    """sha256 and metadata of every file the learner must not change (compiled caches aside)."""
    out = {}
    for item in [ROOT / g for g in GUARDED] + extra:
        files = [item] if item.is_file() else sorted(p for p in item.rglob("*") if p.is_file()
                                                    and "__pycache__" not in p.parts)
        for f in files:
            st = f.stat()   # Landlock does not cover metadata: modes, owners, times, xattrs
            out[str(f)] = (hashlib.sha256(f.read_bytes()).hexdigest(), st.st_mode, st.st_uid,
                           st.st_gid, st.st_mtime_ns, tuple(os.listxattr(f)))
    return out


class Listeners:
    """Servers an attack may try to reach: TCP and UDP on the loopback, an abstract and a
    filesystem unix socket. Each records whatever reaches it."""

    def __init__(self, folder: Path):
        self.hits: list[str] = []
        self.stop = threading.Event()
        self.tcp = socket.create_server(("127.0.0.1", 0))
        self.udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.udp.bind(("127.0.0.1", 0))
        self.abstract_name = f"course-test-{os.getpid()}-{time.monotonic_ns()}"
        self.abstract = socket.socket(socket.AF_UNIX)
        self.abstract.bind("\0" + self.abstract_name)
        self.abstract.listen()
        self.unix_path = str(folder / "listener.sock")
        self.unix = socket.socket(socket.AF_UNIX)
        self.unix.bind(self.unix_path)
        self.unix.listen()
        self.threads = [threading.Thread(target=self._serve, args=(s, k), daemon=True)
                        for s, k in ((self.tcp, "tcp"), (self.udp, "udp"),
                                     (self.abstract, "abstract"), (self.unix, "unix"))]
        for t in self.threads:
            t.start()

    def _serve(self, sock: socket.socket, kind: str) -> None:
        sock.settimeout(0.2)
        while not self.stop.is_set():
            try:
                if kind == "udp":
                    sock.recvfrom(1024)
                else:
                    sock.accept()[0].close()
                self.hits.append(kind)
            except OSError:
                continue

    def fill(self) -> dict[str, str]:
        return {"__TCP_PORT__": str(self.tcp.getsockname()[1]),
                "__UDP_PORT__": str(self.udp.getsockname()[1]),
                "__ABSTRACT__": self.abstract_name, "__UNIX_PATH__": self.unix_path}

    def close(self) -> None:
        self.stop.set()
        for t in self.threads:
            t.join()
        for s in (self.tcp, self.udp, self.abstract, self.unix):
            s.close()


def survivors(scratch_root: Path) -> list[str]:
    """Live processes that belong to this batch: working in one of its scratch folders, or the
    `sleep 987` a daemon attack executes."""
    found = []
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
            cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()
            cwd = os.readlink(f"/proc/{pid}/cwd")
        except OSError:
            continue
        if state != "Z" and (str(scratch_root) in cwd or "sleep 987" in cmdline):
            found.append(f"{pid} {cmdline[:80]} (in {cwd})")
    return found


def leaked_cgroups() -> list[str]:
    """Learner cgroups whose supervisor is gone (each is named after its supervisor's pid)."""
    found = []
    for directory in set(sandbox._cgroup_dirs().values()):
        parent = Path(directory) / sandbox.CGROUP_PARENT
        if parent.is_dir():
            found += [str(d) for d in parent.iterdir()
                      if d.is_dir() and d.name.isdigit() and not Path(f"/proc/{d.name}").exists()]
    return found


def grade_batch(tmp: Path, names: list[str], mode: str, *, timeout: float = TIMEOUT,
                spin: str = "4", honest: int = 1):
    """Grade the attacks `names` plus the honest notebooks (correct, `honest` times, and
    untouched) in one batch; return everything the tests look at."""
    batch, scratch = tmp / "batch", tmp / "scratch"
    scratch.mkdir()
    ledger, gradebook = tmp / "grades" / f"{STEP}.jsonl", tmp / "gradebook.db"
    ledger.parent.mkdir()
    gradebook.write_bytes(b"SQLite format 3\0 stand-in: an attack must not change it")
    listeners = Listeners(tmp)
    fill = listeners.fill() | {"__LEDGER__": str(ledger), "__GRADEBOOK__": str(gradebook),
                               "__BATCH__": str(batch), "__SPIN__": spin}
    for name in names:
        write_notebook(batch, name, attack_cell(name, fill))
    for i in range(honest):
        write_notebook(batch, "honest_correct" + (f"_{i}" if i else ""), None, base=SOURCE)
    write_notebook(batch, "honest_untouched", None)
    cfg = COURSE.with_grading(notebook_timeout=timeout, question_timeout=3.0,
                              memory_limit_mb=512.0, sandbox=mode)
    outside = [batch, gradebook]
    before = digests(outside)
    old_tempdir, tempfile.tempdir = tempfile.tempdir, str(scratch)   # the workers' scratch dirs
    began = time.monotonic()
    try:
        entries = grade_cohort(STEP, [batch], cfg, jobs=2, ledger=ledger)
    finally:
        tempfile.tempdir = old_tempdir
        elapsed = time.monotonic() - began
        listeners.close()
    left = survivors(scratch)
    until = time.monotonic() + 10
    while left and time.monotonic() < until:   # the zygotes die with their workers: give them a moment
        time.sleep(0.2)
        left = survivors(scratch)
    cgroups = leaked_cgroups()
    while cgroups and time.monotonic() < until:
        time.sleep(0.2)
        cgroups = leaked_cgroups()
    return {"rows": {e.student: e.to_json() for e in entries}, "before": before, "after": digests(outside),
            "hits": listeners.hits, "left": left, "ledger": ledger, "elapsed": elapsed,
            "n": len(names) + 1 + honest, "cgroups": cgroups}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return grade_batch(tmp_path_factory.mktemp("attacks"), NAMES, "auto")


def points(entry: dict, qid: str) -> float:
    return next(q["points"] for q in entry["questions"] if q["id"] == qid)


def _message(entry: dict, qid: str) -> str:
    return next(q.get("message", "") for q in entry["questions"] if q["id"] == qid)


def test_the_corpus_is_large_enough():
    assert len(NAMES) >= 25


def test_this_machine_has_the_full_sandbox():
    if sandbox.missing():
        pytest.skip(f"this machine lacks {', '.join(sandbox.missing())} (not root, or an old kernel)")
    assert sandbox.level("auto") == "full"


def test_honest_notebooks_are_graded_normally(corpus):
    rows = corpus["rows"]
    assert rows["honest_correct"]["total"] == rows["honest_correct"]["max"] == 21, rows["honest_correct"]
    assert rows["honest_correct"]["error"] is None
    assert rows["honest_untouched"]["total"] == 0


@pytest.mark.parametrize("name", NAMES)
def test_attack_scores_no_more_than_the_honest_wrong_answer(corpus, name):
    row, wrong = corpus["rows"][name], corpus["rows"]["honest_untouched"]
    assert points(row, ATTACKED) == 0, [q for q in row["questions"] if q["id"] == ATTACKED]
    assert row["total"] <= wrong["total"], row


@pytest.mark.parametrize("name", NAMES)
def test_attack_finishes_within_its_time_limit(corpus, name):
    assert corpus["rows"][name]["seconds"] < TIMEOUT + 5


def test_every_row_records_the_sandbox_it_ran_in(corpus):
    assert {r["sandbox"] for r in corpus["rows"].values()} == {sandbox.level("auto")}


def test_no_file_outside_the_scratch_folders_changed(corpus):
    before, after = corpus["before"], corpus["after"]
    changed = sorted(p for p in before.keys() | after.keys() if before.get(p) != after.get(p))
    assert not changed, changed[:20]


def test_no_process_is_left_behind(corpus):
    assert not corpus["left"], corpus["left"]


def test_no_cgroup_is_left_behind(corpus):
    assert not corpus["cgroups"], corpus["cgroups"]


@pytest.mark.parametrize("name", ["protocol_desync", "protocol_bad_result", "nested_result",
                                  "close_socket", "block_forever"])
def test_a_broken_channel_ends_that_notebook_with_a_reason(corpus, name):
    row = corpus["rows"][name]
    assert row["error"] and "grader failed" not in row["error"], row["error"]
    if name.startswith("protocol") or name == "nested_result":
        assert "malformed reply" in row["error"], row["error"]


@pytest.mark.skipif("cgroup-cpu" not in sandbox.probe(), reason="no CPU cgroup here")
def test_a_spinning_fork_bomb_does_not_starve_the_notebooks_beside_it(tmp_path):
    """Hundreds of busy-looping processes and threads for the whole notebook time limit, graded
    beside honest notebooks (jobs=2): the attacker's tree gets one core at most, so each honest
    notebook keeps full marks within its question time limit; the attacker ends at its limit
    and leaves no process and no cgroup."""
    limit = 8.0
    result = grade_batch(tmp_path, ["spinning_fork_bomb"], "auto", timeout=limit, spin="600",
                         honest=2)
    rows = result["rows"]
    for name in ("honest_correct", "honest_correct_1"):
        assert rows[name]["total"] == rows[name]["max"] == 21, rows[name]
    bomb = rows["spinning_fork_bomb"]
    assert bomb["total"] == 0 and "time limit" in bomb["error"], bomb
    assert bomb["seconds"] < limit + 5, bomb["seconds"]
    assert not result["left"], result["left"]
    assert not result["cgroups"], result["cgroups"]


def test_malformed_replies_are_named_never_raised():
    from course.remote import error_reply, pack
    from course.instructor.sessions import check_reply

    good_error = error_reply(ValueError("no"))
    assert check_reply("exec", (), {"ok": True, "exited": False, "error": None}) is None
    assert check_reply("exec", (), good_error) is None
    assert check_reply("names", (["dot"],), {"names": {"dot": "callable"}}) is None
    assert check_reply("value", ("x",), {"result": pack(3)}) is None
    assert check_reply("call", ("dot",), {"result": pack(1.0), "args_after": pack([None])}) is None
    assert check_reply("call", ("dot",), good_error) is None
    deep = 1.0
    for _ in range(5000):
        deep = [deep]
    bad = [("exec", (), [1]), ("exec", (), {"ok": True}), ("exec", (), {"error": {"type": 1}}),
           ("names", (["dot"],), {"names": {"dot": "callable", "other": "value"}}),
           ("names", (["dot"],), {"names": ["dot"]}), ("names", (["dot"],), good_error),
           ("value", ("x",), {"result": "{}"}), ("value", ("x",), good_error),
           ("call", ("dot",), {"result": pack(1.0)}),
           ("call", ("dot",), {"result": pack(1.0), "args_after": pack(None)}),
           ("call", ("dot",), {"result": '{"spec": {"t": "array", "k": "a0"}, "npz": ""}',
                               "args_after": pack([])}),
           ("call", ("dot",), {"result": json.dumps({"spec": {"t": "ref", "module": "os",
                                                               "name": "system"}, "npz": ""}),
                               "args_after": pack([])}),
           ("call", ("dot",), {"error": {"type": "X", "module": "m", "message": "",
                                         "mro": "X", "frames": []}})]
    for kind, args, reply in bad:
        assert check_reply(kind, args, reply), (kind, reply)


def test_course_check_reports_a_desynchronised_notebook(tmp_path):
    """In-process (`course check`): a notebook that forges replies ends with a reason, the
    grader raises nothing."""
    from course.instructor.grade import grade_notebook

    write_notebook(tmp_path, "x", attack_cell("protocol_desync", {}))
    cfg = COURSE.with_grading(notebook_timeout=TIMEOUT, question_timeout=3.0)
    row = grade_notebook(tmp_path / "x" / f"{FIRST}.ipynb", COURSE.step(STEP), cfg, grading=False)
    assert "malformed reply" in row.error and row.total == 0, row.error


def test_a_zygote_that_cannot_start_says_why(monkeypatch, tmp_path):
    from course.instructor import zygote

    (tmp_path / "course").mkdir()   # a course package that cannot be imported
    (tmp_path / "course" / "__init__.py").write_text("raise RuntimeError('broken on purpose')\n")
    monkeypatch.setattr(zygote, "_environment",
                        lambda: {"PATH": os.environ.get("PATH", ""), "PYTHONPATH": str(tmp_path)})
    broken = zygote.Zygote()
    try:
        with pytest.raises(sandbox.SandboxError,
                           match=r"(?s)zygote died \(exit code 1\).*RuntimeError: broken on purpose"):
            broken.spawn(0, {})
    finally:
        broken.close()


@pytest.mark.skipif("netns" not in sandbox.probe() and "landlock-net" not in sandbox.probe(),
                    reason="no network isolation here")
def test_no_server_was_reached(corpus):
    assert corpus["hits"] == [] or ("netns" not in sandbox.probe() and set(corpus["hits"]) <= {"udp"})


def test_the_ledger_holds_the_batch_and_nothing_else(corpus):
    lines = corpus["ledger"].read_text().splitlines()
    entries = [json.loads(line) for line in lines]
    assert len(entries) == corpus["n"]
    assert {e["student"] for e in entries} == set(corpus["rows"])
    assert all(e["total"] <= e["max"] for e in entries)


def test_feedback_escapes_injected_html(corpus):
    row = corpus["rows"]["html_injection"]
    html = next(q["feedback_html"] for q in row["questions"] if q["id"] == ATTACKED)
    assert "<script" not in html and "<img" not in html
    assert "&lt;script&gt;" in html   # the learner's message is shown, as text


def test_the_batch_is_fast(corpus):
    assert corpus["elapsed"] < 45, corpus["elapsed"]


def test_without_the_sandbox_the_file_routes_do_leak(tmp_path):
    """The corpus has teeth: with c.Grading.sandbox = 'off' the read attacks get the answer key
    (only read-only attacks are run that way)."""
    result = grade_batch(tmp_path, FS_READS, "off")
    # the key was read: the stolen reference earned points, or (bans) course grade refused the
    # exec it was defined by - the second line of defence, which is not what this test is about
    leaked = [n for n in FS_READS if points(result["rows"][n], ATTACKED) > 0
              or "cannot see which functions it calls" in _message(result["rows"][n], ATTACKED)]
    assert leaked == FS_READS
    assert result["rows"]["honest_correct"]["total"] == 21


def test_memory_attacks_find_the_hidden_cases_in_a_process_that_loaded_them():
    """The gc and frame attacks would work on a learner process forked from a grader (which
    holds the loaded test files); they find nothing in the zygote's children (the batch)."""
    question = questions.load(ROOT / "autograder" / STEP / "tests" / f"{ATTACKED}.py")

    def grader_frame(qs):
        for name in ("read_gc_objects", "read_frames"):
            env: dict = {}
            exec(compile(attack_cell(name, {}), name, "exec"), env)
            assert env["LEAKED"], name
    grader_frame({ATTACKED: question})


def test_required_refuses_without_a_full_sandbox(monkeypatch):
    monkeypatch.setattr(sandbox, "probe", lambda: frozenset({"landlock-fs"}))
    cfg = COURSE.with_grading(sandbox="required")
    with pytest.raises(config.ConfigError, match="required.*lacks: landlock-net"):
        sandbox_check(cfg)
    with pytest.raises(config.ConfigError, match="required"):
        grade_cohort(STEP, [SOURCE], cfg, ledger=Path(tempfile.mkdtemp()) / "l.jsonl")
    line = sandbox_check(COURSE.with_grading(sandbox="auto"))
    assert line.startswith("sandbox: partial") and "pidns" in line and "\n" not in line
    assert sandbox_check(COURSE.with_grading(sandbox="off")) is None
    assert sandbox.level("off") == "off"


def test_kernel_runner_records_off_and_refuses_required():
    with pytest.raises(config.ConfigError, match="kernel"):
        sandbox_check(COURSE.with_grading(runner="kernel", sandbox="required"))
    from course.instructor.sessions import sandbox_level
    assert sandbox_level(COURSE.with_grading(runner="kernel")) == "off"


def test_the_setting_is_validated(tmp_path):
    root = tmp_path / "course"
    root.mkdir()
    text = (ROOT / "course_config.py").read_text()
    assert 'c.Grading.sandbox = "auto"' in text
    (root / "course_config.py").write_text(text.replace('c.Grading.sandbox = "auto"',
                                                        'c.Grading.sandbox = "sometimes"'))
    with pytest.raises(config.ConfigError, match="c.Grading.sandbox"):
        config.load(root)


GRADER_THAT_WAITS = """
import os, sys, tempfile, time
from course.runtime import config
from course.instructor import zygote
from course.instructor.sessions import open_session
cfg = config.load().with_grading(sandbox="auto")
for limit in (512.0, 384.0, 384.0):   # a changed setting discards the standby made before it
    with tempfile.TemporaryDirectory() as workdir:
        session = open_session(cfg.with_grading(memory_limit_mb=limit), workdir,
                               time.monotonic() + 60)
        session.execute("import numpy; assert numpy.ones(3).sum() == 3")
        session.close()
print(zygote.get().proc.pid, flush=True)
time.sleep(120)
"""


def _children(pid: int) -> list[int]:
    try:
        return [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


@pytest.mark.skipif(not fork_available() or "cgroup-pids" not in sandbox.probe(),
                    reason="no fork runner or no cgroups here: there is no standby to leave")
def test_a_killed_grader_leaves_no_standby_learner_or_cgroup(tmp_path):
    """The zygote keeps the next notebook's sandboxed learner ready (course/instructor/zygote.py, Standby),
    with a cgroup of its own. When the grader is killed (SIGKILL: no clean-up of its own), the
    zygote dies with it, the standby's supervisor removes the cgroup, and no process is left."""
    import signal
    import subprocess
    import sys

    grader = subprocess.Popen([sys.executable, "-c", GRADER_THAT_WAITS], cwd=ROOT,
                              stdout=subprocess.PIPE, text=True)
    try:
        zygote_pid = int(grader.stdout.readline())
        supervisors = _children(zygote_pid)
        assert len(supervisors) == 1, supervisors   # the standby, ready; the discarded one gone
        learners = _children(supervisors[0])
        assert len(learners) == 1, learners
        groups = [Path(d) / sandbox.CGROUP_PARENT / str(supervisors[0])
                  for d in set(sandbox._cgroup_dirs().values())]
        assert all(g.is_dir() for g in groups), groups
    finally:
        grader.send_signal(signal.SIGKILL)
        grader.wait()
    until = time.monotonic() + 10
    pids = [zygote_pid, *supervisors, *learners]
    while time.monotonic() < until and (any(Path(f"/proc/{p}").exists() for p in pids)
                                        or any(g.exists() for g in groups)):
        time.sleep(0.1)
    assert not [p for p in pids if Path(f"/proc/{p}").exists()], "a process outlived its grader"
    assert not [g for g in groups if g.exists()], "the standby's cgroup was left behind"


@pytest.mark.skipif(not fork_available(), reason="no fork runner here")
@pytest.mark.parametrize("mode", ["off", "auto"])
def test_learner_processes_start_their_global_random_streams_alike(mode, tmp_path):
    """A notebook that draws from np.random or random (against its task's rules or not) is graded
    the same on every run: every learner process starts both global streams from one state."""
    import time as _time

    from course.instructor.sessions import open_session

    cfg = COURSE.with_grading(sandbox=mode)
    first_draws = set()
    for i in range(3):
        workdir = tmp_path / str(i)
        workdir.mkdir()
        session = open_session(cfg, str(workdir), _time.monotonic() + 60)
        try:
            session.execute("import numpy as np, random\n"
                            "x = [float(np.random.random()), random.random(), float(np.random.rand())]")
            first_draws.add(session.serve("value", "x")["result"])
        finally:
            session.close()
    assert len(first_draws) == 1, first_draws
