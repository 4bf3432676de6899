"""Dates as clerks type them: every usual way is taken, nothing typed is dropped or changed silently,
an impossible date blocks saving with its reason at the field, and a birth date that contradicts the
ID number is flagged. (Issue 18: typing 2026-11-20 showed 20261120 and was blanked on leaving; Ctrl+A
and typing made a birth date contradict the ID's without a word.)"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCalendarWidget

from desktop.gui import forms
from desktop.gui.forms.widgets import DateEdit
from desktop.services import cases, persons
from tests.gui.test_forms import GOOD_ID, _deed_with_case, no_blocking_questions, show, type_text  # noqa: F401 - fixture

TYPED = ["2026-11-20", "2026/11/20", "2026.11.20", "20261120", "2026年11月20日"]


@pytest.mark.parametrize("typed", TYPED)
def test_every_usual_way_of_typing_a_date_is_taken_and_kept(qtbot, sqlite_ledger, typed):
    person = persons.create_person(sqlite_ledger, {"name": "李勇"})
    dlg = show(qtbot, forms.make_form(None, sqlite_ledger, "deed", person_ids=[person["id"]]))
    dlg.activateWindow()
    qtbot.waitUntil(dlg.isActiveWindow)
    ed = dlg.form.editors["occurred_on"]
    type_text(qtbot, ed.widget, typed)
    assert ed.widget.text() == typed  # on screen as typed while typing
    assert ed.error == ""
    qtbot.keyClick(ed.widget, Qt.Key_Tab)  # leaving the field: the same day, written the usual way
    assert ed.widget.text() == "2026-11-20" and ed.raw() == "2026-11-20"


@pytest.mark.parametrize("typed", ["2026-02-30", "2026-13-01", "20261340", "2026年2月29日", "明天"])
def test_an_impossible_date_stays_with_its_error_and_blocks_saving(qtbot, sqlite_ledger, typed):
    dlg = show(qtbot, forms.make_form(None, sqlite_ledger, "person"))
    ed = dlg.form.editors
    type_text(qtbot, ed["name"].widget, "李勇")
    assert dlg.save_button.isEnabled()
    type_text(qtbot, ed["birth_date"].widget, typed)
    qtbot.keyClick(ed["birth_date"].widget, Qt.Key_Tab)
    assert ed["birth_date"].widget.text() == typed  # neither blanked nor changed
    assert ed["birth_date"].error_label.isVisible() and "不是有效日期" in ed["birth_date"].error_label.text()
    assert not dlg.save_button.isEnabled()
    qtbot.keyClick(dlg, Qt.Key_S, Qt.ControlModifier)
    assert persons.count_persons(sqlite_ledger) == 0


def test_a_birth_date_contradicting_the_id_number_is_flagged_not_overwritten(qtbot, sqlite_ledger):
    dlg = show(qtbot, forms.make_form(None, sqlite_ledger, "person"))
    ed = dlg.form.editors
    type_text(qtbot, ed["name"].widget, "李勇")
    type_text(qtbot, ed["birth_date"].widget, "1985-02-03")
    type_text(qtbot, ed["id_number"].widget, GOOD_ID)  # born 1985-03-14
    assert ed["birth_date"].widget.text() == "1985-02-03"  # what was typed stays
    error = ed["birth_date"].error_label
    assert error.isVisible() and "1985-03-14" in error.text() and "不一致" in error.text()
    assert not dlg.save_button.isEnabled()
    # select all and type the right date: the flag goes, saving is possible
    ed["birth_date"].widget.setFocus()
    qtbot.keyClick(ed["birth_date"].widget, Qt.Key_A, Qt.ControlModifier)
    qtbot.keyClicks(ed["birth_date"].widget, "19850314")
    assert not error.isVisible() and dlg.save_button.isEnabled()
    with qtbot.waitSignal(forms.record_signals.saved) as saved:
        qtbot.mouseClick(dlg.save_button, Qt.LeftButton)
    assert persons.get_person(sqlite_ledger, saved.args[1])["birth_date"] == dt.date(1985, 3, 14)


def test_an_empty_birth_date_is_filled_from_the_id_number(qtbot, sqlite_ledger):
    dlg = show(qtbot, forms.make_form(None, sqlite_ledger, "person"))
    type_text(qtbot, dlg.form.editors["id_number"].widget, GOOD_ID)
    assert dlg.form.editors["birth_date"].widget.text() == "1985-03-14"


def test_the_calendar_still_picks_a_date(qtbot, gui_app):
    edit = DateEdit()
    qtbot.addWidget(edit)
    edit.show()
    edit.show_calendar()
    calendar = edit._menu.findChild(QCalendarWidget, "calendar")
    assert calendar.selectedDate().toPython() == dt.date.today()  # an empty field opens at today
    calendar.clicked.emit(calendar.selectedDate().addDays(-1))
    assert edit.value() == dt.date.today() - dt.timedelta(days=1)


def test_a_case_action_takes_a_typed_date_and_refuses_an_impossible_one(qtbot, sqlite_ledger):
    deed = _deed_with_case(sqlite_ledger)
    case = cases.open_case(sqlite_ledger, deed["id"], {"source": "police", "received_on": "2026-11-12"})
    panel = show(qtbot, forms.make_viewer(None, sqlite_ledger, "case", case["id"]))
    dialog = panel.action_dialog("accept")
    qtbot.addWidget(dialog)
    dates = [w for w in dialog.editors.values() if isinstance(w, DateEdit)]
    assert dates
    dates[0].selectAll()
    type_text(qtbot, dates[0], "2026年11月31日")
    qtbot.mouseClick(dialog.ok_button, Qt.LeftButton)
    assert cases.get_case(sqlite_ledger, case["id"])["state"] == "received"
    assert "2026年11月31日" in dialog.banner.text() and dates[0].text() == "2026年11月31日"
    dates[0].selectAll()
    qtbot.keyClicks(dates[0], "2026/11/20")
    qtbot.mouseClick(dialog.ok_button, Qt.LeftButton)
    got = cases.get_case(sqlite_ledger, case["id"])
    assert got["state"] == "accepted" and str(got["accepted_on"]) == "2026-11-20"


def test_hukou_address_is_filled_from_its_division_code(qtbot, sqlite_ledger):
    dlg = show(qtbot, forms.make_form(None, sqlite_ledger, "person"))
    type_text(qtbot, dlg.form.editors["id_number"].widget, GOOD_ID)  # 330102…: the code, then the place
    assert dlg.form.editors["hukou_division"].raw() == "330102"
    assert dlg.form.editors["hukou_address"].raw() == "浙江省杭州市上城区"
