"""The first-run dialog asks for the office identity when the database has none."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from desktop.gui.first_run import OfficeDialog
from desktop.services.ledger import Ledger
from desktop.services.office import office_info


def _fresh(tmp_path):
    return Ledger.open(str(tmp_path / "fresh.db"), actor="测试员", today=dt.date(2026, 11, 28))


def test_dialog_refuses_a_blank_name_then_sets_the_office(qtbot, gui_app, tmp_path):
    ledger = _fresh(tmp_path)
    try:
        dialog = OfficeDialog(ledger)
        qtbot.addWidget(dialog)
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        assert "行政区划" in dialog.error.text()
        dialog.division.setCurrentIndex(dialog.division.findData("330102"))
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        assert dialog.error.text() == "单位名称不能为空"
        assert office_info(ledger) is None
        dialog.name.insert("杭州市公安局上城区分局")  # Chinese comes through the input method
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        assert dialog.result() == OfficeDialog.DialogCode.Accepted
        info = office_info(ledger)
        assert info["code"] == "330102" and info["name"] == "杭州市公安局上城区分局"
    finally:
        ledger.close()


def test_typed_code_is_accepted(qtbot, gui_app, tmp_path):
    ledger = _fresh(tmp_path)
    try:
        dialog = OfficeDialog(ledger)
        qtbot.addWidget(dialog)
        dialog.division.setEditText("330782")
        dialog.name.setText("义乌市公安局")
        dialog.accept()
        assert office_info(ledger)["code"] == "330782"
    finally:
        ledger.close()


def test_start_without_office_runs_the_first_run_wizard_then_the_window(qtbot, gui_app, tmp_path, monkeypatch):
    """A database without an office identity starts with the first-run wizard (tests/gui/test_wizard.py
    drives the wizard itself); once the office is known, the window opens straight away."""
    from desktop.gui import wizard
    from desktop.gui.app import open_main_window
    from desktop.services.office import init_office

    ledger = _fresh(tmp_path)
    seen = []

    def fake_wizard(led, parent=None):
        seen.append("wizard")
        init_office(led, "330102", "上城分局")
        return True

    monkeypatch.setattr(wizard, "run_first_run_wizard", fake_wizard)
    try:
        window = open_main_window(ledger)
        qtbot.addWidget(window)
        assert seen == ["wizard"]
        assert window is not None and "上城分局" in window.office_label.text()
        again = open_main_window(ledger)  # the office is now known: no wizard the second time
        qtbot.addWidget(again)
        assert seen == ["wizard"]
    finally:
        ledger.close()


def test_cancelled_wizard_opens_no_window(qtbot, gui_app, tmp_path, monkeypatch):
    from desktop.gui import wizard
    from desktop.gui.app import open_main_window

    ledger = _fresh(tmp_path)
    monkeypatch.setattr(wizard, "run_first_run_wizard", lambda led, parent=None: False)
    try:
        assert open_main_window(ledger) is None
    finally:
        ledger.close()


def test_run_gui_opens_the_window_and_returns_when_it_closes(qtbot, gui_app, tmp_path, monkeypatch):
    """`python -m desktop` with no subcommand: the ledger is opened, the window shown, exec's code returned."""
    from desktop.gui.app import run_gui
    from desktop.gui.main_window import MainWindow
    from desktop.services.office import init_office
    path = str(tmp_path / "run.db")
    ledger = Ledger.open(path)
    init_office(ledger, "330102", "上城分局")
    ledger.close()
    shown = []

    def fake_exec(_app=None):
        """Stands in for the event loop (a real exec() would close the test's application for good)."""
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        shown.extend(w.windowTitle() for w in windows)
        for w in windows:
            qtbot.addWidget(w)
            w.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", fake_exec)
    assert run_gui(path) == 0
    assert shown == ["run.db（上城分局）"]  # the title bar names the open database (and the office)
