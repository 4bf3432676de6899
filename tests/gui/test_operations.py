"""Background work the Anki way: CollectionOp announces changes, QueryOp reads, Cancelled is no error;
the day's backup runs behind the window; an unexpected error is logged and named in Chinese."""

from __future__ import annotations

import logging
import sys
import threading

from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QProgressBar

from desktop.domain.errors import Cancelled, UserError
from desktop.gui.operations import CASE, PERSON, CollectionOp, QueryOp, changes, concerns
from tests.gui.conftest import wait_idle


def test_collection_op_announces_what_changed_then_calls_success(qtbot, gui_app):
    seen, order = [], []
    changes().changed.connect(lambda kinds: (seen.append(kinds), order.append("announced")))
    worker = []
    op = CollectionOp(None, "保存人员", lambda progress: worker.append(threading.get_ident()) or 7,
                      changes={PERSON, CASE})
    op.success(lambda result: order.append(("success", result))).run_in_background()
    wait_idle(qtbot)
    assert seen[-1] == frozenset({PERSON, CASE})
    assert order[-2:] == ["announced", ("success", 7)]
    assert worker and worker[0] != threading.get_ident()  # off the GUI thread
    assert concerns(seen[-1], PERSON) and not concerns(seen[-1], "award")
    assert concerns(frozenset({"everything"}), "award")


def test_query_op_announces_nothing(qtbot, gui_app):
    seen, got = [], []
    changes().changed.connect(seen.append)
    QueryOp(None, "读取", lambda progress: [1, 2]).success(got.append).run_in_background()
    wait_idle(qtbot)
    assert got == [[1, 2]] and seen == []


def test_a_cancel_raised_by_a_service_is_not_shown_as_an_error(qtbot, gui_app, monkeypatch):
    shown, failed, seen = [], [], []
    monkeypatch.setattr(QMessageBox, "open", lambda self: shown.append(self.text()))
    changes().changed.connect(seen.append)

    def work(progress):
        raise Cancelled("已取消导入，台账未作任何改动")
    task = CollectionOp(None, "导入", work, changes={PERSON}).failure(failed.append).run_in_background()
    wait_idle(qtbot)
    assert isinstance(task.error, Cancelled)
    assert shown == [] and failed == [] and seen == []  # no box, no failure callback, nothing announced


def test_a_refusal_goes_to_failure_and_a_bug_names_the_log(qtbot, gui_app, monkeypatch):
    from desktop.logfile import log_path
    failed, shown = [], []
    QueryOp(None, "检查", lambda p: (_ for _ in ()).throw(UserError("备份文件已损坏"))).failure(
        failed.append).run_in_background()
    wait_idle(qtbot)
    assert [e.message for e in failed] == ["备份文件已损坏"]
    monkeypatch.setattr(QMessageBox, "open", lambda self: shown.append(self.text()))
    QueryOp(None, "统计", lambda p: 1 / 0).run_in_background()
    wait_idle(qtbot)
    qtbot.waitUntil(lambda: bool(shown))
    assert str(log_path()) in shown[0] and "“统计”未完成" in shown[0]


def test_excepthook_logs_the_traceback_and_shows_the_log_path(qtbot, gui_app, monkeypatch):
    from desktop.gui import crash
    from desktop.logfile import log_path
    shown = []
    monkeypatch.setattr(crash, "_show", lambda title, text: shown.append(text))
    old_hook, old_thread_hook = sys.excepthook, threading.excepthook
    try:
        crash.install_excepthook()
        crash._relay.raised.disconnect()
        crash._relay.raised.connect(lambda title, text: crash._show(title, text))
        try:
            {}["无此键"]
        except KeyError:
            sys.excepthook(*sys.exc_info())
        try:
            raise Cancelled()
        except Cancelled:
            sys.excepthook(*sys.exc_info())  # a cancel is not an error: nothing shown
        qtbot.waitUntil(lambda: bool(shown))
        for h in logging.getLogger("desktop").handlers:
            h.flush()
    finally:
        sys.excepthook, threading.excepthook = old_hook, old_thread_hook
    assert len(shown) == 1 and str(log_path()) in shown[0] and "意外错误" in shown[0]
    logged = log_path().read_text(encoding="utf-8")
    assert "KeyError" in logged and "[gui]" in logged and "Traceback" in logged


def _window(ledger, tmp_path):
    from desktop.gui.main_window import MainWindow
    from desktop.services import backups
    ledger.set_setting(backups.BACKUP_DIR, str(tmp_path / "auto"))
    return MainWindow(ledger)


def test_the_daily_backup_runs_behind_a_window_that_is_already_usable(qtbot, gui_app, demo_ledger, tmp_path):
    from desktop.gui.daily_backup import start_daily_backup
    from desktop.services import backups
    window = _window(demo_ledger, tmp_path)
    qtbot.addWidget(window)
    window.show()
    task = start_daily_backup(window, demo_ledger)
    assert task is not None and task.dialog is None  # no modal dialog: the clerk works on
    assert window.findChild(QProgressBar, "dailyBackupProgress") is not None
    window.show_page("people")  # the window answers while the copy is taken
    wait_idle(qtbot)
    made = backups.list_backups(demo_ledger)
    assert len(made) == 1 and made[0]["name"].endswith("-daily.db")
    assert backups.verify_backup(made[0]["path"])["audit_entries"] > 0
    assert window.findChild(QLabel, "dailyBackupLabel") is None or not window.findChild(
        QLabel, "dailyBackupLabel").isVisible()
    assert "自动备份已完成" in window.statusBar().currentMessage()
    assert start_daily_backup(window, demo_ledger) is None  # once a day


def test_closing_during_the_daily_backup_leaves_no_half_copy(qtbot, gui_app, demo_ledger, tmp_path, monkeypatch):
    from desktop.gui import daily_backup
    from desktop.services import backups
    monkeypatch.setattr(backups, "PAGES_PER_STEP", 1)  # many small steps: the close comes mid-copy
    steps = []
    real = backups._stepper

    def slow_stepper(progress):
        step = real(progress)

        def wrapped(done, total):
            steps.append(done)
            threading.Event().wait(0.01)
            step(done, total)
        return wrapped
    monkeypatch.setattr(backups, "_stepper", slow_stepper)
    window = _window(demo_ledger, tmp_path)
    window.show()
    task = daily_backup.start_daily_backup(window, demo_ledger)
    qtbot.waitUntil(lambda: len(steps) >= 3, timeout=10000)
    window.close()  # cancels and waits for the worker
    assert task.worker.isFinished()
    folder = backups.backup_root(demo_ledger)
    assert list(folder.iterdir()) == []  # neither a copy nor a .partial file
    assert backups.daily_backup_due(demo_ledger)  # the next start takes it
    QApplication.processEvents()
