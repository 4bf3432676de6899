"""文件 → 新建数据库… / 打开数据库… / 最近打开的数据库: more than one ledger from the same window.

The wizard tells the clerk to keep practice data apart from the real ledger; this is how: a new
SQLite file is created (and set up by the first-run wizard), an existing one opened, and the last
few are listed. Switching opens the new ledger first (wizard, login) and only then closes the old
window and ledger, so a cancelled switch leaves everything as it was. The title bar names the open
database. The list of recent databases is window state (QSettings), not a ledger setting.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from desktop.domain import settings

if TYPE_CHECKING:
    from desktop.gui.main_window import MainWindow

log = logging.getLogger("desktop.gui")

RECENT_KEY = "recent/databases"
RECENT_MAX = 8


def _t(text: str) -> str:
    return QCoreApplication.translate("Databases", text)


def recent() -> list[str]:
    """Recently opened databases, newest first (paths or URLs; those without a password only)."""
    value = QSettings().value(RECENT_KEY, []) or []
    items = [value] if isinstance(value, str) else value if isinstance(value, list) else []
    return [str(v) for v in items if v]


def remember(target: str) -> None:
    """Put an SQLite file first in the list (PostgreSQL URLs, which may hold a password, never)."""
    items = [target] + [t for t in recent() if t != target]
    QSettings().setValue(RECENT_KEY, items[:RECENT_MAX])


def window_title(ledger) -> str:
    """The title bar: the open database, then the office (the application's name follows)."""
    name = ledger.short_name()
    office = ledger.setting(settings.OFFICE_NAME) or ""
    return f"{name}（{office}）" if office else name


class Switcher:
    """Holds the open ledger and its window; opens another database in their place."""

    def __init__(self, ledger, window: MainWindow):
        self.ledger = ledger
        self.window = window
        self._attach(window, ledger)

    def _attach(self, window: MainWindow, ledger) -> None:
        window.switcher = self
        window.setWindowTitle(window_title(ledger))
        if ledger.file_path():
            remember(str(Path(ledger.file_path()).resolve()))
        install_menu(window)

    def new_database(self) -> bool:
        path, _ = QFileDialog.getSaveFileName(self.window, _t("新建数据库"), str(_start_folder()),
                                              _t("见义勇为工作台数据库 (*.db)"))
        if not path:
            return False
        if not path.endswith(".db"):
            path += ".db"
        if Path(path).exists():
            QMessageBox.warning(self.window, _t("新建数据库"), _t(
                "“{0}”已经存在。请换一个文件名；要使用它，请选“打开数据库…”。").format(path))
            return False
        return self.open(path, new=True)

    def open_database(self) -> bool:
        path, _ = QFileDialog.getOpenFileName(self.window, _t("打开数据库"), str(_start_folder()),
                                              _t("见义勇为工作台数据库 (*.db);;所有文件 (*)"))
        return self.open(path) if path else False

    def open(self, target: str, *, new: bool = False) -> bool:
        """Open `target` in place of the current ledger; False (and nothing changed) if it fails.
        A `new` database whose setting-up was cancelled is removed again."""
        from desktop.domain.errors import UserError
        from desktop.gui.app import open_main_window
        from desktop.services.ledger import Ledger

        current = self.ledger.file_path()
        if current and Path(target).expanduser().resolve() == Path(current).resolve():
            self.window.statusBar().showMessage(_t("这个数据库已经打开"), 5000)
            return False
        try:
            ledger = Ledger.open(target)
        except UserError as exc:
            QMessageBox.warning(self.window, _t("无法打开数据库"), _t("{0}\n当前数据库仍然打开着，可以继续工作。")
                                .format(exc.message))
            return False
        window = open_main_window(ledger, self.window)  # the wizard for a new one, a login if needed
        if window is None:
            ledger.close()
            if new:
                for suffix in ("", "-wal", "-shm"):
                    Path(f"{target}{suffix}").unlink(missing_ok=True)
            self.window.statusBar().showMessage(_t("已取消，当前数据库未改变"), 5000)
            return False
        old_window, old_ledger = self.window, self.ledger
        self.window, self.ledger = window, ledger
        self._attach(window, ledger)
        window.show()
        old_window.close()  # saves its layout, stops its background work
        old_window.deleteLater()
        old_ledger.close()
        return True


def _start_folder() -> Path:
    from desktop.store.db import data_dir
    return data_dir()


def install_menu(window: MainWindow) -> None:
    """The three entries at the top of the window's 文件 menu."""
    file_menu = window.findChild(QMenu, "fileMenu")
    if file_menu is None or file_menu.property("databases_installed"):
        return
    file_menu.setProperty("databases_installed", True)
    first = file_menu.actions()[0] if file_menu.actions() else None
    new = file_menu.addAction(_t("新建数据库…"))
    new.setObjectName("newDatabase")
    new.triggered.connect(lambda: window.switcher.new_database())
    opened = file_menu.addAction(_t("打开数据库…"))
    opened.setObjectName("openDatabase")
    opened.triggered.connect(lambda: window.switcher.open_database())
    recent_menu = QMenu(_t("最近打开的数据库"), file_menu)
    recent_menu.setObjectName("recentDatabases")
    recent_menu.aboutToShow.connect(lambda: _fill_recent(window, recent_menu))
    _fill_recent(window, recent_menu)
    for action in (new, opened, recent_menu.menuAction()):
        file_menu.removeAction(action)
        file_menu.insertAction(first, action)
    file_menu.insertSeparator(first)


def _fill_recent(window: MainWindow, menu: QMenu) -> None:
    menu.clear()
    current = window.switcher.ledger.file_path()
    current = str(Path(current).resolve()) if current else ""
    items = [t for t in recent() if t != current]
    for i, target in enumerate(items, start=1):
        action = menu.addAction(f"&{i} {target}")
        action.triggered.connect(lambda _on=False, t=target: window.switcher.open(t))
    if not items:
        menu.addAction(_t("（没有）")).setEnabled(False)
