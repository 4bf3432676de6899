"""Turning spreadsheet cells into field values: ID numbers, dates, numbers stored as text and back.

Excel keeps numbers as 15-significant-digit doubles: an 18-digit ID number or bank account typed
into a number cell has already lost its last digits, whatever the file shows. Such a cell is
flagged, never repaired by guessing.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from typing import Any

from desktop.domain.errors import ValidationError

EXCEL_MAX_DIGITS = 15
_SCIENTIFIC = re.compile(r"^[+-]?\d+(\.\d+)?[eE][+-]?\d+$")
_YEAR_MONTH = re.compile(r"^(\d{4})\s*(?:[.\-/年])\s*(\d{1,2})\s*月?$")
_SERIAL = re.compile(r"^\d{4,5}(\.\d+)?$")


def text_of(value: Any) -> str:
    """A cell as the text a person would read: 13800000000.0 → "13800000000", dates as ISO."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time(0) else value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value).strip()


def digits_cell(value: Any, label: str, field: str) -> str:
    """An ID number or account from a cell; numbers that lost digits in Excel are refused."""
    if value is None:
        return ""
    if isinstance(value, bool):
        raise ValidationError(f"{label}“{value}”无效", field)
    if isinstance(value, (int, float)):
        digits = str(int(value)) if float(value).is_integer() else repr(value)
        if isinstance(value, float) and not value.is_integer():
            raise ValidationError(f"{label}被 Excel 存成了小数“{value}”，请把该列设为文本后重新填写", field)
        if len(digits) > EXCEL_MAX_DIGITS and (isinstance(value, float) or digits.endswith("000")):
            raise ValidationError(
                f"{label}被 Excel 存成了数字（显示为 {_scientific(value)}），第{EXCEL_MAX_DIGITS + 1}位以后的数字已丢失，"
                f"无法还原；请把该列设为“文本”格式后按原件重新填写", field)
        return digits
    s = unicodedata.normalize("NFKC", str(value)).strip().lstrip("'").strip()
    compact = "".join(ch for ch in s if not ch.isspace())
    if _SCIENTIFIC.match(compact):
        raise ValidationError(
            f"{label}“{s}”是科学计数法，Excel 已丢失第{EXCEL_MAX_DIGITS + 1}位以后的数字，无法还原；"
            "请把该列设为“文本”格式后按原件重新填写", field)
    if compact.endswith(".0") and compact[:-2].isdigit():
        compact = compact[:-2]  # a number cell exported to CSV as 330102….0
    if compact.endswith("x"):
        compact = compact[:-1] + "X"
    return compact


def excel_text(value: float | int) -> str:
    """A number as Excel shows it in a wide enough General cell: at most 15 significant digits."""
    if isinstance(value, float) and not value.is_integer():
        return f"{value:.15g}"
    if abs(value) < 10 ** EXCEL_MAX_DIGITS:
        return str(int(value))
    from decimal import Decimal

    return str(int(Decimal(f"{float(value):.15g}")))


def shown_text(value: Any) -> str | None:
    """A cell as the sheet showed it, for writing back as text: numbers with Excel's 15 digits."""
    if value is None:
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return excel_text(value)
    return text_of(value)


def id_cell(value: Any, label: str, field: str) -> str:
    """An ID number from a cell: the digits as the sheet shows them (a number past 15 digits shows
    zeros there, flagged by looks_truncated); fractions and scientific text cannot be read back."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if isinstance(value, float) and not value.is_integer():
            raise ValidationError(f"{label}被 Excel 存成了小数“{excel_text(value)}”，疑似被 Excel 截断，请核对原件；"
                                  "请把该列设为文本后按原件重新填写", field)
        return excel_text(value)
    try:
        return digits_cell(value, label, field)
    except ValidationError as exc:
        if "科学计数法" in exc.message:
            raise ValidationError(exc.message.replace("是科学计数法，", "是科学计数法，疑似被 Excel 截断，请核对原件："),
                                  field) from None
        raise


def looks_truncated(value: Any, digits: str) -> bool:
    """An 18-digit number stored as a number, or one ending in 000 (what Excel leaves of a number
    past 15 digits, in a CSV or retyped): the last digits may be lost."""
    if isinstance(value, (int, float)) and not isinstance(value, bool) and len(digits) > EXCEL_MAX_DIGITS:
        return True
    return len(digits) == 18 and digits.isdigit() and digits.endswith("000")


def _scientific(value: Any) -> str:
    return f"{float(value):.14E}".replace(".00000000000000", "").replace("E+", "E+")


def date_cell(value: Any, label: str, field: str) -> tuple[dt.date | None, str | None]:
    """A date from a cell: real dates, Excel serial numbers, 2021.3.5, 2021/3/5, 2021年3月5日, 20210305.

    Returns (date, time text) — the time when the cell held one, e.g. "14:30".
    """
    from desktop.domain.fields import parse_date

    if value is None or value == "":
        return None, None
    if isinstance(value, dt.datetime):
        t = value.time()
        return value.date(), (t.strftime("%H:%M") if t != dt.time(0) else None)
    if isinstance(value, dt.date):
        return value, None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if 10_000_000 <= value <= 99_999_999 and float(value).is_integer():
            return parse_date(str(int(value)), field=field, label=label), None
        if 1 <= value < 2_958_466:
            return _serial(value), _serial_time(value)
        raise ValidationError(f"{label}“{text_of(value)}”不是有效日期", field)
    s = unicodedata.normalize("NFKC", str(value)).strip()
    if _SERIAL.match(s):
        n = float(s)
        return _serial(n), _serial_time(n)
    m = re.match(r"^(.*?\d)\s+(\d{1,2}:\d{2})(:\d{2})?$", s)
    if m:
        return parse_date(m.group(1), field=field, label=label), m.group(2).zfill(5)
    return parse_date(s, field=field, label=label), None


def year_month(value: Any) -> tuple[int, int] | None:
    """1990.3 / 1990-03 / 1990年3月 (出生年月 without a day), else None."""
    if isinstance(value, float) and 1890 < value < 2200:
        y, m = f"{value:.2f}".split(".")
        return (int(y), int(m)) if 1 <= int(m) <= 12 else None
    if not isinstance(value, str):
        return None
    m = _YEAR_MONTH.match(unicodedata.normalize("NFKC", value).strip())
    if m and 1 <= int(m.group(2)) <= 12:
        return int(m.group(1)), int(m.group(2))
    return None


def _serial(n: float) -> dt.date:
    # Excel's 1900 date system counts the non-existent 1900-02-29; serials above 60 are one day ahead
    base = dt.date(1899, 12, 30) if n >= 61 else dt.date(1899, 12, 31)
    return base + dt.timedelta(days=int(n))


def _serial_time(n: float) -> str | None:
    frac = float(n) - int(n)
    if frac <= 0:
        return None
    minutes = round(frac * 24 * 60)
    if minutes >= 24 * 60:
        return None
    return f"{minutes // 60:02d}:{minutes % 60:02d}"
