"""The office's statistics — ONE module for the command line, the Excel file and the GUI.

Tables for superiors: by year, category and county-level unit; outcomes; migrant workers; honours
by level; guarantee items by kind and state — with a year range and area filter that applies to
every number, the totals included. `summary()` is the same figures in the command line's shape.

Every number carries the filter (`drill`) that lists the records behind it: `records_behind(ledger,
drill)` returns exactly the records the number counts, because both come from the same facts and
the same predicate. The tables are built by the functions in TABLES, in order: a new table is one
more builder `(facts, base filter, years) -> table` appended there. The casework and care tables
(cases received/decided/on time, visits, the fund, guarantees by year and county) come after them
from services/statistics_care.py, with the same filter.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Iterable

from desktop.domain import codes, divisions
from desktop.domain.errors import ValidationError
from desktop.services import statistics_care
from desktop.services.ledger import Ledger
from desktop.services.records import to_dict
from desktop.store.db import as_tuples
from desktop.store.models import Award, CommendationBatch, Deed, DeedPerson, GuaranteeItem, Person

OUTCOMES = ("unhurt", "injured", "disabled", "died")
ZERO = Decimal("0.00")


@dataclass(frozen=True)
class Link:  # one person in one deed
    deed: int
    year: int
    category: str
    division: str
    person: int
    migrant: bool
    outcome: str


@dataclass(frozen=True)
class AwardFact:
    id: int
    year: int
    level: str
    amount: Decimal
    paid: bool
    person: int
    migrant: bool
    divisions: frozenset[str]


@dataclass(frozen=True)
class GuaranteeFact:
    id: int
    kind: str
    state: str
    amount: Decimal
    year: int | None
    person: int
    divisions: frozenset[str]


@dataclass(frozen=True)
class DeedFact:  # a live deed, with or without people linked
    id: int
    year: int
    category: str
    division: str


@dataclass
class Facts:
    links: list[Link]
    awards: list[AwardFact]
    guarantees: list[GuaranteeFact]
    deeds: list[DeedFact]
    persons: int  # live people in the ledger (with or without a deed)


def _facts(ledger: Ledger) -> Facts:
    with ledger.reading():
        q = (DeedPerson.select(DeedPerson.deed, Deed.occurred_on, Deed.category, Deed.division_code,
                               DeedPerson.person, Person.migrant_worker, DeedPerson.outcome)
             .join(Deed).switch(DeedPerson).join(Person)
             .where((DeedPerson.deleted == False) & (Deed.deleted == False) & (Person.deleted == False))  # noqa: E712
             .tuples())
        links = [Link(d, _year(on), cat, div, p, bool(m), out) for d, on, cat, div, p, m, out in as_tuples(q)]
        where: dict[int, set[str]] = {}
        for link in links:
            where.setdefault(link.person, set()).add(link.division)
        deed_div = {link.deed: link.division for link in links}
        aq = (Award.select(Award.id, CommendationBatch.year, CommendationBatch.level, Award.amount,
                           Award.payment_state, Award.person, Person.migrant_worker, Award.deed)
              .join(CommendationBatch).switch(Award).join(Person)
              .where((Award.deleted == False) & (CommendationBatch.deleted == False) &  # noqa: E712
                     (Person.deleted == False) & (Award.payment_state != "cancelled"))  # noqa: E712
              .tuples())
        awards = [AwardFact(i, y, lvl, Decimal(a or 0), st == "paid", p, bool(m),
                            frozenset([deed_div[d]] if d in deed_div else where.get(p, ())))
                  for i, y, lvl, a, st, p, m, d in as_tuples(aq)]
        gq = (GuaranteeItem.select(GuaranteeItem.id, GuaranteeItem.kind, GuaranteeItem.state, GuaranteeItem.amount,
                                   GuaranteeItem.applied_on, GuaranteeItem.person)
              .join(Person).where((GuaranteeItem.deleted == False) & (Person.deleted == False))  # noqa: E712
              .tuples())
        guarantees = [GuaranteeFact(i, k, s, Decimal(a or 0), _year(on) if on else None, p,
                                    frozenset(where.get(p, ()))) for i, k, s, a, on, p in as_tuples(gq)]
        deeds = [DeedFact(i, _year(on), cat, div) for i, on, cat, div in
                 as_tuples(Deed.select(Deed.id, Deed.occurred_on, Deed.category, Deed.division_code)
                           .where(Deed.deleted == False))]  # noqa: E712
        persons = Person.select().where(Person.deleted == False).count()  # noqa: E712
    return Facts(links, awards, guarantees, deeds, persons)


def _year(value: Any) -> int:
    if isinstance(value, str):
        return int(value[:4])
    return value.year


# -- filters ------------------------------------------------------------------------------------

def check_filter(year_from: int | None, year_to: int | None, area: str | None) -> None:
    if year_from and year_to and year_from > year_to:
        raise ValidationError(f"起始年度 {year_from} 晚于截止年度 {year_to}", "year_from")
    if area:
        d = divisions.get(area)
        if d is None:
            raise ValidationError(f"地区“{area}”不是浙江省的行政区划代码", "area")


def _in_area(division: str, area: str | None) -> bool:
    if not area or area.endswith("0000"):
        return not area or division[:2] == area[:2]
    if area.endswith("00"):
        return division[:4] == area[:4]
    return division == area


def _year_ok(year: int | None, f: dict[str, Any]) -> bool:
    if f.get("year") is not None:
        return year == int(f["year"])
    if f.get("year_from") and (year is None or year < int(f["year_from"])):
        return False
    if f.get("year_to") and (year is None or year > int(f["year_to"])):
        return False
    return True


def _links(facts: Facts, f: dict[str, Any]) -> Iterable[Link]:
    for link in facts.links:
        if not _year_ok(link.year, f) or not _in_area(link.division, f.get("area")):
            continue
        if f.get("category") and link.category != f["category"]:
            continue
        if f.get("county") and link.division != f["county"]:
            continue
        if f.get("outcome") and link.outcome != f["outcome"]:
            continue
        if f.get("migrant") and not link.migrant:
            continue
        yield link


def _deeds(facts: Facts, f: dict[str, Any]) -> set[int]:
    """The deeds a filter counts: every live deed (with or without people linked) unless the filter
    asks about the people in it (outcome, migrant), then the deeds of those links."""
    if f.get("outcome") or f.get("migrant"):
        return {link.deed for link in _links(facts, f)}
    out = set()
    for d in facts.deeds:
        if not _year_ok(d.year, f) or not _in_area(d.division, f.get("area")):
            continue
        if f.get("category") and d.category != f["category"]:
            continue
        if f.get("county") and d.division != f["county"]:
            continue
        out.add(d.id)
    return out


def _awards(facts: Facts, f: dict[str, Any]) -> Iterable[AwardFact]:
    for a in facts.awards:
        if not _year_ok(a.year, f):
            continue
        if f.get("area") and not any(_in_area(d, f["area"]) for d in a.divisions):
            continue
        if f.get("county") and f["county"] not in a.divisions:
            continue
        if f.get("level") and a.level != f["level"]:
            continue
        if f.get("migrant") and not a.migrant:
            continue
        if f.get("paid") and not a.paid:
            continue
        yield a


def _guarantees(facts: Facts, f: dict[str, Any]) -> Iterable[GuaranteeFact]:
    for g in facts.guarantees:
        if (f.get("year") or f.get("year_from") or f.get("year_to")) and not _year_ok(g.year, f):
            continue
        if f.get("area") and not any(_in_area(d, f["area"]) for d in g.divisions):
            continue
        if f.get("guarantee_kind") and g.kind != f["guarantee_kind"]:
            continue
        if f.get("state") and g.state != f["state"]:
            continue
        yield g


def _ids(facts: Facts, drill: dict[str, Any]) -> list[int]:
    kind = drill.get("kind")
    if kind == "deed":
        return sorted(_deeds(facts, drill))
    if kind == "person":
        return sorted({link.person for link in _links(facts, drill)})
    if kind == "person_award":
        return sorted({a.person for a in _awards(facts, drill)})
    if kind == "award":
        return sorted(a.id for a in _awards(facts, drill))
    if kind == "guarantee":
        return sorted(g.id for g in _guarantees(facts, drill))
    raise ValidationError(f"未知的统计口径“{kind}”", "kind")


# -- the tables ---------------------------------------------------------------------------------

def _cell(value: Any, drill: dict[str, Any] | None) -> dict[str, Any]:
    return {"value": value, "drill": drill}


def _money(amounts: Iterable[Decimal]) -> str:
    return str(sum(amounts, ZERO).quantize(Decimal("0.01")))


def tables(ledger: Ledger, *, year_from: int | None = None, year_to: int | None = None,
           area: str | None = None) -> dict[str, Any]:
    """All statistical tables for the filter; each cell is {"value", "drill"}."""
    check_filter(year_from, year_to, area)
    facts = _facts(ledger)
    data = _tables(facts, year_from, year_to, area)
    data["tables"] += statistics_care.care_tables(ledger, year_from=year_from, year_to=year_to, area=area)
    return data


def _tables(facts: Facts, year_from, year_to, area) -> dict[str, Any]:
    base = _base(year_from, year_to, area)
    deed_years = {d.year for d in facts.deeds if d.id in _deeds(facts, base)}
    years = sorted({link.year for link in _links(facts, base)} | {a.year for a in _awards(facts, base)} | deed_years)
    out = [build(facts, base, years) for build in TABLES]
    return {"filter": {"year_from": year_from, "year_to": year_to, "area": area,
                       "area_name": divisions.full_name(area) if area else "全部"},
            "title": _caption(year_from, year_to, area), "years": years, "tables": out}


def _base(year_from, year_to, area) -> dict[str, Any]:
    return {k: v for k, v in (("year_from", year_from), ("year_to", year_to), ("area", area)) if v}


def summary(ledger: Ledger, *, year_from: int | None = None, year_to: int | None = None,
            area: str | None = None) -> dict[str, Any]:
    """`stats` as the command line prints it: one shape whatever the filter — the totals and short
    lists (computed from the same facts as the tables, with the same filter) plus the tables.

    totals.persons: every person in the ledger when nothing is filtered; with a year or area filter,
    the people with a deed in that year/area (a person has no year or area of their own)."""
    check_filter(year_from, year_to, area)
    facts = _facts(ledger)
    base = _base(year_from, year_to, area)
    data = _tables(facts, year_from, year_to, area)
    data["tables"] += statistics_care.care_tables(ledger, year_from=year_from, year_to=year_to, area=area)
    links = list(_links(facts, base))
    deeds = _deeds(facts, base)
    awards = list(_awards(facts, base))
    by_deed = {d.id: d for d in facts.deeds}

    def grouped(key_of, label_of) -> list[dict[str, Any]]:
        counts: dict[Any, int] = {}
        for i in deeds:
            k = key_of(by_deed[i])
            counts[k] = counts.get(k, 0) + 1
        return [{"key": k, "label": label_of(k), "count": n} for k, n in sorted(counts.items(), key=lambda kv: str(kv[0]))]

    outcome_counts: dict[str, int] = {}
    for link in links:
        outcome_counts[link.outcome] = outcome_counts.get(link.outcome, 0) + 1
    by_level: dict[tuple[int, str], list[AwardFact]] = {}
    for a in awards:
        by_level.setdefault((a.year, a.level), []).append(a)
    award_rows = [{"year": y, "level": lvl, "level_label": codes.label("commendation_level", lvl), "count": len(items),
                   "amount": _money(a.amount for a in items), "paid": _money(a.amount for a in items if a.paid)}
                  for (y, lvl), items in sorted(by_level.items())]
    by_kind: dict[tuple[str, str], list[GuaranteeFact]] = {}
    for g in _guarantees(facts, base):
        by_kind.setdefault((g.kind, g.state), []).append(g)
    guarantees = [{"kind": k, "kind_label": codes.label("guarantee_kind", k), "state": st,
                   "state_label": codes.label("guarantee_state", st), "count": len(items),
                   "amount": _money(g.amount for g in items)} for (k, st), items in sorted(by_kind.items())]
    people = {link.person for link in links}
    totals = {
        "persons": facts.persons if not base else len(people),
        "deeds": len(deeds),
        "persons_in_deeds": len(people),
        "migrant_workers": len({link.person for link in links if link.migrant}),
        "awards": len(awards),
        "awards_to_migrant_workers": sum(1 for a in awards if a.migrant),
        "award_amount": _money(a.amount for a in awards),
        "award_paid": _money(a.amount for a in awards if a.paid),
    }
    return {
        "year_from": year_from, "year_to": year_to, "area": area,
        "filter": data["filter"], "title": data["title"], "years": data["years"],
        "totals": totals,
        "deeds_by_year": grouped(lambda d: d.year, str),
        "deeds_by_category": grouped(lambda d: d.category, lambda k: codes.label("deed_category", k)),
        "deeds_by_county": grouped(lambda d: d.division, _div_name),
        "outcomes": [{"key": k, "label": codes.label("outcome", k), "count": n} for k, n in sorted(outcome_counts.items())],
        "awards_by_year_level": award_rows,
        "guarantees": guarantees,
        "tables": data["tables"],
    }


def _caption(year_from, year_to, area) -> str:
    span = ("全部年度" if not (year_from or year_to) else
            f"{year_from or '最早'}—{year_to or '至今'}年" if year_from != year_to else f"{year_from}年")
    where = divisions.full_name(area) if area else "全部地区"
    return f"见义勇为工作统计（{where}，{span}）"


def _row_counts(facts: Facts, f: dict[str, Any]) -> dict[str, dict[str, Any]]:
    links = list(_links(facts, f))
    awards = list(_awards(facts, f))
    row = {
        "deeds": _cell(len(_deeds(facts, f)), {**f, "kind": "deed"}),
        "persons": _cell(len({link.person for link in links}), {**f, "kind": "person"}),
        "migrants": _cell(len({link.person for link in links if link.migrant}), {**f, "kind": "person", "migrant": True}),
    }
    for o in ("injured", "disabled", "died"):
        row[o] = _cell(len({link.person for link in links if link.outcome == o}), {**f, "kind": "person", "outcome": o})
    row["awards"] = _cell(len(awards), {**f, "kind": "award"})
    row["award_migrants"] = _cell(sum(1 for a in awards if a.migrant), {**f, "kind": "award", "migrant": True})
    row["amount"] = _cell(_money(a.amount for a in awards), {**f, "kind": "award"})
    row["paid"] = _cell(_money(a.amount for a in awards if a.paid), {**f, "kind": "award", "paid": True})
    return row


YEAR_COLUMNS = [("year", "年度", "text"), ("deeds", "事迹数（件）", "int"), ("persons", "见义勇为人员（人）", "int"),
                ("migrants", "其中外来务工人员", "int"), ("injured", "受伤", "int"), ("disabled", "致残", "int"),
                ("died", "牺牲", "int"), ("awards", "表彰奖励（人次）", "int"),
                ("award_migrants", "其中外来务工人员", "int"), ("amount", "奖励金额（元）", "money"),
                ("paid", "已发放（元）", "money")]


def _columns(spec) -> list[dict[str, str]]:
    return [{"key": k, "label": label, "kind": kind} for k, label, kind in spec]


def _by_year(facts: Facts, base: dict[str, Any], years: list[int]) -> dict[str, Any]:
    rows = []
    for y in years:
        f = {**base, "year": y}
        rows.append({"label": f"{y}年", "key": y, "cells": {"year": _cell(f"{y}年", None), **_row_counts(facts, f)}})
    total = {"label": "合计", "key": None, "total": True,
             "cells": {"year": _cell("合计", None), **_row_counts(facts, base)}}
    rows.append(total)
    return {"key": "by_year", "title": "按年度统计：事迹、人员、外来务工人员、表彰奖励和金额",
            "columns": _columns(YEAR_COLUMNS), "rows": rows}


def _by_category(facts: Facts, base: dict[str, Any], years: list[int]) -> dict[str, Any]:
    cols = [("category", "行为类别", "text")] + [(str(y), f"{y}年", "int") for y in years] + [("total", "合计", "int")]
    rows = []
    for entry in list(codes.entries("deed_category")) + [None]:
        cat = entry.code if entry else None
        cells = {"category": _cell(entry.zh if entry else "合计", None)}
        for y in years:
            f = {**base, "year": y, **({"category": cat} if cat else {})}
            cells[str(y)] = _cell(len(_deeds(facts, f)), {**f, "kind": "deed"})
        f = {**base, **({"category": cat} if cat else {})}
        cells["total"] = _cell(len(_deeds(facts, f)), {**f, "kind": "deed"})
        rows.append({"label": cells["category"]["value"], "key": cat, "cells": cells, "total": cat is None})
    return {"key": "by_category", "title": "按行为类别和年度统计事迹数（件）", "columns": _columns(cols), "rows": rows}


def _by_county(facts: Facts, base: dict[str, Any]) -> dict[str, Any]:
    cols = [("county", "县（市、区）", "text"), ("deeds", "事迹数（件）", "int"), ("persons", "人员（人）", "int"),
            ("migrants", "其中外来务工人员", "int"), ("died", "牺牲", "int"), ("awards", "表彰奖励（人次）", "int"),
            ("amount", "奖励金额（元）", "money")]
    in_filter = _deeds(facts, base)
    found = sorted({link.division for link in _links(facts, base)} |
                   {d.division for d in facts.deeds if d.id in in_filter})
    rows = []
    for code in found + [None]:
        f = {**base, **({"county": code} if code else {})}
        links = list(_links(facts, f))
        cells = {
            "county": _cell(_div_name(code) if code else "合计", None),
            "deeds": _cell(len(_deeds(facts, f)), {**f, "kind": "deed"}),
            "persons": _cell(len({link.person for link in links}), {**f, "kind": "person"}),
            "migrants": _cell(len({link.person for link in links if link.migrant}), {**f, "kind": "person", "migrant": True}),
            "died": _cell(len({link.person for link in links if link.outcome == "died"}),
                          {**f, "kind": "person", "outcome": "died"}),
        }
        awards = list(_awards(facts, f))
        cells["awards"] = _cell(len(awards), {**f, "kind": "award"})
        cells["amount"] = _cell(_money(a.amount for a in awards), {**f, "kind": "award"})
        rows.append({"label": cells["county"]["value"], "key": code, "cells": cells, "total": code is None})
    return {"key": "by_county", "title": "按县（市、区）统计（表彰奖励按受表彰人员的事迹发生地计）", "columns": _columns(cols), "rows": rows}


def _outcomes(facts: Facts, base: dict[str, Any]) -> dict[str, Any]:
    cols = [("outcome", "本人结果", "text"), ("persons", "人数（人）", "int"), ("migrants", "其中外来务工人员", "int")]
    rows = []
    for o in list(OUTCOMES) + [None]:
        f = {**base, **({"outcome": o} if o else {})}
        links = list(_links(facts, f))
        cells = {"outcome": _cell(codes.label("outcome", o) if o else "合计", None),
                 "persons": _cell(len({link.person for link in links}), {**f, "kind": "person"}),
                 "migrants": _cell(len({link.person for link in links if link.migrant}),
                                   {**f, "kind": "person", "migrant": True})}
        rows.append({"label": cells["outcome"]["value"], "key": o, "cells": cells, "total": o is None})
    return {"key": "outcomes", "title": "见义勇为人员伤亡情况（一人多次事迹按人计）", "columns": _columns(cols), "rows": rows}


def _honours(facts: Facts, base: dict[str, Any]) -> dict[str, Any]:
    cols = [("level", "表彰级别", "text"), ("awards", "表彰人次", "int"), ("migrants", "其中外来务工人员", "int"),
            ("amount", "奖励金额（元）", "money"), ("paid", "已发放（元）", "money")]
    rows = []
    for entry in list(codes.entries("commendation_level")) + [None]:
        lvl = entry.code if entry else None
        f = {**base, **({"level": lvl} if lvl else {})}
        awards = list(_awards(facts, f))
        cells = {"level": _cell(entry.zh if entry else "合计", None),
                 "awards": _cell(len(awards), {**f, "kind": "award"}),
                 "migrants": _cell(sum(1 for a in awards if a.migrant), {**f, "kind": "award", "migrant": True}),
                 "amount": _cell(_money(a.amount for a in awards), {**f, "kind": "award"}),
                 "paid": _cell(_money(a.amount for a in awards if a.paid), {**f, "kind": "award", "paid": True})}
        rows.append({"label": cells["level"]["value"], "key": lvl, "cells": cells, "total": lvl is None})
    return {"key": "honours", "title": "表彰奖励按级别统计（按表彰年度）", "columns": _columns(cols), "rows": rows}


def _guarantee_table(facts: Facts, base: dict[str, Any]) -> dict[str, Any]:
    states = list(codes.entries("guarantee_state"))
    cols = ([("kind", "保障事项", "text")] + [(s.code, s.zh, "int") for s in states] +
            [("total", "合计（项）", "int"), ("amount", "金额（元）", "money")])
    rows = []
    for entry in list(codes.entries("guarantee_kind")) + [None]:
        kind = entry.code if entry else None
        f = {**base, **({"guarantee_kind": kind} if kind else {})}
        items = list(_guarantees(facts, f))
        cells = {"kind": _cell(entry.zh if entry else "合计", None)}
        for s in states:
            cells[s.code] = _cell(sum(1 for g in items if g.state == s.code), {**f, "kind": "guarantee", "state": s.code})
        cells["total"] = _cell(len(items), {**f, "kind": "guarantee"})
        cells["amount"] = _cell(_money(g.amount for g in items), {**f, "kind": "guarantee"})
        if kind and not items:
            continue
        rows.append({"label": cells["kind"]["value"], "key": kind, "cells": cells, "total": kind is None})
    return {"key": "guarantees", "title": "优抚保障事项按类别和办理状态统计（按申请年度）",
            "columns": _columns(cols), "rows": rows}


def _div_name(code: str) -> str:
    d = divisions.get(code)
    return d.name if d else code


# each table's short name (its sheet in the Excel file, its tab in the GUI)
SHORT_NAMES = {"by_year": "按年度", "by_category": "按类别", "by_county": "按县市区", "outcomes": "伤亡情况",
               "honours": "表彰奖励", "guarantees": "优抚保障", "care_cases": "确认案件", "care_visits": "走访慰问",
               "care_fund": "基金收支", "care_guarantees": "保障事项分县"}

# the tables, in order: each builder takes (facts, base filter, years) and returns one table
TABLES = [
    lambda facts, base, years: _by_year(facts, base, years),
    lambda facts, base, years: _by_category(facts, base, years),
    lambda facts, base, years: _by_county(facts, base),
    lambda facts, base, years: _outcomes(facts, base),
    lambda facts, base, years: _honours(facts, base),
    lambda facts, base, years: _guarantee_table(facts, base),
]


# -- the records behind a number ----------------------------------------------------------------

RECORD_KIND = {"deed": "deed", "person": "person", "person_award": "person", "award": "award",
               "guarantee": "guarantee"}


def records_behind(ledger: Ledger, drill: dict[str, Any], *, limit: int = 5000) -> dict[str, Any]:
    """The records a number counts: {"kind" (for open_record), "columns", "rows", "count"}."""
    facts = _facts(ledger)
    ids = _ids(facts, drill)
    kind = drill["kind"]
    count = len(ids)
    ids = ids[:limit]
    with ledger.reading():
        if kind == "deed":
            cols = [("id", "编号"), ("occurred_on", "发生日期"), ("title", "事迹"), ("place", "地点"),
                    ("category_label", "类别"), ("division_name", "区划")]
            rows = []
            for d in _fetch(Deed, ids):
                item = to_dict(d)
                item["division_name"] = _div_name(d.division_code)
                rows.append(item)
            rows.sort(key=lambda r: (r["occurred_on"], r["id"]))
        elif kind in ("person", "person_award"):
            cols = [("id", "编号"), ("name", "姓名"), ("gender_label", "性别"), ("birth_date", "出生日期"),
                    ("migrant_text", "外来务工"), ("state_label", "状态"), ("employer", "工作单位")]
            rows = []
            for p in _fetch(Person, ids):
                item = to_dict(p)
                item["migrant_text"] = "是" if p.migrant_worker else "否"
                rows.append(item)
            rows.sort(key=lambda r: (r["name_pinyin"], r["id"]))
        elif kind == "award":
            cols = [("id", "编号"), ("year", "年度"), ("level_label", "级别"), ("person_name", "姓名"),
                    ("honour_title", "荣誉称号"), ("amount", "金额（元）"), ("payment_state_label", "发放状态")]
            rows = []
            q = (Award.select(Award, CommendationBatch, Person).join(CommendationBatch).switch(Award).join(Person)
                 .where(Award.id.in_(ids))) if ids else []
            for a in q:
                item = to_dict(a)
                item.update(year=a.batch.year, level_label=codes.label("commendation_level", a.batch.level),
                            person_name=a.person.name)
                rows.append(item)
            rows.sort(key=lambda r: (r["year"], r["id"]))
        else:
            cols = [("id", "编号"), ("person_name", "姓名"), ("kind_label", "保障事项"), ("state_label", "办理状态"),
                    ("amount", "金额（元）"), ("applied_on", "申请日期")]
            rows = []
            q = (GuaranteeItem.select(GuaranteeItem, Person).join(Person).where(GuaranteeItem.id.in_(ids))) if ids else []
            for g in q:
                item = to_dict(g)
                item["person_name"] = g.person.name
                rows.append(item)
            rows.sort(key=lambda r: r["id"])
    return {"kind": RECORD_KIND[kind], "columns": [{"key": k, "label": lbl} for k, lbl in cols],
            "rows": rows, "count": count, "title": describe(drill)}


def _fetch(model, ids: list[int]):
    out = []
    for start in range(0, len(ids), 500):
        out.extend(model.select().where(model.id.in_(ids[start:start + 500])))
    return out


def describe(drill: dict[str, Any]) -> str:
    """The filter behind a number in words, e.g. 2024年 外来务工人员 见义勇为人员."""
    parts = []
    if drill.get("year"):
        parts.append(f"{drill['year']}年")
    elif drill.get("year_from") or drill.get("year_to"):
        parts.append(f"{drill.get('year_from') or '最早'}—{drill.get('year_to') or '至今'}年")
    if drill.get("area"):
        parts.append(divisions.full_name(drill["area"]))
    if drill.get("county"):
        parts.append(_div_name(drill["county"]))
    if drill.get("category"):
        parts.append(codes.label("deed_category", drill["category"]))
    if drill.get("level"):
        parts.append(codes.label("commendation_level", drill["level"]) + "表彰")
    if drill.get("guarantee_kind"):
        parts.append(codes.label("guarantee_kind", drill["guarantee_kind"]))
    if drill.get("state"):
        parts.append(codes.label("guarantee_state", drill["state"]))
    if drill.get("outcome"):
        parts.append(codes.label("outcome", drill["outcome"]))
    if drill.get("migrant"):
        parts.append("外来务工人员")
    if drill.get("paid"):
        parts.append("已发放")
    what = {"deed": "事迹", "person": "见义勇为人员", "person_award": "受表彰人员", "award": "表彰奖励",
            "guarantee": "优抚保障事项"}.get(drill.get("kind", ""), "记录")
    return " ".join(parts + [what])


# -- xlsx ---------------------------------------------------------------------------------------

def write_xlsx(data: dict[str, Any], path) -> str:
    """All tables of `tables()` into one workbook, one sheet each, with real numbers."""
    from desktop.tabular.writer import INT, MONEY, TEXT, Column, XlsxWriter

    kinds = {"int": INT, "money": MONEY, "text": TEXT}
    w = XlsxWriter(path)
    names = SHORT_NAMES
    for t in data["tables"]:
        columns = [Column(c["key"], c["label"], kinds.get(c["kind"], TEXT)) for c in t["columns"]]
        rows = [{k: cell["value"] for k, cell in r["cells"].items()} for r in t["rows"]]
        w.sheet(names.get(t["key"], t["key"]), columns, rows, caption=f"{data['title']} — {t['title']}",
                printed=True)
    return str(w.save())

