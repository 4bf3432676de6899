"""People (见义勇为人员) and their family members: create, edit, find, show everything."""

from __future__ import annotations

import unicodedata
from typing import Any

from peewee import Tuple, fn

from desktop.domain import divisions, names
from desktop.domain.errors import ValidationError
from desktop.domain.fields import coerce_all
from desktop.domain.id_number import validate_document
from desktop.domain.record_fields import FAMILY, PERSON
from desktop.services.ledger import Ledger
from desktop.services.records import get_live, to_dict
from desktop.store import search
from desktop.store.models import (
    Award, CommendationBatch, ConfirmationCase, Deed, DeedPerson, FamilyMember, GuaranteeItem,
    IssuedDocument, Person, PublicityItem, Visit,
)


def _derive(data: dict[str, Any], current: dict[str, Any] | None) -> dict[str, Any]:
    """Check the person's fields together and fill what the ID number tells (birth date, gender)."""
    merged = dict(current or {})
    merged.update(data)
    if "name" in data:
        name = names.normalize_name(data["name"])
        if not name:
            raise ValidationError("姓名不能为空", "name")
        data["name"] = name
        data["name_pinyin"] = names.pinyin_full(name)
        data["name_initials"] = names.pinyin_initials(name)
    id_type = merged.get("id_type") or "resident"
    if "id_type" in data and not data["id_type"]:
        data["id_type"] = "resident"
    if merged.get("id_number") and ({"id_number", "id_type", "birth_date", "gender"} & data.keys()):
        typed_birth = data.get("birth_date") if "birth_date" in data else None
        typed_gender = data.get("gender") if "gender" in data else None
        check = validate_document(id_type, merged["id_number"], birth_date=typed_birth,
                                  gender=typed_gender, field="id_number")
        data["id_number"] = check.number
        if check.birth_date and not merged.get("birth_date") or check.birth_date and "id_number" in data:
            data["birth_date"] = check.birth_date
        if check.gender and not merged.get("gender") or check.gender and "id_number" in data:
            data["gender"] = check.gender
        if id_type == "resident" and not merged.get("hukou_division"):
            data["hukou_division"] = check.number[:6]
    if "id_number" in data:
        data["id_rev"] = data["id_number"][::-1] if data["id_number"] else None
    if data.get("hukou_division"):
        code = unicodedata.normalize("NFKC", str(data["hukou_division"])).strip()
        if not divisions.is_valid_address_code(code):
            raise ValidationError(f"户籍地区划代码“{code}”不是有效的行政区划代码", "hukou_division")
        data["hukou_division"] = code
    return data


def _duplicate_of(id_number: str | None, exclude_id: int | None = None) -> Person | None:
    if not id_number:
        return None
    q = Person.select().where((Person.id_number == id_number) & (Person.deleted == False))  # noqa: E712
    if exclude_id:
        q = q.where(Person.id != exclude_id)
    return q.first()


def create_person(ledger: Ledger, data: dict[str, Any], *, allow_duplicate: bool = False) -> dict[str, Any]:
    """Create a person after checking every field; the same ID number twice is refused."""
    values = _derive(coerce_all(PERSON, data), None)
    ledger.require("edit_records")
    with ledger.atomic() as w:
        dup = _duplicate_of(values.get("id_number"))
        if dup and not allow_duplicate:
            raise ValidationError(f"证件号码 {values['id_number']} 已登记为“{dup.name}”（编号 {dup.id}），"
                                  "请勿重复录入", "id_number")
        person = w.create(Person, values)
    return to_dict(person)


def update_person(ledger: Ledger, ref: Any, changes: dict[str, Any], *,
                  expected_version: int | None = None) -> dict[str, Any]:
    """Change some fields of a person (same checks as creating); versioned and audited."""
    values = coerce_all(PERSON, changes, partial=True)
    for name in ("name",):
        if name in values and not values[name]:
            raise ValidationError("姓名不能为空", name)
    ledger.require("edit_records")
    with ledger.atomic() as w:
        person = get_live(Person, ref, "人员")
        current = to_dict(person, labels=False)
        values = _derive(values, current)
        if values.get("id_number") and values["id_number"] != person.id_number:
            dup = _duplicate_of(values["id_number"], person.id)
            if dup:
                raise ValidationError(f"证件号码 {values['id_number']} 已登记为“{dup.name}”（编号 {dup.id}）",
                                      "id_number")
        w.update(person, values, expected_version)
    return to_dict(person)


def delete_person(ledger: Ledger, ref: Any, *, expected_version: int | None = None) -> None:
    ledger.require("edit_records")
    with ledger.atomic() as w:
        person = get_live(Person, ref, "人员")
        w.delete(person, expected_version)


def get_person(ledger: Ledger, ref: Any) -> dict[str, Any]:
    with ledger.reading():
        return to_dict(get_live(Person, ref, "人员"))


# -- search -----------------------------------------------------------------

def _id_like(text: str) -> str | None:
    s = unicodedata.normalize("NFKC", text).replace(" ", "").upper()
    if len(s) >= 4 and s[:-1].isdigit() and (s[-1].isdigit() or s[-1] == "X"):
        return s
    return None


def person_text_condition(text: str):
    """The WHERE condition for the search box, or None for no text. Every branch uses an index:

    - ID number, 15 or 18 characters: equality on id_number;
    - 4+ trailing digits of an ID number: prefix of the reversed number (id_rev);
    - Latin letters: prefix of the pinyin initials (zs) or of the full pinyin (zhangsan);
    - 3+ other characters: anywhere in name, employer, addresses, occupation or notes (FTS5 trigram
      on SQLite, pg_trgm on PostgreSQL);
    - 1-2 other characters: the start of the name (张, 欧阳); only when no name starts so, anywhere
      in the name (喆 finds 王喆) — that fallback reads every name.
    """
    text = (text or "").strip()
    if not text:
        return None
    digits = _id_like(text)
    if digits and len(digits) in (15, 18):
        return Person.id_number == digits
    if digits:
        return search.prefix(Person.id_rev, digits[::-1])
    if text.isascii() and text.replace(" ", "").isalpha():
        t = text.replace(" ", "").lower()
        return search.prefix(Person.name_initials, t) | search.prefix(Person.name_pinyin, t)
    t = names.normalize_name(text)
    if len(t) >= search.MIN_FTS_CHARS:
        return Person.id.in_(search.text_ids("person", t))
    starts = search.prefix(Person.name, t)
    if Person.select(Person.id).where(starts & (Person.deleted == False)).limit(1).exists():  # noqa: E712
        return starts
    return Person.name.contains(t)


def person_query(text: str = "", filters: dict[str, Any] | None = None):
    """The query behind the people table and `persons --search` (no ordering, no paging)."""
    q = Person.select().where(Person.deleted == False)  # noqa: E712
    condition = person_text_condition(text)
    if condition is not None:
        q = q.where(condition)
    for key, value in (filters or {}).items():
        if value in (None, ""):
            continue
        if key == "state":
            q = q.where(Person.state == value)
        elif key == "migrant_worker":
            q = q.where(Person.migrant_worker == bool(value))
        elif key == "gender":
            q = q.where(Person.gender == value)
        elif key == "county":
            q = q.where(Person.id.in_(
                DeedPerson.select(DeedPerson.person).join(Deed).where(
                    (Deed.division_code == value) & (DeedPerson.deleted == False))))  # noqa: E712
        elif key == "year":
            q = q.where(Person.id.in_(
                DeedPerson.select(DeedPerson.person).join(Deed).where(
                    (Deed.occurred_on.year == int(value)) & (DeedPerson.deleted == False))))  # noqa: E712
        elif key == "outcome":
            q = q.where(Person.id.in_(DeedPerson.select(DeedPerson.person).where(
                (DeedPerson.outcome == value) & (DeedPerson.deleted == False))))  # noqa: E712
        else:
            raise ValidationError(f"未知的筛选条件“{key}”", key)
    return q


def page(ledger: Ledger, text: str = "", filters: dict[str, Any] | None = None, *,
         after: tuple[str, int] | None = None, before: tuple[str, int] | None = None,
         last: bool = False, limit: int = 50) -> list[dict[str, Any]]:
    """One page of the people table in pinyin order, by keyset instead of OFFSET.

    No argument: the first page. after=(name_pinyin, id) of the last row shown: the next page.
    before=(name_pinyin, id) of the first row shown: the page before it. last=True: the final
    page (read backwards, so jumping to the end of a million rows costs the same as the start).
    Rows always come back in ascending order.
    """
    with ledger.reading():
        q = person_query(text, filters)
        key = Tuple(Person.name_pinyin, Person.id)
        backwards = last or before is not None
        if after is not None:
            q = q.where(key > Tuple(*after))
        if before is not None:
            q = q.where(key < Tuple(*before))
        if backwards:
            q = q.order_by(Person.name_pinyin.desc(), Person.id.desc())
        else:
            q = q.order_by(Person.name_pinyin, Person.id)
        rows = [to_dict(p) for p in q.limit(int(limit))]
    return rows[::-1] if backwards else rows


def search_persons(ledger: Ledger, text: str = "", *, limit: int = 50, offset: int = 0,
                   filters: dict[str, Any] | None = None) -> list[dict[str, Any]]:
    """People matching name, pinyin (full or initials), ID number (full or last digits), sorted by pinyin."""
    with ledger.reading():
        q = person_query(text, filters).order_by(Person.name_pinyin, Person.id).limit(limit).offset(offset)
        return [to_dict(p) for p in q]


def count_persons(ledger: Ledger, text: str = "", filters: dict[str, Any] | None = None) -> int:
    with ledger.reading():
        return person_query(text, filters).count()


# -- family -------------------------------------------------------------------

def add_family_member(ledger: Ledger, person_ref: Any, data: dict[str, Any]) -> dict[str, Any]:
    values = coerce_all(FAMILY, data)
    if values.get("id_number"):
        values["id_number"] = validate_document("resident", values["id_number"], field="id_number").number
    ledger.require("edit_records")
    with ledger.atomic() as w:
        person = get_live(Person, person_ref, "人员")
        member = w.create(FamilyMember, {**values, "person": person})
    return to_dict(member)


def update_family_member(ledger: Ledger, ref: Any, changes: dict[str, Any], *,
                         expected_version: int | None = None) -> dict[str, Any]:
    values = coerce_all(FAMILY, changes, partial=True)
    if values.get("id_number"):
        values["id_number"] = validate_document("resident", values["id_number"], field="id_number").number
    ledger.require("edit_records")
    with ledger.atomic() as w:
        member = get_live(FamilyMember, ref, "亲属")
        w.update(member, values, expected_version)
    return to_dict(member)


def delete_family_member(ledger: Ledger, ref: Any) -> None:
    ledger.require("edit_records")
    with ledger.atomic() as w:
        w.delete(get_live(FamilyMember, ref, "亲属"))


# -- everything about one person ------------------------------------------------

def _live(q, model):
    return q.where(model.deleted == False)  # noqa: E712


def person_overview(ledger: Ledger, ref: Any) -> dict[str, Any]:
    """One person with their deeds, cases, awards, guarantees, family, visits, publicity, documents."""
    with ledger.reading():
        person = get_live(Person, ref, "人员")
        deeds = []
        links = _live(DeedPerson.select(DeedPerson, Deed).join(Deed), DeedPerson).where(
            (DeedPerson.person == person) & (Deed.deleted == False)).order_by(Deed.occurred_on)  # noqa: E712
        for link in links:
            d = to_dict(link.deed)
            d["outcome"], d["outcome_label"] = link.outcome, to_dict(link)["outcome_label"]
            d["cases"] = [to_dict(c) for c in _live(ConfirmationCase.select(), ConfirmationCase)
                          .where(ConfirmationCase.deed == link.deed)]
            deeds.append(d)
        awards = []
        for a in _live(Award.select(Award, CommendationBatch).join(CommendationBatch), Award).where(
                Award.person == person).order_by(CommendationBatch.year):
            item = to_dict(a)
            item["batch"] = to_dict(a.batch)
            awards.append(item)

        def rows(model, order):
            return [to_dict(r) for r in _live(model.select(), model).where(model.person == person).order_by(order)]

        return {
            "person": to_dict(person),
            "deeds": deeds,
            "awards": awards,
            "guarantees": rows(GuaranteeItem, GuaranteeItem.id),
            "family": rows(FamilyMember, FamilyMember.id),
            "visits": rows(Visit, Visit.visited_on),
            "publicity": rows(PublicityItem, PublicityItem.published_on),
            "documents": rows(IssuedDocument, IssuedDocument.id),
        }


def person_count_by_state(ledger: Ledger) -> dict[str, int]:
    with ledger.reading():
        q = (Person.select(Person.state, fn.COUNT(Person.id).alias("n"))
             .where(Person.deleted == False).group_by(Person.state))  # noqa: E712
        return {r.state: r.n for r in q}


def get_family_member(ledger: Ledger, ref: Any) -> dict[str, Any]:
    """One family member with the name of the person they belong to (for the family form)."""
    with ledger.reading():
        member = get_live(FamilyMember, ref, "亲属")
        return to_dict(member) | {"person_name": member.person.name}
