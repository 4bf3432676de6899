"""A table model that loads rows lazily, a page at a time, from services.listing.

rowCount comes from one COUNT; a row is read only when a view asks for it, together with the
rest of its page (200 rows). At most `max_pages` pages stay in memory (least recently used are
dropped), so a million-row table opens as fast as a hundred-row one and never holds them all.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Any, Callable

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from desktop.domain.id_number import mask
from desktop.services.privacy import kind_of, mask_value
from desktop.services import listing

AMBER = QColor("#FFE3A3")
RED = QColor("#F6B8B8")
URGENCY_COLOURS = {"near": AMBER, "overdue": RED}


@dataclass
class Column:
    """One column: where its text comes from, how it sorts, whether it is shown by default."""

    key: str
    title: str
    text: Callable[[dict[str, Any]], Any] | None = None  # default: row[key]
    sort: str | None = None  # services.listing sort key; None: not sortable
    sensitive: bool = False  # masked unless the model reveals sensitive data
    visible: bool = True
    width: int = 0
    urgency: Callable[[dict[str, Any]], str | None] | None = None  # "near" / "overdue" → coloured
    align_right: bool = False
    extra: dict[str, Any] = field(default_factory=dict)

    def value(self, row: dict[str, Any]) -> str:
        raw = self.text(row) if self.text else row.get(self.key)
        if raw is None:
            return ""
        if isinstance(raw, bool):
            return QCoreApplication.translate("LazyTableModel", "是") if raw else ""
        return str(raw)


class LazyTableModel(QAbstractTableModel):
    """Rows of one services.listing table; search text, filters and order set by the page."""

    loaded = Signal(int)  # the row count after a (re)load
    RecordIdRole = Qt.ItemDataRole.UserRole + 1
    RowRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, ledger, table: str, columns: list[Column], *, page_size: int = 200,
                 max_pages: int = 20, parent=None):
        super().__init__(parent)
        self.ledger = ledger
        self.table = table
        self.columns = columns
        self.page_size = page_size
        self.max_pages = max_pages
        self.reveal_sensitive = False
        self.text = ""
        self.filters: dict[str, Any] = {}
        self.order: list[tuple[str, bool]] = []
        self._count = 0
        self._pages: OrderedDict[int, list[dict[str, Any]]] = OrderedDict()
        self._generation = 0
        self.fetches = 0  # pages read since the model was made (for tests and benchmarks)

    # -- what to show ------------------------------------------------------------------
    def set_query(self, text: str | None = None, filters: dict[str, Any] | None = None,
                  order: list[tuple[str, bool]] | None = None) -> None:
        """Change search/filters/order and reload now, on this thread."""
        self.apply(self.prepare(text, filters, order)())

    def prepare(self, text: str | None = None, filters: dict[str, Any] | None = None,
                order: list[tuple[str, bool]] | None = None) -> Callable[..., dict[str, Any]]:
        """A function that counts and reads the first page (safe to run on a worker thread)."""
        if text is not None:
            self.text = text
        if filters is not None:
            self.filters = {k: v for k, v in filters.items() if v not in (None, "")}
        if order is not None:
            self.order = list(order)
        self._generation += 1
        generation, ledger, table = self._generation, self.ledger, self.table
        query = (self.text, dict(self.filters), list(self.order))
        size = self.page_size

        def load(progress=None) -> dict[str, Any]:
            count = listing.count_rows(ledger, table, query[0], query[1])
            if progress is not None and progress(1, 2, "") is False:
                return {"generation": generation, "cancelled": True}
            first = listing.fetch_rows(ledger, table, query[0], query[1], query[2] or None, limit=size) if count else []
            return {"generation": generation, "count": count, "first": first}

        return load

    def apply(self, result: dict[str, Any]) -> bool:
        """Show what prepare()'s function read; stale or cancelled results are ignored."""
        if result.get("generation") != self._generation or result.get("cancelled"):
            return False
        self.beginResetModel()
        self._count = result["count"]
        self._pages.clear()
        if result["first"]:
            self._pages[0] = result["first"]
        self.endResetModel()
        self.loaded.emit(self._count)
        return True

    def reload(self) -> None:
        self.set_query()

    def set_reveal_sensitive(self, reveal: bool) -> None:
        self.reveal_sensitive = reveal
        if self._count:
            self.dataChanged.emit(self.index(0, 0), self.index(self._count - 1, len(self.columns) - 1))

    # -- paging --------------------------------------------------------------------------
    @property
    def loaded_rows(self) -> int:
        """How many rows are held in memory right now."""
        return sum(len(p) for p in self._pages.values())

    def _page(self, number: int) -> list[dict[str, Any]]:
        page = self._pages.get(number)
        if page is not None:
            self._pages.move_to_end(number)
            return page
        page = listing.fetch_rows(self.ledger, self.table, self.text, self.filters, self.order or None,
                                  limit=self.page_size, offset=number * self.page_size, total=self._count)
        self.fetches += 1
        self._pages[number] = page
        while len(self._pages) > self.max_pages:
            self._pages.popitem(last=False)
        return page

    def row(self, r: int) -> dict[str, Any] | None:
        """The record shown in row r (read with its page if needed)."""
        if r < 0 or r >= self._count:
            return None
        page = self._page(r // self.page_size)
        i = r % self.page_size
        return page[i] if i < len(page) else None

    def record_id(self, r: int) -> int | None:
        row = self.row(r)
        return row.get("id") if row else None

    # -- Qt ------------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].title if 0 <= section < len(self.columns) else None
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.row(index.row())
        if row is None:
            return "…" if role == Qt.ItemDataRole.DisplayRole else None
        col = self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = col.value(row)
            if col.sensitive and not self.reveal_sensitive and value:
                value = mask_value(col.key, value) if kind_of(col.key) else mask(value)
            return value
        if role == Qt.ItemDataRole.BackgroundRole and col.urgency:
            colour = URGENCY_COLOURS.get(col.urgency(row) or "")
            return QBrush(colour) if colour else None
        if role == Qt.ItemDataRole.TextAlignmentRole and col.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == self.RecordIdRole:
            return row.get("id")
        if role == self.RowRole:
            return row
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorting is done by the database (names by pinyin); columns without a sort key stay put."""
        key = self.columns[column].sort if 0 <= column < len(self.columns) else None
        if not key:
            return
        self.set_query(order=[(key, order == Qt.SortOrder.DescendingOrder)])
