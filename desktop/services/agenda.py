"""What needs doing now: the home page's list and counts at a glance."""

from __future__ import annotations

import datetime as dt
from typing import Any

from peewee import fn

from desktop.domain import deadlines, workflow
from desktop.domain.rules import load_rules
from desktop.services.ledger import Ledger
from desktop.services.records import to_dict
from desktop.store.models import Award, CommendationBatch, ConfirmationCase, Deed, GuaranteeItem, Person, Visit

URGENCY = {"overdue": 0, "near": 1, "ok": 2}


def spring_festival(year: int) -> dt.date:
    """Chinese New Year's day (Gregorian) for the years the program will meet."""
    table = {2024: (2, 10), 2025: (1, 29), 2026: (2, 17), 2027: (2, 6), 2028: (1, 26), 2029: (2, 13),
             2030: (2, 3), 2031: (1, 23), 2032: (2, 11), 2033: (1, 31), 2034: (2, 19), 2035: (2, 8)}
    month, day = table.get(year, (2, 1))
    return dt.date(year, month, day)


def agenda(ledger: Ledger, *, horizon_days: int = 14, limit: int = 200) -> list[dict[str, Any]]:
    """To-do entries, most urgent first: each has kind, urgency, text, and the record it opens."""
    today = ledger.today()
    items: list[dict[str, Any]] = []
    rules = load_rules()
    with ledger.reading():
        open_cases = (ConfirmationCase.select(ConfirmationCase, Deed).join(Deed)
                      .where((ConfirmationCase.deleted == False) &  # noqa: E712
                             ConfirmationCase.state.not_in(workflow.FINAL)))
        for c in open_cases:
            facts = to_dict(c, labels=False)
            facts["deed_date"] = c.deed.occurred_on
            for d in deadlines.case_deadlines(facts, today):
                if d.status in ("overdue", "near") or (d.status == "ok" and d.days_left <= horizon_days):
                    items.append({"kind": "case_deadline", "urgency": d.status, "days_left": d.days_left,
                                  "text": f"{c.deed.title}：{d.describe()}（{workflow.state_label(c.state)}）",
                                  "record": {"kind": "case", "id": c.id}})
        unpaid = (Award.select(Award, Person, CommendationBatch).join(Person).switch(Award).join(CommendationBatch)
                  .where((Award.deleted == False) & (Award.payment_state == "approved")))  # noqa: E712
        for a in unpaid:
            items.append({"kind": "award_unpaid", "urgency": "near", "days_left": None,
                          "text": f"{a.person.name}：{a.batch.title}奖励{a.amount or 0}元已批准未发放",
                          "record": {"kind": "award", "id": a.id, "person_id": a.person.id}})
        pending = (GuaranteeItem.select(GuaranteeItem, Person).join(Person)
                   .where((GuaranteeItem.deleted == False) &  # noqa: E712
                          GuaranteeItem.state.in_(["applied", "processing"])))
        for g in pending:
            days = (g.due_on - today).days if g.due_on else None
            urgency = "overdue" if days is not None and days < 0 else "near" if days is not None and days <= horizon_days else "ok"
            due = f"，期限{g.due_on.isoformat()}" if g.due_on else ""
            items.append({"kind": "guarantee_pending", "urgency": urgency, "days_left": days,
                          "text": f"{g.person.name}：{to_dict(g)['kind_label']}{to_dict(g)['state_label']}{due}",
                          "record": {"kind": "guarantee", "id": g.id, "person_id": g.person.id}})
        items += _visits_due(today, rules)
    items.sort(key=lambda i: (URGENCY.get(i["urgency"], 3), i["days_left"] if i["days_left"] is not None else 9999))
    return items[:limit]


def _visits_due(today: dt.date, rules: dict[str, Any]) -> list[dict[str, Any]]:
    """Families of deceased and disabled heroes: due before the Spring Festival, or once a year."""
    window = rules["visits"]["spring_festival_window_days"]
    interval = rules["visits"]["routine_interval_days"]
    festival = spring_festival(today.year)
    if festival < today:
        festival = spring_festival(today.year + 1)
    in_window = (festival - today).days <= window
    last_visit = (Visit.select(Visit.person, fn.MAX(Visit.visited_on).alias("last"))
                  .where(Visit.deleted == False).group_by(Visit.person))  # noqa: E712
    last = {r.person_id: r.last for r in last_visit.objects()}
    out = []
    for p in Person.select().where((Person.deleted == False) & Person.state.in_(["deceased", "disabled"])):  # noqa: E712
        seen = last.get(p.id)
        if isinstance(seen, str):
            seen = dt.date.fromisoformat(seen)
        who = f"{p.name}（{'牺牲' if p.state == 'deceased' else '致残'}）" + ("家属" if p.state == "deceased" else "")
        if in_window and (seen is None or seen < festival - dt.timedelta(days=window)):
            out.append({"kind": "visit_due", "urgency": "near", "days_left": (festival - today).days,
                        "text": f"{who}：春节（{festival.isoformat()}）前走访慰问",
                        "record": {"kind": "person", "id": p.id}})
        elif seen is None or (today - seen).days > interval:
            out.append({"kind": "visit_due", "urgency": "ok", "days_left": None,
                        "text": f"{who}：超过一年未走访" if seen else f"{who}：尚无走访记录",
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
