"""Grade a synthetic cohort of step 1 with `course grade`, `nbgrader autograde` and a loop of
`otter run`, side by side in one run, and print wall time, per-notebook cost, peak memory and the
ratios; then the check() latency of every question of the course.

    .venv/bin/python benchmarks/grade_cohort.py --n 100 [--jobs 2] [--baseline-n N]

The cohort (4 notebooks per submission): 6 in 10 submissions correct, 2 partly wrong (the first
question of each notebook answered wrongly), 1 not attempted (the release notebooks), 1 broken (a
corrupt first notebook; the others raise in a cell). No infinite loops: otter has no time limit
and would hang, and nbgrader would wait out its 300 s timeout.

nbgrader and otter are serial, so their time grows linearly with the number of notebooks. With
--baseline-n smaller than --n they grade that many submissions (nbgrader twice, with 2 and with
baseline-n submissions, to separate its per-command cost from its per-notebook cost) and the time
for --n is extrapolated from the fit; the table says so. --baseline-n equal to --n grades
everything with every tool.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
BIN = Path(sys.executable).parent
STEP = "01_linear_algebra"

from benchmarks.check_latency import latency_rows, print_latency  # noqa: E402


def course_copy(where: Path) -> Path:
    root = where / "course"
    root.mkdir(parents=True)
    for name in ("source", "release", "autograder", "course"):
        shutil.copytree(ROOT / name, root / name, ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("course_config.py", "nbgrader_config.py"):
        shutil.copy(ROOT / name, root / name)
    return root


def _notebooks() -> list[str]:
    from course.runtime import config
    return list(config.load(ROOT).step(STEP).notebooks)


def _wrong_first_answer(text: str) -> str:
    nb = json.loads(text)
    for cell in nb["cells"]:
        meta = cell.get("metadata", {}).get("nbgrader", {})
        if meta.get("solution") and cell["cell_type"] == "code":
            src = "".join(cell["source"])
            name = re.search(r"def (\w+)\(", src).group(1)
            cell["source"] = f"def {name}(*args, **kwargs):\n    return None\n"
            break
    return json.dumps(nb)


def _raising(text: str) -> str:
    nb = json.loads(text)
    nb["cells"].insert(2, {"cell_type": "code", "metadata": {}, "source": "raise RuntimeError('oops')",
                           "outputs": [], "execution_count": None, "id": "student-oops"})
    return json.dumps(nb)


def make_cohort(submitted: Path, n: int) -> list[str]:
    """n students under nbgrader's submitted/<student>/<step>/; returns their ids."""
    students = []
    for i in range(n):
        student = f"s{i:04d}"
        kind = i % 10
        dst = submitted / student / STEP
        dst.mkdir(parents=True)
        for j, name in enumerate(_notebooks()):
            source = (ROOT / ("release" if kind == 8 else "source") / STEP / f"{name}.ipynb").read_text()
            if kind in (6, 7):
                source = _wrong_first_answer(source)
            elif kind == 9:
                source = '{"cells": [ {"cell_type": "co' if j == 0 else _raising(source)
            (dst / f"{name}.ipynb").write_text(source)
        students.append(student)
    return students


class PeakMemory:
    """Peak of the summed RSS of a process and all its descendants, sampled every 50 ms."""

    def __init__(self, pid: int):
        self.proc, self.peak, self._stop = psutil.Process(pid), 0, threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _run(self):
        while not self._stop.is_set():
            try:
                procs = [self.proc] + self.proc.children(recursive=True)
                total = 0
                for p in procs:
                    try:
                        total += p.memory_info().rss
                    except psutil.Error:
                        pass
                self.peak = max(self.peak, total)
            except psutil.Error:
                pass
            self._stop.wait(0.05)

    def stop(self) -> float:
        self._stop.set()
        self.thread.join()
        return self.peak / 2**20


def timed(cmd: list[str], cwd: Path, env: dict) -> tuple[float, float, subprocess.CompletedProcess]:
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)
    mem = PeakMemory(proc.pid)
    out, err = proc.communicate()
    wall = time.perf_counter() - start
    peak = mem.stop()
    result = subprocess.CompletedProcess(cmd, proc.returncode, out, err)
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd[:4])} failed:\n{err[-3000:]}")
    return wall, peak, result


def run_course(where: Path, n: int, jobs: int, env: dict) -> dict:
    root = course_copy(where / f"course-{n}")
    make_cohort(root / "submitted", n)
    env = {**env, "COURSE_ROOT": str(root), "CI": "1"}
    wall, peak, _ = timed([sys.executable, "-m", "course", "grade", STEP, str(root / "submitted"),
                           "--jobs", str(jobs), "--json", str(root / "out.json")], root, env)
    report = json.loads((root / "out.json").read_text())
    return {"wall": wall, "peak": peak, "notebooks": len(report["submissions"]),
            "scores": {(e["student"], e["notebook"]): e["total"] for e in report["submissions"]}}


def run_nbgrader(where: Path, n: int, env: dict) -> dict:
    root = course_copy(where / f"nbgrader-{n}")
    subprocess.run([str(BIN / "nbgrader"), "generate_assignment", STEP, "--force"], cwd=root,
                   env=env, check=True, capture_output=True)
    make_cohort(root / "submitted", n)
    wall, peak, _ = timed([str(BIN / "nbgrader"), "autograde", STEP, "--create", "--force"], root, env)
    return {"wall": wall, "peak": peak, "notebooks": 4 * n}


def run_otter(where: Path, n: int, env: dict) -> dict:
    root = course_copy(where / f"otter-{n}")
    make_cohort(root / "submitted", n)
    walls, peak = 0.0, 0.0
    count = 0
    for nb in sorted((root / "submitted").glob(f"*/{STEP}/*.ipynb")):
        out = root / "otter-out" / nb.parent.parent.name / nb.stem
        out.mkdir(parents=True)
        zip_path = root / "autograder" / STEP / f"{nb.stem}-autograder.zip"
        start = time.perf_counter()
        proc = subprocess.Popen([str(BIN / "otter"), "run", "-a", str(zip_path), "-o", str(out),
                                 str(nb)], cwd=out, env=env, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)
        mem = PeakMemory(proc.pid)
        proc.wait()
        walls += time.perf_counter() - start
        peak = max(peak, mem.stop())
        count += 1
    return {"wall": walls, "peak": peak, "notebooks": count}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=100, help="submissions (4 notebooks each)")
    ap.add_argument("--jobs", type=int, default=0, help="course grade --jobs (default: cores)")
    ap.add_argument("--baseline-n", type=int, default=10,
                    help="submissions graded by nbgrader and otter (the rest extrapolated)")
    ap.add_argument("--repeat", type=int, default=10, help="check() repetitions per question")
    ap.add_argument("--skip-latency", action="store_true")
    args = ap.parse_args()
    jobs = args.jobs or len(os.sched_getaffinity(0))
    base_n = min(args.baseline_n, args.n)
    env = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ['PATH']}"}
    env.pop("COURSE_ROOT", None)
    notebooks = 4 * args.n
    print(f"cohort: {args.n} submissions of {STEP} = {notebooks} notebooks; "
          f"{os.cpu_count()} CPU(s); course grade --jobs {jobs}", flush=True)

    with tempfile.TemporaryDirectory(prefix="grade-cohort-") as tmp:
        tmp = Path(tmp)
        course = run_course(tmp, args.n, jobs, env)
        print(f"course grade: {course['wall']:.1f} s", flush=True)
        small = run_course(tmp, max(1, args.n // 4), jobs, env)
        nbg = run_nbgrader(tmp, base_n, env)
        print(f"nbgrader autograde ({base_n} submissions): {nbg['wall']:.1f} s", flush=True)
        if base_n == args.n:
            nbg_total, nbg_how = nbg["wall"], "measured"
        elif base_n <= 2:
            nbg_total = nbg["wall"] / nbg["notebooks"] * notebooks
            nbg_how = f"{nbg['notebooks']} notebooks x {notebooks / nbg['notebooks']:g}"
        else:
            nbg_small = run_nbgrader(tmp, 2, env)
            per_nb = (nbg["wall"] - nbg_small["wall"]) / (nbg["notebooks"] - nbg_small["notebooks"])
            fixed = nbg["wall"] - per_nb * nbg["notebooks"]
            nbg_total, nbg_how = fixed + per_nb * notebooks, f"fit on {base_n} and 2 submissions"
        otter = run_otter(tmp, base_n, env)
        print(f"otter run loop ({otter['notebooks']} notebooks): {otter['wall']:.1f} s", flush=True)
        otter_total = otter["wall"] / otter["notebooks"] * notebooks
        otter_how = "measured" if base_n == args.n else f"{otter['notebooks']} notebooks x {notebooks / otter['notebooks']:g}"

    rows = [
        ("course grade", course["wall"], course["wall"], course["peak"], "measured"),
        ("nbgrader autograde", nbg["wall"], nbg_total, nbg["peak"], nbg_how),
        ("otter run (loop)", otter["wall"], otter_total, otter["peak"], otter_how),
    ]
    print(f"\n{'grader':<20} {'measured s':>10} {'for N s':>9} {'s/notebook':>10} {'peak MB':>8}  how")
    for name, measured, total, peak, how in rows:
        print(f"{name:<20} {measured:10.1f} {total:9.1f} {total / notebooks:10.3f} {peak:8.0f}  {how}")
    r_nbg, r_otter = nbg_total / course["wall"], otter_total / course["wall"]
    print(f"\nspeed-up vs nbgrader autograde: {r_nbg:.1f}x (target >= 5: {'met' if r_nbg >= 5 else 'NOT met'})")
    print(f"speed-up vs otter run loop:     {r_otter:.1f}x (target >= 5: {'met' if r_otter >= 5 else 'NOT met'})")
    print(f"course grade peak memory: {small['peak']:.0f} MB at N={max(1, args.n // 4)}, "
          f"{course['peak']:.0f} MB at N={args.n} (independent of N: pool of {jobs} workers)")
    if not args.skip_latency:
        print("\ncheck() latency, every question of the course (reference answers, all cases):")
        print_latency(latency_rows(args.repeat))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
