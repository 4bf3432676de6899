"""Login at start and the idle lock.

`ask_login(ledger, parent)` shows the login dialog when the database has accounts (single-user
mode: returns True at once); the day's backup follows in the background. `install_idle_lock(window,
ledger)` locks the window after the configured idle minutes (setting accounts.idle_minutes):
the content is hidden and the login dialog asks again; only the same user or an administrator
may unlock it.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import (
    QApplication, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QMainWindow, QVBoxLayout, QWidget,
)

from desktop.domain.errors import UserError
from desktop.services.accounts import CurrentUser

if TYPE_CHECKING:
    from desktop.gui.main_window import MainWindow

log = logging.getLogger("desktop.gui")


class LoginDialog(QDialog):
    """用户名 + 密码. On success `self.user` is the logged-in user (already set on the ledger)."""

    def __init__(self, ledger, parent: QWidget | None = None, *, locked_by: str | None = None):
        super().__init__(parent)
        self.ledger = ledger
        self.user: CurrentUser | None = None
        self.locked_by = locked_by
        self.setWindowTitle(self.tr("已锁定 — 见义勇为工作台") if locked_by else self.tr("登录 — 见义勇为工作台"))
        self.setMinimumWidth(360)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("窗口因长时间未操作已锁定，请重新输入密码。") if locked_by
                       else self.tr("请登录后使用。账户由管理员在“设置 → 用户账户”中建立。"))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.name = QLineEdit(locked_by or "")
        self.name.setObjectName("loginName")
        self.password = QLineEdit()
        self.password.setObjectName("loginPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("用户名"), self.name)
        form.addRow(self.tr("密码"), self.password)
        layout.addLayout(form)
        self.message = QLabel("")
        self.message.setObjectName("loginMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        layout.addWidget(self.message)
        buttons = QDialogButtonBox()
        self.ok = buttons.addButton(self.tr("登录") if not locked_by else self.tr("解锁"),
                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.quit = buttons.addButton(self.tr("退出程序"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.try_login)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        (self.password if locked_by else self.name).setFocus()

    def try_login(self) -> None:
        from desktop.services import accounts

        name = self.name.text().strip()
        if not name:
            self.message.setText(self.tr("请输入用户名"))
            return
        try:
            user = accounts.authenticate(self.ledger, name, self.password.text())
            if self.locked_by and user.name != self.locked_by and not user.can("manage_accounts"):
                raise UserError(self.tr("窗口由“{0}”锁定，只能由本人或管理员解锁").format(self.locked_by))
        except UserError as exc:
            self.message.setText(exc.message)
            self.password.clear()
            self.password.setFocus()
            return
        self.ledger.login(user)
        self.user = user
        self.accept()


def ask_login(ledger, parent: QWidget | None = None) -> bool:
    """At start: log in if the database has accounts; False when the user quits instead."""
    from desktop.services import accounts

    if accounts.accounts_exist(ledger) and ledger.user is None:  # the wizard has just logged its admin in
        dialog = LoginDialog(ledger, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
    return True  # the day's backup follows in the background (desktop.gui.daily_backup)


_ACTIVITY = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
             QEvent.Type.TouchBegin}


class IdleLock(QObject):
    """Watches the application's input; after `minutes` without any, locks the window."""

    def __init__(self, window: QMainWindow, ledger, minutes: int | None = None):
        super().__init__(window)
        from desktop.services import accounts

        self.window = window
        self.ledger = ledger
        self.minutes = accounts.policy(ledger)[accounts.IDLE_MINUTES] if minutes is None else minutes
        self.locked = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(max(self.minutes, 1) * 60_000)
        self.timer.timeout.connect(self.lock)
        self.set_minutes(self.minutes)

    def set_minutes(self, minutes: int) -> None:
        """Change the idle time (0: never lock), e.g. when the settings page saves."""
        self.minutes = minutes
        if minutes <= 0:
            self.timer.stop()
            return
        self.timer.setInterval(minutes * 60_000)
        self.timer.start()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if not self.locked and self.minutes > 0 and event.type() in _ACTIVITY:
            self.timer.start()
        return False

    def lock(self) -> bool:
        """Hide the content and ask for the password again; True when unlocked."""
        from desktop.services import accounts

        if self.locked or not accounts.accounts_exist(self.ledger) or self.ledger.user is None:
            self.timer.start()
            return True
        self.locked = True
        central = self.window.centralWidget()
        if central is not None:
            central.setVisible(False)  # nothing readable behind the dialog
        try:
            dialog = LoginDialog(self.ledger, self.window, locked_by=self.ledger.user.name)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                QApplication.instance().quit()
                return False
            return True
        finally:
            if central is not None:
                central.setVisible(True)
            self.locked = False
            self.set_minutes(self.minutes)


def install_idle_lock(main_window: MainWindow, ledger, minutes: int | None = None) -> IdleLock:
    """Lock `main_window` after `minutes` without input (None: the setting accounts.idle_minutes; 0: never)."""
    lock = IdleLock(main_window, ledger, minutes)
    QApplication.instance().installEventFilter(lock)
    main_window._idle_lock = lock  # kept alive with the window
    return lock
