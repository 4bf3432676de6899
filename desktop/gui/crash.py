"""The last net: an unexpected error anywhere in the GUI is logged and shown in Chinese.

A slot that raises would otherwise print to stderr, which the frozen Windows build sends to
nowhere. `install_excepthook()` routes sys.excepthook and threading.excepthook to the log file
(desktop.logfile) and shows the clerk one message naming the log's path.
"""

from __future__ import annotations

import logging
import sys
import threading

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.domain.errors import Cancelled, UserError
from desktop.logfile import log_path, start_logging

log = logging.getLogger("desktop.gui")


class _Relay(QObject):
    """Carries an error from any thread to the GUI thread."""

    raised = Signal(str, str)


_relay: _Relay | None = None
_boxes: list[QMessageBox] = []


def message_for(exc: BaseException) -> str:
    """What the clerk reads: what happened, where the details are, what to do."""
    return QCoreApplication.translate(
        "Crash", "程序遇到意外错误，刚才的操作可能没有完成：{0}\n\n"
        "详细情况已记录在日志文件：\n{1}\n\n"
        "请检查刚才的操作结果；如问题重复出现，请把这个文件交给技术支持人员。").format(
        type(exc).__name__ if not str(exc) else str(exc), log_path())


def _show(title: str, text: str) -> None:
    app = QApplication.instance()
    if app is None:
        return
    box = QMessageBox(QMessageBox.Icon.Critical, title, text, QMessageBox.StandardButton.Ok,
                      QApplication.activeWindow())
    _boxes.append(box)
    box.finished.connect(lambda _r: _boxes.remove(box) if box in _boxes else None)
    box.open()


def handle(exc_type, exc, tb) -> None:
    """Log an unexpected error with its traceback; a UserError is shown as its own message."""
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    if isinstance(exc, Cancelled):
        return  # the clerk asked for it: not an error
    if isinstance(exc, UserError):  # a refusal that escaped a slot: its own words, nothing to log
        text = exc.message
    else:
        log.error("未处理的错误", exc_info=(exc_type, exc, tb))
        text = message_for(exc)
    if _relay is not None:
        _relay.raised.emit(QCoreApplication.translate("Crash", "见义勇为工作台"), text)


def install_excepthook() -> None:
    """Log to the data folder and catch every error left unhandled (GUI thread or worker)."""
    global _relay
    start_logging("gui")
    if _relay is None:
        _relay = _Relay()
        _relay.raised.connect(_show, Qt.ConnectionType.QueuedConnection)
    sys.excepthook = handle
    threading.excepthook = lambda args: handle(args.exc_type, args.exc_value, args.exc_traceback)
