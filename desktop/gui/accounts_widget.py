"""用户账户 and 备份: a widget the settings page embeds.

Lists the accounts with their role and state; an administrator adds users, disables or enables
them, unlocks them, changes roles and resets passwords. Below, backups: copy now to a chosen folder
(e.g. a USB stick, optionally encrypted) and restore from a backup after a check and a question
whose default is No. Every action goes through the services, which check the role again.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QGroupBox, QHBoxLayout,
    QHeaderView, QInputDialog, QLabel, QLineEdit, QMessageBox, QPushButton, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget,
)

from desktop.domain import roles
from desktop.domain.errors import UserError

COLUMNS = [QT_TRANSLATE_NOOP("AccountsWidget", "用户名"), QT_TRANSLATE_NOOP("AccountsWidget", "姓名"),
           QT_TRANSLATE_NOOP("AccountsWidget", "角色"), QT_TRANSLATE_NOOP("AccountsWidget", "状态"),
           QT_TRANSLATE_NOOP("AccountsWidget", "最近登录")]  # translated where shown (self.tr)


class NewUserDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("新增用户"))
        form = QFormLayout(self)
        self.name = QLineEdit()
        self.display = QLineEdit()
        self.role = QComboBox()
        for r in roles.ROLES.values():
            self.role.addItem(f"{r.label}：{r.help}", r.code)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.again = QLineEdit()
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("用户名"), self.name)
        form.addRow(self.tr("姓名"), self.display)
        form.addRow(self.tr("角色"), self.role)
        form.addRow(self.tr("密码"), self.password)
        form.addRow(self.tr("再输入一次"), self.again)
        self.message = QLabel("")
        self.message.setStyleSheet("color: #b00020;")
        form.addRow(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


class AccountsWidget(QWidget):
    def __init__(self, ledger, parent: QWidget | None = None):
        super().__init__(parent)
        self.ledger = ledger
        users_box = QGroupBox(self.tr("用户账户"), self)
        self.table = QTableWidget(0, len(COLUMNS), users_box)
        self.table.setObjectName("accountsTable")
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.note = QLabel(users_box)
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #555;")
        row = QHBoxLayout()
        self.buttons = {}
        for key, text, slot in (("add", self.tr("新增用户…"), self.add_user),
                                ("toggle", self.tr("停用/启用"), self.toggle_user),
                                ("unlock", self.tr("解除锁定"), self.unlock_user),
                                ("role", self.tr("更改角色…"), self.change_role),
                                ("password", self.tr("重设密码…"), self.reset_password)):
            b = QPushButton(text, users_box)
            b.clicked.connect(slot)
            row.addWidget(b)
            self.buttons[key] = b
        row.addStretch(1)
        users_layout = QVBoxLayout(users_box)
        users_layout.addWidget(self.note)
        users_layout.addWidget(self.table)
        users_layout.addLayout(row)

        backup_box = QGroupBox(self.tr("备份与恢复"), self)
        self.backup_note = QLabel(backup_box)
        self.backup_note.setWordWrap(True)
        self.backup_note.setStyleSheet("color: #555;")
        brow = QHBoxLayout()
        self.backup_button = QPushButton(self.tr("立即备份到…"), backup_box)
        self.backup_button.clicked.connect(self.backup_to)
        self.restore_button = QPushButton(self.tr("从备份恢复…"), backup_box)
        self.restore_button.clicked.connect(self.restore_from)
        brow.addWidget(self.backup_button)
        brow.addWidget(self.restore_button)
        brow.addStretch(1)
        blayout = QVBoxLayout(backup_box)
        blayout.addWidget(self.backup_note)
        blayout.addLayout(brow)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(users_box)
        layout.addWidget(backup_box)
        self.refresh()

    # -- showing -------------------------------------------------------------------------------
    def refresh(self) -> None:
        from desktop.services import accounts, backups

        users = accounts.list_users(self.ledger)
        self.table.setRowCount(len(users))
        for i, u in enumerate(users):
            state = self.tr("已停用") if not u["active"] else self.tr("已锁定") if u["locked"] else self.tr("正常")
            last = u["last_login_text"]
            for j, value in enumerate([u["name"], u["display_name"], u["role_label"], state, last]):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, u["name"])
                self.table.setItem(i, j, item)
        manage = accounts.can(self.ledger, "manage_accounts")
        if not users:
            self.note.setText(self.tr("尚未建立用户账户：现在是单用户模式，任何人打开程序都可以做任何操作。"
                                      "新增第一个用户（必须是管理员）后，每次启动都需要登录。"))
        elif not manage:
            self.note.setText(self.tr("只有管理员可以管理用户账户。"))
        else:
            self.note.setText(self.tr("录入员登记和修改记录；审核员另可确认案件、审批奖励发放、签发文书；"
                                      "管理员另可管理账户、密钥、设置和恢复备份。"))
        for key, b in self.buttons.items():
            b.setEnabled(manage and (key == "add" or bool(users)))
        self.backup_button.setEnabled(accounts.can(self.ledger, "backup"))
        self.restore_button.setEnabled(accounts.can(self.ledger, "restore"))
        self.backup_note.setText(self.tr("每天第一次使用时、每次导入数据包和恢复之前，程序自动备份到 {0}，保留 {1} 天。")
                                 .format(backups.backup_root(self.ledger), backups.keep_days(self.ledger)))

    def selected_name(self) -> str | None:
        items = self.table.selectedItems()
        return items[0].data(Qt.ItemDataRole.UserRole) if items else None

    def _run(self, fn, *args) -> bool:
        try:
            fn(self.ledger, *args)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("未能完成"), exc.message)
            return False
        finally:
            self.refresh()
        return True

    def _need_selection(self) -> str | None:
        name = self.selected_name()
        if name is None:
            QMessageBox.information(self, self.tr("请选择用户"), self.tr("请先在列表中选择一个用户。"))
        return name

    # -- actions ---------------------------------------------------------------------------------
    def add_user(self) -> None:
        from desktop.services import accounts

        dialog = NewUserDialog(self)
        while dialog.exec() == QDialog.DialogCode.Accepted:
            if dialog.password.text() != dialog.again.text():
                dialog.message.setText(self.tr("两次输入的密码不一致"))
                continue
            try:
                accounts.create_user(self.ledger, dialog.name.text(), dialog.password.text(),
                                     dialog.role.currentData(), dialog.display.text())
            except UserError as exc:
                dialog.message.setText(exc.message)
                continue
            break
        self.refresh()

    def toggle_user(self) -> None:
        from desktop.services import accounts

        name = self._need_selection()
        if name:
            active = next(u["active"] for u in accounts.list_users(self.ledger) if u["name"] == name)
            self._run(accounts.set_active, name, not active)

    def unlock_user(self) -> None:
        from desktop.services import accounts

        name = self._need_selection()
        if name:
            self._run(accounts.unlock, name)

    def change_role(self) -> None:
        from desktop.services import accounts

        name = self._need_selection()
        if not name:
            return
        labels = [r.label for r in roles.ROLES.values()]
        label, ok = QInputDialog.getItem(self, self.tr("更改角色"), self.tr("“{0}”的新角色：").format(name),
                                         labels, 0, False)
        if ok:
            self._run(accounts.set_role, name, label)

    def reset_password(self) -> None:
        from desktop.services import accounts

        name = self._need_selection()
        if not name:
            return
        password, ok = QInputDialog.getText(self, self.tr("重设密码"), self.tr("“{0}”的新密码（至少 {1} 个字符）：")
                                            .format(name, accounts.MIN_PASSWORD), QLineEdit.EchoMode.Password)
        if ok and self._run(accounts.change_password, name, password):
            QMessageBox.information(self, self.tr("已重设密码"), self.tr("请把新密码当面告诉“{0}”。").format(name))

    def backup_to(self) -> None:
        from desktop.gui.operations import BACKUPS, CollectionOp
        from desktop.services import backups

        folder = QFileDialog.getExistingDirectory(self, self.tr("备份到哪个文件夹（如 U 盘）"))
        if not folder:
            return
        phrase, ok = QInputDialog.getText(self, self.tr("备份口令"),
                                          self.tr("设置口令可加密备份（U 盘丢失也无法读取）；留空则不加密："),
                                          QLineEdit.EchoMode.Password)
        if not ok:
            return
        CollectionOp(self, self.tr("正在备份数据库"),
                     lambda progress: backups.backup_now(self.ledger, folder, phrase or None, progress=progress),
                     changes={BACKUPS}).success(
            lambda path: QMessageBox.information(self, self.tr("备份完成"), self.tr("已备份到 {0}").format(path))
        ).run_in_background()

    def restore_from(self) -> None:
        from desktop.gui.operations import QueryOp
        from desktop.services import backups

        file, _ = QFileDialog.getOpenFileName(self, self.tr("选择备份文件"), "",
                                              self.tr("备份文件 (*.db *.dump *.yybak);;所有文件 (*)"))
        if not file:
            return
        phrase = None
        if backups.is_encrypted(backups.Path(file)):
            phrase, ok = QInputDialog.getText(self, self.tr("备份口令"), self.tr("此备份已加密，请输入口令："),
                                              QLineEdit.EchoMode.Password)
            if not ok:
                return
        QueryOp(self, self.tr("正在检查备份文件"), lambda _progress: backups.verify_backup(file, phrase)).success(
            lambda info: self._confirm_restore(file, phrase, info)).run_in_background()

    def _confirm_restore(self, file: str, phrase: str | None, info: dict) -> None:
        from desktop.gui.operations import EVERYTHING, CollectionOp
        from desktop.gui.workers import show_error
        from desktop.services import backups

        answer = QMessageBox.question(
            self, self.tr("从备份恢复"),
            self.tr("备份检查通过（审计记录 {0} 条）。用它替换当前数据库吗？当前数据库将改名保留。")
            .format(info.get("audit_entries", "?")),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return

        def work(_progress):
            try:
                return backups.restore(self.ledger, file, phrase)
            finally:
                self.ledger.release_connection()  # the worker's own connection, to the file replaced

        def restored(done: dict) -> None:
            self.ledger.reconnect()
            QMessageBox.information(self, self.tr("恢复完成"), self.tr("已从备份恢复。原数据库保留为：{0}")
                                    .format(done["kept_aside"]))
            self.refresh()

        # a restore that has begun is not cut short: it replaces the database in one step; this
        # thread lets go of the file meanwhile (Windows cannot replace an open file)
        self.ledger.release_connection()
        CollectionOp(self, self.tr("正在从备份恢复"), work, changes={EVERYTHING}).without_cancel().success(
            restored).failure(lambda exc: (self.ledger.reconnect(), show_error(self, self.tr("恢复未完成"), exc))
                              ).run_in_background()
