"""表彰奖励: commendation batches and, below, the roll of the batch chosen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QSplitter, QVBoxLayout, QWidget

from desktop.gui.pages.common import (
    Filter, RecordTable, code_choices, label_of, money, new_record, record_signals, year_choices,
)
from desktop.gui.table_model import Column


class RollTable(RecordTable):
    """The awards of one batch; 新增 adds a person to that batch."""

    def new_record(self) -> None:
        batch = self.fixed_filters().get("batch")
        if not batch:
            QMessageBox.information(self, self.tr("新增奖励"), self.tr("请先在上方选中一个表彰批次。"))
            return
        if new_record(self, self.ledger, "award", batch_id=batch):
            self.reload()


class AwardsPage(QWidget):
    def __init__(self, ledger, parent: QWidget | None = None):
        super().__init__(parent)
        self.ledger = ledger
        batch_columns = [
            Column("year", self.tr("年度"), sort="year", width=60),
            Column("title", self.tr("表彰批次名称"), sort="title", width=400),
            Column("level", self.tr("表彰级别"), label_of("commendation_level", "level"), sort="level", width=80),
            Column("issuing_body", self.tr("表彰机关"), width=280),
            Column("document_no", self.tr("表彰文号"), width=130),
            Column("decided_on", self.tr("表彰日期"), sort="decided_on", width=100),
            Column("award_count", self.tr("人数"), width=50, align_right=True),
            Column("total_amount", self.tr("奖励金额合计（元）"), money("total_amount"), width=140, align_right=True),
        ]
        self.batches = RecordTable(ledger, "batches", "batch", batch_columns, settings_key="batches", filters=[
            Filter("year", self.tr("年度"), year_choices(ledger, "batches")),
            Filter("level", self.tr("表彰级别"), code_choices("commendation_level")),
        ], search_hint=self.tr("搜索：批次名称、文号或受表彰人员"), parent=self)
        self.batches.set_default_sort("year", True)
        roll_columns = [
            Column("roll_order", self.tr("序号"), sort="roll_order", width=50),
            Column("person_name", self.tr("姓名"), sort="person_name", width=90),
            Column("person_gender", self.tr("性别"), width=50),
            Column("honour_title", self.tr("荣誉称号"), sort="honour_title", width=200),
            Column("merit", self.tr("记功"), label_of("merit", "merit"), width=90),
            Column("amount", self.tr("奖励金额（元）"), money("amount"), sort="amount", width=110, align_right=True),
            Column("payment_state", self.tr("发放状态"), label_of("payment_state", "payment_state"),
                   sort="payment_state", width=110,
                   urgency=lambda r: "near" if r.get("payment_state") == "approved" else None),
            Column("paid_on", self.tr("发放日期"), width=100),
            Column("certificate_no", self.tr("证书编号"), width=130),
            Column("migrant_worker", self.tr("外来务工"), width=70),
            Column("employer", self.tr("工作单位"), width=200),
            Column("id_number", self.tr("身份证号"), sensitive=True, visible=False, width=170),
            Column("bank_account", self.tr("银行账号"), sensitive=True, visible=False, width=180),
        ]
        self.roll = RollTable(ledger, "roll", "award", roll_columns, settings_key="roll", filters=[
            Filter("payment_state", self.tr("发放状态"), code_choices("payment_state")),
        ], search_hint=self.tr("在本批次中搜索：姓名、拼音首字母或荣誉称号"), parent=self)
        self.roll.set_default_sort("roll_order")
        self.roll_heading = QLabel(self.tr("表彰名单：请在上方选择表彰批次"), self)
        self.batches.current_changed.connect(self._batch_chosen)

        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 6, 0, 0)
        lower_layout.addWidget(self.roll_heading)
        lower_layout.addWidget(self.roll, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.batches)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        heading = QLabel(self.tr("表彰奖励"), self)
        heading.setObjectName("pageHeading")
        hint = QLabel(self.tr("发放状态为黄色：已批准、尚未发放。"), self)
        hint.setStyleSheet("color: #666;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(heading)
        layout.addWidget(splitter, 1)
        layout.addWidget(hint)
        self.batches.model.loaded.connect(self._select_first)
        record_signals().saved.connect(self._saved)
        self._focus = self.batches

    def _select_first(self, count: int) -> None:
        if count and not self.batches.view.currentIndex().isValid():
            self.batches.view.selectRow(0)
        elif not count:
            self._batch_chosen(None)

    def _batch_chosen(self, row) -> None:
        if not row:
            self.roll_heading.setText(self.tr("表彰名单：请在上方选择表彰批次"))
            self.roll.set_fixed_filters({"batch": None})
            return
        self.roll_heading.setText(self.tr("表彰名单：{0}").format(row.get("title", "")))
        self.roll.set_fixed_filters({"batch": row["id"]})

    def tables(self) -> list[RecordTable]:
        return [self.batches, self.roll]

    def _saved(self, _kind: str, _id: int) -> None:
        if self.isVisible():  # hidden pages refresh when shown again
            self.refresh()

    def refresh(self) -> None:
        self.batches.reload()

    def new_record(self) -> None:
        (self.roll if self.roll.view.hasFocus() or self.roll.search.hasFocus() else self.batches).new_record()

    def focus_search(self) -> None:
        self.batches.search.setFocus()
        self.batches.search.selectAll()
