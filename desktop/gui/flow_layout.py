"""A tool bar row that wraps: its widgets stay on one line while the window is wide enough and move
to a second (third…) line when it is not, e.g. on 1366×768 at 150 % (911 logical pixels).

Used like a QHBoxLayout: addWidget(widget, stretch), insertWidget, indexOf, addStretch, addSpacing.
On each line the room left over is shared by the widgets with a stretch and the stretch items (a
stretch item pushes what follows it on that line to the right edge), as in a QBoxLayout.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QSpacerItem, QWidget, QWidgetItem


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, spacing: int = 6):
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._stretch: list[int] = []
        self._gap = spacing
        self.setContentsMargins(0, 0, 0, 0)

    # -- QLayout ---------------------------------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802
        self._items.append(item)
        self._stretch.append(0)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        if 0 <= index < len(self._items):
            self._stretch.pop(index)
            return self._items.pop(index)
        return None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802
        return Qt.Orientation.Horizontal

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802
        """Everything on one line."""
        shown = [i for i in self._items if not i.isEmpty() or isinstance(i, QSpacerItem)]
        width = sum(self._width(i) for i in shown) + self._gap * max(0, len(shown) - 1)
        height = max((i.sizeHint().height() for i in shown), default=0)
        m = self.contentsMargins()
        return QSize(width + m.left() + m.right(), height + m.top() + m.bottom())

    def minimumSize(self) -> QSize:  # noqa: N802
        """As narrow as the widest widget (one per line)."""
        size = QSize()
        for item in self._items:
            if not item.isEmpty():
                size = size.expandedTo(QSize(self._width(item), item.minimumSize().height()))
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    # -- like QBoxLayout --------------------------------------------------------------------------
    def addWidget(self, widget: QWidget, stretch: int = 0) -> None:  # noqa: N802
        self.insertWidget(len(self._items), widget, stretch)

    def insertWidget(self, index: int, widget: QWidget, stretch: int = 0) -> None:  # noqa: N802
        self.addChildWidget(widget)
        index = len(self._items) if index < 0 else index
        self._items.insert(index, QWidgetItem(widget))
        self._stretch.insert(index, stretch)
        self.invalidate()

    def addStretch(self, stretch: int = 1) -> None:  # noqa: N802
        self._items.append(QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum))
        self._stretch.append(max(1, stretch))
        self.invalidate()

    def addSpacing(self, size: int) -> None:  # noqa: N802
        self._items.append(QSpacerItem(size, 0, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum))
        self._stretch.append(0)
        self.invalidate()

    # -- placing ------------------------------------------------------------------------------------
    @staticmethod
    def _width(item: QLayoutItem) -> int:
        return max(item.sizeHint().width(), item.minimumSize().width())

    def _arrange(self, rect: QRect, move: bool) -> int:
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        lines: list[list[int]] = [[]]
        used = 0
        for i, item in enumerate(self._items):
            if item.isEmpty() and not isinstance(item, QSpacerItem):
                continue
            w = self._width(item)
            if lines[-1] and used + self._gap + w > area.width():
                lines.append([])
                used = 0
            used += (self._gap if lines[-1] else 0) + w
            lines[-1].append(i)
        y = area.y()
        for line in lines:
            while line and isinstance(self._items[line[-1]], QSpacerItem):  # a line never ends in a gap
                line.pop()
            if not line:
                continue
            height = max(self._items[i].sizeHint().height() for i in line)
            widths = {i: self._width(self._items[i]) for i in line}
            room = area.width() - sum(widths.values()) - self._gap * (len(line) - 1)
            takers = [i for i in line if self._stretch[i]]  # shared by stretch, as a QBoxLayout does
            total = sum(self._stretch[i] for i in takers)
            if room > 0 and total:
                given = 0
                for i in takers:
                    widths[i] += room * self._stretch[i] // total
                    given += room * self._stretch[i] // total
                widths[takers[-1]] += room - given  # what rounding left: the line ends at the edge
            if move:
                x = area.x()
                for i in line:
                    item = self._items[i]
                    h = min(height, max(item.sizeHint().height(), item.minimumSize().height()))
                    item.setGeometry(QRect(QPoint(x, y + (height - h) // 2), QSize(widths[i], h)))
                    x += widths[i] + self._gap
            y += height + self._gap
        return max(0, y - self._gap - area.y()) + m.top() + m.bottom()
