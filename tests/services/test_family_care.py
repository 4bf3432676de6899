"""Medical advances, schedules, the death grant and the family checklist (issue 16 items 2-5),
and the seed's scenario walked end to end."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from desktop.domain import care as rules_care
from desktop.domain.errors import ValidationError
from desktop.domain.rules import load_rules
from desktop.services import agenda, care, deeds, demo, family_care, fund, medical, persons, schedules
from desktop.store.models import FundEntry, GuaranteeItem, MedicalCost, Person, SchedulePayment

DEED = {"title": "勇斗持刀歹徒", "occurred_on": "2025-05-20", "division_code": "330102", "place": "上城区某路",
        "category": "crime", "narrative": "……"}


def hero(ledger, name="王喆", state="deceased", deed=DEED):
    p = persons.create_person(ledger, {"name": name, "state": state, "birth_date": "1980-04-01"})
    deeds.record_deed(ledger, deed, [{"person_id": p["id"], "outcome": "died" if state == "deceased" else "disabled"}])
    return p


# -- the death grant ------------------------------------------------------------------------------------

def test_death_grant_follows_the_rule_with_the_previous_years_figure(ledger):
    p = hero(ledger)
    w = family_care.compute_grant(ledger, p["id"], "6,000")
    figure = load_rules()["death_grant"]["national_urban_disposable_income_yuan"]["2024"]
    assert w["death_year"] == 2025 and w["income_year"] == 2024
    assert w["final_fen"] == (figure * 20 + 6000 * 40) * 100
    assert any("× 20" in line for line in w["lines"]) and any("× 40" in line for line in w["lines"])
    assert "国办发〔2012〕39号" in w["lines"][0]


def test_a_year_without_a_published_figure_is_refused_not_guessed(ledger):
    rules = json.loads(json.dumps(load_rules()))
    del rules["death_grant"]["national_urban_disposable_income_yuan"]["2025"]
    with pytest.raises(ValidationError, match="没有2025年全国城镇居民人均可支配收入"):
        rules_care.death_grant(rules, 2026, 500000)
    # the 2026 figure is published in January 2027: a death this year in 2027 is refused until then
    assert "2026" not in load_rules()["death_grant"]["national_urban_disposable_income_yuan"]
    with pytest.raises(ValidationError, match="没有2026年"):
        rules_care.death_grant(load_rules(), 2027, 500000)


def test_the_wage_floor_and_an_override_with_its_reason(ledger):
    rules = json.loads(json.dumps(load_rules()))
    rules["death_grant"]["wage_floor_yuan"] = 3000
    w = rules_care.death_grant(rules, 2024, 200000)
    assert w.wage_used_fen == 300000 and "低于标准按 3,000.00 元计" in w.lines()[2]
    with pytest.raises(ValidationError, match="需要写明理由"):
        rules_care.death_grant(rules, 2024, 500000, override_fen=100, override_reason="  ")
    p = hero(ledger)
    g = family_care.record_grant(ledger, p["id"], "6000", amount="1300000", reason="经县政府常务会议研究决定")
    assert g["amount_fen"] == 130000000 and g["state"] == "granted"
    assert g["working"]["override_reason"] == "经县政府常务会议研究决定"
    assert g["working"]["amount_fen"] != g["working"]["final_fen"]
    with pytest.raises(ValidationError, match="grant"):
        care.update_guarantee(ledger, g["id"], {"amount": "1"})
    with pytest.raises(ValidationError, match="grant"):
        care.add_guarantee(ledger, p["id"], {"kind": "death_grant", "amount": "5"})


def test_only_the_dead_have_a_death_grant(ledger):
    p = hero(ledger, name="李堃", state="disabled")
    with pytest.raises(ValidationError, match="不是牺牲人员"):
        family_care.compute_grant(ledger, p["id"], "5000")


# -- medical costs ------------------------------------------------------------------------------------

def test_medical_advance_claim_and_recovery_leave_what_is_open(ledger):
    p = hero(ledger, name="陈珺", state="disabled")
    m = medical.record_cost(ledger, p["id"], {"total": "50000", "advanced": "32000.50", "advanced_by": "hospital",
                                              "responsible": "perpetrator", "responsible_name": "张某",
                                              "hospital": "市第一人民医院"})
    assert m["open_fen"] == 3200050 and m["advanced_by_label"].startswith("医疗机构")
    m = medical.claim(ledger, m["id"], "32000.50", "2026-06-01")
    assert m["claimed_fen"] == 3200050
    m = medical.recover(ledger, m["id"], "20000", "2026-07-01")
    assert (m["recovered_fen"], m["open_fen"]) == (2000000, 1200050)
    with pytest.raises(ValidationError, match="超过垫付"):
        medical.recover(ledger, m["id"], "12000.51", "2026-08-01")
    n = medical.record_cost(ledger, p["id"], {"advanced": "800", "advanced_by": "employer", "responsible": "none"})
    with pytest.raises(ValidationError, match="没有可追偿的责任方"):
        medical.claim(ledger, n["id"], "800", "2026-06-01")
    with pytest.raises(ValidationError, match="不能大于医疗费用总额"):
        medical.record_cost(ledger, p["id"], {"total": "10", "advanced": "20", "advanced_by": "fund"})
    t = medical.totals(ledger)
    assert t["open_fen"] == 1200050 + 80000 and t["by_payer"]["employer"]["advanced_fen"] == 80000
    assert [x["id"] for x in medical.list_costs(ledger, open_only=True)] == [m["id"], n["id"]]


def test_an_advance_by_the_fund_is_a_payout_and_what_is_recovered_returns_to_the_fund(ledger):
    p = hero(ledger, name="赵赟", state="disabled")
    with pytest.raises(ValidationError, match="余额不足"):
        medical.record_cost(ledger, p["id"], {"advanced": "5000", "advanced_by": "fund", "on": "2026-05-01",
                                              "responsible": "beneficiary", "responsible_name": "被救者李某"})
    with ledger.reading():
        assert MedicalCost.select().count() == 0
    fund.record_income(ledger, {"amount": "8000", "on": "2026-01-01", "source": "区财政局", "kind": "allocation"})
    m = medical.record_cost(ledger, p["id"], {"advanced": "5000", "advanced_by": "fund", "on": "2026-05-01",
                                              "responsible": "beneficiary", "responsible_name": "被救者李某"})
    assert m["fund_entry"]["kind"] == "medical" and fund.report(ledger)["balance_fen"] == 300000
    r = medical.recover(ledger, m["id"], "1200", "2026-09-01")
    assert r["fund_entry"]["kind"] == "recovery" and r["fund_entry"]["source"] == "被救者李某"
    assert fund.report(ledger)["balance_fen"] == 420000 and r["open_fen"] == 380000
    with pytest.raises(ValidationError, match="已有追回"):
        fund.cancel_entry(ledger, m["fund_entry"]["id"], "录错")


# -- schedules --------------------------------------------------------------------------------------------

def test_a_childs_pension_ends_on_the_18th_birthday_and_due_periods_reach_todo(ledger):
    p = hero(ledger)
    son = persons.add_family_member(ledger, p["id"], {"name": "王小明", "relation": "son", "birth_date": "2009-02-15"})
    s = schedules.create_schedule(ledger, p["id"], {"family": son["id"], "amount": "1200", "start": "2026-08-01",
                                                    "until_age": "18", "paid_by": "department"})
    assert s["end_on"] == dt.date(2027, 2, 15) and "年满18周岁" in s["end_reason"]
    # today is 2026-11-28: August to November have begun; December lies within the todo horizon
    assert s["due"] == ["2026-08-01", "2026-09-01", "2026-10-01", "2026-11-01"]
    todo = [i for i in agenda.agenda(ledger) if i["kind"] == "schedule_due"]
    assert len(todo) == 1 and "王小明" in todo[0]["text"] and "等5期" in todo[0]["text"]
    assert todo[0]["urgency"] == "overdue"
    for _ in range(5):
        schedules.record_payment(ledger, s["id"], {"on": "2026-11-28"})
    assert not [i for i in agenda.agenda(ledger) if i["kind"] == "schedule_due"]
    with ledger.reading():
        periods = [x.period_on for x in SchedulePayment.select().order_by(SchedulePayment.period_on)]
    assert periods[-1] == dt.date(2026, 12, 1) and len(set(periods)) == 5
    with pytest.raises(ValidationError, match="已经发放过"):
        schedules.record_payment(ledger, s["id"], {"period": "2026-09-01"})
    with pytest.raises(ValidationError, match="不是该计划的期次"):
        schedules.record_payment(ledger, s["id"], {"period": "2027-03-01", "on": "2026-11-28"})


def test_a_schedule_paid_by_the_fund_pays_through_the_fund_and_respects_its_balance(ledger):
    p = hero(ledger)
    wife = persons.add_family_member(ledger, p["id"], {"name": "汪芳", "relation": "spouse"})
    s = schedules.create_schedule(ledger, p["id"], {"family": wife["id"], "amount": "1500", "start": "2026-10-01",
                                                    "period": "month", "end": "2030-01-01"})
    with pytest.raises(ValidationError, match="余额不足"):
        schedules.record_payment(ledger, s["id"], {"on": "2026-11-01"})
    with ledger.reading():
        assert SchedulePayment.select().count() == 0 and FundEntry.select().count() == 0
    fund.record_income(ledger, {"amount": "2000", "on": "2026-09-01", "source": "区财政局", "kind": "allocation"})
    paid = schedules.record_payment(ledger, s["id"], {"on": "2026-11-01"})
    assert paid["fund_entry"]["family_id"] == wife["id"] and paid["fund_entry"]["kind"] == "pension"
    assert fund.report(ledger)["balance_fen"] == 50000
    with pytest.raises(ValidationError, match="余额不足"):
        schedules.record_payment(ledger, s["id"], {"on": "2026-11-02"})
    # a payment cancelled in the fund is unpaid again
    fund.cancel_entry(ledger, paid["fund_entry"]["id"], "发放账户有误，退回")
    assert schedules.list_schedules(ledger)[0]["due"][0] == "2026-10-01"
    with pytest.raises(ValidationError, match="只能填一个"):
        schedules.create_schedule(ledger, p["id"], {"amount": "1", "start": "2026-01-01", "end": "2027-01-01",
                                                    "until_age": "18"})
    with pytest.raises(ValidationError, match="没有登记出生日期"):
        schedules.create_schedule(ledger, p["id"], {"family": wife["id"], "amount": "1", "start": "2026-01-01",
                                                    "until_age": "60"})


def test_periods_and_birthdays():
    assert rules_care.add_months(dt.date(2026, 1, 31), 1) == dt.date(2026, 2, 28)
    assert rules_care.birthday(dt.date(2008, 2, 29), 18) == dt.date(2026, 3, 1)
    assert rules_care.periods(dt.date(2026, 1, 1), dt.date(2026, 7, 1), "quarter", dt.date(2030, 1, 1)) == [
        dt.date(2026, 1, 1), dt.date(2026, 4, 1)]


# -- family items and the checklist ---------------------------------------------------------------------

def test_guarantee_items_attach_to_the_family_member_they_concern(ledger):
    p = hero(ledger)
    other = hero(ledger, name="刘昇")
    son = persons.add_family_member(ledger, p["id"], {"name": "王小明", "relation": "son"})
    g = care.add_guarantee(ledger, p["id"], {"kind": "schooling", "family": son["id"], "state": "processing"})
    assert g["family_id"] == son["id"]
    with pytest.raises(ValidationError, match="不是“刘昇”的家庭成员"):
        care.add_guarantee(ledger, other["id"], {"kind": "schooling", "family": son["id"]})
    c = family_care.checklist(ledger, p["id"])
    line = next(i for i in c["items"] if i["key"] == "schooling")
    assert line["family"] == ["王小明"] and line["state"] == "processing" and not line["settled"]
    assert not c["complete"]


def test_the_seeds_scenario_families_of_the_dead_complete_and_the_fund_adds_up(sqlite_ledger):
    """Demo data: every hero who died gets the grant computed and paid from the fund, every line of
    the checklist settled; the fund's year reports a balance equal to the sum of its entries."""
    ledger = sqlite_ledger
    demo.generate(ledger, 60)
    with ledger.reading():
        dead = [p.id for p in Person.select().where(Person.state == "deceased").order_by(Person.id)]
    assert len(dead) >= 2
    fund.record_income(ledger, {"amount": "3000万", "on": "2026-01-10", "source": "区财政局", "kind": "allocation"})
    fund.record_income(ledger, {"amount": "50万", "on": "2026-02-01", "source": "某企业", "receipt_no": "JZ-1"})
    grants = 0
    for pid in dead:
        before = family_care.checklist(ledger, pid)
        assert not before["complete"]  # the demo leaves things to do
        g = family_care.record_grant(ledger, pid, "6500")
        assert g["working"]["lines"] and g["open_fen"] == g["amount_fen"] > 0
        family = persons.person_overview(ledger, pid)["family"]
        fund.record_payout(ledger, {"amount": str(g["amount"]), "on": "2026-03-01", "person": pid,
                                    "guarantee": g["id"], "purpose": "一次性抚恤金",
                                    **({"family": family[0]["id"]} if family else {})})
        grants += g["amount_fen"]
        with pytest.raises(ValidationError, match="超出核定金额"):
            fund.record_payout(ledger, {"amount": "1", "on": "2026-03-02", "person": pid, "guarantee": g["id"],
                                        "purpose": "一次性抚恤金"})
        for line in family_care.checklist(ledger, pid)["items"]:
            if line["settled"]:
                continue
            if line["key"] == "visits":
                care.add_visit(ledger, pid, {"visited_on": "2026-02-01", "occasion": "spring_festival",
                                             "unit": "区见义勇为基金会"})
            elif line["key"] == "pension" and family:
                schedules.create_schedule(ledger, pid, {"family": family[0]["id"], "amount": "1500",
                                                        "start": "2026-12-01", "end": "2036-12-01"})
            elif line["key"] == "housing":
                family_care.mark_not_applicable(ledger, pid, "housing", "家属已有自有住房")
            else:
                kind = {"assessment": "martyr", "pension": "pension"}.get(line["key"], line["key"])
                with ledger.reading():
                    open_items = list(GuaranteeItem.select().where(
                        (GuaranteeItem.person == pid) & (GuaranteeItem.kind == kind) & (GuaranteeItem.deleted == False)))  # noqa: E712
                if open_items:
                    care.update_guarantee(ledger, open_items[0].id, {"state": "granted", "decided_on": "2026-11-28"})
                else:
                    care.add_guarantee(ledger, pid, {"kind": kind, "state": "granted", "decided_on": "2026-06-01"})
        after = family_care.checklist(ledger, pid)
        assert after["complete"], [i for i in after["items"] if not i["settled"]]
        assert next(i for i in after["items"] if i["key"] == "death_grant")["state"] == "paid"
    r = fund.report(ledger, year=2026)
    with ledger.reading():
        entries = list(FundEntry.select())
    assert r["spending_fen"] == grants
    assert r["balance_fen"] == sum(e.amount_fen if e.direction == "in" else -e.amount_fen for e in entries)
    assert r["balance_fen"] == 3050000000 - grants
