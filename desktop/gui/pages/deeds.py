"""事迹与确认: the deeds, and the confirmation cases with their state and deadline countdown."""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtWidgets import QLabel, QMessageBox, QTabWidget, QVBoxLayout, QWidget

from desktop.domain import workflow
from desktop.gui.pages.common import (
    Filter, RecordTable, code_choices, county_choices, division_name, label_of, new_record, record_signals,
    year_choices,
)
from desktop.gui.table_model import Column


class CaseTable(RecordTable):
    """Cases; 新增 opens a case for the deed chosen on the deeds tab."""

    deed_source: Callable[[], dict[str, Any] | None] | None = None  # gives the current deed row

    def new_record(self) -> None:
        deed = self.deed_source() if self.deed_source else None
        if not deed:
            QMessageBox.information(self, self.tr("登记确认申请"),
                                    self.tr("还没有选中事迹。请先在“事迹”页选中要申请确认的事迹，再回到这里点“新增”；"
                                            "也可以打开事迹，点其中的“登记确认申请…”。"))
            return
        if new_record(self, self.ledger, "case", deed_id=deed["id"]):
            self.reload()


class DeedsPage(QWidget):
    def __init__(self, ledger, parent: QWidget | None = None):
        super().__init__(parent)
        self.ledger = ledger
        office = ledger.office_code_or_blank()
        deed_columns = [
            Column("occurred_on", self.tr("发生日期"), sort="occurred_on", width=100),
            Column("title", self.tr("事迹标题"), sort="title", width=280),
            Column("category", self.tr("行为类别"), label_of("deed_category", "category"), sort="category", width=120),
            Column("people", self.tr("见义勇为人员"), width=150),
            Column("division_code", self.tr("发生地"), division_name("division_code"), sort="division_code", width=90),
            Column("place", self.tr("发生地点"), sort="place", width=200),
            Column("case_state_label", self.tr("确认状态"), width=100, extra={"fits": list(workflow.STATES.values())}),
            Column("police_report_no", self.tr("接报警情编号"), visible=False, width=150),
        ]
        self.deeds = RecordTable(ledger, "deeds", "deed", deed_columns, settings_key="deeds", filters=[
            Filter("year", self.tr("年度"), year_choices(ledger, "deeds")),
            Filter("category", self.tr("行为类别"), code_choices("deed_category")),
            Filter("county", self.tr("发生地"), county_choices(office)),
            Filter("outcome", self.tr("人员结果"), code_choices("outcome")),
            Filter("state", self.tr("确认状态"), list(workflow.STATES.items())),
        ], search_hint=self.tr("事迹标题、地点、警情编号、人员姓名"), parent=self)
        self.deeds.set_default_sort("occurred_on", True)

        case_columns = [
            Column("received_on", self.tr("收到日期"), sort="received_on", width=100),
            Column("deed_title", self.tr("事迹"), sort="deed_title", width=230),
            Column("people", self.tr("人员"), width=160),
            Column("source", self.tr("来源"), label_of("case_source", "source"), sort="source", width=120),
            Column("applicant_name", self.tr("申请人/举荐人"), width=110),
            Column("state", self.tr("办理状态"), lambda r: r.get("state_label"), sort="state", width=110,
                   extra={"fits": list(workflow.STATES.values())}),
            Column("deadline", self.tr("期限倒计时"), self.countdown, width=230,
                   urgency=lambda r: r.get("deadline_status")),
            Column("accepted_on", self.tr("受理日期"), sort="accepted_on", visible=False, width=100),
            Column("decision", self.tr("确认结论"), label_of("decision", "decision"), width=120),
            Column("decision_no", self.tr("决定文号"), visible=False, width=140),
            Column("decision_date", self.tr("决定日期"), sort="decision_date", visible=False, width=100),
        ]
        self.cases = CaseTable(ledger, "cases", "case", case_columns, settings_key="cases", filters=[
            Filter("open", self.tr("办理情况"), [("1", self.tr("正在办理"))]),
            Filter("state", self.tr("办理状态"), list(workflow.STATES.items())),
            Filter("year", self.tr("收到年度"), year_choices(ledger, "cases")),
            Filter("county", self.tr("发生地"), county_choices(office)),
            Filter("decision", self.tr("确认结论"), code_choices("decision")),
        ], search_hint=self.tr("事迹标题、申请人、决定文号、人员姓名"), parent=self)
        self.cases.deed_source = self.deeds.current_row
        self.cases.set_default_sort("received_on", True)

        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.deeds, self.tr("事迹"))
        self.tabs.addTab(self.cases, self.tr("确认案件"))
        self.tabs.currentChanged.connect(lambda _i: self.refresh())
        heading = QLabel(self.tr("事迹与确认"), self)
        heading.setObjectName("pageHeading")
        hint = QLabel(self.tr("期限倒计时一栏：黄色为临近到期，红色为已超期。"), self)
        hint.setStyleSheet("color: #666;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(heading)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(hint)
        record_signals().saved.connect(self._saved)

    def countdown(self, row) -> str:
        """"剩余3天 · 确认决定期限 12-01": the days first, so the column reads at a glance."""
        days = row.get("days_left")
        if days is None:
            return ""
        if days < 0:
            left = self.tr("已超期{0}天").format(-days)
        elif days == 0:
            left = self.tr("今天到期")
        else:
            left = self.tr("剩余{0}天").format(days)
        due = row.get("deadline_due")
        return f"{left} · {row.get('deadline_label') or ''} {due.strftime('%m-%d') if due else ''}".strip()

    def tables(self) -> list[RecordTable]:
        return [self.deeds, self.cases]

    def current_table(self) -> RecordTable:
        return self.tables()[self.tabs.currentIndex()]

    def _saved(self, _kind: str, _id: int) -> None:
        if self.isVisible():  # hidden pages refresh when shown again
            self.refresh()

    def refresh(self) -> None:
        self.current_table().reload()

    def new_record(self) -> None:
        self.current_table().new_record()

    def focus_search(self) -> None:
        self.current_table().search.setFocus()
        self.current_table().search.selectAll()
