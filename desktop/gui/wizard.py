"""The first-run wizard: office identity, administrator, a check of fonts and printer, demo data.

`run_first_run_wizard(ledger, parent=None) -> bool` shows it; True when the office was set up.
Nothing is written until 完成 is pressed: then the office is set (services.office.init_office), the
administrator created and logged in (services.accounts), and, if asked, demo data generated on a
worker thread (services.demo.generate).
"""

from __future__ import annotations

import sys

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QMessageBox, QPushButton,
    QSpinBox, QTextBrowser, QVBoxLayout, QWidget, QWizard, QWizardPage,
)

from desktop.domain import divisions
from desktop.domain.errors import UserError
from desktop.gui.first_run import division_box, division_code
from desktop.services import accounts
from desktop.services.office import init_office, office_info

DEMO_DEFAULT = 100


def _error_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setObjectName("errorText")
    label.setStyleSheet("color: #b00020;")
    label.setWordWrap(True)
    return label


# -- page 1: the office -------------------------------------------------------------------------

class OfficePage(QWizardPage):
    def __init__(self, ledger, parent: QWidget | None = None):
        super().__init__(parent)
        self.ledger = ledger
        self.setObjectName("officePage")
        self.setTitle(self.tr("第 1 步（共 4 步）：本单位"))
        self.setSubTitle(self.tr("请选择本单位所在的行政区划并填写单位名称。区划代码将写入本单位登记的每一条记录，"
                                 "用于与市、省两级交换数据，设置后不宜更改。"))
        self.division = division_box(self)
        self.division.setObjectName("division")
        self.name = QLineEdit(self)
        self.name.setObjectName("officeName")
        self.name.setMaxLength(100)
        self.name.setPlaceholderText(self.tr("如：杭州市上城区见义勇为协会"))
        self.division.currentIndexChanged.connect(self._suggest_name)
        self.error = _error_label(self)
        current = office_info(ledger)
        if current:
            self.division.setCurrentIndex(self.division.findData(current["code"]))
            self.name.setText(current["name"] or "")
        form = QFormLayout()
        form.addRow(self.tr("行政区划 *"), self.division)
        form.addRow(self.tr("单位名称 *"), self.name)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addStretch(1)

    def _suggest_name(self, index: int) -> None:
        if index >= 0 and not self.name.text().strip():
            code = self.division.itemData(index)
            self.name.setPlaceholderText(self.tr("如：{0}见义勇为协会").format(divisions.name_of(code)))

    def selected_code(self) -> str:
        return division_code(self.division)

    def validatePage(self) -> bool:  # noqa: N802
        code = self.selected_code()
        if not code:
            return self._refuse(self.tr("请选择本单位所在的行政区划"), self.division)
        try:
            div = divisions.validate_division(code, field="office_code")
        except UserError as exc:
            return self._refuse(exc.message, self.division)
        if div is None or div.level not in ("province", "city", "county"):
            return self._refuse(self.tr("区划代码 {0} 不是省、市或县级单位").format(code), self.division)
        if not self.name.text().strip():
            return self._refuse(self.tr("单位名称不能为空"), self.name)
        self.error.clear()
        return True

    def _refuse(self, message: str, widget: QWidget) -> bool:
        self.error.setText(message)
        widget.setFocus()
        return False


# -- page 2: the administrator -----------------------------------------------------------------

class AdminPage(QWizardPage):
    def __init__(self, ledger, parent: QWidget | None = None):
        super().__init__(parent)
        self.ledger = ledger
        self.setObjectName("adminPage")
        self.setTitle(self.tr("第 2 步（共 4 步）：管理员账户"))
        self.exists = accounts.accounts_exist(ledger)
        if self.exists:
            self.setSubTitle(self.tr("本数据库已经有管理员账户，无需再次创建。"))
        else:
            self.setSubTitle(self.tr("管理员可以添加和停用用户、管理交换密钥、修改设置和恢复备份。"
                                     "请牢记密码：忘记后只能由其他管理员重置。"))
        self.user_name = QLineEdit(self)
        self.user_name.setObjectName("adminName")
        self.user_name.setText("admin")
        self.display_name = QLineEdit(self)
        self.display_name.setObjectName("adminDisplayName")
        self.display_name.setPlaceholderText(self.tr("如：张三（可不填）"))
        self.password = QLineEdit(self)
        self.password.setObjectName("adminPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("至少 {0} 个字符").format(accounts.MIN_PASSWORD))
        self.confirm = QLineEdit(self)
        self.confirm.setObjectName("adminConfirm")
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = _error_label(self)
        form = QFormLayout()
        form.addRow(self.tr("用户名 *"), self.user_name)
        form.addRow(self.tr("姓名"), self.display_name)
        form.addRow(self.tr("密码 *"), self.password)
        form.addRow(self.tr("再次输入密码 *"), self.confirm)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        for w in (self.user_name, self.display_name, self.password, self.confirm):
            w.setEnabled(not self.exists)

    def validatePage(self) -> bool:  # noqa: N802
        if self.exists:
            return True
        name = self.user_name.text().strip()
        password = self.password.text()
        if not name:
            return self._refuse(self.tr("用户名不能为空"), self.user_name)
        if any(c.isspace() for c in name):
            return self._refuse(self.tr("用户名“{0}”不能包含空格").format(name), self.user_name)
        if len(password) < accounts.MIN_PASSWORD:
            return self._refuse(self.tr("密码太短：至少需要 {0} 个字符").format(accounts.MIN_PASSWORD), self.password)
        if password.strip() != password:
            return self._refuse(self.tr("密码的开头和结尾不能是空格"), self.password)
        if password == name:
            return self._refuse(self.tr("密码不能与用户名相同"), self.password)
        if password != self.confirm.text():
            return self._refuse(self.tr("两次输入的密码不一致"), self.confirm)
        self.error.clear()
        return True

    def _refuse(self, message: str, widget: QWidget) -> bool:
        self.error.setText(message)
        widget.setFocus()
        return False


# -- page 3: fonts and printer ---------------------------------------------------------------------

def _tr(text: str) -> str:
    return QCoreApplication.translate("CheckPage", text)


def check_environment() -> list[dict]:
    """What this PC offers for printing Chinese: each item has ok, title, detail and (if not ok) advice.

    The title stays Chinese (CheckPage translates it where shown); detail and advice are translated here."""
    from PySide6.QtPrintSupport import QPrinterInfo

    from desktop.letters import fonts
    items = []
    sep = _tr("、")  # between names in a list
    shipped = fonts.shipped_faces()
    missing = [Path(f.path).name for f in shipped.values() if not Path(f.path).is_file()]
    items.append({
        "ok": not missing, "title": QT_TRANSLATE_NOOP("CheckPage", "随程序提供的打印字体"),
        "detail": _tr("朱雀仿宋（正文）、思源宋体（Noto Serif SC）常规和粗体、霞鹜文楷（可打印 𠮷 等扩展区生僻字）") if not missing
        else _tr("缺少：{0}").format(sep.join(missing)),
        "advice": _tr("程序文件夹不完整：请从原 U 盘重新复制整个 yiyong 文件夹（包括 _internal 文件夹）。")})
    try:
        roles, extras = fonts.system_faces()
    except Exception:  # a broken font folder must not stop the first run
        roles, extras = {}, []
    body = [Path(f.path).name for f in roles.get("body", [])]
    names = sorted({Path(f.path).name for f in extras} | set(body))
    items.append({
        "ok": bool(body), "title": QT_TRANSLATE_NOOP("CheckPage", "本机的公文字体（仿宋）"),
        "detail": _tr("找到：{0}").format(sep.join(body)) if body else
        (_tr("未找到仿宋字体；本机其他中文字体：{0}").format(sep.join(names[:6])) if names
         else _tr("本机没有可嵌入的中文 TrueType 字体")),
        "advice": _tr("不影响使用：文书正文将用随程序提供的朱雀仿宋打印。如需本单位的标准公文字体，请安装仿宋_GB2312"
                      "（或 Windows 自带的 仿宋 simfang.ttf），重新启动程序后会自动使用。")})
    try:
        served = fonts.role_report()
    except Exception:  # noqa: BLE001 - a broken font folder must not stop the first run
        served = []
    items.append({
        "ok": bool(served) and all(r["face"] for r in served),
        "title": QT_TRANSLATE_NOOP("CheckPage", "文书各部分使用的字体"),
        "detail": _tr("；").join(f"{r['label']}：{r['face']}（{r['source']}）" for r in served),
        "advice": _tr("程序文件夹不完整：请从原 U 盘重新复制整个 yiyong 文件夹。")})
    families = set(QFontDatabase.families())
    from desktop.gui.app import CJK_FAMILIES
    screen = [f for f in CJK_FAMILIES if f in families]
    items.append({
        "ok": bool(screen), "title": QT_TRANSLATE_NOOP("CheckPage", "屏幕显示用的中文字体"),
        "detail": _tr("将使用：{0}").format(screen[0]) if screen else _tr("未找到常用中文字体"),
        "advice": _tr("界面上的中文可能显示为方框：Windows 请确认已安装“微软雅黑”；其他系统请安装 Noto Sans CJK 字体。")})
    printers = [p.printerName() for p in QPrinterInfo.availablePrinters()]
    default = QPrinterInfo.defaultPrinterName()
    items.append({
        "ok": bool(printers), "title": QT_TRANSLATE_NOOP("CheckPage", "打印机"),
        "detail": (_tr("默认打印机：{0}；").format(default) if default else "") +
        _tr("共 {0} 台：{1}").format(len(printers), sep.join(printers[:5])) if printers else _tr("未找到打印机"),
        "advice": printer_advice()})
    return items


def printer_advice(platform: str | None = None) -> str:
    """Where this PC's system adds a printer: Windows' settings, or the Linux print service (CUPS)."""
    platform = platform or sys.platform
    if platform == "win32":
        where = _tr("请在 Windows“设置 → 蓝牙和其他设备 → 打印机和扫描仪”中添加打印机并安装驱动，")
    elif platform == "darwin":
        where = _tr("请在“系统设置 → 打印机与扫描仪”中添加打印机，")
    else:
        where = _tr("请在系统的“设置 → 打印机”中添加打印机（或在浏览器中打开 http://localhost:631 用 CUPS 添加；"
                    "Debian 需先安装 cups 软件包），")
    return where + _tr("然后点“重新检查”。在此之前，文书可保存为 PDF 文件，拷到有打印机的电脑上打印。")


class CheckPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("checkPage")
        self.setTitle(self.tr("第 3 步（共 4 步）：字体与打印机"))
        self.setSubTitle(self.tr("检查本机能否正确显示和打印中文（含生僻字）。有问题时不影响继续设置，可按提示处理。"))
        self.report = QTextBrowser(self)
        self.report.setObjectName("checkReport")
        self.report.setOpenExternalLinks(False)
        self.recheck = QPushButton(self.tr("重新检查"), self)
        self.recheck.setObjectName("recheck")
        self.recheck.clicked.connect(self.run_checks)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.recheck)
        layout = QVBoxLayout(self)
        layout.addWidget(self.report)
        layout.addLayout(row)
        self.items: list[dict] = []

    def initializePage(self) -> None:  # noqa: N802
        self.run_checks()

    def run_checks(self) -> None:
        self.items = check_environment()
        html = []
        for it in self.items:
            mark = "<span style='color:#1b7f3b'>✔</span>" if it["ok"] else "<span style='color:#b00020'>✘</span>"
            html.append(f"<p><b>{mark} {self.tr(it['title'])}</b><br>{it['detail']}")
            if not it["ok"]:
                advice = self.tr("处理办法：{0}").format(it["advice"])
                html.append(f"<br><span style='color:#8a5a00'>{advice}</span>")
            html.append("</p>")
        self.report.setHtml("".join(html))


# -- page 4: demo data ------------------------------------------------------------------------------

class DemoPage(QWizardPage):
    def __init__(self, ledger, parent: QWidget | None = None):
        super().__init__(parent)
        self.ledger = ledger
        self.setObjectName("demoPage")
        self.setTitle(self.tr("第 4 步（共 4 步）：演示数据"))
        self.setSubTitle(self.tr("可载入一批虚构的人员、事迹、确认案件和表彰，用来熟悉操作。"
                                 "演示数据均标注“演示数据（虚构）”，正式使用前请另建一个数据库。"))
        self.load_demo = QCheckBox(self.tr("载入演示数据，用来练习"), self)
        self.load_demo.setObjectName("loadDemo")
        self.count = QSpinBox(self)
        self.count.setObjectName("demoCount")
        self.count.setRange(30, 5000)
        self.count.setValue(DEMO_DEFAULT)
        self.count.setSuffix(self.tr(" 人"))
        self.count.setEnabled(False)
        self.load_demo.toggled.connect(self.count.setEnabled)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.load_demo)
        row.addWidget(self.count)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addSpacing(12)
        layout.addWidget(self.summary)
        layout.addStretch(1)
        if self._has_records():
            self.load_demo.setEnabled(False)
            self.load_demo.setText(self.tr("本数据库已有记录，不能再载入演示数据"))

    def _has_records(self) -> bool:
        from desktop.services.persons import count_persons
        return count_persons(self.ledger) > 0

    def initializePage(self) -> None:  # noqa: N802
        wizard = self.wizard()
        assert isinstance(wizard, FirstRunWizard)  # the page belongs to it
        office = wizard.page_office
        admin = wizard.page_admin
        lines = [self.tr("按“完成”后将："),
                 self.tr("· 设置本单位为 {0}（{1}）").format(office.name.text().strip(), office.selected_code())]
        if not admin.exists:
            lines.append(self.tr("· 创建管理员账户“{0}”并以其身份登录").format(admin.user_name.text().strip()))
        lines.append(self.tr("· 之后可随时在“帮助 → 使用指南”中查看操作说明"))
        self.summary.setText("\n".join(lines))


# -- the wizard ---------------------------------------------------------------------------------------

class FirstRunWizard(QWizard):
    def __init__(self, ledger, parent: QWidget | None = None):
        super().__init__(parent)
        self.ledger = ledger
        self.setObjectName("firstRunWizard")
        self.setWindowTitle(self.tr("见义勇为工作台 — 首次使用设置"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("下一步"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("上一步"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("完成"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("取消"))
        self.setMinimumSize(640, 460)
        try:
            from desktop.gui.help import app_icon
            self.setWindowIcon(app_icon())
        except ImportError:
            pass
        self.page_office = OfficePage(ledger, self)
        self.page_admin = AdminPage(ledger, self)
        self.page_check = CheckPage(self)
        self.page_demo = DemoPage(ledger, self)
        for page in (self.page_office, self.page_admin, self.page_check, self.page_demo):
            self.addPage(page)
        self.demo_result: dict | None = None
        self._busy = False

    def accept(self) -> None:
        """完成: write the office and the administrator, then (in the background) the demo data."""
        if self._busy:
            return
        office, admin = self.page_office, self.page_admin
        try:
            init_office(self.ledger, office.selected_code(), office.name.text())
            if not admin.exists and not accounts.accounts_exist(self.ledger):
                accounts.create_first_admin(self.ledger, admin.user_name.text().strip(), admin.password.text(),
                                            admin.display_name.text().strip() or None)
                accounts.login(self.ledger, admin.user_name.text().strip(), admin.password.text())
                admin.exists = True
        except UserError as exc:
            QMessageBox.warning(self, self.tr("无法完成设置"), exc.message)
            return
        if self.page_demo.load_demo.isChecked() and self.page_demo.load_demo.isEnabled():
            self._generate_demo(self.page_demo.count.value())
        else:
            super().accept()

    def _generate_demo(self, count: int) -> None:
        from desktop.gui.workers import run_in_background, show_error
        from desktop.services import demo

        label = self.tr("正在生成演示数据……")

        def work(progress, n):
            progress(0, 0, label)
            return demo.generate(self.ledger, n)

        def done(result) -> None:
            self._busy = False
            self.demo_result = result
            QWizard.accept(self)

        def failed(exc: BaseException) -> None:
            self._busy = False
            self.button(QWizard.WizardButton.FinishButton).setEnabled(True)
            show_error(self, self.tr("生成演示数据失败"), exc)

        self._busy = True
        self.button(QWizard.WizardButton.FinishButton).setEnabled(False)
        run_in_background(self, self.tr("正在生成演示数据"), work, count, on_done=done, on_error=failed,
                          cancellable=False)

    def reject(self) -> None:
        if not self._busy:
            super().reject()


def run_first_run_wizard(ledger, parent: QWidget | None = None) -> bool:
    """Show the wizard; True when the office (and administrator) were set up, False if cancelled."""
    wizard = FirstRunWizard(ledger, parent)
    return wizard.exec() == QWizard.DialogCode.Accepted and bool(ledger.office_code_or_blank())
