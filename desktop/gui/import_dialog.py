"""导入台账: choose a file and sheet, check the guessed column mapping, preview the rows as they
will be stored with their errors and warnings, choose update/skip for people already in the ledger,
and import the valid rows in one transaction off the GUI thread."""

from __future__ import annotations

from pathlib import Path
from typing import Any, cast

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDialog, QFileDialog, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QMessageBox, QPushButton, QSplitter, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from desktop.domain.errors import UserError
from desktop.services import ledger_import as li
from desktop.tabular import headers, reader

PREVIEW_ROWS = 500
STATUS_COLOURS = {li.NEW: "#e8f5e9", li.EXISTING: "#fff8e1", li.REPEAT: "#f3f4f6", li.REJECTED: "#fdecea",
                  li.WAITING: "#ffedd5"}
QUESTION_COLOUR = "#fed7aa"


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportDialog", text)


class ImportDialog(QDialog):
    def __init__(self, ledger, parent: QWidget | None = None, path: str | None = None):
        super().__init__(parent)
        self.ledger = ledger
        self.preview: li.Preview | None = None
        self.outcome: dict[str, Any] | None = None  # what the import did (not QDialog.result)
        self.setWindowTitle(_tr("导入台账（Excel / CSV）"))
        self.resize(1180, 720)
        lay = QVBoxLayout(self)
        row = QHBoxLayout()
        row.addWidget(QLabel(_tr("文件")))
        self.file_edit = QLineEdit()
        self.file_edit.setReadOnly(True)
        self.file_edit.setPlaceholderText(_tr("选择 .xlsx、.xls 或 .csv 台账文件"))
        row.addWidget(self.file_edit, 1)
        choose = QPushButton(_tr("选择文件…"))
        choose.clicked.connect(self.choose_file)
        row.addWidget(choose)
        row.addWidget(QLabel(_tr("工作表")))
        self.sheet_box = QComboBox()
        self.sheet_box.setMinimumWidth(140)
        self.sheet_box.activated.connect(lambda _i: self.load(keep_mapping=False))
        row.addWidget(self.sheet_box)
        lay.addLayout(row)
        self.info = QLabel()
        self.info.setWordWrap(True)
        lay.addWidget(self.info)

        split = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        left_lay = QVBoxLayout(left)
        left_lay.setContentsMargins(0, 0, 0, 0)
        left_lay.addWidget(QLabel(_tr("列对应（可修改）")))
        self.mapping_table = QTableWidget(0, 2)
        self.mapping_table.setHorizontalHeaderLabels([_tr("表格中的列"), _tr("导入为")])
        self.mapping_table.verticalHeader().setVisible(False)
        self.mapping_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.mapping_table.horizontalHeader().setStretchLastSection(True)
        left_lay.addWidget(self.mapping_table)
        recheck = QPushButton(_tr("按此对应重新检查"))
        recheck.clicked.connect(lambda: self.load(keep_mapping=True))
        left_lay.addWidget(recheck)
        split.addWidget(left)

        right = QWidget()
        right_lay = QVBoxLayout(right)
        right_lay.setContentsMargins(0, 0, 0, 0)
        right_lay.addWidget(QLabel(_tr("预览：导入后的样子、逐行检查结果（台账中已有的人员可选择“更新”或“不导入”）")))
        self.preview_table = QTableWidget(0, 0)
        self.preview_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview_table.verticalHeader().setVisible(False)
        self.preview_table.setWordWrap(True)  # an error or a hint wraps in its column instead of being cut
        right_lay.addWidget(self.preview_table)
        split.addWidget(right)
        split.setSizes([330, 850])
        lay.addWidget(split, 1)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        lay.addWidget(self.summary)
        self.joins_label = QLabel()
        self.joins_label.setWordWrap(True)
        lay.addWidget(self.joins_label)
        buttons = QHBoxLayout()
        buttons.addWidget(QLabel(_tr("台账中已有的人员：")))
        self.existing_box = QComboBox()
        self.existing_box.addItem(_tr("不改人员信息（新事迹照常登记）"), li.SKIP)
        self.existing_box.setMinimumWidth(self.existing_box.fontMetrics().horizontalAdvance(
            _tr("不改人员信息（新事迹照常登记）")) + 44)  # the longest choice and the arrow
        self.existing_box.addItem(_tr("用表格内容更新"), li.UPDATE)
        self.existing_box.activated.connect(self._apply_default_choice)
        buttons.addWidget(self.existing_box)
        buttons.addStretch(1)
        self.import_button = QPushButton(_tr("导入"))
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.start_import)
        close = QPushButton(_tr("关闭"))
        close.clicked.connect(self.reject)
        buttons.addWidget(self.import_button)
        buttons.addWidget(close)
        lay.addLayout(buttons)
        self.choice_boxes: dict[int, QComboBox] = {}
        self.password: str | None = None
        self._filling = False
        self.preview_table.itemChanged.connect(self._answer_changed)
        if path:
            self.open_file(path)

    # -- loading ------------------------------------------------------------------------------
    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, _tr("选择台账文件"), "",
                                              _tr("表格文件 (*.xlsx *.xls *.csv);;所有文件 (*)"))
        if path:
            self.open_file(path)

    def open_file(self, path: str) -> None:
        self.file_edit.setText(path)
        self.password = None
        if reader.is_encrypted(Path(path)):
            from PySide6.QtWidgets import QInputDialog

            text, ok = QInputDialog.getText(self, _tr("导入台账"),
                                            _tr("“{0}”设置了打开密码，请输入密码：").format(Path(path).name),
                                            QLineEdit.EchoMode.Password)
            if not ok:
                return
            self.password = text
        try:
            names = reader.sheet_names(path, password=self.password)
        except UserError as exc:
            QMessageBox.warning(self, _tr("导入台账"), exc.message)
            return
        self.sheet_box.clear()
        self.sheet_box.addItems(names)
        self.load(keep_mapping=False, sheet=None)  # the sheet whose header names the most fields
        if self.preview is not None:
            self.sheet_box.setCurrentText(self.preview.sheet)

    def current_mapping(self) -> dict[int, str | None]:
        out: dict[int, str | None] = {}
        for r in range(self.mapping_table.rowCount()):
            box = self.mapping_table.cellWidget(r, 1)
            if isinstance(box, QComboBox):
                out[r] = box.currentData()
        return out

    def load(self, keep_mapping: bool, sheet: str | None | bool = True) -> None:
        path = self.file_edit.text()
        if not path:
            return
        mapping = self.current_mapping() if keep_mapping else None
        sheet_name = (self.sheet_box.currentText() or None) if sheet is True else (sheet or None)
        try:
            self.preview = li.preview(self.ledger, path, sheet=sheet_name, mapping=mapping, password=self.password)
        except UserError as exc:
            self.preview = None
            self.import_button.setEnabled(False)
            self.info.setText(f"<span style='color:#b91c1c'>{exc.message}</span>")
            return
        self._fill_mapping(self.preview)
        self._fill_preview(self.preview)

    def _fill_mapping(self, pv: li.Preview) -> None:
        targets = headers.targets()
        self.mapping_table.setRowCount(len(pv.labels))
        for c, label in enumerate(pv.labels):
            head = QTableWidgetItem(label)
            self.mapping_table.setItem(c, 0, head)
            box = QComboBox()
            box.addItem(_tr("（不导入）"), None)
            for key, text in targets.items():
                box.addItem(text, key)
            target = pv.mapping.get(c)
            box.setCurrentIndex(max(0, box.findData(target)) if target else 0)
            self.mapping_table.setCellWidget(c, 1, box)
            if c in pv.questions:  # the reader is not sure: the clerk answers
                head.setBackground(QBrush(QColor(QUESTION_COLOUR)))
                head.setToolTip(_tr("不确定这一列是什么，请选择后点“按此对应重新检查”"))
                if target is None:
                    box.setCurrentIndex(max(0, box.findData(pv.questions[c][0])))
        # the choices made shown whole (事迹经过（事迹）): the list no narrower than its columns' contents
        table = self.mapping_table
        chosen = [cast(QComboBox, table.cellWidget(r, 1)).currentText() for r in range(table.rowCount())]  # the rest in the list
        widest = max((table.fontMetrics().horizontalAdvance(t) for t in chosen), default=0)
        table.resizeColumnToContents(0)
        table.setMinimumWidth(table.columnWidth(0) + widest + 48 + 2 * table.frameWidth()
                              + table.verticalScrollBar().sizeHint().width())
        enc = _tr("，编码 {0}").format(pv.encoding) if pv.encoding else ""
        text = _tr("工作表“{0}”：表头在第{1}行{2}。").format(pv.sheet, pv.header_row, enc)
        if pv.questions:
            text += " <b style='color:#c2410c'>" + _tr("有{0}列不能确定对应的字段（橙色），请确认或改正后点“按此对应重新检查”，"
                                                     "确认前不能导入。").format(len(pv.questions)) + "</b>"
        self.info.setText(text)

    def _fill_preview(self, pv: li.Preview) -> None:
        cols = [_tr("行号"), _tr("检查结果"), _tr("处理"), _tr("错误 / 提示"), _tr("建议（勾选采用）")] + [
            headers.targets()[t].split("（")[0] for t in li.STORED_COLUMNS]
        rows = pv.rows[:PREVIEW_ROWS]
        t = self.preview_table
        self._filling = True
        t.clear()
        t.setColumnCount(len(cols))
        t.setHorizontalHeaderLabels(cols)
        t.setRowCount(len(rows))
        self.choice_boxes.clear()
        for r, row in enumerate(rows):
            colour = QBrush(QColor(STATUS_COLOURS[row.status]))
            status = li.STATUS_LABELS[row.status]
            existing = row.existing if row.status == li.EXISTING else None
            if existing is not None:
                changes = existing["changes"]
                status += _tr("（有{0}项不同）").format(len(changes)) if changes else _tr("（内容相同）")
            notes = ([_tr("错误：{0}").format(e) for e in row.errors]
                     + [_tr("待确认：{0}").format(w) for w in row.check.waiting]
                     + ([_tr("事迹待补充：缺少{0}（人员照常导入）").format("、".join(row.check.deed_missing))]
                        if row.check.deed_missing and not row.errors else [])
                     + [_tr("提示：{0}").format(w) for w in row.warnings])
            if existing is not None:
                notes.insert(0, _tr("台账中已有：{0}（编号 {1}）").format(existing["name"], existing["id"]))
            values = [str(row.row), status, "", _tr("；").join(notes), self._suggestion_text(row)]
            values += [li.stored_text(row.check, target) for target in li.STORED_COLUMNS]
            cells = [QTableWidgetItem(v) for v in values]
            for c, v in enumerate(values):
                item = cells[c]
                item.setBackground(colour)
                if c == 3 and row.errors:
                    item.setForeground(QBrush(QColor("#b91c1c")))
                item.setToolTip(v if c == 3 else "")
                t.setItem(r, c, item)
            if row.status == li.EXISTING:
                box = QComboBox()
                box.addItem(_tr("不改人员信息"), li.SKIP)
                box.addItem(_tr("更新"), li.UPDATE)
                box.setCurrentIndex(box.findData(self.existing_box.currentData()))
                t.setCellWidget(r, 2, box)
                self.choice_boxes[row.row] = box
            elif row.status == li.REJECTED:
                cells[2].setText(_tr("不导入"))
            elif row.status == li.WAITING or row.row in pv.confirmed:
                item = cells[2]
                item.setText(_tr("已核对原件，确认导入"))
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if row.row in pv.confirmed else Qt.CheckState.Unchecked)
                item.setData(Qt.ItemDataRole.UserRole, ("confirm", row.row))
            elif row.status == li.REPEAT:
                cells[2].setText(_tr("并入第{0}行").format(row.same_as_row))
            else:
                cells[2].setText(_tr("新增"))
            if row.check.suggest or row.row in pv.accepted:
                item = cells[4]
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if row.row in pv.accepted else Qt.CheckState.Unchecked)
                item.setData(Qt.ItemDataRole.UserRole, ("accept", row.row))
        self._filling = False
        t.resizeColumnsToContents()
        for c in range(t.columnCount()):
            t.setColumnWidth(c, min(t.columnWidth(c), 300 if c == 3 else 160))
        t.resizeRowsToContents()  # each row as tall as its wrapped error needs (500 rows: once, not on every paint)
        counts = pv.counts()
        more = _tr("（预览显示前{0}行）").format(PREVIEW_ROWS) if len(pv.rows) > PREVIEW_ROWS else ""
        text = _tr("共{0}行数据{1}：新人员 {2}，台账中已有 {3}，与前面行同一人 {4}，有错误 {5}（不导入，将写入错误工作簿），"
                   "待核对确认 {6}，事迹待补充 {7}。").format(
            counts["rows"], more, counts[li.NEW], counts[li.EXISTING], counts[li.REPEAT], counts[li.REJECTED],
            counts[li.WAITING], counts["deed_waiting"])
        if pv.notes:
            text += " " + "；".join(pv.notes[:5]) + ("……" if len(pv.notes) > 5 else "")
        self.summary.setText(text)
        joins = li.join_lines(pv)
        self.joins_label.setText(_tr("合并为同一事迹：") + "；".join(joins) if joins else "")
        self.import_button.setEnabled(counts["rows"] > counts[li.REJECTED] + counts[li.WAITING] and not pv.questions)

    @staticmethod
    def _suggestion_text(row) -> str:
        from desktop.domain import codes

        s = row.check.suggest
        parts = []
        if "category" in s:
            parts.append(_tr("类别：{0}").format(codes.label("deed_category", s["category"])))
        if s.get("migrant_worker"):
            parts.append(_tr("外来务工人员"))
        return "；".join(parts)

    def _answer_changed(self, item: QTableWidgetItem) -> None:
        """A clerk ticked 已核对原件 or 采用建议: check the rows again with the answers."""
        if self._filling or self.preview is None:
            return
        tag = item.data(Qt.ItemDataRole.UserRole)
        if not tag:
            return
        kind, row = tag
        target = self.preview.confirmed if kind == "confirm" else self.preview.accepted
        if item.checkState() == Qt.CheckState.Checked:
            target.add(row)
        else:
            target.discard(row)
        li.recheck(self.ledger, self.preview, confirm_rows=set(self.preview.confirmed),
                   accept_rows=set(self.preview.accepted))
        self._fill_preview(self.preview)

    def _apply_default_choice(self) -> None:
        for box in self.choice_boxes.values():
            box.setCurrentIndex(box.findData(self.existing_box.currentData()))

    def choices(self) -> dict[int, str]:
        return {row: box.currentData() for row, box in self.choice_boxes.items()}

    # -- importing ----------------------------------------------------------------------------
    def start_import(self) -> None:
        if self.preview is None:
            return
        args = (self.preview, self.choices(), self.existing_box.currentData())
        try:
            from desktop.gui.workers import run_in_background
        except ImportError:  # pragma: no cover - the workers module is part of the shell
            self._done(self._work(lambda *_: True, *args))
            return
        self.import_button.setEnabled(False)
        run_in_background(self, _tr("正在导入台账……"), self._work, *args, on_done=self._done)

    def _work(self, progress, pv, choices, on_existing):
        return li.apply(self.ledger, pv, choices=choices, on_existing=on_existing, progress=progress)

    def _done(self, result: dict[str, Any]) -> None:
        self.outcome = result
        c = result["counts"]
        text = _tr("导入完成：新增 {0} 行，更新 {1} 行，重复未导入 {2} 行，未通过检查 {3} 行，待核对确认 {4} 行，"
                   "事迹待补充 {5} 行。").format(c["imported"], c["updated"], c["duplicate"], c["rejected"],
                                          c["waiting"], c["deed_waiting"])
        if result.get("error_file"):
            text += "\n\n" + _tr("未导入的行及错误原因已写入：\n{0}\n改正后可再次导入。").format(result["error_file"])
        self.summary.setText(text.replace("\n", " "))
        try:
            from desktop.gui.forms import record_signals
            record_signals.saved.emit("person", 0)
        except Exception:  # noqa: BLE001 - refreshing other pages is a courtesy
            pass
        QMessageBox.information(self, _tr("导入台账"), text)
        self.import_button.setEnabled(False)


def open_import_dialog(parent, ledger, path: str | Path | None = None) -> ImportDialog:
    dlg = ImportDialog(ledger, parent, str(path) if path else None)
    dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dlg.show()
    return dlg
