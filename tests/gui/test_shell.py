"""The main window on a real ledger with demo data, driven as a user would (offscreen)."""

from __future__ import annotations

import datetime as dt

import pytest

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from desktop.gui.pages import PAGES
from desktop.services import cases, deeds, listing, persons
from tests.gui.conftest import wait_idle


def _window(qtbot, ledger):
    from desktop.gui.main_window import MainWindow
    window = MainWindow(ledger)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    wait_idle(qtbot)
    return window


def test_every_page_of_this_issue_opens(qtbot, gui_app, demo_ledger):
    window = _window(qtbot, demo_ledger)
    assert [window.nav.item(i).text() for i in range(window.nav.count())] == [t for _k, t, _x in PAGES]
    for key, _title, _target in PAGES:
        page = window.show_page(key)
        wait_idle(qtbot)
        assert window.stack.currentWidget() is page
        assert type(page).__name__ == _target.partition(":")[2], key
    # the tables were filled from the ledger
    assert window.page("people").table.model.rowCount() == 60
    assert window.page("deeds").deeds.model.rowCount() == listing.count_rows(demo_ledger, "deeds")
    assert window.page("awards").batches.model.rowCount() == 3


def test_a_missing_page_module_fails_instead_of_showing_a_placeholder(sqlite_ledger):
    from desktop.gui.pages import make_page
    with pytest.raises(ModuleNotFoundError):
        make_page("desktop.gui.pages.no_such_module:StatsPage", sqlite_ledger)


def test_find_person_by_pinyin_initials(qtbot, gui_app, demo_ledger, form_calls):
    window = _window(qtbot, demo_ledger)
    page = window.show_page("people")
    wait_idle(qtbot)
    person = persons.create_person(demo_ledger, {"name": "欧阳钰澄", "id_number": "11010519491231002X"})
    initials = person["name_initials"]
    assert initials == "oyyc"
    window.find_action.trigger()  # Ctrl+F
    assert page.table.search.hasFocus() or QApplication.focusWidget() is page.table.search
    qtbot.keyClicks(page.table.search, initials)
    qtbot.waitUntil(lambda: page.table.model.rowCount() == 1, timeout=5000)
    row = page.table.model.row(0)
    assert row["name"] == "欧阳钰澄"
    # the ID number is masked in the table
    id_col = [c.key for c in page.table.model.columns].index("id_number")
    shown = page.table.model.index(0, id_col).data()
    assert shown != "11010519491231002X" and shown.endswith("002X") and "*" in shown
    # broader: a one-letter search finds exactly the people whose initials start with it
    page.table.search.setText("w")
    qtbot.waitUntil(lambda: page.table.model.rowCount() == persons.count_persons(demo_ledger, "w"), timeout=5000)
    names = [page.table.model.row(r)["name_initials"] for r in range(page.table.model.rowCount())]
    assert names and all(n.startswith("w") for n in names)
    assert page.table.count_label.text() == f"共 {len(names)} 条"


def test_double_click_and_enter_open_the_record(qtbot, gui_app, demo_ledger, form_calls):
    window = _window(qtbot, demo_ledger)
    table = window.show_page("people").table
    wait_idle(qtbot)
    first_id = table.model.record_id(0)
    rect = table.view.visualRect(table.model.index(0, 0))
    # a double click is a press-release then a double-click event, as from a real mouse
    qtbot.mouseClick(table.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert form_calls.opened == [("person", first_id)]
    table.view.setCurrentIndex(table.model.index(1, 0))
    qtbot.keyClick(table.view, Qt.Key.Key_Return)
    assert form_calls.opened[-1] == ("person", table.model.record_id(1))
    # Ctrl+N: a new record of the page's kind
    window.new_action.trigger()
    assert form_calls.created == [("person", {})]


def test_sorting_by_pinyin_and_filtering(qtbot, gui_app, demo_ledger, form_calls):
    window = _window(qtbot, demo_ledger)
    table = window.show_page("people").table
    wait_idle(qtbot)
    pinyin = [table.model.row(r)["name_pinyin"] for r in range(table.model.rowCount())]
    assert pinyin == sorted(pinyin)
    header = table.view.horizontalHeader()
    name_col = 0
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(header.sectionViewportPosition(name_col) + 10, 5))
    wait_idle(qtbot)
    pinyin_desc = [table.model.row(r)["name_pinyin"] for r in range(table.model.rowCount())]
    assert pinyin_desc == sorted(pinyin, reverse=True)
    box = table.filter_boxes["state"]
    box.setCurrentIndex(box.findData("deceased"))
    wait_idle(qtbot)
    n = table.model.rowCount()
    assert n == persons.count_persons(demo_ledger, filters={"state": "deceased"}) > 0
    assert {table.model.row(r)["state"] for r in range(n)} == {"deceased"}


def _case_due_in_three_days(ledger, accepted=dt.date(2026, 11, 1), title="勇救落水老人",
                            id_number="11010519491231002X") -> int:
    """A deed and a case accepted on 2026-11-01: its decision is due 2026-12-01, 3 days from today."""
    deed = deeds.record_deed(ledger, {
        "title": title, "occurred_on": accepted - dt.timedelta(days=3), "division_code": "330102",
        "place": "上城区中河边", "category": "drowning"},
        [{"new_person": {"name": "测试甲", "id_number": id_number}, "outcome": "unhurt"}])
    case = cases.open_case(ledger, deed["id"], {"source": "self", "applicant_name": "测试甲",
                                                "received_on": accepted - dt.timedelta(days=1)})
    cases.act(ledger, case["id"], "accept", {"accepted_on": accepted, "accepting_unit": "上城分局"})
    return case["id"]


def test_home_lists_case_near_its_deadline_and_opens_it(qtbot, gui_app, demo_ledger, form_calls):
    case_id = _case_due_in_three_days(demo_ledger)
    window = _window(qtbot, demo_ledger)
    home = window.page("home")
    qtbot.waitUntil(lambda: home.agenda_list.count() > 0, timeout=5000)
    assert home.cards["persons"].number.text() == str(persons.count_persons(demo_ledger))
    found = [i for i in range(home.agenda_list.count())
             if home.agenda_list.item(i).data(Qt.ItemDataRole.UserRole + 1) == {"kind": "case", "id": case_id}]
    assert found, home.entries()
    item = home.agenda_list.item(found[0])
    assert "勇救落水老人" in item.text() and "2026-12-01" in item.text() and "剩余3天" in item.text()
    assert item.background().color().name() == "#ffe3a3"  # amber: near
    # the kind buttons narrow the list to confirmation deadlines, the case still there
    qtbot.mouseClick(home.kind_buttons["case_deadline"], Qt.MouseButton.LeftButton)
    kinds = {home.agenda_list.item(i).text()[:6] for i in range(home.agenda_list.count())}
    assert kinds == {"【确认期限】"}
    assert home.kind_buttons["case_deadline"].text() == f"确认期限（{home.agenda_list.count()}）"
    item = next(home.agenda_list.item(i) for i in range(home.agenda_list.count())
                if home.agenda_list.item(i).data(Qt.ItemDataRole.UserRole + 1) == {"kind": "case", "id": case_id})
    home.agenda_list.scrollToItem(item)
    rect = home.agenda_list.visualItemRect(item)
    qtbot.mouseClick(home.agenda_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert form_calls.opened == [("case", case_id)]


def test_case_table_colours_the_countdown(qtbot, gui_app, demo_ledger, form_calls):
    case_id = _case_due_in_three_days(demo_ledger)
    window = _window(qtbot, demo_ledger)
    page = window.show_page("deeds")
    page.tabs.setCurrentIndex(1)
    wait_idle(qtbot)
    table = page.cases
    table.search.setText("勇救落水老人")
    qtbot.waitUntil(lambda: table.model.rowCount() == 1, timeout=5000)
    assert table.model.record_id(0) == case_id
    col = [c.key for c in table.model.columns].index("deadline")
    index = table.model.index(0, col)
    assert index.data().startswith("剩余3天") and "确认决定期限 12-01" in index.data()
    assert index.data(Qt.ItemDataRole.BackgroundRole).color().name() == "#ffe3a3"
    # a case whose decision was due 2026-11-19 is overdue: red
    late_id = _case_due_in_three_days(demo_ledger, dt.date(2026, 10, 20), "勇斗持刀歹徒", "110105194912310038")
    table.search.setText("勇斗持刀歹徒")
    qtbot.waitUntil(lambda: table.model.rowCount() == 1 and table.model.record_id(0) == late_id, timeout=5000)
    assert "已超期9天" in table.model.index(0, col).data()
    assert table.model.index(0, col).data(Qt.ItemDataRole.BackgroundRole).color().name() == "#f6b8b8"


def test_new_case_needs_a_chosen_deed(qtbot, gui_app, demo_ledger, form_calls, monkeypatch):
    from PySide6.QtWidgets import QMessageBox
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: shown.append(a[2]))
    window = _window(qtbot, demo_ledger)
    page = window.show_page("deeds")
    wait_idle(qtbot)
    page.tabs.setCurrentIndex(1)
    wait_idle(qtbot)
    window.new_action.trigger()
    assert shown and "事迹" in shown[0] and form_calls.created == []
    page.tabs.setCurrentIndex(0)
    wait_idle(qtbot)
    page.deeds.view.setCurrentIndex(page.deeds.model.index(0, 0))
    deed_id = page.deeds.model.record_id(0)
    page.tabs.setCurrentIndex(1)
    wait_idle(qtbot)
    window.new_action.trigger()
    assert form_calls.created == [("case", {"deed_id": deed_id})]


def test_awards_page_shows_the_roll_of_the_chosen_batch(qtbot, gui_app, demo_ledger, form_calls):
    window = _window(qtbot, demo_ledger)
    page = window.show_page("awards")
    wait_idle(qtbot)
    qtbot.waitUntil(lambda: page.roll.model.rowCount() > 0, timeout=5000)
    batch = page.batches.model.row(0)
    assert page.roll.model.rowCount() == batch["award_count"]
    assert batch["title"] in page.roll_heading.text()
    page.batches.view.selectRow(2)
    other = page.batches.model.row(2)
    qtbot.waitUntil(lambda: page.roll.fixed_filters().get("batch") == other["id"], timeout=5000)
    wait_idle(qtbot)
    assert page.roll.model.rowCount() == other["award_count"]
    page.roll.new_record()
    assert form_calls.created == [("award", {"batch_id": other["id"]})]


def test_refresh_after_a_form_saves(qtbot, gui_app, demo_ledger, form_calls):
    from desktop.gui.forms import record_signals
    window = _window(qtbot, demo_ledger)
    table = window.show_page("people").table
    wait_idle(qtbot)
    before = table.model.rowCount()
    p = persons.create_person(demo_ledger, {"name": "新来的"})
    record_signals.saved.emit("person", p["id"])
    wait_idle(qtbot)
    assert table.model.rowCount() == before + 1


def test_settings_page_keeps_language_and_says_restart(qtbot, gui_app, demo_ledger):
    from desktop.gui.pages.common import settings
    window = _window(qtbot, demo_ledger)
    page = window.show_page("settings")
    assert page.office_code.text() == "330102"
    assert "上城区" in page.office_division.text()
    page.language.setCurrentIndex(page.language.findData("en"))
    window.save_action.trigger()  # Ctrl+S on the settings page
    assert settings().value("ui/language") == "en"
    assert "重新启动" in page.saved_label.text()
    assert "重新启动" in page.language_note.text()
