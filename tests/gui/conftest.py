"""GUI fixtures: QSettings in a temporary folder, the shell's app setup, a demo ledger, recorded form calls."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QSettings


@pytest.fixture(autouse=True)
def temp_settings(tmp_path):
    """Each test gets its own QSettings (temporary organisation/app names and folder)."""
    old = QCoreApplication.organizationName(), QCoreApplication.applicationName()
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    QCoreApplication.setOrganizationName(f"YiyongTest{tmp_path.name}")
    QCoreApplication.setApplicationName("yiyong-test")
    yield tmp_path / "settings"
    QCoreApplication.setOrganizationName(old[0])
    QCoreApplication.setApplicationName(old[1])


@pytest.fixture
def gui_app(qapp):
    from desktop.gui.app import setup_application
    setup_application(qapp, "zh_CN")
    return qapp


@pytest.fixture
def demo_ledger(sqlite_ledger):
    """The office ledger (today 2026-11-28) with 60 demo people and their deeds, cases, awards."""
    from desktop.services import demo
    demo.generate(sqlite_ledger, 60)
    return sqlite_ledger


class FormCalls:
    def __init__(self):
        self.opened: list[tuple[str, int]] = []
        self.created: list[tuple[str, dict]] = []
        self.new_id: int | None = None


@pytest.fixture
def form_calls(monkeypatch):
    """Replace forms.open_record/new_record (modal dialogs) by recorders."""
    from desktop.gui import forms
    calls = FormCalls()
    monkeypatch.setattr(forms, "open_record", lambda parent, ledger, kind, rid: calls.opened.append((kind, rid)))

    def new(parent, ledger, kind, **context):
        calls.created.append((kind, context))
        return calls.new_id
    monkeypatch.setattr(forms, "new_record", new)
    return calls


def wait_idle(qtbot, timeout: int = 10000) -> None:
    """Wait until no background task is running."""
    from desktop.gui import workers
    qtbot.waitUntil(lambda: not workers._RUNNING, timeout=timeout)
