"""The person form: fields, ID number filling birth date and gender, family members, attachments."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QWidget, QFileDialog, QGroupBox, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMessageBox, QPushButton,
    QVBoxLayout,
)

from desktop.domain.errors import UserError, ValidationError
from desktop.domain.id_number import validate_document
from desktop.domain.record_fields import PERSON
from desktop.gui.forms.base import RecordDialog
from desktop.gui.forms.lists import RecordList
from desktop.services import attachments, persons


def _size_text(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB" if n >= 1024 * 1024 else f"{max(1, n // 1024)} KB"


class PersonDialog(RecordDialog):
    """Create or edit a person. With draft=True nothing is written: `draft` holds the typed values
    (used by the deed form to create a person inside the deed's own transaction)."""

    kind = "person"
    specs = PERSON

    def __init__(self, parent, ledger, record_id: int | None = None, *, draft: bool = False, **context: Any):
        self.draft_mode = draft
        self.draft: dict[str, Any] | None = None
        super().__init__(parent, ledger, record_id, **context)
        self.resize(900, 680)
        self.setAcceptDrops(not draft)

    def field_names(self) -> list[str]:
        first = ["name", "id_type", "id_number", "gender", "birth_date", "ethnicity", "phone", "state"]
        return first + [n for n in PERSON if n not in first]

    def window_title(self) -> str:
        if self.record_id is None:
            return self.tr("新增见义勇为人员")
        return self.tr("编辑人员：{0}").format(self.record.get("name", ""))

    def defaults(self) -> dict[str, Any]:
        return {"id_type": "resident", "state": "unhurt", **{k: v for k, v in self.context.items() if k in PERSON}}

    def build(self) -> None:
        ids = self.form.editors["id_number"]
        ids.extra_check = self._check_id
        self.form.editors["birth_date"].extra_check = self._check_birth_date
        self.id_hint = QLabel(self)
        self.id_hint.setObjectName("id_hint")
        self.id_hint.setStyleSheet("color:#2e7d32;")
        self.body.addWidget(self.id_hint)
        if self.draft_mode:
            return
        self.extras = QWidget(self)
        row = QHBoxLayout(self.extras)
        row.setContentsMargins(0, 0, 0, 0)
        # family members
        family_box = QGroupBox(self.tr("家庭成员"), self)
        fl = QVBoxLayout(family_box)
        self.family = RecordList([
            (self.tr("姓名"), "name"), (self.tr("关系"), "relation_label"), (self.tr("性别"), "gender_label"),
            (self.tr("出生日期"), "birth_date"), (self.tr("联系电话"), "phone"),
            (self.tr("被抚养人"), "dependant")], family_box, max_rows_visible=4)
        self.family.setObjectName("family")
        self.family.opened.connect(self._edit_family)
        fl.addWidget(self.family)
        fb = QHBoxLayout()
        self.add_family_button = QPushButton(self.tr("添加家庭成员…"), family_box)
        self.add_family_button.setObjectName("add_family")
        self.add_family_button.clicked.connect(self._add_family)
        self.remove_family_button = QPushButton(self.tr("删除"), family_box)
        self.remove_family_button.clicked.connect(self._remove_family)
        fb.addWidget(self.add_family_button)
        fb.addWidget(self.remove_family_button)
        fb.addStretch(1)
        fl.addLayout(fb)
        row.addWidget(family_box, 3)
        # attachments
        att_box = QGroupBox(self.tr("附件（扫描件、照片，可拖放到此窗口）"), self)
        al = QVBoxLayout(att_box)
        self.attachments = QListWidget(att_box)
        self.attachments.setObjectName("attachments")
        self.attachments.setMaximumHeight(120)
        self.attachments.itemActivated.connect(self._open_attachment)
        al.addWidget(self.attachments)
        ab = QHBoxLayout()
        self.add_file_button = QPushButton(self.tr("添加附件…"), att_box)
        self.add_file_button.clicked.connect(self._choose_files)
        self.open_file_button = QPushButton(self.tr("打开"), att_box)
        self.open_file_button.clicked.connect(lambda: self._open_attachment(self.attachments.currentItem()))
        ab.addWidget(self.add_file_button)
        ab.addWidget(self.open_file_button)
        ab.addStretch(1)
        al.addLayout(ab)
        row.addWidget(att_box, 2)
        self.body.addWidget(self.extras)
        self.extras_hint = QLabel(self.tr("保存人员后即可添加家庭成员和附件。"), self)
        self.extras_hint.setStyleSheet("color:#666;")
        self.body.addWidget(self.extras_hint)

    # -- ID number ------------------------------------------------------------
    def _check_id(self, number: Any) -> None:
        if not number:
            return
        id_type = self.form.editors["id_type"].raw() or "resident"
        validate_document(id_type, number, field="id_number")

    def _id_check(self):
        """What a valid ID number tells (birth date, gender), or None."""
        number = self.form.editors["id_number"].raw()
        if not number:
            return None
        try:
            return validate_document(self.form.editors["id_type"].raw() or "resident", number, field="id_number")
        except UserError:
            return None

    def _check_birth_date(self, birth: Any) -> None:
        """A birth date that contradicts the ID number is flagged (and blocks saving)."""
        check = self._id_check()
        if birth and check is not None and check.birth_date and birth != check.birth_date:
            raise ValidationError(self.tr("出生日期与证件号码中的 {0} 不一致，请核对").format(
                check.birth_date.isoformat()), "birth_date")

    def field_changed(self, name: str) -> None:
        if name == "hukou_division":
            self._fill_hukou_address()
        if name == "id_type":
            self.form.editors["id_number"].validate()
        if name in ("id_number", "id_type"):
            self.form.editors["birth_date"].validate()
        if name not in ("id_number", "id_type"):
            return
        ed = self.form.editors["id_number"]
        number = ed.raw()
        self.id_hint.setText("")
        if not number or ed.error:
            return
        try:
            check = validate_document(self.form.editors["id_type"].raw() or "resident", number, field="id_number")
        except UserError:
            return
        filled = []
        birth = self.form.editors["birth_date"]
        if check.birth_date and not birth.raw():  # a typed birth date is never overwritten: flagged instead
            birth.set_raw(check.birth_date)
            filled.append(self.tr("出生日期 {0}").format(check.birth_date.isoformat()))
        if check.gender and not self.form.editors["gender"].raw():
            self.form.editors["gender"].set_raw(check.gender)
            filled.append(self.tr("性别 {0}").format(self.form.editors["gender"].widget.currentText()))
        hukou = self.form.editors["hukou_division"]
        if (self.form.editors["id_type"].raw() or "resident") == "resident" and not hukou.raw():
            hukou.set_raw(check.number[:6])
            self._fill_hukou_address()
        if filled:
            self.id_hint.setText(self.tr("已根据证件号码填写：") + "，".join(filled))

    def _fill_hukou_address(self) -> None:
        """户籍地 from its division code, when the clerk has not written it."""
        from desktop.domain import divisions
        code = self.form.editors["hukou_division"].raw()
        address = self.form.editors["hukou_address"]
        if len(code) == 6 and not address.raw():
            try:
                address.set_raw(divisions.full_name(code))
            except UserError:  # an unknown code: its own field says so
                pass

    # -- load / save ------------------------------------------------------------
    def load(self) -> dict[str, Any]:
        return dict(persons.get_person(self.ledger, self.record_id))

    def after_load(self) -> None:
        if self.draft_mode:
            return
        saved = self.record_id is not None
        self.extras.setVisible(saved)
        self.extras_hint.setVisible(not saved)
        self.refresh_extras()

    def refresh_extras(self) -> None:
        if self.draft_mode or self.record_id is None:
            return
        overview = persons.person_overview(self.ledger, self.record_id)
        self.family.set_rows([dict(m) for m in overview["family"]])
        self.attachments.clear()
        for att in attachments.list_attachments(self.ledger, "person", self.record_id):
            item = QListWidgetItem(f"{att['title']}（{_size_text(att['size'])}）")
            item.setData(256, att["id"])
            self.attachments.addItem(item)

    def create_record(self, values: dict[str, Any]) -> dict[str, Any]:
        if self.draft_mode:
            self.draft = values
            return {"id": 0}
        return dict(persons.create_person(self.ledger, values))

    def update_record(self, changes: dict[str, Any], expected_version: int | None) -> dict[str, Any]:
        return dict(persons.update_person(self.ledger, self.record_id, changes, expected_version=expected_version))

    def save(self) -> bool:
        if not self.draft_mode:
            return super().save()
        # draft: check everything here, write nothing; the deed's transaction creates the person
        self.form.validate_all()
        if self.form.errors():
            self.form.show_all_errors()
            self._update_save()
            self.show_banner("；".join(self.form.errors().values()))
            return False
        self.draft = {k: v for k, v in self.form.raw().items() if v not in ("", None, False)}
        self.loaded_raw = self.form.raw()
        self.accept()
        return True

    # -- family -----------------------------------------------------------------
    def _add_family(self) -> None:
        from desktop.gui.forms import new_record

        if new_record(self, self.ledger, "family_member", person_id=self.record_id):
            self.refresh_extras()

    def _edit_family(self, member_id: int) -> None:
        from desktop.gui.forms import open_record

        open_record(self, self.ledger, "family_member", member_id)
        self.refresh_extras()

    def _remove_family(self) -> None:
        row = self.family.current_row()
        if not row:
            return
        if QMessageBox.question(self, self.tr("删除家庭成员"),
                                self.tr("确定删除家庭成员“{0}”？").format(row["name"])) != QMessageBox.StandardButton.Yes:
            return
        try:
            persons.delete_family_member(self.ledger, row["id"])
        except UserError as exc:
            QMessageBox.warning(self, self.tr("不能删除"), exc.message)
        self.refresh_extras()

    # -- attachments ----------------------------------------------------------------
    def add_files(self, paths: list[str]) -> None:
        """Attach files to the saved person (each attachment is saved at once)."""
        if self.record_id is None:
            self.show_banner(self.tr("请先保存人员，再添加附件"))
            return
        problems = []
        for path in paths:
            try:
                attachments.attach_file(self.ledger, "person", self.record_id, path)
            except UserError as exc:
                problems.append(exc.message)
        self.refresh_extras()
        if problems:
            self.show_banner("；".join(problems))

    def _choose_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("选择附件"), "",
            self.tr("扫描件和照片 (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.bmp);;所有文件 (*)"))
        if paths:
            self.add_files(paths)

    def open_attachment(self, attachment_id: int) -> Path:
        meta, data = attachments.attachment_bytes(self.ledger, attachment_id)
        folder = Path(tempfile.mkdtemp(prefix="yiyong-att-"))
        path = folder / Path(meta["file_name"]).name
        path.write_bytes(data)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        return path

    def _open_attachment(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        try:
            self.open_attachment(int(item.data(256)))
        except UserError as exc:
            QMessageBox.warning(self, self.tr("无法打开附件"), exc.message)

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls() and self.record_id is not None:
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            self.add_files(paths)
            event.acceptProposedAction()
