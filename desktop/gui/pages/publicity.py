"""宣传报道: reports in newspapers, television, online and the office's own channels."""

from __future__ import annotations

from desktop.gui.pages.common import Filter, RecordTable, TablePage, code_choices, label_of, year_choices
from desktop.gui.table_model import Column


class PublicityPage(TablePage):
    def heading(self) -> str:
        return self.tr("宣传报道")

    def make_table(self) -> RecordTable:
        columns = [
            Column("published_on", self.tr("发布日期"), sort="published_on", width=100),
            Column("title", self.tr("标题"), sort="title", width=280),
            Column("media_kind", self.tr("媒体类型"), label_of("media_kind", "media_kind"), sort="media_kind", width=90),
            Column("outlet", self.tr("媒体名称"), sort="outlet", width=150),
            Column("person_name", self.tr("人员"), sort="person_name", width=90),
            Column("deed_title", self.tr("事迹"), width=220),
            Column("reference", self.tr("链接或版面"), visible=False, width=200),
        ]
        filters = [
            Filter("year", self.tr("年度"), year_choices(self.ledger, "publicity")),
            Filter("media_kind", self.tr("媒体类型"), code_choices("media_kind")),
        ]
        table = RecordTable(self.ledger, "publicity", "publicity", columns, settings_key="publicity",
                            filters=filters, search_hint=self.tr("搜索：标题、媒体名称、人员姓名或事迹"), parent=self)
        table.set_default_sort("published_on", True)
        return table
