"""移送: a deed that happened outside this office's area goes to the office of the place, with a
移送函, and travels there in a package (issue 15). Opened from the case panel in place of the
plain action dialog; the same outward face (`exec`, `stale`, `result_case`)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox, QDialog, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget,
)

from desktop.domain import divisions
from desktop.domain.errors import StaleRecord, UserError
from desktop.gui.forms.widgets import ERROR_STYLE, DateEdit
from desktop.gui.operations import CASE, DOCUMENT, CollectionOp
from desktop.services import cases, exchange, procedural


def _place(code: str) -> str:
    return divisions.full_name(code) or code


def transfer_case(ledger, case: dict[str, Any], target: str, on: str, to: str, letter: str | None) -> dict[str, Any]:
    """The transfer and, when asked, its 移送函 (a refusal of the letter leaves the transfer made)."""
    done = dict(cases.act(ledger, case["id"], "transfer", {"transferred_to": target, "transferred_on": on},
                          expected_version=case["version"]))
    out: dict[str, Any] = {"case": done, "letter": None, "letter_error": None}
    if letter:
        try:
            out["letter"] = procedural.issue(ledger, case["id"], "transfer", out=letter, to=to or None)
        except UserError as exc:
            out["letter_error"] = exc.message
    return out


class TransferDialog(QDialog):
    """Asks where and when, transfers (with the 移送函), then offers the package for that office."""

    def __init__(self, parent: QWidget | None, ledger, case: dict[str, Any]):
        super().__init__(parent)
        self.ledger = ledger
        self.case = case
        self.result_case: dict[str, Any] | None = None
        self.stale: StaleRecord | None = None
        self.letter_path: str | None = None
        self.setWindowTitle(self.tr("移送行为发生地公安机关"))
        place = (case.get("deed") or {}).get("division_code") or ""
        intro = QLabel(self.tr("事迹“{0}”发生在{1}，不属本单位管辖。依照《实施办法》，由行为发生地公安机关受理："
                               "移送后由对方继续办理，本单位可在案件中看到办理情况。")
                       .format((case.get("deed") or {}).get("title", ""), _place(place) if place else self.tr("外地")), self)
        intro.setWordWrap(True)
        self.target = QLineEdit(place, self)
        self.target.setObjectName("transferred_to")
        self.target.setMaxLength(6)
        self.target_name = QLabel(self)
        self.target_name.setObjectName("target_name")
        self.target.textChanged.connect(self._named)
        self.on = DateEdit(self)
        self.on.setObjectName("transferred_on")
        today = ledger.today()
        self.on.setDate(QDate(today.year, today.month, today.day))
        self.to = QLineEdit(self)
        self.to.setObjectName("letter_to")
        self.letter = QCheckBox(self.tr("同时制作《移送函》（编号登记，可打印）"), self)
        self.letter.setObjectName("make_letter")
        self.letter.setChecked(True)
        form = QFormLayout()
        row = QHBoxLayout()
        row.addWidget(self.target)
        row.addWidget(self.target_name, 1)
        form.addRow(self.tr("接收单位区划代码 *"), row)
        form.addRow(self.tr("移送日期 *"), self.on)
        form.addRow(self.tr("移送函受文单位"), self.to)
        self.message = QLabel(self)
        self.message.setObjectName("transfer_message")
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        self.ok_button = QPushButton(self.tr("移送"), self)
        self.ok_button.setObjectName("do_transfer")
        self.ok_button.setDefault(True)
        self.ok_button.clicked.connect(self.do_it)
        self.export_button = QPushButton(self.tr("导出数据包发往接收单位…"), self)
        self.export_button.setObjectName("export_transfer")
        self.export_button.setVisible(False)
        self.export_button.clicked.connect(self.export)
        self.close_button = QPushButton(self.tr("取消"), self)
        self.close_button.setObjectName("close_transfer")
        self.close_button.clicked.connect(self._close)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for b in (self.ok_button, self.export_button, self.close_button):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.letter)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self._named(place)
        self.resize(520, self.sizeHint().height())

    def _named(self, code: str) -> None:
        code = code.strip()
        name = _place(code) if len(code) == 6 and code.isdigit() else ""
        self.target_name.setText(name)
        if name and not self.to.isModified():
            self.to.setText(f"{name}公安机关")

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else "color:#2e7d32;")
        self.message.setText(text)
        self.message.setVisible(True)
        layout = self.layout()
        if layout is not None:
            layout.activate()
        self.resize(self.width(), max(self.height(), self.sizeHint().height()))

    def do_it(self) -> None:
        target = self.target.text().strip()
        on = self.on.value()
        letter = None
        if self.letter.isChecked():
            letter, _ = QFileDialog.getSaveFileName(self, self.tr("保存移送函"), self.tr("移送函") + ".pdf", "PDF (*.pdf)")
            if not letter:
                return
        self.ok_button.setEnabled(False)
        CollectionOp(self, self.tr("移送案件"), lambda progress: transfer_case(
            self.ledger, self.case, target, on.isoformat() if on else self.on.typed(), self.to.text().strip(), letter),
            changes={CASE, DOCUMENT}).success(self._done).failure(self._failed).run_in_background()

    def _failed(self, exc: BaseException) -> None:
        self.ok_button.setEnabled(True)
        if isinstance(exc, StaleRecord):
            self.stale = exc
            self.reject()
        elif isinstance(exc, UserError):
            self._say(self.tr("未移送：{0}").format(exc.message), error=True)
        else:
            self._say(self.tr("未移送：程序出错（{0}），详情已记入日志").format(type(exc).__name__), error=True)

    def _done(self, r: dict[str, Any]) -> None:
        self.result_case = r["case"]
        target = self.result_case["transferred_to"]
        text = self.tr("已移送{0}（{1}）。").format(_place(target), target)
        if r["letter"]:
            self.letter_path = r["letter"].get("path")
            text += self.tr("移送函 {0} 已保存为 {1}。").format(r["letter"]["number_text"], self.letter_path or "")
        elif r["letter_error"]:
            text += self.tr("移送函未制作：{0}").format(r["letter_error"])
        text += self.tr("请导出数据包，把案件带给接收单位。")
        self._say(text)
        for w in (self.target, self.on, self.to, self.letter, self.ok_button):
            w.setEnabled(False)
        self.export_button.setVisible(True)
        self.close_button.setText(self.tr("完成"))

    def export(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("选择导出到的文件夹（如U盘）"))
        if not folder:
            return
        peer = self.result_case["transferred_to"] if self.result_case else ""
        CollectionOp(self, self.tr("导出数据包"), lambda progress: exchange.export_package(
            self.ledger, folder, peer=peer, progress=progress), changes={"exchange"}) \
            .success(lambda r: self._say(self.tr("已导出数据包 {0}（发往{1}）。").format(r["path"], r["peer_label"]))) \
            .failure(lambda exc: self._say(self.tr("未导出：{0}").format(getattr(exc, "message", str(exc))), error=True)) \
            .run_in_background()

    def _close(self) -> None:
        if self.result_case is not None:
            self.accept()
        else:
            self.reject()
