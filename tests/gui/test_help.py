"""Help menu: the bundled Chinese guide, the About dialog with the version and icon.

The smoke hook (arm_gui_smoke) ends the application's event loop, so it is tested in a process of its
own: tests/packaging/test_bundle.py::test_gui_smoke_start_from_source."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from desktop import __version__
from desktop.gui import help as help_menu
from desktop.resources import resource_path


def test_guide_dialog_shows_the_bundled_guide(qtbot, gui_app):
    dialog = help_menu.GuideDialog()
    qtbot.addWidget(dialog)
    text = dialog.browser.toPlainText()
    assert text.startswith("见义勇为工作台 使用指南")  # the markdown heading, rendered (no '#')
    assert "首次使用设置" in text and "签发（取文号）" in text and "导出数据包…" in text
    assert "立即备份到…" in text and "--selftest" in text
    assert "## " not in text  # rendered as markdown, not shown as source


def test_about_dialog_names_the_version_and_has_the_icon(qtbot, gui_app):
    dialog = help_menu.AboutDialog()
    qtbot.addWidget(dialog)
    assert f"见义勇为工作台 {__version__}" in dialog.text.text()
    assert "OFL" in dialog.text.text()
    assert not help_menu.app_icon().isNull()
    assert resource_path("icons", "yiyong.ico").is_file()


def test_install_help_menu_replaces_the_shell_actions(qtbot, gui_app, sqlite_ledger):
    from desktop.gui.main_window import MainWindow
    window = MainWindow(sqlite_ledger)
    qtbot.addWidget(window)
    menu = help_menu.install_help_menu(window)
    titles = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert titles == ["使用指南", "打开数据文件夹", "关于见义勇为工作台"]
    helps = [a for a in window.menuBar().actions() if a.menu() is not None and "帮助" in a.text()]
    assert len(helps) == 1  # the shell's menu, refilled; not a second one
    assert not window.windowIcon().isNull()
    guide = [a for a in menu.actions() if a.objectName() == "actionGuide"][0]
    guide.trigger()
    shown = [w for w in QApplication.topLevelWidgets() if w.objectName() == "guideDialog" and w.isVisible()]
    assert len(shown) == 1
    guide.trigger()  # a second F1 raises the open guide rather than opening another
    assert len([w for w in QApplication.topLevelWidgets()
                if w.objectName() == "guideDialog" and w.isVisible()]) == 1
    for w in shown:
        w.close()

