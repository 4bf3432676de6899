"""走访慰问: visits to heroes and the families of the deceased and disabled."""

from __future__ import annotations

from desktop.gui.pages.common import Filter, RecordTable, TablePage, code_choices, label_of, money, year_choices
from desktop.gui.table_model import Column


class VisitsPage(TablePage):
    def heading(self) -> str:
        return self.tr("走访慰问")

    def make_table(self) -> RecordTable:
        columns = [
            Column("visited_on", self.tr("走访日期"), sort="visited_on", width=100),
            Column("person_name", self.tr("人员"), sort="person_name", width=100),
            Column("occasion", self.tr("走访类型"), label_of("visit_occasion", "occasion"), sort="occasion", width=110),
            Column("unit", self.tr("走访单位"), sort="unit", width=180),
            Column("visitors", self.tr("走访人员"), width=160),
            Column("amount", self.tr("慰问金额（元）"), money("amount"), sort="amount", width=110, align_right=True),
            Column("notes", self.tr("情况记录"), width=260),
        ]
        filters = [
            Filter("year", self.tr("年度"), year_choices(self.ledger, "visits")),
            Filter("occasion", self.tr("走访类型"), code_choices("visit_occasion")),
        ]
        table = RecordTable(self.ledger, "visits", "visit", columns, settings_key="visits", filters=filters,
                            search_hint=self.tr("搜索：人员姓名、拼音首字母、走访单位或走访人员"), parent=self)
        table.set_default_sort("visited_on", True)
        return table
