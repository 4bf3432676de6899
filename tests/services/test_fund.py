"""The fund ledger (issue 16 item 1): money in and out, never below zero, reviewers approve
payouts, every entry audited; the report's balance is the sum of its entries."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys

import pytest

from desktop.domain.errors import NotAllowed, ValidationError
from desktop.services import accounts, awards, fund, persons
from desktop.store.models import AuditEntry, Award, FundEntry

PW = {"王管理": "admin-pass-1", "张三": "clerk-pass-1", "李四": "review-pass-1"}


def snapshot(ledger):
    with ledger.reading():
        return (list(FundEntry.select().tuples()), AuditEntry.select().count())


def test_income_and_payout_move_the_balance_in_fen(ledger):
    p = persons.create_person(ledger, {"name": "王喆"})
    a = fund.record_income(ledger, {"amount": "1,000.10", "on": "2026-01-05", "source": "某公司", "receipt_no": "J1"})
    b = fund.record_income(ledger, {"amount": "0.20", "on": "2026-01-06", "source": "区财政局", "kind": "allocation"})
    assert a["amount_fen"] == 100010 and b["amount_fen"] == 20 and b["receipt_no"].startswith("收2026-")
    out = fund.record_payout(ledger, {"amount": "1000.25", "on": "2026-02-01", "person": p["id"], "purpose": "慰问"})
    assert out["voucher_no"] == "付2026-0001" and out["approved_by"] == "测试员"
    r = fund.report(ledger, year=2026)
    assert (r["income_fen"], r["spending_fen"], r["balance_fen"]) == (100030, 100025, 5)
    assert r["balance"] == 0.05 and r["income"] == 1000.3  # JSON numbers in yuan, exact to the fen


def test_an_overdraft_is_refused_and_nothing_is_written(ledger):
    p = persons.create_person(ledger, {"name": "李堃"})
    fund.record_income(ledger, {"amount": "500", "on": "2026-03-01", "source": "捐赠人甲"})
    before = snapshot(ledger)
    with pytest.raises(ValidationError) as err:
        fund.record_payout(ledger, {"amount": "500.01", "on": "2026-03-02", "person": p["id"], "purpose": "救助"})
    assert "余额不足" in err.value.message and "500.00" in err.value.message and "\n" not in err.value.message
    assert snapshot(ledger) == before


def test_a_backdated_payout_may_not_overdraw_the_days_before_the_money_came(ledger):
    """Money that arrived in March cannot pay something dated February, even though the total would."""
    p = persons.create_person(ledger, {"name": "陈珺"})
    fund.record_income(ledger, {"amount": "100", "on": "2026-01-01", "source": "甲"})
    fund.record_income(ledger, {"amount": "900", "on": "2026-03-01", "source": "乙"})
    with pytest.raises(ValidationError, match="2026-02-01 可用余额 100.00"):
        fund.record_payout(ledger, {"amount": "200", "on": "2026-02-01", "person": p["id"], "purpose": "救助"})
    fund.record_payout(ledger, {"amount": "200", "on": "2026-03-01", "person": p["id"], "purpose": "救助"})
    # and a later payout still sees the running balance of every later day
    fund.record_payout(ledger, {"amount": "100", "on": "2026-01-15", "person": p["id"], "purpose": "救助"})
    with pytest.raises(ValidationError, match="余额不足"):
        fund.record_payout(ledger, {"amount": "1", "on": "2026-01-20", "person": p["id"], "purpose": "救助"})


def test_year_report_balance_is_opening_plus_the_years_entries(ledger):
    p = persons.create_person(ledger, {"name": "张玥"})
    fund.record_income(ledger, {"amount": "10000", "on": "2025-06-01", "source": "甲"})
    fund.record_payout(ledger, {"amount": "2500", "on": "2025-07-01", "person": p["id"], "purpose": "救助"})
    entries = [("in", "3000.50", "2026-01-02"), ("out", "1200", "2026-02-03"), ("in", "800", "2026-05-06"),
               ("out", "99.99", "2026-11-01")]
    for direction, amount, on in entries:
        if direction == "in":
            fund.record_income(ledger, {"amount": amount, "on": on, "source": "捐赠人"})
        else:
            fund.record_payout(ledger, {"amount": amount, "on": on, "person": p["id"], "purpose": "救助"})
    r = fund.report(ledger, year=2026)
    with ledger.reading():
        rows = list(FundEntry.select().where(FundEntry.entry_on >= dt.date(2026, 1, 1)))
    year_sum = sum(e.amount_fen if e.direction == "in" else -e.amount_fen for e in rows)
    assert r["opening_fen"] == 750000
    assert r["balance_fen"] == r["opening_fen"] + year_sum == r["opening_fen"] + r["income_fen"] - r["spending_fen"]
    assert {k["kind"]: k["count"] for k in r["income_by_kind"]} == {"donation": 2}
    whole = fund.report(ledger)
    assert whole["balance_fen"] == fund.balance_fen("330102") == r["balance_fen"]


def test_links_are_checked_and_an_award_paid_from_the_fund_is_marked_paid(ledger):
    p = persons.create_person(ledger, {"name": "周赟"})
    other = persons.create_person(ledger, {"name": "吴䶮"})
    spouse = persons.add_family_member(ledger, p["id"], {"name": "钱芳", "relation": "spouse"})
    b = awards.create_batch(ledger, {"title": "2026年度表彰", "level": "county", "year": "2026"})
    award = awards.add_award(ledger, b["id"], p["id"], {"honour_title": "见义勇为先进个人", "amount": "5000",
                                                        "payment_state": "approved"})
    fund.record_income(ledger, {"amount": "20000", "on": "2026-01-01", "source": "区财政局", "kind": "allocation"})
    with pytest.raises(ValidationError, match="不是“吴䶮”的家庭成员"):
        fund.record_payout(ledger, {"amount": "1", "on": "2026-02-01", "person": other["id"], "purpose": "x",
                                    "family": spouse["id"]})
    with pytest.raises(ValidationError, match="不是发给“吴䶮”"):
        fund.record_payout(ledger, {"amount": "1", "on": "2026-02-01", "person": other["id"], "purpose": "x",
                                    "award": award["id"]})
    e = fund.record_payout(ledger, {"amount": "5000", "on": "2026-02-01", "person": p["id"], "purpose": "奖励金",
                                    "award": award["id"], "family": spouse["id"]})
    assert e["kind"] == "award" and e["family_name"] == "钱芳"
    with ledger.reading():
        paid = Award.get_by_id(award["id"])
        assert paid.payment_state == "paid" and paid.paid_on == dt.date(2026, 2, 1)
    with pytest.raises(ValidationError, match="已发放"):
        fund.record_payout(ledger, {"amount": "5000", "on": "2026-02-02", "person": p["id"], "purpose": "奖励金",
                                    "award": award["id"]})


def test_bad_input_is_refused_in_chinese(ledger):
    p = persons.create_person(ledger, {"name": "刘昇"})
    for data, pattern in [({"amount": "-5", "on": "2026-01-01", "source": "甲"}, "不能为负数"),
                          ({"amount": "0", "on": "2026-01-01", "source": "甲"}, "应大于零"),
                          ({"amount": "abc", "on": "2026-01-01", "source": "甲"}, "不是有效金额"),
                          ({"amount": "5", "on": "2026-12-01", "source": "甲"}, "晚于今天"),
                          ({"amount": "5", "on": "2026-01-01"}, "来源"),
                          ({"amount": "5", "on": "2026-01-01", "source": "甲", "colour": "红"}, "没有名为“colour”")]:
        with pytest.raises(ValidationError, match=pattern):
            fund.record_income(ledger, data)
    fund.record_income(ledger, {"amount": "5", "on": "2026-01-01", "source": "甲", "receipt_no": "R-1"})
    with pytest.raises(ValidationError, match="已登记过"):
        fund.record_income(ledger, {"amount": "5", "on": "2026-01-02", "source": "乙", "receipt_no": "R-1"})
    with pytest.raises(ValidationError, match="用途"):
        fund.record_payout(ledger, {"amount": "1", "on": "2026-01-01", "person": p["id"]})


def test_clerks_record_income_and_only_reviewers_approve_payouts(ledger):
    accounts.create_first_admin(ledger, "王管理", PW["王管理"])
    accounts.login(ledger, "王管理", PW["王管理"])
    accounts.create_user(ledger, "张三", PW["张三"], "clerk")
    accounts.create_user(ledger, "李四", PW["李四"], "reviewer")
    p = persons.create_person(ledger, {"name": "郑伟"})
    ledger.user = None
    accounts.login(ledger, "张三", PW["张三"])
    fund.record_income(ledger, {"amount": "800", "on": "2026-01-01", "source": "甲"})
    before = snapshot(ledger)
    with pytest.raises(NotAllowed, match="录入员 张三）无权审批或登记奖励发放"):
        fund.record_payout(ledger, {"amount": "100", "on": "2026-02-01", "person": p["id"], "purpose": "救助"})
    assert snapshot(ledger) == before
    ledger.user = None
    accounts.login(ledger, "李四", PW["李四"])
    e = fund.record_payout(ledger, {"amount": "100", "on": "2026-02-01", "person": p["id"], "purpose": "救助"})
    assert e["approved_by"] == "李四"
    with ledger.reading():
        trail = [(a.actor, a.action, a.table) for a in AuditEntry.select().where(AuditEntry.table == "fund_entry")]
        changes = json.loads(AuditEntry.select().where(AuditEntry.record_uuid == e["uuid"]).get().changes)
    assert trail == [("张三", "create", "fund_entry"), ("李四", "create", "fund_entry")]
    assert changes["amount_fen"] == [None, 10000] and changes["approved_by"] == [None, "李四"]


def _cli(db, *args):
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    return subprocess.Popen([sys.executable, "-m", "desktop", "--db", db, *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, encoding="utf-8", env=env)


def test_two_payouts_at_once_cannot_both_spend_the_same_money(db_url):
    """Two processes each pay 600 of a balance of 1000: exactly one is written, on either engine."""
    from tests.conftest import _ledger

    ledger = _ledger(db_url)
    try:
        p = persons.create_person(ledger, {"name": "方卫"})
        fund.record_income(ledger, {"amount": "1000", "on": "2026-01-01", "source": "甲"})
    finally:
        ledger.close()
    today = dt.date.today().isoformat()
    procs = [_cli(db_url, "fund", "out", "amount=600", f"on={today}", f"person={p['id']}", "purpose=救助")
             for _ in range(2)]
    results = [(proc.wait(timeout=300), proc.stderr.read()) for proc in procs]
    codes = sorted(rc for rc, _ in results)
    assert codes == [0, 1], results
    assert "余额不足" in [err for rc, err in results if rc == 1][0]
    ledger = _ledger(db_url)
    try:
        assert fund.report(ledger)["balance_fen"] == 40000
    finally:
        ledger.close()


def test_the_command_line_exactly_as_the_issue_names_it(tmp_path):
    db = str(tmp_path / "t.db")

    def run(*args):
        p = _cli(db, *args)
        out, err = p.communicate(timeout=300)
        return p.returncode, out, err

    assert run("init", "--office-code", "330102", "--office-name", "上城区")[0] == 0
    rc, out, err = run("--json", "person", "add", "name=王喆")
    assert rc == 0, err
    pid = json.loads(out)["id"]
    rc, out, err = run("fund", "in", "amount=1200.50", "on=2026-01-03", "source=某企业", "receipt_no=J9", "kind=donation")
    assert rc == 0 and "1200.50" in out, err
    rc, out, err = run("fund", "out", "amount=200", "on=2026-01-04", f"person={pid}", "purpose=慰问金")
    assert rc == 0 and "凭证" in out, err
    rc, out, err = run("fund", "out", "amount=2000", "on=2026-01-05", f"person={pid}", "purpose=慰问金")
    assert rc == 1 and err.startswith("错误：基金余额不足") and err.count("\n") == 1
    rc, out, err = run("--json", "fund", "report", "--year", "2026", "--pdf", str(tmp_path / "r.pdf"),
                       "--xlsx", str(tmp_path / "r.xlsx"))
    data = json.loads(out)
    assert (data["income"], data["spending"], data["balance"]) == (1200.5, 200, 1000.5)
    assert all(isinstance(data[k], (int, float)) for k in ("income", "spending", "balance"))
    assert (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF")
    import openpyxl
    book = openpyxl.load_workbook(tmp_path / "r.xlsx")
    summary = {row[0]: row[1] for row in book["收支汇总"].iter_rows(min_row=3, values_only=True)}
    assert (summary["收入合计"], summary["支出合计"], summary["期末余额"]) == (1200.5, 200, 1000.5)
    assert book["收支明细"].max_row == 4  # caption, header, two entries
    rows = json.loads(run("--json", "fund", "list", "--year", "2026")[1])
    assert [r["direction"] for r in rows] == ["in", "out"]


def test_a_wrong_entry_is_cancelled_with_a_reason_and_spent_money_cannot_be(ledger):
    p = persons.create_person(ledger, {"name": "钱七"})
    b = awards.create_batch(ledger, {"title": "2026年度表彰", "level": "county", "year": "2026"})
    award = awards.add_award(ledger, b["id"], p["id"], {"honour_title": "见义勇为先进个人", "amount": "300",
                                                        "payment_state": "approved"})
    a = fund.record_income(ledger, {"amount": "500", "on": "2026-01-01", "source": "甲"})
    out = fund.record_payout(ledger, {"amount": "300", "on": "2026-01-02", "person": p["id"], "purpose": "奖励金",
                                      "award": award["id"]})
    with pytest.raises(ValidationError, match="理由"):
        fund.cancel_entry(ledger, out["id"], " ")
    with pytest.raises(ValidationError, match="可作废的最多 200.00 元"):
        fund.cancel_entry(ledger, a["id"], "录错金额")
    fund.cancel_entry(ledger, out["id"], "重复登记")
    with ledger.reading():
        assert Award.get_by_id(award["id"]).payment_state == "approved"
        assert FundEntry.get_by_id(out["id"]).deleted
        assert AuditEntry.select().where((AuditEntry.record_uuid == out["uuid"]) &
                                         (AuditEntry.action == "delete")).count() == 1
    assert fund.report(ledger)["balance_fen"] == 50000
    fund.cancel_entry(ledger, a["id"], "录错金额")
    assert fund.report(ledger)["balance_fen"] == 0 and fund.list_entries(ledger) == []
