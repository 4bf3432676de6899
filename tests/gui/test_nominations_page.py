"""推荐与代印 page and the 移送 dialog offscreen (issue 15): the clerk ticks, types and clicks; the work
runs in the background; what was made is checked in the ledgers and the PDFs."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pypdf import PdfReader

from desktop.gui import forms
from desktop.services import awards, cases, deeds, documents, exchange, persons
from desktop.services.ledger import Ledger
from desktop.services.office import init_office
from tests.gui.test_forms import show, type_text
from tests.sync.helpers import TODAY, deliver, introduce, send

from .conftest import wait_idle


@pytest.fixture(autouse=True)
def _home(tmp_path, monkeypatch):
    monkeypatch.setenv("YIYONG_HOME", str(tmp_path / "home"))
    monkeypatch.setattr(QMessageBox, "exec", lambda box: QMessageBox.StandardButton.Ok)


def _office(tmp_path, code, name, short):
    ledger = Ledger.open(str(tmp_path / f"{code}.db"), actor=f"员{code}", today=TODAY)
    init_office(ledger, code, name)
    exchange.ensure_keys(ledger)
    documents.save_letter_settings(ledger, {"short_name": short})
    return ledger


def _save_as(monkeypatch, path):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), "PDF (*.pdf)"))


def _folder(monkeypatch, folder):
    folder.mkdir(exist_ok=True)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))


def _tick_by_mouse(qtbot, table, row):
    rect = table.visualItemRect(table.item(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.LeftButton, pos=QPoint(rect.left() + 12, rect.center().y()))


def _tick_by_keyboard(qtbot, table, row):
    table.setFocus()
    table.setCurrentCell(row, 0)
    qtbot.keyClick(table, Qt.Key_Space)


def test_nominate_up_receive_and_print_on_behalf(qtbot, gui_app, demo_ledger, tmp_path, monkeypatch):
    from desktop.gui.pages.nominations import NominationsPage

    county = demo_ledger
    documents.save_letter_settings(county, {"short_name": "上公"})
    province = _office(tmp_path, "330000", "浙江省公安厅", "浙公")
    introduce([county, province], tmp_path)

    page = NominationsPage(county)
    qtbot.addWidget(page)
    page.resize(1200, 720)
    page.show()
    page.refresh()
    wait_idle(qtbot)
    tab = page.nominate
    assert [tab.to_office.itemData(i) for i in range(tab.to_office.count())] == ["330100", "330000"]
    assert tab.table.rowCount() >= 3
    # nothing ticked: the clerk is told, nothing is made
    qtbot.mouseClick(tab.make_button, Qt.LeftButton)
    assert "请先" in tab.status.text()
    _tick_by_mouse(qtbot, tab.table, 0)
    _tick_by_keyboard(qtbot, tab.table, 2)
    names = [tab.table.item(r, 1).text() for r in (0, 2)]
    assert len(tab.chosen()) == 2
    tab.to_office.setFocus()
    qtbot.keyClick(tab.to_office, Qt.Key_Down)  # 浙江省 (the province)
    assert tab.to_office.currentData() == "330000"
    type_text(qtbot, tab.opinion, "事迹突出，同意推荐")
    pdf = tmp_path / "推荐表.pdf"
    _save_as(monkeypatch, pdf)
    qtbot.mouseClick(tab.make_button, Qt.LeftButton)
    wait_idle(qtbot)
    assert "已生成 2 份推荐表" in tab.status.text() and "上公推〔2026〕1号 至 上公推〔2026〕2号" in tab.status.text()
    assert len(PdfReader(str(pdf)).pages) == 2 and tab.open_button.isEnabled()
    wait_idle(qtbot)
    done = {tab.table.item(r, 1).text(): tab.table.item(r, 6).text() for r in range(tab.table.rowCount())}
    assert all(done[n] == "浙江省" for n in names)
    page.grab().save(str(tmp_path / "nominate.png"))

    usb = tmp_path / "usb"
    _folder(monkeypatch, usb)
    qtbot.mouseClick(tab.export_button, Qt.LeftButton)
    wait_idle(qtbot)
    assert "已导出数据包" in tab.status.text()
    (package,) = usb.glob("330102-to-330000-*.yyp")
    deliver(province, str(package))

    # the province's page lists what came up
    above = NominationsPage(province)
    qtbot.addWidget(above)
    above.resize(1200, 720)
    above.show()
    assert not above.nominate.make_button.isEnabled()  # nobody above the province
    above.tabs.setCurrentIndex(1)
    wait_idle(qtbot)
    received = above.received
    assert received.table.rowCount() == 2
    assert sorted(received.table.item(r, 2).text() for r in range(2)) == sorted(names)
    assert {received.table.item(r, 1).text() for r in range(2)} == {"浙江省杭州市上城区"}
    assert "收到 1 个单位推荐的 2 人" in received.summary.text()
    above.grab().save(str(tmp_path / "received.png"))

    # the province commends them; the batch comes down; the county prints the certificates for it
    batch = awards.create_batch(province, {"title": "2026年度浙江省见义勇为先进分子表彰", "level": "province",
                                           "year": 2026, "issuing_body": "浙江省见义勇为工作联席会议办公室",
                                           "document_no": "浙见〔2026〕9号", "decided_on": "2026-11-20"})
    from desktop.services import nomination
    for i, n in enumerate(nomination.received_nominations(province), start=1):
        awards.add_award(province, batch["id"], n["person_id"], {"honour_title": "浙江省见义勇为先进分子",
                                                                 "amount": "80000", "certificate_no": f"浙见证〔2026〕{i}号"})
    deliver(county, send(province, county, tmp_path)["path"])

    page.tabs.setCurrentIndex(2)
    wait_idle(qtbot)
    pt = page.print_tab
    assert pt.table.rowCount() == 1 and pt.table.item(0, 3).text() == "浙见〔2026〕9号"
    qtbot.mouseClick(pt.print_button, Qt.LeftButton)
    assert "请先" in pt.status.text()
    rect = pt.table.visualItemRect(pt.table.item(0, 1))
    qtbot.mouseClick(pt.table.viewport(), Qt.LeftButton, pos=rect.center())
    wait_idle(qtbot)
    assert pt.kind.currentData() == "certificate"
    certs = tmp_path / "证书.pdf"
    _save_as(monkeypatch, certs)
    qtbot.mouseClick(pt.print_button, Qt.LeftButton)
    wait_idle(qtbot)
    assert "浙江省见义勇为工作联席会议办公室" in pt.status.text() and "2 份" in pt.status.text()
    wait_idle(qtbot)
    assert pt.register.rowCount() == 2
    assert {pt.register.item(r, 0).text() for r in range(2)} == {"浙见证〔2026〕1号", "浙见证〔2026〕2号"}
    assert {pt.register.item(r, 4).text() for r in range(2)} == {"浙江省"}
    assert pt.table.item(0, 6).text() == "2"
    assert len(PdfReader(str(certs)).pages) == 2
    page.grab().save(str(tmp_path / "print-for.png"))
    province.close()


def test_transfer_dialog_from_the_case_panel(qtbot, gui_app, sqlite_ledger, tmp_path, monkeypatch):
    from desktop.gui.dialogs.transfer import TransferDialog

    county = sqlite_ledger
    documents.save_letter_settings(county, {"short_name": "上公"})
    gongshu = _office(tmp_path, "330105", "杭州市公安局拱墅区分局", "拱公")
    introduce([county, gongshu], tmp_path)
    a = persons.create_person(county, {"name": "王喆"})
    d = deeds.record_deed(county, {"title": "制止抢夺", "occurred_on": "2026-11-10", "division_code": "330105",
                                   "place": "拱墅区湖墅南路", "category": "crime", "narrative": "……"},
                          [{"person_id": a["id"], "outcome": "unhurt"}])
    case = cases.open_case(county, d["id"], {"source": "self", "applicant_name": "王喆", "received_on": "2026-11-20"})
    panel = show(qtbot, forms.make_viewer(None, county, "case", case["id"]))
    assert "transfer" in panel.visible_actions() and "accept" not in panel.visible_actions()
    dialog = panel.action_dialog("transfer")
    assert isinstance(dialog, TransferDialog)
    show(qtbot, dialog)
    assert dialog.target.text() == "330105" and dialog.target_name.text() == "浙江省杭州市拱墅区"
    assert dialog.to.text() == "浙江省杭州市拱墅区公安机关"

    # the clerk types the wrong district: refused, nothing moves
    dialog.target.clear()
    type_text(qtbot, dialog.target, "330106")
    dialog.letter.setChecked(False)
    qtbot.mouseClick(dialog.ok_button, Qt.LeftButton)
    wait_idle(qtbot)
    assert "未移送" in dialog.message.text() and "不管辖该地" in dialog.message.text()
    assert cases.get_case(county, case["id"])["state"] == "received"

    dialog.target.clear()
    type_text(qtbot, dialog.target, "330105")
    dialog.to.clear()
    type_text(qtbot, dialog.to, "杭州市公安局拱墅区分局")
    qtbot.mouseClick(dialog.letter, Qt.LeftButton)
    assert dialog.letter.isChecked()
    letter = tmp_path / "移送函.pdf"
    _save_as(monkeypatch, letter)
    qtbot.mouseClick(dialog.ok_button, Qt.LeftButton)
    wait_idle(qtbot)
    assert "已移送浙江省杭州市拱墅区（330105）" in dialog.message.text() and "上公移〔2026〕1号" in dialog.message.text()
    text = "".join(p.extract_text() for p in PdfReader(str(letter)).pages)
    assert "移送函" in text and "杭州市公安局拱墅区分局" in text
    assert dialog.result_case["state"] == "transferred" and dialog.export_button.isVisible()
    dialog.grab().save(str(tmp_path / "transfer.png"))

    usb = tmp_path / "usb"
    _folder(monkeypatch, usb)
    qtbot.mouseClick(dialog.export_button, Qt.LeftButton)
    wait_idle(qtbot)
    assert "已导出数据包" in dialog.message.text()
    (package,) = usb.glob("330102-to-330105-*.yyp")
    deliver(gongshu, str(package))
    there = cases.list_cases(gongshu)
    assert [c["state"] for c in there] == ["transferred"]
    qtbot.mouseClick(dialog.close_button, Qt.LeftButton)
    assert dialog.result() == 1
    gongshu.close()


def test_the_province_ticks_send_holidays_in_the_export_dialog(qtbot, gui_app, tmp_path, monkeypatch):
    """Item 1 from the window: the 导出数据包 dialog's box sends the office's holidays down."""
    import json

    from desktop.gui.exchange_dialogs import ExportDialog
    from desktop.gui.pages.exchange import ExchangePage
    from desktop.services import workcalendar

    province = _office(tmp_path, "330000", "浙江省公安厅", "浙公")
    county = _office(tmp_path, "330102", "杭州市公安局上城区分局", "上公")
    introduce([county, province], tmp_path)
    update = tmp_path / "2027.json"
    update.write_text(json.dumps({"version": "2027.1", "years": {"2027": {
        "holidays": {"2027-02-12": "春节"}, "workdays": {"2027-02-20": "调休上班日"}}}}), encoding="utf-8")
    workcalendar.import_overrides(province, update)
    dialog = show(qtbot, ExportDialog(exchange.offices(province), "330102", None))
    qtbot.mouseClick(dialog.holidays, Qt.LeftButton)
    usb = tmp_path / "usb"
    usb.mkdir()
    dialog.folder.setText(str(usb))
    values = dialog.values()
    assert values["holidays"] is True and values["peer"] == "330102"
    page = ExchangePage(province)
    qtbot.addWidget(page)
    made = page._do_export(None, values)
    assert made["holidays"] == {"version": "2027.1", "years": ["2027"]}
    assert deliver(county, made["path"])["holidays"]["changed"] == ["2027"]
    assert not workcalendar.office_calendar(county).is_working_day(TODAY.replace(year=2027, month=2, day=12))
    province.close()
    county.close()
