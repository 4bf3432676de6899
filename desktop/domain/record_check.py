"""The rules of local edits applied to a whole record that arrives from elsewhere (an exchange
package): the same field specs, code lists, division codes and ID number checks that the forms,
the command line and the services use; derived fields are computed here, never taken on trust.

`check_record(kind, values)` returns the values to store (with derived fields recomputed) or
raises ValidationError naming the field and what is wrong.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from typing import Any

from desktop.domain import codes, names
from desktop.domain.errors import ValidationError
from desktop.domain.fields import BOOL, CODE, DATE, DIVISION, TEXT, FieldSpec, coerce
from desktop.domain.id_number import validate_document
from desktop.domain.record_fields import (AWARD, BATCH, CASE, DEED, FAMILY, GUARANTEE, PARTICIPANT, PERSON,
                                          PUBLICITY, VISIT)

SPECS = {"person": PERSON, "family_member": FAMILY, "deed": DEED, "deed_person": PARTICIPANT, "case": CASE,
         "batch": BATCH, "award": AWARD, "guarantee": GUARANTEE, "visit": VISIT, "publicity": PUBLICITY}
# Columns computed from other fields (for search and sorting): never taken from a package, never
# shown as a field of their own.
DERIVED = {"person": frozenset({"name_pinyin", "name_initials", "id_rev"})}
# Code fields the forms set through actions rather than typing (still from a fixed list).
EXTRA_CODES = {"case": {"decision": "decision", "review_result": "review_result"}}


def _case_states() -> frozenset[str]:
    from desktop.domain.workflow import STATES
    return frozenset(STATES)


def check_record(kind: str, values: dict[str, Any], *, deleted: bool = False) -> dict[str, Any]:
    """The record's values if they obey the local rules (derived fields recomputed)."""
    specs = SPECS.get(kind)
    out = values
    if specs is not None:
        for name, spec in specs.items():
            if name not in values:
                continue
            value = values[name]
            if value is None and not spec.required and spec.kind != BOOL:
                continue  # nothing to check (most fields of a record are empty)
            if spec.required and value in (None, "") and deleted:
                continue  # a tombstone keeps what it had
            if _plainly_valid(spec, value):
                continue
            stored = coerce(spec, value)
            if spec.kind == CODE and stored != value:
                raise ValidationError(f"{spec.label}“{str(value)[:20]}”不是代码（应为 {stored}）", name)
            if spec.kind in (CODE, DIVISION) and value.__class__ is str:
                _VALID.add((spec.kind, spec.code_list or spec.name, value))
    for name, list_name in EXTRA_CODES.get(kind, {}).items():
        value = values.get(name)
        if value not in (None, "") and codes.code_for(list_name, str(value)) != value:
            raise ValidationError(f"字段 {name}“{str(value)[:20]}”不在代码表中", name)
    if kind == "case" and values.get("state") not in (None, "") and values["state"] not in _case_states():
        raise ValidationError(f"案件状态“{str(values['state'])[:20]}”不是有效的办理状态", "state")
    if kind in ("person", "family_member") and values.get("id_number"):
        id_type = values.get("id_type") or "resident" if kind == "person" else "resident"
        check = validate_document(id_type, values["id_number"], birth_date=values.get("birth_date"),
                                  gender=values.get("gender"), field="id_number")
        if check.number != values["id_number"]:
            raise ValidationError(f"证件号码“{values['id_number'][:30]}”的写法不规范（应为 {check.number}）",
                                  "id_number")
    if kind == "person":
        if values.get("hukou_division"):
            from desktop.domain import divisions
            if not divisions.is_valid_address_code(str(values["hukou_division"])):
                raise ValidationError(f"户籍地区划代码“{str(values['hukou_division'])[:10]}”不是有效的行政区划代码",
                                      "hukou_division")
    return derive(kind, out)


# Codes and division codes already found valid (code lists and divisions are fixed while the program
# runs, so this holds at most every valid code once).
_VALID: set[tuple[str, str, str]] = set()
_EARLIEST, _LATEST = dt.date(1890, 1, 1), dt.date(2200, 1, 1)


def _plainly_valid(spec: FieldSpec, value: Any) -> bool:
    """True when coerce(spec, value) would accept value as it is (the usual well-formed value of a
    package, checked without building the stored value again); False means: ask coerce."""
    kind = spec.kind
    if kind == TEXT:
        return (value.__class__ is str and len(value) <= spec.max_length and "\x00" not in value
                and (value.isascii() or unicodedata.is_normalized("NFC", value))
                and (not spec.required or bool(value.strip())))
    if kind == CODE or kind == DIVISION:
        return (kind, spec.code_list or spec.name, value) in _VALID
    if kind == DATE:
        return value.__class__ is dt.date and _EARLIEST <= value <= _LATEST
    if kind == BOOL:
        return value is True or value is False or value is None
    return False


def code_columns() -> dict[str, dict[str, tuple[str, frozenset[str]]]]:
    """Per kind, the fields holding a code: field -> (Chinese label, the allowed codes)."""
    out: dict[str, dict[str, tuple[str, frozenset[str]]]] = {}
    for kind, specs in SPECS.items():
        for name, spec in specs.items():
            if spec.kind == CODE:
                allowed = frozenset(e.code for e in codes.entries(spec.code_list or name))
                out.setdefault(kind, {})[name] = (spec.label, allowed)
    for kind, fields in EXTRA_CODES.items():
        for name, list_name in fields.items():
            out.setdefault(kind, {})[name] = (name, frozenset(e.code for e in codes.entries(list_name)))
    out.setdefault("case", {})["state"] = ("办理状态", _case_states())
    return out


def derive(kind: str, values: dict[str, Any]) -> dict[str, Any]:
    """`values` with the derived columns recomputed from the fields they come from."""
    out = dict(values)
    if kind == "person":
        if isinstance(values.get("name"), str):
            out["name_pinyin"] = names.pinyin_full(values["name"])
            out["name_initials"] = names.pinyin_initials(values["name"])
        if "id_number" in values:
            out["id_rev"] = values["id_number"][::-1] if values["id_number"] else None
    return out


def label_of(kind: str, field: str) -> str:
    spec = SPECS.get(kind, {}).get(field)
    return spec.label if spec else field
