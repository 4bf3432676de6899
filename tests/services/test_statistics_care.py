"""Statistics of casework and care by year and county (issue 16 item 6): each number is checked
against records made for the purpose, in two counties and two years."""

from __future__ import annotations

import datetime as dt

from desktop.services import care as care_service
from desktop.services import cases, deeds, fund, persons, statistics_care
from desktop.store.models import ConfirmationCase

DEED = {"title": "勇斗歹徒", "division_code": "330102", "place": "某路", "category": "crime"}


def _case(ledger, county, received, decided=None, confirm=True, late=False):
    p = persons.create_person(ledger, {"name": "赵六"})
    d = deeds.record_deed(ledger, dict(DEED, division_code=county, occurred_on=received),
                          [{"person_id": p["id"], "outcome": "injured"}])
    c = cases.open_case(ledger, d["id"], {"source": "police", "received_on": received})
    if decided:  # set the decision facts directly: the workflow is another issue's; the table reads facts
        with ledger.atomic() as w:
            rec = ConfirmationCase.get_by_id(c["id"])
            accepted = dt.date.fromisoformat(received)
            w.update(rec, {"accepted_on": accepted, "decision": "confirmed" if confirm else "not_confirmed",
                           "decision_date": accepted + dt.timedelta(days=45 if late else 20), "state": "closed"})
    return p


def _values(table):
    return {tuple(r["key"]) if r["key"] else None: {k: c["value"] for k, c in r["cells"].items()} for r in table["rows"]}


def test_cases_by_year_and_county_count_received_decided_confirmed_on_time(ledger):
    _case(ledger, "330102", "2025-03-01", decided=True)
    _case(ledger, "330102", "2025-04-01", decided=True, late=True)
    _case(ledger, "330102", "2025-12-20", decided=True, confirm=False)  # decided in 2026
    _case(ledger, "330106", "2026-02-01")
    t = _values(statistics_care.cases_table(ledger))
    assert t[(2025, "330102")] == {"year": "2025年", "county": "上城区", "received": 3, "decided": 2,
                                   "confirmed": 2, "on_time": 1}
    assert t[(2026, "330102")]["decided"] == 1 and t[(2026, "330102")]["confirmed"] == 0
    assert t[(2026, "330106")]["received"] == 1 and t[(2026, "330106")]["county"] == "西湖区"
    assert t[None]["received"] == 4 and t[None]["on_time"] == 2
    only = _values(statistics_care.cases_table(ledger, year_from=2026, area="330106"))
    assert set(only) == {(2026, "330106"), None}


def test_visits_fund_and_guarantees_by_year_and_office(ledger):
    p = persons.create_person(ledger, {"name": "王喆", "state": "deceased"})
    q = persons.create_person(ledger, {"name": "李堃", "state": "disabled"})
    care_service.add_visit(ledger, p["id"], {"visited_on": "2025-01-20", "amount": "2000"})
    care_service.add_visit(ledger, p["id"], {"visited_on": "2026-02-01", "amount": "1500.5"})
    care_service.add_visit(ledger, q["id"], {"visited_on": "2026-02-02"})
    fund.record_income(ledger, {"amount": "10000", "on": "2025-05-01", "source": "甲"})
    fund.record_income(ledger, {"amount": "500", "on": "2026-05-01", "source": "乙"})
    fund.record_payout(ledger, {"amount": "3000.25", "on": "2026-06-01", "person": p["id"], "purpose": "救助"})
    care_service.add_guarantee(ledger, p["id"], {"kind": "schooling", "state": "granted", "applied_on": "2026-03-01"})
    care_service.add_guarantee(ledger, q["id"], {"kind": "schooling", "state": "applied", "applied_on": "2026-04-01"})
    care_service.add_guarantee(ledger, q["id"], {"kind": "housing", "state": "applied", "applied_on": "2025-04-01"})
    v = _values(statistics_care.visits_table(ledger))
    assert v[(2026, "330102")] == {"year": "2026年", "county": "上城区", "visits": 2, "persons": 2, "amount": "1500.50"}
    assert v[None]["visits"] == 3 and v[None]["amount"] == "3500.50"
    f = _values(statistics_care.fund_table(ledger))
    assert f[(2025, "330102")]["income"] == "10000.00"
    assert f[(2026, "330102")] == {"year": "2026年", "county": "上城区", "income": "500.00", "spending": "3000.25",
                                   "net": "-2500.25"}
    assert f[None]["net"] == "7499.75" == str(fund.report(ledger)["balance"])
    g = _values(statistics_care.guarantees_table(ledger, year_from=2026))
    row = g[(2026, "330102", "schooling")]
    assert (row["granted"], row["applied"], row["total"], row["kind"]) == (1, 1, 2, "子女教育")
    assert g[None]["total"] == 2
    assert [t["key"] for t in statistics_care.care_tables(ledger)] == ["care_cases", "care_visits", "care_fund",
                                                                        "care_guarantees"]
    assert _values(statistics_care.fund_table(ledger, area="330100"))[None]["income"] == "10500.00"
    assert _values(statistics_care.fund_table(ledger, area="330200"))[None]["income"] == "0.00"
