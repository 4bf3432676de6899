"""Everything about one person on one screen, each list opening its record."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QMenu, QPushButton, QScrollArea, QVBoxLayout,
    QWidget,
)

from desktop.domain import codes
from desktop.domain.id_number import mask
from desktop.gui.forms.base import no_auto_default
from desktop.gui.forms.lists import RecordList, text_of
from desktop.services import persons

_STATE_COLOURS = {"unhurt": "#2e7d32", "injured": "#e65100", "disabled": "#6a1b9a", "deceased": "#37474f"}


def _mask_phone(phone: str | None) -> str:
    from desktop.services.privacy import mask_phone  # the one masking rule (CLI, tables, exports)
    return mask_phone(phone) if phone else ""


class PersonPage(QWidget):
    """A person's details, deeds and confirmation, awards, guarantees, family, visits, publicity,
    documents issued."""

    def __init__(self, ledger, person_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.ledger = ledger
        self.person_id = person_id
        self.data: dict[str, Any] = {}
        outer = QVBoxLayout(self)

        head = QHBoxLayout()
        self.name = QLabel(self)
        self.name.setObjectName("person_name")
        self.name.setStyleSheet("font-size:20px; font-weight:bold;")
        self.state = QLabel(self)
        self.state.setObjectName("person_state")
        head.addWidget(self.name)
        head.addWidget(self.state)
        head.addStretch(1)
        self.edit_button = QPushButton(self.tr("编辑"), self)
        self.edit_button.setObjectName("edit_person")
        self.edit_button.setToolTip(self.tr("编辑人员信息（Ctrl+E）"))
        self.edit_button.clicked.connect(self.edit)
        QShortcut(QKeySequence("Ctrl+E"), self, self.edit)
        self.add_button = QPushButton(self.tr("新增…"), self)
        menu = QMenu(self.add_button)
        for kind, label in (("deed", self.tr("见义勇为事迹")), ("guarantee", self.tr("优抚保障事项")),
                            ("visit", self.tr("走访慰问记录")), ("publicity", self.tr("宣传报道")),
                            ("family_member", self.tr("家庭成员"))):
            menu.addAction(label, lambda kind=kind: self.add(kind))
        self.add_button.setMenu(menu)
        head.addWidget(self.add_button)
        head.addWidget(self.edit_button)
        outer.addLayout(head)

        self.details = QLabel(self)
        self.details.setObjectName("person_details")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setStyleSheet("background:#f5f7fa; padding:8px; border-radius:4px;")
        outer.addWidget(self.details)

        grid = QGridLayout()
        grid.setSpacing(8)
        self.lists: dict[str, RecordList] = {}
        sections = [
            ("deeds", self.tr("见义勇为事迹"), "deed", [
                (self.tr("发生日期"), "occurred_on"), (self.tr("事迹"), "title"),
                (self.tr("本人结果"), "outcome_label"), (self.tr("确认情况"), "confirmation")]),
            ("cases", self.tr("行为确认"), "case", [
                (self.tr("收到日期"), "received_on"), (self.tr("事迹"), "deed_title"),
                (self.tr("状态"), "state_label"), (self.tr("决定文号"), "decision_no")]),
            ("awards", self.tr("表彰奖励"), "award", [
                (self.tr("表彰批次"), lambda a: a["batch"]["title"] if str(a["batch"]["year"]) in a["batch"]["title"]
                 else f'{a["batch"]["year"]}年 {a["batch"]["title"]}'),  # the year once, not in two columns
                (self.tr("荣誉称号"), "honour_title"), (self.tr("金额（元）"), "amount"),
                (self.tr("发放"), "payment_state_label")]),
            ("guarantees", self.tr("优抚保障"), "guarantee", [
                (self.tr("类别"), "kind_label"), (self.tr("状态"), "state_label"),
                (self.tr("金额（元）"), "amount"), (self.tr("下次办理期限"), "due_on")]),
            ("family", self.tr("家庭成员"), "family_member", [
                (self.tr("姓名"), "name"), (self.tr("关系"), "relation_label"),
                (self.tr("出生日期"), "birth_date"), (self.tr("被抚养人"), "dependant")]),
            ("visits", self.tr("走访慰问"), "visit", [
                (self.tr("日期"), "visited_on"), (self.tr("类型"), "occasion_label"),
                (self.tr("走访单位"), "unit"), (self.tr("金额（元）"), "amount")]),
            ("publicity", self.tr("宣传报道"), "publicity", [
                (self.tr("日期"), "published_on"), (self.tr("媒体"), "outlet"), (self.tr("标题"), "title")]),
            ("documents", self.tr("已开具文书"), "", [
                (self.tr("日期"), "issued_on"), (self.tr("文书"), "kind"), (self.tr("文号/编号"), "number_text")]),
        ]
        stretch = {"deeds": 1, "cases": 1, "awards": 1, "guarantees": 0, "family": 0, "visits": 2,
                   "publicity": 2, "documents": 2}
        from PySide6.QtGui import QGuiApplication
        screen = self.screen() or QGuiApplication.primaryScreen()
        per_row = 1 if screen is not None and screen.availableGeometry().width() < 1000 else 2  # 1366×768 at 150 %
        for i, (key, title, kind, columns) in enumerate(sections):
            box = QGroupBox(title, self)
            layout = QVBoxLayout(box)
            layout.setContentsMargins(6, 6, 6, 6)
            table = RecordList(columns, box, max_rows_visible=4, stretch=stretch[key])
            table.setObjectName(f"list_{key}")
            if kind:
                table.opened.connect(lambda rid, kind=kind: self.open(kind, rid))
            layout.addWidget(table)
            self.lists[key] = table
            grid.addWidget(box, i // per_row, i % per_row)
        self._add_checklist(grid, (len(sections) + per_row - 1) // per_row)
        inner = QWidget(self)
        inner.setLayout(grid)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(inner)
        outer.addWidget(scroll, 1)
        self.refresh()

    def refresh(self) -> None:
        self.data = persons.person_overview(self.ledger, self.person_id)
        p = self.data["person"]
        self.name.setText(p["name"])
        colour = _STATE_COLOURS.get(p.get("state") or "unhurt", "#2e7d32")
        self.state.setText(p.get("state_label") or "")
        self.state.setStyleSheet(f"color:white; background:{colour}; padding:2px 10px; border-radius:8px;")
        bits = [
            (self.tr("性别"), p.get("gender_label")), (self.tr("出生日期"), text_of(p.get("birth_date"))),
            (self.tr("民族"), p.get("ethnicity_label")),
            (p.get("id_type_label") or self.tr("证件号码"), mask(p.get("id_number")) if p.get("id_number") else ""),
            (self.tr("联系电话"), _mask_phone(p.get("phone"))), (self.tr("职业"), p.get("occupation")),
            (self.tr("工作单位"), p.get("employer")), (self.tr("户籍地"), p.get("hukou_address")),
            (self.tr("政治面貌"), p.get("political_status_label")),
            (self.tr("外来务工人员"), self.tr("是") if p.get("migrant_worker") else ""),
            (self.tr("不公开身份"), self.tr("是") if p.get("do_not_publicise") else ""),
        ]
        # a table keeps each item whole (CJK text may otherwise wrap inside a name)
        cells = [f"<td style='padding-right:18px'>{escape(str(k))}：{escape(str(v))}</td>" for k, v in bits if v]
        rows = ["<tr>" + "".join(cells[n:n + 5]) + "</tr>" for n in range(0, len(cells), 5)]
        self.details.setText("<table>" + "".join(rows) + "</table>")
        deeds = []
        case_rows = []
        for d in self.data["deeds"]:
            states = [c.get("state") for c in d.get("cases", [])]
            from desktop.domain.workflow import state_label

            d = d | {"confirmation": "、".join(state_label(s) for s in states) or self.tr("未申请")}
            deeds.append(d)
            for c in d.get("cases", []):
                case_rows.append(c | {"deed_title": d["title"], "state_label": state_label(c["state"])})
        self.lists["deeds"].set_rows(deeds)
        self.lists["cases"].set_rows(case_rows, colour=lambda c: "#2e7d32" if c.get("decision") == "confirmed" else None)
        self.lists["awards"].set_rows(self.data["awards"])
        self.lists["guarantees"].set_rows(self.data["guarantees"])
        self.lists["family"].set_rows(self.data["family"])
        self.lists["visits"].set_rows(
            [v | {"occasion_label": codes.label("visit_occasion", v.get("occasion"))} for v in self.data["visits"]])
        self.lists["publicity"].set_rows(self.data["publicity"])
        self.lists["documents"].set_rows(self.data["documents"])
        self._refresh_checklist()
        no_auto_default(self)

    def _add_checklist(self, grid: QGridLayout, row: int) -> None:
        """Issue 16: what the law provides for a dead or disabled hero's family, each item's state."""
        self.checklist_box = QGroupBox(self.tr("家属保障清单"), self)
        self.checklist_box.setObjectName("checklist_box")
        layout = QVBoxLayout(self.checklist_box)
        layout.setContentsMargins(6, 6, 6, 6)
        self.checklist_summary = QLabel(self.checklist_box)
        print_button = QPushButton(self.tr("打印清单…"), self.checklist_box)
        print_button.setObjectName("print_checklist")
        print_button.clicked.connect(self.print_checklist)
        top = QHBoxLayout()
        top.addWidget(self.checklist_summary, 1)
        top.addWidget(print_button)
        layout.addLayout(top)
        self.lists["checklist"] = RecordList(
            [(self.tr("事项"), "label"), (self.tr("状态"), "state_label"),
             (self.tr("涉及亲属"), lambda i: "、".join(i["family"])), (self.tr("办理情况"), lambda i: "；".join(i["details"]))],
            self.checklist_box, id_key="_no_record", max_rows_visible=9, stretch=3)
        self.lists["checklist"].setObjectName("list_checklist")
        layout.addWidget(self.lists["checklist"])
        grid.addWidget(self.checklist_box, row, 0, 1, 2)

    def _refresh_checklist(self) -> None:
        from desktop.services import family_care

        applies = self.data["person"].get("state") in ("deceased", "disabled")
        self.checklist_box.setVisible(applies)
        if not applies:
            return
        data = family_care.checklist(self.ledger, self.person_id)
        done = sum(1 for i in data["items"] if i["settled"])
        self.checklist_summary.setText(
            self.tr("全部落实") if data["complete"] else
            self.tr("共 {0} 项，已办结 {1} 项，红色为待办").format(len(data["items"]), done))
        self.lists["checklist"].set_rows(data["items"], colour=lambda i: None if i["settled"] else "#c62828")

    def print_checklist(self) -> None:
        from PySide6.QtWidgets import QFileDialog, QMessageBox

        from desktop.services import family_care

        name = self.data["person"]["name"]
        path, _ = QFileDialog.getSaveFileName(self, self.tr("保存保障清单"), f"{name}家属保障清单.pdf", "PDF (*.pdf)")
        if not path:
            return
        try:
            family_care.write_checklist_pdf(self.ledger, self.person_id, path)
        except Exception as exc:  # a user error (fonts, file in use) is shown, not raised
            QMessageBox.warning(self, self.tr("打印清单"), getattr(exc, "message", str(exc)))

    def open(self, kind: str, record_id: int) -> None:
        from desktop.gui.forms import open_record

        open_record(self, self.ledger, kind, record_id)
        self.refresh()

    def edit(self) -> None:
        from desktop.gui.forms.person import PersonDialog

        PersonDialog(self, self.ledger, self.person_id).exec()
        self.refresh()

    def add(self, kind: str) -> None:
        from desktop.gui.forms import new_record

        if new_record(self, self.ledger, kind, person_id=self.person_id):
            self.refresh()


class PersonPageDialog(QDialog):
    def __init__(self, parent: QWidget | None, ledger, person_id: int):
        super().__init__(parent)
        self.page = PersonPage(ledger, person_id, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.page)
        self.setWindowTitle(self.tr("人员档案：{0}").format(self.page.data["person"]["name"]))
        self.setSizeGripEnabled(True)
        self.resize(1240, 680)
