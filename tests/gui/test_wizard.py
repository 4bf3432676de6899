"""The first-run wizard: every page filled, then the office, administrator and demo data are in the database."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from desktop.gui.first_run import division_choices
from desktop.gui.wizard import FirstRunWizard, check_environment
from desktop.services import accounts
from desktop.services.ledger import Ledger
from desktop.services.office import office_info
from desktop.store.models import Person


@pytest.fixture
def fresh(tmp_path):
    ledger = Ledger.open(str(tmp_path / "fresh.db"), actor="测试员", today=dt.date(2026, 11, 28))
    yield ledger
    ledger.close()


def _next(qtbot, wizard):
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)


def test_division_list_holds_province_cities_and_counties():
    codes = [c for c, _ in division_choices()]
    assert codes[0] == "330000" and "330100" in codes and "330102" in codes
    assert dict(division_choices())["330102"].endswith("浙江省杭州市上城区")


def test_wizard_sets_office_admin_and_demo_data(qtbot, gui_app, fresh, tmp_path):
    wizard = FirstRunWizard(fresh)
    qtbot.addWidget(wizard)
    wizard.show()
    office = wizard.page_office
    assert wizard.currentPage() is office

    # page 1: nothing chosen → refused with a Chinese message, stays on the page
    _next(qtbot, wizard)
    assert wizard.currentPage() is office and "行政区划" in office.error.text()
    office.division.setCurrentIndex(office.division.findData("330102"))
    _next(qtbot, wizard)
    assert office.error.text() == "单位名称不能为空"
    office.name.insert("杭州市上城区见义勇为协会")
    _next(qtbot, wizard)

    # page 2: the administrator; a short password and a mismatch are refused
    admin = wizard.page_admin
    assert wizard.currentPage() is admin and not admin.exists
    admin.user_name.setText("管理员")
    admin.display_name.setText("王喆")
    admin.password.setText("short")
    _next(qtbot, wizard)
    assert wizard.currentPage() is admin and "至少需要 8 个字符" in admin.error.text()
    admin.password.setText("Yiyong-2026!")
    admin.confirm.setText("Yiyong-2026?")
    _next(qtbot, wizard)
    assert admin.error.text() == "两次输入的密码不一致"
    admin.confirm.setText("Yiyong-2026!")
    _next(qtbot, wizard)

    # page 3: fonts and printer are checked and reported (whatever this PC has)
    check = wizard.page_check
    assert wizard.currentPage() is check
    titles = [it["title"] for it in check.items]
    assert titles == ["随程序提供的打印字体", "本机的公文字体（仿宋）", "文书各部分使用的字体", "屏幕显示用的中文字体", "打印机"]
    assert check.items[0]["ok"]  # the shipped fonts are in resources/fonts
    roles = check.items[2]  # which face serves each GB/T 9704 role
    assert roles["ok"] and "正文（仿宋）：" in roles["detail"] and "标题（小标宋）：" in roles["detail"]
    text = check.report.toPlainText()
    assert "正文（仿宋）" in text
    assert "随程序提供的打印字体" in text and "打印机" in text
    for it in check.items:
        if not it["ok"]:
            assert "处理办法" in text and it["advice"][:10] in text
    _next(qtbot, wizard)

    # page 4: demo data; still nothing written before 完成
    demo = wizard.page_demo
    assert wizard.currentPage() is demo
    assert "330102" in demo.summary.text() and "管理员" in demo.summary.text()
    assert office_info(fresh) is None and not accounts.accounts_exist(fresh)
    demo.load_demo.setChecked(True)
    demo.count.setValue(30)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: wizard.result() == QWizard.DialogCode.Accepted, timeout=60000)

    info = office_info(fresh)
    assert info["code"] == "330102" and info["name"] == "杭州市上城区见义勇为协会"
    users = accounts.list_users(fresh)
    assert [(u["name"], u["display_name"], u["role"]) for u in users] == [("管理员", "王喆", "admin")]
    assert fresh.user is not None and fresh.user.name == "管理员"  # logged in: the window opens as admin
    accounts.authenticate(fresh, "管理员", "Yiyong-2026!")  # the password was stored
    assert wizard.demo_result["persons"] == 30
    with fresh.reading():
        assert Person.select().count() == 30
        assert Person.select().where(Person.name == "𠮷祥").exists()


def test_wizard_without_demo_data_and_cancel(qtbot, gui_app, fresh):
    wizard = FirstRunWizard(fresh)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.page_office.division.setCurrentIndex(wizard.page_office.division.findData("330100"))
    wizard.page_office.name.setText("杭州市见义勇为协会")
    _next(qtbot, wizard)
    wizard.page_admin.password.setText("12345678abc")
    wizard.page_admin.confirm.setText("12345678abc")
    _next(qtbot, wizard)
    _next(qtbot, wizard)
    assert wizard.currentPage() is wizard.page_demo and not wizard.page_demo.load_demo.isChecked()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.result() == QWizard.DialogCode.Accepted
    assert office_info(fresh)["level"] == "city"
    assert [u["name"] for u in accounts.list_users(fresh)] == ["admin"]
    with fresh.reading():
        assert Person.select().count() == 0

    # a second wizard on the same database: the administrator exists, the office is prefilled
    again = FirstRunWizard(fresh)
    qtbot.addWidget(again)
    assert again.page_admin.exists and not again.page_admin.password.isEnabled()
    assert again.page_office.selected_code() == "330100"
    again.show()
    again.button(QWizard.WizardButton.CancelButton).click()
    assert again.result() == QWizard.DialogCode.Rejected


def test_check_environment_advises_when_no_printer(monkeypatch, gui_app):
    from PySide6.QtPrintSupport import QPrinterInfo
    monkeypatch.setattr(QPrinterInfo, "availablePrinters", staticmethod(lambda: []))
    printer = [it for it in check_environment() if it["title"] == "打印机"][0]
    assert not printer["ok"] and printer["detail"] == "未找到打印机"
    assert "PDF" in printer["advice"]


def test_the_printer_advice_fits_the_system():
    """Issue 18: the advice named Windows' settings on Linux too."""
    from desktop.gui.wizard import printer_advice
    assert "打印机和扫描仪" in printer_advice("win32") and "Windows" in printer_advice("win32")
    linux = printer_advice("linux")
    assert "Windows" not in linux and "CUPS" in linux and "PDF" in linux


def test_run_first_run_wizard_returns_true_once_set_up_and_false_on_cancel(qtbot, gui_app, fresh):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from desktop.gui.wizard import run_first_run_wizard

    def cancel():
        wizard = QApplication.activeModalWidget()
        assert isinstance(wizard, FirstRunWizard)
        wizard.reject()

    QTimer.singleShot(100, cancel)
    assert run_first_run_wizard(fresh) is False
    assert office_info(fresh) is None

    def fill_and_finish():
        wizard = QApplication.activeModalWidget()
        wizard.page_office.division.setCurrentIndex(wizard.page_office.division.findData("330106"))
        wizard.page_office.name.setText("西湖区见义勇为协会")
        wizard.next()
        wizard.page_admin.password.setText("xihu-2026-admin")
        wizard.page_admin.confirm.setText("xihu-2026-admin")
        wizard.next()
        wizard.next()
        wizard.button(QWizard.WizardButton.FinishButton).click()

    QTimer.singleShot(100, fill_and_finish)
    assert run_first_run_wizard(fresh) is True
    assert office_info(fresh)["code"] == "330106"
    assert fresh.user.name == "admin" and fresh.user.role == "admin"
