"""Starting the GUI: the application object, its font and language, the first-run dialog, the window."""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.domain import settings as registry
from desktop.resources import resource_path

log = logging.getLogger("desktop.gui")

ORGANISATION = "Yiyong"
APPLICATION = "yiyong"
LANGUAGES = {"zh_CN": "简体中文", "en": "English"}

# CJK families in order of preference: Windows first (the offices' PCs), then macOS and Linux
CJK_FAMILIES = ["Microsoft YaHei UI", "Microsoft YaHei", "微软雅黑", "PingFang SC", "Noto Sans CJK SC",
                "Source Han Sans SC", "思源黑体", "WenQuanYi Micro Hei", "文泉驿微米黑", "SimHei", "黑体",
                "SimSun", "宋体", "LXGW WenKai"]

STYLE = """
QListWidget#navigation { background: #2f3e4e; color: #e8edf2; border: none; font-size: 11pt; padding-top: 6px; }
QListWidget#navigation::item { padding-left: 14px; }
QListWidget#navigation::item:selected { background: #4a6b8a; color: white; }
QListWidget#navigation::item:hover:!selected { background: #3b4d60; }
QLabel#pageHeading { font-size: 14pt; font-weight: bold; padding: 2px 0 6px 0; }
QLabel#placeholderText { font-size: 11pt; color: #555; }
QFrame#countCard { background: #f4f7fa; border: 1px solid #d5dee8; border-radius: 6px; }
QLabel#countNumber { font-size: 20pt; font-weight: bold; color: #2f3e4e; }
QLabel#countLabel { color: #555; }
"""


def settings() -> QSettings:
    return QSettings()


def preference(key: str) -> Any:
    """This PC's preference `key` (declared in domain/settings.py) in its type, from QSettings."""
    option = registry.option(key)
    assert option.scope == registry.USER, key
    return option.read(settings().value(key))


def set_preference(key: str, value: Any) -> None:
    """Check and keep this PC's preference `key` (ValidationError names it)."""
    option = registry.option(key)
    settings().setValue(key, option.dump(option.parse(value)))


def language() -> str:
    """The language chosen in settings: "zh_CN" (default) or "en"."""
    return preference(registry.LANGUAGE)


def translations_dir() -> Path:
    return resource_path("translations")


def install_translators(app: QCoreApplication, lang: str) -> list[QTranslator]:
    """Our own English translation, plus Qt's own strings (dialog buttons) in the same language."""
    installed: list[QTranslator] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{lang}", qt_dir) or qt.load(f"qt_{lang}", qt_dir):
        app.installTranslator(qt)
        installed.append(qt)
    if lang != "zh_CN":
        ours = QTranslator(app)
        if ours.load(f"yiyong_{lang}", str(translations_dir())):
            app.installTranslator(ours)
            installed.append(ours)
        else:
            log.warning("找不到界面翻译文件 yiyong_%s.qm", lang)
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China) if lang == "zh_CN"
                       else QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    return installed


def choose_font(point_size: float = 10) -> QFont:
    """An installed CJK font, so that names (including rare characters) show everywhere alike."""
    families = set(QFontDatabase.families())
    font = QFont(QGuiApplication.font())
    for family in CJK_FAMILIES:
        if family in families:
            font.setFamily(family)
            break
    font.setPointSizeF(point_size)
    return font


def setup_application(app: QApplication, lang: str | None = None) -> QApplication:
    """Names, settings, translations, font and style: everything but the window."""
    if not QCoreApplication.organizationName():  # tests set their own, pointing at a temporary folder
        QCoreApplication.setOrganizationName(ORGANISATION)
        QCoreApplication.setApplicationName(APPLICATION)
    install_translators(app, lang or language())
    app.setFont(choose_font())
    app.setStyleSheet(STYLE)
    app.setApplicationDisplayName(QCoreApplication.translate("App", "见义勇为工作台"))
    return app


def open_main_window(ledger, parent=None):
    """The first-run dialog if the database has no office yet, then the main window (or None)."""
    from desktop.gui.help import install_help_menu
    from desktop.gui.main_window import MainWindow
    from desktop.gui.wizard import run_first_run_wizard

    if not ledger.office_code_or_blank():
        # office identity, administrator, fonts and printer check, demo data to practise on
        if not run_first_run_wizard(ledger, parent):
            return None
    from desktop.gui.login import ask_login, install_idle_lock

    if not ask_login(ledger, parent):  # asks only when the database has accounts
        return None
    window = MainWindow(ledger)
    install_help_menu(window)  # icon, 使用指南 (F1), 打开数据文件夹, 关于
    install_idle_lock(window, ledger, minutes=preference(registry.IDLE_LOCK_MINUTES))
    screen = QGuiApplication.primaryScreen()
    if screen is not None:
        area = screen.availableGeometry()
        window.resize(min(1366, area.width()), min(768, area.height()))
    window.restore_state()
    from desktop.gui.daily_backup import start_daily_backup
    start_daily_backup(window, ledger)  # in the background: the window shows at once
    return window


def run_gui(db=None) -> int:
    """`python -m desktop` without a subcommand: open the ledger and show the window."""
    from desktop.domain.errors import UserError
    from desktop.services.ledger import Ledger

    app = QApplication.instance() or QApplication(sys.argv[:1])
    setup_application(app)
    from desktop.gui.crash import install_excepthook
    install_excepthook()  # every unexpected error logged and shown in Chinese
    try:
        ledger = Ledger.open(db)
    except UserError as exc:
        QMessageBox.critical(None, QCoreApplication.translate("App", "无法打开数据库"), exc.message)
        return 1
    from desktop.gui.databases import Switcher
    switcher = None
    try:
        window = open_main_window(ledger)
        if window is None:
            return 1
        switcher = Switcher(ledger, window)  # 文件 → 新建/打开数据库 may replace both
        window.show()
        return app.exec()
    finally:
        (switcher.ledger if switcher is not None else ledger).close()
