"""`course students import FILE`: a CSV roster into nbgrader's student table.

Columns (header row required; names as nbgrader's `nbgrader db student import` uses them):
`id` (required; also accepted: `student_id`, `username`), `first_name`, `last_name`, `email`,
`lms_user_id`. Other columns are an error, so a typo is not silently dropped. Existing students are
updated (only the columns the file has); their grades are untouched.
"""
from __future__ import annotations

import csv
from pathlib import Path

from ..runtime import config

FIELDS = ("first_name", "last_name", "email", "lms_user_id")
ID_NAMES = ("id", "student_id", "username")


def read_roster(path: Path) -> list[dict[str, str]]:
    if not path.is_file():
        raise config.ConfigError(f"{path}: no such file")
    with path.open(newline="", encoding="utf-8-sig") as f:
        reader = csv.DictReader(f)
        header = [h.strip() for h in (reader.fieldnames or [])]
        id_col = next((h for h in header if h.lower() in ID_NAMES), None)
        if id_col is None:
            raise config.ConfigError(f"{path}: the header needs an id column "
                                     f"({' or '.join(ID_NAMES)}); found: {', '.join(header) or 'nothing'}")
        unknown = [h for h in header if h != id_col and h.lower() not in FIELDS]
        if unknown:
            raise config.ConfigError(f"{path}: unknown column(s) {', '.join(unknown)} "
                                     f"(known: {', '.join((id_col,) + FIELDS)})")
        students, seen = [], set()
        for line, raw in enumerate(reader, start=2):
            row = {k.strip(): (v or "").strip() for k, v in raw.items() if k is not None}
            sid = row.get(id_col, "")
            if not sid:
                raise config.ConfigError(f"{path}:{line}: empty {id_col}")
            if sid in seen:
                raise config.ConfigError(f"{path}:{line}: student {sid!r} is listed twice")
            seen.add(sid)
            students.append({"id": sid, **{k.lower(): v for k, v in row.items()
                                           if k != id_col and k.lower() in FIELDS}})
    return students


def import_roster(cfg: config.CourseConfig, path: Path) -> tuple[int, int]:
    """Returns (added, updated)."""
    from nbgrader.api import Gradebook, MissingEntry

    students = read_roster(path)
    config.tools_on_path()
    added = updated = 0
    with Gradebook(cfg.db_url, course_id=cfg.course_id) as gb:
        for s in students:
            fields = {k: v for k, v in s.items() if k != "id"}
            try:
                gb.find_student(s["id"])
                updated += 1
            except MissingEntry:
                added += 1
            gb.update_or_create_student(s["id"], **fields)
    return added, updated
