"""The login dialog, the idle lock and the accounts widget (issue 7)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QLabel, QMainWindow

from desktop.gui import login as login_module
from desktop.gui.accounts_widget import AccountsWidget
from desktop.gui.login import LoginDialog, ask_login, install_idle_lock
from desktop.services import accounts


@pytest.fixture
def office(sqlite_ledger):
    ledger = sqlite_ledger
    accounts.create_first_admin(ledger, "王管理", "admin-pass-1")
    accounts.login(ledger, "王管理", "admin-pass-1")
    accounts.create_user(ledger, "张三", "clerk-pass-1", "clerk")
    ledger.user = None
    return ledger


def test_login_dialog_refuses_wrong_passwords_then_locks(qtbot, office):
    dialog = LoginDialog(office)
    qtbot.addWidget(dialog)
    dialog.name.setText("张三")
    for _ in range(4):
        dialog.password.setText("wrong-password")
        dialog.ok.click()
    assert "再错 1 次账户将被锁定" in dialog.message.text() and dialog.result() != QDialog.DialogCode.Accepted
    dialog.password.setText("wrong-password")
    dialog.ok.click()
    assert "已被锁定" in dialog.message.text() and dialog.password.text() == ""
    dialog.grab().save(str(office.db.database) + "-login.png")
    dialog.name.setText("王管理")
    dialog.password.setText("admin-pass-1")
    dialog.ok.click()
    assert dialog.result() == QDialog.DialogCode.Accepted and office.user.name == "王管理"
    assert office.actor == "王管理"


def test_ask_login_in_single_user_mode_needs_no_dialog(qtbot, sqlite_ledger):
    assert ask_login(sqlite_ledger) is True and sqlite_ledger.user is None


def test_idle_lock_hides_the_window_until_the_same_user_returns(qtbot, office, monkeypatch):
    accounts.login(office, "张三", "clerk-pass-1")
    window = QMainWindow()
    window.setCentralWidget(QLabel("赵六 33010219900307006X"))
    qtbot.addWidget(window)
    window.show()
    lock = install_idle_lock(window, office, minutes=5)
    assert lock.timer.isActive() and lock.timer.interval() == 5 * 60_000
    seen = {}

    def fake_exec(dialog):
        seen["hidden"] = not window.centralWidget().isVisible()
        seen["locked_by"] = dialog.locked_by
        dialog.password.setText("admin-pass-1")
        dialog.name.setText("王管理")  # an administrator may unlock too
        dialog.try_login()
        return dialog.result()

    monkeypatch.setattr(login_module.LoginDialog, "exec", fake_exec)
    assert lock.lock() is True
    assert seen == {"hidden": True, "locked_by": "张三"}
    assert window.centralWidget().isVisible() and office.user.name == "王管理"
    lock.set_minutes(0)
    assert not lock.timer.isActive()


def test_a_clerk_cannot_unlock_someone_elses_window(qtbot, office):
    dialog = LoginDialog(office, locked_by="王管理")
    qtbot.addWidget(dialog)
    dialog.name.setText("张三")
    dialog.password.setText("clerk-pass-1")
    dialog.ok.click()
    assert "只能由本人或管理员解锁" in dialog.message.text() and office.user is None


def test_accounts_widget_by_role(qtbot, office, tmp_path):
    accounts.login(office, "王管理", "admin-pass-1")
    w = AccountsWidget(office)
    qtbot.addWidget(w)
    w.resize(900, 520)
    assert w.table.rowCount() == 2 and w.table.item(1, 2).text() == "录入员"
    assert all(b.isEnabled() for b in w.buttons.values()) and w.restore_button.isEnabled()
    w.table.selectRow(1)
    w.toggle_user()
    assert w.table.item(1, 3).text() == "已停用"
    w.grab().save(str(tmp_path / "accounts.png"))
    accounts.set_active(office, "张三", True)
    office.user = None
    accounts.login(office, "张三", "clerk-pass-1")
    w.refresh()
    assert not any(b.isEnabled() for b in w.buttons.values())
    assert not w.backup_button.isEnabled() and not w.restore_button.isEnabled()
    assert "只有管理员" in w.note.text()
