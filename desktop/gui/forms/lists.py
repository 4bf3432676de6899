"""Small read-only tables inside forms (family, roll, history …) that open a row on double-click/Enter."""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Callable, Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget


def text_of(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return QCoreApplication.translate("forms", "是") if value else ""
    if isinstance(value, Decimal):
        return f"{value:,.2f}"
    if hasattr(value, "isoformat"):
        return value.isoformat()[:10]
    return str(value)


class RecordList(QTableWidget):
    """Rows of dicts shown by (header, key-or-function) columns; `opened(id)` on double-click or Enter."""

    opened = Signal(int)

    def __init__(self, columns: Sequence[tuple[str, str | Callable[[dict], Any]]], parent: QWidget | None = None,
                 *, id_key: str = "id", max_rows_visible: int = 6, stretch: int | None = None):
        super().__init__(0, len(columns), parent)
        self.columns = list(columns)
        self.id_key = id_key
        self.rows: list[dict[str, Any]] = []
        self.setHorizontalHeaderLabels([c[0] for c in columns])
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(24)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        if stretch is not None:  # the long text column takes the room left and elides
            header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
            header.setStretchLastSection(False)
            self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            self.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        else:  # a long text (a history's 说明) wraps onto a second line rather than being cut
            header.setStretchLastSection(True)
            self.setWordWrap(True)
            self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.setTabKeyNavigation(False)
        self.max_rows_visible = max_rows_visible
        self.doubleClicked.connect(lambda index: self._open(index.row()))

    def set_rows(self, rows: list[dict[str, Any]], colour: Callable[[dict], str | None] | None = None) -> None:
        self.rows = list(rows)
        self.setRowCount(len(rows))
        for r, row in enumerate(rows):
            fg = colour(row) if colour else None
            for c, (_, key) in enumerate(self.columns):
                value = key(row) if callable(key) else row.get(key)
                item = QTableWidgetItem(text_of(value))
                item.setToolTip(text_of(value))
                if isinstance(value, Decimal):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if fg:
                    item.setForeground(QColor(fg))
                self.setItem(r, c, item)
        visible = max(1, min(len(rows), self.max_rows_visible))
        self.setMinimumHeight(self.horizontalHeader().height() + visible * 24 + 6)

    def sizeHint(self):  # noqa: N802 - Qt's name
        """Wide enough for every column's contents, tall enough for the rows it shows (a dialog fitting
        itself to its content asks this; QTableWidget's own hint is a fixed 256×192)."""
        from PySide6.QtCore import QSize
        width = sum(max(self.sizeHintForColumn(c), self.horizontalHeader().sectionSizeHint(c))
                    for c in range(self.columnCount()) if not self.isColumnHidden(c))
        rows = max(1, min(self.rowCount(), self.max_rows_visible))
        height = self.horizontalHeader().height() + sum(self.rowHeight(r) for r in range(rows)) + 6
        return QSize(width + 2 * self.frameWidth() + 4, max(height, self.minimumHeight()))

    def current_row(self) -> dict[str, Any] | None:
        r = self.currentRow()
        return self.rows[r] if 0 <= r < len(self.rows) else None

    def _open(self, r: int) -> None:
        if 0 <= r < len(self.rows) and self.rows[r].get(self.id_key) is not None:
            self.opened.emit(int(self.rows[r][self.id_key]))

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._open(self.currentRow())
            return
        super().keyPressEvent(event)
