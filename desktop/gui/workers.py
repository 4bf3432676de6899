"""Background work: run a function off the GUI thread with a progress dialog and a cancel button.

`run_in_background(parent, title, fn, *args, on_done=None, cancellable=True)` runs
`fn(progress, *args)` on a worker thread. `fn` calls `progress(done, total, text)`; when that
returns False the user asked to stop, and `fn` should raise `desktop.domain.errors.Cancelled`
(or return early); a cancelled task is never shown as an error.
The result, or the error, comes back on the GUI thread: `on_done(result)`, a `UserError` as a
message box with its Chinese text, anything else logged and shown as an internal error.
"""

from __future__ import annotations

import logging
import threading
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, QObject, QThread, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from desktop.domain.errors import Cancelled, UserError

log = logging.getLogger("desktop.gui")

# keeps running tasks alive until they finish, whatever happens to their caller
_RUNNING: set["Task"] = set()
_BOXES: set[QMessageBox] = set()


__all__ = ["Cancelled", "Task", "run_in_background", "show_error", "shutdown"]


def _is_cancel(exc: BaseException) -> bool:
    return isinstance(exc, Cancelled)  # one class, known to services and GUI alike


class _Thread(QThread):
    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, fn: Callable[..., Any], args: tuple, cancel_event: threading.Event):
        super().__init__()
        self._fn = fn
        self._args = args
        self._cancel = cancel_event

    def progress(self, done: int, total: int = 0, text: str = "") -> bool:
        """Called by the work: reports progress; returns False once the user cancelled."""
        self.progressed.emit(int(done), int(total), str(text or ""))
        return not self._cancel.is_set()

    def run(self) -> None:  # noqa: D102 - runs on the worker thread
        try:
            result = self._fn(self.progress, *self._args)
        except BaseException as exc:  # delivered to the GUI thread, never lost
            self.failed.emit(exc)
            return
        self.succeeded.emit(result)


class Task(QObject):
    """One piece of background work; `finished(ok)` fires on the GUI thread when it ends."""

    finished = Signal(bool)
    cancelled = Signal()
    progressed = Signal(int, int, str)  # for a status bar when there is no dialog

    def __init__(self, parent: QWidget | None, title: str, fn: Callable[..., Any], args: tuple,
                 on_done: Callable[[Any], object] | None, on_error: Callable[[BaseException], None] | None,
                 cancellable: bool, show_after_ms: int, dialog: bool = True):
        super().__init__()
        self._parent = parent
        self._title = title
        self._on_done = on_done
        self._on_error = on_error
        self._cancel = threading.Event()
        self.result: Any = None
        self.error: BaseException | None = None
        self.done = False
        self.dialog: QProgressDialog | None = None
        if dialog:
            self.dialog = QProgressDialog(title, self.tr("取消") if cancellable else "", 0, 0, parent)
            self.dialog.setWindowTitle(title)
            self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
            self.dialog.setMinimumDuration(show_after_ms)
            self.dialog.setAutoClose(False)
            self.dialog.setAutoReset(False)
            if not cancellable:
                self.dialog.setCancelButton(None)
            self.dialog.canceled.connect(self.cancel)
        self.worker = _Thread(fn, args, self._cancel)
        self.worker.progressed.connect(self._on_progress, Qt.ConnectionType.QueuedConnection)
        self.worker.succeeded.connect(self._on_success, Qt.ConnectionType.QueuedConnection)
        self.worker.failed.connect(self._on_failure, Qt.ConnectionType.QueuedConnection)

    def start(self) -> "Task":
        _RUNNING.add(self)
        self.worker.start()
        return self

    def cancel(self) -> None:
        """Ask the work to stop; it stops at its next progress() call."""
        if not self._cancel.is_set():
            self._cancel.set()
            if self.dialog is not None:
                self.dialog.setLabelText(self.tr("正在取消……"))

    def belongs_to(self, owner: QWidget) -> bool:
        """Started for `owner` or one of its children (a task without a parent belongs to all)."""
        widget = self._parent
        if widget is None:
            return True
        try:
            while widget is not None:  # through dialogs too (isAncestorOf stops at a window)
                if widget is owner:
                    return True
                widget = widget.parentWidget()
        except RuntimeError:  # its widget is gone already
            return True
        return False

    @property
    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def wait(self, ms: int = 30000) -> bool:
        """Block until the worker thread has ended (tests and shutdown only)."""
        return self.worker.wait(ms)

    def _on_progress(self, done: int, total: int, text: str) -> None:
        if self.done:
            return
        self.progressed.emit(done, total, text)
        if self.dialog is None:
            return
        if total > 0:
            self.dialog.setMaximum(total)
            self.dialog.setValue(min(done, total))
        if text:
            self.dialog.setLabelText(text)

    def _finish(self) -> None:
        self.done = True
        if self.dialog is not None:
            self.dialog.canceled.disconnect(self.cancel)
            self.dialog.reset()
            self.dialog.hide()
            self.dialog.deleteLater()
        self.worker.wait()
        _RUNNING.discard(self)

    def _on_success(self, result: Any) -> None:
        self.result = result
        self._finish()
        if self._cancel.is_set():  # the work ignored the request; the user asked not to see it
            self.cancelled.emit()
            self.finished.emit(False)
            return
        if self._on_done is not None:
            self._on_done(result)
        self.finished.emit(True)

    def _on_failure(self, exc: BaseException) -> None:
        self.error = exc
        self._finish()
        if _is_cancel(exc):
            self.cancelled.emit()
        elif self._on_error is not None:
            self._on_error(exc)
        else:
            show_error(self._parent, self._title, exc)
        self.finished.emit(False)


def show_error(parent: QWidget | None, title: str, exc: BaseException) -> QMessageBox:
    """A UserError's Chinese message as is; a bug logged with its traceback and named as such."""
    if isinstance(exc, UserError):
        text = exc.message
        icon = QMessageBox.Icon.Warning
    else:
        from desktop.logfile import log_path
        log.error("后台任务出错：%s", title, exc_info=(type(exc), exc, exc.__traceback__))
        text = QCoreApplication.translate("Task", "程序内部出错，“{0}”未完成。\n已记录到日志文件：{1}\n"
                                          "请把这个文件交给技术支持人员。").format(title, log_path())
        icon = QMessageBox.Icon.Critical
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    _BOXES.add(box)  # a box without a parent would otherwise be collected at once
    box.finished.connect(lambda _r: _BOXES.discard(box))
    box.open()  # not exec(): the event loop goes on
    return box


def run_in_background(parent: QWidget | None, title: str, fn: Callable[..., Any], *args: Any,
                      on_done: Callable[[Any], object] | None = None, cancellable: bool = True,
                      on_error: Callable[[BaseException], None] | None = None,
                      show_after_ms: int = 400, dialog: bool = True) -> Task:
    """Run fn(progress, *args) on a worker thread; the progress dialog shows if it takes a while
    (dialog=False: no dialog, the caller shows Task.progressed where it likes, e.g. a status bar)."""
    return Task(parent, title, fn, args, on_done, on_error, cancellable, show_after_ms, dialog).start()



def shutdown(timeout_ms: int = 5000, owner: QWidget | None = None) -> None:
    """Ask running tasks to stop and wait for their threads (before a window closes): all of them,
    or those started for `owner` and its children (another window's work goes on)."""
    tasks = [t for t in list(_RUNNING) if owner is None or t.belongs_to(owner)]
    for task in tasks:
        task.cancel()
    for task in tasks:
        task.wait(timeout_ms)
