"""数据交换: export and import packages by USB stick, the history of packages, conflicts to merge
and persons entered twice. All work goes through desktop.services.exchange."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QFileDialog, QHBoxLayout, QHeaderView, QInputDialog, QLabel, QLineEdit, QMessageBox,
    QPushButton,
    QTableWidget, QTabWidget, QVBoxLayout, QWidget,
)

from desktop.domain.errors import UserError
from desktop.gui.exchange_dialogs import (ExportDialog, MergeDialog, PreviewDialog, ReportDialog, fill_table,
                                          start_folder)
from desktop.services import exchange
from desktop.services.record_types import ConflictEntry, DuplicateEntry, PackageEntry, UndoResult


def tr(text: str) -> str:
    return QCoreApplication.translate("Exchange", text)


def _table() -> QTableWidget:
    t = QTableWidget()
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    t.verticalHeader().setVisible(False)
    t.setAlternatingRowColors(True)
    return t


class ExchangePage(QWidget):
    def __init__(self, ledger, parent: QWidget | None = None):
        super().__init__(parent)
        self.ledger = ledger
        layout = QVBoxLayout(self)
        heading = QLabel(tr("数据交换"), self)
        heading.setObjectName("pageHeading")  # as on the other pages
        layout.addWidget(heading)
        self.identity = QLabel()
        self.identity.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.identity)
        row = QHBoxLayout()
        for text, slot in ((tr("导出数据包…"), self.export_package), (tr("导入数据包…"), self.import_package),
                           (tr("导出本单位公钥…"), self.export_key), (tr("导入对方公钥…"), self.import_key)):
            b = QPushButton(text)
            b.clicked.connect(slot)
            row.addWidget(b)
        row.addStretch(1)
        layout.addLayout(row)
        self.tabs = QTabWidget()
        self.summary = _table()
        self.history = _table()
        self.history.doubleClicked.connect(self.open_report)
        self.conflicts = _table()
        self.conflicts.doubleClicked.connect(self.merge_conflict)
        self.duplicates = _table()
        self.tabs.addTab(self.history, tr("数据包历史"))
        conflict_box = QWidget()
        cl = QVBoxLayout(conflict_box)
        cl.addWidget(QLabel(tr("同一记录在两个单位都被修改过：两个版本都已保留，请双击逐项合并。")))
        cl.addWidget(self.conflicts)
        merge = QPushButton(tr("逐项合并…"))
        merge.clicked.connect(self.merge_conflict)
        cl.addWidget(merge, 0, Qt.AlignmentFlag.AlignLeft)
        self.tabs.addTab(conflict_box, tr("待合并冲突"))
        dup_box = QWidget()
        dl = QVBoxLayout(dup_box)
        dl.addWidget(QLabel(tr("同一身份证号被两处分别登记为两个人员：选择保留哪一条，另一条的事迹、奖励等将转到保留的记录上。")))
        dl.addWidget(self.duplicates)
        drow = QHBoxLayout()
        for text, keep in ((tr("保留第一条并合并"), 0), (tr("保留第二条并合并"), 1)):
            b = QPushButton(text)
            b.clicked.connect(lambda _=False, k=keep: self.merge_duplicate(k))
            drow.addWidget(b)
        dismiss = QPushButton(tr("不是同一人"))
        dismiss.clicked.connect(self.dismiss_duplicate)
        drow.addWidget(dismiss)
        drow.addStretch(1)
        dl.addLayout(drow)
        self.tabs.addTab(dup_box, tr("疑似重复人员"))
        self.tabs.addTab(self.summary, tr("交换状态"))
        layout.addWidget(self.tabs, 1)
        self._history: list[PackageEntry] = []
        self._conflicts: list[ConflictEntry] = []
        self._duplicates: list[DuplicateEntry] = []
        self.refresh()

    # -- showing -----------------------------------------------------------------------------
    def refresh(self) -> None:
        try:
            info = exchange.key_info(self.ledger)
            self.identity.setText(tr("本单位：{0} {1}　　公钥指纹（电话核对用）：{2}").format(
                info["code"], info["name"] or "", info["fingerprint"]))
        except UserError as exc:
            self.identity.setText(exc.message)
        self._history = exchange.package_history(self.ledger)
        names = {o["code"]: o.get("name") or "" for o in exchange.offices(self.ledger)}

        def office(code: str) -> str:  # the name the clerk knows, then the code (never a bare code)
            return f"{names[code]}（{code}）" if names.get(code) else exchange.office_label(self.ledger, code)

        fill_table(self.history, [tr("方向"), tr("对方单位"), tr("序号"), tr("文件"), tr("时间"), tr("状态"), tr("内容")],
                   [[h["direction_label"], office(h["peer"]), h["number"], h["file_name"], str(h["at"])[:19], h["state_label"],
                     h["summary"]] for h in self._history])
        self.history.setColumnWidth(6, 360)
        # the contents wrap: each row as tall as its summary needs at the width the window leaves it
        self.history.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self._conflicts = exchange.list_conflicts(self.ledger)
        fill_table(self.conflicts, [tr("种类"), tr("记录"), tr("对方单位"), tr("数据包"), tr("发现时间")],
                   [[c["kind_label"], c["label"], office(c["remote_office"]), c["package"], str(c["created_at"])[:19]]
                    for c in self._conflicts])
        self.tabs.setTabText(1, tr("待合并冲突（{0}）").format(len(self._conflicts)) if self._conflicts
                             else tr("待合并冲突"))
        self._duplicates = exchange.list_duplicates(self.ledger)
        fill_table(self.duplicates, [tr("身份证号"), tr("第一条"), tr("第二条")],
                   [[d["id_number"], tr("{0}（{1} 登记）").format(d["persons"][0]["name"], d["persons"][0]["origin"]),
                     tr("{0}（{1} 登记）").format(d["persons"][1]["name"], d["persons"][1]["origin"])]
                    for d in self._duplicates])
        rows = exchange.exchange_summary(self.ledger)
        fill_table(self.summary, [tr("对方单位"), tr("尚未发送"), tr("已发送待确认"), tr("对方已确认收到"), tr("最近发出"),
                                  tr("最近收到")],
                   [[office(r["code"]), r["unsent"], r["sent"], r["confirmed"], str(r["last_out_at"] or "")[:19],
                     str(r["last_in_at"] or "")[:19]] for r in rows])

    def _error(self, exc: BaseException) -> None:
        QMessageBox.warning(self, tr("数据交换"), getattr(exc, "message", None) or str(exc))

    # -- export -------------------------------------------------------------------------------
    def export_package(self) -> None:
        from desktop.gui.operations import CollectionOp
        default = exchange.default_peer(self.ledger)
        dialog = ExportDialog(exchange.offices(self.ledger), default, self,
                              default_label=exchange.office_label(self.ledger, default) if default else "")

        def submit(v: dict[str, Any]) -> None:
            # the dialog stays open while the package is written: a refusal shows in it, and
            # what the clerk entered stays for the next try
            owner = dialog if isinstance(dialog, QWidget) else self
            def done(r: dict[str, Any]) -> None:
                dialog.done_ok()
                self._exported(r)

            CollectionOp(owner, tr("正在导出数据包"), lambda progress: self._do_export(progress, v),
                         changes={"exchange"}).success(done).failure(
                lambda exc: dialog.show_error(getattr(exc, "message", None) or str(exc))).run_in_background()
        dialog.submit = submit
        dialog.exec()

    def _do_export(self, progress, v):
        return exchange.export_package(self.ledger, v["folder"], peer=v["peer"], full=v["full"],
                                       passphrase=v["passphrase"], fmt=v["fmt"], progress=progress,
                                       holidays=bool(v.get("holidays")) or None)

    def _exported(self, result: dict[str, Any]) -> None:
        self.refresh()
        QMessageBox.information(self, tr("导出完成"), tr("已写出数据包：\n{0}\n\n内容：{1}\n请将此文件交给{2}。").format(
            result["path"], result["summary"], result["peer_label"]))

    # -- import -------------------------------------------------------------------------------
    def import_package(self, path: str | None = None) -> None:
        if not path:
            path, _ = QFileDialog.getOpenFileName(self, tr("选择收到的数据包"), start_folder(),
                                                  tr("见义勇为数据包 (*.yyp);;所有文件 (*)"))
        if not path:
            return
        self._preview(path, None)

    def _preview(self, path: str, passphrase: str | None) -> None:
        def failed(exc: BaseException) -> None:
            message = getattr(exc, "message", "")
            if "口令" in message and ("请输入" in message or "请提供" in message or "无法解密" in message):
                text, ok = QInputDialog.getText(self, tr("口令"), tr("此数据包用口令加密，请输入对方告知的口令："),
                                                QLineEdit.EchoMode.Password)
                if ok and text:
                    self._preview(path, text)
                return
            self._error(exc)

        from desktop.gui.operations import QueryOp
        QueryOp(self, tr("正在校验数据包"), lambda progress: self._do_import(progress, path, passphrase, True)) \
            .success(lambda preview: self._confirm(path, passphrase, preview)).failure(failed).run_in_background()

    def _do_import(self, progress, path, passphrase, dry_run, expected=None):
        return exchange.import_package(self.ledger, path, passphrase=passphrase, dry_run=dry_run,
                                       confirm_trust=lambda info: True, progress=progress, expected=expected)

    def _confirm(self, path: str, passphrase: str | None, preview: dict[str, Any]) -> None:
        dialog = PreviewDialog(preview, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        # the preview shown is passed along: if the data changed since, the import plans again and says so
        from desktop.gui.operations import EVERYTHING, CollectionOp
        CollectionOp(self, tr("正在导入数据包"),
                     lambda progress: self._do_import(progress, path, passphrase, False, preview),
                     changes={EVERYTHING}).success(self._imported).failure(self._error).run_in_background()

    def _imported(self, result: dict[str, Any]) -> None:
        self.refresh()
        t = result["totals"]
        text = tr("导入完成：新增 {0}，更新 {1}，删除 {2}，无变化 {3}，冲突 {4}，跳过 {5}。").format(
            t["new"], t["updated"], t["deleted"], t["unchanged"], t["conflict"], t["skipped"])
        if t["conflict"]:
            text += "\n" + tr("有冲突的记录两个版本都已保留，请在“待合并冲突”中逐项合并。")
        if result.get("duplicates"):
            text += "\n" + tr("发现 {0} 处疑似同一人被重复登记，请在“疑似重复人员”中处理。").format(len(result["duplicates"]))
        for n in result["notes"]:
            text += "\n" + tr("注意：") + n
        QMessageBox.information(self, tr("导入完成"), text)
        if t["conflict"]:
            self.tabs.setCurrentIndex(1)

    def open_report(self, index=None) -> None:
        row = self.history.currentRow()
        if row < 0 or row >= len(self._history) or self._history[row]["direction"] not in ("in", exchange.UNDONE):
            return
        package_id = self._history[row]["id"]
        try:
            report = exchange.import_report(self.ledger, package_id)
            report["peer_label"] = exchange.office_label(self.ledger, report["peer"])  # its name, not a bare code
            ReportDialog(report, self, on_undo=lambda: self.undo_import(package_id)).exec()
        except UserError as exc:
            self._error(exc)

    def undo_import(self, package_id: int) -> None:
        from desktop.gui.operations import EVERYTHING, CollectionOp
        CollectionOp(self, tr("正在撤销导入"), lambda progress: exchange.undo_import(self.ledger, package_id),
                     changes={EVERYTHING}).success(self._undone).failure(self._error).run_in_background()

    def _undone(self, result: UndoResult) -> None:
        self.refresh()
        QMessageBox.information(self, tr("已撤销导入"), result["summary"])

    # -- conflicts and duplicates ------------------------------------------------------------------
    def merge_conflict(self, index=None) -> None:
        row = self.conflicts.currentRow()
        if row < 0 or row >= len(self._conflicts):
            QMessageBox.information(self, tr("合并冲突"), tr("请先选择一条冲突"))
            return
        try:
            detail = exchange.conflict_detail(self.ledger, self._conflicts[row]["id"])  # masked, like `conflicts show`
            detail["remote_office_label"] = exchange.office_label(self.ledger, detail["remote_office"])
            dialog = MergeDialog(detail, self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            exchange.resolve_conflict(self.ledger, detail["id"], dialog.choices())
        except UserError as exc:
            self._error(exc)
        self.refresh()

    def _current_duplicate(self) -> DuplicateEntry | None:
        row = self.duplicates.currentRow()
        if row < 0 or row >= len(self._duplicates):
            QMessageBox.information(self, tr("疑似重复人员"), tr("请先选择一行"))
            return None
        return self._duplicates[row]

    def merge_duplicate(self, keep: int) -> None:
        d = self._current_duplicate()
        if d is None:
            return
        a, b = d["persons"][keep], d["persons"][1 - keep]
        if QMessageBox.question(self, tr("合并人员"), tr("保留“{0}”（{1} 登记），把另一条记录的事迹、奖励、保障等转过来并删除它？").format(
                a["name"], a["origin"])) != QMessageBox.StandardButton.Yes:
            return
        try:
            exchange.merge_duplicate(self.ledger, a["uuid"], b["uuid"])
        except UserError as exc:
            self._error(exc)
        self.refresh()

    def dismiss_duplicate(self) -> None:
        d = self._current_duplicate()
        if d is not None:
            exchange.dismiss_duplicate(self.ledger, d["id"])
            self.refresh()

    # -- keys -----------------------------------------------------------------------------------
    def export_key(self) -> None:
        code = self.ledger.office_code
        path, _ = QFileDialog.getSaveFileName(self, tr("保存本单位公钥"), str(Path(start_folder()) / f"{code}-public-key.json"),
                                              tr("公钥文件 (*.json)"))
        if not path:
            return
        try:
            r = exchange.export_public_key(self.ledger, path)
            QMessageBox.information(self, tr("公钥已导出"), tr("已写出：{0}\n指纹：{1}\n请把文件带给对方单位，并在电话中核对指纹。").format(
                r["path"], r["fingerprint"]))
        except UserError as exc:
            self._error(exc)

    def import_key(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, tr("选择对方单位的公钥文件"), start_folder(), tr("公钥文件 (*.json)"))
        if not path:
            return

        def ask(info) -> bool:
            extra = tr("\n注意：这将替换原登记的公钥（原指纹 {0}）").format(info["replaces"]) if info.get("replaces") else ""
            return QMessageBox.question(self, tr("信任对方单位"), tr("单位：{0} {1}\n指纹：{2}{3}\n\n请与对方电话核对指纹，一致后再信任。是否信任？").format(
                info["code"], info["name"], info["fingerprint"], extra)) == QMessageBox.StandardButton.Yes
        try:
            exchange.import_public_key(self.ledger, path, ask)
        except UserError as exc:
            self._error(exc)
        self.refresh()
