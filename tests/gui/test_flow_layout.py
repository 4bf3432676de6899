"""The tool bars' FlowLayout: one line when the window is wide, wrapped lines when it is narrow
(1366×768 at 150 %), the room left on a line shared by the stretch as in a QBoxLayout."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QPushButton, QWidget

from desktop.gui.flow_layout import FlowLayout


def _bar(qtbot):
    root = QWidget()
    qtbot.addWidget(root)
    bar = FlowLayout(root)
    search = QLineEdit(root)
    search.setMinimumWidth(200)
    bar.addWidget(search, 2)
    buttons = [QPushButton(f"全部类别{i}", root) for i in range(4)]
    for b in buttons:
        bar.addWidget(b)
    bar.addStretch(1)
    new = QPushButton("新增", root)
    bar.addWidget(new)
    return root, bar, search, buttons, new


def test_one_line_when_wide_with_the_last_button_at_the_right_edge(qtbot, gui_app):
    root, bar, search, buttons, new = _bar(qtbot)
    root.resize(1400, 100)
    root.show()
    bar.activate()
    assert len({w.geometry().center().y() for w in [search, *buttons, new]}) == 1
    assert new.geometry().right() == root.width() - 1
    assert search.width() > 200  # the search box takes part of the room left over
    assert bar.heightForWidth(1400) == max(w.sizeHint().height() for w in [search, *buttons, new])


def test_wraps_when_narrow_and_nothing_overlaps_or_passes_the_edge(qtbot, gui_app):
    root, bar, search, buttons, new = _bar(qtbot)
    width = search.minimumWidth() + buttons[0].sizeHint().width() + 40
    root.resize(width, bar.heightForWidth(width))
    root.show()
    bar.activate()
    widgets = [search, *buttons, new]
    assert len({w.geometry().top() for w in widgets}) >= 3  # several lines
    assert bar.heightForWidth(width) > bar.heightForWidth(1400)
    for w in widgets:
        assert w.geometry().right() < width and w.width() >= w.minimumSizeHint().width()
    for a in widgets:
        for b in widgets:
            assert a is b or not a.geometry().intersects(b.geometry())
    assert bar.minimumSize().width() == max(max(w.sizeHint().width(), w.minimumWidth()) for w in widgets)
