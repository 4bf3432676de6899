"""Forms for family members, guarantees, visits, publicity, awards and commendation batches."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox, QCompleter, QGroupBox, QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout,
)

from desktop.domain import codes
from desktop.domain.errors import UserError
from desktop.domain.id_number import validate_document
from desktop.domain.record_fields import AWARD, BATCH, FAMILY, GUARANTEE, PUBLICITY, VISIT
from desktop.domain.settings import OFFICE_NAME
from desktop.gui.forms.base import RecordDialog
from desktop.gui.forms.lists import RecordList, text_of
from desktop.gui.forms.picker import PersonPicker
from desktop.gui.forms.widgets import ERROR_STYLE, code_label
from desktop.services import awards, care, persons


class PersonOwnedDialog(RecordDialog):
    """A record that belongs to a person: shows whose it is, or lets the user pick them."""

    what = ""

    def build(self) -> None:
        self.person_id = self.context.get("person_id")
        self.owner = QLabel(self)
        self.owner.setObjectName("owner")
        self.owner.setStyleSheet("font-weight:bold;")
        self.body.insertWidget(0, self.owner)
        self.picker = None
        if self.record_id is None and self.person_id is None and self.needs_person():
            self.picker = PersonPicker(self.ledger, self)
            self.picker.picked.connect(self._picked)
            self.body.insertWidget(1, self.picker)
            self.owner_error = QLabel(self.tr("请先选择人员"), self)
            self.owner_error.setStyleSheet(ERROR_STYLE)
            self.body.insertWidget(2, self.owner_error)

    def needs_person(self) -> bool:
        return True

    def _picked(self, person: dict[str, Any]) -> None:
        self.person_id = person["id"]
        self.owner_error.setVisible(False)
        self._show_owner(person["name"])
        self._update_save()

    def _show_owner(self, name: str) -> None:
        self.owner.setText(self.tr("人员：{0}").format(name) if name else "")

    def after_load(self) -> None:
        name = self.record.get("person_name")
        if not name and self.person_id is not None:
            name = persons.get_person(self.ledger, self.person_id)["name"]
        self._show_owner(name or "")

    def extra_errors(self) -> list[str]:
        if self.record_id is None and self.needs_person() and getattr(self, "person_id", None) is None:
            return [self.tr("请先选择人员")]
        return []

    def extra_dirty(self) -> bool:
        return self.picker is not None and self.person_id is not None

    def window_title(self) -> str:
        verb = self.tr("新增") if self.record_id is None else self.tr("编辑")
        return f"{verb}{self.what}"


class FamilyDialog(PersonOwnedDialog):
    kind, specs = "family_member", FAMILY

    def build(self) -> None:
        super().build()
        self.form.editors["id_number"].extra_check = (
            lambda number: number and validate_document("resident", number, field="id_number"))

    def field_changed(self, name: str) -> None:
        """A valid resident ID number fills the birth date and gender, as on the person form."""
        ed = self.form.editors["id_number"]
        if name != "id_number" or not ed.raw() or ed.error:
            return
        check = validate_document("resident", ed.raw(), field="id_number")
        self.form.editors["birth_date"].set_raw(check.birth_date)
        self.form.editors["gender"].set_raw(check.gender)

    @property
    def what(self) -> str:
        return self.tr("家庭成员")

    def load(self):
        return persons.get_family_member(self.ledger, self.record_id)

    def create_record(self, values):
        return persons.add_family_member(self.ledger, self.person_id, values)

    def update_record(self, changes, expected_version):
        return persons.update_family_member(self.ledger, self.record_id, changes, expected_version=expected_version)


class GuaranteeDialog(PersonOwnedDialog):
    """A guarantee item; it may concern one of the person's family members (a child's schooling,
    a spouse's job), chosen from the family list."""

    kind, specs = "guarantee", GUARANTEE

    @property
    def what(self) -> str:
        return self.tr("优抚保障事项")

    def build(self) -> None:
        super().build()
        row = QHBoxLayout()
        label = QLabel(self.tr("涉及的家庭成员："), self)
        self.family_box = QComboBox(self)
        self.family_box.setObjectName("family")
        label.setBuddy(self.family_box)
        row.addWidget(label)
        row.addWidget(self.family_box, 1)
        self.body.addLayout(row)
        self.loaded_family = None
        self.family_box.currentIndexChanged.connect(lambda _i: self._update_save())
        if self.picker is not None:
            self.picker.picked.connect(lambda _p: self._fill_family(None))

    def _fill_family(self, chosen: Any) -> None:
        self.family_box.blockSignals(True)
        self.family_box.clear()
        self.family_box.addItem(self.tr("本人（不涉及家庭成员）"), None)
        owner = self.person_id if self.person_id is not None else getattr(self, "record", {}).get("person_id")
        if owner is not None:
            for m in persons.person_overview(self.ledger, owner)["family"]:
                self.family_box.addItem(f"{m['name']}（{m.get('relation_label') or ''}）", m["id"])
        index = self.family_box.findData(chosen) if chosen is not None else 0
        self.family_box.setCurrentIndex(max(index, 0))
        self.family_box.blockSignals(False)

    def after_load(self) -> None:
        super().after_load()
        self.loaded_family = self.record.get("family_id")
        self._fill_family(self.loaded_family)

    def extra_dirty(self) -> bool:
        return super().extra_dirty() or self.family_box.currentData() != self.loaded_family

    def defaults(self):
        return {"state": "applied", "applied_on": self.ledger.today()}

    def load(self):
        return care.get_guarantee(self.ledger, self.record_id)

    def create_record(self, values):
        if self.family_box.currentData() is not None:
            values = {**values, "family": self.family_box.currentData()}
        return care.add_guarantee(self.ledger, self.person_id, values)

    def update_record(self, changes, expected_version):
        if self.family_box.currentData() != self.loaded_family:
            changes = {**changes, "family": self.family_box.currentData() or ""}
        return care.update_guarantee(self.ledger, self.record_id, changes, expected_version=expected_version)


class VisitDialog(PersonOwnedDialog):
    kind, specs = "visit", VISIT

    @property
    def what(self) -> str:
        return self.tr("走访慰问记录")

    def defaults(self):
        return {"visited_on": self.ledger.today(), "unit": self.ledger.setting(OFFICE_NAME) or ""}

    def load(self):
        return care.get_visit(self.ledger, self.record_id)

    def create_record(self, values):
        return care.add_visit(self.ledger, self.person_id, values)

    def update_record(self, changes, expected_version):
        return care.update_visit(self.ledger, self.record_id, changes, expected_version=expected_version)


class PublicityDialog(PersonOwnedDialog):
    kind, specs = "publicity", PUBLICITY

    @property
    def what(self) -> str:
        return self.tr("宣传报道")

    def needs_person(self) -> bool:
        return self.context.get("deed_id") is None

    def defaults(self):
        return {"published_on": self.ledger.today()}

    def after_load(self) -> None:
        super().after_load()
        title = self.record.get("deed_title")
        if title:
            self.owner.setText(self.owner.text() + self.tr("　事迹：{0}").format(title))

    def load(self):
        return care.get_publicity(self.ledger, self.record_id)

    def create_record(self, values):
        return care.add_publicity(self.ledger, values, person_ref=self.person_id,
                                  deed_ref=self.context.get("deed_id"))

    def update_record(self, changes, expected_version):
        return care.update_publicity(self.ledger, self.record_id, changes, expected_version=expected_version)


class AwardDialog(PersonOwnedDialog):
    """An award in a batch; new ones need batch_id (and a person, given or picked)."""

    kind, specs = "award", AWARD

    @property
    def what(self) -> str:
        return self.tr("表彰奖励")

    def defaults(self):
        return {"payment_state": "pending"}

    def build(self) -> None:
        super().build()
        titles = [code_label(e) for e in codes.entries("honour_title")]  # usual titles offered as typed
        completer = QCompleter(titles, self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.form.editors["honour_title"].widget.setCompleter(completer)

    def after_load(self) -> None:
        super().after_load()
        batch = self.record.get("batch_title")
        if not batch and self.context.get("batch_id"):
            batch = awards.get_batch(self.ledger, self.context["batch_id"])["title"]
        if batch:
            self.owner.setText(self.owner.text() + self.tr("　表彰批次：{0}").format(batch))

    def load(self):
        return awards.get_award(self.ledger, self.record_id)

    def create_record(self, values):
        return awards.add_award(self.ledger, self.context["batch_id"], self.person_id, values,
                                deed_ref=self.context.get("deed_id"))

    def update_record(self, changes, expected_version):
        return awards.update_award(self.ledger, self.record_id, changes, expected_version=expected_version)


class BatchDialog(RecordDialog):
    """A commendation batch with its roll of awards; people are added to it from here."""

    kind, specs = "batch", BATCH

    def window_title(self) -> str:
        return self.tr("新增表彰批次") if self.record_id is None else self.tr("表彰批次：{0}").format(
            self.record.get("title", ""))

    def defaults(self):
        return {"year": self.ledger.today().year, "level": "county",
                "issuing_body": self.ledger.setting(OFFICE_NAME) or ""}

    def build(self) -> None:
        # sized to its content: a batch's title and issuing body are long (…先进分子表彰（2026）)
        wide = self.fontMetrics().horizontalAdvance("中" * 26)
        for name in ("title", "issuing_body"):
            if name in self.form.editors:
                self.form.editors[name].widget.setMinimumWidth(wide)
        self.roll_box = QGroupBox(self.tr("表彰名单"), self)
        layout = QVBoxLayout(self.roll_box)
        self.roll = RecordList([
            (self.tr("序号"), "roll_order"), (self.tr("姓名"), "person_name"), (self.tr("荣誉称号"), "honour_title"),
            (self.tr("记功"), "merit_label"), (self.tr("奖励金额（元）"), "amount"),
            (self.tr("发放状态"), "payment_state_label"), (self.tr("证书编号"), "certificate_no")],
            self.roll_box, max_rows_visible=8)
        self.roll.setObjectName("roll")
        self.roll.opened.connect(self._open_award)
        layout.addWidget(self.roll)
        self.total = QLabel(self.roll_box)
        layout.addWidget(self.total)
        row = QHBoxLayout()
        self.picker = PersonPicker(self.ledger, self.roll_box)
        self.picker.search.setPlaceholderText(self.tr("添加人员：输入姓名、拼音首字母或证件号码，回车选中"))
        self.picker.picked.connect(self._add_person)
        row.addWidget(self.picker, 1)
        self.remove_button = QPushButton(self.tr("移出名单"), self.roll_box)
        self.remove_button.clicked.connect(self._remove_award)
        row.addWidget(self.remove_button, 0)
        layout.addLayout(row)
        self.body.addWidget(self.roll_box)

    def after_load(self) -> None:
        self.roll_box.setVisible(self.record_id is not None)
        if self.record_id is not None:
            self.roll.set_rows(self.record.get("awards", []))
            self.total.setText(self.tr("共 {0} 人，奖励金额合计 {1} 元").format(
                len(self.record.get("awards", [])), text_of(Decimal(self.record.get("total_amount") or 0))))

    def load(self):
        return awards.get_batch(self.ledger, self.record_id)

    def create_record(self, values):
        return awards.create_batch(self.ledger, values)

    def update_record(self, changes, expected_version):
        return awards.update_batch(self.ledger, self.record_id, changes, expected_version=expected_version)

    def after_save(self, was_new: bool) -> None:
        if was_new:  # stay open so the roll can be filled
            self.show_banner(self.tr("表彰批次已保存，可在下方添加受表彰人员。"), ok=True)
            return
        self.accept()

    def _refresh_roll(self) -> None:
        self.record = awards.get_batch(self.ledger, self.record_id)
        self.after_load()

    def _add_person(self, person: dict[str, Any]) -> None:
        from desktop.gui.forms import new_record

        if new_record(self, self.ledger, "award", batch_id=self.record_id, person_id=person["id"]):
            self._refresh_roll()

    def _open_award(self, award_id: int) -> None:
        from desktop.gui.forms import open_record

        open_record(self, self.ledger, "award", award_id)
        self._refresh_roll()

    def _remove_award(self) -> None:
        row = self.roll.current_row()
        if not row:
            return
        if QMessageBox.question(self, self.tr("移出名单"),
                                self.tr("确定将“{0}”移出本批次？").format(row["person_name"])) != QMessageBox.StandardButton.Yes:
            return
        try:
            awards.remove_award(self.ledger, row["id"])
        except UserError as exc:
            QMessageBox.warning(self, self.tr("不能移出"), exc.message)
        self._refresh_roll()
