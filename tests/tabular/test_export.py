"""Exporting tables to .xlsx: real dates and numbers, ID numbers as text, frozen header, widths."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from decimal import Decimal

import openpyxl

from desktop.services import demo, persons
from desktop.services.table_export import export_query, export_rows
from desktop.tabular.writer import DATE, IDTEXT, MONEY, Column
from tests.tabular.messy import ID_A


def test_export_rows_types_and_layout(tmp_path):
    path = tmp_path / "t.xlsx"
    n = export_rows(path, [Column("name", "姓名"), Column("id", "身份证号", IDTEXT), Column("on", "日期", DATE),
                           Column("amount", "金额（元）", MONEY)],
                    [{"name": "张三", "id": ID_A, "on": dt.date(2021, 3, 5), "amount": Decimal("5000.50")},
                     ["李四", "33010219900101123X", "2022-01-02", "100"]])
    assert n == 2
    ws = openpyxl.load_workbook(path).active
    assert ws.freeze_panes == "A2"
    assert [c.value for c in ws[1]] == ["姓名", "身份证号", "日期", "金额（元）"]
    assert ws["B2"].value == ID_A and ws["B2"].data_type == "s" and ws["B2"].number_format == "@"
    assert ws["C2"].value == dt.datetime(2021, 3, 5) and ws["C2"].number_format == "yyyy-mm-dd"
    assert ws["D2"].value == 5000.5 and ws["D3"].value == 100
    assert ws["C3"].value == dt.datetime(2022, 1, 2)
    assert ws.column_dimensions["B"].width >= 18  # fits the ID number


def test_control_characters_a_workbook_cannot_hold_are_marked_not_fatal(sqlite_ledger, tmp_path):
    """A ledger may hold U+001B and the like (typed or received); Excel cannot: the export marks
    each with U+FFFD and goes on, instead of failing the whole file."""
    persons.create_person(sqlite_ledger, {"name": "张三", "employer": "转义\x1b公司\x07"})
    n = export_query(sqlite_ledger, "person", tmp_path / "p.xlsx", "张三", {})
    ws = openpyxl.load_workbook(tmp_path / "p.xlsx").active
    assert n == 1
    assert "转义\ufffd公司\ufffd" in [c.value for c in ws[2]]


def test_export_query_as_filtered(sqlite_ledger, tmp_path):
    demo.generate(sqlite_ledger, 60)
    persons.create_person(sqlite_ledger, {"name": "张三", "id_number": ID_A, "migrant_worker": True})
    n = export_query(sqlite_ledger, "person", tmp_path / "p.xlsx", "", {"migrant_worker": True})
    ws = openpyxl.load_workbook(tmp_path / "p.xlsx").active
    assert ws.max_row == n + 1 and n >= 2
    assert all(r[7] == "是" for r in ws.iter_rows(min_row=2, values_only=True))
    n = export_query(sqlite_ledger, "person", tmp_path / "z.xlsx", "张三", None,
                     [("name", "姓名"), ("id_number", "证件号码"), ("birth_date", "出生日期")])
    ws = openpyxl.load_workbook(tmp_path / "z.xlsx").active
    masked = f"{ID_A[:4]}{'*' * 10}{ID_A[-4:]}"
    row = [r for r in ws.iter_rows(min_row=2, values_only=True) if r[1] == masked][0]  # masked by default
    assert row[2] == dt.datetime(1990, 1, 1)
    assert ID_A not in {r[1] for r in ws.iter_rows(min_row=2, values_only=True)}
    export_query(sqlite_ledger, "person", tmp_path / "full.xlsx", "张三", None,
                 [("name", "姓名"), ("id_number", "证件号码")], full=True)  # single-user mode may
    ws = openpyxl.load_workbook(tmp_path / "full.xlsx").active
    assert ID_A in {r[1] for r in ws.iter_rows(min_row=2, values_only=True)}
    for kind in ("deed", "case", "award"):
        n = export_query(sqlite_ledger, kind, tmp_path / f"{kind}.xlsx", order=[("id", True)])
        ws = openpyxl.load_workbook(tmp_path / f"{kind}.xlsx").active
        assert ws.max_row == n + 1 and n > 0
        ids = [r[0] for r in ws.iter_rows(min_row=2, values_only=True)]
        assert ids == sorted(ids, reverse=True)


def test_cli_stats_xlsx(tmp_path):
    db = str(tmp_path / "s.db")
    run = lambda *a: subprocess.run([sys.executable, "-m", "desktop", "--db", db, *a],  # noqa: E731
                                    capture_output=True, text=True)
    assert run("init", "--office-code", "330102", "--office-name", "上城分局").returncode == 0
    assert run("demo").returncode == 0
    out = run("--json", "stats", "--year-from", "2022", "--year-to", "2026", "--xlsx", str(tmp_path / "s.xlsx"))
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    wb = openpyxl.load_workbook(data["xlsx"])
    assert wb.sheetnames == ["按年度", "按类别", "按县市区", "伤亡情况", "表彰奖励", "优抚保障",
                             "确认案件", "走访慰问", "基金收支", "保障事项分县"]
    assert "2022—2026年" in wb["按年度"]["A1"].value
    total = [c.value for c in wb["按年度"][wb["按年度"].max_row]]
    assert total[0] == "合计" and total[7] == data["totals"]["awards"]
    area = json.loads(run("--json", "stats", "--area", "330102").stdout)
    assert area["filter"]["area"] == "330102" and area["title"].startswith("见义勇为工作统计（浙江省杭州市上城区")
    counties = [r["key"] for r in area["tables"][2]["rows"]]
    assert counties == ["330102", None]
    bad = run("stats", "--year-from", "2026", "--year-to", "2020", "--area", "330102")
    assert bad.returncode == 1 and "晚于" in bad.stderr


def test_export_streams_in_pages_keeping_the_order(sqlite_ledger, tmp_path, monkeypatch):
    from desktop.services import table_export

    demo.generate(sqlite_ledger, 60)
    monkeypatch.setattr(table_export, "PAGE", 7)  # many pages from a small ledger
    n = export_query(sqlite_ledger, "person", tmp_path / "p.xlsx", order=[("birth_date", False)],
                     columns=[("id", "编号"), ("birth_date", "出生日期")])
    rows = list(openpyxl.load_workbook(tmp_path / "p.xlsx").active.iter_rows(min_row=2, values_only=True))
    assert n == len(rows) == 60 and len({r[0] for r in rows}) == 60
    births = [r[1] for r in rows]
    assert births == sorted(births)
    # the workbook is written in write-only (streaming) mode
    from desktop.tabular.writer import XlsxWriter
    assert XlsxWriter(tmp_path / "x.xlsx").wb.write_only
