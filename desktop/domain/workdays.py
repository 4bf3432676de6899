"""The working-day calendar: statutory holidays and 调休 working days, and how periods count.

Where a day's status comes from, first to last:
1. the override files (the office's copy in its data folder, then the shipped
   ``resources/calendar/holidays.json``): one entry per date, for corrections and for years the
   library does not know yet;
2. the ``chinese-calendar`` library (State Council notices 2004 → the newest year it carries);
3. otherwise Saturday and Sunday are rest days — and every period counted through such a year
   says so (``unknown_years``), so nothing is guessed silently.

Counting (《中华人民共和国民法典》第二百零一条、第二百零三条): a period in days starts the day
after the event; when its last day is a statutory holiday or rest day, the period ends on the
next working day. A period stated in working days (工作日) counts working days only.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import chinese_calendar

from desktop.domain.errors import ValidationError

# chinese-calendar names its holidays in English; an office reads Chinese.
_NAMES = {
    "New Year's Day": "元旦", "Spring Festival": "春节", "Tomb-sweeping Day": "清明节",
    "Labour Day": "劳动节", "Dragon Boat Festival": "端午节", "National Day": "国庆节",
    "Mid-autumn Festival": "中秋节", "Anti-Fascist 70th Day": "抗战胜利纪念日",
}
WEEKDAYS = "一二三四五六日"


def _library_years() -> tuple[int, int]:
    known = [d.year for d in chinese_calendar.holidays] + [d.year for d in chinese_calendar.workdays]
    return min(known), max(known)


LIBRARY_FIRST, LIBRARY_LAST = _library_years()


@dataclass(frozen=True)
class DayInfo:
    rest: bool
    name: str  # 国庆节, 周六, 调休上班日 … ("" for an ordinary working day)
    source: str  # override / library / weekend


@dataclass
class Period:
    """The end of a period and how it was counted (shown beside each deadline)."""

    start: dt.date
    amount: int
    unit: str  # "days" | "working_days"
    raw_end: dt.date  # the day the count lands on
    due: dt.date  # after moving past rest days
    moved_past: list[tuple[dt.date, str]] = field(default_factory=list)  # rest days skipped at the end
    unknown_years: list[int] = field(default_factory=list)  # years counted by weekends only
    provisional_years: list[int] = field(default_factory=list)  # years from a provisional override

    def basis(self, start_label: str = "") -> str:
        """E.g. “自2026-09-01起算30日，至2026-10-01（国庆节），顺延至下一个工作日2026-10-08”."""
        what = f"{start_label}{self.start.isoformat()}" if start_label else self.start.isoformat()
        if self.unit == "working_days":
            text = f"自{what}次日起算{self.amount}个工作日，至{self.due.isoformat()}（星期{WEEKDAYS[self.due.weekday()]}）"
        else:
            text = f"自{what}次日起算{self.amount}日，至{self.raw_end.isoformat()}"
            if self.moved_past:
                text += f"（{self.moved_past[0][1]}，休息日），顺延至下一个工作日{self.due.isoformat()}"
        if self.unknown_years:
            text += f"；{'、'.join(map(str, self.unknown_years))}年节假日安排未知，仅按周末计算，请更新节假日文件"
        if self.provisional_years:
            text += f"；{'、'.join(map(str, self.provisional_years))}年节假日为暂定（待国务院通知后更新）"
        return text


class WorkCalendar:
    """Rest days and working days, from the override files and the library."""

    def __init__(self, overrides: list[dict[str, Any]] | None = None):
        self.days: dict[dt.date, DayInfo] = {}
        self.provisional: set[int] = set()
        self.override_years: set[int] = set()
        self.versions: list[str] = []
        # later files are weaker: the office's copy is given first and wins
        for data in reversed(overrides or []):
            self._add(data)

    def _add(self, data: dict[str, Any]) -> None:
        self.versions.append(str(data.get("version", "")))
        for year, entry in (data.get("years") or {}).items():
            y = int(year)
            self.override_years.add(y)
            if entry.get("status") == "provisional":
                self.provisional.add(y)
            else:
                self.provisional.discard(y)
            for day, name in (entry.get("holidays") or {}).items():
                self.days[dt.date.fromisoformat(day)] = DayInfo(True, str(name), "override")
            for day, name in (entry.get("workdays") or {}).items():
                self.days[dt.date.fromisoformat(day)] = DayInfo(False, str(name or "调休上班日"), "override")

    def knows(self, year: int) -> bool:
        return LIBRARY_FIRST <= year <= LIBRARY_LAST or year in self.override_years

    def day(self, d: dt.date) -> DayInfo:
        hit = self.days.get(d)
        if hit is not None:
            return hit
        if LIBRARY_FIRST <= d.year <= LIBRARY_LAST:
            holiday, name = chinese_calendar.get_holiday_detail(d)
            if holiday:
                return DayInfo(True, _NAMES.get(name, name) if name else
                               ("周六" if d.weekday() == 5 else "周日"), "library")
            if d.weekday() >= 5:
                return DayInfo(False, "调休上班日", "library")
            return DayInfo(False, "", "library")
        source = "override" if d.year in self.override_years else "weekend"
        if d.weekday() >= 5:
            return DayInfo(True, "周六" if d.weekday() == 5 else "周日", source)
        return DayInfo(False, "", source)

    def is_working_day(self, d: dt.date) -> bool:
        return not self.day(d).rest

    def _notes(self, start: dt.date, end: dt.date) -> tuple[list[int], list[int]]:
        years = range(start.year, end.year + 1)
        return ([y for y in years if not self.knows(y)], [y for y in years if y in self.provisional])

    def add_days(self, start: dt.date, days: int) -> Period:
        """A period of `days` calendar days from the day after `start`; a rest last day moves on."""
        raw = start + dt.timedelta(days=days)
        due, moved = raw, []
        while not self.is_working_day(due):
            moved.append((due, self.day(due).name))
            due += dt.timedelta(days=1)
        unknown, provisional = self._notes(start, due)
        return Period(start, days, "days", raw, due, moved, unknown, provisional)

    def add_working_days(self, start: dt.date, days: int) -> Period:
        """The `days`-th working day after `start`."""
        d, left = start, days
        while left > 0:
            d += dt.timedelta(days=1)
            if self.is_working_day(d):
                left -= 1
        unknown, provisional = self._notes(start, d)
        return Period(start, days, "working_days", d, d, [], unknown, provisional)

    def add(self, start: dt.date, amount: int, unit: str) -> Period:
        return self.add_working_days(start, amount) if unit == "working_days" else self.add_days(start, amount)


def read_override(path: str | Path) -> dict[str, Any]:
    """Read and check one override file (one Chinese line naming the fault if it is wrong)."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ValidationError(f"节假日文件 {path.name} 无法读取：{exc}", "calendar") from None
    check_override(data, path.name)
    return data


def check_override(data: Any, name: str = "节假日文件") -> None:
    if not isinstance(data, dict) or not isinstance(data.get("years"), dict) or not data.get("version"):
        raise ValidationError(f"{name} 应含 version 和 years（按年份列出 holidays、workdays）", "calendar")
    for year, entry in data["years"].items():
        if not str(year).isdigit() or not isinstance(entry, dict):
            raise ValidationError(f"{name} 中的年份“{year}”无效", "calendar")
        for key in ("holidays", "workdays"):
            for day in (entry.get(key) or {}):
                try:
                    d = dt.date.fromisoformat(day)
                except ValueError:
                    raise ValidationError(f"{name} {year}年 {key} 中的日期“{day}”无效", "calendar") from None
                if d.year != int(year):
                    raise ValidationError(f"{name} 中的日期 {day} 不属于{year}年", "calendar")


_default: WorkCalendar | None = None


def default_calendar() -> WorkCalendar:
    """The shipped calendar (library + resources/calendar/holidays.json), without office copies."""
    global _default
    if _default is None:
        from desktop.resources import resource_path

        _default = WorkCalendar([read_override(resource_path("calendar", "holidays.json"))])
    return _default
