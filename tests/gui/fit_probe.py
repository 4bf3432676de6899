"""Opens every page and dialog at one screen size and scale; prints what does not fit (JSON).

    QT_SCALE_FACTOR=1.25 python -m tests.gui.fit_probe 1920x1080 [screenshot folder]

Run in its own process (the scale factor is read when the application starts) by
tests/gui/test_fit.py. The main window gets the screen's logical size (pixels / scale), less a
task bar; each dialog its own size, no larger than the screen.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
import tempfile
import traceback
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # emulate_screen() adds the screen's size
os.environ.setdefault("YIYONG_HOME", tempfile.mkdtemp(prefix="yiyong-fit-"))


def emulate_screen(size: str) -> None:
    """Give the offscreen platform a screen of this size (its own is 800×600): a dialog that sizes
    itself from its screen then does as it would on the office PC. Before Qt starts."""
    width, height = (int(x) for x in size.split("x"))
    if os.environ.get("QT_QPA_PLATFORM", "offscreen").startswith("offscreen"):
        config = Path(tempfile.mkdtemp(prefix="yiyong-screen-")) / "screen.json"
        config.write_text(json.dumps({"screens": [{"name": "office", "x": 0, "y": 0, "width": width,
                                                   "height": height - 40,  # less the task bar
                                                   "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
        os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"


def _settle(app, rounds: int = 80) -> None:
    import time

    from desktop.gui import workers
    for _ in range(rounds):
        app.processEvents()
        if not workers._RUNNING:
            break
        time.sleep(0.03)
    for _ in range(4):
        app.processEvents()


def main(size: str = "1366x768", shots: str | None = None) -> dict:
    from PySide6.QtCore import QCoreApplication, QSettings
    from PySide6.QtWidgets import QApplication, QTabWidget

    from desktop.gui import forms
    from desktop.gui.app import setup_application
    from desktop.gui.main_window import MainWindow
    from desktop.gui.pages import PAGES
    from desktop.services import awards, cases, demo, persons
    from desktop.services.ledger import Ledger
    from desktop.services.office import init_office
    from tests.gui.fit import problems

    QCoreApplication.setOrganizationName("YiyongFit")
    QCoreApplication.setApplicationName("fit")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp())
    app = QApplication.instance() or QApplication(sys.argv[:1])
    setup_application(app, "zh_CN")
    scale = float(os.environ.get("QT_SCALE_FACTOR", "1") or 1)
    width, height = (int(x) for x in size.split("x"))
    screen_w, screen_h = int(width / scale), int((height - 40) / scale)  # less the task bar
    area = app.primaryScreen().availableGeometry()
    assert abs(area.width() - screen_w) <= 2 or not os.environ["QT_QPA_PLATFORM"].startswith("offscreen:"), area
    ledger = Ledger.open(str(Path(tempfile.mkdtemp()) / "fit.db"), actor="演示用户", today=dt.date(2026, 11, 28))
    init_office(ledger, "330102", "杭州市公安局上城区分局")
    demo.generate(ledger, 60)
    found: dict[str, list[str]] = {}
    failed: dict[str, str] = {}
    out = Path(shots) if shots else None
    if out:
        out.mkdir(parents=True, exist_ok=True)

    def look(name: str, widget) -> None:
        _settle(app)
        found[name] = problems(widget)
        if out:
            widget.grab().save(str(out / f"{name}.png"))

    window = MainWindow(ledger)
    window.resize(min(1366, screen_w), min(768, screen_h))
    window.show()
    for key, _title, _target in PAGES:
        window.show_page(key)
        look(f"page-{key}", window)
        for tabs in window.page(key).findChildren(QTabWidget):
            for i in range(1, tabs.count()):
                tabs.setCurrentIndex(i)
                look(f"page-{key}-tab{i + 1}", window)
            tabs.setCurrentIndex(0)

    person = persons.search_persons(ledger, "")[0] if hasattr(persons, "search_persons") else None
    some_case = cases.list_cases(ledger)[0] if hasattr(cases, "list_cases") else None
    dialogs = {
        "form-person": lambda: forms.make_form(window, ledger, "person"),
        "form-deed": lambda: forms.make_form(window, ledger, "deed"),
        "form-batch": lambda: forms.make_form(window, ledger, "batch"),
        "form-award": lambda: forms.make_form(window, ledger, "award", person_id=person["id"]),
        "form-guarantee": lambda: forms.make_form(window, ledger, "guarantee", person_id=person["id"]),
        "form-visit": lambda: forms.make_form(window, ledger, "visit", person_id=person["id"]),
        "form-publicity": lambda: forms.make_form(window, ledger, "publicity", person_id=person["id"]),
        "form-family": lambda: forms.make_form(window, ledger, "family_member", person_id=person["id"]),
        "person-page": lambda: forms.make_viewer(window, ledger, "person", person["id"]),
        "case-panel": lambda: forms.make_viewer(window, ledger, "case", some_case["id"]),
        "batch": lambda: forms.make_viewer(window, ledger, "batch", awards.list_batches(ledger)[0]["id"]),
    }
    from desktop.gui import exchange_dialogs, import_dialog, login, template_editor, wizard
    from desktop.gui.first_run import OfficeDialog
    from desktop.gui.help import GuideDialog
    from desktop.gui.pages.letters import LetterSettingsDialog
    from desktop.services import exchange
    dialogs.update({
        "export-dialog": lambda: exchange_dialogs.ExportDialog(exchange.offices(ledger),
                                                              None, window),
        "import-ledger": lambda: import_dialog.ImportDialog(ledger, window),
        "login": lambda: login.LoginDialog(ledger, window),
        "template-editor": lambda: template_editor.TemplateEditor(ledger, "commendation", None, window),
        "letter-settings": lambda: LetterSettingsDialog(ledger, window),
        "office-dialog": lambda: OfficeDialog(ledger, window),
        "guide": lambda: GuideDialog(window),
        "first-run-wizard": lambda: wizard.FirstRunWizard(ledger, window),
    })
    for name, make in dialogs.items():
        try:
            dialog = make()
            dialog.show()  # the size it gives itself, as on the clerk's screen
            if dialog.width() > screen_w or dialog.height() > screen_h:  # as the window manager would
                dialog.resize(min(dialog.width(), screen_w), min(dialog.height(), screen_h))
            look(name, dialog)
            if hasattr(dialog, "next") and hasattr(dialog, "currentId"):  # a wizard: every page
                for i in range(2, 6):
                    before = dialog.currentId()
                    dialog.next()
                    if dialog.currentId() == before:
                        break
                    look(f"{name}-{i}", dialog)
            dialog.hide()
            dialog.deleteLater()
        except Exception:  # noqa: BLE001 - reported, the others still looked at
            failed[name] = traceback.format_exc(limit=3)
    window.close()
    result = {"size": size, "scale": scale, "problems": {k: v for k, v in found.items() if v},
              "looked_at": sorted(found), "failed": failed}
    print("RESULT " + json.dumps(result, ensure_ascii=False))
    return result


if __name__ == "__main__":
    emulate_screen(sys.argv[1] if len(sys.argv) > 1 else "1366x768")
    r = main(*sys.argv[1:])
    for name, lines in r["problems"].items():
        for line in lines:
            print(name, line, file=sys.stderr)
    for name, tb in r["failed"].items():
        print("FAILED", name, tb, file=sys.stderr)
    import os as _os
    _os._exit(0)
