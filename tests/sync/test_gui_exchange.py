"""The 数据交换 page offscreen: history, preview, and a conflict settled in the merge dialog."""

from __future__ import annotations

import os

import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pytestqt")

from desktop.services import exchange  # noqa: E402
from desktop.store.models import Person  # noqa: E402
from tests.sync.helpers import deliver, introduce, make_office, open_conflicts, send  # noqa: E402

SHOTS = os.environ.get("YIYONG_SHOTS")  # a folder to save screenshots into, when looking


def _shot(widget, name):
    if SHOTS:
        widget.grab().save(os.path.join(SHOTS, name))


@pytest.fixture
def conflicted(tmp_path):
    county, city = make_office(tmp_path, "330102"), make_office(tmp_path, "330100")
    introduce([county, city], tmp_path)
    with county.atomic() as w:
        uuid = w.create(Person, {"name": "周赟", "phone": "13800000001", "address": "上城区某路1号"}).uuid
    deliver(city, send(county, city, tmp_path)["path"])
    for ledger, values in ((county, {"phone": "13911112222"}), (city, {"address": "上城区某路2号", "notes": "市里核实"})):
        with ledger.atomic() as w:
            w.update(Person.get(Person.uuid == uuid), values)
    deliver(city, send(county, city, tmp_path)["path"])
    yield county, city, uuid
    county.close()
    city.close()


def test_page_shows_history_and_settles_a_conflict(qtbot, conflicted, tmp_path):
    from desktop.gui.exchange_dialogs import MergeDialog, PreviewDialog, ReportDialog
    from desktop.gui.pages.exchange import ExchangePage

    county, city, uuid = conflicted
    page = ExchangePage(city)
    qtbot.addWidget(page)
    page.resize(1000, 560)
    page.show()
    assert page.history.rowCount() == 2  # the two packages the city received
    assert page.conflicts.rowCount() == 1
    assert "待合并冲突（1）" in page.tabs.tabText(1)
    page.tabs.setCurrentIndex(1)
    _shot(page, "exchange-page.png")

    detail = exchange.conflict_detail(city, page._conflicts[0]["id"])
    dialog = MergeDialog(detail)
    qtbot.addWidget(dialog)
    dialog.show()
    visible = [r for r in range(dialog.table.rowCount()) if not dialog.table.isRowHidden(r)]
    assert len(visible) == 3  # phone, address, notes differ
    dialog.choose("phone", "remote")
    _shot(dialog, "exchange-merge.png")
    exchange.resolve_conflict(city, detail["id"], dialog.choices())
    with city.reading():
        p = Person.get(Person.uuid == uuid)
    assert (p.phone, p.address, p.notes) == ("13911112222", "上城区某路2号", "市里核实")
    assert open_conflicts(city) == []
    page.refresh()
    assert page.conflicts.rowCount() == 0

    # a preview of the next package, as the page shows it before importing
    made = send(city, county, tmp_path)
    preview = exchange.import_package(county, made["path"], dry_run=True)
    pd = PreviewDialog(preview)
    qtbot.addWidget(pd)
    pd.show()
    assert pd.table.rowCount() == 1
    _shot(pd, "exchange-preview.png")
    report = exchange.import_report(city, page._history[0]["id"])
    rd = ReportDialog(report)
    qtbot.addWidget(rd)
    rd.show()
    _shot(rd, "exchange-report.png")


def test_page_imports_and_exports_through_its_buttons(qtbot, tmp_path, monkeypatch):
    """The page's own flow: file → preview (in the background) → confirm → import; then export."""
    from PySide6.QtWidgets import QDialog, QMessageBox

    from desktop.gui import exchange_dialogs
    from desktop.gui.pages import exchange as page_module
    from desktop.services.demo import generate

    county, city = make_office(tmp_path, "330102"), make_office(tmp_path, "330100")
    try:
        introduce([county, city], tmp_path)
        generate(county, 30, seed=11)
        made = send(county, city, tmp_path)
        shown = {}
        monkeypatch.setattr(exchange_dialogs.PreviewDialog, "exec",
                            lambda self: shown.setdefault("preview", self.table.rowCount()) and QDialog.Accepted)
        monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: shown.setdefault("info", a[2]))
        monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.setdefault("warning", a[2]))
        page = page_module.ExchangePage(city)
        qtbot.addWidget(page)
        page.import_package(made["path"])
        qtbot.waitUntil(lambda: "info" in shown or "warning" in shown, timeout=30000)
        assert "warning" not in shown, shown.get("warning")
        assert shown["preview"] > 5 and "导入完成" in shown["info"]
        assert page.history.rowCount() == 1
        with city.reading():
            assert Person.select().count() == 30

        class FakeExport:
            Accepted = QDialog.Accepted

            def __init__(self, *a, **k):
                pass

            def exec(self):  # 导出 pressed: the page writes the package while the dialog stays open
                self.submit(self.values())
                return QDialog.Accepted

            def values(self):
                return {"folder": str(tmp_path), "peer": "330102", "full": False, "passphrase": None, "fmt": 2}

            def done_ok(self):
                pass

            def show_error(self, message):
                shown["warning"] = message

        monkeypatch.setattr(page_module, "ExportDialog", FakeExport)
        shown.clear()
        page.export_package()
        qtbot.waitUntil(lambda: "info" in shown or "warning" in shown, timeout=30000)
        assert "warning" not in shown, shown.get("warning")
        assert "330100-to-330102-000001-" in shown["info"]
        assert page.history.rowCount() == 2
    finally:
        county.close()
        city.close()


def test_the_import_report_undoes_the_import(qtbot, tmp_path, monkeypatch):
    """撤销此次导入 in the report dialog (after a question whose default is No) takes the import back."""
    from PySide6.QtWidgets import QMessageBox

    from desktop.gui import exchange_dialogs
    from desktop.gui.pages import exchange as page_module
    from desktop.services.demo import generate

    county, city = make_office(tmp_path, "330102"), make_office(tmp_path, "330100")
    try:
        introduce([county, city], tmp_path)
        generate(county, 30, seed=12)
        deliver(city, send(county, city, tmp_path)["path"])
        shown = {}
        asked = []
        monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[4:]) or QMessageBox.Yes)
        monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: shown.setdefault("info", a[2]))
        monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.setdefault("warning", a[2]))
        monkeypatch.setattr(exchange_dialogs.ReportDialog, "exec", lambda self: self.undo_button.click())
        page = page_module.ExchangePage(city)
        qtbot.addWidget(page)
        page.history.setCurrentCell(0, 0)
        page.open_report()
        qtbot.waitUntil(lambda: "info" in shown or "warning" in shown, timeout=30000)
        assert "warning" not in shown, shown.get("warning")
        assert asked and asked[0][-1] == QMessageBox.No  # the default answer is No
        assert "已撤销" in shown["info"]
        with city.reading():
            assert Person.select().count() == 0
        assert exchange.package_history(city)[0]["state"] == "undone"
        report = exchange_dialogs.ReportDialog(exchange.import_report(city, exchange.package_history(city)[0]["id"]),
                                               on_undo=lambda: None)
        qtbot.addWidget(report)
        assert not hasattr(report, "undo_button")  # undone: nothing more to undo
    finally:
        county.close()
        city.close()
