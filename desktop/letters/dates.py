"""Dates as official documents write them: 2026年11月28日 or 二〇二六年十一月二十八日."""

from __future__ import annotations

import datetime as _dt

from desktop.domain.errors import ValidationError

DATE_STYLES = ("arabic", "chinese")

_DIGITS = "〇一二三四五六七八九"


def _chinese_number(n: int) -> str:
    """1..31 in the way months and days are read: 十, 十一, 二十, 三十一."""
    if n < 10:
        return _DIGITS[n]
    tens, units = divmod(n, 10)
    return ("" if tens == 1 else _DIGITS[tens]) + "十" + ("" if units == 0 else _DIGITS[units])


def format_date(d: _dt.date, style: str = "arabic") -> str:
    """Format a date: "arabic" → 2026年11月28日, "chinese" → 二〇二六年十一月二十八日."""
    if style == "arabic":
        return f"{d.year}年{d.month}月{d.day}日"
    if style == "chinese":
        year = "".join(_DIGITS[int(c)] for c in str(d.year))
        return f"{year}年{_chinese_number(d.month)}月{_chinese_number(d.day)}日"
    raise ValidationError(f"日期格式“{style}”无效，应为 arabic 或 chinese", field="date_style")


def chinese_count(n: int) -> str:
    """A count as legal documents write it: 15 → 十五, 60 → 六十, 6 → 六; digits beyond 99."""
    if 0 <= n < 100:
        return _chinese_number(n)
    return str(n)
