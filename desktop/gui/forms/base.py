"""The dialog every record form is built on: save in one service call, unsaved-changes question,
errors shown at their field, stale saves offered a reload, Ctrl+S / Esc."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QMessageBox, QPushButton, QScrollArea, QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import StaleRecord, UserError
from desktop.gui.forms.widgets import ERROR_STYLE, FieldForm

SAVE, DISCARD, CANCEL = "save", "discard", "cancel"


def no_auto_default(widget: QWidget) -> None:
    """Enter in a field must not press some button (the picker uses Enter to pick)."""
    for button in widget.findChildren(QPushButton):
        button.setAutoDefault(False)
        button.setDefault(False)


def ask_unsaved(parent: QWidget) -> str:
    """保存/放弃/取消 — what to do with unsaved changes."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(parent.tr("未保存的修改"))
    box.setText(parent.tr("本记录有尚未保存的修改，是否保存？"))
    box.setStandardButtons(QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel)
    box.button(QMessageBox.StandardButton.Save).setText(parent.tr("保存"))
    box.button(QMessageBox.StandardButton.Discard).setText(parent.tr("放弃"))
    box.button(QMessageBox.StandardButton.Cancel).setText(parent.tr("取消"))
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    answer = QMessageBox.StandardButton(box.exec())
    return {QMessageBox.StandardButton.Save: SAVE, QMessageBox.StandardButton.Discard: DISCARD}.get(answer, CANCEL)


def ask_reload(parent: QWidget, message: str) -> bool:
    answer = QMessageBox.question(
        parent, parent.tr("记录已被修改"),
        parent.tr("{0}\n是否重新载入最新内容？（您本次的修改将被放弃）").format(message),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes)
    return answer == QMessageBox.StandardButton.Yes


class RecordDialog(QDialog):
    """A form over FieldSpecs. Subclasses give `specs`, `kind`, `title` and load/create_record/
    update_record (not create/update: those are QWidget's, and Qt calls update() to repaint)."""

    kind = ""
    specs: dict = {}
    columns = 2
    saved = Signal(int)

    def __init__(self, parent: QWidget | None, ledger, record_id: int | None = None, **context: Any):
        super().__init__(parent)
        self.ledger = ledger
        self.record_id = record_id
        self.context = context
        self.record: dict[str, Any] = {}
        self.loaded_raw: dict[str, Any] = {}
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setSizeGripEnabled(True)

        self.banner = QLabel(self)
        self.banner.setObjectName("banner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(ERROR_STYLE + "background:#fdecea; padding:6px; border-radius:3px;")
        self.banner.setVisible(False)
        self.form = FieldForm(self.specs, self, columns=self.form_columns(parent), only=self.field_names())
        self.form.changed.connect(self._on_changed)

        self.buttons = QDialogButtonBox(self)
        self.save_button = QPushButton(self.tr("保存"), self)
        self.save_button.setObjectName("save")
        self.save_button.setDefault(False)
        self.save_button.setAutoDefault(False)
        self.save_button.setToolTip(self.tr("保存（Ctrl+S）"))
        self.close_button = QPushButton(self.tr("关闭"), self)
        self.close_button.setAutoDefault(False)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)

        self.body = QVBoxLayout()
        self.body.addWidget(self.form)
        inner = QWidget(self)
        inner.setLayout(self.body)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.addWidget(self.banner)
        outer.addWidget(scroll, 1)
        self.footer = QHBoxLayout()
        self.footer.addStretch(1)
        self.footer.addWidget(self.buttons)
        outer.addLayout(self.footer)
        self.build()
        self.body.addStretch(1)
        no_auto_default(self)
        self.reload()
        self._inner = inner
        self._fitted = False

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if not self._fitted:  # once, when fonts and styles are as shown; a size set by the caller stays
            self._fitted = True
            if not self.testAttribute(Qt.WidgetAttribute.WA_Resized):
                self._fit_to_content(self._inner)
        super().showEvent(event)

    def _fit_to_content(self, inner: QWidget) -> None:
        """As large as the fields and lists ask for (a scroll area asks for little), within the screen."""
        from PySide6.QtGui import QGuiApplication
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return
        area = screen.availableGeometry()
        hint = inner.sizeHint()
        width = min(hint.width() + 48, int(area.width() * 0.92))
        height = min(hint.height() + self.buttons.sizeHint().height() + 56, int(area.height() * 0.92))
        self.resize(max(self.sizeHint().width(), width), max(self.sizeHint().height(), height))

    NARROW = 1000  # logical px: below this (1366×768 at 150 % gives 910) the fields stand in one column

    def form_columns(self, parent: QWidget | None) -> int:
        """Two label/field pairs a row; one on a narrow screen, where the form scrolls instead."""
        from PySide6.QtGui import QGuiApplication
        screen = (parent.screen() if parent is not None else None) or QGuiApplication.primaryScreen()
        if screen is not None and screen.availableGeometry().width() < self.NARROW:
            return 1
        return self.columns

    # -- for subclasses ------------------------------------------------------
    def field_names(self) -> list[str] | None:
        return None

    def build(self) -> None:
        """Add extra widgets to self.body (below the fields)."""

    def window_title(self) -> str:
        return ""

    def load(self) -> dict[str, Any]:
        raise NotImplementedError

    def create_record(self, values: dict[str, Any]) -> dict[str, Any]:
        raise NotImplementedError

    def update_record(self, changes: dict[str, Any], expected_version: int | None) -> dict[str, Any]:
        raise NotImplementedError

    def extra_dirty(self) -> bool:
        return False

    def extra_errors(self) -> list[str]:
        return []

    def after_load(self) -> None:
        """Fill extra widgets from self.record."""

    # -- state ---------------------------------------------------------------
    def reload(self) -> None:
        self.banner.setVisible(False)
        if self.record_id is not None:
            self.record = self.load()
            self.form.set_raw({k: self.record.get(k) for k in self.form.editors})
        else:
            self.record = {}
            self.form.set_raw(self.defaults())
        self.form.validate_all()
        for ed in self.form.editors.values():
            ed.touched = False
            ed._show()
        self.loaded_raw = self.form.raw()
        self.after_load()
        self.setWindowTitle(self.window_title())
        self._update_save()

    def defaults(self) -> dict[str, Any]:
        return {}

    def changes(self) -> dict[str, Any]:
        now = self.form.raw()
        return {k: v for k, v in now.items() if v != self.loaded_raw.get(k)}

    def is_dirty(self) -> bool:
        return bool(self.changes()) or self.extra_dirty()

    def _on_changed(self, name: str) -> None:
        self.field_changed(name)
        self._update_save()

    def field_changed(self, name: str) -> None:
        """A field was edited (after its own validation)."""

    def _update_save(self) -> None:
        errors = list(self.form.errors().values()) + self.extra_errors()
        self.save_button.setEnabled(not errors)
        self.save_button.setToolTip("\n".join(errors) if errors else self.tr("保存（Ctrl+S）"))

    # -- saving --------------------------------------------------------------
    def save(self) -> bool:
        """One service call; on refusal the field and the reason are shown, nothing is saved."""
        self.form.validate_all()
        errors = self.form.errors()
        if errors or self.extra_errors():
            self.form.show_all_errors()
            first = next(iter(errors), None)
            if first:
                self.form.editors[first].widget.setFocus()
            self._update_save()
            self.show_banner("；".join(list(errors.values()) + self.extra_errors()))
            return False
        try:
            if self.record_id is None:
                values = {k: v for k, v in self.form.raw().items() if v not in ("", None, False)}
                result = self.create_record(values)
            else:
                result = self.update_record(self.changes(), self.record.get("version"))
        except StaleRecord as exc:
            if ask_reload(self, exc.message):
                self.reload()
            return False
        except UserError as exc:
            self.show_error(exc)
            return False
        was_new = self.record_id is None
        self.record_id = result["id"]
        self.reload()
        from desktop.gui.forms import record_signals

        record_signals.saved.emit(self.kind, int(self.record_id))
        self.saved.emit(int(self.record_id))
        self.after_save(was_new)
        return True

    def after_save(self, was_new: bool) -> None:
        self.accept()

    def show_banner(self, message: str, *, ok: bool = False) -> None:
        style = "color:#1b5e20; background:#e8f5e9;" if ok else ERROR_STYLE + "background:#fdecea;"
        self.banner.setStyleSheet(style + " padding:6px; border-radius:3px;")
        self.banner.setText(message)
        self.banner.setVisible(bool(message))

    def show_error(self, exc: UserError) -> None:
        ed = self.form.editors.get(exc.field or "")
        if ed is not None:
            ed.set_error(exc.message)
            ed.widget.setFocus()
        self.show_banner(self.tr("未保存：{0}").format(exc.message))
        self._update_save()

    # -- closing -------------------------------------------------------------
    def reject(self) -> None:
        if self.is_dirty():
            answer = ask_unsaved(self)
            if answer == CANCEL:
                return
            if answer == SAVE:
                if not self.save():
                    return
                return  # save() accepted the dialog
        super().reject()

    def closeEvent(self, event) -> None:
        if self.is_dirty():
            answer = ask_unsaved(self)
            if answer == CANCEL or (answer == SAVE and not self.save()):
                event.ignore()
                return
        event.accept()
        super().closeEvent(event)
