"""What `course grade` is given to grade: nbgrader's `submitted/<student>/<step>/*.ipynb`, folders
of loose notebooks and otter export zips, each found notebook a `Task` that names its student."""
from __future__ import annotations

import hashlib
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from ..runtime import config

# a notebook with its outputs is rarely over a few MB; the grader reads a submission whole
MAX_NOTEBOOK_BYTES = 64 * 2**20


def too_large() -> str:
    return (f"more than the {MAX_NOTEBOOK_BYTES >> 20} MB a submission may have: clear its outputs "
            "(Kernel > Restart Kernel and Clear Outputs), save and submit again")


@dataclass(frozen=True)
class Task:
    path: Path          # the notebook to grade (extracted from a zip if it came in one)
    student: str        # whose it is
    origin: str         # where it came from, as the instructor named it
    digest: str         # sha256 of the file: a changed file is graded again
    unusable: str | None = None   # why it cannot be graded (a zip that could not be unpacked)


def file_digest(path: Path) -> str:
    """sha256 of a file, read in blocks (a submission may be huge: it is graded as too large)."""
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


# --- who is who -------------------------------------------------------------------------------

def student_of(path: Path, step_id: str) -> str | None:
    """nbgrader's layout: .../submitted/<student>/<step>/<notebook>.ipynb (or autograded/)."""
    parts = path.resolve().parts
    if len(parts) >= 4 and parts[-2] == step_id and parts[-4] in ("submitted", "autograded"):
        return parts[-3]
    return None


def _student_id(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.@-]+", "_", text).strip("_") or "unknown"


def _student_for(path: Path, step: config.Step) -> str:
    """nbgrader's layout names the student; otherwise a folder holding the step's notebooks
    is the student's (alice/01_vectors_matrices.ipynb), or the file is (alice.ipynb)."""
    student = student_of(path, step.id)
    if student:
        return student
    if path.stem in step.notebooks and path.parent.name:
        return _student_id(path.parent.name)
    return _student_id(path.stem)


# --- finding and unpacking ----------------------------------------------------------------------

def collect(step: config.Step, paths: Iterable[Path], unpack_dir: Path) -> list[Task]:
    """Every notebook to grade under `paths` (files, folders, otter zips), in a stable order."""
    tasks: list[Task] = []
    for path in paths:
        path = Path(path)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*")
                           if p.suffix in (".ipynb", ".zip") and ".ipynb_checkpoints" not in p.parts)
        else:
            found = [path]
        for item in found:
            if item.suffix == ".zip":
                tasks.extend(_from_zip(item, unpack_dir))
            else:
                tasks.append(Task(item, _student_for(item, step), str(item),
                                  file_digest(item) if item.is_file() else ""))
    return tasks


def _from_zip(path: Path, unpack_dir: Path) -> list[Task]:
    """An otter export zip holds the learner's notebook (and maybe a PDF): the student is the zip's
    name. A zip that cannot be read becomes one task that will fail with a reason."""
    student = _student_id(path.stem)
    try:
        with zipfile.ZipFile(path) as zf:
            members = [m for m in zf.namelist()
                       if m.endswith(".ipynb") and not m.startswith(("__MACOSX", "."))
                       and ".ipynb_checkpoints" not in m]
            return [_unpack(zf, member, path, unpack_dir / student, student) for member in members]
    except (zipfile.BadZipFile, OSError) as exc:
        broken = unpack_dir / student / f"{path.stem}.ipynb"
        broken.parent.mkdir(parents=True, exist_ok=True)
        reason = f"{path.name} is not a readable zip ({exc})"
        broken.write_text(f"not a notebook: {reason}")
        return [Task(broken, student, str(path), file_digest(path), reason)]


def _unpack(zf: zipfile.ZipFile, member: str, path: Path, folder: Path, student: str) -> Task:
    target = folder / Path(member).name
    target.parent.mkdir(parents=True, exist_ok=True)
    size = zf.getinfo(member).file_size
    reason = None
    if size > MAX_NOTEBOOK_BYTES:   # a zip bomb, or a notebook nobody could grade
        reason = f"{member} in {path.name} unpacks to {size / 2**20:.0f} MB, {too_large()}"
        target.write_text(f"not a notebook: {reason}")
    else:   # (zipfile reads no more than the size the archive declares)
        target.write_bytes(zf.read(member))
    return Task(target, student, f"{path}:{member}", file_digest(target), reason)
