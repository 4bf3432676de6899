"""Editors built from FieldSpecs, with inline validation as the user types.

Every field is coerced with desktop.domain.fields.coerce on each edit; the reason a value is
refused shows in red under the field, and the form reports whether any error remains.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any, Callable

from PySide6.QtCore import QDate, QObject, QSize, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCalendarWidget, QCheckBox, QComboBox, QCompleter, QGridLayout, QLabel, QLineEdit, QMenu,
    QPlainTextEdit, QSizePolicy, QSpinBox, QStyle, QWidget, QWidgetAction,
)

from desktop.domain import codes, divisions
from desktop.domain.errors import UserError
from desktop.domain.fields import BOOL, CODE, DATE, DIVISION, INT, MONEY, FieldSpec, coerce, parse_date

ERROR_STYLE = "color: #c62828;"


def english() -> bool:
    """The UI language chosen in settings (ui/language) is English; Chinese otherwise."""
    from desktop.gui.app import language

    return language() == "en"


def field_label(spec: FieldSpec) -> str:
    """A field's label in the UI language (FieldSpec carries both)."""
    return spec.en if english() and spec.en else spec.label


def code_label(entry: codes.Code) -> str:
    return entry.label("en" if english() else "zh")


class DateEdit(QLineEdit):
    """A date typed as clerks type it, or picked from a calendar.

    Takes 2026-11-20, 2026/11/20, 2026.11.20, 20261120 and 2026年11月20日 (domain.fields.parse_date).
    What is typed stays as typed until it is a date: then, on leaving the field, it is shown as
    2026-11-20 (the same day). An impossible date stays on screen with the form's inline error,
    never blanked or changed. `dateChanged` fires on every edit.
    """

    dateChanged = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setPlaceholderText(self.tr("如 2026-11-20"))
        self.setMaxLength(20)
        self.setClearButtonEnabled(False)
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogDetailedView)
        self.calendar_action = self.addAction(icon, QLineEdit.ActionPosition.TrailingPosition)
        self.calendar_action.setToolTip(self.tr("从日历中选择"))
        self.calendar_action.triggered.connect(self.show_calendar)
        self.textChanged.connect(lambda _t: self.dateChanged.emit())
        self.editingFinished.connect(self._tidy)
        self._menu: QMenu | None = None

    def sizeHint(self) -> QSize:  # room for 2026年11月20日 and the calendar button
        hint = super().sizeHint()
        return QSize(max(hint.width(), self.fontMetrics().horizontalAdvance("2026年11月20日") + 48), hint.height())

    # -- the calendar ------------------------------------------------------------
    def show_calendar(self) -> None:
        menu = QMenu(self)
        calendar = QCalendarWidget(menu)
        calendar.setObjectName("calendar")
        day = self.value() or dt.date.today()  # an empty field opens at today, not at 1889
        calendar.setSelectedDate(QDate(day.year, day.month, day.day))
        pick = QWidgetAction(menu)
        pick.setDefaultWidget(calendar)
        menu.addAction(pick)

        def chosen(date: QDate) -> None:
            self.set_value(dt.date(date.year(), date.month(), date.day()))
            self.dateChanged.emit()
            menu.close()
        calendar.clicked.connect(chosen)
        calendar.activated.connect(chosen)
        self._menu = menu
        menu.popup(self.mapToGlobal(self.rect().bottomLeft()))

    # -- values ------------------------------------------------------------------
    def typed(self) -> str:
        """What is in the field, as typed (services parse it and name the field if it is no date)."""
        return self.text().strip()

    def is_empty(self) -> bool:
        return not self.typed()

    def clear_date(self) -> None:
        self.clear()

    def value(self) -> dt.date | None:
        """The date, or None when empty or not (yet) a date."""
        try:
            return parse_date(self.typed())
        except UserError:
            return None

    def set_value(self, value: dt.date | str | None) -> None:
        if value is None or value == "":
            self.clear()
            return
        if isinstance(value, str):
            try:
                day = parse_date(value)
            except UserError:
                self.setText(value)  # kept as it is, with its error
                return
        else:
            day = value
        self.setText(day.isoformat() if day else "")

    def setDate(self, date: QDate) -> None:  # noqa: N802 - QDateEdit's name, kept for callers
        self.set_value(dt.date(date.year(), date.month(), date.day()))

    def _tidy(self) -> None:
        day = self.value()
        if day is not None and self.typed() != day.isoformat():
            self.setText(day.isoformat())  # the same day, written the usual way


class DivisionCombo(QComboBox):
    """Zhejiang cities and counties, typed or picked (matches any part of the name or code)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.addItem("", "")
        for d in sorted(divisions.cities() + divisions.counties(), key=lambda d: d.code):
            self.addItem(f"{divisions.full_name(d.code)}（{d.code}）", d.code)
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self.setMaxVisibleItems(20)

    def value(self) -> str:
        text = self.currentText().strip()
        i = self.findText(text)
        if i >= 0:
            return self.itemData(i)
        return text  # a typed code or a wrong text: coerce() says what is wrong

    def set_value(self, code: str | None) -> None:
        i = self.findData(code or "")
        if i >= 0:
            self.setCurrentIndex(i)
        else:
            self.setEditText(code or "")


class FieldEditor(QObject):
    """One field: its label, editor widget and error label."""

    changed = Signal(str)  # field name

    def __init__(self, spec: FieldSpec, parent: QWidget):
        super().__init__(parent)
        self.spec = spec
        self.error = ""
        self.touched = False
        self.extra_check: Callable[[Any], object] | None = None  # raising UserError: checks beyond coerce()
        self.label = QLabel(parent)
        star = ' <span style="color:#c62828">*</span>' if spec.required else ""
        self.label.setText(f"{field_label(spec)}{star}")
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.error_label = QLabel(parent)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.setVisible(False)
        self.error_label.setObjectName(f"error_{spec.name}")
        self.widget = self._make(parent)
        self.widget.setObjectName(f"field_{spec.name}")
        self.label.setBuddy(self.widget)

    # -- building ----------------------------------------------------------
    def _make(self, parent: QWidget) -> QWidget:
        spec = self.spec
        w: QWidget
        if spec.kind == DATE:
            w = date = DateEdit(parent)
            date.dateChanged.connect(self._edited)
        elif spec.kind == BOOL:
            w = check = QCheckBox(parent)
            check.toggled.connect(self._edited)
        elif spec.kind == CODE:
            w = combo = QComboBox(parent)
            combo.addItem("", "")
            for entry in codes.entries(spec.code_list or spec.name):
                combo.addItem(code_label(entry), entry.code)
            combo.currentIndexChanged.connect(self._edited)
        elif spec.kind == DIVISION:
            w = division = DivisionCombo(parent)
            division.currentTextChanged.connect(self._edited)
        elif spec.kind == INT:
            w = spin = QSpinBox(parent)
            low = int(spec.minimum if spec.minimum is not None else 0)
            spin.setRange(low - 1, int(spec.maximum if spec.maximum is not None else 999999))
            spin.setSpecialValueText(" ")  # the value below the minimum stands for "not filled in"
            spin.setValue(low - 1)
            spin.valueChanged.connect(self._edited)
        elif spec.kind == MONEY:
            w = money = QLineEdit(parent)
            money.setPlaceholderText("0.00")
            money.setValidator(QRegularExpressionValidator(r"^[0-9０-９.,，]*万?元?$", money))
            money.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            money.textChanged.connect(self._edited)
        elif spec.multiline:
            w = text = QPlainTextEdit(parent)
            text.setTabChangesFocus(True)
            text.setMinimumHeight(54)
            text.setMaximumHeight(120 if spec.max_length < 5000 else 220)
            text.textChanged.connect(self._edited)
        else:
            w = line = QLineEdit(parent)
            line.setMaxLength(max(spec.max_length * 2, spec.max_length))
            line.textChanged.connect(self._edited)
            if spec.max_length >= 20:  # an office's full name (杭州市公安局上城区分局) shows whole
                line.setMinimumWidth(line.fontMetrics().horizontalAdvance("中" * 12) + 16)
        w.setSizePolicy(QSizePolicy.Policy.Expanding, w.sizePolicy().verticalPolicy())
        return w

    # -- values ------------------------------------------------------------
    def raw(self) -> Any:
        """The value as the service takes it (text, ISO date, code, bool)."""
        w = self.widget
        if isinstance(w, DateEdit):
            return w.typed()  # as typed: coerce() parses it or says why it is no date
        if isinstance(w, QCheckBox):
            return w.isChecked()
        if isinstance(w, DivisionCombo):
            return w.value()
        if isinstance(w, QComboBox):
            return w.currentData() or ""
        if isinstance(w, QSpinBox):
            return "" if w.value() == w.minimum() else str(w.value())
        if isinstance(w, QPlainTextEdit):
            return w.toPlainText().strip()
        return w.text().strip() if isinstance(w, QLineEdit) else ""

    def set_raw(self, value: Any) -> None:
        w = self.widget
        w.blockSignals(True)
        try:
            if isinstance(w, DateEdit):
                w.set_value(value or None)
            elif isinstance(w, QCheckBox):
                w.setChecked(bool(value))
            elif isinstance(w, DivisionCombo):
                w.set_value(value)
            elif isinstance(w, QComboBox):
                i = w.findData(value or "")
                w.setCurrentIndex(i if i >= 0 else 0)
            elif isinstance(w, QSpinBox):
                w.setValue(int(value) if value not in (None, "") else w.minimum())
            elif isinstance(w, QPlainTextEdit):
                w.setPlainText("" if value is None else str(value))
            elif isinstance(w, QLineEdit):
                if isinstance(value, Decimal):
                    value = f"{value:.2f}"
                w.setText("" if value is None else str(value))
        finally:
            w.blockSignals(False)
        self.validate()

    # -- validation ----------------------------------------------------------
    def _edited(self, *_: Any) -> None:
        self.touched = True
        self.validate()
        self.changed.emit(self.spec.name)

    def validate(self) -> str:
        try:
            value = coerce(self.spec, self.raw())
            if self.extra_check is not None:
                self.extra_check(value)
            self.error = ""
        except UserError as exc:
            self.error = exc.message
        self._show()
        return self.error

    def set_error(self, message: str, *, force: bool = True) -> None:
        """An error found elsewhere (a check across fields, or the service's refusal)."""
        self.error = message
        if force:
            self.touched = True
        self._show()

    def _show(self) -> None:
        visible = bool(self.error) and self.touched
        self.error_label.setText(self.error if visible else "")
        self.error_label.setVisible(visible)
        if isinstance(self.widget, (QLineEdit, QPlainTextEdit)):
            self.widget.setStyleSheet("border:1px solid #c62828; background:#fff8f8;" if visible else "")


class FieldForm(QWidget):
    """A grid of FieldEditors for a spec dict; `columns` pairs of label/editor per row."""

    changed = Signal(str)

    def __init__(self, specs: dict[str, FieldSpec], parent: QWidget | None = None, *, columns: int = 2,
                 only: list[str] | None = None):
        super().__init__(parent)
        self.editors: dict[str, FieldEditor] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(2)
        row = col = 0
        names = only or list(specs)
        previous: QWidget | None = None
        for name in names:
            spec = specs[name]
            ed = FieldEditor(spec, self)
            ed.changed.connect(self.changed)
            self.editors[name] = ed
            wide = spec.multiline
            if wide and col:
                row, col = row + 2, 0
            span = columns * 2 - 1 if wide else 1
            ed.label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop if wide else Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(ed.label, row, col * 2)
            grid.addWidget(ed.widget, row, col * 2 + 1, 1, span)
            grid.addWidget(ed.error_label, row + 1, col * 2 + 1, 1, span)
            if previous is not None:
                QWidget.setTabOrder(previous, ed.widget)
            previous = ed.widget
            if wide:
                row, col = row + 2, 0
            else:
                col += 1
                if col >= columns:
                    row, col = row + 2, 0
        for c in range(columns):
            grid.setColumnStretch(c * 2 + 1, 1)
        self.last_widget = previous

    def first_widget(self) -> QWidget | None:
        return next(iter(self.editors.values())).widget if self.editors else None

    def raw(self) -> dict[str, Any]:
        return {name: ed.raw() for name, ed in self.editors.items()}

    def set_raw(self, values: dict[str, Any]) -> None:
        for name, ed in self.editors.items():
            if name in values:
                ed.set_raw(values[name])

    def validate_all(self) -> dict[str, str]:
        for ed in self.editors.values():
            ed.validate()
        return self.errors()

    def errors(self) -> dict[str, str]:
        return {name: ed.error for name, ed in self.editors.items() if ed.error}

    def show_all_errors(self) -> None:
        for ed in self.editors.values():
            ed.touched = True
            ed._show()
