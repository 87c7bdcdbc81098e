"""`course feedback`: one HTML page per student and step, from the grading ledger.

Each question shows its points, status and the same verdicts the learner's check() shows: public
cases with expected and received values, hidden cases by description and verdict only. Nothing of
a hidden case's source or data is in the ledger, so nothing of it can reach a page."""
from __future__ import annotations

import html
from collections import defaultdict
from pathlib import Path

from . import config
from .cohort import ledger_path, read_ledger

PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{title}</title>
<style>
body {{ font-family: system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; line-height: 1.4; }}
table {{ border-collapse: collapse; }} td, th {{ padding: .2rem .6rem; border-bottom: 1px solid #ddd; }}
.error {{ color: #b42318; }} section {{ margin: 1.5rem 0; }}
</style></head><body>
<h1>{title}</h1>
<p><b>Total: {total:g} / {max:g} points</b></p>
{body}
</body></html>
"""


def _notebook_section(entry: dict) -> str:
    name = html.escape(entry.get("notebook") or Path(entry["path"]).name)
    parts = [f"<section><h2>{name}: {entry['total']:g} / {entry['max']:g}</h2>"]
    if entry.get("error"):
        parts.append(f"<p class='error'>{html.escape(entry['error'])}</p>")
    for note in entry.get("notes") or []:
        parts.append(f"<p class='error'>{html.escape(note)}</p>")
    for q in entry["questions"]:
        if q.get("feedback_html"):
            parts.append(q["feedback_html"])
        else:
            parts.append(f"<p><b>{html.escape(q['id'])}</b>: {q['points']:g}/{q['max_points']:g} "
                         f"— {html.escape(q['status'])}: {html.escape(q['message'])}</p>")
    parts.append("</section>")
    return "\n".join(parts)


def write_pages(cfg: config.CourseConfig, step_id: str, out_dir: Path,
                students: list[str] | None = None, ledger: Path | None = None) -> list[Path]:
    step = cfg.step(step_id)
    by_student: dict[str, list[dict]] = defaultdict(list)
    for (student, _), entry in sorted(read_ledger(ledger or ledger_path(cfg, step.id)).items()):
        if students is None or student in students:
            by_student[student].append(entry)
    order = {name: i for i, name in enumerate(step.notebooks)}
    written = []
    for student, entries in sorted(by_student.items()):
        entries.sort(key=lambda e: order.get(e.get("notebook"), len(order)))
        page = PAGE.format(
            title=html.escape(f"{cfg.title} — {step.title} — {student}"),
            total=sum(e["total"] for e in entries), max=sum(e["max"] for e in entries),
            body="\n".join(_notebook_section(e) for e in entries))
        path = out_dir / student / step.id / "index.html"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(page, encoding="utf-8")
        written.append(path)
    return written
