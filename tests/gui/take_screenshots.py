"""Screenshots of the main pages at 1366×768 with demo data (offscreen): docs/screenshots/*.png.

Run: QT_QPA_PLATFORM=offscreen python -m tests.gui.take_screenshots [out_dir]
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("YIYONG_HOME", tempfile.mkdtemp(prefix="yiyong-shots-"))

PAGES = ["home", "people", "deeds", "awards", "guarantees", "visits", "publicity", "settings"]


def main(out: str = "docs/screenshots") -> list[Path]:
    from PySide6.QtCore import QCoreApplication, QSettings
    from PySide6.QtWidgets import QApplication

    from desktop.gui.app import setup_application
    from desktop.gui.main_window import MainWindow
    from desktop.services import demo
    from desktop.services.ledger import Ledger
    from desktop.services.office import init_office

    QCoreApplication.setOrganizationName("YiyongShots")
    QCoreApplication.setApplicationName("shots")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp())
    app = QApplication.instance() or QApplication(sys.argv[:1])
    setup_application(app, "zh_CN")
    ledger = Ledger.open(str(Path(tempfile.mkdtemp()) / "shots.db"), actor="演示用户", today=dt.date(2026, 11, 28))
    init_office(ledger, "330102", "杭州市公安局上城区分局")
    demo.generate(ledger, 300)
    window = MainWindow(ledger)
    window.resize(1366, 768)
    window.show()
    out_dir = Path(out)
    out_dir.mkdir(parents=True, exist_ok=True)
    saved = []
    for key in PAGES:
        window.show_page(key)
        _settle(app, window)
        path = out_dir / f"{key}.png"
        window.grab().save(str(path))
        saved.append(path)
        if key == "deeds":  # the confirmation cases tab too
            page = window.page("deeds")
            page.tabs.setCurrentIndex(1)
            _settle(app, window)
            path = out_dir / "cases.png"
            window.grab().save(str(path))
            saved.append(path)
            page.tabs.setCurrentIndex(0)
    window.close()
    ledger.close()
    return saved


def _settle(app, window, rounds: int = 60) -> None:
    """Let background loads finish and the window repaint."""
    import time

    from desktop.gui import workers
    for _ in range(rounds):
        app.processEvents()
        if not workers._RUNNING:
            break
        time.sleep(0.05)
    for _ in range(5):
        app.processEvents()


if __name__ == "__main__":
    for p in main(*sys.argv[1:]):
        print(p)
