"""The fund's yearly report and a family's checklist as printed sheets (issue 16): plain data in,
every figure and name on the page, the rare characters drawn, long ledgers over several pages."""

from __future__ import annotations

import datetime as dt

from desktop.letters import care_print
from desktop.letters.fonts import shipped_fonts
from tests.letters.conftest import needs_poppler, pdf_text


def _report(entries):
    income = sum(e["amount_fen"] for e in entries if e["direction"] == "in")
    spending = sum(e["amount_fen"] for e in entries if e["direction"] == "out")
    return {"title": "上城区见义勇为基金2026年度收支情况", "year": 2026, "opening_fen": 123456,
            "income_fen": income, "spending_fen": spending, "balance_fen": 123456 + income - spending,
            "income_by_kind": [{"label": "社会捐赠", "count": 1, "amount_fen": income}],
            "spending_by_kind": [{"label": "一次性抚恤金", "count": len(entries) - 1, "amount_fen": spending}],
            "entries": entries, "printed_on": dt.date(2026, 11, 28)}


@needs_poppler
def test_fund_report_shows_totals_running_balance_and_names(tmp_path):
    entries = [{"on": dt.date(2026, 1, 5), "direction": "in", "kind_label": "社会捐赠", "amount_fen": 500000000,
                "party": "某企业", "purpose": "", "number": "J1"},
               {"on": dt.date(2026, 3, 1), "direction": "out", "kind_label": "一次性抚恤金", "amount_fen": 129642000,
                "party": "周䶮", "purpose": "一次性抚恤金", "number": "付2026-0001"}]
    path = tmp_path / "r.pdf"
    pages = care_print.render_fund_report(_report(entries), path, fonts=shipped_fonts())
    text = pdf_text(path)
    assert pages == 1
    for expected in ("2026年度收支情况", "1,234.56", "5,000,000.00", "1,296,420.00", "3,704,814.56", "周䶮",
                     "付2026-0001", "期末余额"):
        assert expected in text, expected


@needs_poppler
def test_a_long_ledger_runs_over_pages_with_its_header_repeated(tmp_path):
    entries = [{"on": dt.date(2026, 1, 1), "direction": "in", "kind_label": "社会捐赠", "amount_fen": 10 ** 9,
                "party": "甲", "purpose": "", "number": "J0"}]
    entries += [{"on": dt.date(2026, 2, 1), "direction": "out", "kind_label": "困难救助", "amount_fen": 100,
                 "party": f"人员{i}", "purpose": "救助", "number": f"付-{i}"} for i in range(120)]
    path = tmp_path / "long.pdf"
    pages = care_print.render_fund_report(_report(entries), path, fonts=shipped_fonts())
    assert pages >= 3
    last = pdf_text(path, first=pages, last=pages)
    assert "收据/凭证" in last and "人员119" in last and "人员0\n" not in last
    assert f"—{pages}—" in "".join(last.split())


@needs_poppler
def test_checklist_sheet_lists_each_item_with_its_state_and_the_working(tmp_path):
    data = {"person": {"name": "吴𠮷", "state_label": "牺牲"}, "office_name": "上城区见义勇为协会",
            "printed_on": dt.date(2026, 11, 28),
            "family": [{"name": "李堃", "relation_label": "配偶", "birth_date": "1986-03-12", "dependant": False}],
            "items": [{"label": "一次性抚恤金", "state_label": "已发放", "settled": True, "family": ["李堃"],
                       "details": ["核定 1,296,420.00 元"]},
                      {"label": "住房保障", "state_label": "未办理", "settled": False, "family": [], "details": []}],
            "complete": False, "grant": {"lines": ["依据：国办发〔2012〕39号", "合计：1,296,420.00 元"]}}
    path = tmp_path / "c.pdf"
    assert care_print.render_checklist(data, path, fonts=shipped_fonts()) == 1
    text = pdf_text(path)
    for expected in ("吴𠮷（牺牲）家属保障落实情况表", "李堃", "已发放", "未办理", "尚有 1 项待办", "国办发〔2012〕39号"):
        assert expected in text, expected
