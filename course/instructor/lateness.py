"""When a submission came in, and what being late costs.

* The time of a submission: nbgrader's `timestamp.txt` next to it (written by `nbgrader submit`,
  kept by `collect`), else the date of the notebook's entry in an otter export zip, else the file's
  modification time. All times are UTC.
* The policy, in course_config.py (nbgrader's LateSubmissionPlugin is the anchor: a penalty in
  points per notebook, subtracted from the notebook's score, never below 0)::

      c.Lateness.due_dates = {"01_linear_algebra": "2026-12-10 23:59:00 UTC"}
      c.Lateness.penalty_method = "none"      # nbgrader's "none" / "zero", or "percent_per_day"
      c.Lateness.percent_per_day = 10.0       # for "percent_per_day": per started day late

  A step without a due date is never late.
"""
from __future__ import annotations

import datetime as dt
import math
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from ..runtime import config

METHODS = ("none", "zero", "percent_per_day")
UTC = dt.timezone.utc


def parse_time(text: str, what: str = "time") -> dt.datetime:
    """A time as nbgrader writes it ("2026-12-03 22:13:02.123456 UTC") or ISO 8601; naive = UTC."""
    from dateutil import parser

    try:
        value = parser.parse(text.strip())
    except (ValueError, OverflowError) as exc:
        raise config.ConfigError(f"{what}: cannot read {text!r} as a date and time ({exc})") from None
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def submission_time(path: Path, origin: str) -> tuple[str | None, str]:
    """(ISO time in UTC, where it came from) for the notebook `path` that came from `origin`."""
    stamp = path.parent / "timestamp.txt"
    if ".zip:" not in origin and stamp.is_file():
        try:
            return parse_time(stamp.read_text(), str(stamp)).isoformat(), "timestamp.txt"
        except config.ConfigError:
            pass   # an unreadable timestamp.txt: fall back to the file's time
    if ".zip:" in origin:
        archive, member = origin.rsplit(":", 1)
        try:
            with zipfile.ZipFile(archive) as zf:
                when = dt.datetime(*zf.getinfo(member).date_time, tzinfo=UTC)
            return when.isoformat(), "zip entry"
        except (OSError, KeyError, zipfile.BadZipFile, ValueError):
            pass
    try:
        source = Path(origin) if Path(origin).is_file() else path
        when = dt.datetime.fromtimestamp(source.stat().st_mtime, tz=UTC)
        return when.isoformat(), "file time"
    except OSError:
        return None, "unknown"


@dataclass
class Policy:
    due_dates: dict[str, dt.datetime] = field(default_factory=dict)
    method: str = "none"
    percent_per_day: float = 0.0

    def due(self, step: str) -> dt.datetime | None:
        return self.due_dates.get(step)

    def seconds_late(self, step: str, submitted_at: str | None) -> float:
        due = self.due(step)
        if due is None or not submitted_at:
            return 0.0
        return max(0.0, (parse_time(submitted_at) - due).total_seconds())

    def penalty(self, score: float, seconds_late: float) -> float:
        """Points taken off a notebook's score (nbgrader's late_submission_penalty)."""
        if seconds_late <= 0 or self.method == "none":
            return 0.0
        if self.method == "zero":
            return float(score)
        days = math.ceil(seconds_late / 86400.0)
        return min(float(score), float(score) * min(1.0, days * self.percent_per_day / 100.0))

    def describe(self, step: str) -> str:
        due = self.due(step)
        if due is None:
            return "no due date"
        rule = {"none": "no penalty", "zero": "a late notebook scores 0",
                "percent_per_day": f"{self.percent_per_day:g}% off per started day late"}[self.method]
        return f"due {due:%Y-%m-%d %H:%M} UTC; {rule}"


def _settings_class():
    from traitlets import Dict, Enum, Float
    from traitlets.config import Configurable

    class Lateness(Configurable):
        due_dates = Dict(help="step id -> due date and time (UTC unless a zone is given)").tag(config=True)
        penalty_method = Enum(METHODS, default_value="none",
                              help="none | zero (nbgrader's) | percent_per_day").tag(config=True)
        percent_per_day = Float(0.0, help="for percent_per_day: percent of the notebook's "
                                "score taken off per started day late").tag(config=True)
    return Lateness


def load_policy(cfg: config.CourseConfig) -> Policy:
    """c.Lateness.* from course_config.py; a bad value is a ConfigError naming the setting."""
    from traitlets.config.loader import PyFileConfigLoader

    path = cfg.root / config.CONFIG_FILE
    if not path.is_file():
        return Policy()
    raw = PyFileConfigLoader(config.CONFIG_FILE, path=str(cfg.root)).load_config()
    settings = config._build(_settings_class(), raw.get("Lateness", {}) if "Lateness" in raw else {},
                             path)
    if not 0 <= settings.percent_per_day <= 100:
        raise config.ConfigError(f"{path}: c.Lateness.percent_per_day = {settings.percent_per_day:g}: "
                                 "must be between 0 and 100")
    known = {s.id for s in cfg.steps}
    parsed = {}
    for step, text in settings.due_dates.items():
        if step not in known:
            raise config.ConfigError(f"{path}: c.Lateness.due_dates: unknown step {step!r} "
                                     f"(steps: {', '.join(sorted(known))})")
        parsed[step] = parse_time(str(text), f"c.Lateness.due_dates[{step!r}]")
    return Policy(parsed, settings.penalty_method, settings.percent_per_day)
