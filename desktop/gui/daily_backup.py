"""The day's automatic backup, taken in the background once the window shows.

The first start of a day used to wait for a full copy of the ledger before the window appeared
(seconds on a large one). Now the window shows at once; the copy is taken on a worker thread in
steps (SQLite's online backup) or by pg_dump in a child process, with its progress in the status
bar, while the clerk goes on working. Closing the window meanwhile cancels it: the unfinished
copy is removed and tomorrow's — or the next start's — takes its place.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QProgressBar

from desktop.gui.operations import BACKUPS, CollectionOp
from desktop.gui.workers import Task

if TYPE_CHECKING:
    from desktop.gui.main_window import MainWindow

log = logging.getLogger("desktop.gui")


def start_daily_backup(window: MainWindow, ledger) -> Task | None:
    """Start today's automatic copy unless it exists; returns the running task (or None)."""
    from desktop.services import backups

    try:
        if not backups.daily_backup_due(ledger):
            return None
    except OSError:
        log.exception("automatic daily backup: backup folder not usable")
        return None
    bar = window.statusBar()
    label = QLabel(window.tr("正在进行每日自动备份，可照常工作"), window)
    label.setObjectName("dailyBackupLabel")
    progress = QProgressBar(window)
    progress.setObjectName("dailyBackupProgress")
    progress.setMaximumWidth(160)
    progress.setRange(0, 0)
    bar.addWidget(label)
    bar.addWidget(progress)

    def work(report):
        try:
            return backups.automatic_backup(ledger, "daily", progress=report)
        finally:
            ledger.release_connection()  # this worker thread's own connection

    def show(done: int, total: int, _text: str) -> None:
        if total > 0:
            progress.setRange(0, total)
            progress.setValue(min(done, total))

    def finish(message: str) -> None:
        bar.removeWidget(label)
        bar.removeWidget(progress)
        label.deleteLater()
        progress.deleteLater()
        if message:
            bar.showMessage(message, 8000)

    def done(path) -> None:
        finish(window.tr("今天的自动备份已完成") if path else "")

    def failed(exc: BaseException) -> None:
        log.error("automatic daily backup failed", exc_info=(type(exc), exc, exc.__traceback__))
        finish(window.tr("今天的自动备份未完成：{0}。请检查磁盘空间，或在“账户与备份”中手动备份。")
               .format(getattr(exc, "message", exc)))

    task = CollectionOp(window, window.tr("每日自动备份"), work, changes={BACKUPS}).in_status_bar() \
        .success(done).failure(failed).run_in_background()
    task.progressed.connect(show)
    task.cancelled.connect(lambda: finish(""))
    window.daily_backup_task = task
    return task
