"""Counts and money: by year, category, outcome and county-level unit; award totals."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from peewee import Case, fn

from desktop.domain import codes, divisions
from desktop.services.ledger import Ledger
from desktop.store.models import Award, CommendationBatch, Deed, DeedPerson, GuaranteeItem, Person


def _live(model):
    return model.deleted == False  # noqa: E712


def summary(ledger: Ledger, *, year_from: int | None = None, year_to: int | None = None) -> dict[str, Any]:
    """The office's figures; deeds counted by the year they happened, awards by batch year."""
    with ledger.reading():
        deed_filter = _live(Deed)
        if year_from:
            deed_filter &= Deed.occurred_on >= dt.date(year_from, 1, 1)
        if year_to:
            deed_filter &= Deed.occurred_on < dt.date(year_to + 1, 1, 1)
        year = Deed.occurred_on.year

        def grouped(column, label_list=None, label_fn=None):
            q = Deed.select(column.alias("k"), fn.COUNT(Deed.id).alias("n")).where(deed_filter).group_by(column)
            rows = sorted(((r.k, r.n) for r in q.objects()), key=lambda kv: str(kv[0]))
            return [{"key": k, "label": (codes.label(label_list, k) if label_list else label_fn(k) if label_fn else str(k)),
                     "count": n} for k, n in rows]

        deeds_by_year = grouped(year)
        deeds_by_category = grouped(Deed.category, "deed_category")
        deeds_by_county = grouped(Deed.division_code, label_fn=lambda c: _div_name(c))

        link_filter = _live(DeedPerson) & deed_filter & _live(Person)
        outcome_q = (DeedPerson.select(DeedPerson.outcome.alias("k"), fn.COUNT(DeedPerson.id).alias("n"))
                     .join(Deed).switch(DeedPerson).join(Person).where(link_filter).group_by(DeedPerson.outcome))
        outcomes = [{"key": r.k, "label": codes.label("outcome", r.k), "count": r.n} for r in outcome_q.objects()]
        people = (DeedPerson.select(fn.COUNT(fn.DISTINCT(DeedPerson.person)))
                  .join(Deed).switch(DeedPerson).join(Person).where(link_filter).scalar()) or 0
        migrants = (DeedPerson.select(fn.COUNT(fn.DISTINCT(DeedPerson.person)))
                    .join(Deed).switch(DeedPerson).join(Person)
                    .where(link_filter & (Person.migrant_worker == True)).scalar()) or 0  # noqa: E712

        award_filter = _live(Award) & _live(CommendationBatch) & (Award.payment_state != "cancelled")
        if year_from:
            award_filter &= CommendationBatch.year >= year_from
        if year_to:
            award_filter &= CommendationBatch.year <= year_to
        aq = (Award.select(CommendationBatch.year.alias("year"), CommendationBatch.level.alias("level"),
                           fn.COUNT(Award.id).alias("n"), fn.SUM(Award.amount).alias("amount"),
                           fn.SUM(Case(None, [(Award.payment_state == "paid", Award.amount)], 0)).alias("paid"))
              .join(CommendationBatch).where(award_filter)
              .group_by(CommendationBatch.year, CommendationBatch.level))
        awards = [{"year": r.year, "level": r.level, "level_label": codes.label("commendation_level", r.level),
                   "count": r.n, "amount": _money(r.amount), "paid": _money(r.paid)} for r in aq.objects()]
        awards.sort(key=lambda a: (a["year"], a["level"]))
        migrant_awards = (Award.select(fn.COUNT(Award.id)).join(CommendationBatch).switch(Award).join(Person)
                          .where(award_filter & (Person.migrant_worker == True)).scalar()) or 0  # noqa: E712

        gq = (GuaranteeItem.select(GuaranteeItem.kind.alias("kind"), GuaranteeItem.state.alias("state"),
                                   fn.COUNT(GuaranteeItem.id).alias("n"), fn.SUM(GuaranteeItem.amount).alias("amount"))
              .where(_live(GuaranteeItem)).group_by(GuaranteeItem.kind, GuaranteeItem.state))
        guarantees = [{"kind": r.kind, "kind_label": codes.label("guarantee_kind", r.kind), "state": r.state,
                       "state_label": codes.label("guarantee_state", r.state), "count": r.n,
                       "amount": _money(r.amount)} for r in gq.objects()]

        return {
            "year_from": year_from, "year_to": year_to,
            "totals": {
                "persons": Person.select().where(_live(Person)).count(),
                "deeds": Deed.select().where(deed_filter).count(),
                "persons_in_deeds": people,
                "migrant_workers": migrants,
                "awards": sum(a["count"] for a in awards),
                "awards_to_migrant_workers": migrant_awards,
                "award_amount": str(sum((Decimal(a["amount"]) for a in awards), Decimal("0.00"))),
                "award_paid": str(sum((Decimal(a["paid"]) for a in awards), Decimal("0.00"))),
            },
            "deeds_by_year": deeds_by_year,
            "deeds_by_category": deeds_by_category,
            "deeds_by_county": deeds_by_county,
            "outcomes": outcomes,
            "awards_by_year_level": awards,
            "guarantees": guarantees,
        }


def _money(value: Any) -> str:
    return str(Decimal(value or 0).quantize(Decimal("0.01")))


def _div_name(code: str) -> str:
    d = divisions.get(code)
    return d.name if d else code
