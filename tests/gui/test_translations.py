"""Chinese by default; English from resources/translations/yiyong_en.qm when chosen in settings."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from PySide6.QtCore import Qt

from desktop.gui.app import install_translators, translations_dir

SHELL_CONTEXTS = {"App", "MainWindow", "OfficeDialog", "Task", "Pages", "PlaceholderPage", "RecordTable",
                  "HomePage", "PeoplePage", "DeedsPage", "CaseTable", "AwardsPage", "RollTable", "GuaranteesPage",
                  "VisitsPage", "PublicityPage", "SettingsPage", "Forms"}


def test_every_shell_string_has_english():
    tree = ET.parse(translations_dir() / "yiyong_en.ts")
    missing = []
    seen = set()
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name")
        if name not in SHELL_CONTEXTS:
            continue
        seen.add(name)
        for m in ctx.iter("message"):
            t = m.find("translation")
            if t.get("type") == "unfinished" or not (t.text or "").strip():
                missing.append((name, m.findtext("source")))
    assert not missing
    assert {"MainWindow", "Pages", "RecordTable", "PeoplePage", "HomePage"} <= seen
    assert (translations_dir() / "yiyong_en.qm").stat().st_size > 1000


def test_main_window_in_english_then_back_in_chinese(qtbot, gui_app, sqlite_ledger):
    from desktop.gui.main_window import MainWindow
    translators = install_translators(gui_app, "en")
    try:
        assert translators, "yiyong_en.qm did not load"
        window = MainWindow(sqlite_ledger)
        qtbot.addWidget(window)
        nav = [window.nav.item(i).text() for i in range(window.nav.count())]
        assert nav[:3] == ["Home", "People", "Deeds & confirmation"]
        assert window.menuBar().actions()[0].text() == "&File"
        people = window.page("people")
        assert people.table.new_button.text() == "New"
        assert people.table.model.headerData(0, Qt.Orientation.Horizontal) == "Name"
    finally:
        for t in translators:
            gui_app.removeTranslator(t)
    window = MainWindow(sqlite_ledger)
    qtbot.addWidget(window)
    assert window.nav.item(1).text() == "人员台账"
    assert window.menuBar().actions()[0].text() == "文件(&F)"
