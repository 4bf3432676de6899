"""人员台账: every person, found by name, pinyin initials, ID number or its last digits."""

from __future__ import annotations

from desktop.gui.pages.common import (
    Filter, RecordTable, TablePage, code_choices, county_choices, label_of, year_choices,
)
from desktop.gui.table_model import Column


class PeoplePage(TablePage):
    def heading(self) -> str:
        return self.tr("人员台账")

    def make_table(self) -> RecordTable:
        columns = [
            Column("name", self.tr("姓名"), sort="name", width=110),
            Column("gender", self.tr("性别"), label_of("gender", "gender"), sort="gender", width=50),
            Column("birth_date", self.tr("出生日期"), sort="birth_date", width=100),
            Column("id_number", self.tr("证件号码"), sort="id_number", sensitive=True, width=170),
            Column("state", self.tr("人员状态"), label_of("person_state", "state"), sort="state", width=80),
            Column("migrant_worker", self.tr("外来务工"), sort="migrant_worker", width=70),
            Column("hukou_address", self.tr("户籍地"), sort="hukou_address", width=200),
            Column("employer", self.tr("工作单位"), sort="employer", width=200),
            Column("occupation", self.tr("职业"), visible=False, width=100),
            Column("phone", self.tr("联系电话"), sensitive=True, visible=False, width=120),
            Column("bank_account", self.tr("银行账号"), sensitive=True, visible=False, width=180),
            Column("political_status", self.tr("政治面貌"), label_of("political_status", "political_status"),
                   visible=False, width=90),
            Column("do_not_publicise", self.tr("不公开身份"), visible=False, width=80),
            Column("id", self.tr("编号"), sort="id", visible=False, width=60),
        ]
        filters = [
            Filter("state", self.tr("状态"), code_choices("person_state")),
            Filter("migrant_worker", self.tr("务工情况"), [("1", self.tr("外来务工人员"))]),
            Filter("year", self.tr("事迹年度"), year_choices(self.ledger, "deeds")),
            Filter("county", self.tr("事迹发生地"), county_choices(self.ledger.office_code_or_blank())),
            Filter("outcome", self.tr("本人结果"), code_choices("outcome")),
        ]
        table = RecordTable(self.ledger, "persons", "person", columns, settings_key="people", filters=filters,
                            search_hint=self.tr("姓名、拼音首字母、证件号码"), parent=self)
        table.set_default_sort("name")
        from PySide6.QtWidgets import QPushButton
        import_button = QPushButton(self.tr("导入台账…"), table)
        import_button.setToolTip(self.tr("从 Excel/CSV 台账导入人员和事迹：先预览、逐行检查，确认后一次写入"))
        import_button.clicked.connect(self.import_excel)
        table.bar.insertWidget(table.bar.indexOf(table.export_button), import_button)
        return table

    def import_excel(self) -> None:
        from desktop.gui.import_dialog import open_import_dialog
        open_import_dialog(self, self.ledger)
        self.refresh()
