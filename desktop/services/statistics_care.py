"""Statistical tables of casework and care (issue 16), by year and county-level unit.

Self-contained table builders that services/statistics.py appends to its tables (tables() and
summary()), so the CLI, the Excel file and the GUI show them. Each returns a table in the shape
statistics.tables() uses — {"key", "title", "columns": [{"key", "label", "kind"}], "rows":
[{"label", "key", "cells": {column: {"value", "drill"}}, "total"}]} — with `drill` None (these
numbers do not open record lists yet). Money values are yuan text with two decimals ("1234.50"),
computed from integer fen.

Filters (all optional): year_from, year_to, area (a county, city or province code; a city or
province takes every county under it).

Which county a number belongs to:
  cases      — where the deed happened (deed.division_code), by the year the case was received
               (received), decided (decided, confirmed, on time);
  visits, fund entries, guarantee items — the office that recorded them (origin), by the year of
               the visit, of the entry, or of the application (applied_on, else created).
A case is "decided on time" when its decision date is on or before its decision deadline
(domain.deadlines.decision_due: acceptance + the rules' days, with the extensions it had).

    care_tables(ledger, year_from=2025, year_to=2026, area="330100") -> list of the four tables
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from desktop.domain import codes, deadlines, divisions
from desktop.domain.care import yuan
from desktop.services.ledger import Ledger
from desktop.store.db import as_tuples
from desktop.store.models import ConfirmationCase, Deed, FundEntry, GuaranteeItem, Visit


def _in_area(code: str | None, area: str | None) -> bool:
    if not area:
        return True
    if not code:
        return False
    if area.endswith("0000"):
        return code[:2] == area[:2]
    if area.endswith("00"):
        return code[:4] == area[:4]
    return code == area


def _year_ok(year: int | None, year_from: int | None, year_to: int | None) -> bool:
    if year is None:
        return not (year_from or year_to)
    return (not year_from or year >= year_from) and (not year_to or year <= year_to)


def _county_name(code: str | None) -> str:
    if not code:
        return "未知"
    d = divisions.get(code)
    return d.name if d else code


def _cell(value: Any) -> dict[str, Any]:
    return {"value": value, "drill": None}


def _columns(spec: Iterable[tuple[str, str, str]]) -> list[dict[str, str]]:
    return [{"key": k, "label": label, "kind": kind} for k, label, kind in spec]


def _money(fen: int) -> str:
    return str(yuan(fen))


def _rows(groups: dict[tuple[int | None, str | None], dict[str, Any]], columns: list[str],
          money: set[str] | frozenset[str] = frozenset()) -> list[dict[str, Any]]:
    """One row per (year, county), sorted, then the total row."""
    rows = []
    total: dict[str, int] = defaultdict(int)
    for (year, county) in sorted(groups, key=lambda k: (k[0] or 0, k[1] or "")):
        values = groups[(year, county)]
        cells = {"year": _cell(f"{year}年" if year else "未填"), "county": _cell(_county_name(county))}
        for c in columns:
            v = values.get(c, 0)
            total[c] += v
            cells[c] = _cell(_money(v) if c in money else v)
        rows.append({"label": f"{cells['year']['value']} {cells['county']['value']}", "key": [year, county],
                     "cells": cells, "total": False})
    cells = {"year": _cell("合计"), "county": _cell("")}
    cells.update({c: _cell(_money(total[c]) if c in money else total[c]) for c in columns})
    rows.append({"label": "合计", "key": None, "cells": cells, "total": True})
    return rows


def cases_table(ledger: Ledger, *, year_from: int | None = None, year_to: int | None = None,
                area: str | None = None) -> dict[str, Any]:
    """Cases received, decided, confirmed and decided on time, by year and county of the deed."""
    groups: dict[tuple[int | None, str | None], dict[str, int]] = defaultdict(lambda: defaultdict(int))
    with ledger.reading():
        q = (ConfirmationCase.select(ConfirmationCase.received_on, ConfirmationCase.accepted_on,
                                     ConfirmationCase.extensions, ConfirmationCase.decision,
                                     ConfirmationCase.decision_date, Deed.division_code)
             .join(Deed).where(ConfirmationCase.deleted == False).tuples())  # noqa: E712
        for received, accepted, extensions, decision, decided_on, county in as_tuples(q):
            if not _in_area(county, area):
                continue
            if received and _year_ok(received.year, year_from, year_to):
                groups[(received.year, county)]["received"] += 1
            if decided_on and decision and _year_ok(decided_on.year, year_from, year_to):
                g = groups[(decided_on.year, county)]
                g["decided"] += 1
                g["confirmed"] += decision == "confirmed"
                if accepted and decided_on <= deadlines.decision_due(accepted, extensions or 0):
                    g["on_time"] += 1
    cols = ["received", "decided", "confirmed", "on_time"]
    return {"key": "care_cases", "title": "确认案件办理情况（按事迹发生地、收到或决定年度）",
            "columns": _columns([("year", "年度", "text"), ("county", "县（市、区）", "text"),
                                 ("received", "收到（件）", "int"), ("decided", "作出决定（件）", "int"),
                                 ("confirmed", "其中确认（件）", "int"), ("on_time", "按期决定（件）", "int")]),
            "rows": _rows(groups, cols)}


def visits_table(ledger: Ledger, *, year_from: int | None = None, year_to: int | None = None,
                 area: str | None = None) -> dict[str, Any]:
    """Visits made, people visited and money given, by year and recording office."""
    groups: dict[tuple[int | None, str | None], dict[str, Any]] = defaultdict(lambda: defaultdict(int))
    people: dict[tuple[int | None, str | None], set[int]] = defaultdict(set)
    with ledger.reading():
        q = Visit.select(Visit.visited_on, Visit.origin, Visit.person, Visit.amount).where(
            Visit.deleted == False).tuples()  # noqa: E712
        for on, origin, person, amount in as_tuples(q):
            if not (_in_area(origin, area) and _year_ok(on.year, year_from, year_to)):
                continue
            key = (on.year, origin)
            groups[key]["visits"] += 1
            groups[key]["amount"] += int((amount or 0) * 100)
            people[key].add(person)
    for key, who in people.items():
        groups[key]["persons"] = len(who)
    cols = ["visits", "persons", "amount"]
    return {"key": "care_visits", "title": "走访慰问情况（按走访年度、登记单位）",
            "columns": _columns([("year", "年度", "text"), ("county", "县（市、区）", "text"),
                                 ("visits", "走访（次）", "int"), ("persons", "走访人员（人）", "int"),
                                 ("amount", "慰问金额（元）", "money")]),
            "rows": _rows(groups, cols, {"amount"})}


def fund_table(ledger: Ledger, *, year_from: int | None = None, year_to: int | None = None,
               area: str | None = None) -> dict[str, Any]:
    """Fund income and spending (and the year's net), by year and the office whose fund it is."""
    groups: dict[tuple[int | None, str | None], dict[str, int]] = defaultdict(lambda: defaultdict(int))
    with ledger.reading():
        q = FundEntry.select(FundEntry.entry_on, FundEntry.origin, FundEntry.direction, FundEntry.amount_fen).where(
            FundEntry.deleted == False).tuples()  # noqa: E712
        for on, origin, direction, fen in as_tuples(q):
            if not (_in_area(origin, area) and _year_ok(on.year, year_from, year_to)):
                continue
            g = groups[(on.year, origin)]
            g["income" if direction == "in" else "spending"] += int(fen)
            g["net"] += int(fen) if direction == "in" else -int(fen)
    cols = ["income", "spending", "net"]
    return {"key": "care_fund", "title": "见义勇为基金收支（按年度、单位）",
            "columns": _columns([("year", "年度", "text"), ("county", "县（市、区）", "text"),
                                 ("income", "收入（元）", "money"), ("spending", "支出（元）", "money"),
                                 ("net", "收支差额（元）", "money")]),
            "rows": _rows(groups, cols, set(cols))}


def guarantees_table(ledger: Ledger, *, year_from: int | None = None, year_to: int | None = None,
                     area: str | None = None) -> dict[str, Any]:
    """Guarantee items by kind and state, by year (of application) and recording office."""
    states = [s.code for s in codes.entries("guarantee_state")]
    groups: dict[tuple[int | None, str | None, str], dict[str, int]] = defaultdict(lambda: defaultdict(int))
    with ledger.reading():
        q = GuaranteeItem.select(GuaranteeItem.applied_on, GuaranteeItem.created_at, GuaranteeItem.origin,
                                 GuaranteeItem.kind, GuaranteeItem.state).where(
            GuaranteeItem.deleted == False).tuples()  # noqa: E712
        for applied, created, origin, kind, state in as_tuples(q):
            day = applied or (created.date() if isinstance(created, dt.datetime) else created)
            year = day.year if day else None
            if not (_in_area(origin, area) and _year_ok(year, year_from, year_to)):
                continue
            g = groups[(year, origin, kind)]
            g[state] += 1
            g["total"] += 1
    rows = []
    totals: dict[str, int] = defaultdict(int)
    order = {c.code: i for i, c in enumerate(codes.entries("guarantee_kind"))}
    for (year, county, kind) in sorted(groups, key=lambda k: (k[0] or 0, k[1] or "", order.get(k[2], 99))):
        g = groups[(year, county, kind)]
        cells = {"year": _cell(f"{year}年" if year else "未填"), "county": _cell(_county_name(county)),
                 "kind": _cell(codes.label("guarantee_kind", kind))}
        for s in states + ["total"]:
            cells[s] = _cell(g.get(s, 0))
            totals[s] += g.get(s, 0)
        rows.append({"label": f"{cells['year']['value']} {cells['county']['value']} {cells['kind']['value']}",
                     "key": [year, county, kind], "cells": cells, "total": False})
    cells = {"year": _cell("合计"), "county": _cell(""), "kind": _cell("")}
    cells.update({s: _cell(totals[s]) for s in states + ["total"]})
    rows.append({"label": "合计", "key": None, "cells": cells, "total": True})
    cols = ([("year", "年度", "text"), ("county", "县（市、区）", "text"), ("kind", "保障事项", "text")] +
            [(s.code, s.zh, "int") for s in codes.entries("guarantee_state")] + [("total", "合计（项）", "int")])
    return {"key": "care_guarantees", "title": "优抚保障事项按类别和办理状态（按申请年度、登记单位）",
            "columns": _columns(cols), "rows": rows}


def care_tables(ledger: Ledger, *, year_from: int | None = None, year_to: int | None = None,
                area: str | None = None) -> list[dict[str, Any]]:
    """All four tables for one filter, in reading order."""
    kw = {"year_from": year_from, "year_to": year_to, "area": area}
    return [cases_table(ledger, **kw), visits_table(ledger, **kw), fund_table(ledger, **kw),
            guarantees_table(ledger, **kw)]
