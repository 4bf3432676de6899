"""Typed field specifications and the coercion of typed-in text to values.

One spec list per record kind (record_fields.py) drives the service checks, the command line's
`set FIELD=VALUE`, the Excel import and the GUI forms, so every face checks the same way.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from desktop.domain import codes
from desktop.domain.errors import ValidationError

TEXT, DATE, BOOL, CODE, MONEY, INT, DIVISION = "text", "date", "bool", "code", "money", "int", "division"


@dataclass(frozen=True)
class FieldSpec:
    name: str
    label: str  # Chinese label shown in forms and messages
    kind: str = TEXT
    required: bool = False
    code_list: str | None = None
    max_length: int = 200
    minimum: float | None = None
    maximum: float | None = None
    multiline: bool = False
    sensitive: bool = False  # masked outside the roles and purposes that need it
    en: str = ""


_TRUE = {"1", "true", "yes", "y", "是", "对", "√", "✓", "t"}
_FALSE = {"0", "false", "no", "n", "否", "不是", "×", "f", ""}
_DATE_PATTERNS = [
    re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$"),
    re.compile(r"^(\d{4})年(\d{1,2})月(\d{1,2})日?$"),
    re.compile(r"^(\d{4})(\d{2})(\d{2})$"),
]


def parse_date(text: Any, *, field: str = "", label: str = "日期") -> dt.date | None:
    """Accept 2021-03-05, 2021/3/5, 2021.3.5, 2021年3月5日, 20210305 and date objects."""
    if text is None:
        return None
    if isinstance(text, dt.datetime):
        return text.date()
    if isinstance(text, dt.date):
        return text
    s = unicodedata.normalize("NFKC", str(text)).strip()
    if not s:
        return None
    s = s.split(" ")[0].split("T")[0]
    for pattern in _DATE_PATTERNS:
        m = pattern.match(s)
        if m:
            try:
                return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            except ValueError:
                break
    raise ValidationError(f"{label}“{text}”不是有效日期（例如 2026-11-28 或 2026年11月28日）", field)


def parse_money(text: Any, *, field: str = "", label: str = "金额") -> Decimal | None:
    if text is None:
        return None
    if isinstance(text, Decimal):
        value = text
    else:
        s = unicodedata.normalize("NFKC", str(text)).strip().replace(",", "").replace("，", "")
        s = s.removesuffix("元").removeprefix("¥").removeprefix("￥").strip()
        if not s:
            return None
        multiplier = Decimal(1)
        if s.endswith("万"):
            s, multiplier = s[:-1], Decimal(10000)
        try:
            value = Decimal(s) * multiplier
        except InvalidOperation:
            raise ValidationError(f"{label}“{text}”不是有效金额", field) from None
    if value < 0:
        raise ValidationError(f"{label}不能为负数", field)
    if value >= Decimal("10000000000"):
        raise ValidationError(f"{label}“{text}”过大", field)
    return value.quantize(Decimal("0.01"))


def coerce(spec: FieldSpec, value: Any) -> Any:
    """Turn a typed or imported value into the stored value, or raise a Chinese error."""
    if isinstance(value, str):
        value = value.strip()
    empty = value is None or value == ""
    if spec.kind == BOOL:
        if isinstance(value, bool):
            return value
        s = str(value or "").strip().lower()
        if s in _TRUE:
            return True
        if s in _FALSE:
            return False
        raise ValidationError(f"{spec.label}应为“是”或“否”，现为“{value}”", spec.name)
    if empty:
        if spec.required:
            raise ValidationError(f"{spec.label}不能为空", spec.name)
        return None
    if spec.kind == TEXT:
        s = unicodedata.normalize("NFC", str(value))
        if "\x00" in s:  # a pasted or imported NUL: PostgreSQL cannot store it
            raise ValidationError(f"{spec.label}含有空字符（\\u0000），请删去后再保存", spec.name)
        if len(s) > spec.max_length:
            raise ValidationError(f"{spec.label}过长（最多{spec.max_length}字，现为{len(s)}字）", spec.name)
        return s
    if spec.kind == DATE:
        d = parse_date(value, field=spec.name, label=spec.label)
        if d is not None and not (dt.date(1890, 1, 1) <= d <= dt.date(2200, 1, 1)):
            raise ValidationError(f"{spec.label}“{value}”超出合理范围", spec.name)
        return d
    if spec.kind == CODE:
        return codes.check(spec.code_list or spec.name, value, field=spec.name,
                           field_label=spec.label, required=spec.required)
    if spec.kind == MONEY:
        return parse_money(value, field=spec.name, label=spec.label)
    if spec.kind == INT:
        try:
            n = int(unicodedata.normalize("NFKC", str(value)).strip())
        except ValueError:
            raise ValidationError(f"{spec.label}应为整数，现为“{value}”", spec.name) from None
        if spec.minimum is not None and n < spec.minimum or spec.maximum is not None and n > spec.maximum:
            raise ValidationError(f"{spec.label}应在{spec.minimum:g}到{spec.maximum:g}之间，现为{n}", spec.name)
        return n
    if spec.kind == DIVISION:
        from desktop.domain import divisions

        code = unicodedata.normalize("NFKC", str(value)).strip()
        divisions.validate_division(code, field=spec.name, allow_retired=True, label=spec.label)
        return code
    raise AssertionError(spec.kind)


def coerce_all(specs: dict[str, FieldSpec], data: dict[str, Any], *, partial: bool = False) -> dict[str, Any]:
    """Coerce every known field of `data`; unknown names are refused; required checked unless partial."""
    out: dict[str, Any] = {}
    for name, value in data.items():
        spec = specs.get(name)
        if spec is None:
            known = "、".join(f"{s.name}（{s.label}）" for s in specs.values())
            raise ValidationError(f"没有名为“{name}”的字段。可用字段：{known}", name)
        out[name] = coerce(spec, value)
    if not partial:
        for spec in specs.values():
            if spec.required and out.get(spec.name) in (None, ""):
                raise ValidationError(f"{spec.label}不能为空", spec.name)
    return out
