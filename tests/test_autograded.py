"""The autograded notebooks `course grade` writes for formgrader (course/instructor/autograded.py) carry no
script of the student's: formgrader renders them as HTML in the instructor's logged-in session."""
from __future__ import annotations

import dataclasses

import nbformat
from nbconvert import HTMLExporter

from course.runtime import config
from course.instructor.autograded import write_autograded
from course.runtime.layout import nbgrader_meta
from course.instructor.grade import load_layout
from course.instructor.ledger import Submission

from .helpers import ROOT

COURSE = config.load(ROOT)
STEP = "01_linear_algebra"
NAME = COURSE.step(STEP).notebooks[0]
SCRIPTS = ["<script>window.pwned = 1</script>", "<img src=x onerror=alert(1)>",
           '<svg onload="alert(2)"></svg>', "alert(3)"]
PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="


def _forged_submission(tmp_path):
    nb = nbformat.read(ROOT / "release" / STEP / f"{NAME}.ipynb", as_version=4)
    out = nbformat.v4.new_output
    code = next(c for c in nb.cells if c.cell_type == "code" and not nbgrader_meta(c).get("grade"))
    code.outputs = [out("display_data", data={"text/html": SCRIPTS[0], "text/plain": "ok"}),
                    out("display_data", data={"application/javascript": SCRIPTS[3]}),
                    out("display_data", data={"image/svg+xml": SCRIPTS[2], "image/png": PNG}),
                    out("stream", name="stdout", text=SCRIPTS[1])]
    locked = nbformat.v4.new_markdown_cell(SCRIPTS[1] + " and $a < b$")
    locked.metadata["nbgrader"] = {"locked": True}   # claiming to be the release's: proves nothing
    raw = nbformat.v4.new_raw_cell(SCRIPTS[0])
    raw.metadata["format"] = "text/html"
    note = nbformat.v4.new_markdown_cell("see ![x](attachment:x.svg)")
    note["attachments"] = {"x.svg": {"image/svg+xml": SCRIPTS[2]}}
    nb.cells[1:1] = [locked, raw, note]
    path = tmp_path / "submitted" / "mallory" / STEP / f"{NAME}.ipynb"
    path.parent.mkdir(parents=True)
    nbformat.write(nb, path)
    return path


def test_autograded_notebook_renders_no_student_script(tmp_path):
    cfg = dataclasses.replace(COURSE, root=tmp_path)
    (tmp_path / "release").symlink_to(ROOT / "release")
    (tmp_path / "autograder").symlink_to(ROOT / "autograder")
    layout = load_layout(tmp_path, COURSE.step(STEP))
    path = _forged_submission(tmp_path)
    entry = Submission(path=str(path), notebook=NAME, student="mallory", step=STEP,
                       questions=[], submitted_at=None, total=0.0, max=0.0, origin=str(path),
                       digest="")
    written = write_autograded(cfg, layout, entry)
    nb = nbformat.read(written, as_version=4)
    html, _ = HTMLExporter().from_notebook_node(nb)
    body = html.split("<body", 1)[1]
    for script in SCRIPTS:
        assert script not in body, script
    assert "<img src=x" not in body and "<svg" not in body and "<script>window" not in body
    # what is harmless stays, as text: the learner's bitmap, printed output and markdown
    assert PNG in body and body.count("&lt;img src=x onerror=alert(1)&gt;") == 2, body
    assert "$a &lt; b$" in body
    code = next(c for c in nb.cells if c.cell_type == "code" and c.outputs)
    kinds = [sorted(o.get("data", {})) for o in code.outputs]
    assert kinds == [["text/plain"], ["text/plain"], ["image/png"], []], kinds
