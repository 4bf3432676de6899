"""The 统计分析 page and the import dialog, offscreen with pytest-qt, on demo data."""

from __future__ import annotations

import openpyxl
import pytest

pytest.importorskip("PySide6.QtCharts")

from desktop.services import demo, statistics  # noqa: E402
from desktop.services import ledger_import as li  # noqa: E402
from desktop.store.models import Person  # noqa: E402
from tests.tabular.messy import write_messy_xlsx  # noqa: E402


@pytest.fixture
def demo_ledger(sqlite_ledger):
    demo.generate(sqlite_ledger, 60)
    return sqlite_ledger


def test_stats_page_answers_the_three_questions(qtbot, demo_ledger, tmp_path):
    from desktop.gui.pages.stats import DRILL_ROLE, StatsPage

    page = StatsPage(demo_ledger)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: "by_year" in page.tables)  # counted in the background (QueryOp)
    by_year = page.tables["by_year"]
    headers = [by_year.horizontalHeaderItem(c).text() for c in range(by_year.columnCount())]
    for wanted in ("表彰奖励（人次）", "其中外来务工人员", "奖励金额（元）"):
        assert wanted in headers
    total_row = by_year.rowCount() - 1
    assert by_year.item(total_row, 0).text() == "合计"
    awards_col = headers.index("表彰奖励（人次）")
    # the demo's provincial batch commends 23 people, 7 of them migrant workers
    honours = {r["key"]: r["cells"] for r in page.data["tables"][4]["rows"]}
    assert honours["province"]["awards"]["value"] == 23 and honours["province"]["migrants"]["value"] == 7
    # the chart has one bar per year and a money line
    series = page.chart.series()
    assert len(series) == 2 and series[0].barSets()[1].count() == total_row
    # clicking a number lists exactly the records behind it
    item = by_year.item(total_row, awards_col)
    drill = item.data(DRILL_ROLE)
    dlg = page.open_drill(drill)
    qtbot.addWidget(dlg)
    assert dlg.table.rowCount() == int(item.text())
    assert dlg.kind == "award"
    migrants = by_year.item(total_row, headers.index("见义勇为人员（人）") + 1)
    dlg2 = page.open_drill(migrants.data(DRILL_ROLE))
    qtbot.addWidget(dlg2)
    with demo_ledger.reading():
        ids = [dlg2.table.item(r, 0).data(0x0100) for r in range(dlg2.table.rowCount())]
        assert ids and all(Person.get_by_id(i).migrant_worker for i in ids)
    # an Excel file with the same numbers, and a PDF
    path = page.export_xlsx(str(tmp_path / "统计.xlsx"))
    wb = openpyxl.load_workbook(path)
    ws = wb["按年度"]
    assert ws.freeze_panes == "A3"
    last = [c.value for c in ws[ws.max_row]]
    assert last[0] == "合计" and last[awards_col] == int(item.text())
    money_col = headers.index("奖励金额（元）")
    assert isinstance(last[money_col], (int, float)) and last[money_col] > 0  # a number, not text
    assert ws.cell(ws.max_row, money_col + 1).number_format == "#,##0.00"
    pdf = page.print_pdf(str(tmp_path / "统计.pdf"))
    assert open(pdf, "rb").read(5) == b"%PDF-"


def test_stats_filter_year_and_area(qtbot, demo_ledger):
    from desktop.gui.pages.stats import StatsPage

    page = StatsPage(demo_ledger)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: getattr(page, "data", None) is not None)  # counted in the background (QueryOp)
    years = page.data["years"]
    page.year_from.setValue(years[-1])
    page.year_to.setValue(years[-1])
    page.area.setCurrentIndex(page.area.findData("330102"))
    page.refresh()
    qtbot.waitUntil(lambda: page.data["filter"]["area"] == "330102")
    assert page.data["filter"] == {"year_from": years[-1], "year_to": years[-1], "area": "330102",
                                   "area_name": "浙江省杭州市上城区"}
    rows = page.data["tables"][2]["rows"]
    assert [r["key"] for r in rows] in ([None], ["330102", None])
    assert "上城区" in page.caption.text()


def test_statistics_numbers_match_their_records(demo_ledger):
    data = statistics.tables(demo_ledger, year_from=2022, year_to=2026)
    for table in data["tables"]:
        for row in table["rows"]:
            for cell in row["cells"].values():
                drill = cell["drill"]
                if drill and isinstance(cell["value"], int):
                    assert statistics.records_behind(demo_ledger, drill)["count"] == cell["value"], drill
    with pytest.raises(Exception, match="晚于"):
        statistics.tables(demo_ledger, year_from=2025, year_to=2022)


def test_import_dialog_preview_choose_and_apply(qtbot, sqlite_ledger, tmp_path):
    from desktop.gui.import_dialog import ImportDialog
    from desktop.services import persons
    from tests.tabular.messy import ID_B

    persons.create_person(sqlite_ledger, {"name": "李四", "id_number": ID_B})
    src = tmp_path / "台账.xlsx"
    write_messy_xlsx(src)
    dlg = ImportDialog(sqlite_ledger, None, str(src))
    qtbot.addWidget(dlg)
    assert dlg.sheet_box.currentText() == "见义勇为人员"
    assert dlg.mapping_table.cellWidget(2, 1).currentData() == "person.id_number"
    assert dlg.preview_table.rowCount() == 11
    assert set(dlg.choice_boxes) == {6}  # 李四 is already in the ledger
    dlg.choice_boxes[6].setCurrentIndex(dlg.choice_boxes[6].findData(li.UPDATE))
    # remap: do not import the phone column
    phone = dlg.mapping_table.cellWidget(7, 1)
    phone.setCurrentIndex(0)
    dlg.load(keep_mapping=True)
    assert 7 not in dlg.preview.mapping
    dlg.choice_boxes[6].setCurrentIndex(dlg.choice_boxes[6].findData(li.UPDATE))
    result = dlg._work(lambda *a: True, dlg.preview, dlg.choices(), li.SKIP)
    fates = {f["row"]: f["fate"] for f in result["rows"]}
    assert fates[6] == "updated" and fates[5] == "imported" and fates[8] == "rejected"
    with sqlite_ledger.reading():
        assert Person.get(Person.name == "张三").phone is None  # the column was unmapped


def test_import_dialog_applies_off_the_gui_thread(qtbot, sqlite_ledger, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from desktop.gui.import_dialog import ImportDialog

    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: shown.append(a[2]))
    src = tmp_path / "台账.xlsx"
    write_messy_xlsx(src)
    dlg = ImportDialog(sqlite_ledger, None, str(src))
    qtbot.addWidget(dlg)
    assert dlg.import_button.isEnabled()
    dlg.import_button.click()
    qtbot.waitUntil(lambda: dlg.outcome is not None, timeout=30000)
    assert dlg.outcome["counts"] == {"imported": 4, "updated": 0, "duplicate": 1, "rejected": 6, "waiting": 0,
                                   "deed_waiting": 0}
    assert shown and "新增 4 行" in shown[0] and "未导入的行及错误原因已写入" in shown[0]
    assert not dlg.import_button.isEnabled()  # no second import of the same preview
    with sqlite_ledger.reading():
        assert Person.select().count() == 4


def test_import_dialog_asks_about_unsure_columns_and_cut_ids(qtbot, sqlite_ledger, tmp_path):
    """The preview asks: an unsure column blocks the import until answered; an ID Excel may have cut
    waits for a tick; a suggested category applies only when ticked."""
    from PySide6.QtCore import Qt

    from desktop.gui.import_dialog import ImportDialog
    from tests.tabular.test_office_ledgers import CUT

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["序号", "见义勇为人员姓名及单位", "身份证号码", "发生时间", "地点", "事迹简介"])
    ws.append([1, "陈大明", CUT, "2019-05-04", "上城区江边", "在钱塘江边救起落水儿童"])
    wb.save(tmp_path / "a.xlsx")
    dlg = ImportDialog(sqlite_ledger, None, str(tmp_path / "a.xlsx"))
    qtbot.addWidget(dlg)
    assert dlg.preview.questions == {1: ["person.name"]} and not dlg.import_button.isEnabled()
    dlg.load(keep_mapping=True)  # the clerk looked at the mapping and re-checked: answered
    assert not dlg.preview.questions and dlg.preview.rows[0].status == li.WAITING
    assert not dlg.import_button.isEnabled()
    dlg.preview_table.item(0, 2).setCheckState(Qt.CheckState.Checked)  # 已核对原件
    assert dlg.preview.rows[0].status == li.NEW and dlg.import_button.isEnabled()
    assert dlg.preview.rows[0].check.deed["category"] == "other"
    dlg.preview_table.item(0, 4).setCheckState(Qt.CheckState.Checked)  # 采用建议
    assert dlg.preview.rows[0].check.deed["category"] == "drowning"
    result = dlg._work(lambda *a: True, dlg.preview, dlg.choices(), li.SKIP)
    assert result["counts"]["imported"] == 1
    with sqlite_ledger.reading():
        assert Person.get().id_number == CUT
