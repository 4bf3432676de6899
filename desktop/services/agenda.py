"""What needs doing now: the home page's list and counts at a glance.

Entries come in order of legal weight (issue 15): the statutory case deadlines first (decision,
公示, 陈述申辩, 复核 request and 复核 decision), then awards approved but unpaid, then guarantee
items, then visits; within a kind the overdue before the near before the rest. The `kind`s are
documented in docs/cli.md (todo --json).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from desktop.domain import deadlines, workflow
from desktop.domain.rules import load_rules
from desktop.services.ledger import Ledger
from desktop.services.records import to_dict
from desktop.services.workcalendar import office_calendar
from desktop.store.models import Award, CommendationBatch, ConfirmationCase, Deed, GuaranteeItem, Person, Visit

URGENCY = {"overdue": 0, "near": 1, "ok": 2}
# legal weight: what the law binds the office to comes first
KIND_ORDER = {"case_deadline": 0, "award_unpaid": 1, "guarantee_pending": 2, "schedule_due": 2, "visit_due": 3}


def spring_festival(year: int) -> dt.date:
    """Chinese New Year's day (Gregorian) for the years the program will meet."""
    table = {2024: (2, 10), 2025: (1, 29), 2026: (2, 17), 2027: (2, 6), 2028: (1, 26), 2029: (2, 13),
             2030: (2, 3), 2031: (1, 23), 2032: (2, 11), 2033: (1, 31), 2034: (2, 19), 2035: (2, 8)}
    month, day = table.get(year, (2, 1))
    return dt.date(year, month, day)


def _case_candidates(today: dt.date, horizon: int, rules: dict[str, Any], limit: int):
    """Open cases whose deadline falls within the horizon or has passed, found by the database.

    A province holds a million cases: the dates are compared in SQL (on indexed columns) and
    only the most urgent `limit` of each kind are read.
    """
    r = rules["confirmation"]
    live = (ConfirmationCase.deleted == False)  # noqa: E712
    # a period that ends on a rest day moves to the next working day: compare the raw ends with a
    # margin longer than any holiday run, the exact due date is computed for each case read
    until = today + dt.timedelta(days=horizon + 12)
    by_extension = None
    for ext in range(r["max_extensions"] + 1):
        latest_accept = until - dt.timedelta(days=r["decision_days"] + r["extension_days"] * ext)
        term = (ConfirmationCase.extensions == ext) & (ConfirmationCase.accepted_on <= latest_accept)
        by_extension = term if by_extension is None else by_extension | term
    queries = [
        # one query per state: with the states as IN (...), SQLite's statistics (100,000 cases per
        # state on average) made it scan every case (0.33 s on a million); by equality it uses the
        # state index and reads only the cases still being decided
        ConfirmationCase.select(ConfirmationCase, Deed).join(Deed)
        .where(live & (ConfirmationCase.state == state) & by_extension)
        .order_by(ConfirmationCase.accepted_on.desc()).limit(limit)
        for state in sorted(deadlines.DECIDING_STATES)
    ] + [
        ConfirmationCase.select(ConfirmationCase, Deed).join(Deed)
        .where(live & (ConfirmationCase.state == "public_notice") &
               (ConfirmationCase.notice_start <= until - dt.timedelta(days=r["public_notice_days"])))
        .order_by(ConfirmationCase.notice_start.desc()).limit(limit),
        # a served decision is waiting for the review window; older ones only need closing
        ConfirmationCase.select(ConfirmationCase, Deed).join(Deed)
        .where(live & (ConfirmationCase.state == "served") &
               (ConfirmationCase.served_on >= today - dt.timedelta(days=r["review_request_days"] + horizon)))
        .order_by(ConfirmationCase.served_on).limit(limit),
        # a review request waits for its decision (the 11 demo cases of 2021 too)
        ConfirmationCase.select(ConfirmationCase, Deed).join(Deed)
        .where(live & (ConfirmationCase.state == "under_review") &
               (ConfirmationCase.review_requested_on <= until - dt.timedelta(days=r["review_decision_days"])))
        .order_by(ConfirmationCase.review_requested_on).limit(limit),
    ]
    seen: set[int] = set()
    for q in queries:
        for c in q:
            if c.id not in seen:
                seen.add(c.id)
                yield c


def agenda(ledger: Ledger, *, horizon_days: int = 14, limit: int = 200) -> list[dict[str, Any]]:
    """To-do entries, most urgent first: each has kind, urgency, text, and the record it opens."""
    today = ledger.today()
    items: list[dict[str, Any]] = []
    rules = load_rules()
    cal = office_calendar(ledger)
    with ledger.reading():
        for c in _case_candidates(today, horizon_days, rules, limit):
            facts = to_dict(c, labels=False)
            facts["deed_date"] = c.deed.occurred_on
            for d in deadlines.case_deadlines(facts, today, cal=cal):
                if d.status in ("overdue", "near") or (d.status == "ok" and d.days_left <= horizon_days):
                    items.append({"kind": "case_deadline", "urgency": d.status, "days_left": d.days_left,
                                  "deadline_kind": d.kind, "due": d.due.isoformat(), "basis": d.basis,
                                  "text": f"{c.deed.title}：{d.describe()}（{workflow.state_label(c.state)}）",
                                  "record": {"kind": "case", "id": c.id}})
        unpaid = (Award.select(Award, Person, CommendationBatch).join(Person).switch(Award).join(CommendationBatch)
                  .where((Award.deleted == False) & (Award.payment_state == "approved"))  # noqa: E712
                  .order_by(CommendationBatch.year, Award.id).limit(limit))
        for a in unpaid:
            items.append({"kind": "award_unpaid", "urgency": "near", "days_left": None,
                          "text": f"{a.person.name}：{a.batch.title}奖励{a.amount or 0}元已批准未发放",
                          "record": {"kind": "award", "id": a.id, "person_id": a.person.id}})
        # those with a due date first (walked in date order on its index), then the undated ones;
        # one query ORing the two read every pending item of a province (0.5 s for 157,000)
        open_items = (GuaranteeItem.deleted == False) & GuaranteeItem.state.in_(["applied", "processing"])  # noqa: E712
        pending = list(GuaranteeItem.select(GuaranteeItem, Person).join(Person)
                       .where(open_items & (GuaranteeItem.due_on <= today + dt.timedelta(days=horizon_days)))
                       .order_by(GuaranteeItem.due_on, GuaranteeItem.id).limit(limit))
        if len(pending) < limit:
            pending += list(GuaranteeItem.select(GuaranteeItem, Person).join(Person)
                            .where(open_items & GuaranteeItem.due_on.is_null())
                            .order_by(GuaranteeItem.id).limit(limit - len(pending)))
        for g in pending:
            days = (g.due_on - today).days if g.due_on else None
            urgency = "overdue" if days is not None and days < 0 else "near" if days is not None and days <= horizon_days else "ok"
            due = f"，期限{g.due_on.isoformat()}" if g.due_on else ""
            labels = to_dict(g)
            items.append({"kind": "guarantee_pending", "urgency": urgency, "days_left": days,
                          "text": f"{g.person.name}：{labels['kind_label']}{labels['state_label']}{due}",
                          "record": {"kind": "guarantee", "id": g.id, "person_id": g.person.id}})
        items += _visits_due(today, rules, limit)
        from desktop.services.schedules import agenda_items as schedule_items  # pensions and aid due
        items += schedule_items(today, limit)
    items.sort(key=lambda i: (KIND_ORDER.get(i["kind"], 9), URGENCY.get(i["urgency"], 3),
                              i["days_left"] if i["days_left"] is not None else 9999))
    return items[:limit]


def _visits_due(today: dt.date, rules: dict[str, Any], limit: int) -> list[dict[str, Any]]:
    """Families of deceased and disabled heroes: due before the Spring Festival, or once a year."""
    window = rules["visits"]["spring_festival_window_days"]
    interval = rules["visits"]["routine_interval_days"]
    festival = spring_festival(today.year)
    if festival < today:
        festival = spring_festival(today.year + 1)
    in_window = (festival - today).days <= window
    # not visited since this cutoff = due (the database finds them; a province has many)
    cutoff = festival - dt.timedelta(days=window) if in_window else today - dt.timedelta(days=interval)
    visited = Visit.select(Visit.person).where((Visit.deleted == False) & (Visit.visited_on >= cutoff))  # noqa: E712
    due = (Person.select().where((Person.deleted == False) & Person.state.in_(["deceased", "disabled"]) &  # noqa: E712
                                 Person.id.not_in(visited)).order_by(Person.id).limit(limit))
    out = []
    for p in due:
        who = f"{p.name}（{'牺牲' if p.state == 'deceased' else '致残'}）" + ("家属" if p.state == "deceased" else "")
        if in_window:
            out.append({"kind": "visit_due", "urgency": "near", "days_left": (festival - today).days,
                        "text": f"{who}：春节（{festival.isoformat()}）前走访慰问",
                        "record": {"kind": "person", "id": p.id}})
        else:
            out.append({"kind": "visit_due", "urgency": "ok", "days_left": None,
                        "text": f"{who}：超过一年未走访或尚无走访记录",
                        "record": {"kind": "person", "id": p.id}})
    return out


def glance(ledger: Ledger) -> dict[str, int]:
    """Counts for the home page."""
    with ledger.reading():
        live = lambda m: m.deleted == False  # noqa: E712,E731
        return {
            "persons": Person.select().where(live(Person)).count(),
            "deeds": Deed.select().where(live(Deed)).count(),
            "open_cases": ConfirmationCase.select().where(
                live(ConfirmationCase) & ConfirmationCase.state.not_in(workflow.FINAL)).count(),
            "confirmed": ConfirmationCase.select().where(
                live(ConfirmationCase) & (ConfirmationCase.decision == "confirmed")).count(),
            "deceased": Person.select().where(live(Person) & (Person.state == "deceased")).count(),
            "disabled": Person.select().where(live(Person) & (Person.state == "disabled")).count(),
            "awards_unpaid": Award.select().where(live(Award) & (Award.payment_state == "approved")).count(),
        }
