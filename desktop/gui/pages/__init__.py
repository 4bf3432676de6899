"""The main window's pages: (key, Chinese title, "module:ClassName"), in navigation order.

A page is a QWidget taking (ledger, parent=None) with an optional refresh() called whenever it is
shown, and optional new_record() / focus_search() / save() for Ctrl+N / Ctrl+F / Ctrl+S.
A page whose module is missing or broken raises: the tests open every page.
"""

from __future__ import annotations

import importlib
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget


def _t(text: str) -> str:
    return QCoreApplication.translate("Pages", text)


# (key, title marked for translation, target); QT_TRANSLATE_NOOP is typed as returning object
PAGES: list[tuple[str, Any, str]] = [
    ("home", QT_TRANSLATE_NOOP("Pages", "首页"), "desktop.gui.pages.home:HomePage"),
    ("people", QT_TRANSLATE_NOOP("Pages", "人员台账"), "desktop.gui.pages.people:PeoplePage"),
    ("deeds", QT_TRANSLATE_NOOP("Pages", "事迹与确认"), "desktop.gui.pages.deeds:DeedsPage"),
    ("awards", QT_TRANSLATE_NOOP("Pages", "表彰奖励"), "desktop.gui.pages.awards:AwardsPage"),
    ("guarantees", QT_TRANSLATE_NOOP("Pages", "优抚保障"), "desktop.gui.pages.guarantees:GuaranteesPage"),
    ("visits", QT_TRANSLATE_NOOP("Pages", "走访慰问"), "desktop.gui.pages.visits:VisitsPage"),
    ("publicity", QT_TRANSLATE_NOOP("Pages", "宣传报道"), "desktop.gui.pages.publicity:PublicityPage"),
    ("letters", QT_TRANSLATE_NOOP("Pages", "文书打印"), "desktop.gui.pages.letters:LettersPage"),
    ("nominations", QT_TRANSLATE_NOOP("Pages", "推荐与代印"), "desktop.gui.pages.nominations:NominationsPage"),
    ("exchange", QT_TRANSLATE_NOOP("Pages", "数据交换"), "desktop.gui.pages.exchange:ExchangePage"),
    ("stats", QT_TRANSLATE_NOOP("Pages", "统计分析"), "desktop.gui.pages.stats:StatsPage"),
    ("settings", QT_TRANSLATE_NOOP("Pages", "设置"), "desktop.gui.pages.settings:SettingsPage"),
]


def title_of(key: str) -> str:
    """The page's title in the current language (the Chinese titles are the translation sources)."""
    for k, title, _target in PAGES:
        if k == key:
            return _t(title)
    return key


def make_page(target: str, ledger, parent: QWidget | None = None) -> QWidget:
    """The page named by `target` ("module:ClassName"), made for `ledger`."""
    module_name, _, class_name = target.partition(":")
    return getattr(importlib.import_module(module_name), class_name)(ledger, parent)
