"""Issue 13 item 4 and issue 15: what a learner sees in `course open`'s JupyterLab, in Chromium.

Runs against one JupyterLab server (tests/browser/conftest.py); the tests share its page and run
in file order. Screenshots of every stage: browser-artifacts/.
"""
from __future__ import annotations

import re
import time
from pathlib import Path

from .conftest import REPO

NOTEBOOK = "01_linear_algebra/01_vectors_matrices.ipynb"
WRONG = '''def dot(u, v):
    """Return the dot product of two equal-length 1-D sequences, computed with a loop."""
    return [a * b for a, b in zip(u, v)]
'''
RIGHT = '''def dot(u, v):
    """Return the dot product of two equal-length 1-D sequences, computed with a loop."""
    if len(u) != len(v):
        raise ValueError("u and v must have the same length")
    total = 0.0
    for a, b in zip(u, v):
        total += a * b
    return total
'''


def _images(lab, cell) -> list[tuple[int, int]]:
    """(naturalWidth, naturalHeight) of every image in a cell's output, once loaded."""
    imgs = cell.locator(".jp-OutputArea-output img")
    imgs.first.wait_for(timeout=30_000)
    return imgs.evaluate_all("els => els.map(e => [e.complete ? e.naturalWidth : 0, e.naturalHeight])")


def test_no_instructor_tools_for_learner(lab):
    """Issue 15 (a): a learner's first launch shows no Formgrader, Nbgrader menu, Create
    Assignment sidebar or Validate button, and no JupyterLab news prompt."""
    page = lab.page
    page.goto(f"{lab.base}/lab?token={lab.token}")           # first launch: JupyterLab's own layout
    page.locator("#jp-main-dock-panel").wait_for()
    page.locator(".lm-MenuBar-itemLabel").first.wait_for()
    time.sleep(3)                                               # extensions open their tabs
    lab.shot("first-launch")
    menus = page.locator(".lm-MenuBar-itemLabel").all_inner_texts()
    assert "File" in menus and "Nbgrader" not in menus, menus
    tabs = " | ".join(page.locator(".lm-TabBar-tab").evaluate_all(
        "els => els.map(e => (e.title || '') + ' ' + e.innerText)"))
    assert "Formgrader" not in tabs and "Create Assignment" not in tabs, tabs
    toasts = " | ".join(page.locator(".Toastify__toast").all_inner_texts())
    assert "Jupyter news" not in toasts, toasts   # JupyterLab's announcements plugin is off
    launcher = page.locator(".jp-Launcher-body")
    if not launcher.count():
        page.locator(".jp-DockPanel-tabBar .lm-TabBar-addButton").first.click()
    launcher.first.wait_for()
    cards = launcher.first.inner_text()
    assert "Notebook" in cards and "Formgrader" not in cards, cards
    lab.open(NOTEBOOK)
    toolbar = lab.panel.locator(".jp-Toolbar").first.inner_text()
    lab.shot("notebook-toolbar")
    assert "Validate" not in toolbar, toolbar


def test_the_front_page_lands_on_the_level_check(lab):
    """Issue 13: what the README's learner command opens - the server's front page - is the
    untouched level check, and opening it leaves it clean."""
    page = lab.page
    page.goto(f"{lab.base}/?token={lab.token}")
    page.wait_for_url(re.compile(r"/lab/tree/00_level_check/00_level_check\.ipynb"), timeout=60_000)
    heading = page.locator(".jp-NotebookPanel:not(.lm-mod-hidden) .jp-MarkdownCell h1").first
    heading.wait_for(timeout=60_000)
    time.sleep(4)   # the kernel connects; nothing may mark the untouched notebook as changed
    lab.shot("landing-level-check")
    assert "Where do I start" in heading.inner_text()
    current = page.locator("#jp-main-dock-panel .lm-TabBar-tab.lm-mod-current").first.inner_text()
    assert "00_level_check" in current, current
    dirty = page.locator(".lm-TabBar-tab.jp-mod-dirty").evaluate_all("els => els.map(e => e.innerText)")
    assert not dirty, f"the landing notebook is marked unsaved: {dirty}"


def test_learner_flow(lab):
    lab.open(NOTEBOOK)
    lab.shot("notebook-open")

    setup = lab.cell("from course import check")
    out = lab.run(setup)
    assert "Error" not in out, out
    answer = lab.cell("def dot(u, v):")
    lab.run(answer)   # the stub, as released: raise NotImplementedError()
    check_cell = lab.cell('check("dot_product")')
    out = lab.run(check_cell)
    lab.shot("check-not-attempted")
    assert "not attempted" in out, out

    lab.set_source(answer, WRONG)
    lab.run(answer)
    out = lab.run(check_cell)
    lab.shot("check-wrong-elementwise")
    assert "wrong" in out, out
    assert "entrywise products" in out and "adds them up" in out, out   # names the mistake

    lab.set_source(answer, RIGHT)
    lab.run(answer)
    out = lab.run(check_cell)
    lab.shot("check-passed")
    assert "passed" in out and "3/3 points" in out, out
    assert "hidden" in out and "at grading" not in out, out   # the full course runs hidden cases here

    hint_cell = lab.new_cell_below(check_cell, 'hint("dot_product")')
    out = lab.run(hint_cell)
    assert "Hint 1 of 3 for dot_product" in out, out
    sol_cell = lab.new_cell_below(hint_cell, 'solution("dot_product")')
    out = lab.run(sol_cell)
    lab.shot("hint-and-solution")
    assert "One reference solution" in out and "def dot" in out, out

    for marker in ("directions = np.stack", "A_demo = np.array"):
        plot = lab.cell(marker)
        out = lab.run(plot)
        assert "Error" not in out, out
        sizes = _images(lab, plot)
        assert sizes and all(w > 100 and h > 100 for w, h in sizes), sizes
        lab.shot(f"plot-{marker.split()[0]}")


def test_progress_shows_passed(lab):
    """progress() (issue 13 item 2, built on another branch) shows dot_product as passed."""
    lab.open(NOTEBOOK)
    last = lab.cell('check("dot_product")')   # cells added by the flow were not saved
    cell = lab.new_cell_below(last, "from course import progress\nprogress()")
    out = lab.run(cell)
    lab.shot("progress")
    assert "Error" not in out and "Traceback" not in out, out
    assert "01_vectors_matrices" in out or "dot_product" in out, out
    assert "passed" in out, out


def _hidden_count(qid: str) -> int:
    text = (REPO / "release" / "01_linear_algebra" / "tests" / f"{qid}.py").read_text()
    return int(re.search(r"^HIDDEN_CASES = (\d+)", text, re.M).group(1))


def test_cohort_learner_sees_hidden_count(lab):
    """A copy of release/<step>/ alone (no autograder/): "N hidden tests run at grading"."""
    lab.open("cohort/" + NOTEBOOK)
    lab.run(lab.cell("from course import check"))
    answer = lab.cell("def dot(u, v):")
    lab.set_source(answer, RIGHT)
    lab.run(answer)
    out = lab.run(lab.cell('check("dot_product")'))
    lab.shot("cohort-passed")
    n = _hidden_count("dot_product")
    assert f"All public tests passed — {n} hidden tests run at grading" in out, out
    assert "✗" not in out and "hidden " not in out.split("All public")[0], out  # no hidden case ran
    sol = lab.new_cell_below(lab.cell('check("dot_product")'), 'solution("dot_product")')
    out = lab.run(sol)
    lab.shot("cohort-solution")
    assert "def dot" not in out and "no reference solutions" in out, out


def test_untouched_notebook_is_clean(lab):
    """Issue 15 (b): a notebook opened and left alone is not marked as having unsaved changes."""
    lab.open("01_linear_algebra/02_linear_systems.ipynb")
    time.sleep(4)
    lab.shot("untouched-notebook")
    dirty = lab.page.locator(".lm-TabBar-tab.jp-mod-dirty").evaluate_all(
        "els => els.map(e => e.innerText)")
    assert not dirty, f"marked unsaved without any edit: {dirty}"


# every word of a feedback <pre>: on one line (its client rects share one top)?
_WRAP_JS = """pres => pres.map(pre => {
  const node = pre.firstChild, text = node.textContent, broken = [], re = /\\S+/g;
  let m;
  while ((m = re.exec(text))) {
    const r = document.createRange();
    r.setStart(node, m.index); r.setEnd(node, m.index + m[0].length);
    if (new Set([...r.getClientRects()].map(x => Math.round(x.top))).size > 1) broken.push(m[0]);
  }
  const all = document.createRange(); all.selectNodeContents(pre);
  const lines = new Set([...all.getClientRects()].map(x => Math.round(x.top))).size;
  return {wordBreak: getComputedStyle(pre).wordBreak, broken, lines};
})"""


def _wrapping(lab, cell) -> list[dict]:
    pres = cell.locator(".course-feedback pre")
    pres.first.wait_for()
    return pres.evaluate_all(_WRAP_JS)


def _set_theme(lab, name: str, light: bool) -> None:
    page = lab.page
    page.locator(".lm-MenuBar-itemLabel", has_text="Settings").click()
    page.locator(".lm-Menu-itemLabel", has_text="Theme").first.hover()
    page.locator(".lm-Menu-itemLabel", has_text=name).first.click()
    page.locator(f"body[data-jp-theme-light='{str(light).lower()}']").wait_for(state="attached")
    time.sleep(1)   # the theme's CSS is applied


def test_feedback_wraps_at_spaces_light_and_dark(lab):
    """Issue 15 (c): feedback never breaks mid-word (computed word-break is not break-all and every
    word of a wrapped message sits on one line), in the light and the dark theme."""
    lab.open("01_linear_algebra/02_linear_systems.ipynb")
    lab.run(lab.cell("from course import check"))
    last = lab.cell("from course import check")
    cell = lab.new_cell_below(last, WRONG + 'check("dot_product")')
    lab.run(cell)
    # the measure has teeth: with JupyterLab's break-all, words of this feedback do break
    control = cell.locator(".course-feedback pre").evaluate_all(
        "pres => pres.map(p => { p.style.wordBreak = 'break-all'; return 0; })")
    assert control and any(r["broken"] for r in _wrapping(lab, cell))
    cell.locator(".course-feedback pre").evaluate_all(
        "pres => pres.map(p => { p.style.wordBreak = ''; return 0; })")
    lab.run(cell)   # fresh output with the course's own styles
    for theme, light in (("JupyterLab Light", True), ("JupyterLab Dark", False)):
        if not light:
            _set_theme(lab, theme, light)
        cell.scroll_into_view_if_needed()
        lab.shot(f"feedback-wrap-{'light' if light else 'dark'}")
        found = _wrapping(lab, cell)
        assert all(r["wordBreak"] != "break-all" for r in found), (theme, found)
        assert any(r["lines"] > 1 for r in found), (theme, found)   # something did wrap
        assert not [w for r in found for w in r["broken"]], (theme, found)
    _set_theme(lab, "JupyterLab Light", True)
