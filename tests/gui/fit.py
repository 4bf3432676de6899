"""Finding text that does not fit: clipped or elided labels, buttons, line edits, combo boxes,
group box titles, tab names, header sections and table cells of a shown widget tree.

`problems(root)` returns one line per piece of text that the widget cannot show whole, naming the
window, the widget (object name or class) and the text. Only what is visible counts.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractItemView, QCheckBox, QComboBox, QGroupBox, QHeaderView, QLabel, QLineEdit,
    QListView, QRadioButton, QScrollArea, QStyle, QStyleOptionButton, QTabBar, QTableView, QToolButton, QWidget,
)

SLACK = 1  # px: rounding at fractional scale factors
HEIGHT_SLACK = 2  # px: a line box's leading above and below the ink of CJK glyphs


def _name(w: QWidget) -> str:
    window = w.window()
    title = window.windowTitle() or window.objectName() or type(window).__name__
    return f"[{title}] {w.objectName() or type(w).__name__}"


def _visible(w: QWidget) -> bool:
    return w.isVisible() and w.width() > 0 and w.height() > 0 and w.isVisibleTo(w.window())


def _label(w: QLabel) -> list[str]:
    text = w.text()
    if not text or w.pixmap() is not None and not w.pixmap().isNull():
        return []
    rect = w.contentsRect()
    margin = 2 * w.margin() + (2 * w.indent() if w.indent() > 0 else 0)
    if w.wordWrap() or w.textFormat() == Qt.TextFormat.RichText or "<" in text:
        need = w.heightForWidth(w.width()) if w.wordWrap() else w.sizeHint().height()
        need_w = 0 if w.wordWrap() else w.minimumSizeHint().width()
        if need > w.height() + SLACK:
            return [f"{_name(w)}: “{_plain(text)}” needs {need} px of height, has {w.height()}"]
        if need_w > w.width() + SLACK:
            return [f"{_name(w)}: “{_plain(text)}” needs {need_w} px, has {w.width()}"]
        return []
    fm = QFontMetrics(w.font())
    lines = text.split("\n")
    need_w = max(fm.horizontalAdvance(line) for line in lines) + margin
    need_h = fm.height() * len(lines)
    out = []
    if need_w > rect.width() + SLACK:
        out.append(f"{_name(w)}: “{_plain(text)}” needs {need_w} px, has {rect.width()}")
    if need_h > rect.height() + HEIGHT_SLACK:
        out.append(f"{_name(w)}: “{_plain(text)}” cut at top or bottom ({need_h} px tall, {rect.height()} shown)")
    return out


def _plain(text: str) -> str:
    import re
    return re.sub(r"<[^>]+>", "", text).replace("\n", " ")[:40]


def _button(w: QAbstractButton) -> list[str]:
    text = w.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
    if not text:
        return []
    hint = w.sizeHint()
    if isinstance(w, (QCheckBox, QRadioButton)):
        need = hint.width()
    elif isinstance(w, QToolButton):
        need = hint.width() if w.toolButtonStyle() != Qt.ToolButtonStyle.ToolButtonIconOnly else 0
    else:
        opt = QStyleOptionButton()
        opt.initFrom(w)
        fm = QFontMetrics(w.font())
        need = fm.horizontalAdvance(text) + 2 * w.style().pixelMetric(QStyle.PixelMetric.PM_ButtonMargin, opt, w)
        if not w.icon().isNull():
            need += w.iconSize().width() + 4
    out = []
    if need > w.width() + SLACK:
        out.append(f"{_name(w)}: button “{text}” needs {need} px, has {w.width()}")
    if QFontMetrics(w.font()).height() > w.height() + HEIGHT_SLACK:
        out.append(f"{_name(w)}: button “{text}” cut at top or bottom")
    return out


def _line_edit(w: QLineEdit) -> list[str]:
    text = w.text() or w.placeholderText()
    if not text or w.echoMode() != QLineEdit.EchoMode.Normal:
        return []
    fm = QFontMetrics(w.font())
    margins = w.textMargins()
    frame = w.style().pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth, None, w) * 2 + 4
    actions = sum(18 for a in w.actions() if a.isVisible())
    avail = w.width() - frame - margins.left() - margins.right() - actions
    need = fm.horizontalAdvance(text)
    if need > avail + SLACK:
        return [f"{_name(w)}: field text “{text[:40]}” needs {need} px, has {avail}"]
    return []


def _combo(w: QComboBox) -> list[str]:
    text = w.currentText()
    if not text or w.isEditable() and w.lineEdit() is not None:
        return [] if not text else _line_edit(w.lineEdit())
    hint_w = QFontMetrics(w.font()).horizontalAdvance(text)
    arrow = w.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, w) + 12
    if hint_w + arrow > w.width() + SLACK:
        return [f"{_name(w)}: choice “{text}” needs {hint_w + arrow} px, has {w.width()}"]
    return []


def _group(w: QGroupBox) -> list[str]:
    need = QFontMetrics(w.font()).horizontalAdvance(w.title()) + 20
    return [f"{_name(w)}: box title “{w.title()}” needs {need} px, has {w.width()}"] if w.title() and need > w.width() else []


def _tabs(w: QTabBar) -> list[str]:
    out = []
    fm = QFontMetrics(w.font())
    for i in range(w.count()):
        text = w.tabText(i).replace("&", "")
        if fm.horizontalAdvance(text) + 8 > w.tabRect(i).width() + SLACK:
            out.append(f"{_name(w)}: tab “{text}” is cut")
    return out


def _header(w: QHeaderView) -> list[str]:
    model = w.model()
    if model is None or not w.isVisible():
        return []
    fm = QFontMetrics(w.font())
    out = []
    horizontal = w.orientation() == Qt.Orientation.Horizontal
    margin = w.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, w)
    count = model.columnCount() if horizontal else 0
    for section in range(count):
        if w.isSectionHidden(section):
            continue
        text = str(model.headerData(section, w.orientation(), Qt.ItemDataRole.DisplayRole) or "")
        if not text:
            continue
        need = max(fm.horizontalAdvance(line) for line in text.split("\n")) + 2 * margin
        if w.isSortIndicatorShown() and w.sortIndicatorSection() == section:
            need += 12
        if need > w.sectionSize(section) + SLACK:
            out.append(f"{_name(w.parentWidget() or w)}: column heading “{text}” needs {need} px, has {w.sectionSize(section)}")
    return out


def _cells(w: QAbstractItemView, rows: int = 30) -> list[str]:
    model = w.model()
    if model is None or isinstance(w, QListView) and w.wordWrap():
        return []
    fm = QFontMetrics(w.font())
    out: list[str] = []
    wrap = getattr(w, "wordWrap", lambda: False)()
    columns = model.columnCount(QModelIndex()) if not isinstance(w, QListView) else 1
    for row in range(min(rows, model.rowCount(QModelIndex()))):
        for col in range(columns):
            if isinstance(w, QTableView) and w.isColumnHidden(col):
                continue
            index = model.index(row, col)
            text = model.data(index, Qt.ItemDataRole.DisplayRole)
            if text in (None, ""):
                continue
            text = str(text)
            rect = w.visualRect(index)
            if rect.width() <= 0:
                continue
            need = w.sizeHintForIndex(index).width()  # the delegate's own measure, margins included
            lines = max(1, rect.height() // max(1, fm.height()))
            # no slack: the delegate elides as soon as its own measure passes the cell (已移送行为发… at 1 px)
            if need > rect.width() and not (wrap and lines >= 2 and need <= rect.width() * lines):
                out.append(f"{_name(w)}: cell ({row + 1}, {col + 1}) “{text[:30]}” needs {need} px, has {rect.width()}")
            if fm.height() > rect.height() + HEIGHT_SLACK:
                out.append(f"{_name(w)}: cell ({row + 1}, {col + 1}) cut at top or bottom")
    return out


def problems(root: QWidget) -> list[str]:
    """Every piece of visible text under `root` that is not shown whole."""
    out: list[str] = []
    for w in [root, *root.findChildren(QWidget)]:
        if not _visible(w) or w.property("fit_elides"):  # a column made to elide says so
            continue
        if isinstance(w, QScrollArea) and w.horizontalScrollBar().isVisible():
            out.append(f"{_name(w)}: content wider than its window (a sideways scroll bar)")
        if isinstance(w, QLabel):
            out += _label(w)
        elif isinstance(w, QAbstractButton) and not isinstance(w.parentWidget(), QTabBar):
            out += _button(w)
        elif isinstance(w, QLineEdit) and not isinstance(w.parentWidget(), QComboBox):
            out += _line_edit(w)
        elif isinstance(w, QComboBox):
            out += _combo(w)
        elif isinstance(w, QGroupBox):
            out += _group(w)
        elif isinstance(w, QTabBar):
            out += _tabs(w)
        elif isinstance(w, QHeaderView):
            out += _header(w)
        elif isinstance(w, QAbstractItemView) and not isinstance(w, QHeaderView):
            out += _cells(w)
    return out
