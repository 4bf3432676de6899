"""The main window: navigation list on the left, one page per area of the work on the right."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QFont, QFontMetrics, QKeySequence
from PySide6.QtWidgets import (
    QApplication, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMainWindow, QMessageBox, QStackedWidget,
    QWidget,
)

from desktop import __version__
from desktop.gui.pages import PAGES, make_page, title_of
from desktop.gui.pages.common import settings

if TYPE_CHECKING:
    from desktop.gui.databases import Switcher
    from desktop.gui.login import IdleLock
    from desktop.gui.workers import Task


class MainWindow(QMainWindow):
    """Pages are made the first time they are shown; refresh() runs every time one is shown."""

    switcher: Switcher  # set by gui.databases: the open database, and opening another
    daily_backup_task: Task | None  # set by gui.daily_backup
    _idle_lock: IdleLock  # set by gui.login: kept alive with the window

    def __init__(self, ledger, parent: QWidget | None = None):
        super().__init__(parent)
        self.ledger = ledger
        self.setWindowTitle(self.tr("见义勇为工作台"))
        # fits 1366×768 at 150 % (910×485 logical px less the task bar); pages wrap or scroll below that
        self.setMinimumSize(QSize(800, 450))
        self.pages: dict[str, QWidget] = {}

        self.nav = QListWidget(self)
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(132)
        self.nav.setSpacing(1)
        self.stack = QStackedWidget(self)
        for key, title, _target in PAGES:
            item = QListWidgetItem(title_of(key))
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setSizeHint(QSize(120, 36))
            self.nav.addItem(item)
            holder = QWidget(self.stack)  # replaced by the real page when first shown
            holder.setObjectName(f"holder_{key}")
            self.stack.addWidget(holder)
        self.nav.currentRowChanged.connect(self._show_row)
        # wide enough for the longest page name in this language (English "Deeds & confirmation")
        nav_font = QFont(self.nav.font())
        nav_font.setPointSizeF(11)  # the navigation's font size in app.STYLE
        longest = max(QFontMetrics(nav_font).horizontalAdvance(self.nav.item(i).text()) for i in range(self.nav.count()))
        self.nav.setFixedWidth(max(132, longest + 40))  # 14 px indent in STYLE, frame and margins

        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self._make_menus()
        self._make_status_bar()
        self.nav.setCurrentRow(0)
        from desktop.gui.operations import changes
        changes().changed.connect(self._changed)  # a background change: the page on show refreshes

    # -- menus and shortcuts ------------------------------------------------------------------
    def _make_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("文件(&F)"))
        file_menu.setObjectName("fileMenu")  # desktop.gui.databases adds 新建/打开数据库 at its top
        self.new_action = self._action(self.tr("新增记录"), QKeySequence.StandardKey.New, self.new_record)
        self.save_action = self._action(self.tr("保存"), QKeySequence.StandardKey.Save, self.save)
        self.find_action = self._action(self.tr("查找"), QKeySequence.StandardKey.Find, self.focus_search)
        self.refresh_action = self._action(self.tr("刷新"), QKeySequence(Qt.Key.Key_F5), self.refresh)
        for a in (self.new_action, self.save_action, self.find_action, self.refresh_action):
            file_menu.addAction(a)
        file_menu.addSeparator()
        self.quit_action = self._action(self.tr("退出"), QKeySequence("Ctrl+Q"), self.close)
        file_menu.addAction(self.quit_action)

        go_menu = self.menuBar().addMenu(self.tr("页面(&G)"))
        for i, (key, _title, _target) in enumerate(PAGES):
            action = QAction(title_of(key), self)
            if i < 9:
                action.setShortcut(QKeySequence(f"Alt+{i + 1}"))
            action.triggered.connect(lambda _on=False, k=key: self.show_page(k))
            go_menu.addAction(action)
            self.addAction(action)

        help_menu = self.menuBar().addMenu(self.tr("帮助(&H)"))
        help_menu.addAction(self._action(self.tr("使用说明"), QKeySequence.StandardKey.HelpContents, self.show_help))
        help_menu.addAction(self._action(self.tr("关于见义勇为工作台"), None, self.show_about))

    def _action(self, text: str, shortcut, slot) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(lambda _on=False: slot())
        self.addAction(action)
        return action

    def _make_status_bar(self) -> None:
        from desktop.services.office import office_info
        info = office_info(self.ledger) or {}
        office = f"{info.get('name', '')}（{info.get('code', '')}）" if info else self.tr("未设置单位")
        self.office_label = QLabel(office, self)
        self.statusBar().addWidget(self.office_label)
        self.statusBar().addPermanentWidget(QLabel(self.tr("今天：{0}").format(self.ledger.today().isoformat()), self))
        self.statusBar().addPermanentWidget(QLabel(self.tr("操作人：{0}").format(self.ledger.actor), self))

    # -- pages -----------------------------------------------------------------------------
    def page(self, key: str) -> QWidget:
        """The page of `key`, made now if it was not yet."""
        if key not in self.pages:
            index = self._index(key)
            _k, _title, target = PAGES[index]
            page = make_page(target, self.ledger, self.stack)
            page.setObjectName(f"page_{key}")
            old = self.stack.widget(index)
            if old is not None:  # the placeholder made at start
                self.stack.removeWidget(old)
                old.deleteLater()
            self.stack.insertWidget(index, page)
            self.pages[key] = page
        return self.pages[key]

    def _index(self, key: str) -> int:
        for i, (k, _t, _target) in enumerate(PAGES):
            if k == key:
                return i
        raise KeyError(key)

    def show_page(self, key: str) -> QWidget:
        index = self._index(key)
        if self.nav.currentRow() != index:
            self.nav.setCurrentRow(index)  # → _show_row
        return self.page(key)

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        key = PAGES[row][0]
        page = self.page(key)
        self.stack.setCurrentWidget(page)
        refresh = getattr(page, "refresh", None)
        if callable(refresh):
            refresh()

    def _changed(self, kinds: frozenset) -> None:
        """After a CollectionOp: the page in view shows the new state (others refresh when shown)."""
        if kinds == frozenset({"backups"}):
            return  # a copy of the ledger changes nothing on screen
        page = self.current_page()
        refresh = getattr(page, "refresh", None)
        if page is not None and callable(refresh) and page.isVisible():
            refresh()

    def current_page(self) -> QWidget | None:
        return self.stack.currentWidget()

    def _call_page(self, name: str) -> bool:
        fn = getattr(self.current_page(), name, None)
        if callable(fn):
            fn()
            return True
        return False

    def new_record(self) -> None:
        if not self._call_page("new_record"):
            self.statusBar().showMessage(self.tr("此页面不能新增记录"), 3000)

    def save(self) -> None:
        """Ctrl+S: the focused form saves itself; a page with a save() (settings) saves its values."""
        active = QApplication.activeWindow()
        save = getattr(active, "save", None) if active is not self else None
        if callable(save):
            save()
            return
        if not self._call_page("save"):
            self.statusBar().showMessage(self.tr("没有需要保存的内容"), 3000)

    def focus_search(self) -> None:
        self._call_page("focus_search")

    def refresh(self) -> None:
        self._call_page("refresh")

    # -- help ------------------------------------------------------------------------------
    def show_help(self) -> None:
        QMessageBox.information(self, self.tr("使用说明"), self.tr(
            "左侧选择工作页面。\n"
            "Ctrl+N 新增记录，Ctrl+S 保存，Ctrl+F 查找，F5 刷新，Alt+数字 切换页面。\n"
            "表格中双击或按回车打开记录；右键单击表头可选择显示的列。\n"
            "搜索框可输入姓名、拼音首字母（如 zs）、证件号码或其末几位。"))

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("关于见义勇为工作台"), self.tr(
            "见义勇为工作台 {0}\n供县（市、区）见义勇为工作部门离线使用。").format(__version__))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        s = settings()
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/page", PAGES[max(self.nav.currentRow(), 0)][0])
        from desktop.gui.workers import shutdown
        shutdown(owner=self)  # no worker thread may outlive the window (and the ledger it reads)
        super().closeEvent(event)

    def restore_state(self) -> None:
        s = settings()
        geometry = s.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        page = s.value("window/page")
        if page and any(k == page for k, _t, _x in PAGES):
            self.show_page(str(page))

