"""The main window's pages: (key, Chinese title, "module:ClassName"), in navigation order.

A page is a QWidget taking (ledger, parent=None) with an optional refresh() called whenever it is
shown, and optional new_record() / focus_search() / save() for Ctrl+N / Ctrl+F / Ctrl+S.
A page whose module is missing or fails to import is shown as a placeholder saying what will come.
"""

from __future__ import annotations

import importlib
import logging

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

log = logging.getLogger("desktop.gui")


def _t(text: str) -> str:
    return QCoreApplication.translate("Pages", text)


PAGES: list[tuple[str, str, str]] = [
    ("home", QT_TRANSLATE_NOOP("Pages", "首页"), "desktop.gui.pages.home:HomePage"),
    ("people", QT_TRANSLATE_NOOP("Pages", "人员台账"), "desktop.gui.pages.people:PeoplePage"),
    ("deeds", QT_TRANSLATE_NOOP("Pages", "事迹与确认"), "desktop.gui.pages.deeds:DeedsPage"),
    ("awards", QT_TRANSLATE_NOOP("Pages", "表彰奖励"), "desktop.gui.pages.awards:AwardsPage"),
    ("guarantees", QT_TRANSLATE_NOOP("Pages", "优抚保障"), "desktop.gui.pages.guarantees:GuaranteesPage"),
    ("visits", QT_TRANSLATE_NOOP("Pages", "走访慰问"), "desktop.gui.pages.visits:VisitsPage"),
    ("publicity", QT_TRANSLATE_NOOP("Pages", "宣传报道"), "desktop.gui.pages.publicity:PublicityPage"),
    ("letters", QT_TRANSLATE_NOOP("Pages", "文书打印"), "desktop.gui.pages.letters:LettersPage"),
    ("exchange", QT_TRANSLATE_NOOP("Pages", "数据交换"), "desktop.gui.pages.exchange:ExchangePage"),
    ("stats", QT_TRANSLATE_NOOP("Pages", "统计分析"), "desktop.gui.pages.stats:StatsPage"),
    ("settings", QT_TRANSLATE_NOOP("Pages", "设置"), "desktop.gui.pages.settings:SettingsPage"),
]

# what a page that is not there yet will hold
COMING = {
    "letters": QT_TRANSLATE_NOOP("Pages", "在这里打印确认书、荣誉证书、慰问信等公文，可批量生成并按原样重印。"),
    "exchange": QT_TRANSLATE_NOOP("Pages", "在这里通过U盘与市、省两级交换数据：导出数据包、预览并导入收到的数据包。"),
    "stats": QT_TRANSLATE_NOOP("Pages", "在这里按年度、类别、地区统计见义勇为人员与事迹，并导出统计报表。"),
}


def title_of(key: str) -> str:
    """The page's title in the current language (the Chinese titles are the translation sources)."""
    for k, title, _target in PAGES:
        if k == key:
            return _t(title)
    return key


class PlaceholderPage(QWidget):
    """Stands in for a page whose module is not there yet (or failed to load)."""

    def __init__(self, ledger, key: str, title: str, error: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.key = key
        layout = QVBoxLayout(self)
        heading = QLabel(title, self)
        heading.setObjectName("pageHeading")
        layout.addWidget(heading)
        text = _t(COMING[key]) if key in COMING else self.tr("此功能将在后续版本中提供。")
        if error:
            text += "\n\n" + self.tr("（页面未能加载：{0}）").format(error)
        body = QLabel(text, self)
        body.setWordWrap(True)
        body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        body.setObjectName("placeholderText")
        layout.addWidget(body)
        layout.addStretch(1)


def make_page(key: str, title: str, target: str, ledger, parent: QWidget | None = None) -> QWidget:
    """Instantiate a page, or a placeholder if its module is missing or broken."""
    module_name, _, class_name = target.partition(":")
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        if exc.name == module_name:
            return PlaceholderPage(ledger, key, title, parent=parent)
        log.exception("页面 %s 加载失败", key)
        return PlaceholderPage(ledger, key, title, str(exc), parent=parent)
    except Exception as exc:  # a broken page must not take the window down
        log.exception("页面 %s 加载失败", key)
        return PlaceholderPage(ledger, key, title, str(exc), parent=parent)
    try:
        return getattr(module, class_name)(ledger, parent)
    except Exception as exc:
        log.exception("页面 %s 创建失败", key)
        return PlaceholderPage(ledger, key, title, str(exc), parent=parent)
