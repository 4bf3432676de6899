"""Background work: the GUI thread keeps processing events; cancel stops the work; errors come back."""

from __future__ import annotations

import threading

from PySide6.QtCore import QThread, Qt, QTimer
from PySide6.QtWidgets import QMessageBox, QPushButton

from desktop.domain.errors import ValidationError
from desktop.gui.workers import Cancelled, run_in_background


def _slow(progress, steps, gate: threading.Event):
    """Work that takes as long as the test wants: it waits on a gate between steps."""
    for i in range(steps):
        if progress(i, steps, f"第{i}步") is False:
            raise Cancelled()
        gate.wait(0.02)
    return {"steps": steps, "thread": threading.get_ident()}


def test_gui_stays_responsive_while_work_runs(qtbot, gui_app):
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(5)
    gate = threading.Event()
    results = []
    gui_thread = QThread.currentThread()
    on_gui = []

    def done(result):
        on_gui.append(QThread.currentThread() is gui_thread)
        results.append(result)

    task = run_in_background(None, "慢任务", _slow, 1000, gate, on_done=done)
    # while the work runs, the event loop goes on: the timer keeps ticking
    qtbot.waitUntil(lambda: len(ticks) >= 10, timeout=10000)
    assert not task.done and results == []
    gate.set()  # let the work finish
    qtbot.waitUntil(lambda: task.done, timeout=10000)
    timer.stop()
    assert results and results[0]["steps"] == 1000
    assert results[0]["thread"] != threading.get_ident()  # it ran on another thread
    assert on_gui == [True]  # and the result came back on the GUI thread


def test_cancel_stops_the_work(qtbot, gui_app):
    gate = threading.Event()
    results, cancelled = [], []
    task = run_in_background(None, "慢任务", _slow, 10 ** 9, gate, on_done=results.append, show_after_ms=0)
    task.cancelled.connect(lambda: cancelled.append(True))
    qtbot.waitUntil(lambda: task.dialog.isVisible(), timeout=5000)
    button = next(b for b in task.dialog.findChildren(QPushButton) if b.text() == "取消")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # the user presses 取消
    qtbot.waitUntil(lambda: task.done, timeout=10000)
    assert cancelled == [True] and results == []
    assert isinstance(task.error, Cancelled)


def test_user_error_comes_back_as_a_message(qtbot, gui_app):
    def fails(progress):
        raise ValidationError("证件号码校验位错误", "id_number")

    errors = []
    task = run_in_background(None, "导入", fails, on_error=errors.append)
    qtbot.waitUntil(lambda: task.done, timeout=5000)
    assert [e.message for e in errors] == ["证件号码校验位错误"]
    # without on_error, a message box (not blocking the loop) shows the Chinese message
    task = run_in_background(None, "导入", fails)
    qtbot.waitUntil(lambda: task.done, timeout=5000)
    boxes = [w for w in gui_app.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    assert any(b.text() == "证件号码校验位错误" for b in boxes)
    for b in boxes:
        b.close()


def test_progress_is_shown(qtbot, gui_app):
    gate = threading.Event()
    task = run_in_background(None, "批量生成", _slow, 50, gate, show_after_ms=0)
    qtbot.waitUntil(lambda: task.dialog.maximum() == 50 or task.done, timeout=5000)
    gate.set()
    qtbot.waitUntil(lambda: task.done, timeout=5000)
    assert task.result["steps"] == 50


def test_many_signal_emits_do_not_exhaust_true(qtbot, gui_app):
    """Regression: PySide6 6.12.0's emit() dropped a reference to True each time (bool_dealloc abort)."""
    import sys

    from PySide6.QtCore import QObject, Signal

    class Pinger(QObject):
        ping = Signal(int)

    p = Pinger()
    got = []
    p.ping.connect(got.append)
    before = sys.getrefcount(True)
    for i in range(2000):
        p.ping.emit(i)
    assert len(got) == 2000
    assert sys.getrefcount(True) >= before - 5
