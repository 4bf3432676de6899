"""A clerk's day, by keyboard and mouse only (issue 18): register a person typing every field, record
the deed, take the case to 已确认, add an award, issue a certificate, export a package.

Widgets are driven with QTest key and mouse events (qtbot.keyClicks / keyClick / mouseClick); Chinese
text arrives as an input method commits it. Services are only read, to check what the window did.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QMessageBox, QPushButton

from desktop.gui import forms
from desktop.gui.forms.widgets import DateEdit
from desktop.services import awards, cases, deeds, documents, exchange, persons
from tests.gui.conftest import wait_idle
from tests.gui.test_forms import (  # noqa: F401 - no_blocking_questions is a fixture
    _act_through_dialog, modal_then, no_blocking_questions, resident_id, show, type_text,
)

ID = resident_id("33010219850314051")  # 1985-03-14, male, 330102


def choose(qtbot, combo: QComboBox, text: str) -> None:
    """Pick an entry with the arrow keys, as a clerk without a mouse would."""
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key_Home)
    for _ in range(combo.count()):
        if combo.currentText() == text:
            return
        qtbot.keyClick(combo, Qt.Key_Down)
    assert combo.currentText() == text, f"{text} not among {[combo.itemText(i) for i in range(combo.count())]}"


def click_button(qtbot, parent, text: str) -> None:
    button = next(b for b in parent.findChildren(QPushButton) if b.text() == text and b.isVisible())
    qtbot.mouseClick(button, Qt.LeftButton)


def test_a_clerks_day(qtbot, gui_app, sqlite_ledger, tmp_path, monkeypatch):
    ledger = sqlite_ledger
    monkeypatch.setenv("YIYONG_HOME", str(tmp_path / "home"))
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: QMessageBox.StandardButton.Ok)

    # -- 1. register a person, typing every field ----------------------------------------------
    form = show(qtbot, forms.make_form(None, ledger, "person"))
    ed = form.form.editors
    typed = {"name": "王喆", "birth_date": "1985年3月14日", "id_number": ID, "phone": "13800000000",
             "occupation": "快递员", "employer": "某快递公司", "address": "杭州市上城区解放路1号",
             "bank_name": "农业银行上城支行", "bank_account": "6228480000000000000", "notes": "本人同意公开表彰"}
    for name, text in typed.items():
        type_text(qtbot, ed[name].widget, text)
    assert ed["hukou_division"].raw() == "330102" and ed["hukou_address"].raw() == "浙江省杭州市上城区"
    choose(qtbot, ed["ethnicity"].widget, "汉族")
    choose(qtbot, ed["political_status"].widget, "群众")
    choose(qtbot, ed["education"].widget, "高中/中专")
    box = ed["migrant_worker"].widget
    qtbot.mouseClick(box, Qt.LeftButton, pos=QPoint(8, box.height() // 2))  # on the box itself
    assert box.isChecked()
    assert isinstance(ed["birth_date"].widget, DateEdit) and ed["birth_date"].error == ""
    with qtbot.waitSignal(forms.record_signals.saved) as saved:
        qtbot.mouseClick(form.save_button, Qt.LeftButton)
    person = persons.get_person(ledger, saved.args[1])
    assert (person["name"], str(person["birth_date"]), person["gender"], person["migrant_worker"],
            person["employer"], person["hukou_address"]) == ("王喆", "1985-03-14", "male", True, "某快递公司",
                                                             "浙江省杭州市上城区")

    # -- 2. record the deed ----------------------------------------------------------------------
    dlg = show(qtbot, forms.make_form(None, ledger, "deed"))
    ed = dlg.form.editors
    type_text(qtbot, ed["title"].widget, "跳河救起落水儿童")
    type_text(qtbot, ed["occurred_on"].widget, "2026/11/20")
    choose(qtbot, ed["category"].widget, "救助落水人员")
    type_text(qtbot, ed["place"].widget, "钱塘江边")
    type_text(qtbot, dlg.picker.search, "wz")  # the person by pinyin initials
    qtbot.keyClick(dlg.picker.search, Qt.Key_Return)
    dlg.set_outcome(0, "unhurt")
    qtbot.mouseClick(dlg.save_button, Qt.LeftButton)
    deed = deeds.get_deed(ledger, dlg.record_id)
    assert deed["title"] == "跳河救起落水儿童" and str(deed["occurred_on"]) == "2026-11-20"

    # -- 3. the application, and the case taken to 已确认 -------------------------------------------
    steps = []

    def application(case_form):
        type_text(qtbot, case_form.form.editors["applicant_name"].widget, "王喆")
        steps.append("application")
        modal_then(qtbot, panel_work, over=case_form)
        qtbot.mouseClick(case_form.save_button, Qt.LeftButton)

    def panel_work(panel):
        if not hasattr(panel, "action_buttons"):
            return
        _act_through_dialog(qtbot, panel, "accept")
        _act_through_dialog(qtbot, panel, "investigate")
        _act_through_dialog(qtbot, panel, "confirm",
                            lambda d: type_text(qtbot, d.editors["decision_no"], "上公确〔2026〕7号"))
        steps.append(panel.state.text())
        qtbot.keyClick(panel, Qt.Key_Escape)

    failures = modal_then(qtbot, application, over=dlg)
    qtbot.mouseClick(dlg.open_case_button, Qt.LeftButton)
    assert not failures, failures
    assert steps == ["application", "已确认"]
    case = cases.list_cases(ledger)[0]
    assert (case["state"], case["decision_no"]) == ("confirmed", "上公确〔2026〕7号")
    dlg.close()

    # -- 4. an award in a batch ------------------------------------------------------------------
    batch_form = show(qtbot, forms.make_form(None, ledger, "batch"))
    bed = batch_form.form.editors
    type_text(qtbot, bed["title"].widget, "2026年度见义勇为表彰")
    choose(qtbot, bed["level"].widget, "县级")
    type_text(qtbot, bed["decided_on"].widget, "20261125")
    qtbot.mouseClick(batch_form.save_button, Qt.LeftButton)
    assert batch_form.record_id and batch_form.roll_box.isVisible()

    def award(award_form):
        type_text(qtbot, award_form.form.editors["honour_title"].widget, "见义勇为先进个人")
        type_text(qtbot, award_form.form.editors["amount"].widget, "5000")
        qtbot.mouseClick(award_form.save_button, Qt.LeftButton)
    failures = modal_then(qtbot, award, over=batch_form)
    type_text(qtbot, batch_form.picker.search, "王喆")
    qtbot.keyClick(batch_form.picker.search, Qt.Key_Return)
    assert not failures, failures
    roll = awards.get_batch(ledger, batch_form.record_id)["awards"]
    from decimal import Decimal
    assert [(a["person_name"], Decimal(str(a["amount"]))) for a in roll] == [("王喆", Decimal("5000"))]
    batch_form.close()

    # -- 5. issue the certificate ----------------------------------------------------------------
    from desktop.gui.pages.letters import LettersPage
    page = LettersPage(ledger)
    qtbot.addWidget(page)
    page.resize(1300, 820)
    page.show()
    choose(qtbot, page.kind, "荣誉证书")
    type_text(qtbot, page.search, "王喆")
    page._search_timer.stop()
    page.search_people()
    item = page.people.item(0)
    qtbot.mouseClick(page.people.viewport(), Qt.LeftButton, pos=page.people.visualItemRect(item).center())
    asked = []

    def answer(box):
        asked.append(box.text())
        click_button(qtbot, box, "签发")
    from PySide6.QtWidgets import QDialog
    monkeypatch.setattr(QMessageBox, "exec", QDialog.exec)  # this question is answered by the clerk's click
    failures = modal_then(qtbot, answer, over=None)
    qtbot.mouseClick(page.issue_button, Qt.LeftButton)
    wait_idle(qtbot)
    assert not failures, failures
    assert len(asked) == 1 and "王喆" in asked[0], page.message.text()
    issued = documents.list_documents(ledger, kind="certificate")
    assert len(issued) == 1 and issued[0]["number_text"] in asked[0]
    assert page.last_pdf.name.startswith("荣誉证书-王喆-") and issued[0]["number_text"] in page.last_pdf.name

    # -- 6. export a package for the city office -------------------------------------------------
    from desktop.gui.pages.exchange import ExchangePage
    xpage = ExchangePage(ledger)
    qtbot.addWidget(xpage)
    xpage.show()
    stick = tmp_path / "U盘"
    stick.mkdir()

    def export(dialog):
        dialog.folder.setFocus()
        qtbot.keyClick(dialog.folder, Qt.Key_A, Qt.ControlModifier)
        type_text(qtbot, dialog.folder, str(stick))
        type_text(qtbot, dialog.passphrase, "shi-ju-2026")
        qtbot.mouseClick(next(b for b in dialog.findChildren(QPushButton) if b.text() == "导出"), Qt.LeftButton)
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=20000)
    failures = modal_then(qtbot, export, over=None)
    click_button(qtbot, xpage, "导出数据包…")
    wait_idle(qtbot)
    assert not failures, failures
    packages = list(stick.glob("*.yyp"))
    assert len(packages) == 1
    history = exchange.package_history(ledger)
    assert history and history[0]["peer"] == "330100"
    QApplication.processEvents()
