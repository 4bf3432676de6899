"""设置: the office identity, the interface language and other preferences (kept in QSettings)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import settings as registry
from desktop.gui.app import preference, set_preference, settings
from desktop.services.office import office_info

LANGUAGES = [("zh_CN", "简体中文"), ("en", "English")]


class SettingsPage(QWidget):
    def __init__(self, ledger, parent: QWidget | None = None):
        super().__init__(parent)
        self.ledger = ledger
        heading = QLabel(self.tr("设置"), self)
        heading.setObjectName("pageHeading")

        office_box = QGroupBox(self.tr("本单位"), self)
        office_form = QFormLayout(office_box)
        office_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.office_code = QLabel(office_box)
        self.office_name = QLabel(office_box)
        self.office_division = QLabel(office_box)
        self.office_level = QLabel(office_box)
        office_form.addRow(self.tr("区划代码："), self.office_code)
        office_form.addRow(self.tr("所属区划："), self.office_division)
        office_form.addRow(self.tr("单位名称："), self.office_name)
        office_form.addRow(self.tr("单位级别："), self.office_level)
        self.change_office = QPushButton(self.tr("修改单位信息…"), office_box)
        self.change_office.clicked.connect(self._edit_office)
        office_form.addRow("", self.change_office)

        ui_box = QGroupBox(self.tr("界面"), self)
        ui_form = QFormLayout(ui_box)
        ui_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.language = QComboBox(ui_box)
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.language_note = QLabel(self.tr("更改语言后，重新启动程序生效。"), ui_box)
        self.language_note.setStyleSheet("color: #666;")
        lang_row = QHBoxLayout()
        lang_row.addWidget(self.language)
        lang_row.addWidget(self.language_note, 1)
        ui_form.addRow(self.tr("界面语言："), lang_row)
        self.idle_minutes = QSpinBox(ui_box)
        self.idle_minutes.setRange(0, 240)
        self.idle_minutes.setSuffix(self.tr(" 分钟"))
        self.idle_minutes.setSpecialValueText(self.tr("不锁定"))
        ui_form.addRow(self.tr("无操作自动锁定："), self.idle_minutes)
        self.page_size = QSpinBox(ui_box)
        self.page_size.setRange(50, 2000)
        self.page_size.setSingleStep(50)
        self.page_size.setSuffix(self.tr(" 行"))
        ui_form.addRow(self.tr("表格每次读取："), self.page_size)
        self.reveal = QCheckBox(self.tr("在表格中显示完整的证件号码、电话和银行账号"), ui_box)
        ui_form.addRow("", self.reveal)

        self.save_button = QPushButton(self.tr("保存设置"), self)
        self.save_button.clicked.connect(self.save)
        self.saved_label = QLabel(self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.saved_label, 1)
        self.save_button.setToolTip(self.tr("保存设置（Ctrl+S）"))

        from PySide6.QtWidgets import QFrame, QScrollArea

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)  # the page is taller than a 768-pixel screen once accounts show
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        inner = QWidget(scroll)
        scroll.setWidget(inner)
        outer.addWidget(scroll)
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(heading)
        office_box.setMaximumWidth(760)
        ui_box.setMaximumWidth(760)
        self.idle_minutes.setMinimumWidth(120)
        self.page_size.setMinimumWidth(120)
        layout.addWidget(office_box)
        layout.addWidget(ui_box)
        layout.addLayout(buttons)
        layout.addWidget(self._accounts_box())
        layout.addStretch(1)
        self.refresh()

    # -- accounts, backups and restore (services.accounts, services.backups) ---------------
    def _accounts_box(self) -> QGroupBox:
        from desktop.services import accounts

        box = QGroupBox(self.tr("账户与权限"), self)
        box.setMaximumWidth(760)
        layout = QVBoxLayout(box)
        if accounts.accounts_exist(self.ledger) and not accounts.can(self.ledger, "manage_accounts"):
            layout.addWidget(QLabel(self.tr("只有管理员可以管理账户。"), box))
            return box
        from desktop.gui.accounts_widget import AccountsWidget

        widget = AccountsWidget(self.ledger, box)
        widget.setMinimumHeight(360)  # the user list and the backup/restore buttons need room
        layout.addWidget(widget)
        return box

    def refresh(self) -> None:
        info = office_info(self.ledger) or {}
        self.office_code.setText(info.get("code") or self.tr("未设置"))
        self.office_name.setText(info.get("name") or "")
        self.office_division.setText(info.get("division") or "")
        self.office_level.setText(info.get("level_label") or "")
        i = self.language.findData(preference(registry.LANGUAGE))
        self.language.setCurrentIndex(max(i, 0))
        self.idle_minutes.setValue(preference(registry.IDLE_LOCK_MINUTES))
        self.page_size.setValue(preference(registry.PAGE_SIZE))
        self.reveal.setChecked(preference(registry.REVEAL_SENSITIVE))
        from desktop.services import accounts
        allowed = not accounts.accounts_exist(self.ledger) or accounts.can(self.ledger, "view_sensitive")
        self.reveal.setEnabled(allowed)  # only roles that may see personal data in full
        if not allowed:
            self.reveal.setChecked(False)
            self.reveal.setToolTip(self.tr("当前用户的角色无权查看完整的个人信息"))
        self.saved_label.clear()

    def save(self) -> None:
        before = preference(registry.LANGUAGE)
        set_preference(registry.LANGUAGE, self.language.currentData())
        set_preference(registry.IDLE_LOCK_MINUTES, self.idle_minutes.value())
        set_preference(registry.PAGE_SIZE, self.page_size.value())
        set_preference(registry.REVEAL_SENSITIVE, self.reveal.isChecked())
        settings().sync()
        lock = getattr(self.window(), "_idle_lock", None)
        if lock is not None:
            lock.set_minutes(self.idle_minutes.value())
        text = self.tr("设置已保存。")
        if self.language.currentData() != before:
            text += self.tr("界面语言将在重新启动程序后生效。")
        self.saved_label.setText(text)

    def _edit_office(self) -> None:
        from desktop.gui.first_run import OfficeDialog
        dialog = OfficeDialog(self.ledger, self)
        if dialog.exec() == OfficeDialog.DialogCode.Accepted:
            self.refresh()
