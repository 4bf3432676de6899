"""文件 → 新建数据库… / 打开数据库… / 最近打开的数据库, and the title bar naming the open database."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QMenu

from desktop.gui import databases
from desktop.gui.main_window import MainWindow
from desktop.services import persons
from desktop.services.ledger import Ledger
from desktop.services.office import init_office


def _ledger(path, name="上城分局"):
    ledger = Ledger.open(str(path))
    init_office(ledger, "330102", name)
    return ledger


def _window(qtbot, ledger):
    window = MainWindow(ledger)
    qtbot.addWidget(window)
    switcher = databases.Switcher(ledger, window)
    window.show()
    return window, switcher


def test_the_title_bar_names_the_database_and_the_file_menu_offers_the_others(qtbot, gui_app, tmp_path):
    window, _switcher = _window(qtbot, _ledger(tmp_path / "正式台账.db"))
    assert window.windowTitle() == "正式台账.db（上城分局）"
    menu = window.findChild(QMenu, "fileMenu")
    texts = [a.text() for a in menu.actions()]
    assert texts[:3] == ["新建数据库…", "打开数据库…", "最近打开的数据库"]


def test_opening_another_database_replaces_window_and_ledger_and_is_remembered(qtbot, gui_app, tmp_path,
                                                                                monkeypatch):
    first = _ledger(tmp_path / "a.db")
    other = _ledger(tmp_path / "b.db", "西湖分局")
    persons.create_person(other, {"name": "李勇"})
    other.close()
    window, switcher = _window(qtbot, first)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(tmp_path / "b.db"), ""))
    window.findChild(QMenu, "fileMenu").actions()[1].trigger()
    assert switcher.window is not window and not window.isVisible()
    qtbot.addWidget(switcher.window)
    assert switcher.window.windowTitle() == "b.db（西湖分局）"
    assert persons.count_persons(switcher.ledger) == 1
    assert first.db.is_closed()
    assert databases.recent()[:2] == [str((tmp_path / "b.db").resolve()), str((tmp_path / "a.db").resolve())]
    # the recent list opens the first one again
    recent_menu = switcher.window.findChild(QMenu, "recentDatabases")
    recent_menu.aboutToShow.emit()
    entries = [a for a in recent_menu.actions() if a.isEnabled()]
    assert [a.text() for a in entries] == [f"&1 {(tmp_path / 'a.db').resolve()}"]
    entries[0].trigger()
    qtbot.addWidget(switcher.window)
    assert switcher.window.windowTitle() == "a.db（上城分局）"
    switcher.ledger.close()


def test_a_new_database_runs_the_wizard_and_a_cancelled_one_changes_nothing(qtbot, gui_app, tmp_path, monkeypatch):
    from desktop.gui import wizard
    ledger = _ledger(tmp_path / "a.db")
    window, switcher = _window(qtbot, ledger)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "练习"), ""))
    monkeypatch.setattr(wizard, "run_first_run_wizard", lambda led, parent=None: False)  # the clerk cancels
    assert switcher.new_database() is False
    assert switcher.window is window and switcher.ledger is ledger and not ledger.db.is_closed()
    assert not (tmp_path / "练习.db").exists()  # a cancelled new database leaves no file behind

    def set_up(led, parent=None):
        init_office(led, "330106", "西湖分局")
        return True
    monkeypatch.setattr(wizard, "run_first_run_wizard", set_up)
    assert switcher.new_database() is True
    qtbot.addWidget(switcher.window)
    assert (tmp_path / "练习.db").exists()
    assert switcher.window.windowTitle() == "练习.db（西湖分局）"
    switcher.ledger.close()
