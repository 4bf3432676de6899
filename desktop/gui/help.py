"""Help menu: the user guide (resources/help/guide.md) and the About dialog; the application icon.

The shell calls `install_help_menu(main_window)` once the window exists (or `add_help_actions(menu,
parent)` on a menu of its own). `arm_gui_smoke()` is the bundle's smoke test (env YIYONG_GUI_SMOKE):
the command line calls it before `run_gui`; the application quits once the main window has shown.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QIcon, QKeySequence, QPixmap
from PySide6.QtWidgets import (
    QApplication, QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QMainWindow, QMenu, QTextBrowser,
    QVBoxLayout, QWidget,
)

from desktop import __version__
from desktop.resources import resource_path


def _t(text: str) -> str:
    return QCoreApplication.translate("Help", text)


def app_icon() -> QIcon:
    """The application icon (resources/icons/yiyong.png; the .ico is used for the Windows .exe)."""
    icon = QIcon()
    for name in ("yiyong.png", "yiyong.ico"):
        path = resource_path("icons", name)
        if path.is_file():
            icon.addFile(str(path))
    return icon


def guide_path():
    return resource_path("help", "guide.md")


def guide_text() -> str:
    path = guide_path()
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        return _t("# 使用指南\n\n找不到使用指南文件（{0}）：请重新复制完整的程序文件夹。").format(path)


class GuideDialog(QDialog):
    """The Chinese user guide, shipped with the program, in a browser that follows its links."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("guideDialog")
        self.setWindowTitle(_t("使用指南"))
        self.setWindowIcon(app_icon())
        self.resize(QSize(760, 640))
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("guideBrowser")
        self.browser.setOpenExternalLinks(False)
        self.browser.setOpenLinks(True)
        self.browser.setSearchPaths([str(guide_path().parent)])
        self.browser.document().setDefaultStyleSheet("h1, h2, h3 { color: #2f3e4e; }")
        self.browser.setMarkdown(guide_text())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(_t("关闭"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)


_open_guides: list[GuideDialog] = []


def show_guide(parent: QWidget | None = None) -> GuideDialog:
    """Open the guide beside the window (not modal: one can read it while working)."""
    for dialog in list(_open_guides):
        if dialog.isVisible():
            dialog.raise_()
            dialog.activateWindow()
            return dialog
        _open_guides.remove(dialog)
    dialog = GuideDialog(parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    _open_guides.append(dialog)
    dialog.show()
    return dialog


def about_text() -> str:
    from desktop.store.db import data_dir
    try:
        folder = str(data_dir())
    except OSError:
        folder = "—"
    return _t(
        "<h3>见义勇为工作台 {0}</h3>"
        "<p>供县（市、区）见义勇为工作部门离线使用：人员与事迹登记、行为确认、表彰奖励、优抚保障、"
        "走访慰问、文书打印，并通过 U 盘与市、省两级交换数据。</p>"
        "<p>版本：{0}（本版本号写入每个数据包和每份文书的记录）<br>"
        "数据文件夹：{1}<br>"
        "Python {2}，Qt {3}</p>"
        "<p>随程序提供的字体：朱雀仿宋、思源宋体 Noto Serif SC、霞鹜文楷 LXGW WenKai，均按 SIL 开放字体许可证"
        "（OFL-1.1）使用。Qt（PySide6）按 LGPL-3.0 使用。各组件的许可证见程序文件夹中的 "
        "resources/licenses 和 resources/fonts。</p>"
    ).format(__version__, folder, sys.version.split()[0], _qt_version())


def _qt_version() -> str:
    from PySide6 import QtCore
    return QtCore.qVersion()


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(_t("关于见义勇为工作台"))
        self.setWindowIcon(app_icon())
        logo = QLabel(self)
        pixmap = QPixmap(str(resource_path("icons", "yiyong.png")))
        if not pixmap.isNull():
            logo.setPixmap(pixmap.scaled(96, 96, Qt.AspectRatioMode.KeepAspectRatio,
                                         Qt.TransformationMode.SmoothTransformation))
        logo.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.text = QLabel(about_text(), self)
        self.text.setObjectName("aboutText")
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setMinimumWidth(420)
        row = QHBoxLayout()
        row.addWidget(logo)
        row.addWidget(self.text, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(_t("确定"))
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(buttons)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """Tall enough for the wrapped text at the width shown (a dialog does not ask its label's height-for-width)."""
        super().showEvent(event)
        layout = self.layout()
        need = layout.totalHeightForWidth(self.width()) if layout is not None else 0
        if need > self.height():
            self.resize(self.width(), need)


def show_about(parent: QWidget | None = None) -> int:
    return AboutDialog(parent).exec()


def open_data_folder() -> None:
    from desktop.store.db import data_dir
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(data_dir())))


def add_help_actions(menu: QMenu, parent: QWidget) -> list[QAction]:
    """Add 使用指南 (F1), 打开数据文件夹 and 关于 to `menu`; returns the actions."""
    guide = QAction(_t("使用指南"), parent)
    guide.setObjectName("actionGuide")
    guide.setShortcut(QKeySequence.StandardKey.HelpContents)
    guide.triggered.connect(lambda _on=False: show_guide(parent))
    folder = QAction(_t("打开数据文件夹"), parent)
    folder.setObjectName("actionDataFolder")
    folder.triggered.connect(lambda _on=False: open_data_folder())
    about = QAction(_t("关于见义勇为工作台"), parent)
    about.setObjectName("actionAbout")
    about.triggered.connect(lambda _on=False: show_about(parent))
    menu.addAction(guide)
    menu.addAction(folder)
    menu.addSeparator()
    menu.addAction(about)
    return [guide, folder, about]


def _find_help_menu(window: QMainWindow) -> QMenu | None:
    for action in window.menuBar().actions():
        menu = action.menu()
        if menu is not None and ("帮助" in action.text() or "Help" in action.text()):
            return menu
    return None


def install_help_menu(window: QMainWindow) -> QMenu:
    """Give the window the icon and a 帮助 menu with the guide and About (replacing what it held)."""
    icon = app_icon()
    window.setWindowIcon(icon)
    app = QApplication.instance()
    if app is not None:
        app.setWindowIcon(icon)
    menu = _find_help_menu(window)
    if menu is None:
        menu = window.menuBar().addMenu(_t("帮助(&H)"))
    else:
        for action in list(menu.actions()):
            menu.removeAction(action)
            if action in window.actions():  # its shortcut (F1) would clash with ours
                window.removeAction(action)
    add_help_actions(menu, window)
    return menu


# -- Windows: no console window behind the GUI ------------------------------------------------------

def hide_own_console() -> bool:
    """On Windows, when yiyong.exe was double-clicked, its console window belongs to it alone: close it
    so that only the main window shows. Started from 命令提示符, the console is shared and stays."""
    if sys.platform != "win32" or os.environ.get("YIYONG_KEEP_CONSOLE"):
        return False
    try:
        import ctypes
        kernel32 = ctypes.windll.kernel32
        processes = (ctypes.c_uint32 * 4)()
        if kernel32.GetConsoleProcessList(processes, 4) == 1:  # only us: a console made for this exe
            kernel32.FreeConsole()
            sink = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - lives as long as the process
            sys.stdout = sys.stderr = sink  # a print must not fail on the closed console
            return True
    except Exception:  # never stop the program for a cosmetic detail
        pass
    return False


# -- the smoke test of a bundle -------------------------------------------------------------------

def arm_gui_smoke(timeout_s: float | None = None) -> QApplication:
    """Make the coming `run_gui` quit as soon as the main window shows: print "GUI OK" and exit 0,
    or "GUI FAILED" and exit 1 if no window shows within the timeout. A dialog that is shown first
    (the first-run wizard, a login) is reported and closed, which ends run_gui.

    YIYONG_GUI_SMOKE_SHOT=file.png saves a picture of the window."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    timeout_s = timeout_s or float(os.environ.get("YIYONG_GUI_SMOKE_TIMEOUT", "60"))
    state = {"ticks": 0}
    timer = QTimer(app)
    timer.setInterval(200)

    def tick() -> None:
        state["ticks"] += 1
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMainWindow) and widget.isVisible():
                timer.stop()
                QTimer.singleShot(1000, lambda w=widget: _finish(app, w))
                return
        modal = QApplication.activeModalWidget()
        if modal is not None and state["ticks"] > 5:
            sys.stdout.write(f"GUI: 出现对话框“{modal.windowTitle()}”，自动关闭\n")
            sys.stdout.flush()
            _shot(modal)
            modal.close()
            return
        if state["ticks"] * 0.2 > timeout_s:
            timer.stop()
            sys.stdout.write("GUI FAILED: 主窗口没有显示\n")
            sys.stdout.flush()
            app.exit(1)

    timer.timeout.connect(tick)
    timer.start()
    return app


def _shot(widget: QWidget) -> None:
    path = os.environ.get("YIYONG_GUI_SMOKE_SHOT")
    if path:
        widget.grab().save(path)


def _visit_pages(window: QMainWindow) -> tuple[int, list[str]]:
    """Show every page of the main window once; the pages that failed to open, with why."""
    from desktop.gui.pages import PAGES
    broken = []
    for key, _title, _target in PAGES:
        try:
            window.show_page(key)
        except Exception as exc:  # the smoke test reports it on stdout (a frozen build has no stderr)
            broken.append(f"{key}（{type(exc).__name__}: {exc}）")
        QApplication.processEvents()
    window.show_page(PAGES[0][0])
    QApplication.processEvents()
    return len(PAGES), broken


def _finish(app: QApplication, window: QMainWindow) -> None:
    _shot(window)
    count, broken = _visit_pages(window)
    if broken:
        sys.stdout.write(f"GUI FAILED: 页面未能加载：{'、'.join(broken)}\n")
    else:
        sys.stdout.write(f"GUI OK: {window.windowTitle()}（{window.width()}×{window.height()}），"
                         f"{count} 个页面均已打开\n")
    sys.stdout.flush()
    window.close()
    app.exit(1 if broken else 0)
