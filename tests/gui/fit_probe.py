"""Opens every page, menu and dialog at one screen size and scale; prints what does not fit (JSON).

    QT_SCALE_FACTOR=1.25 python -m tests.gui.fit_probe 1920x1080 [screenshot folder]

Run in its own process (the scale factor is read when the application starts) by
tests/gui/test_fit.py and docs/screenshots/make.py. The main window gets the whole screen less a task
bar (as maximised); each dialog its own size, no larger than that. Besides text that does not show
whole, a window that cannot shrink to the screen is a problem (its bottom or right edge would be off it).

Every QDialog subclass in desktop/gui is opened (RESULT's "dialog_classes" lists them all, "opened" the
ones looked at); the case panel's actions are opened one by one, every one the workflow has.
"""

from __future__ import annotations

import datetime as dt
import importlib
import json
import os
import pkgutil
import sys
import tempfile
import traceback
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # emulate_screen() adds the screen's size
os.environ.setdefault("YIYONG_HOME", tempfile.mkdtemp(prefix="yiyong-fit-"))

TASK_BAR = 40  # px the task bar takes from the screen's height, before scaling
# base classes never shown themselves: each is covered by its subclasses
ABSTRACT_DIALOGS = {"desktop.gui.forms.base.RecordDialog", "desktop.gui.forms.records.PersonOwnedDialog"}


def emulate_screen(size: str) -> None:
    """Give the offscreen platform a screen of this size (its own is 800×600): a dialog that sizes
    itself from its screen then does as it would on the office PC. Before Qt starts."""
    width, height = (int(x) for x in size.split("x"))
    if os.environ.get("QT_QPA_PLATFORM", "offscreen").startswith("offscreen"):
        config = Path(tempfile.mkdtemp(prefix="yiyong-screen-")) / "screen.json"
        config.write_text(json.dumps({"screens": [{"name": "office", "x": 0, "y": 0, "width": width,
                                                   "height": height - TASK_BAR,
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


def dialog_classes() -> list[str]:
    """Every QDialog subclass (QWizard, QMessageBox subclasses too) defined in desktop/gui."""
    import desktop.gui
    from PySide6.QtWidgets import QDialog
    for info in pkgutil.walk_packages(desktop.gui.__path__, "desktop.gui."):
        importlib.import_module(info.name)
    found: set[str] = set()
    todo = [QDialog]
    while todo:
        cls = todo.pop()
        for sub in cls.__subclasses__():
            todo.append(sub)
            if sub.__module__.startswith("desktop.gui"):
                found.add(f"{sub.__module__}.{sub.__qualname__}")
    return sorted(found)


def _menu_problems(menu, screen_w: int) -> list[str]:
    """A menu sizes itself to its longest entry; an entry is cut only when the menu would pass the screen."""
    from PySide6.QtGui import QFontMetrics
    fm = QFontMetrics(menu.font())
    out = []
    for action in menu.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        text = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
        shortcut = action.shortcut().toString(action.shortcut().SequenceFormat.NativeText)
        need = fm.horizontalAdvance(text) + (fm.horizontalAdvance(shortcut) + 12 if shortcut else 0) + 24
        rect = menu.actionGeometry(action)
        if need > rect.width() + 1:
            out.append(f"[{menu.title()}] menu entry “{text}” needs {need} px, has {rect.width()}")
        if fm.height() > rect.height() + 2:
            out.append(f"[{menu.title()}] menu entry “{text}” cut at top or bottom")
    if menu.width() > screen_w:
        out.append(f"[{menu.title()}] menu is {menu.width()} px wide, the screen {screen_w}")
    return out


def _exchange_fixtures(ledger, folder: Path) -> dict:
    """A city office that received the demo county's data, both changed one person, and the city sent its
    change back: the county has an import history, a conflict to merge and a package to preview."""
    from desktop.services import exchange
    from desktop.store.models import Person
    from tests.sync.helpers import deliver, introduce, make_office, send

    exchange.ensure_keys(ledger)
    city = make_office(folder, "330100")
    introduce([ledger, city], folder)
    deliver(city, send(ledger, city, folder)["path"])
    with ledger.reading():
        uuid = Person.select().order_by(Person.id).first().uuid
    for office, values in ((ledger, {"phone": "13911112222"}), (city, {"address": "杭州市上城区清波街道河坊街 8 号",
                                                                       "notes": "市协会核实后更正住址"})):
        with office.atomic() as w:
            w.update(Person.get(Person.uuid == uuid), values)
    deliver(ledger, send(city, ledger, folder)["path"])
    with city.atomic() as w:
        w.update(Person.get(Person.uuid == uuid), {"notes": "市协会又一次核实"})
    preview = exchange.import_package(ledger, send(city, ledger, folder)["path"], dry_run=True,
                                      confirm_trust=lambda info: True)
    history = [h for h in exchange.package_history(ledger) if h["direction"] == "in"]
    conflicts = exchange.list_conflicts(ledger)
    city.close()
    return {"preview": preview, "history": history, "conflicts": conflicts}


def main(size: str = "1366x768", shots: str | None = None) -> dict:
    from PySide6.QtCore import QCoreApplication, QSettings
    from PySide6.QtWidgets import QApplication, QScrollArea, QTabWidget

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
    screen_w, screen_h = int(width / scale), int((height - TASK_BAR) / scale)  # less the task bar
    area = app.primaryScreen().availableGeometry()
    assert abs(area.width() - screen_w) <= 2 or not os.environ["QT_QPA_PLATFORM"].startswith("offscreen:"), area
    classes = dialog_classes()
    folder = Path(tempfile.mkdtemp())
    ledger = Ledger.open(str(folder / "fit.db"), actor="演示用户", today=dt.date(2026, 11, 28))
    init_office(ledger, "330102", "杭州市公安局上城区分局")
    demo.generate(ledger, 60)
    found: dict[str, list[str]] = {}
    failed: dict[str, str] = {}
    opened: set[str] = set()
    out = Path(shots) if shots else None
    if out:
        out.mkdir(parents=True, exist_ok=True)
    try:
        exchanged = _exchange_fixtures(ledger, folder)
    except Exception:  # noqa: BLE001 - reported; the rest is still looked at
        failed["exchange-fixtures"] = traceback.format_exc(limit=4)
        exchanged = {"preview": None, "history": [], "conflicts": []}
    ledger.close()  # the fixtures' writes seen by a fresh connection (as the program would after an import)
    ledger = Ledger.open(str(folder / "fit.db"), actor="演示用户", today=dt.date(2026, 11, 28))

    def fits_screen(widget) -> list[str]:
        need = widget.minimumSizeHint().expandedTo(widget.minimumSize())
        out_ = []
        if need.width() > screen_w or need.height() > screen_h:
            out_.append(f"[{widget.windowTitle()}] needs at least {need.width()}×{need.height()} px, the screen "
                        f"has {screen_w}×{screen_h}")
        elif widget.width() > screen_w or widget.height() > screen_h:
            out_.append(f"[{widget.windowTitle()}] is {widget.width()}×{widget.height()} px, the screen "
                        f"has {screen_w}×{screen_h}")
        return out_

    def look(name: str, widget, whole=None) -> None:
        _settle(app)
        found[name] = problems(widget) + fits_screen(whole or widget)
        if out:
            widget.grab().save(str(out / f"{name}.png"))

    window = MainWindow(ledger)
    from desktop.gui.databases import Switcher
    Switcher(ledger, window)  # 文件 → 新建/打开数据库, recent databases; the title names the database
    from desktop.gui.help import install_help_menu
    install_help_menu(window)  # 使用指南, 打开数据文件夹, 关于, as the program has them
    window.resize(screen_w, screen_h)  # maximised, as the clerk has it
    window.show()
    for key, _title, _target in PAGES:
        window.show_page(key)
        look(f"page-{key}", window)
        for tabs in window.page(key).findChildren(QTabWidget):
            for i in range(1, tabs.count()):
                tabs.setCurrentIndex(i)
                look(f"page-{key}-tab{i + 1}", window)
            tabs.setCurrentIndex(0)
        for scroll in window.page(key).findChildren(QScrollArea):  # what is below the fold (backups, …)
            bar = scroll.verticalScrollBar()
            if scroll.isVisible() and bar.isVisible() and bar.maximum() > 0:
                bar.setValue(bar.maximum())
                look(f"page-{key}-end", window)
                bar.setValue(0)
    window.show_page("home")
    _settle(app)
    for i, action in enumerate(window.menuBar().actions()):
        menu = action.menu()
        if menu is None:
            continue
        menu.popup(window.mapToGlobal(window.menuBar().actionGeometry(action).bottomLeft()))
        _settle(app)
        found[f"menu-{i + 1}"] = _menu_problems(menu, screen_w)
        for sub in (a.menu() for a in menu.actions() if a.menu() is not None):
            found[f"menu-{i + 1}"] += _menu_problems(sub, screen_w)
        if out:  # the window with its menu open, as the clerk sees it
            shot = window.grab()
            from PySide6.QtGui import QPainter
            painter = QPainter(shot)
            painter.drawPixmap(window.mapFromGlobal(menu.pos()), menu.grab())
            painter.end()
            shot.save(str(out / f"menu-{i + 1}.png"))
        menu.hide()
    bar = window.menuBar()
    titles = sum(bar.actionGeometry(a).width() for a in bar.actions())
    if titles > bar.width():
        found.setdefault("menu-1", []).append(f"the menu bar's titles need {titles} px, it has {bar.width()}")

    all_persons = persons.search_persons(ledger, "")
    person = all_persons[0]
    richest = max(all_persons, key=lambda p: len(str(p.get("address") or "")) + len(str(p.get("name") or "")))

    def records(person_id: int) -> int:  # how full the person's page is
        overview = persons.person_overview(ledger, person_id)
        return sum(len(v) for v in overview.values() if isinstance(v, list))
    busiest = max(all_persons[:40], key=lambda p: records(p["id"]))
    case_list = cases.list_cases(ledger)
    full = {c["id"]: cases.get_case(ledger, c["id"]) for c in case_list}  # an open case with the longest history
    some_case = max(case_list, key=lambda c: (bool(full[c["id"]]["allowed_actions"]), len(full[c["id"]]["events"])))
    a_case = dict(cases.get_case(ledger, some_case["id"]))
    from desktop.domain import workflow
    actions = {code: {"code": a.code, "label": a.label, "required": [list(r) for r in a.required], "help": a.help,
                      "optional": [list(r) for r in a.optional]} for code, a in workflow.ACTIONS.items()}
    deed_id = a_case["deed_id"]

    from desktop.gui import accounts_widget, exchange_dialogs, help, import_dialog, login, template_editor, wizard
    from desktop.gui.first_run import OfficeDialog
    from desktop.gui.forms.case import ActionDialog, CaseDialog
    from desktop.gui.dialogs.transfer import TransferDialog
    from desktop.gui.forms.person import PersonDialog
    from desktop.gui.pages.letters import LetterSettingsDialog
    from desktop.gui.pages.stats import DRILL_ROLE, RecordsDialog
    from desktop.services import exchange

    dialogs = {
        "form-person": lambda: forms.make_form(window, ledger, "person"),
        "form-person-edit": lambda: PersonDialog(window, ledger, richest["id"]),
        "form-deed": lambda: forms.make_form(window, ledger, "deed"),
        "form-deed-edit": lambda: forms.make_viewer(window, ledger, "deed", deed_id),
        "form-case": lambda: forms.make_form(window, ledger, "case", deed_id=deed_id),
        "form-case-no-deed": lambda: forms.make_form(window, ledger, "case"),
        "form-case-edit": lambda: CaseDialog(window, ledger, some_case["id"]),
        "form-batch": lambda: forms.make_form(window, ledger, "batch"),
        "form-award": lambda: forms.make_form(window, ledger, "award", person_id=person["id"]),
        "form-guarantee": lambda: forms.make_form(window, ledger, "guarantee", person_id=person["id"]),
        "form-visit": lambda: forms.make_form(window, ledger, "visit", person_id=person["id"]),
        "form-publicity": lambda: forms.make_form(window, ledger, "publicity", person_id=person["id"]),
        "form-family": lambda: forms.make_form(window, ledger, "family_member", person_id=person["id"]),
        "person-page": lambda: forms.make_viewer(window, ledger, "person", busiest["id"]),
        "case-panel": lambda: forms.make_viewer(window, ledger, "case", some_case["id"]),
        "batch": lambda: forms.make_viewer(window, ledger, "batch", awards.list_batches(ledger)[0]["id"]),
    }
    for code, action in actions.items():  # on a case in a state the action is for, where the demo has one
        source = next((c for c in case_list if c.get("state") in workflow.ACTIONS[code].sources), some_case)
        dialogs[f"case-action-{code}"] = lambda action=action, cid=source["id"]: ActionDialog(
            window, ledger, dict(cases.get_case(ledger, cid)), action)
    dialogs.update({
        "export-dialog": lambda: exchange_dialogs.ExportDialog(exchange.offices(ledger), None, window),
        "import-ledger": lambda: import_dialog.ImportDialog(ledger, window),
        "import-ledger-preview": lambda: import_dialog.ImportDialog(ledger, window, messy_ledger()),
        "login": lambda: login.LoginDialog(ledger, window),
        "new-user": lambda: accounts_widget.NewUserDialog(window),
        "template-editor": lambda: template_editor.TemplateEditor(ledger, "commendation", None, window),
        "letter-settings": lambda: LetterSettingsDialog(ledger, window),
        "office-dialog": lambda: OfficeDialog(ledger, window),
        "guide": lambda: help.GuideDialog(window),
        "about": lambda: help.AboutDialog(window),
        "first-run-wizard": lambda: wizard.FirstRunWizard(ledger, window),
        "case-transfer": lambda: TransferDialog(window, ledger, dict(cases.get_case(ledger, some_case["id"]))),
    })
    if exchanged["preview"] is not None:
        dialogs["exchange-preview"] = lambda: exchange_dialogs.PreviewDialog(exchanged["preview"], window)
    for h in exchanged["history"][:1]:
        dialogs["exchange-report"] = lambda h=h: exchange_dialogs.ReportDialog(
            dict(exchange.import_report(ledger, h["id"]), peer_label=exchange.office_label(ledger, h["peer"])), window)
    for c in exchanged["conflicts"][:1]:
        dialogs["exchange-merge"] = lambda c=c: exchange_dialogs.MergeDialog(
            dict(exchange.conflict_detail(ledger, c["id"]), remote_office_label=exchange.office_label(
                ledger, c["remote_office"])), window)
    def messy_ledger() -> str:  # a county's Excel ledger as it arrives: merged cells, cut IDs, errors
        from tests.tabular.messy import write_messy_xlsx
        path = folder / "台账.xlsx"
        write_messy_xlsx(path)
        return str(path)

    stats = window.page("stats")
    drills: dict[str, dict] = {}
    from PySide6.QtWidgets import QTableWidget
    for table in stats.findChildren(QTableWidget):
        for r in range(table.rowCount()):
            for c in range(table.columnCount()):
                item = table.item(r, c)
                drill = item.data(DRILL_ROLE) if item is not None else None
                if drill and drill.get("kind") not in drills:
                    drills[drill["kind"]] = drill
    for kind, drill in drills.items():
        dialogs[f"stats-records-{kind}"] = lambda drill=drill: RecordsDialog(ledger, drill, window)

    for name, make in dialogs.items():
        try:
            dialog = make()
            opened.update(f"{k.__module__}.{k.__qualname__}" for k in type(dialog).__mro__)
            dialog.show()  # the size it gives itself, as on the clerk's screen
            if dialog.width() > screen_w or dialog.height() > screen_h:  # as the window manager would
                dialog.resize(min(dialog.width(), screen_w), min(dialog.height(), screen_h))
                dialog.move(0, 0)
            look(name, dialog)
            for scroll in dialog.findChildren(QScrollArea):  # what is below the fold (a checklist, a history)
                bar = scroll.verticalScrollBar()
                if scroll.isVisible() and bar.isVisible() and bar.maximum() > 0:
                    bar.setValue(bar.maximum())
                    look(f"{name}-end", dialog)
                    bar.setValue(0)
                    break
            if hasattr(dialog, "pageIds"):  # a wizard: every page
                for i, page_id in enumerate(dialog.pageIds()[1:], start=2):
                    dialog.next()
                    if dialog.currentId() != page_id:  # a page that checks what was typed: shown as it is
                        dialog.setStartId(page_id)
                        dialog.restart()
                    look(f"{name}-{i}", dialog)
            dialog.hide()
            dialog.deleteLater()
        except Exception:  # noqa: BLE001 - reported, the others still looked at
            failed[name] = traceback.format_exc(limit=4)
    window.close()
    result = {"size": size, "scale": scale, "problems": {k: v for k, v in found.items() if v},
              "looked_at": sorted(found), "failed": failed, "dialog_classes": classes,
              "opened": sorted(c for c in opened if c.startswith("desktop.gui")), "abstract": sorted(ABSTRACT_DIALOGS)}
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
    missing = set(r["dialog_classes"]) - set(r["opened"]) - set(r["abstract"])
    for name in sorted(missing):
        print("NOT OPENED", name, file=sys.stderr)
    import os as _os
    _os._exit(0)
