"""The record forms driven as a user would: typing, picking, clicking, answering questions."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.domain.id_number import check_digit
from desktop.gui import forms
from desktop.services import care, cases, deeds, persons


def resident_id(first17: str) -> str:
    return first17 + check_digit(first17)


GOOD_ID = resident_id("33010219850314051")  # born 1985-03-14; 17th digit odd: male
BAD_ID = GOOD_ID[:-1] + ("1" if GOOD_ID[-1] != "1" else "2")


@pytest.fixture(autouse=True)
def no_blocking_questions(monkeypatch):
    """A question left open would block the test run: unanswered ones answer Discard / No."""
    monkeypatch.setattr(QMessageBox, "exec", lambda box: QMessageBox.StandardButton.Discard)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Ok)


def type_text(qtbot, widget, text: str) -> None:
    """Type as a user would: ASCII key by key, Chinese committed by the input method (as an IME does)."""
    from PySide6.QtGui import QInputMethodEvent

    widget.setFocus()
    for chunk in _chunks(text):
        if chunk.isascii():
            qtbot.keyClicks(widget, chunk)
        else:
            event = QInputMethodEvent("", [])
            event.setCommitString(chunk)
            QApplication.sendEvent(widget.focusProxy() or widget, event)


def _chunks(text: str) -> list[str]:
    out: list[str] = []
    for ch in text:
        if out and out[-1][-1].isascii() == ch.isascii():
            out[-1] += ch
        else:
            out.append(ch)
    return out


def modal_then(qtbot, handler, *, over=None):
    """Run handler(dialog) on the next modal dialog that opens over `over` (the user's hands on it).

    A failing handler closes the dialog (so the test cannot hang) and fails the test afterwards.
    """
    failures: list[BaseException] = []

    def run():
        dialog = QApplication.activeModalWidget()
        if dialog is None or dialog is over:
            QTimer.singleShot(20, run)
            return
        try:
            handler(dialog)
        except BaseException as exc:  # noqa: BLE001 - reported by check() below
            failures.append(exc)
            dialog.done(0)
    QTimer.singleShot(0, run)
    return failures


def show(qtbot, dialog):
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


# -- person form ---------------------------------------------------------------

def test_person_form_bad_id_then_good_id(qtbot, sqlite_ledger):
    ledger = sqlite_ledger
    dlg = show(qtbot, forms.make_form(None, ledger, "person"))
    ed = dlg.form.editors
    assert not dlg.save_button.isEnabled()  # the name is required
    type_text(qtbot, ed["name"].widget, "李勇")
    type_text(qtbot, ed["id_number"].widget, BAD_ID)
    error = ed["id_number"].error_label
    assert error.isVisible() and f"校验位应为 {GOOD_ID[-1]}" in error.text()
    assert not dlg.save_button.isEnabled()
    qtbot.keyClick(dlg, Qt.Key_S, Qt.ControlModifier)  # Ctrl+S refuses too
    assert persons.count_persons(ledger) == 0
    assert dlg.isVisible()

    ed["id_number"].widget.clear()
    type_text(qtbot, ed["id_number"].widget, GOOD_ID)
    assert not error.isVisible()
    assert ed["birth_date"].raw() == "1985-03-14"
    assert ed["gender"].raw() == "male"
    assert ed["hukou_division"].raw() == "330102"
    assert "出生日期 1985-03-14" in dlg.id_hint.text()
    assert dlg.save_button.isEnabled()
    with qtbot.waitSignal(forms.record_signals.saved) as saved:
        qtbot.mouseClick(dlg.save_button, Qt.LeftButton)
    kind, pid = saved.args
    assert kind == "person" and not dlg.isVisible()
    person = persons.get_person(ledger, pid)
    assert (person["name"], person["id_number"], person["birth_date"], person["gender"]) == (
        "李勇", GOOD_ID, dt.date(1985, 3, 14), "male")
    assert [p["id"] for p in persons.search_persons(ledger, "ly")] == [pid]  # found by pinyin initials


def test_service_refusal_shows_at_its_field(qtbot, sqlite_ledger):
    persons.create_person(sqlite_ledger, {"name": "王芳", "id_number": GOOD_ID})
    dlg = show(qtbot, forms.make_form(None, sqlite_ledger, "person"))
    type_text(qtbot, dlg.form.editors["name"].widget, "王芳芳")
    type_text(qtbot, dlg.form.editors["id_number"].widget, GOOD_ID)
    qtbot.mouseClick(dlg.save_button, Qt.LeftButton)
    ed = dlg.form.editors["id_number"]
    assert "已登记为“王芳”" in ed.error_label.text() and ed.error_label.isVisible()
    assert "未保存" in dlg.banner.text()
    assert dlg.isVisible() and persons.count_persons(sqlite_ledger) == 1
    assert dlg.focusWidget() is ed.widget or not dlg.isActiveWindow()


def test_money_and_int_fields_validate_as_typed(qtbot, sqlite_ledger):
    batch_dlg = show(qtbot, forms.make_form(None, sqlite_ledger, "batch"))
    assert batch_dlg.form.editors["year"].raw() == "2026"
    type_text(qtbot, batch_dlg.form.editors["title"].widget, "2026年度见义勇为表彰")
    qtbot.mouseClick(batch_dlg.save_button, Qt.LeftButton)
    batch_id = batch_dlg.record_id
    person = persons.create_person(sqlite_ledger, {"name": "赵强"})
    dlg = show(qtbot, forms.make_form(None, sqlite_ledger, "award", batch_id=batch_id, person_id=person["id"]))
    type_text(qtbot, dlg.form.editors["honour_title"].widget, "见义勇为先进个人")
    type_text(qtbot, dlg.form.editors["amount"].widget, "1.2.3")
    assert "不是有效金额" in dlg.form.editors["amount"].error_label.text()
    assert not dlg.save_button.isEnabled()
    dlg.form.editors["amount"].widget.clear()
    type_text(qtbot, dlg.form.editors["amount"].widget, "2万")
    assert dlg.save_button.isEnabled()
    qtbot.mouseClick(dlg.save_button, Qt.LeftButton)
    from desktop.services import awards
    roll = awards.batch_roll(sqlite_ledger, batch_id)
    from decimal import Decimal
    assert [(a["person_name"], Decimal(a["amount"])) for a in roll] == [("赵强", Decimal("20000"))]


# -- deed form -------------------------------------------------------------------

def test_deed_with_two_people_one_picked_one_created(qtbot, sqlite_ledger):
    ledger = sqlite_ledger
    zhang = persons.create_person(ledger, {"name": "张三", "id_number": GOOD_ID})
    persons.create_person(ledger, {"name": "李四"})
    dlg = show(qtbot, forms.make_form(None, ledger, "deed"))
    ed = dlg.form.editors
    type_text(qtbot, ed["title"].widget, "跳河救起落水儿童")
    ed["occurred_on"].widget.set_value(dt.date(2026, 11, 20))
    ed["category"].widget.setCurrentIndex(ed["category"].widget.findText("救助落水人员"))
    type_text(qtbot, ed["place"].widget, "钱塘江边")
    assert ed["division_code"].raw() == "330102"  # the office's own county by default

    type_text(qtbot, dlg.picker.search, "zs")  # pinyin initials
    assert dlg.picker.matches.isVisible() and dlg.picker.matches.count() == 1
    qtbot.keyClick(dlg.picker.search, Qt.Key_Return)  # Enter picks
    assert [p.get("person_id") for p in dlg.people] == [zhang["id"]]
    assert dlg.isVisible()  # Enter did not press a button
    dlg.set_outcome(0, "injured")

    new_id = resident_id("33010619920708002")

    def fill_person(form):
        type_text(qtbot, form.form.editors["name"].widget, "周敏")
        type_text(qtbot, form.form.editors["id_number"].widget, new_id)
        assert form.form.editors["gender"].raw() == "female"
        qtbot.mouseClick(form.save_button, Qt.LeftButton)

    failures = modal_then(qtbot, fill_person, over=dlg)
    qtbot.mouseClick(dlg.new_person_button, Qt.LeftButton)
    assert not failures, failures
    assert [p["name"] for p in dlg.people] == ["张三", "周敏"]
    assert persons.count_persons(ledger) == 2  # nothing written before the deed is saved
    assert not dlg.save_button.isEnabled()  # 周敏 has no outcome yet
    dlg.set_outcome(1, "unhurt")
    assert dlg.save_button.isEnabled()
    qtbot.mouseClick(dlg.save_button, Qt.LeftButton)

    assert dlg.record_id and dlg.isVisible()  # stays open for the next step: the application
    deed = deeds.get_deed(ledger, dlg.record_id)
    assert deed["title"] == "跳河救起落水儿童" and deed["category"] == "drowning"
    assert sorted((p["person_name"], p["outcome"]) for p in deed["participants"]) == [
        ("周敏", "unhurt"), ("张三", "injured")]
    zhou = persons.search_persons(ledger, "周敏")[0]
    assert zhou["birth_date"] == dt.date(1992, 7, 8) and zhou["gender"] == "female"
    assert persons.get_person(ledger, zhang["id"])["state"] == "injured"
    assert dlg.case_box.isVisible() and dlg.open_case_button.isEnabled()


def test_deed_edit_removes_and_adds_people_in_one_save(qtbot, sqlite_ledger):
    ledger = sqlite_ledger
    a = persons.create_person(ledger, {"name": "甲乙"})
    b = persons.create_person(ledger, {"name": "丙丁"})
    deed = deeds.record_deed(ledger, {"title": "火场救人", "occurred_on": "2026-11-01", "division_code": "330102",
                                      "place": "某小区", "category": "fire"},
                             [{"person_id": a["id"], "outcome": "unhurt"}])
    dlg = show(qtbot, forms.make_viewer(None, ledger, "deed", deed["id"]))
    type_text(qtbot, dlg.picker.search, "bd")
    qtbot.keyClick(dlg.picker.search, Qt.Key_Return)
    dlg.set_outcome(1, "disabled")
    dlg._remove(dlg.people[0])
    qtbot.mouseClick(dlg.save_button, Qt.LeftButton)
    assert not dlg.isVisible()
    after = deeds.get_deed(ledger, deed["id"])
    assert [(p["person_name"], p["outcome"]) for p in after["participants"]] == [("丙丁", "disabled")]
    assert persons.get_person(ledger, b["id"])["state"] == "disabled"


# -- case panel ------------------------------------------------------------------------

def _deed_with_case(ledger):
    p = persons.create_person(ledger, {"name": "钱勇"})
    deed = deeds.record_deed(ledger, {"title": "制止持刀抢劫", "occurred_on": "2026-11-10", "division_code": "330102",
                                      "place": "解放路", "category": "crime"},
                             [{"person_id": p["id"], "outcome": "injured"}])
    return deed


def _act_through_dialog(qtbot, panel, code, fill=None):
    def handle(dialog):
        if fill:
            fill(dialog)
        qtbot.mouseClick(dialog.ok_button, Qt.LeftButton)
    failures = modal_then(qtbot, handle, over=panel)
    qtbot.mouseClick(panel.action_buttons[code], Qt.LeftButton)
    assert not failures, failures


def test_case_moves_to_confirmed_through_its_action_buttons(qtbot, sqlite_ledger):
    ledger = sqlite_ledger
    deed = _deed_with_case(ledger)
    # registering the application through the form
    form = show(qtbot, forms.make_form(None, ledger, "case", deed_id=deed["id"]))
    type_text(qtbot, form.form.editors["applicant_name"].widget, "钱勇")
    qtbot.mouseClick(form.save_button, Qt.LeftButton)
    case_id = form.record_id
    assert cases.get_case(ledger, case_id)["state"] == "received"

    panel = show(qtbot, forms.make_viewer(None, ledger, "case", case_id))
    assert panel.state.text() == "已登记待受理"
    assert set(panel.visible_actions()) == {"accept", "refuse_acceptance", "withdraw"}
    deadline = panel.findChild(type(panel.state), "deadline_application") or panel.findChild(
        type(panel.state), "deadline_decision")
    assert deadline is None or deadline.property("status") in ("ok", "near", "overdue", "done")

    def accept(dialog):
        assert dialog.editors["accepting_unit"].text() == "杭州市上城区公安分局"
    _act_through_dialog(qtbot, panel, "accept", accept)
    assert panel.state.text() == "已受理"
    assert set(panel.visible_actions()) == {"investigate", "withdraw", "extend"}
    label = panel.findChild(type(panel.state), "deadline_decision")
    assert label is not None and "2026-12-28" in label.text() and label.property("status") == "ok"

    _act_through_dialog(qtbot, panel, "investigate")
    assert panel.state.text() == "调查核实中"
    assert set(panel.visible_actions()) == {"start_notice", "extend", "inform", "confirm", "withdraw"}

    def confirm(dialog):
        type_text(qtbot, dialog.editors["decision_no"], "上公确〔2026〕7号")
    _act_through_dialog(qtbot, panel, "confirm", confirm)
    case = cases.get_case(ledger, case_id)
    assert (case["state"], case["decision"], case["decision_no"]) == ("confirmed", "confirmed", "上公确〔2026〕7号")
    assert panel.state.text() == "已确认"
    assert panel.visible_actions() == ["serve"]
    assert [e["action"] for e in case["events"]] == ["open", "accept", "investigate", "confirm"]
    assert panel.history.rowCount() == 4


def test_action_dialog_shows_missing_field_and_does_nothing(qtbot, sqlite_ledger):
    deed = _deed_with_case(sqlite_ledger)
    case = cases.open_case(sqlite_ledger, deed["id"], {"source": "police", "received_on": "2026-11-12"})
    panel = show(qtbot, forms.make_viewer(None, sqlite_ledger, "case", case["id"]))
    dialog = panel.action_dialog("accept")
    qtbot.addWidget(dialog)
    dialog.editors["accepting_unit"].clear()
    qtbot.mouseClick(dialog.ok_button, Qt.LeftButton)
    assert "受理需要填写受理单位" in dialog.banner.text()
    assert cases.get_case(sqlite_ledger, case["id"])["state"] == "received"


@pytest.mark.parametrize("accepted_on, status, text", [
    ("2026-11-20", "ok", "还剩 23 天"),       # 30 days end on Sunday 2026-12-20: due Monday the 21st
    ("2026-11-01", "near", "还剩 3 天"),      # due 2026-12-01, within the 5 days' warning
    ("2026-10-20", "overdue", "已超期 9 天"),  # due 2026-11-19
])
def test_deadline_counts_down_amber_then_red(qtbot, sqlite_ledger, accepted_on, status, text):
    from desktop.gui.forms.case import DEADLINE_COLOURS

    p = persons.create_person(sqlite_ledger, {"name": "钱勇"})
    deed = deeds.record_deed(sqlite_ledger, {"title": "抢险", "occurred_on": "2026-10-01", "division_code": "330102",
                                             "place": "江边", "category": "flood"},
                             [{"person_id": p["id"], "outcome": "unhurt"}])
    case = cases.open_case(sqlite_ledger, deed["id"], {"source": "police", "received_on": "2026-10-02"})
    cases.act(sqlite_ledger, case["id"], "accept", {"accepted_on": accepted_on, "accepting_unit": "上城分局"})
    panel = show(qtbot, forms.make_viewer(None, sqlite_ledger, "case", case["id"]))
    label = panel.findChild(type(panel.state), "deadline_decision")
    assert label.property("status") == status
    assert text in label.text()
    assert DEADLINE_COLOURS[status] in label.styleSheet()


# -- closing and stale saves --------------------------------------------------------------

@pytest.mark.parametrize("answer, visible, saved", [
    (QMessageBox.StandardButton.Cancel, True, False),
    (QMessageBox.StandardButton.Discard, False, False),
    (QMessageBox.StandardButton.Save, False, True),
])
def test_closing_with_unsaved_changes_asks_first(qtbot, sqlite_ledger, monkeypatch, answer, visible, saved):
    p = persons.create_person(sqlite_ledger, {"name": "孙丽"})
    from desktop.gui.forms.person import PersonDialog

    dlg = show(qtbot, PersonDialog(None, sqlite_ledger, p["id"]))
    asked = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: asked.append(box.text()) or answer)
    qtbot.keyClick(dlg, Qt.Key_Escape)  # nothing changed: closes without a question
    assert not dlg.isVisible() and asked == []
    dlg.show()
    type_text(qtbot, dlg.form.editors["occupation"].widget, "教师")
    qtbot.keyClick(dlg, Qt.Key_Escape)
    assert asked == ["本记录有尚未保存的修改，是否保存？"]
    assert dlg.isVisible() is visible
    assert (persons.get_person(sqlite_ledger, p["id"])["occupation"] == "教师") is saved


def test_stale_save_offers_reload(qtbot, sqlite_ledger, monkeypatch):
    from desktop.gui.forms.person import PersonDialog

    p = persons.create_person(sqlite_ledger, {"name": "周杰"})
    dlg = show(qtbot, PersonDialog(None, sqlite_ledger, p["id"]))
    persons.update_person(sqlite_ledger, p["id"], {"occupation": "医生"})  # someone else saves first
    type_text(qtbot, dlg.form.editors["employer"].widget, "某医院")
    questions = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: questions.append(a[2]) or QMessageBox.Yes)
    qtbot.mouseClick(dlg.save_button, Qt.LeftButton)
    assert questions and "已被其他用户修改" in questions[0] and "重新载入" in questions[0]
    assert dlg.isVisible()
    assert dlg.form.editors["occupation"].raw() == "医生"  # reloaded
    assert dlg.form.editors["employer"].raw() == ""
    after = persons.get_person(sqlite_ledger, p["id"])
    assert after["employer"] is None and after["version"] == dlg.record["version"]


# -- person page, family, attachments ----------------------------------------------------------

def test_person_page_shows_everything_and_opens_records(qtbot, sqlite_ledger, monkeypatch):
    ledger = sqlite_ledger
    deed = _deed_with_case(ledger)
    pid = deed["participants"][0]["person_id"]
    persons.add_family_member(ledger, pid, {"name": "钱小宝", "relation": "son"})
    care.add_guarantee(ledger, pid, {"kind": "medical", "amount": "3000"})
    care.add_visit(ledger, pid, {"visited_on": "2026-11-20", "occasion": "hospital"})
    dialog = show(qtbot, forms.make_viewer(None, ledger, "person", pid))
    page = dialog.page
    assert page.name.text() == "钱勇" and page.state.text() == "受伤"
    assert page.lists["deeds"].item(0, 1).text() == "制止持刀抢劫"
    assert page.lists["deeds"].item(0, 3).text() == "未申请"
    assert page.lists["family"].item(0, 0).text() == "钱小宝"
    assert page.lists["guarantees"].item(0, 2).text() == "3,000.00"
    assert page.lists["visits"].rowCount() == 1
    opened = []
    monkeypatch.setattr(forms, "open_record", lambda parent, led, kind, rid: opened.append((kind, rid)))
    page.lists["deeds"].setCurrentCell(0, 0)
    qtbot.keyClick(page.lists["deeds"], Qt.Key_Return)
    assert opened == [("deed", deed["id"])]


def test_family_member_added_inside_the_person_form(qtbot, sqlite_ledger):
    from desktop.gui.forms.person import PersonDialog

    p = persons.create_person(sqlite_ledger, {"name": "吴刚"})
    dlg = show(qtbot, PersonDialog(None, sqlite_ledger, p["id"]))

    def fill(form):
        type_text(qtbot, form.form.editors["name"].widget, "吴小刚")
        rel = form.form.editors["relation"].widget
        rel.setCurrentIndex(rel.findText("儿子"))
        type_text(qtbot, form.form.editors["id_number"].widget, BAD_ID)
        assert "校验位" in form.form.editors["id_number"].error_label.text()
        form.form.editors["id_number"].widget.clear()
        qtbot.mouseClick(form.save_button, Qt.LeftButton)
    failures = modal_then(qtbot, fill, over=dlg)
    qtbot.mouseClick(dlg.add_family_button, Qt.LeftButton)
    assert not failures, failures
    assert dlg.family.rowCount() == 1 and dlg.family.item(0, 1).text() == "儿子"
    assert not dlg.is_dirty()


def test_attachments_dropped_listed_and_opened(qtbot, sqlite_ledger, tmp_path, monkeypatch):
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDesktopServices, QDropEvent

    from desktop.gui.forms.person import PersonDialog

    p = persons.create_person(sqlite_ledger, {"name": "郑华"})
    scan = tmp_path / "申请表.pdf"
    scan.write_bytes(b"%PDF-1.4 scan")
    dlg = show(qtbot, PersonDialog(None, sqlite_ledger, p["id"]))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(scan))])
    event = QDropEvent(QPointF(10, 10), Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
    dlg.dropEvent(event)
    assert dlg.attachments.count() == 1 and "申请表.pdf" in dlg.attachments.item(0).text()
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    dlg.attachments.setCurrentRow(0)
    qtbot.mouseClick(dlg.open_file_button, Qt.LeftButton)
    assert len(opened) == 1 and opened[0].endswith("申请表.pdf")
    assert open(opened[0], "rb").read() == b"%PDF-1.4 scan"


@pytest.mark.parametrize("kind, typed, check", [
    ("guarantee", {}, lambda led, pid: care.list_guarantees(led, person_ref=pid)),
    ("visit", {"visitors": "张科长"}, lambda led, pid: care.list_visits(led, person_ref=pid)),
    ("publicity", {"title": "勇斗歹徒的好青年"}, lambda led, pid: persons.person_overview(led, pid)["publicity"]),
])
def test_care_forms_save_for_their_person(qtbot, sqlite_ledger, kind, typed, check):
    p = persons.create_person(sqlite_ledger, {"name": "冯军", "state": "injured"})
    dlg = show(qtbot, forms.make_form(None, sqlite_ledger, kind, person_id=p["id"]))
    assert "冯军" in dlg.owner.text()
    if kind == "guarantee":
        combo = dlg.form.editors["kind"].widget
        combo.setCurrentIndex(combo.findText("医疗费用"))
    for name, text in typed.items():
        type_text(qtbot, dlg.form.editors[name].widget, text)
    qtbot.mouseClick(dlg.save_button, Qt.LeftButton)
    assert not dlg.isVisible(), dlg.banner.text()
    rows = check(sqlite_ledger, p["id"])
    assert len(rows) == 1
    again = show(qtbot, forms.make_viewer(None, sqlite_ledger, kind, rows[0]["id"]))
    assert "冯军" in again.owner.text() and not again.is_dirty()
    notes = "notes" if "notes" in again.form.editors else "description"
    type_text(qtbot, again.form.editors[notes].widget, "已电话回访")
    qtbot.mouseClick(again.save_button, Qt.LeftButton)
    assert not again.isVisible(), again.banner.text()
    edited = check(sqlite_ledger, p["id"])[0]
    assert edited[notes] == "已电话回访" and edited["version"] == rows[0]["version"] + 1


def test_new_deed_goes_on_to_its_application(qtbot, sqlite_ledger):
    """登记确认申请 on the deed form registers the application and shows its case panel."""
    ledger = sqlite_ledger
    deed = _deed_with_case(ledger)
    dlg = show(qtbot, forms.make_viewer(None, ledger, "deed", deed["id"]))
    seen = []

    def fill_case(form):
        type_text(qtbot, form.form.editors["applicant_name"].widget, "钱勇")
        panel_failures.extend(modal_then(qtbot, look_at_panel, over=form))
        qtbot.mouseClick(form.save_button, Qt.LeftButton)

    def look_at_panel(panel):
        seen.append((panel.state.text(), sorted(panel.visible_actions())))
        panel.reject()

    panel_failures: list = []
    failures = modal_then(qtbot, fill_case, over=dlg)
    qtbot.mouseClick(dlg.open_case_button, Qt.LeftButton)
    assert not failures and not panel_failures, (failures, panel_failures)
    assert seen == [("已登记待受理", ["accept", "refuse_acceptance", "withdraw"])]
    assert [c["state_label"] for c in dlg.cases.rows] == ["已登记待受理"]
    assert not dlg.open_case_button.isEnabled()  # one case under way at a time


def test_cross_field_refusal_from_the_service_lands_on_its_field(qtbot, sqlite_ledger):
    p = persons.create_person(sqlite_ledger, {"name": "褚明", "state": "injured"})
    dlg = show(qtbot, forms.make_form(None, sqlite_ledger, "guarantee", person_id=p["id"]))
    kind = dlg.form.editors["kind"].widget
    kind.setCurrentIndex(kind.findText("医疗费用"))
    dlg.form.editors["disability_grade"].widget.setValue(3)
    qtbot.mouseClick(dlg.save_button, Qt.LeftButton)
    error = dlg.form.editors["disability_grade"].error_label
    assert error.isVisible() and "只有“伤残评定”类事项才填写伤残等级" in error.text()
    assert care.list_guarantees(sqlite_ledger, person_ref=p["id"]) == []


def test_application_without_a_deed_picks_it_first(qtbot, sqlite_ledger):
    deed = _deed_with_case(sqlite_ledger)
    dlg = show(qtbot, forms.make_form(None, sqlite_ledger, "case"))
    type_text(qtbot, dlg.form.editors["applicant_name"].widget, "钱勇")
    assert not dlg.save_button.isEnabled() and "请先选择事迹" in dlg.save_button.toolTip()
    type_text(qtbot, dlg.deed_picker.search, "抢劫")
    qtbot.keyClick(dlg.deed_picker.search, Qt.Key_Return)
    assert dlg.deed_label.text() == "事迹：制止持刀抢劫" and dlg.save_button.isEnabled()
    qtbot.mouseClick(dlg.save_button, Qt.LeftButton)
    assert [c["id"] for c in deeds.get_deed(sqlite_ledger, deed["id"])["cases"]] == [dlg.record_id]


def _next_tab_stop(widget):
    """Where Tab goes from `widget`: the next widget in the focus chain that takes Tab focus."""
    nxt = widget.nextInFocusChain()
    while widget.isAncestorOf(nxt) or not (
            nxt.focusPolicy() & Qt.FocusPolicy.TabFocus and nxt.isVisible() and nxt.isEnabled()):
        nxt = nxt.nextInFocusChain()
    return nxt.focusProxy() or nxt


def test_keyboard_tab_order_follows_the_form(qtbot, sqlite_ledger):
    dlg = show(qtbot, forms.make_form(None, sqlite_ledger, "person"))
    order = dlg.field_names()
    assert order[:4] == ["name", "id_type", "id_number", "gender"]
    widgets = [dlg.form.editors[n].widget for n in order]
    for before, after in zip(widgets, widgets[1:]):
        stop = _next_tab_stop(before)
        assert stop is after or after.isAncestorOf(stop), (before.objectName(), after.objectName())


def test_guarantee_form_attaches_the_item_to_a_family_member(qtbot, sqlite_ledger):
    """A child's schooling concerns the child: the family member is chosen on the form, by keyboard."""
    hero = persons.create_person(sqlite_ledger, {"name": "赵刚", "state": "deceased"})
    child = persons.add_family_member(sqlite_ledger, hero["id"], {"name": "赵小雨", "relation": "daughter"})
    dlg = show(qtbot, forms.make_form(None, sqlite_ledger, "guarantee", person_id=hero["id"]))
    box = dlg.family_box
    assert [box.itemText(i) for i in range(box.count())][1].startswith("赵小雨")
    kind = dlg.form.editors["kind"].widget
    kind.setFocus()
    kind.setCurrentIndex(kind.findData("schooling"))
    box.setFocus()
    qtbot.keyClick(box, Qt.Key_Down)  # 本人 → 赵小雨
    assert box.currentData() == child["id"] and dlg.save_button.isEnabled()
    with qtbot.waitSignal(forms.record_signals.saved) as saved:
        qtbot.mouseClick(dlg.save_button, Qt.LeftButton)
    item = care.get_guarantee(sqlite_ledger, saved.args[1])
    assert item["kind"] == "schooling" and item["family_id"] == child["id"]

    again = show(qtbot, forms._form_class("guarantee")(None, sqlite_ledger, item["id"]))  # opened again
    assert again.family_box.currentData() == child["id"] and not again.is_dirty()
    again.family_box.setFocus()
    qtbot.keyClick(again.family_box, Qt.Key_Up)  # back to 本人
    assert again.is_dirty()
    qtbot.mouseClick(again.save_button, Qt.LeftButton)
    assert care.get_guarantee(sqlite_ledger, item["id"])["family_id"] is None
