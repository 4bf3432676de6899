"""This installation's office identity (division code, name, level)."""

from __future__ import annotations

import unicodedata
from typing import Any

from desktop.domain import divisions
from desktop.domain.errors import ValidationError
from desktop.services.ledger import OFFICE_CODE, OFFICE_NAME, Ledger
from desktop.store.models import Office

LEVEL_LABELS = {"county": "县级", "city": "市级", "province": "省级"}


def level_of(code: str) -> str:
    if code.endswith("0000"):
        return "province"
    if code.endswith("00"):
        return "city"
    return "county"


def init_office(ledger: Ledger, code: str, name: str) -> dict[str, Any]:
    """Set (or correct) the office identity; the code must be a Zhejiang division in force."""
    code = unicodedata.normalize("NFKC", str(code or "")).strip()
    name = (name or "").strip()
    if not name:
        raise ValidationError("单位名称不能为空", "office_name")
    div = divisions.validate_division(code, field="office_code")
    if div is None or div.level not in ("province", "city", "county"):
        raise ValidationError(f"区划代码 {code} 不是省、市或县级单位", "office_code")
    existing = ledger.setting(OFFICE_CODE)
    if existing and existing != code:
        from desktop.store.models import Person
        with ledger.reading():
            has_records = Person.select().exists()
        if has_records:
            raise ValidationError(f"本库已属于单位 {existing}，且已有记录，不能改为 {code}", "office_code")
    ledger.require("settings")
    with ledger.atomic():
        Office.insert(code=code, name=name, level=level_of(code),
                      parent_code=div.parent, is_self=True, trusted=True).on_conflict(
            conflict_target=[Office.code],
            update={Office.name: name, Office.is_self: True, Office.trusted: True}).execute()
        Office.update(is_self=False).where((Office.code != code) & (Office.is_self == True)).execute()  # noqa: E712
    ledger.set_setting(OFFICE_CODE, code)
    ledger.set_setting(OFFICE_NAME, name)
    return office_info(ledger)


def office_info(ledger: Ledger) -> dict[str, Any] | None:
    code = ledger.setting(OFFICE_CODE)
    if not code:
        return None
    return {"code": code, "name": ledger.setting(OFFICE_NAME), "level": level_of(code),
            "level_label": LEVEL_LABELS[level_of(code)], "division": divisions.full_name(code)}
