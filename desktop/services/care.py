"""Guarantees (优抚保障), visits (走访慰问) and publicity (宣传报道) for a person."""

from __future__ import annotations

from typing import Any

from desktop.domain.errors import ValidationError
from desktop.domain.fields import coerce_all
from desktop.domain.record_fields import GUARANTEE, PUBLICITY, VISIT
from desktop.services.ledger import Ledger
from desktop.services.records import get_live, to_dict
from desktop.store import search
from desktop.store.models import Deed, FamilyMember, GuaranteeItem, Person, PublicityItem, Visit


def _check_guarantee(values: dict[str, Any]) -> None:
    if values.get("kind") == "disability" and values.get("state") == "granted" and not values.get("disability_grade"):
        raise ValidationError("伤残评定已落实时需要填写伤残等级（1-10级）", "disability_grade")
    if values.get("disability_grade") and values.get("kind") not in (None, "disability"):
        raise ValidationError("只有“伤残评定”类事项才填写伤残等级", "disability_grade")
    if values.get("applied_on") and values.get("decided_on") and values["decided_on"] < values["applied_on"]:
        raise ValidationError("落实日期不能早于申请日期", "decided_on")


def _family_of(person: Person, ref: Any) -> FamilyMember | None:
    """The family member a guarantee item concerns (issue 16); must be this person's."""
    if ref in (None, ""):
        return None
    member = get_live(FamilyMember, ref, "亲属")
    if member.person_id != person.id:
        raise ValidationError(f"亲属“{member.name}”不是“{person.name}”的家庭成员", "family")
    return member
def _injured_on(person: Person):
    """The date of the person's latest deed in which they were hurt (for the disability limits)."""
    from desktop.store.models import DeedPerson

    link = (DeedPerson.select(DeedPerson, Deed).join(Deed)
            .where((DeedPerson.person == person) & (DeedPerson.deleted == False) & (Deed.deleted == False)  # noqa: E712
                   & DeedPerson.outcome.in_(["injured", "disabled"]))
            .order_by(Deed.occurred_on.desc()).first())
    return link.deed.occurred_on if link else None


def injury_date(ledger: Ledger, person_ref: Any):
    """When the person was last hurt in a deed (None if never)."""
    with ledger.reading():
        return _injured_on(get_live(Person, person_ref, "人员"))


def _check_disability(ledger: Ledger, person: Person, values: dict[str, Any], late_reason: Any) -> dict[str, Any]:
    """The 3-year limit and the 7-working-day notice of the rules file (domain/disability.py)."""
    from desktop.domain import disability
    from desktop.services.workcalendar import office_calendar

    if values.get("kind") != "disability":
        return {}
    extra = disability.check({**values, "late_reason": late_reason}, _injured_on(person), office_calendar(ledger))
    if late_reason and "description" in extra:
        ledger.require("decide_case")  # a late application goes ahead on a reviewer's reason
    return extra


def add_guarantee(ledger: Ledger, person_ref: Any, data: dict[str, Any]) -> dict[str, Any]:
    data = dict(data)
    family_ref = data.pop("family", None)
    late_reason = data.pop("late_reason", None)
    values = coerce_all(GUARANTEE, data)
    values["state"] = values.get("state") or "applied"
    _check_guarantee(values)
    ledger.require("edit_records")
    with ledger.atomic() as w:
        person = get_live(Person, person_ref, "人员")
        if values["kind"] in ("martyr", "on_duty_death") and person.state != "deceased":
            raise ValidationError("烈士评定或因公牺牲认定只适用于已牺牲的人员", "kind")
        if values["kind"] == "death_grant":
            raise ValidationError("一次性抚恤金请用“grant”计算登记（显示计算过程，改动金额需写明理由）", "kind")
        values.update(_check_disability(ledger, person, values, late_reason))
        item = w.create(GuaranteeItem, {**values, "person": person, "family": _family_of(person, family_ref)})
    return to_dict(item)


def update_guarantee(ledger: Ledger, ref: Any, changes: dict[str, Any], *,
                     expected_version: int | None = None) -> dict[str, Any]:
    changes = dict(changes)
    family_ref = changes.pop("family", ...)
    late_reason = changes.pop("late_reason", None)
    values = coerce_all(GUARANTEE, changes, partial=True)
    ledger.require("edit_records")
    with ledger.atomic() as w:
        item = get_live(GuaranteeItem, ref, "保障事项")
        merged = {**to_dict(item, labels=False), **values}
        _check_guarantee(merged)
        if item.kind == "death_grant" and "amount" in values and values["amount"] != item.amount:
            raise ValidationError("一次性抚恤金的金额请用“grant”重新核定（改动需写明理由）", "amount")
        if family_ref is not ...:
            values["family"] = _family_of(item.person, family_ref)
        if "applied_on" in values or values.get("state") == "granted" or late_reason:
            extra = _check_disability(ledger, item.person, merged, late_reason)
            values.update({k: v for k, v in extra.items() if k != "due_on"})
        w.update(item, values, expected_version)
    return to_dict(item)


def list_guarantees(ledger: Ledger, *, person_ref: Any = None, kind: str | None = None,
                    state: str | None = None, limit: int = 200, offset: int = 0) -> list[dict[str, Any]]:
    with ledger.reading():
        q = GuaranteeItem.select(GuaranteeItem, Person).join(Person).where(GuaranteeItem.deleted == False)  # noqa: E712
        if person_ref is not None:
            q = q.where(GuaranteeItem.person == get_live(Person, person_ref, "人员"))
        if kind:
            q = q.where(GuaranteeItem.kind == kind)
        if state:
            q = q.where(GuaranteeItem.state == state)
        return [to_dict(g) | {"person_name": g.person.name}
                for g in q.order_by(GuaranteeItem.id.desc()).limit(limit).offset(offset)]


def add_visit(ledger: Ledger, person_ref: Any, data: dict[str, Any]) -> dict[str, Any]:
    values = coerce_all(VISIT, data)
    if values["visited_on"] > ledger.today():
        raise ValidationError("走访日期不能晚于今天", "visited_on")
    ledger.require("edit_records")
    with ledger.atomic() as w:
        person = get_live(Person, person_ref, "人员")
        visit = w.create(Visit, {**values, "person": person})
    return to_dict(visit)


def list_visits(ledger: Ledger, *, person_ref: Any = None, year: int | None = None,
                limit: int = 200, offset: int = 0) -> list[dict[str, Any]]:
    with ledger.reading():
        q = Visit.select(Visit, Person).join(Person).where(Visit.deleted == False)  # noqa: E712
        if person_ref is not None:
            q = q.where(Visit.person == get_live(Person, person_ref, "人员"))
        if year:
            q = q.where(search.in_year(Visit.visited_on, year))
        return [to_dict(v) | {"person_name": v.person.name}
                for v in q.order_by(Visit.visited_on.desc()).limit(limit).offset(offset)]


def add_publicity(ledger: Ledger, data: dict[str, Any], *, person_ref: Any = None, deed_ref: Any = None,
                  override_privacy: bool = False) -> dict[str, Any]:
    """Record a publicity item; a person who asked not to be publicised is refused unless overridden."""
    values = coerce_all(PUBLICITY, data)
    ledger.require("edit_records")
    with ledger.atomic() as w:
        person = get_live(Person, person_ref, "人员") if person_ref is not None else None
        deed = get_live(Deed, deed_ref, "事迹") if deed_ref is not None else None
        if person is None and deed is None:
            raise ValidationError("宣传报道应关联人员或事迹", "person")
        if person is not None and person.do_not_publicise and not override_privacy:
            raise ValidationError(f"“{person.name}”已申请不公开身份，不能登记针对其本人的宣传报道", "person")
        item = w.create(PublicityItem, {**values, "person": person, "deed": deed})
    return to_dict(item)


# -- single records for the GUI forms ------------------------------------

def get_guarantee(ledger: Ledger, ref: Any) -> dict[str, Any]:
    with ledger.reading():
        item = get_live(GuaranteeItem, ref, "保障事项")
        return to_dict(item) | {"person_name": item.person.name}


def get_visit(ledger: Ledger, ref: Any) -> dict[str, Any]:
    with ledger.reading():
        visit = get_live(Visit, ref, "走访记录")
        return to_dict(visit) | {"person_name": visit.person.name}


def update_visit(ledger: Ledger, ref: Any, changes: dict[str, Any], *,
                 expected_version: int | None = None) -> dict[str, Any]:
    values = coerce_all(VISIT, changes, partial=True)
    if values.get("visited_on") and values["visited_on"] > ledger.today():
        raise ValidationError("走访日期不能晚于今天", "visited_on")
    if "visited_on" in values and not values["visited_on"]:
        raise ValidationError("走访日期不能为空", "visited_on")
    ledger.require("edit_records")
    with ledger.atomic() as w:
        visit = get_live(Visit, ref, "走访记录")
        w.update(visit, values, expected_version)
    return to_dict(visit)


def get_publicity(ledger: Ledger, ref: Any) -> dict[str, Any]:
    with ledger.reading():
        item = get_live(PublicityItem, ref, "宣传报道")
        return to_dict(item) | {"person_name": item.person.name if item.person_id else "",
                                "deed_title": item.deed.title if item.deed_id else ""}


def update_publicity(ledger: Ledger, ref: Any, changes: dict[str, Any], *,
                     expected_version: int | None = None) -> dict[str, Any]:
    values = coerce_all(PUBLICITY, changes, partial=True)
    for name in ("published_on", "title"):
        if name in values and not values[name]:
            raise ValidationError(f"{PUBLICITY[name].label}不能为空", name)
    ledger.require("edit_records")
    with ledger.atomic() as w:
        item = get_live(PublicityItem, ref, "宣传报道")
        w.update(item, values, expected_version)
    return to_dict(item)
