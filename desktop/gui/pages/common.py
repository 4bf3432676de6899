"""What the shell's pages share: the bridge to the record forms and the searchable table page."""

from __future__ import annotations

import logging
from typing import Any, Sequence

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import codes, divisions
from desktop.domain import settings as registry
from desktop.domain.errors import UserError
from desktop.gui import forms
from desktop.gui.app import preference, settings
from desktop.gui.flow_layout import FlowLayout
from desktop.gui.table_model import Column, LazyTableModel
from desktop.gui.workers import Task, run_in_background
from desktop.services import listing

log = logging.getLogger("desktop.gui")


# -- the record forms ------------------------------------------------------------------

def record_signals():
    return forms.record_signals


def open_record(parent, ledger, kind: str, record_id: int) -> None:
    """Open a record's form (forms.open_record)."""
    forms.open_record(parent, ledger, kind, int(record_id))


def new_record(parent, ledger, kind: str, **context: Any) -> int | None:
    """Open an empty form for a new record (forms.new_record); returns the new id or None."""
    return forms.new_record(parent, ledger, kind, **context)




# -- filter choices ---------------------------------------------------------------------

def code_choices(list_name: str) -> list[tuple[str, str]]:
    return [(e.code, e.zh) for e in codes.entries(list_name)]


def county_choices(office_code: str = "") -> list[tuple[str, str]]:
    """Zhejiang counties, those of the office's own city first."""
    city = office_code[:4]
    items = sorted(divisions.counties(), key=lambda d: (d.code[:4] != city, d.code))
    return [(d.code, f"{divisions.name_of(d.parent) if d.parent else ''}{d.name}") for d in items]


def year_choices(ledger, table: str) -> list[tuple[str, str]]:
    span = listing.year_range(ledger, table)
    today = ledger.today().year
    lo, hi = (span or (today, today))
    hi = max(hi, today)
    return [(str(y), str(y)) for y in range(hi, min(lo, hi) - 1, -1)]


class Filter:
    """A combo box filter: key passed to the listing, its label, the choices (code, text)."""

    def __init__(self, key: str, label: str, choices: list[tuple[str, str]]):
        self.key = key
        self.label = label
        self.choices = choices


# -- a searchable, filterable, lazily loaded table ---------------------------------------

class RecordTable(QWidget):
    """Search box, filters, 新增 button and a lazy table of one listing; opens records on Enter."""

    opened = Signal(str, int)
    current_changed = Signal(object)  # the row dict, or None

    def __init__(self, ledger, table: str, kind: str, columns: list[Column], *, settings_key: str,
                 filters: Sequence[Filter] = (), search_hint: str = "", new_kind: str | None = None,
                 parent: QWidget | None = None, page_size: int | None = None):
        super().__init__(parent)
        self.ledger = ledger
        self.kind = kind
        self.new_kind = new_kind or kind
        self.settings_key = settings_key
        self.new_context: dict[str, Any] = {}
        self.task: Task | None = None
        page_size = page_size or preference(registry.PAGE_SIZE)
        self.model = LazyTableModel(ledger, table, columns, page_size=page_size, parent=self)
        # masked by default; shown in full only if the setting asks for it AND the role may see it
        from desktop.services.privacy import audit_full_view, may_see_full
        wanted = preference(registry.REVEAL_SENSITIVE)
        self.model.reveal_sensitive = wanted and may_see_full(ledger)
        if self.model.reveal_sensitive:  # seeing them in full is audited, as `--full` is
            try:
                audit_full_view(ledger, table)
            except UserError as exc:  # another program holds the database: shown masked instead
                log.warning("完整显示未能记入审计日志，改为遮蔽显示：%s", exc.message)
                self.model.reveal_sensitive = False

        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(search_hint or self.tr("搜索：姓名、拼音首字母、证件号码或关键词"))
        # grows with the window (stretch 2); never narrower than its hint (the clear button beside it)
        self.search.setMinimumWidth(max(200, self.search.fontMetrics().horizontalAdvance(
            self.search.placeholderText()) + 40))
        self.filter_boxes: dict[str, QComboBox] = {}
        bar = self.bar = FlowLayout()  # wraps on a narrow window (1366×768 at 150 %)
        bar.addWidget(self.search, 2)
        for f in filters:
            box = QComboBox(self)
            box.addItem(self.tr("全部{0}").format(f.label), "")
            for code, text in f.choices:
                box.addItem(text, code)
            box.setToolTip(f.label)
            box.setMaxVisibleItems(20)
            # as wide as its "全部…" label, not its longest choice: the bar must fit 1366 px in either
            # language (English labels overlapped); the list that drops down shows choices in full
            metrics = box.fontMetrics()
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(1)
            box.setMinimumWidth(metrics.horizontalAdvance(box.itemText(0)) + 36)
            box.view().setMinimumWidth(max(metrics.horizontalAdvance(box.itemText(i)) for i in range(box.count())) + 36)
            box.currentIndexChanged.connect(self._query_changed)
            self.filter_boxes[f.key] = box
            bar.addWidget(box)
        self.count_label = QLabel(self)
        bar.addWidget(self.count_label)
        bar.addStretch(1)
        self.export_button = QPushButton(self.tr("导出Excel"), self)
        self.export_button.setToolTip(self.tr("把当前筛选、排序后的全部行导出为 Excel 文件"))
        self.export_button.clicked.connect(self.export_excel)
        bar.addWidget(self.export_button)
        self.new_button = QPushButton(self.tr("新增"), self)
        self.new_button.setToolTip(self.tr("新增记录（Ctrl+N）"))
        self.new_button.clicked.connect(self.new_record)
        bar.addWidget(self.new_button)

        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setDefaultSectionSize(26)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.verticalHeader().setVisible(False)
        header = self.view.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        header.setSortIndicatorShown(True)
        header.setSectionsClickable(True)
        header.sectionClicked.connect(self._sort_clicked)
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder
        header.setSortIndicator(-1, self._sort_order)
        for i, col in enumerate(columns):
            if col.width:  # never narrower than its heading (fonts and scaling differ between PCs)
                heading = self.view.fontMetrics().horizontalAdvance(col.title) + 32
                # nor than the longest of the texts it may show, when they are known (state names)
                texts = max((self.view.fontMetrics().horizontalAdvance(t) + 16 for t in col.extra.get("fits", ())),
                            default=0)
                self.view.setColumnWidth(i, max(col.width, heading, texts))
        self.view.doubleClicked.connect(lambda index: self.open_row(index.row()))
        self.view.installEventFilter(self)
        self.view.selectionModel().currentRowChanged.connect(
            lambda cur, _prev: self.current_changed.emit(self.model.row(cur.row()) if cur.isValid() else None))
        self.model.modelReset.connect(lambda: self.current_changed.emit(None))
        self.setFocusProxy(self.search)
        self.setTabOrder(self.search, self.view)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.search.returnPressed.connect(self._search_now)
        self.restore_columns()
        self.model.loaded.connect(self._show_count)

    # -- export ----------------------------------------------------------------------------
    def export_excel(self) -> None:
        """Every row of the table as filtered and sorted on screen, visible columns, to .xlsx."""
        from PySide6.QtWidgets import QFileDialog

        from desktop.services.privacy import mask, shown_in_full
        from desktop.services.table_export import export_rows

        path, _ = QFileDialog.getSaveFileName(self, self.tr("导出Excel"), f"{self.settings_key}.xlsx",
                                              self.tr("Excel 工作簿 (*.xlsx)"))
        if not path:
            return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        header = self.view.horizontalHeader()
        columns = [c for i, c in enumerate(self.model.columns) if not header.isSectionHidden(i)]
        ledger, table = self.ledger, self.model.table
        text, filters, order = self.model.text, dict(self.model.filters), list(self.model.order) or None
        reveal = self.model.reveal_sensitive

        def rows(progress):
            keep = shown_in_full(ledger, "full" if reveal else "view")  # checked (and audited) once
            total = listing.count_rows(ledger, table, text, filters)
            done = 0
            while done < total:
                page = listing.fetch_rows(ledger, table, text, filters, order, limit=1000, offset=done)
                if not page:
                    break
                for row in page:
                    row = mask(row, keep=keep)
                    yield [c.value(row) for c in columns]
                done += len(page)
                if progress(done, total, "") is False:
                    return

        def work(progress):
            return export_rows(path, [(c.key, c.title) for c in columns], rows(progress),
                               title=self.settings_key)

        def done(n):
            QMessageBox.information(self, self.tr("导出完成"), self.tr("已导出 {0} 行到：\n{1}").format(n, path))

        run_in_background(self, self.tr("正在导出Excel"), work, on_done=done)

    # -- query ---------------------------------------------------------------------------
    def filters(self) -> dict[str, Any]:
        out = {key: box.currentData() for key, box in self.filter_boxes.items()}
        out.update(self.fixed_filters())
        return out

    def fixed_filters(self) -> dict[str, Any]:
        """Filters set by the page rather than by the user (e.g. the batch of a roll)."""
        return getattr(self, "_fixed", {})

    def set_fixed_filters(self, fixed: dict[str, Any]) -> None:
        self._fixed = dict(fixed)
        self.reload()

    def _query_changed(self, *_args) -> None:
        self.reload()

    def _search_now(self) -> None:
        self._debounce.stop()
        self.reload()

    def reload(self, *, background: bool = True) -> None:
        """Count and read the first page again; off the GUI thread unless asked otherwise."""
        self._debounce.stop()
        load = self.model.prepare(self.search.text().strip(), self.filters())
        if not background:
            self.model.apply(load())
            return
        if self.task is not None and not self.task.done:
            self.task.cancel()
        self.count_label.setText(self.tr("查询中……"))
        self.task = run_in_background(self, self.tr("正在查询"), load, on_done=self.model.apply,
                                      on_error=self._query_failed)

    def _query_failed(self, exc: BaseException) -> None:
        from desktop.domain.errors import UserError
        self.count_label.setText(exc.message if isinstance(exc, UserError) else self.tr("查询出错"))
        if not isinstance(exc, UserError):
            log.error("查询出错", exc_info=(type(exc), exc, exc.__traceback__))

    def _show_count(self, n: int) -> None:
        self.count_label.setText(self.tr("共 {0} 条").format(n))

    def _sort_clicked(self, section: int) -> None:
        """Qt has already flipped the indicator; sort by it, or put it back on unsortable columns."""
        header = self.view.horizontalHeader()
        col = self.model.columns[section]
        if not col.sort:
            header.setSortIndicator(self._sort_column, self._sort_order)
            return
        self._sort_column, self._sort_order = section, header.sortIndicatorOrder()
        self.model.prepare(order=[(col.sort, self._sort_order == Qt.SortOrder.DescendingOrder)])
        self.reload()

    def set_default_sort(self, key: str, descending: bool = False) -> None:
        """Show the listing's own default order in the header."""
        for i, col in enumerate(self.model.columns):
            if col.sort == key:
                self._sort_column = i
                self._sort_order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
                self.view.horizontalHeader().setSortIndicator(i, self._sort_order)
                return

    # -- records ---------------------------------------------------------------------------
    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if obj is self.view and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                index = self.view.currentIndex()
                if index.isValid():
                    self.open_row(index.row())
                    return True
        return super().eventFilter(obj, event)

    def open_row(self, r: int) -> None:
        record_id = self.model.record_id(r)
        if record_id is None:
            return
        self.opened.emit(self.kind, record_id)
        open_record(self, self.ledger, self.kind, record_id)

    def current_row(self) -> dict[str, Any] | None:
        index = self.view.currentIndex()
        return self.model.row(index.row()) if index.isValid() else None

    def new_record(self) -> None:
        new_id = new_record(self, self.ledger, self.new_kind, **self.new_context)
        if new_id:
            self.reload()

    # -- column choice, remembered -------------------------------------------------------------
    def _hidden_key(self) -> str:
        return f"tables/{self.settings_key}/hidden"

    def restore_columns(self) -> None:
        stored = settings().value(self._hidden_key())
        if stored is None:
            hidden = {c.key for c in self.model.columns if not c.visible}
        else:
            hidden = set(stored if isinstance(stored, list) else [s for s in str(stored).split(",") if s])
        for i, col in enumerate(self.model.columns):
            self.view.setColumnHidden(i, col.key in hidden)

    def hidden_columns(self) -> list[str]:
        return [c.key for i, c in enumerate(self.model.columns) if self.view.isColumnHidden(i)]

    def set_column_visible(self, key: str, visible: bool) -> None:
        for i, col in enumerate(self.model.columns):
            if col.key == key:
                shown = len(self.model.columns) - len(self.hidden_columns())
                if not visible and shown <= 1:
                    return  # keep at least one column
                self.view.setColumnHidden(i, not visible)
        settings().setValue(self._hidden_key(), ",".join(self.hidden_columns()))

    def _column_menu(self, pos) -> QMenu:
        menu = QMenu(self)
        menu.addSection(self.tr("显示的列"))
        for i, col in enumerate(self.model.columns):
            action = QAction(col.title, menu)
            action.setCheckable(True)
            action.setChecked(not self.view.isColumnHidden(i))
            action.toggled.connect(lambda on, key=col.key: self.set_column_visible(key, on))
            menu.addAction(action)
        menu.addSeparator()
        reset = menu.addAction(self.tr("恢复默认列"))
        reset.triggered.connect(self.reset_columns)
        if pos is not None:
            menu.popup(self.view.horizontalHeader().mapToGlobal(pos))
        return menu

    def reset_columns(self) -> None:
        settings().remove(self._hidden_key())
        self.restore_columns()


def label_of(list_name: str, key: str):
    """A Column text function that shows a code's label."""
    return lambda row: row.get(f"{key}_label") or codes.label(list_name, row.get(key))


def division_name(key: str):
    return lambda row: divisions.name_of(row[key]) if row.get(key) else ""


def money(key: str):
    def fmt(row: dict[str, Any]) -> str:
        value = row.get(key)
        return "" if value in (None, "") else f"{value:,.2f}" if not isinstance(value, str) else value
    return fmt


class TablePage(QWidget):
    """A page that is one RecordTable (people, guarantees, visits, publicity)."""

    title = ""

    def __init__(self, ledger, parent: QWidget | None = None):
        super().__init__(parent)
        self.ledger = ledger
        self.table = self.make_table()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        heading = QLabel(self.heading(), self)
        heading.setObjectName("pageHeading")
        layout.addWidget(heading)
        layout.addWidget(self.table, 1)
        record_signals().saved.connect(self._saved)

    def heading(self) -> str:
        return self.title

    def make_table(self) -> RecordTable:
        raise NotImplementedError

    def tables(self) -> list[RecordTable]:
        return [self.table]

    def refresh(self) -> None:
        for t in self.tables():
            t.reload()

    def _saved(self, _kind: str, _id: int) -> None:
        if self.isVisible():  # hidden pages refresh when shown again
            self.refresh()

    def new_record(self) -> None:
        self.tables()[0].new_record()

    def focus_search(self) -> None:
        t = self.tables()[0]
        t.search.setFocus()
        t.search.selectAll()
