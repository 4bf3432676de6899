"""The office's working-day calendar: the shipped one plus the office's own override file.

The office keeps its copy in <data folder>/calendar/holidays.json (`calendar import FILE`, or a
file the province sends); it wins over the shipped resources/calendar/holidays.json, which wins
over the chinese-calendar library (domain/workdays.py).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import threading
from pathlib import Path
from typing import Any

from desktop.domain.workdays import WorkCalendar, read_override
from desktop.resources import resource_path
from desktop.services.files import write_replacing

_lock = threading.Lock()
_cache: dict[tuple, WorkCalendar] = {}


def office_file() -> Path:
    from desktop.store.db import data_dir

    return data_dir() / "calendar" / "holidays.json"


def _stamp(path: Path) -> tuple:
    try:
        st = path.stat()
        return (str(path), st.st_mtime_ns, st.st_size)
    except OSError:
        return (str(path), None, None)


def office_calendar() -> WorkCalendar:
    """The calendar in force (re-read when the office's file changes)."""
    files = [office_file(), resource_path("calendar", "holidays.json")]
    key = tuple(_stamp(f) for f in files)
    with _lock:
        hit = _cache.get(key)
        if hit is not None:
            return hit
    cal = WorkCalendar([read_override(f) for f in files if f.is_file()])
    with _lock:
        _cache.clear()
        _cache[key] = cal
    return cal


def import_overrides(ledger, path: str | os.PathLike) -> dict[str, Any]:
    """Check a holidays file and make it the office's copy (the province's update, say)."""
    ledger.require("settings")
    data = read_override(Path(path))
    target = write_replacing(office_file(), json.dumps(data, ensure_ascii=False, indent=2))
    return {"path": str(target), "version": data["version"], "years": sorted(data["years"])}


def describe_days(start: dt.date, end: dt.date) -> list[dict[str, Any]]:
    """Each day of a range: rest or working day, and why (for `calendar show`)."""
    cal = office_calendar()
    out = []
    d = start
    while d <= end:
        info = cal.day(d)
        out.append({"date": d.isoformat(), "working": not info.rest, "name": info.name, "source": info.source})
        d += dt.timedelta(days=1)
    return out
