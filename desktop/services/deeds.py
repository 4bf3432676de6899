"""Deeds (事迹) and the people involved in each, with their own outcome."""

from __future__ import annotations

from typing import Any, Iterator

from peewee import Database

from desktop.domain.errors import ValidationError
from desktop.domain.fields import coerce_all
from desktop.domain.record_fields import DEED, PARTICIPANT
from desktop.services import persons as persons_service
from desktop.services.ledger import Ledger
from desktop.services.records import get_live, to_dict
from desktop.store import person_search, search
from desktop.store.models import ConfirmationCase, Deed, DeedPerson, Person
from desktop.store.records import Writer

# the gravest outcome of any deed decides the person's state
_STATE_RANK = {"unhurt": 0, "injured": 1, "disabled": 2, "deceased": 3}
_STATE_OF_OUTCOME = {"unhurt": "unhurt", "injured": "injured", "disabled": "disabled", "died": "deceased"}


def _raise_state(w: Writer, person: Person, outcome: str) -> None:
    new = _STATE_OF_OUTCOME[outcome]
    if _STATE_RANK[new] > _STATE_RANK.get(person.state or "unhurt", 0):
        w.update(person, {"state": new})


def _participant_values(p: dict[str, Any], index: int) -> dict[str, Any]:
    try:
        return coerce_all(PARTICIPANT, {k: v for k, v in p.items() if k in PARTICIPANT})
    except ValidationError as exc:
        raise ValidationError(f"第{index}位参与人员：{exc.message}", exc.field) from None


def _resolve_person(ledger: Ledger, p: dict[str, Any], index: int) -> Person:
    if p.get("new_person"):
        try:
            created = persons_service.create_person(ledger, p["new_person"])
        except ValidationError as exc:
            raise ValidationError(f"第{index}位参与人员（新建）：{exc.message}", exc.field) from None
        return Person.get_by_id(created["id"])
    if p.get("person_id") is None:
        raise ValidationError(f"第{index}位参与人员未选择人员", "participants")
    return get_live(Person, p["person_id"], "人员")


def _people(ledger: Ledger, participants: list[dict[str, Any]]) -> Iterator[tuple[dict[str, Any], Person]]:
    """Each participant's link values and person (a new one created), refusing a person named twice."""
    seen: set[int] = set()
    for i, p in enumerate(participants, 1):
        values = _participant_values(p, i)
        person = _resolve_person(ledger, p, i)
        if person.id in seen:
            raise ValidationError(f"第{i}位参与人员“{person.name}”重复", "participants")
        seen.add(person.id)
        yield values, person


def raises_state(state: str | None, outcome: str) -> bool:
    """Whether a deed with this outcome makes a person of this state graver (an update of the person)."""
    return _STATE_RANK[_STATE_OF_OUTCOME[outcome]] > _STATE_RANK.get(state or "unhurt", 0)


def checked_new_deed(ledger: Ledger, data: dict[str, Any], participants: list[dict[str, Any]]
                     ) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The deed values and each participant's link values `record_deed` stores (same checks, same
    messages); for writing many deeds through a `store.bulk.Batch`."""
    values = coerce_all(DEED, data)
    if values["occurred_on"] > ledger.today():
        raise ValidationError("发生日期不能晚于今天", "occurred_on")
    if not participants:
        raise ValidationError("事迹至少需要一名见义勇为人员", "participants")
    return values, [_participant_values(p, i) for i, p in enumerate(participants, 1)]


def record_deed(ledger: Ledger, data: dict[str, Any], participants: list[dict[str, Any]]) -> dict[str, Any]:
    """Record a deed with its people in one transaction.

    Each participant is {"person_id": id} or {"new_person": {...person fields}}, plus "outcome"
    (unhurt / injured / disabled / died) and optionally "role" and "notes".
    """
    values = coerce_all(DEED, data)
    if values["occurred_on"] > ledger.today():
        raise ValidationError("发生日期不能晚于今天", "occurred_on")
    if not participants:
        raise ValidationError("事迹至少需要一名见义勇为人员", "participants")
    ledger.require("edit_records")
    with ledger.atomic() as w:
        deed = w.create(Deed, values)
        out = to_dict(deed)
        out["participants"], out["cases"] = [], []
        for link_values, person in _people(ledger, participants):
            link = w.create(DeedPerson, {**link_values, "deed": deed, "person": person})
            _raise_state(w, person, link_values["outcome"])
            out["participants"].append(to_dict(link) | {"person_name": person.name})
    return out


def update_deed(ledger: Ledger, ref: Any, changes: dict[str, Any], *,
                expected_version: int | None = None) -> dict[str, Any]:
    values = coerce_all(DEED, changes, partial=True)
    for name, spec in DEED.items():
        if name in values and spec.required and values[name] in (None, ""):
            raise ValidationError(f"{spec.label}不能为空", name)
    if values.get("occurred_on") and values["occurred_on"] > ledger.today():
        raise ValidationError("发生日期不能晚于今天", "occurred_on")
    ledger.require("edit_records")
    with ledger.atomic() as w:
        deed = get_live(Deed, ref, "事迹")
        w.update(deed, values, expected_version)
    return get_deed(ledger, deed.id)


def set_participant(ledger: Ledger, deed_ref: Any, person_ref: Any, outcome: str,
                    role: str | None = None) -> dict[str, Any]:
    """Add a person to a deed, or change their outcome."""
    values = coerce_all(PARTICIPANT, {"outcome": outcome, "role": role})
    ledger.require("edit_records")
    with ledger.atomic() as w:
        deed = get_live(Deed, deed_ref, "事迹")
        person = get_live(Person, person_ref, "人员")
        link = DeedPerson.get_or_none((DeedPerson.deed == deed) & (DeedPerson.person == person) &
                                      (DeedPerson.deleted == False))  # noqa: E712
        if link:
            w.update(link, values)
        else:
            w.create(DeedPerson, {**values, "deed": deed, "person": person})
        _raise_state(w, person, values["outcome"])
    return get_deed(ledger, deed.id)


def remove_participant(ledger: Ledger, deed_ref: Any, person_ref: Any) -> dict[str, Any]:
    ledger.require("edit_records")
    with ledger.atomic() as w:
        deed = get_live(Deed, deed_ref, "事迹")
        person = get_live(Person, person_ref, "人员")
        links = list(DeedPerson.select().where((DeedPerson.deed == deed) & (DeedPerson.person == person) &
                                               (DeedPerson.deleted == False)))  # noqa: E712
        if not links:
            raise ValidationError(f"“{person.name}”不是该事迹的参与人员", "participants")
        live = DeedPerson.select().where((DeedPerson.deed == deed) & (DeedPerson.deleted == False)).count()  # noqa: E712
        if live <= 1:
            raise ValidationError("事迹至少需要一名见义勇为人员，不能移除最后一人", "participants")
        for link in links:
            w.delete(link)
    return get_deed(ledger, deed.id)


def get_deed(ledger: Ledger, ref: Any) -> dict[str, Any]:
    """A deed with its participants (name, outcome) and its confirmation cases."""
    with ledger.reading():
        deed = get_live(Deed, ref, "事迹")
        out = to_dict(deed)
        out["participants"] = []
        q = (DeedPerson.select(DeedPerson, Person).join(Person)
             .where((DeedPerson.deed == deed) & (DeedPerson.deleted == False)).order_by(DeedPerson.id))  # noqa: E712
        for link in q:
            item = to_dict(link)
            item["person_name"] = link.person.name
            out["participants"].append(item)
        out["cases"] = [to_dict(c) for c in ConfirmationCase.select().where(
            (ConfirmationCase.deed == deed) & (ConfirmationCase.deleted == False))]  # noqa: E712
        return out


def deed_query(db: Database, text: str = "", filters: dict[str, Any] | None = None):
    """The deeds the search text and filters find, on `db` (no ordering, no paging)."""
    q = Deed.select().where(Deed.deleted == False)  # noqa: E712
    text = (text or "").strip()
    if text:
        people = DeedPerson.select(DeedPerson.deed).where(DeedPerson.person.in_(person_search.ids(db, text)))
        if len(text) >= search.MIN_FTS_CHARS:  # title, place, narrative, beneficiaries by trigram index
            own = Deed.id.in_(search.text_ids("deed", text, db))
        else:
            own = Deed.title.contains(text) | Deed.place.contains(text)
        q = q.where(own | (Deed.police_report_no == text) | Deed.id.in_(people))
    for key, value in (filters or {}).items():
        if value in (None, ""):
            continue
        if key == "year":
            q = q.where(search.in_year(Deed.occurred_on, value))
        elif key == "category":
            q = q.where(Deed.category == value)
        elif key == "county":
            q = q.where(Deed.division_code == value)
        elif key == "outcome":
            q = q.where(Deed.id.in_(DeedPerson.select(DeedPerson.deed).where(
                (DeedPerson.outcome == value) & (DeedPerson.deleted == False))))  # noqa: E712
        elif key == "state":
            q = q.where(Deed.id.in_(ConfirmationCase.select(ConfirmationCase.deed).where(
                (ConfirmationCase.state == value) & (ConfirmationCase.deleted == False))))  # noqa: E712
        else:
            raise ValidationError(f"未知的筛选条件“{key}”", key)
    return q


def list_deeds(ledger: Ledger, text: str = "", *, filters: dict[str, Any] | None = None,
               limit: int = 50, offset: int = 0) -> list[dict[str, Any]]:
    with ledger.reading():
        q = deed_query(ledger.db, text, filters).order_by(Deed.occurred_on.desc(), Deed.id.desc()).limit(limit).offset(offset)
        return [to_dict(d) for d in q]


def update_deed_with_people(ledger: Ledger, ref: Any, changes: dict[str, Any], participants: list[dict[str, Any]],
                            *, expected_version: int | None = None) -> dict[str, Any]:
    """Edit a deed and set its whole list of people (added, changed, new, removed) in one transaction.

    `participants` are as for record_deed; people on the deed but not in the list are removed.
    """
    if not participants:
        raise ValidationError("事迹至少需要一名见义勇为人员", "participants")
    with ledger.atomic():
        update_deed(ledger, ref, changes, expected_version=expected_version)
        deed = get_live(Deed, ref, "事迹")
        kept: set[int] = set()
        for values, person in _people(ledger, participants):
            kept.add(person.id)
            set_participant(ledger, deed.id, person.id, values["outcome"], values.get("role"))
        current = {link.person_id for link in DeedPerson.select().where(
            (DeedPerson.deed == deed) & (DeedPerson.deleted == False))}  # noqa: E712
        for person_id in current - kept:
            remove_participant(ledger, deed.id, person_id)
    return get_deed(ledger, deed.id)
