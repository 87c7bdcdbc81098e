"""Grades for a learning-management system, from the gradebook (manual scores and late penalties
applied): one row per student, one column per step.

* `canvas`: Canvas's gradebook-import CSV - `Student` ("Last, First"), `ID` (the Canvas user id:
  nbgrader's `lms_user_id`), `SIS User ID`, `SIS Login ID` (the course's student id), `Section`,
  then one column per step, and the "Points Possible" row Canvas reads as each column's maximum.
  Canvas matches rows on ID, else the SIS columns.
* `moodle`: Moodle's grade-import CSV - `ID number` (the `lms_user_id`), `Email address`,
  `First name`, `Last name`, `Username` (the student id), one column per step; at import, map one
  of the identifier columns to Moodle's user field and each step column to a grade item.

A step a student did not submit is left empty (no grade), not 0.
"""
from __future__ import annotations

import csv
from collections import defaultdict
from pathlib import Path

from ..runtime import config
from .gradebook import export_csv, score_rows

FORMATS = ("csv", "canvas", "moodle")


def _by_student(cfg: config.CourseConfig, step_ids: list[str] | None):
    rows, _ = score_rows(cfg, step_ids)
    steps = [s for s in (step_ids or [s.id for s in cfg.steps]) if any(r["step"] == s for r in rows)]
    people: dict[str, dict] = {}
    scores: dict[str, dict[str, str]] = defaultdict(dict)
    maxima: dict[str, str] = {}
    for r in rows:
        people[r["student"]] = r
        scores[r["student"]][r["step"]] = r["total"]
        maxima[r["step"]] = r["max"]
    return steps, people, scores, maxima


def _column(cfg: config.CourseConfig, step: str) -> str:
    return f"{cfg.step(step).title} ({step})"


def export(cfg: config.CourseConfig, out: Path, fmt: str = "csv",
           step_ids: list[str] | None = None) -> int:
    """Write `out` in `fmt`; returns the number of student rows."""
    if fmt not in FORMATS:
        raise config.ConfigError(f"unknown export format {fmt!r}: use one of {', '.join(FORMATS)}")
    if fmt == "csv":
        return export_csv(cfg, out, step_ids)
    steps, people, scores, maxima = _by_student(cfg, step_ids)
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        if fmt == "canvas":
            writer.writerow(["Student", "ID", "SIS User ID", "SIS Login ID", "Section",
                             *(_column(cfg, s) for s in steps)])
            writer.writerow(["Points Possible", "", "", "", "", *(maxima[s] for s in steps)])
            for sid, p in sorted(people.items()):
                name = ", ".join(x for x in (p["last_name"], p["first_name"]) if x) or sid
                writer.writerow([name, p["lms_user_id"], "", sid, "",
                                 *(scores[sid].get(s, "") for s in steps)])
        else:
            writer.writerow(["ID number", "Email address", "First name", "Last name", "Username",
                             *(_column(cfg, s) for s in steps)])
            for sid, p in sorted(people.items()):
                writer.writerow([p["lms_user_id"], p["email"], p["first_name"], p["last_name"], sid,
                                 *(scores[sid].get(s, "") for s in steps)])
    return len(people)
