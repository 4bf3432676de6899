"""People (见义勇为人员) and their family members: create, edit, find, show everything."""

from __future__ import annotations

import unicodedata
from typing import Any, cast

from peewee import Database, Tuple

from desktop.domain import divisions, names
from desktop.domain.errors import ValidationError
from desktop.domain.fields import coerce_all
from desktop.domain.id_number import validate_document
from desktop.domain.record_fields import FAMILY, PERSON
from desktop.services.ledger import Ledger
from desktop.services.record_types import (
    DeedInOverview, FamilyMemberRecord, FamilyMemberWithPerson, PersonOverview, PersonRecord, PersonValues,
)
from desktop.services.records import get_live, to_dict
from desktop.store import person_search
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


class _Dup:
    def __init__(self, id: int, name: str):
        self.id, self.name = id, name


def _duplicate_of(db: Database, id_number: str | None, exclude_id: int | None = None) -> _Dup | None:
    """The live person holding this document number, if any (raw SQL: this runs on every save)."""
    if not id_number:
        return None
    p = db.param
    sql = f'SELECT "id", "name" FROM "person" WHERE "id_number" = {p} AND "deleted" = {p}'
    params: list = [id_number, False]
    if exclude_id:
        sql += f' AND "id" <> {p}'
        params.append(exclude_id)
    row = db.execute_sql(sql + " LIMIT 1", params).fetchone()
    return _Dup(row[0], row[1]) if row else None


def create_person(ledger: Ledger, data: dict[str, Any], *, allow_duplicate: bool = False) -> PersonRecord:
    """Create a person after checking every field; the same ID number twice is refused."""
    values = dict[str, Any](checked_new_person(data))
    ledger.require("edit_records")
    with ledger.atomic() as w:
        dup = _duplicate_of(ledger.db, values.get("id_number"))
        if dup and not allow_duplicate:
            refuse_duplicate(values, dup)
        person = w.create(Person, values)
    return cast(PersonRecord, to_dict(person))


def checked_new_person(data: dict[str, Any]) -> PersonValues:
    """The values `create_person` stores for `data`: every field checked, pinyin and the rest derived."""
    return cast(PersonValues, _derive(coerce_all(PERSON, data), None))


def refuse_duplicate(values: dict[str, Any], dup: _Dup) -> None:
    raise ValidationError(f"证件号码 {values['id_number']} 已登记为“{dup.name}”（编号 {dup.id}），"
                          "请勿重复录入", "id_number")


def live_holders(numbers: list[str | None]) -> dict[str, _Dup]:
    """The live person holding each of these document numbers (one query per 500 numbers)."""
    db = Person._meta.database
    p = db.param
    out: dict[str, _Dup] = {}
    unique = sorted({n for n in numbers if n})
    for start in range(0, len(unique), 500):
        part = unique[start:start + 500]
        rows = db.execute_sql(f'SELECT "id", "name", "id_number" FROM "person" WHERE "deleted" = {p} AND '
                              f'"id_number" IN ({", ".join([p] * len(part))}) ORDER BY "id"', [False, *part])
        for pid, name, number in rows.fetchall():
            out.setdefault(number, _Dup(pid, name))
    return out


def update_person(ledger: Ledger, ref: Any, changes: dict[str, Any], *,
                  expected_version: int | None = None) -> PersonRecord:
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
            dup = _duplicate_of(ledger.db, values["id_number"], person.id)
            if dup:
                raise ValidationError(f"证件号码 {values['id_number']} 已登记为“{dup.name}”（编号 {dup.id}）",
                                      "id_number")
        w.update(person, values, expected_version)
    return cast(PersonRecord, to_dict(person))


def delete_person(ledger: Ledger, ref: Any, *, expected_version: int | None = None) -> None:
    ledger.require("edit_records")
    with ledger.atomic() as w:
        person = get_live(Person, ref, "人员")
        w.delete(person, expected_version)


def get_person(ledger: Ledger, ref: Any) -> PersonRecord:
    with ledger.reading():
        return cast(PersonRecord, to_dict(get_live(Person, ref, "人员")))


# -- search (the queries themselves: store/person_search.py) -----------------------------

def search_persons(ledger: Ledger, text: str = "", *, limit: int = 50, offset: int = 0,
                   filters: dict[str, Any] | None = None) -> list[PersonRecord]:
    """People matching name, pinyin (full or initials), ID number (full or last digits), sorted by pinyin."""
    db = ledger.db
    with ledger.reading():
        if not person_search.has_filters(filters):
            return cast(list[PersonRecord], person_search.pinyin_order_page(db, text, limit=limit, offset=offset))
        q = person_search.query(db, text, filters).order_by(Person.name_pinyin, Person.id)
        return cast(list[PersonRecord], person_search.rows(db, q.limit(limit).offset(offset)))


def count_persons(ledger: Ledger, text: str = "", filters: dict[str, Any] | None = None) -> int:
    with ledger.reading():
        return person_search.count(ledger.db, text, filters)


def page(ledger: Ledger, text: str = "", filters: dict[str, Any] | None = None, *,
         after: tuple[str, int] | None = None, before: tuple[str, int] | None = None,
         last: bool = False, limit: int = 50) -> list[PersonRecord]:
    """One page of the people table in pinyin order, by keyset instead of OFFSET.

    No argument: the first page. after=(name_pinyin, id) of the last row shown: the next page.
    before=(name_pinyin, id) of the first row shown: the page before it. last=True: the final
    page (read backwards, so jumping to the end of a million rows costs the same as the start).
    Rows always come back in ascending order.
    """
    key = Tuple(Person.name_pinyin, Person.id)
    backwards = last or before is not None
    keyset = []
    if after is not None:
        keyset.append(key > Tuple(*after))
    if before is not None:
        keyset.append(key < Tuple(*before))
    with ledger.reading():
        found = person_search.keyset_page(ledger.db, text, filters, keyset, limit=limit, backwards=backwards)
    return cast(list[PersonRecord], found[::-1] if backwards else found)


# -- family -------------------------------------------------------------------

def add_family_member(ledger: Ledger, person_ref: Any, data: dict[str, Any]) -> FamilyMemberRecord:
    values = coerce_all(FAMILY, data)
    if values.get("id_number"):
        values["id_number"] = validate_document("resident", values["id_number"], field="id_number").number
    ledger.require("edit_records")
    with ledger.atomic() as w:
        person = get_live(Person, person_ref, "人员")
        member = w.create(FamilyMember, {**values, "person": person})
    return cast(FamilyMemberRecord, to_dict(member))


def update_family_member(ledger: Ledger, ref: Any, changes: dict[str, Any], *,
                         expected_version: int | None = None) -> FamilyMemberRecord:
    values = coerce_all(FAMILY, changes, partial=True)
    if values.get("id_number"):
        values["id_number"] = validate_document("resident", values["id_number"], field="id_number").number
    ledger.require("edit_records")
    with ledger.atomic() as w:
        member = get_live(FamilyMember, ref, "亲属")
        w.update(member, values, expected_version)
    return cast(FamilyMemberRecord, to_dict(member))


def delete_family_member(ledger: Ledger, ref: Any) -> None:
    ledger.require("edit_records")
    with ledger.atomic() as w:
        w.delete(get_live(FamilyMember, ref, "亲属"))


# -- everything about one person ------------------------------------------------

def _live(q, model):
    return q.where(model.deleted == False)  # noqa: E712


def person_overview(ledger: Ledger, ref: Any) -> PersonOverview:
    """One person with their deeds, cases, awards, guarantees, family, visits, publicity, documents."""
    with ledger.reading():
        person = get_live(Person, ref, "人员")
        deeds: list[DeedInOverview] = []
        links = _live(DeedPerson.select(DeedPerson, Deed).join(Deed), DeedPerson).where(
            (DeedPerson.person == person) & (Deed.deleted == False)).order_by(Deed.occurred_on)  # noqa: E712
        for link in links:
            d = to_dict(link.deed)
            d["outcome"], d["outcome_label"] = link.outcome, to_dict(link)["outcome_label"]
            d["cases"] = [to_dict(c) for c in _live(ConfirmationCase.select(), ConfirmationCase)
                          .where(ConfirmationCase.deed == link.deed)]
            deeds.append(cast(DeedInOverview, d))
        awards = []
        for a in _live(Award.select(Award, CommendationBatch).join(CommendationBatch), Award).where(
                Award.person == person).order_by(CommendationBatch.year):
            item = to_dict(a)
            item["batch"] = to_dict(a.batch)
            awards.append(item)

        def rows(model, order):
            return [to_dict(r) for r in _live(model.select(), model).where(model.person == person).order_by(order)]

        return {
            "person": cast(PersonRecord, to_dict(person)),
            "deeds": deeds,
            "awards": awards,
            "guarantees": rows(GuaranteeItem, GuaranteeItem.id),
            "family": cast(list[FamilyMemberRecord], rows(FamilyMember, FamilyMember.id)),
            "visits": rows(Visit, Visit.visited_on),
            "publicity": rows(PublicityItem, PublicityItem.published_on),
            "documents": rows(IssuedDocument, IssuedDocument.id),
        }


def get_family_member(ledger: Ledger, ref: Any) -> FamilyMemberWithPerson:
    """One family member with the name of the person they belong to (for the family form)."""
    with ledger.reading():
        member = get_live(FamilyMember, ref, "亲属")
        return cast(FamilyMemberWithPerson, to_dict(member) | {"person_name": member.person.name})
