"""Records as package lines: plain JSON values, references as the referenced record's UUID."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any, Callable

from peewee import (BigIntegerField, BooleanField, CharField, DateField, DateTimeField, DecimalField,
                    ForeignKeyField, IntegerField, SmallIntegerField, TextField)

from desktop.store.models import KIND_OF, MODEL_OF, Travelling
from desktop.store.values import plain

# Parents before children, so that references resolve while a package is applied in order.
KIND_ORDER = ["person", "deed", "batch", "family_member", "deed_person", "case", "case_event",
              "case_person",  # each person's own outcome follows the case
              "award", "guarantee", "visit", "publicity", "attachment", "document",
              "document_service",  # 送达 records follow their document
              # money and care (a payment refers to its schedule and fund entry)
              "fund_entry", "medical_cost", "schedule", "schedule_payment"]
assert set(KIND_ORDER) == set(MODEL_OF)

KIND_LABELS = {"person": "人员", "family_member": "亲属", "deed": "事迹", "deed_person": "事迹参与人",
               "case": "确认案件", "case_event": "案件办理记录", "case_person": "当事人确认结果", "batch": "表彰批次", "award": "表彰奖励",
               "guarantee": "优抚保障事项", "visit": "走访慰问", "publicity": "宣传报道",
               "attachment": "附件", "document": "已出具文书", "document_service": "文书送达记录",
               "fund_entry": "基金收支", "medical_cost": "医疗费用垫付", "schedule": "定期发放计划",
               "schedule_payment": "定期发放记录"}

META_FIELDS = ("uuid", "origin", "vclock", "created_at", "updated_at", "updated_by", "deleted")
LOCAL_FIELDS = {"id", "version", "seq"}
MAX_TEXT = 200_000  # characters in one text field; longer is refused as absurd
MAX_LINE = 2 << 20  # bytes in one record line
BIG = 1 << 62  # the largest whole number a field may hold (either sign)
UUID_RE = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
OFFICE_RE = re.compile(r"^\d{6}$")


class RecordProblem(Exception):
    """One record cannot be taken (reported, skipped); `reason` is Chinese."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


class AbsurdField(Exception):
    """A field so large the whole package is refused."""


@dataclass(frozen=True)
class Column:
    name: str
    field: Any
    fk: type[Travelling] | None


def columns(model: type[Travelling]) -> list[Column]:
    out = []
    for name, field in model._meta.fields.items():
        if name in LOCAL_FIELDS or name in META_FIELDS:
            continue
        out.append(Column(name, field, field.rel_model if isinstance(field, ForeignKeyField) else None))
    return out


# a stored value in its package form: dates as ISO text, money as text, bytes as hex
encode_value = plain


def parse_datetime(value: Any) -> dt.datetime:
    if isinstance(value, dt.datetime):
        return value
    text = str(value)
    try:
        return dt.datetime.fromisoformat(text.replace("T", " ").rstrip("Z"))
    except ValueError:
        raise RecordProblem(f"时间“{text[:40]}”格式不正确") from None


def decode_value(col: Column, value: Any, label: str) -> Any:
    """A package value as the model stores it; RecordProblem when it does not fit the field."""
    if value is None:
        if not col.field.null:
            default = col.field.default
            if default is None:
                raise RecordProblem(f"字段 {col.name} 不能为空")
            return default() if callable(default) else default
        return None
    field = col.field
    if col.fk is not None:
        if not isinstance(value, str) or not UUID_RE.match(value):
            raise RecordProblem(f"字段 {col.name} 的引用“{str(value)[:40]}”不是有效的 UUID")
        return value
    if isinstance(field, (CharField, TextField)):
        if not isinstance(value, str):
            raise RecordProblem(f"字段 {col.name} 应为文本")
        if len(value) > MAX_TEXT:
            raise AbsurdField(f"{label}的字段 {col.name} 长达 {len(value)} 个字符，远超合理长度，已拒绝导入")
        if isinstance(field, CharField) and not isinstance(field, TextField) and len(value) > field.max_length:
            raise RecordProblem(f"字段 {col.name} 超过 {field.max_length} 个字符")
        if "\x00" in value:  # PostgreSQL cannot store it; no office types it
            raise RecordProblem(f"字段 {col.name} 含有空字符（\\u0000），无法保存")
        return value
    if isinstance(field, BooleanField):
        if not isinstance(value, bool):
            raise RecordProblem(f"字段 {col.name} 应为是/否")
        return value
    if isinstance(field, (IntegerField, SmallIntegerField, BigIntegerField)):
        if isinstance(value, bool) or not isinstance(value, int) or abs(value) > BIG:
            raise RecordProblem(f"字段 {col.name} 应为整数")
        return value
    if isinstance(field, DecimalField):
        try:
            amount = Decimal(str(value))
        except InvalidOperation:
            raise RecordProblem(f"字段 {col.name} 的金额“{str(value)[:40]}”不正确") from None
        if not amount.is_finite() or abs(amount) >= Decimal(10) ** 12:
            raise RecordProblem(f"字段 {col.name} 的金额超出范围")
        return amount
    if isinstance(field, DateTimeField):
        if not isinstance(value, str):
            raise RecordProblem(f"字段 {col.name} 应为时间")
        return parse_datetime(value)
    if isinstance(field, DateField):
        if not isinstance(value, str):
            raise RecordProblem(f"字段 {col.name} 应为日期")
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            raise RecordProblem(f"字段 {col.name} 的日期“{value[:20]}”不正确") from None
    return value


def kind_of(model: type[Travelling]) -> str:
    return KIND_OF[model]


def decoder(col: Column, label: str = "记录") -> Callable[[Any], Any]:
    """A fast per-column version of decode_value: plain text passes straight through."""
    field = col.field
    if col.fk is None and isinstance(field, (CharField, TextField)):
        limit = field.max_length if isinstance(field, CharField) and not isinstance(field, TextField) else None

        def text(value: Any) -> Any:
            if value.__class__ is str and len(value) <= (limit or MAX_TEXT) and "\x00" not in value:
                return value
            return decode_value(col, value, label)
        return text
    # The common well-formed value of each other kind is taken here; anything else (and None) goes
    # through decode_value, which accepts or refuses it with the reason.
    if col.fk is not None:
        match = UUID_RE.match

        def reference(value: Any) -> Any:
            if value.__class__ is str and match(value):
                return value
            return decode_value(col, value, label)
        return reference
    if isinstance(field, BooleanField):
        return lambda value: value if value is True or value is False else decode_value(col, value, label)
    if isinstance(field, (IntegerField, SmallIntegerField, BigIntegerField)):
        return lambda value: value if value.__class__ is int and -BIG <= value <= BIG else decode_value(col, value, label)
    if isinstance(field, DateField) and not isinstance(field, DateTimeField):
        from_iso = dt.date.fromisoformat

        def date(value: Any) -> Any:
            if value.__class__ is str and len(value) == 10:
                try:
                    return from_iso(value)
                except ValueError:
                    pass
            return decode_value(col, value, label)
        return date
    return lambda value: decode_value(col, value, label)

