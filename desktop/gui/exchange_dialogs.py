"""Dialogs of the 数据交换 page: export options, import preview, import report, field-by-field merge."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, QDir, QStorageInfo, Qt
from PySide6.QtWidgets import (
    QButtonGroup, QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton, QRadioButton, QTableWidget, QTableWidgetItem, QTextBrowser,
    QVBoxLayout, QWidget,
)

from desktop.services.record_types import ConflictDetail, ImportReport, OfficeEntry
from desktop.sync.codec import KIND_LABELS
from desktop.sync.merge import OUTCOME_LABELS, OUTCOMES


def tr(text: str) -> str:
    return QCoreApplication.translate("Exchange", text)


def removable_drives() -> list[str]:
    """Mounted volumes that look like USB sticks (removable, writable, not the system disk)."""
    found = []
    for vol in QStorageInfo.mountedVolumes():
        if not vol.isValid() or not vol.isReady() or vol.isReadOnly():
            continue
        root = vol.rootPath()
        device = bytes(vol.device().data()).decode(errors="ignore")
        fs = bytes(vol.fileSystemType().data()).decode(errors="ignore").lower()
        if sys.platform == "win32":
            if not root.upper().startswith(QDir.rootPath()[:2].upper()):
                found.append(root)
        elif root.startswith(("/media/", "/run/media/", "/Volumes/")) or (
                root.startswith("/mnt/") and fs in ("vfat", "exfat", "ntfs", "msdos", "fuseblk")):
            if device or fs:
                found.append(root)
    return found


def start_folder() -> str:
    drives = removable_drives()
    return drives[0] if drives else str(Path.home())


def _item(text: Any) -> QTableWidgetItem:
    it = QTableWidgetItem("" if text is None else str(text))
    it.setFlags(it.flags() & ~Qt.ItemFlag.ItemIsEditable)
    return it


def fill_table(table: QTableWidget, headers: list[str], rows: list[list[Any]], *, stretch_all: bool = False) -> None:
    table.clear()
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.setItem(r, c, _item(value))
    table.verticalHeader().setVisible(False)
    table.resizeColumnsToContents()
    if stretch_all:
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    else:
        table.horizontalHeader().setStretchLastSection(True)


class ExportDialog(QDialog):
    """Where to, for whom, incremental or full, and a passphrase when the receiver's key is unknown."""

    def __init__(self, offices: list[OfficeEntry], default_peer: str | None, parent: QWidget | None = None,
                 default_label: str = ""):
        super().__init__(parent)
        self.setWindowTitle(tr("导出数据包"))
        form = QFormLayout()
        self.peer = QComboBox()
        self.peer.setEditable(True)
        for o in offices:
            if o.get("is_self"):
                continue
            key = tr("（已有公钥）") if o.get("fingerprint") and o.get("trusted") else tr("（无公钥，需用口令）")
            self.peer.addItem(f"{o['code']} {o['name']} {key}", o["code"])
        if default_peer:
            i = self.peer.findData(default_peer)
            if i < 0:
                name = default_label or default_peer
                self.peer.insertItem(0, f"{name}{tr('（上级单位）')}", default_peer)
                i = 0
            self.peer.setCurrentIndex(i)
        form.addRow(tr("接收单位"), self.peer)
        row = QHBoxLayout()
        self.folder = QLineEdit(start_folder())
        browse = QPushButton(tr("选择…"))
        browse.clicked.connect(self._browse)
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        holder = QWidget()
        holder.setLayout(row)
        row.setContentsMargins(0, 0, 0, 0)
        form.addRow(tr("保存到（U 盘）"), holder)
        self.full = QCheckBox(tr("全量导出（默认只导出对方尚未确认收到的变更）"))
        form.addRow("", self.full)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(tr("对方公钥未知时填写，并另行告知对方"))
        form.addRow(tr("口令（可选）"), self.passphrase)
        self.old_format = QCheckBox(tr("按旧格式（版本 1）导出，供尚未升级的单位使用"))
        form.addRow("", self.old_format)
        self.holidays = QCheckBox(tr("随包下发本单位的节假日安排（仅限发往下级单位）"))
        self.holidays.setObjectName("send_holidays")
        form.addRow("", self.holidays)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("导出"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("取消"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        self.error = QLabel(self)
        self.error.setObjectName("exportError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c62828;")
        self.error.setVisible(False)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.submit: Callable[[dict[str, Any]], None] | None = None  # set by the page: writes the package while the dialog stays open
        self.resize(560, 240)

    def accept(self) -> None:  # noqa: D102 - 导出 pressed
        if self.submit is None:
            super().accept()
            return
        self.error.setVisible(False)
        self.submit(self.values())

    def done_ok(self) -> None:
        super().accept()

    def show_error(self, message: str) -> None:
        """A refusal shown in the dialog; everything entered stays as it was."""
        self.error.setText(tr("未导出：{0}").format(message))
        self.error.setVisible(True)

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, tr("选择导出文件夹"), self.folder.text() or start_folder())
        if folder:
            self.folder.setText(folder)

    def values(self) -> dict[str, Any]:
        peer = self.peer.currentData() or self.peer.currentText().split()[0] if self.peer.currentText() else None
        return {"folder": self.folder.text().strip(), "peer": peer, "full": self.full.isChecked(),
                "passphrase": self.passphrase.text() or None, "fmt": 1 if self.old_format.isChecked() else 2,
                "holidays": self.holidays.isChecked()}


def counts_rows(counts: dict[str, dict[str, int]]) -> list[list[Any]]:
    return [[KIND_LABELS.get(k, k)] + [c.get(o, 0) for o in OUTCOMES] for k, c in counts.items()]


class PreviewDialog(QDialog):
    """What an import will change, per kind of record; conflicts and notes; trust question."""

    def __init__(self, preview: dict[str, Any], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(tr("导入预览"))
        layout = QVBoxLayout(self)
        head = QLabel(tr("数据包：{0}\n来自：{1} {2}（第 {3} 号，格式版本 {4}）\n发送单位指纹：{5}").format(
            preview["file_name"], preview["sender"], preview["sender_name"], preview["number"], preview["format"],
            preview["fingerprint"]))
        head.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(head)
        self.table = QTableWidget()
        fill_table(self.table, [tr("种类")] + [tr(OUTCOME_LABELS[o]) for o in OUTCOMES], counts_rows(preview["counts"]),
                   stretch_all=True)
        layout.addWidget(self.table, 1)
        notes = []
        for c in preview["conflicts"][:100]:
            notes.append(tr("冲突：{0} {1}（两个版本都会保留，导入后请逐项合并）").format(c["kind_label"], c["label"]))
        for s in preview["skipped"][:100]:
            notes.append(tr("跳过：{0} {1}：{2}").format(KIND_LABELS.get(s["kind"], s["kind"]), s["uuid"][:8], s["reason"]))
        notes += [tr("注意：") + n for n in preview["notes"]]
        if notes:
            box = QTextBrowser()
            box.setPlainText("\n".join(notes))
            box.setMaximumHeight(140)
            layout.addWidget(box)
        self.trust = None
        if preview.get("trust_needed"):
            self.trust = QCheckBox(tr("已与对方电话核对指纹 {0}，信任单位 {1}").format(preview["fingerprint"], preview["sender"]))
            layout.addWidget(self.trust)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(tr("导入（先自动备份）"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("取消"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        if self.trust is not None:
            self.ok.setEnabled(False)
            self.trust.toggled.connect(self.ok.setEnabled)
        layout.addWidget(buttons)
        self.resize(720, 480)


class ReportDialog(QDialog):
    """A saved import report, reopened from the history."""

    def __init__(self, report: ImportReport, parent: QWidget | None = None, on_undo=None):
        super().__init__(parent)
        self.on_undo = on_undo  # called after the user confirmed 撤销此次导入 (the dialog closes first)
        self.setWindowTitle(tr("导入报告"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("数据包：{0}\n来自：{1}　导入时间：{2}　操作人：{3}\n结果：{4}").format(
            report["file_name"], report.get("peer_label") or report["peer"], str(report["at"])[:19], report["actor"],
            report["summary"])))
        self.only_changes = QCheckBox(tr("只显示有变化的记录"))
        self.only_changes.setChecked(True)
        self.only_changes.toggled.connect(self._fill)
        layout.addWidget(self.only_changes)
        self.table = QTableWidget()
        layout.addWidget(self.table, 1)
        for n in report["notes"]:
            layout.addWidget(QLabel(tr("注意：") + n))
        self.report = report
        self._fill()
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(tr("关闭"))
        close.rejected.connect(self.reject)
        if report.get("undone"):
            layout.addWidget(QLabel(tr("此次导入已撤销。")))
        elif report.get("undoable") and on_undo is not None:
            self.undo_button = close.addButton(tr("撤销此次导入…"), QDialogButtonBox.ButtonRole.ActionRole)
            self.undo_button.setObjectName("undoImportButton")
            self.undo_button.clicked.connect(self._undo)
        layout.addWidget(close)
        self.resize(780, 520)

    def _undo(self) -> None:
        from PySide6.QtWidgets import QMessageBox
        answer = QMessageBox.question(
            self, tr("撤销此次导入"),
            tr("将删除此次导入新增的记录，并把此次导入改动的记录恢复为导入前的版本。"
               "导入之后若这些记录又被修改过，将拒绝撤销。确定撤销？"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            self.accept()
            self.on_undo()

    def _fill(self) -> None:
        lines = [l for l in self.report["lines"] if not self.only_changes.isChecked() or l["outcome"] != "unchanged"]
        fill_table(self.table, [tr("种类"), tr("记录"), tr("记录标识"), tr("结果"), tr("原因")],
                   [[l["kind_label"], l["label"], (l["uuid"] or "")[:8], l["outcome_label"], l["reason"] or ""]
                    for l in lines])


class MergeDialog(QDialog):
    """A conflict settled field by field: for each field keep this office's value or take the other's."""

    def __init__(self, detail: ConflictDetail, parent: QWidget | None = None):
        super().__init__(parent)
        self.detail = detail
        self.setWindowTitle(tr("合并冲突：{0}").format(detail["kind_label"]))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("此记录在本单位和{0}都被修改过。请逐项选择保留哪一方的内容；"
                                   "合并结果会作为新的修改发给其他单位。").format(
            detail.get("remote_office_label") or detail["remote_office"])))
        self.show_all = QCheckBox(tr("显示全部字段（默认只显示不同的字段）"))
        self.show_all.toggled.connect(self._filter)
        layout.addWidget(self.show_all)
        self.table = QTableWidget(len(detail["fields"]), 5)
        self.table.verticalHeader().setVisible(False)
        self.table.setHorizontalHeaderLabels([tr("字段"), tr("本单位的值"), tr("对方的值"), tr("用本单位的"), tr("用对方的")])
        self.groups: dict[str, QButtonGroup] = {}
        for r, f in enumerate(detail["fields"]):
            cells = [_item(f.get("label") or f["field"]), _item(_shown(f["local"])), _item(_shown(f["remote"]))]
            for c, cell in enumerate(cells):
                self.table.setItem(r, c, cell)
            group = QButtonGroup(self)
            local, remote = QRadioButton(), QRadioButton()
            local.setChecked(True)
            local.setObjectName(f"local:{f['field']}")
            remote.setObjectName(f"remote:{f['field']}")
            group.addButton(local, 0)
            group.addButton(remote, 1)
            self.table.setCellWidget(r, 3, _centered(local))
            self.table.setCellWidget(r, 4, _centered(remote))
            if f["differs"]:
                for cell in cells[1:]:
                    cell.setBackground(Qt.GlobalColor.yellow)
            self.groups[f["field"]] = group
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("保存合并结果"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("取消"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._filter()
        self.resize(820, 520)

    def _filter(self) -> None:
        for r, f in enumerate(self.detail["fields"]):
            self.table.setRowHidden(r, not (self.show_all.isChecked() or f["differs"]))

    def choose(self, field: str, side: str) -> None:
        self.groups[field].button(1 if side == "remote" else 0).setChecked(True)

    def choices(self) -> dict[str, str]:
        return {name: ("remote" if g.checkedId() == 1 else "local") for name, g in self.groups.items()}


def _shown(value: Any) -> str:
    if value is None or value == "":
        return tr("（空）")
    if value is True:
        return tr("是")
    if value is False:
        return tr("否")
    return str(value)


def _centered(widget: QWidget) -> QWidget:
    holder = QWidget()
    row = QHBoxLayout(holder)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(widget, 0, Qt.AlignmentFlag.AlignCenter)
    return holder
