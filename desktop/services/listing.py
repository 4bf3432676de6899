"""Paged, sorted, filtered listings for the GUI's tables (and anything else that pages).

One call counts (`count_rows`), one fetches a page (`fetch_rows`): a table of a million rows
never loads more than the page asked for. Search text and filters reuse the services' own
queries (store.person_search.query, deeds.deed_query, cases.case_query) so the table and the command
line find the same records. `order` is a list of (sort key, descending); each table names the
keys it sorts by; names sort by pinyin.
"""

from __future__ import annotations

from typing import Any, Callable, Iterable

from peewee import JOIN, Database, fn

from desktop.domain import deadlines, workflow
from desktop.domain.errors import ValidationError
from desktop.services.cases import case_query
from desktop.services.deeds import deed_query
from desktop.services.ledger import Ledger
from desktop.services.records import to_dict
from desktop.store import person_search, search
from desktop.store.models import (
    Award, CommendationBatch, ConfirmationCase, Deed, DeedPerson, GuaranteeItem, Person, PublicityItem, Visit,
)

Order = Iterable[tuple[str, bool]]


def _live(model):
    return model.deleted == False  # noqa: E712


# -- the query of each table --------------------------------------------------------

def _persons(db: Database, text: str, filters: dict[str, Any]):
    return person_search.query(db, text, filters)


def _deeds(db: Database, text: str, filters: dict[str, Any]):
    return deed_query(db, text, filters)


def _cases(db: Database, text: str, filters: dict[str, Any]):
    q = case_query(filters)
    text = (text or "").strip()
    if text:
        people = DeedPerson.select(DeedPerson.deed).where(
            _live(DeedPerson) & DeedPerson.person.in_(person_search.ids(db, text)))
        q = q.where(Deed.title.contains(text) | ConfirmationCase.applicant_name.contains(text) |
                    (ConfirmationCase.decision_no == text) | ConfirmationCase.deed.in_(people))
    return q


def _guarantees(db: Database, text: str, filters: dict[str, Any]):
    q = GuaranteeItem.select(GuaranteeItem, Person).join(Person).where(_live(GuaranteeItem))
    if (text or "").strip():
        q = q.where(GuaranteeItem.person.in_(person_search.ids(db, text)) |
                    GuaranteeItem.description.contains(text.strip()))
    for key, value in _set(filters):
        if key == "kind":
            q = q.where(GuaranteeItem.kind == value)
        elif key == "state":
            q = q.where(GuaranteeItem.state == value)
        elif key == "department":
            q = q.where(GuaranteeItem.department == value)
        elif key == "year":
            q = q.where(search.in_year(GuaranteeItem.applied_on, value))
        else:
            _unknown(key)
    return q


def _visits(db: Database, text: str, filters: dict[str, Any]):
    q = Visit.select(Visit, Person).join(Person).where(_live(Visit))
    if (text or "").strip():
        t = text.strip()
        q = q.where(Visit.person.in_(person_search.ids(db, t)) | Visit.unit.contains(t) | Visit.visitors.contains(t))
    for key, value in _set(filters):
        if key == "year":
            q = q.where(search.in_year(Visit.visited_on, value))
        elif key == "occasion":
            q = q.where(Visit.occasion == value)
        elif key == "person":
            q = q.where(Visit.person == int(value))
        else:
            _unknown(key)
    return q


def _publicity(db: Database, text: str, filters: dict[str, Any]):
    q = (PublicityItem.select(PublicityItem, Person, Deed)
         .join(Person, JOIN.LEFT_OUTER, on=(PublicityItem.person == Person.id))
         .switch(PublicityItem).join(Deed, JOIN.LEFT_OUTER, on=(PublicityItem.deed == Deed.id))
         .where(_live(PublicityItem)))
    if (text or "").strip():
        t = text.strip()
        q = q.where(PublicityItem.title.contains(t) | PublicityItem.outlet.contains(t) |
                    PublicityItem.person.in_(person_search.ids(db, t)) | Deed.title.contains(t))
    for key, value in _set(filters):
        if key == "year":
            q = q.where(search.in_year(PublicityItem.published_on, value))
        elif key == "media_kind":
            q = q.where(PublicityItem.media_kind == value)
        else:
            _unknown(key)
    return q


def _batches(db: Database, text: str, filters: dict[str, Any]):
    q = CommendationBatch.select().where(_live(CommendationBatch))
    if (text or "").strip():
        t = text.strip()
        q = q.where(CommendationBatch.title.contains(t) | CommendationBatch.document_no.contains(t) |
                    CommendationBatch.id.in_(Award.select(Award.batch).where(
                        _live(Award) & Award.person.in_(person_search.ids(db, t)))))
    for key, value in _set(filters):
        if key == "year":
            q = q.where(CommendationBatch.year == int(value))
        elif key == "level":
            q = q.where(CommendationBatch.level == value)
        else:
            _unknown(key)
    return q


def _roll(db: Database, text: str, filters: dict[str, Any]):
    q = Award.select(Award, Person).join(Person).where(_live(Award))
    if (text or "").strip():
        q = q.where(Award.person.in_(person_search.ids(db, text)) | Award.honour_title.contains(text.strip()))
    batch = (filters or {}).get("batch")
    q = q.where(Award.batch == int(batch)) if batch not in (None, "") else q.where(Award.id == -1)
    for key, value in _set(filters):
        if key == "batch":
            continue
        if key == "payment_state":
            q = q.where(Award.payment_state == value)
        else:
            _unknown(key)
    return q


def _set(filters: dict[str, Any] | None):
    return [(k, v) for k, v in (filters or {}).items() if v not in (None, "")]


def _unknown(key: str):
    raise ValidationError(f"未知的筛选条件“{key}”", key)


# -- rows ---------------------------------------------------------------------------

def _person_row(p: Person) -> dict[str, Any]:
    return to_dict(p)


def _deed_rows(deeds: list[Deed]) -> list[dict[str, Any]]:
    ids = [d.id for d in deeds]
    names: dict[int, list[str]] = {}
    if ids:
        for link in (DeedPerson.select(DeedPerson.deed, Person.name).join(Person)
                     .where(_live(DeedPerson) & DeedPerson.deed.in_(ids)).order_by(DeedPerson.id)):
            names.setdefault(link.deed_id, []).append(link.person.name)
    states: dict[int, str] = {}
    if ids:
        for c in (ConfirmationCase.select(ConfirmationCase.deed, ConfirmationCase.state)
                  .where(_live(ConfirmationCase) & ConfirmationCase.deed.in_(ids)).order_by(ConfirmationCase.id)):
            states[c.deed_id] = c.state  # the newest case wins
    out = []
    for d in deeds:
        row = to_dict(d)
        row["people"] = "、".join(names.get(d.id, []))
        row["case_state"] = states.get(d.id)
        row["case_state_label"] = workflow.state_label(states[d.id]) if d.id in states else "未申请"
        out.append(row)
    return out


def _case_rows(ledger: Ledger, cases: list[ConfirmationCase]) -> list[dict[str, Any]]:
    from desktop.services.workcalendar import office_calendar

    today = ledger.today()
    cal = office_calendar(ledger)
    ids = [c.deed_id for c in cases]
    names: dict[int, list[str]] = {}
    if ids:
        for link in (DeedPerson.select(DeedPerson.deed, Person.name).join(Person)
                     .where(_live(DeedPerson) & DeedPerson.deed.in_(ids)).order_by(DeedPerson.id)):
            names.setdefault(link.deed_id, []).append(link.person.name)
    out = []
    for c in cases:
        row = to_dict(c)
        row["state_label"] = workflow.state_label(c.state)
        row["deed_title"] = c.deed.title
        row["people"] = "、".join(names.get(c.deed_id, []))
        facts = to_dict(c, labels=False)
        facts["deed_date"] = c.deed.occurred_on
        due = [d for d in deadlines.case_deadlines(facts, today, cal=cal) if d.status != deadlines.DONE]
        first = due[0] if due else None
        row["deadline_text"] = first.describe() if first else ""
        row["deadline_status"] = first.status if first else None
        row["days_left"] = first.days_left if first else None
        row["deadline_kind"] = first.kind if first else None
        row["deadline_label"] = first.label if first else None
        row["deadline_due"] = first.due if first else None
        out.append(row)
    return out


def _with_person(rows) -> list[dict[str, Any]]:
    out = []
    for r in rows:
        item = to_dict(r)
        person = getattr(r, "person", None) if r.__data__.get("person") else None
        item["person_name"] = person.name if person is not None else ""
        out.append(item)
    return out


def _publicity_rows(rows: list[PublicityItem]) -> list[dict[str, Any]]:
    out = []
    for r in rows:
        item = to_dict(r)
        item["person_name"] = r.person.name if r.__data__.get("person") else ""
        item["deed_title"] = r.deed.title if r.__data__.get("deed") else ""
        out.append(item)
    return out


def _batch_rows(batches: list[CommendationBatch]) -> list[dict[str, Any]]:
    ids = [b.id for b in batches]
    counts: dict[int, tuple[int, Any]] = {}
    if ids:
        q = (Award.select(Award.batch, fn.COUNT(Award.id).alias("n"), fn.SUM(Award.amount).alias("total"))
             .where(_live(Award) & Award.batch.in_(ids)).group_by(Award.batch))
        counts = {r.batch_id: (r.n, r.total) for r in q}
    out = []
    for b in batches:
        item = to_dict(b)
        n, total = counts.get(b.id, (0, None))
        item["award_count"] = n
        item["total_amount"] = total or 0
        out.append(item)
    return out


def _roll_rows(awards: list[Award]) -> list[dict[str, Any]]:
    out = []
    for a in awards:
        item = to_dict(a)
        item["person_name"] = a.person.name
        item["person_gender"] = to_dict(a.person)["gender_label"]
        item["migrant_worker"] = a.person.migrant_worker
        item["employer"] = a.person.employer
        item["do_not_publicise"] = a.person.do_not_publicise
        item["id_number"] = a.person.id_number
        item["bank_account"] = a.person.bank_account
        out.append(item)
    return out


# table name -> (query builder, {sort key: field}, default order, rows builder taking (ledger, records))
TABLES: dict[str, tuple[Callable, dict[str, Any], list[tuple[str, bool]], Callable]] = {
    "persons": (_persons, {
        "name": Person.name_pinyin, "gender": Person.gender, "birth_date": Person.birth_date,
        "state": Person.state, "hukou_address": Person.hukou_address, "employer": Person.employer,
        "id": Person.id, "updated_at": Person.updated_at, "migrant_worker": Person.migrant_worker,
        "id_number": Person.id_number,
    }, [("name", False)], lambda ledger, rs: [_person_row(r) for r in rs]),
    "deeds": (_deeds, {
        "occurred_on": Deed.occurred_on, "title": Deed.title, "category": Deed.category,
        "division_code": Deed.division_code, "place": Deed.place, "id": Deed.id,
    }, [("occurred_on", True)], lambda ledger, rs: _deed_rows(rs)),
    "cases": (_cases, {
        "received_on": ConfirmationCase.received_on, "accepted_on": ConfirmationCase.accepted_on,
        "state": ConfirmationCase.state, "deed_title": Deed.title, "decision_date": ConfirmationCase.decision_date,
        "source": ConfirmationCase.source, "id": ConfirmationCase.id,
    }, [("received_on", True)], _case_rows),
    "guarantees": (_guarantees, {
        "person_name": Person.name_pinyin, "kind": GuaranteeItem.kind, "state": GuaranteeItem.state,
        "applied_on": GuaranteeItem.applied_on, "due_on": GuaranteeItem.due_on, "amount": GuaranteeItem.amount,
        "id": GuaranteeItem.id,
    }, [("id", True)], lambda ledger, rs: _with_person(rs)),
    "visits": (_visits, {
        "person_name": Person.name_pinyin, "visited_on": Visit.visited_on, "occasion": Visit.occasion,
        "amount": Visit.amount, "unit": Visit.unit, "id": Visit.id,
    }, [("visited_on", True)], lambda ledger, rs: _with_person(rs)),
    "publicity": (_publicity, {
        "published_on": PublicityItem.published_on, "title": PublicityItem.title,
        "media_kind": PublicityItem.media_kind, "outlet": PublicityItem.outlet,
        "person_name": Person.name_pinyin, "id": PublicityItem.id,
    }, [("published_on", True)], lambda ledger, rs: _publicity_rows(rs)),
    "batches": (_batches, {
        "year": CommendationBatch.year, "title": CommendationBatch.title, "level": CommendationBatch.level,
        "decided_on": CommendationBatch.decided_on, "id": CommendationBatch.id,
    }, [("year", True), ("id", True)], lambda ledger, rs: _batch_rows(rs)),
    "roll": (_roll, {
        "roll_order": Award.roll_order, "person_name": Person.name_pinyin, "honour_title": Award.honour_title,
        "amount": Award.amount, "payment_state": Award.payment_state, "id": Award.id,
    }, [("roll_order", False)], lambda ledger, rs: _roll_rows(rs)),
}

_ID_FIELD = {"persons": Person.id, "deeds": Deed.id, "cases": ConfirmationCase.id, "guarantees": GuaranteeItem.id,
             "visits": Visit.id, "publicity": PublicityItem.id, "batches": CommendationBatch.id, "roll": Award.id}


def _table(name: str):
    try:
        return TABLES[name]
    except KeyError:
        raise ValidationError(f"未知的列表“{name}”", "table") from None


def sort_keys(table: str) -> set[str]:
    """The keys a table can be sorted by."""
    return set(_table(table)[1])


def count_rows(ledger: Ledger, table: str, text: str = "", filters: dict[str, Any] | None = None) -> int:
    """How many rows the table has with this search and these filters (one COUNT)."""
    build = _table(table)[0]
    with ledger.reading():
        if table == "persons":
            return person_search.count(ledger.db, text or "", filters)
        return build(ledger.db, text or "", dict(filters or {})).order_by().count()


def fetch_rows(ledger: Ledger, table: str, text: str = "", filters: dict[str, Any] | None = None,
               order: Order | None = None, *, limit: int = 200, offset: int = 0,
               total: int | None = None) -> list[dict[str, Any]]:
    """One page of rows as plain dicts, sorted by `order` then by id for a stable paging order.

    Given `total` (the count_rows figure), a page in the second half is read backwards from the
    end — OFFSET skips what lies before it, so jumping to the last row of a million costs what the
    first does.
    """
    build, keys, default, rows = _table(table)
    order = list(order or default)
    terms = []
    for key, desc in order:
        if key not in keys:
            raise ValidationError(f"列表不能按“{key}”排序", "order")
        terms.append((keys[key], desc))
    last_desc = order[-1][1] if order else False
    terms.append((_ID_FIELD[table], last_desc))
    offset, limit = int(offset), int(limit)
    backwards = total is not None and total // 2 < offset < total
    if backwards:
        limit = min(limit, total - offset)
        offset = total - offset - limit
        terms = [(field, not desc) for field, desc in terms]
    clauses = [field.desc() if desc else field.asc() for field, desc in terms]
    with ledger.reading():
        if table == "persons" and order[0][0] == "name" and len(order) == 1 and not _set(filters):
            # the search box's own SQL: pinyin and initials are read apart (person_search._pinyin_page)
            out = person_search.pinyin_order_page(ledger.db, text or "", limit=limit, offset=offset,
                                                  descending=terms[0][1])
            return out[::-1] if backwards else out
        q = build(ledger.db, text or "", dict(filters or {})).order_by(*clauses).limit(limit).offset(offset)
        if table == "persons":  # plain dicts straight from the cursor, no model objects (3x faster)
            out = person_search.rows(ledger.db, q)
            return out[::-1] if backwards else out
        found = list(q)
        return rows(ledger, found[::-1] if backwards else found)


def year_range(ledger: Ledger, table: str) -> tuple[int, int] | None:
    """The first and last year found in the table's main date (MIN/MAX, index only)."""
    field = {"persons": Deed.occurred_on, "deeds": Deed.occurred_on, "cases": ConfirmationCase.received_on,
             "guarantees": GuaranteeItem.applied_on, "visits": Visit.visited_on,
             "publicity": PublicityItem.published_on, "batches": CommendationBatch.year}.get(table)
    if field is None:
        return None
    with ledger.reading():
        model = field.model
        # two queries: SQLite answers a lone MIN or MAX from the index, but scans the table for both at once
        lo = model.select(fn.MIN(field)).where(_live(model)).scalar()
        hi = model.select(fn.MAX(field)).where(_live(model)).scalar()
    if lo is None:
        return None
    if isinstance(lo, int):
        return lo, hi
    return int(str(lo)[:4]), int(str(hi)[:4])
