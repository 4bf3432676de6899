"""The deed form: the deed's fields and its people, picked from the ledger or created on the spot."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton,
    QTableWidget, QTableWidgetItem, QVBoxLayout,
)

from desktop.domain import codes
from desktop.domain.id_number import mask
from desktop.domain.workflow import state_label
from desktop.domain.record_fields import DEED
from desktop.gui.forms.base import RecordDialog
from desktop.gui.forms.lists import RecordList
from desktop.gui.forms.picker import PersonPicker
from desktop.gui.forms.widgets import ERROR_STYLE, code_label
from desktop.services import deeds, persons


class DeedDialog(RecordDialog):
    kind = "deed"
    specs = DEED

    def __init__(self, parent, ledger, record_id: int | None = None, **context: Any):
        self.people: list[dict[str, Any]] = []  # {"person_id"| "new_person", "name", "outcome", "role"}
        self.loaded_people: list[tuple] = []
        super().__init__(parent, ledger, record_id, **context)
        self.resize(940, 700)
        if record_id is None and context.get("person_id"):  # opened from a person's page
            self.add_person(persons.get_person(ledger, context["person_id"]))

    def window_title(self) -> str:
        if self.record_id is None:
            return self.tr("登记见义勇为事迹")
        return self.tr("事迹：{0}").format(self.record.get("title", ""))

    def defaults(self) -> dict[str, Any]:
        return {"division_code": self.ledger.office_code_or_blank()}

    # -- people ------------------------------------------------------------
    def build(self) -> None:
        box = QGroupBox(self.tr("见义勇为人员 *"), self)
        box.setObjectName("people_box")
        layout = QVBoxLayout(box)
        self.table = QTableWidget(0, 5, box)
        self.table.setObjectName("participants")
        self.table.setHorizontalHeaderLabels(
            [self.tr("姓名"), self.tr("证件号码"), self.tr("本人结果"), self.tr("在事迹中的作用"), ""])
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(110)
        self.table.cellDoubleClicked.connect(self._open_participant)
        layout.addWidget(self.table)
        row = QHBoxLayout()
        self.picker = PersonPicker(self.ledger, box)
        self.picker.picked.connect(self.add_person)
        row.addWidget(self.picker, 1)
        self.new_person_button = QPushButton(self.tr("新建人员…"), box)
        self.new_person_button.setObjectName("new_person")
        self.new_person_button.clicked.connect(self.create_person)
        row.addWidget(self.new_person_button, 0)
        layout.addLayout(row)
        self.people_error = QLabel(box)
        self.people_error.setObjectName("error_participants")
        self.people_error.setStyleSheet(ERROR_STYLE)
        layout.addWidget(self.people_error)
        self.body.addWidget(box)
        # cases of a saved deed
        self.case_box = QGroupBox(self.tr("见义勇为行为确认"), self)
        cl = QVBoxLayout(self.case_box)
        self.cases = RecordList([(self.tr("收到日期"), "received_on"), (self.tr("来源"), "source_label"),
                                 (self.tr("状态"), "state_label"), (self.tr("申请人"), "applicant_name"),
                                 (self.tr("决定文号"), "decision_no")], self.case_box, max_rows_visible=3, stretch=4)
        self.cases.opened.connect(self._open_case)
        cl.addWidget(self.cases)
        self.open_case_button = QPushButton(self.tr("登记确认申请…"), self.case_box)
        self.open_case_button.setObjectName("open_case")
        self.open_case_button.clicked.connect(self._new_case)
        cb = QHBoxLayout()
        cb.addWidget(self.open_case_button)
        cb.addStretch(1)
        cl.addLayout(cb)
        self.body.addWidget(self.case_box)
        self.setTabOrder(self.form.last_widget, self.picker.search)
        self.setTabOrder(self.picker.search, self.new_person_button)

    def add_person(self, person: dict[str, Any]) -> None:
        if any(p.get("person_id") == person["id"] for p in self.people):
            self.people_error.setText(self.tr("“{0}”已在本事迹中").format(person["name"]))
            return
        self.people.append({"person_id": person["id"], "name": person["name"],
                            "id_number": person.get("id_number") or "", "outcome": "", "role": ""})
        self._fill_people(focus_last=True)

    def create_person(self) -> None:
        from desktop.gui.forms.person import PersonDialog

        dialog = PersonDialog(self, self.ledger, draft=True)
        dialog.setWindowTitle(self.tr("新建人员（随事迹一并保存）"))
        if dialog.exec() and dialog.draft:
            self.people.append({"new_person": dialog.draft, "name": dialog.draft.get("name", ""),
                                "id_number": dialog.draft.get("id_number", ""), "outcome": "", "role": ""})
            self._fill_people(focus_last=True)

    def _fill_people(self, focus_last: bool = False) -> None:
        self.table.setRowCount(len(self.people))
        last_combo = None
        for r, p in enumerate(self.people):
            name = p["name"] + (self.tr("（新建）") if "new_person" in p else "")
            self.table.setItem(r, 0, QTableWidgetItem(name))
            self.table.setItem(r, 1, QTableWidgetItem(mask(p["id_number"]) if p.get("id_number") else ""))
            combo = QComboBox(self.table)
            combo.setObjectName(f"outcome_{r}")
            combo.addItem("", "")
            for entry in codes.entries("outcome"):
                combo.addItem(code_label(entry), entry.code)
            combo.setCurrentIndex(max(0, combo.findData(p.get("outcome") or "")))
            combo.currentIndexChanged.connect(lambda _i, p=p, c=combo: self._set(p, "outcome", c.currentData()))
            self.table.setCellWidget(r, 2, combo)
            role = QLineEdit(p.get("role") or "", self.table)
            role.setPlaceholderText(self.tr("如：主要施救人"))
            role.textChanged.connect(lambda t, p=p: self._set(p, "role", t))
            self.table.setCellWidget(r, 3, role)
            remove = QPushButton(self.tr("移除"), self.table)
            remove.setAutoDefault(False)
            remove.clicked.connect(lambda _=False, p=p: self._remove(p))
            self.table.setCellWidget(r, 4, remove)
            last_combo = combo
        self._update_save()
        if focus_last and last_combo is not None:
            last_combo.setFocus()

    def _open_participant(self, row: int, _column: int) -> None:
        """Double-clicking a person already in the ledger shows their page."""
        if 0 <= row < len(self.people) and self.people[row].get("person_id"):
            from desktop.gui.forms import open_record

            open_record(self, self.ledger, "person", self.people[row]["person_id"])

    def _set(self, p: dict[str, Any], key: str, value: Any) -> None:
        p[key] = value or ""
        self._update_save()

    def _remove(self, p: dict[str, Any]) -> None:
        self.people.remove(p)
        self._fill_people()

    def set_outcome(self, row: int, code: str) -> None:
        combo = self.table.cellWidget(row, 2)
        combo.setCurrentIndex(combo.findData(code))

    def extra_errors(self) -> list[str]:
        errors = []
        if not self.people:
            errors.append(self.tr("事迹至少需要一名见义勇为人员"))
        for i, p in enumerate(self.people, 1):
            if not p.get("outcome"):
                errors.append(self.tr("请选择“{0}”的本人结果（未伤/受伤/致残/牺牲）").format(p["name"]))
        if hasattr(self, "people_error"):
            self.people_error.setText("；".join(errors) if self.people or self.form.editors["title"].touched else "")
        return errors

    def extra_dirty(self) -> bool:
        return self._people_key() != self.loaded_people

    def _people_key(self) -> list[tuple]:
        return [(p.get("person_id"), repr(p.get("new_person")), p.get("outcome"), p.get("role") or "")
                for p in self.people]

    def _participants(self) -> list[dict[str, Any]]:
        out = []
        for p in self.people:
            item = {"outcome": p["outcome"], "role": p.get("role") or None}
            if "new_person" in p:
                item["new_person"] = p["new_person"]
            else:
                item["person_id"] = p["person_id"]
            out.append(item)
        return out

    # -- load / save ---------------------------------------------------------------
    def load(self) -> dict[str, Any]:
        return deeds.get_deed(self.ledger, self.record_id)

    def after_load(self) -> None:
        if self.record_id is not None:
            self.people = [{"person_id": p["person_id"], "name": p["person_name"],
                            "id_number": persons.get_person(self.ledger, p["person_id"]).get("id_number") or "",
                            "outcome": p["outcome"], "role": p.get("role") or ""}
                           for p in self.record.get("participants", [])]
            self.cases.set_rows([c | {"state_label": state_label(c["state"])} for c in self.record.get("cases", [])])
        self.loaded_people = self._people_key()
        self._fill_people()
        self.case_box.setVisible(self.record_id is not None)
        open_cases = [c for c in self.record.get("cases", []) if c["state"] not in ("closed", "not_accepted", "withdrawn")]
        self.open_case_button.setEnabled(not open_cases)

    def create_record(self, values: dict[str, Any]) -> dict[str, Any]:
        return deeds.record_deed(self.ledger, values, self._participants())

    def update_record(self, changes: dict[str, Any], expected_version: int | None) -> dict[str, Any]:
        if self._people_key() == self.loaded_people:
            return deeds.update_deed(self.ledger, self.record_id, changes, expected_version=expected_version)
        return deeds.update_deed_with_people(self.ledger, self.record_id, changes, self._participants(),
                                             expected_version=expected_version)

    def show_error(self, exc) -> None:
        super().show_error(exc)
        if exc.field == "participants" or exc.field not in self.form.editors:
            self.people_error.setText(exc.message)

    def after_save(self, was_new: bool) -> None:
        if was_new:  # stay open: the next step is usually to register the application
            self.show_banner(self.tr("事迹已保存。可点击“登记确认申请…”开始见义勇为行为确认。"), ok=True)
            return
        self.accept()

    # -- cases -----------------------------------------------------------------------
    def _open_case(self, case_id: int) -> None:
        from desktop.gui.forms import open_record

        open_record(self, self.ledger, "case", case_id)
        self.reload()

    def _new_case(self) -> None:
        from desktop.gui.forms import new_record, open_record

        if self.is_dirty():
            self.show_banner(self.tr("请先保存事迹的修改，再登记确认申请"))
            return
        case_id = new_record(self, self.ledger, "case", deed_id=self.record_id)
        if case_id:
            open_record(self, self.ledger, "case", case_id)
            self.reload()
