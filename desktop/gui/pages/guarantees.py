"""优抚保障: medical costs, disability, martyr recognition, pensions, schooling … and their state."""

from __future__ import annotations

from desktop.gui.pages.common import Filter, RecordTable, TablePage, code_choices, label_of, money, year_choices
from desktop.gui.table_model import Column

PENDING = ("applied", "processing")
NEAR_DAYS = 14


class GuaranteesPage(TablePage):
    def heading(self) -> str:
        return self.tr("优抚保障")

    def _urgency(self, row) -> str | None:
        due = row.get("due_on")
        if not due or row.get("state") not in PENDING:
            return None
        left = (due - self.ledger.today()).days
        return "overdue" if left < 0 else "near" if left <= NEAR_DAYS else None

    def make_table(self) -> RecordTable:
        grade = self.tr("{0}级")
        columns = [
            Column("person_name", self.tr("人员"), sort="person_name", width=100),
            Column("kind", self.tr("保障类别"), label_of("guarantee_kind", "kind"), sort="kind", width=130),
            Column("department", self.tr("责任部门"), label_of("department", "department"), width=170),
            Column("state", self.tr("办理状态"), label_of("guarantee_state", "state"), sort="state", width=80),
            Column("amount", self.tr("金额（元）"), money("amount"), sort="amount", width=100, align_right=True),
            Column("disability_grade", self.tr("伤残等级"), lambda r: grade.format(r["disability_grade"])
                   if r.get("disability_grade") else "", width=70),
            Column("applied_on", self.tr("申请日期"), sort="applied_on", width=100),
            Column("decided_on", self.tr("落实日期"), width=100),
            Column("due_on", self.tr("下次办理期限"), sort="due_on", width=110, urgency=self._urgency),
            Column("description", self.tr("事项说明"), width=240),
        ]
        filters = [
            Filter("kind", self.tr("保障类别"), code_choices("guarantee_kind")),
            Filter("state", self.tr("办理状态"), code_choices("guarantee_state")),
            Filter("department", self.tr("责任部门"), code_choices("department")),
            Filter("year", self.tr("申请年度"), year_choices(self.ledger, "guarantees")),
        ]
        table = RecordTable(self.ledger, "guarantees", "guarantee", columns, settings_key="guarantees",
                            filters=filters, search_hint=self.tr("搜索：人员姓名、拼音首字母、证件号码或事项说明"),
                            parent=self)
        table.set_default_sort("id", True)
        return table
