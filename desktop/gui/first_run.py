"""The first-run dialog: which office this installation belongs to (division code and name)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox, QCompleter, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget,
)

from desktop.domain import divisions
from desktop.domain.errors import UserError
from desktop.services.office import init_office, office_info


def division_choices() -> list[tuple[str, str]]:
    """The province, its cities and counties in force, in code order, as (code, "330102 杭州市上城区")."""
    items = [d for d in (divisions.get(divisions.PROVINCE_CODE),) if d] + divisions.cities() + divisions.counties()
    items.sort(key=lambda d: d.code)
    return [(d.code, f"{d.code}  {divisions.full_name(d.code)}") for d in items]


def division_box(parent: QWidget) -> QComboBox:
    """An editable list of the divisions that completes on any part of a name or code (no choice yet)."""
    box = QComboBox(parent)
    box.setEditable(True)
    box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    for code, text in division_choices():
        box.addItem(text, code)
    completer, line = box.completer(), box.lineEdit()  # an editable combo has both
    if completer is not None:
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    box.setCurrentIndex(-1)
    if line is not None:
        line.setPlaceholderText(QCoreApplication.translate("OfficeDialog", "输入区划名称或代码，如 上城区 或 330102"))
    return box


def division_code(box: QComboBox) -> str:
    """The division chosen in a division_box: the list's entry, or digits typed by hand."""
    i = box.currentIndex()
    text = box.currentText().strip()
    if i >= 0 and box.itemText(i) == text:
        return box.itemData(i)
    i = box.findText(text)
    if i >= 0:
        return box.itemData(i)
    return text.split()[0] if text else ""


class OfficeDialog(QDialog):
    """Asks for the office identity; on OK it is saved through services.office.init_office."""

    def __init__(self, ledger, parent: QWidget | None = None):
        super().__init__(parent)
        self.ledger = ledger
        self.setWindowTitle(self.tr("设置本单位信息"))
        self.setMinimumWidth(520)
        intro = QLabel(self.tr("欢迎使用见义勇为工作台。首次使用前，请选择本单位所在的行政区划并填写单位名称。"
                               "区划代码将写入本单位登记的每一条记录，用于与市、省两级交换数据。"), self)
        intro.setWordWrap(True)

        self.division = division_box(self)
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("如：杭州市公安局上城区分局"))
        self.name.setMaxLength(100)
        self.error = QLabel(self)
        self.error.setObjectName("errorText")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)

        current = office_info(ledger)
        if current:
            i = self.division.findData(current["code"])
            self.division.setCurrentIndex(i)
            self.name.setText(current["name"] or "")

        form = QFormLayout()
        form.addRow(self.tr("行政区划 *"), self.division)
        form.addRow(self.tr("单位名称 *"), self.name)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("确定"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def selected_code(self) -> str:
        return division_code(self.division)

    def accept(self) -> None:
        code = self.selected_code()
        if not code:
            self._refuse(self.tr("请选择本单位所在的行政区划"), self.division)
            return
        try:
            init_office(self.ledger, code, self.name.text())
        except UserError as exc:
            self._refuse(exc.message, self.name if exc.field == "office_name" else self.division)
            return
        super().accept()

    def _refuse(self, message: str, widget: QWidget) -> None:
        self.error.setText(message)
        widget.setFocus()
