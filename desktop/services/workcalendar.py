"""The office's working-day calendar: the shipped one plus the office's own override.

Where a day's status comes from, strongest first:
1. the office's override, kept in its database (setting ``calendar.holidays``): set by
   `calendar import FILE` or by the holidays entry of a package from an office above (the province
   sends the coming year before chinese-calendar knows it); every change audited;
2. a holidays file in the data folder (<data folder>/calendar/holidays.json; the earlier place of
   the office's copy, still read);
3. the shipped resources/calendar/holidays.json, then the chinese-calendar library
   (domain/workdays.py).

In the database the override is the same for every PC of the office (PostgreSQL) and changes in
the same transaction as the records of the package that brought it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import threading
from pathlib import Path
from typing import Any

from desktop.domain.errors import ValidationError
from desktop.domain.workdays import WorkCalendar, check_override, read_override
from desktop.resources import resource_path
from desktop.store.models import Setting

SETTING_KEY = "calendar.holidays"
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


def stored_override(ledger) -> dict[str, Any] | None:
    """The office's override kept in its database (None when it has none)."""
    with ledger.reading():
        row = Setting.get_or_none(Setting.key == SETTING_KEY)
    if row is None or not row.value:
        return None
    try:
        data = json.loads(row.value)
        check_override(data, "本单位的节假日安排")
    except (ValueError, ValidationError):
        return None  # never written so: the import paths check before they store
    return data


def office_calendar(ledger=None) -> WorkCalendar:
    """The calendar in force for `ledger`'s office (re-read when its override or file changes)."""
    stored = stored_override(ledger) if ledger is not None else None
    files = [office_file(), resource_path("calendar", "holidays.json")]
    digest = hashlib.sha256(json.dumps(stored, sort_keys=True).encode()).hexdigest() if stored else None
    key = (digest,) + tuple(_stamp(f) for f in files)
    with _lock:
        hit = _cache.get(key)
        if hit is not None:
            return hit
    cal = WorkCalendar(([stored] if stored else []) + [read_override(f) for f in files if f.is_file()])
    with _lock:
        if len(_cache) > 8:
            _cache.clear()
        _cache[key] = cal
    return cal


def merge_override(current: dict[str, Any] | None, incoming: dict[str, Any], source: str) -> tuple[dict, list[str]]:
    """The office's override with the incoming years in place of its own; an official year is not
    replaced by a provisional one. Returns the new override and the years taken."""
    years = dict((current or {}).get("years") or {})
    sources = dict((current or {}).get("sources") or {})
    taken = []
    for year, entry in sorted(incoming["years"].items()):
        mine = years.get(year)
        if mine and mine.get("status", "official") != "provisional" and entry.get("status") == "provisional":
            continue
        years[year] = {k: entry[k] for k in ("status", "source", "holidays", "workdays") if k in entry}
        sources[year] = f"{source}（版本 {incoming['version']}）"
        taken.append(year)
    return {"version": str(incoming["version"]), "years": years, "sources": sources}, taken


def store_override(ledger, writer, incoming: dict[str, Any], source: str) -> list[str]:
    """Merge a checked override into the office's, inside the caller's write transaction; audited.
    Returns the years it changed (none: nothing written)."""
    row = Setting.get_or_none(Setting.key == SETTING_KEY)
    current = None
    if row is not None and row.value:
        try:
            current = json.loads(row.value)
        except ValueError:
            current = None
    merged, taken = merge_override(current, incoming, source)
    if not taken or (current and merged["years"] == current.get("years")):
        return []
    text = json.dumps(merged, ensure_ascii=False, sort_keys=True)
    Setting.insert(key=SETTING_KEY, value=text).on_conflict(
        conflict_target=[Setting.key], update={Setting.value: text}).execute()
    writer.audit("update", "setting", None, {SETTING_KEY: [
        (current or {}).get("version"), f"{merged['version']}：{'、'.join(taken)}年，来自{source}"]})
    return taken


def import_overrides(ledger, path: str | os.PathLike) -> dict[str, Any]:
    """Check a holidays file and take its years into the office's override (audited)."""
    ledger.require("settings")
    path = Path(path)
    data = read_override(path)
    with ledger.atomic() as w:
        taken = store_override(ledger, w, data, f"文件 {path.name}")
    return {"path": str(path), "version": data["version"], "years": sorted(data["years"]), "changed": taken,
            "stored": "database"}


def describe_days(start: dt.date, end: dt.date, ledger=None) -> list[dict[str, Any]]:
    """Each day of a range: rest or working day, and why (for `calendar show`)."""
    cal = office_calendar(ledger)
    out = []
    d = start
    while d <= end:
        info = cal.day(d)
        out.append({"date": d.isoformat(), "working": not info.rest, "name": info.name, "source": info.source})
        d += dt.timedelta(days=1)
    return out
