"""The learner's JupyterLab in real Chromium: one server and one page per module.

`lab` is a fresh course the way a learner gets it: a temporary copy of this checkout (never its
`workspace/`), `course open --no-browser` run inside it (which creates `workspace/` and starts
JupyterLab on it, with a token, on a free port), and Chromium driven by Playwright. Every stage
saves a screenshot into `browser-artifacts/` at the repository root (gitignored; CI keeps it on
failure and the failure report names it). Skipped, with the reason shown, only when Chromium or
Playwright is absent.
"""
from __future__ import annotations

import os
import re
import shutil
import secrets
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
ARTIFACTS = REPO / "browser-artifacts"
CHROMIUM = Path("/usr/bin/chromium")
# what a learner's clone does not have (or what is only ours), at the top of the checkout
_NOT_COPIED_TOP = {".git", ".venv", "workspace", "tests", "browser-artifacts", "grades",
                   "gradebook.db", "build", "dist", "submitted", "autograded", "feedback"}
_NOT_COPIED_ANYWHERE = {"__pycache__", ".pytest_cache", ".ipynb_checkpoints"}


def _not_copied(folder: str, names: list[str]) -> set[str]:
    top = Path(folder).resolve() == REPO
    return {n for n in names if n in _NOT_COPIED_ANYWHERE or n.endswith(".egg-info")
            or (top and n in _NOT_COPIED_TOP)}


def _sync_playwright():
    if not CHROMIUM.is_file():
        pytest.skip("chromium not installed: apt-get install chromium")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("playwright not installed: pip install -e '.[test]'")
    return sync_playwright


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    if report.failed and "browser" in item.nodeid:
        report.sections.append(("browser artifacts", f"screenshots and server log: {ARTIFACTS}"))


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Lab:
    """A running `course open` JupyterLab and one Chromium page on it."""

    def __init__(self, page, base: str, token: str, root: Path, artifacts: Path):
        self.page, self.base, self.token, self.root, self.artifacts = page, base, token, root, artifacts
        self._shots = 0

    # --- stages -----------------------------------------------------------------------------
    def shot(self, name: str) -> Path:
        self._shots += 1
        path = self.artifacts / f"{self._shots:02d}-{name}.png"
        self.page.screenshot(path=str(path), full_page=False)
        return path

    def open(self, relpath: str) -> None:
        """Open a notebook as a learner would follow a link: a fresh layout, kernel started."""
        self.page.goto(f"{self.base}/lab/tree/{relpath}?reset&token={self.token}")
        self.panel.locator(".jp-Cell").first.wait_for(timeout=60_000)
        self.page.locator(f".lm-TabBar-tab:has-text('{Path(relpath).name}')").first.wait_for()
        # a cell run before the kernel is connected is dropped: wait for "Python 3 … | Idle"
        self.page.locator("#jp-main-statusbar").get_by_text(re.compile(r"\| Idle")).wait_for(
            timeout=90_000)

    @property
    def panel(self):
        return self.page.locator(".jp-NotebookPanel:visible")

    def cell(self, text: str):
        """The first code cell of the visible notebook whose source contains `text`. Code cells
        only: a notebook's prose may quote the code (01_vectors_matrices' header names its setup
        cell), and Shift+Enter on a markdown cell only renders it, with no execution count."""
        cell = self.panel.locator(".jp-CodeCell").filter(
            has=self.page.locator(".jp-InputArea", has_text=text)).first
        cell.scroll_into_view_if_needed()
        return cell

    def set_source(self, cell, code: str) -> None:
        """Replace a cell's source as a learner pasting code would (no auto-closed brackets)."""
        cell.locator(".cm-content").click()
        self.page.keyboard.press("Control+a")
        self.page.keyboard.press("Delete")
        self.page.keyboard.insert_text(code)

    def run(self, cell, timeout: float = 90.0) -> str:
        """Run one cell (Shift+Enter), wait for its new execution count; its output."""
        prompt = cell.locator(".jp-InputPrompt")
        before = prompt.inner_text().strip()
        prompt.click()   # activates the cell (a click in a locked cell's editor does not)
        self.page.keyboard.press("Shift+Enter")
        deadline = time.monotonic() + timeout
        while True:
            now = prompt.inner_text().strip()
            if now != before and re.search(r"\[\d+\]", now):
                break
            if time.monotonic() > deadline:
                self.shot("timeout")
                raise AssertionError(f"cell did not finish in {timeout} s (prompt {now!r})")
            time.sleep(0.05)
        return self.output(cell)

    def output(self, cell) -> str:
        area = cell.locator(".jp-OutputArea")
        return area.inner_text() if area.count() else ""

    def new_cell_below(self, cell, code: str):
        """Insert a code cell below `cell` (command mode `b`) holding `code`; return it."""
        cell.locator(".jp-InputPrompt").click()
        self.page.keyboard.press("Escape")
        self.page.keyboard.press("b")
        active = self.panel.locator(".jp-Cell.jp-mod-active")
        active.wait_for()
        # pin it by position: `.jp-mod-active` moves on when the cell is run
        index = active.evaluate("el => [...el.parentElement.children].filter("
                                "c => c.classList.contains('jp-Cell')).indexOf(el)")
        new = self.panel.locator(".jp-Cell").nth(index)
        new.locator(".cm-content").click()
        self.page.keyboard.insert_text(code)
        return new


def _wait_for_server(url: str, proc: subprocess.Popen, log: Path, timeout: float = 90.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"`course open` exited with {proc.returncode}; see {log}")
        try:
            with urllib.request.urlopen(url, timeout=2) as r:
                if r.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.25)
    raise RuntimeError(f"JupyterLab did not answer {url} in {timeout} s; see {log}")


def start_course_open(root: Path, home: Path, artifacts: Path, name: str):
    """`course open --no-browser` in `root`, isolated from this machine's Jupyter settings."""
    port, token = _free_port(), secrets.token_hex(16)
    env = {**os.environ,
           "JUPYTER_CONFIG_DIR": str(home / "jupyter-config"),
           "JUPYTER_RUNTIME_DIR": str(home / "jupyter-runtime"),
           "JUPYTERLAB_SETTINGS_DIR": str(home / "lab-settings"),
           "JUPYTERLAB_WORKSPACES_DIR": str(home / "lab-workspaces"),
           "IPYTHONDIR": str(home / "ipython")}
    env.pop("COURSE_ROOT", None)
    log = artifacts / f"{name}.log"
    cmd = [sys.executable, "-m", "course.instructor.cli", "open", "--no-browser", f"--port={port}",
           "--ServerApp.port_retries=0", "--ServerApp.ip=127.0.0.1", f"--IdentityProvider.token={token}"]
    with open(log, "w") as out:
        proc = subprocess.Popen(cmd, cwd=root, env=env, stdout=out, stderr=subprocess.STDOUT,
                                start_new_session=True)
    base = f"http://127.0.0.1:{port}"
    try:
        _wait_for_server(f"{base}/api/status?token={token}", proc, log)
    except BaseException:
        stop(proc)
        raise
    return proc, base, token


def stop(proc: subprocess.Popen) -> None:
    """End the server and everything it started (kernels): its own process group, by id."""
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=5)
    try:   # kernels are in the same session; make sure none outlived the server
        os.killpg(proc.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass


@pytest.fixture(scope="module")
def lab(tmp_path_factory):
    sync_playwright = _sync_playwright()
    ARTIFACTS.mkdir(exist_ok=True)
    for old in ARTIFACTS.glob("*"):
        if old.is_file():
            old.unlink()
    tmp = tmp_path_factory.mktemp("learner")
    root = tmp / "mml-course"
    shutil.copytree(REPO, root, ignore=_not_copied, symlinks=True)
    # a cohort learner's folder: one step of release/ only, outside any course (no autograder/,
    # no course_config.py above it); linked into the workspace so the same JupyterLab serves it
    cohort = tmp / "cohort"
    shutil.copytree(REPO / "release" / "01_linear_algebra", cohort / "01_linear_algebra")
    proc, base, token = start_course_open(root, tmp, ARTIFACTS, "jupyterlab")
    (root / "workspace" / "cohort").symlink_to(cohort, target_is_directory=True)
    try:
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=str(CHROMIUM), headless=True,
                                         args=["--no-sandbox"])
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            page.set_default_timeout(30_000)
            try:
                yield Lab(page, base, token, root, ARTIFACTS)
            finally:
                browser.close()
    finally:
        stop(proc)
