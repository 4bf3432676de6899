"""Ledgers made the way offices make them (openpyxl, LibreOffice .xlsx/.xls, GBK .csv, two sheets,
encrypted): every row's fate right, no invented names, no guessed ID numbers, no wrong joins."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import sys

import openpyxl
import pytest

from desktop.services import deeds, persons
from desktop.services import ledger_import as li
from desktop.store.models import Deed, DeedPerson, Person
from tests.tabular.messy import ID_A, ID_B, ID_C, ID_F, rid

HAS_SOFFICE = shutil.which("soffice") is not None
# an ID whose 18 digits end in 000 and whose check digit passes: what Excel leaves of a real number
CUT = next(p + "000" for p in (f"3301021985061{n:02d}" for n in range(100))
           if rid(p + "00")[-1] == "0")


def _fates(result):
    return {f["row"]: f for f in result["rows"]}


def _xlsx(path, rows, title=None, sheet="台账"):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet
    if title:
        ws.append([title])
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(rows[0]))
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def _cli(db, *args):
    return subprocess.run([sys.executable, "-m", "desktop", "--db", str(db), *args], capture_output=True,
                          text=True, timeout=300)


def test_person_is_stored_when_the_deed_lacks_a_place(sqlite_ledger, tmp_path):
    src = _xlsx(tmp_path / "a.xlsx", [["姓名", "身份证号", "发生时间", "事迹简介"],
                                      ["张三", ID_A, "2021-03-05", "救起落水儿童"],
                                      ["李四", ID_B, "2022-01-02", "制止抢劫"]])
    pv = li.preview(sqlite_ledger, src)
    assert [r.check.deed_missing for r in pv.rows] == [["发生地点"], ["发生地点"]]
    result = li.apply(sqlite_ledger, pv, error_path=tmp_path / "e.xlsx")
    assert result["counts"]["imported"] == 2 and result["counts"]["deed_waiting"] == 2
    with sqlite_ledger.reading():
        assert Person.select().count() == 2 and Deed.select().count() == 0
    # the deed waits in the error workbook; filled in and imported again: deeds, no new people
    wb = openpyxl.load_workbook(result["error_file"])
    ws = wb.active
    head = [c.value for c in ws[1]]
    assert "已导入人员编号" in head and "发生地点" not in head
    assert "缺少发生地点" in ws.cell(2, head.index(li.ERROR_COLUMN) + 1).value
    ws.cell(1, len(head) + 1, "地点")
    ws.cell(2, len(head) + 1, "上城区某河")
    ws.cell(3, len(head) + 1, "上城区某路")
    wb.save(tmp_path / "fixed.xlsx")
    again = li.apply(sqlite_ledger, li.preview(sqlite_ledger, tmp_path / "fixed.xlsx"), error_path=tmp_path / "e2.xlsx")
    assert [f["fate"] for f in again["rows"]] == ["updated", "updated"] and again["error_file"] is None
    with sqlite_ledger.reading():
        assert Person.select().count() == 2 and Deed.select().count() == 2
    # a third time: nothing new
    third = li.apply(sqlite_ledger, li.preview(sqlite_ledger, tmp_path / "fixed.xlsx"))
    assert [f["fate"] for f in third["rows"]] == ["duplicate", "duplicate"]


def test_a_district_column_fills_the_place(sqlite_ledger, tmp_path):
    src = _xlsx(tmp_path / "a.xlsx", [["姓名", "身份证号", "发生时间", "事迹简介", "所在区"],
                                      ["张三", ID_A, "2021-03-05", "救起落水儿童", "西湖区"]])
    result = li.apply(sqlite_ledger, li.preview(sqlite_ledger, src))
    assert result["counts"]["deed_waiting"] == 0
    with sqlite_ledger.reading():
        deed = Deed.get()
        assert deed.division_code == "330106" and deed.place == "西湖区"


def test_merged_title_above_a_serial_column_never_names_anyone(sqlite_ledger, tmp_path):
    src = _xlsx(tmp_path / "a.xlsx", [["序号", "姓名", "身份证号", "联系电话"],
                                      [1, "张三", ID_A, "13800000001"], [2, "李四", ID_B, None]],
                title="见义勇为人员台账")
    pv = li.preview(sqlite_ledger, src)
    assert pv.mapping[1] == "person.name" and 0 not in pv.mapping
    assert [r.check.person["name"] for r in pv.rows] == ["张三", "李四"]
    with pytest.raises(Exception, match="序号列"):
        li.preview(sqlite_ledger, src, overrides={"序号": "姓名", "姓名": "-"})


def test_names_of_digits_only_are_refused(sqlite_ledger, tmp_path):
    src = _xlsx(tmp_path / "a.xlsx", [["人员姓名", "身份证号"], ["1", ID_A], ["—", ID_B], ["王五", ID_C]])
    result = li.apply(sqlite_ledger, li.preview(sqlite_ledger, src), error_path=tmp_path / "e.xlsx")
    fates = _fates(result)
    assert fates[2]["fate"] == fates[3]["fate"] == "rejected" and "不是人名" in fates[2]["reason"]
    assert fates[4]["fate"] == "imported"


def test_unsure_column_is_a_question_cli_refuses_and_map_answers(tmp_path):
    src = _xlsx(tmp_path / "a.xlsx", [["见义勇为人员姓名及单位", "身份证号"], ["张三", ID_A]])
    db = tmp_path / "c.db"
    assert _cli(db, "init", "--office-code", "330102", "--office-name", "上城分局").returncode == 0
    refused = _cli(db, "import-xlsx", str(src))
    assert refused.returncode == 1
    assert "见义勇为人员姓名及单位" in refused.stderr and "--map" in refused.stderr and "姓名" in refused.stderr
    done = _cli(db, "--json", "import-xlsx", str(src), "--map", "见义勇为人员姓名及单位=姓名")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["counts"]["imported"] == 1


def test_excel_cut_id_from_csv_waits_for_confirmation(tmp_path):
    lines = ["姓名,身份证号,联系电话", f"张三,{CUT},1", f"李四,{ID_B},2", "王五,3.30102E+17,3"]
    src = tmp_path / "a.csv"
    src.write_bytes(("\r\n".join(lines) + "\r\n").encode("gbk"))
    db = tmp_path / "c.db"
    assert _cli(db, "init", "--office-code", "330102", "--office-name", "上城分局").returncode == 0
    first = _cli(db, "--json", "import-xlsx", str(src), "--errors", str(tmp_path / "e.xlsx"))
    assert first.returncode == 3
    data = json.loads(first.stdout)
    assert data["counts"]["waiting"] == 1 and data["counts"]["rejected"] == 1 and data["counts"]["imported"] == 1
    assert "疑似被 Excel 截断，请核对原件" in data["waiting"][0]["reason"] and data["waiting"][0]["row"] == 2
    assert "疑似被 Excel 截断" in data["rejected"][0]["reason"]
    persons_now = json.loads(_cli(db, "--json", "persons").stdout)
    assert [p["name"] for p in persons_now] == ["李四"]  # never stored silently
    # the error workbook keeps the digits as shown, as text; re-imported unchanged, the row still waits
    ws = openpyxl.load_workbook(tmp_path / "e.xlsx").active
    assert ws["B2"].value == CUT and ws["B2"].data_type == "s" and ws["B3"].value == "3.30102E+17"
    second = _cli(db, "--json", "import-xlsx", str(tmp_path / "e.xlsx"))
    assert second.returncode == 3 and json.loads(second.stdout)["counts"]["waiting"] == 1
    confirmed = _cli(db, "--json", "import-xlsx", str(src), "--confirm-id", "2")
    assert json.loads(confirmed.stdout)["counts"]["imported"] == 1
    assert {p["name"] for p in json.loads(_cli(db, "--json", "persons").stdout)} == {"张三", "李四"}


def test_error_workbook_keeps_the_digits_excel_showed(sqlite_ledger, tmp_path):
    real = ID_F  # ...a number cell keeps 15 digits; the float's own digits are never written back
    src = _xlsx(tmp_path / "a.xlsx", [["姓名", "身份证号", "联系电话"], ["张三", float(real), 13800000001]])
    result = li.apply(sqlite_ledger, li.preview(sqlite_ledger, src), error_path=tmp_path / "e.xlsx")
    assert result["rows"][0]["fate"] in ("rejected", "waiting")
    ws = openpyxl.load_workbook(result["error_file"]).active
    shown = f"{float(real):.14E}"  # Excel shows 15 significant digits, the rest as zeros
    assert ws["B2"].value == shown[0] + shown[2:16] + "000" and ws["C2"].value == "13800000001"
    assert ws.cell(2, ws.max_column).value == 2  # 原行号


def test_deeds_join_only_when_the_workbook_says_so(sqlite_ledger, tmp_path):
    p = persons.create_person(sqlite_ledger, {"name": "老人", "id_number": ID_C})
    deeds.record_deed(sqlite_ledger, {"title": "x", "occurred_on": "2021-03-05", "division_code": "330102",
                                      "place": "上城区", "category": "fire", "narrative": "扑灭火灾"},
                      [{"person_id": p["id"], "outcome": "unhurt"}])
    rows = [["姓名", "身份证号", "发生时间", "地点", "类别", "事迹简介", "事迹编号"],
            ["甲", ID_A, "2021-03-05", "上城区", "救助落水人员", "救起落水儿童", None],     # same day+place, other kind
            ["乙", ID_B, "2021-03-05", "上城区", "火灾救援", "扑灭火灾", None],           # joins the ledger's deed
            ["丙", rid("33010219800101001"), "2021-04-01", "上城区", "其他", "救人", "J7"],
            ["丁", rid("33010219800101002"), "2021-04-01", "上城区", "其他", "协助救人", "J7"]]
    pv = li.preview(sqlite_ledger, _xlsx(tmp_path / "a.xlsx", rows))
    joins = {tuple(j["rows"]): j for j in pv.joins}
    assert set(joins) == {(3,), (4, 5)}
    assert joins[(3,)]["deed_id"] is not None and "事迹编号" in joins[(4, 5)]["why"]
    li.apply(sqlite_ledger, pv)
    with sqlite_ledger.reading():
        def deed_of(name):
            return DeedPerson.select().join(Person).where(Person.name == name).get().deed
        assert deed_of("甲").category == "drowning" and deed_of("甲").id != deed_of("老人").id
        assert deed_of("乙").id == deed_of("老人").id
        assert deed_of("丙").id == deed_of("丁").id
        assert Deed.select().count() == 3


def test_suggestions_shown_and_applied_only_when_asked(sqlite_ledger, tmp_path):
    rows = [["姓名", "身份证号", "发生时间", "地点", "事迹简介", "备注"],
            ["甲", ID_A, "2021-03-05", "上城区", "徒手制止抢劫", "外来务工人员"]]
    src = _xlsx(tmp_path / "a.xlsx", rows)
    pv = li.preview(sqlite_ledger, src)
    assert pv.rows[0].check.suggest == {"category": "crime", "migrant_worker": True}
    assert pv.rows[0].check.deed["category"] == "other" and "migrant_worker" not in pv.rows[0].check.person
    li.recheck(sqlite_ledger, pv, accept_rows={2})
    assert pv.rows[0].check.deed["category"] == "crime" and pv.rows[0].check.person["migrant_worker"] is True
    li.apply(sqlite_ledger, pv)
    with sqlite_ledger.reading():
        assert Person.get().migrant_worker is True and Deed.get().category == "crime"


def test_exit_codes(tmp_path):
    db = tmp_path / "c.db"
    assert _cli(db, "init", "--office-code", "330102", "--office-name", "上城分局").returncode == 0
    good = _xlsx(tmp_path / "good.xlsx", [["姓名", "身份证号"], ["张三", ID_A], [None, None], ["合计", None]])
    assert _cli(db, "import-xlsx", str(good)).returncode == 0
    assert _cli(db, "import-xlsx", str(good)).returncode == 0  # all duplicates: deliberately skipped
    bad = _xlsx(tmp_path / "bad.xlsx", [["姓名", "身份证号"], ["李四", ID_A[:-1] + "0"]])
    r = _cli(db, "import-xlsx", str(bad))
    assert r.returncode == 3 and "未通过检查1行" in r.stdout
    (tmp_path / "junk.xlsx").write_bytes(b"not a workbook")
    assert _cli(db, "import-xlsx", str(tmp_path / "junk.xlsx")).returncode == 1
    helptext = _cli(db, "import-xlsx", "--help").stdout
    assert "退出码" in helptext and "3" in helptext


def test_roster_on_the_second_sheet_is_found_and_named(sqlite_ledger, tmp_path):
    wb = openpyxl.Workbook()
    wb.active.title = "说明"
    wb.active.append(["本表由某某填写"])
    ws = wb.create_sheet("人员名单")
    ws.append(["姓名", "身份证号"])
    ws.append(["张三", ID_A])
    wb.save(tmp_path / "two.xlsx")
    pv = li.preview(sqlite_ledger, tmp_path / "two.xlsx")
    assert pv.sheet == "人员名单" and any("人员名单" in n and "说明" in n for n in pv.notes)
    wb.remove(ws)
    wb.create_sheet("统计").append(["年度", "数量"])
    wb.save(tmp_path / "none.xlsx")
    with pytest.raises(Exception, match="说明、统计"):
        li.preview(sqlite_ledger, tmp_path / "none.xlsx")


def _encrypt(src, dst, password):
    msoffcrypto = pytest.importorskip("msoffcrypto")
    from msoffcrypto.format.ooxml import OOXMLFile

    with open(src, "rb") as f:
        office = OOXMLFile(f)
        out = io.BytesIO()
        office.encrypt(password, out)
    dst.write_bytes(out.getvalue())
    return msoffcrypto


def test_encrypted_workbook_is_named_and_read_with_a_password_file(tmp_path):
    plain = _xlsx(tmp_path / "plain.xlsx", [["姓名", "身份证号"], ["张三", ID_A]])
    _encrypt(plain, tmp_path / "locked.xlsx", "mima123")
    db = tmp_path / "c.db"
    assert _cli(db, "init", "--office-code", "330102", "--office-name", "上城分局").returncode == 0
    r = _cli(db, "import-xlsx", str(tmp_path / "locked.xlsx"))
    assert r.returncode == 1 and "加密" in r.stderr and "--password-file" in r.stderr and "损坏" not in r.stderr
    (tmp_path / "wrong.txt").write_text("nope\n", encoding="utf-8")
    r = _cli(db, "import-xlsx", str(tmp_path / "locked.xlsx"), "--password-file", str(tmp_path / "wrong.txt"))
    assert r.returncode == 1 and "密码不对" in r.stderr
    (tmp_path / "pw.txt").write_text("mima123\n", encoding="utf-8")
    r = _cli(db, "--json", "import-xlsx", str(tmp_path / "locked.xlsx"), "--password-file", str(tmp_path / "pw.txt"))
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["counts"]["imported"] == 1


@pytest.mark.skipif(not HAS_SOFFICE, reason="LibreOffice (soffice) is not installed")
@pytest.mark.parametrize("target", ["xlsx", "xls"])
def test_libreoffice_made_workbooks(sqlite_ledger, tmp_path, target):
    """A CSV opened and saved by LibreOffice as .xlsx / .xls, as an office would: the title row and the
    serial column name nobody; an ID LibreOffice kept as text imports, one it made a number waits."""
    lines = ["见义勇为人员台账,,,,,", "序号,姓名,身份证号,发生时间,事迹简介,所在区",
             f"1,张三,{ID_A},2021-03-05,救起落水儿童,上城区",
             f"2,李四,{ID_C},2022-07-09,徒手制止抢劫,西湖区",
             "3,王五,,2023-01-01,扑救火灾,"]
    csv = tmp_path / "roster.csv"
    csv.write_bytes(("\n".join(lines) + "\n").encode("utf-8"))
    filt = {"xlsx": "xlsx:Calc MS Excel 2007 XML", "xls": "xls:MS Excel 97"}[target]
    subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp_path}/lo", "--headless",
                    "--infilter=CSV:44,34,76", "--convert-to", filt, "--outdir", str(tmp_path), str(csv)],
                   check=True, capture_output=True, timeout=240)
    made = tmp_path / f"roster.{target}"
    pv = li.preview(sqlite_ledger, made)
    assert pv.header_row == 2 and pv.mapping[1] == "person.name" and 0 not in pv.mapping
    result = li.apply(sqlite_ledger, pv, error_path=tmp_path / "e.xlsx")
    fates = _fates(result)
    as_numbers = [isinstance(pv.rows[i].cells[2], (int, float)) for i in (0, 1)]
    for i, row in enumerate((3, 4)):
        if as_numbers[i]:  # 15 digits survive: the row waits or is refused, never stored as if whole
            assert fates[row]["fate"] in ("waiting", "rejected") and "疑似被 Excel 截断" in fates[row]["reason"]
        else:
            assert fates[row]["fate"] == "imported"
    assert fates[5]["fate"] == "imported" and "缺少发生地点" in fates[5]["deed_waiting"]
    with sqlite_ledger.reading():
        stored = {p.name: p.id_number for p in Person.select()}
        assert stored.get("张三") in (None, ID_A) and stored.get("李四") in (None, ID_C) and "王五" in stored
        deed = DeedPerson.select().join(Person).where(Person.name == "李四").first()
        if deed:
            assert deed.deed.division_code == "330106" and deed.deed.category == "other"


def test_header_shapes_offices_use():
    from desktop.tabular import headers

    # No. is a serial; a heading that only contains a field's words is a question
    h = headers.find_header([["No.", "姓 名", "公民身份号码", "事发时间", "事发地点", "现工作单位"]])
    assert 0 not in h.mapping and h.mapping[1] == "person.name" and h.unsure == {5: ["person.employer"]}
    # a title and a note row above: never glued onto a heading
    h = headers.find_header([["见义勇为人员台账"], ["填报单位：上城分局", None, "填报日期：2023"],
                             ["序号", "姓名", "身份证号", "备用"]])
    assert h.row == 3 and h.labels == ["序号", "姓名", "身份证号", "备用"] and h.mapping == {
        1: "person.name", 2: "person.id_number"}
    # group headings merged over their columns do read with the heading below
    h = headers.find_header([[None, "基本情况", "基本情况", "事迹情况", "事迹情况", "事迹情况"],
                             ["序号", "姓名", "身份证号", "时间", "地点", "经过"]])
    assert h.mapping == {1: "person.name", 2: "person.id_number", 3: "deed.occurred_on", 4: "deed.place",
                         5: "deed.narrative"} and not h.unsure
