"""Importing messy ledgers: every row's fate (imported / updated / duplicate / rejected + reason)."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys

import openpyxl
import pytest

from desktop.services import ledger_import as li
from desktop.services import persons
from desktop.store.models import Deed, DeedPerson, Person
from desktop.tabular import cells, headers, reader
from tests.tabular.messy import ID_A, ID_B, ID_C, ID_D, write_csv, write_messy_xlsx


def _fates(result):
    return {f["row"]: (f["fate"], f["reason"]) for f in result["rows"]}


def test_messy_xlsx_every_row_has_its_fate(ledger, tmp_path):
    src = tmp_path / "台账.xlsx"
    expected = write_messy_xlsx(src)
    pv = li.preview(ledger, src)
    assert pv.header_row == 4  # below a merged title, a note row and a merged two-row header
    assert pv.mapping[1] == "person.name" and pv.mapping[2] == "person.id_number"
    assert pv.mapping[11] == "deed.occurred_on" and pv.mapping[14] == "link.outcome"
    assert 0 not in pv.mapping  # 序号 is not imported
    result = li.apply(ledger, pv, error_path=tmp_path / "errors.xlsx")
    fates = _fates(result)
    assert sorted(fates) == [row for row, _, _ in expected]  # no row lost
    for row, fate, why in expected:
        assert fates[row][0] == fate, (row, fates[row])
        assert why in fates[row][1], (row, fates[row])
    assert result["counts"] == {"imported": 4, "updated": 0, "duplicate": 1, "rejected": 6, "waiting": 0, "deed_waiting": 0}
    assert any("合计" in n for n in result["notes"]) and any("填表人" in n for n in result["notes"])
    with ledger.reading():
        zhang = Person.get(Person.id_number == ID_A)
        assert zhang.phone == "13800000001"  # a number cell read back as the digits
        deed = Deed.select().join(DeedPerson).where(DeedPerson.person == zhang).get()
        assert deed.occurred_on == dt.date(2021, 3, 5)  # Excel serial 44260
        assert deed.category == "crime" and deed.division_code == "330102"
        li_si = Person.get(Person.id_number == ID_B)  # full-width digits and an ideographic space
        assert li_si.gender == "female" and li_si.ethnicity == "01"
        wang = Person.get(Person.id_number == ID_C)
        assert wang.migrant_worker is True and wang.state == "disabled"
        zhou = Person.get(Person.id_number == ID_D.upper())  # trailing lowercase x folded
        assert zhou.state == "deceased"
        assert Person.select().count() == 4


def test_error_workbook_can_be_fixed_and_imported_again(sqlite_ledger, tmp_path):
    src = tmp_path / "台账.xlsx"
    write_messy_xlsx(src)
    result = li.apply(sqlite_ledger, li.preview(sqlite_ledger, src), error_path=tmp_path / "errors.xlsx")
    wb = openpyxl.load_workbook(result["error_file"])
    ws = wb.active
    head = [c.value for c in ws[1]]
    assert head[1] == "姓名" and head[-2] == li.ERROR_COLUMN and head[-1] == "原行号"
    data = list(ws.iter_rows(min_row=2, values_only=True))
    assert [r[-1] for r in data] == [8, 9, 10, 12, 13, 15]
    assert ws["C2"].number_format == "@"  # the ID column is text now
    assert "存成了数字" in data[0][-2]
    # the user fixes 郑十一's date and re-imports the error workbook: the reason column is ignored
    for row in ws.iter_rows(min_row=2):
        if row[1].value == "郑十一":
            row[11].value = "2021-06-01"
    wb.save(tmp_path / "fixed.xlsx")
    again = li.preview(sqlite_ledger, tmp_path / "fixed.xlsx")
    assert "reason" not in again.mapping.values() and len(again.mapping) == 15  # + 已导入人员编号
    res2 = li.apply(sqlite_ledger, again, error_path=tmp_path / "errors2.xlsx")
    fates = {f["row"]: f["fate"] for f in res2["rows"]}
    assert list(fates.values()).count("imported") == 1 and list(fates.values()).count("rejected") == 5


def test_existing_people_update_or_duplicate(ledger, tmp_path):
    persons.create_person(ledger, {"name": "张三", "id_number": ID_A, "phone": "0571-1"})
    persons.create_person(ledger, {"name": "李四", "id_number": ID_B})
    src = tmp_path / "t.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["姓名", "身份证号", "联系电话", "工作单位"])
    ws.append(["张三", ID_A, "13800000001", "某公司"])
    ws.append(["李四", ID_B, None, None])
    ws.append(["王五", ID_C, None, None])
    wb.save(src)
    pv = li.preview(ledger, src)
    assert [r.status for r in pv.rows] == [li.EXISTING, li.EXISTING, li.NEW]
    assert pv.rows[0].existing["changes"]["phone"] == ["0571-1", "13800000001"]
    assert pv.rows[1].existing["changes"] == {}
    result = li.apply(ledger, pv, choices={2: li.UPDATE, 3: li.UPDATE})
    fates = _fates(result)
    assert fates[2][0] == "updated" and fates[3][0] == "duplicate" and fates[4][0] == "imported"
    assert "完全相同" in fates[3][1]
    with ledger.reading():
        assert Person.get(Person.id_number == ID_A).phone == "13800000001"
    # importing the same file again, skipping existing people: all duplicates, nothing written
    result = li.apply(ledger, li.preview(ledger, src))
    assert [f["fate"] for f in result["rows"]] == ["duplicate"] * 3
    assert result["error_file"] is None


@pytest.mark.parametrize("encoding,bom", [("gbk", False), ("gb18030", False), ("utf-8", True), ("utf-8", False)])
def test_csv_encodings(sqlite_ledger, tmp_path, encoding, bom):
    src = tmp_path / "t.csv"
    write_csv(src, encoding, bom)
    sheet = reader.read_sheet(src)
    assert sheet.rows[1][0] == "张三"
    assert sheet.encoding == {"gbk": "GB18030", "gb18030": "GB18030"}.get(encoding, "UTF-8-BOM" if bom else "UTF-8")
    result = li.apply(sqlite_ledger, li.preview(sqlite_ledger, src), error_path=tmp_path / "e.xlsx")
    assert _fates(result) == {
        2: ("imported", ""), 3: ("imported", ""),
        4: ("rejected", _fates(result)[4][1]),
    }
    assert "科学计数法" in _fates(result)[4][1]
    with sqlite_ledger.reading():
        deed = Deed.select().join(DeedPerson).join(Person).where(Person.id_number == ID_B).get()
        assert deed.occurred_on == dt.date(2021, 3, 5) and deed.category == "drowning"
        assert DeedPerson.get(DeedPerson.deed == deed).outcome == "unhurt"


def test_xls_reader(sqlite_ledger, tmp_path):
    """.xls written with xlwt (test-only dependency): title row merged, dates as real date cells."""
    xlwt = pytest.importorskip("xlwt")
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("台账")
    ws.write_merge(0, 0, 0, 4, "见义勇为人员名单")
    for c, h in enumerate(["姓名", "公民身份号码", "发生日期", "发生地点", "结果"]):
        ws.write(1, c, h)
    date_style = xlwt.easyxf(num_format_str="YYYY-MM-DD")
    ws.write(2, 0, "张三")
    ws.write(2, 1, ID_A)
    ws.write(2, 2, dt.datetime(2022, 5, 6), date_style)
    ws.write(2, 3, "上城区某路")
    ws.write(2, 4, "重伤")
    ws.write(3, 0, "李四")
    ws.write(3, 1, float(ID_B))  # a number cell: digits lost
    ws.write(4, 0, "总计")
    wb.save(str(tmp_path / "old.xls"))
    pv = li.preview(sqlite_ledger, tmp_path / "old.xls")
    assert pv.header_row == 2
    result = li.apply(sqlite_ledger, pv, error_path=tmp_path / "e.xlsx")
    fates = _fates(result)
    # the number cell shows 330106198505122000: its check digit happens to pass, so the row waits
    assert fates[3] == ("imported", "") and fates[4][0] == "waiting" and "疑似被 Excel 截断" in fates[4][1]
    assert any("总计" in n for n in result["notes"])
    with sqlite_ledger.reading():
        link = DeedPerson.select().join(Person).where(Person.id_number == ID_A).get()
        assert link.outcome == "injured" and link.deed.occurred_on == dt.date(2022, 5, 6)


def test_mapping_override_and_refusals(sqlite_ledger, tmp_path):
    src = tmp_path / "t.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["人员", "号码", "电话"])
    ws.append(["张三", ID_A, "1"])
    wb.save(src)
    with pytest.raises(Exception) as exc:
        li.preview(sqlite_ledger, src)
    assert "找不到表头" in str(exc.value)
    ws.insert_rows(1)
    ws["A1"], ws["B1"], ws["C1"] = "姓名", "备用", "联系电话"
    wb.save(src)
    pv = li.preview(sqlite_ledger, src, mapping={0: "person.name", 1: "person.id_number"})
    assert pv.mapping == {0: "person.name", 1: "person.id_number"}
    assert pv.rows[1].check.person["id_number"] == ID_A and pv.rows[1].check.ok
    assert pv.rows[0].status == li.REJECTED  # the old heading row "人员 号码 电话" is data now: refused
    assert "身份证号" in pv.rows[0].errors[0]
    with pytest.raises(Exception) as exc:
        li.preview(sqlite_ledger, src, mapping={0: "person.name", 1: "person.name"})
    assert "两列都对应" in str(exc.value)


def test_cells_dates_and_digits():
    assert cells.date_cell(44260, "日期", "d")[0] == dt.date(2021, 3, 5)
    assert cells.date_cell("44260", "日期", "d")[0] == dt.date(2021, 3, 5)
    for text in ("2021.3.5", "2021/3/5", "2021年3月5日", "20210305", 20210305, "2021-03-05 00:00:00"):
        assert cells.date_cell(text, "日期", "d")[0] == dt.date(2021, 3, 5), text
    assert cells.date_cell(dt.datetime(2021, 3, 5, 14, 30), "日期", "d") == (dt.date(2021, 3, 5), "14:30")
    assert cells.year_month("1990.03") == (1990, 3) and cells.year_month("1990年3月") == (1990, 3)
    assert cells.digits_cell(" 3301 0219 9001 0112 3x ", "身份证号", "id") == "33010219900101123X"
    assert cells.digits_cell(13800000001.0, "电话", "p") == "13800000001"
    with pytest.raises(Exception, match="存成了数字"):
        cells.digits_cell(3.30102199001011e17, "身份证号", "id")
    with pytest.raises(Exception, match="科学计数法"):
        cells.digits_cell("3.30102E+17", "身份证号", "id")
    assert headers.match_header("公民身份号码") == "person.id_number"
    assert headers.match_header("身份证号码\n（18位）") == "person.id_number"
    assert headers.match_header("*姓 名") == "person.name"
    assert headers.match_header("序号") is None


def test_cli_import_json(tmp_path):
    src = tmp_path / "a.xlsx"
    write_messy_xlsx(src)
    db = str(tmp_path / "c.db")
    run = lambda *a: subprocess.run([sys.executable, "-m", "desktop", "--db", db, *a],  # noqa: E731
                                    capture_output=True, text=True, cwd=str(tmp_path))
    assert run("init", "--office-code", "330102", "--office-name", "上城分局").returncode == 0
    dry = run("--json", "import-xlsx", str(src), "--dry-run")
    assert dry.returncode == 3, dry.stderr  # some rows refused
    data = json.loads(dry.stdout)
    assert data["counts"]["rejected"] == 6 and len(data["rejected"]) == 6
    assert run("--json", "persons").stdout.strip() in ("[]", "")
    done = run("--json", "import-xlsx", str(src), "--errors", str(tmp_path / "e.xlsx"))
    assert done.returncode == 3
    data = json.loads(done.stdout)
    assert data["counts"] == {"imported": 4, "updated": 0, "duplicate": 1, "rejected": 6, "waiting": 0, "deed_waiting": 0}
    assert {r["row"] for r in data["rejected"]} == {8, 9, 10, 12, 13, 15}
    assert (tmp_path / "e.xlsx").exists()
    text = run("import-xlsx", str(src), "--sheet", "没有这个表")
    assert text.returncode == 1 and "没有名为" in text.stderr


def test_imported_ledger_in_the_statistics(ledger, tmp_path):
    """Both engines: what the messy ledger brought in is counted, and each number lists its records."""
    from desktop.services import statistics

    src = tmp_path / "台账.xlsx"
    write_messy_xlsx(src)
    li.apply(ledger, li.preview(ledger, src), error_path=tmp_path / "e.xlsx")
    data = statistics.tables(ledger)
    by_year = {r["key"]: r["cells"] for r in data["tables"][0]["rows"]}
    assert by_year[2021]["deeds"]["value"] == 3 and by_year[2021]["persons"]["value"] == 3
    assert by_year[2022]["persons"]["value"] == 1 and by_year[2022]["migrants"]["value"] == 1
    assert by_year[None]["injured"]["value"] == 1 and by_year[None]["disabled"]["value"] == 1
    assert by_year[None]["died"]["value"] == 1
    behind = statistics.records_behind(ledger, by_year[2022]["migrants"]["drill"])
    assert [r["id_number"] for r in behind["rows"]] == [ID_C]
    assert behind["title"] == "2022年 外来务工人员 见义勇为人员"
    county = {r["key"]: r["cells"] for r in statistics.tables(ledger, area="330106")["tables"][2]["rows"]}
    assert set(county) == {"330106", None} and county["330106"]["persons"]["value"] == 1


def test_error_workbook_falls_back_to_the_data_folder(sqlite_ledger, tmp_path, monkeypatch):
    """A source folder that cannot be written (USB stick, attachment) must not lose the rejected rows."""
    from pathlib import Path

    src = tmp_path / "台账.xlsx"
    write_messy_xlsx(src)
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("x")
    monkeypatch.setattr(li, "default_error_path", lambda source: blocked / "台账_未导入行.xlsx")
    home = tmp_path / "home"
    monkeypatch.setenv("YIYONG_HOME", str(home))
    result = li.apply(sqlite_ledger, li.preview(sqlite_ledger, src))
    assert Path(result["error_file"]) == home / "imports" / "台账_未导入行.xlsx"
    assert Path(result["error_file"]).exists() and result["counts"]["imported"] == 4


def test_a_nul_character_in_a_csv_cell_rejects_that_row_only(sqlite_ledger, tmp_path):
    """A NUL pasted into a cell (PostgreSQL cannot store it) refuses its row with the field named;
    the other rows import and nothing of the refused row is stored."""
    lines = [",".join(["姓名", "公民身份号码", "性别", "事迹简介", "发生日期", "地点", "类别", "结果"]),
             ",".join(["张三", ID_A, "男", "制止抢劫", "2021/3/5", "上城区解放路", "违法犯罪", "轻伤"]),
             ",".join(["李\x00四", ID_B, "女", "救人", "20210305", "西湖区某河", "溺水救援", "无"])]
    src = tmp_path / "nul.csv"
    src.write_bytes(("\r\n".join(lines) + "\r\n").encode("gbk"))
    result = li.apply(sqlite_ledger, li.preview(sqlite_ledger, src), error_path=tmp_path / "e.xlsx")
    fates = _fates(result)
    assert fates[2][0] == "imported"
    assert fates[3][0] == "rejected" and "空字符" in fates[3][1] and "姓名" in fates[3][1], fates[3]
    with sqlite_ledger.reading():
        assert sorted(p.name for p in Person.select()) == ["张三"]
    listed = openpyxl.load_workbook(result["error_file"]).active  # the refused row, marked where the NUL was
    assert any("李\ufffd四" in [c.value for c in row] for row in listed.iter_rows())
