"""Screenshots of the forms with demo data: the person form (an ID error shown), the deed form,
the case panel, a person's page. The test takes them into a temporary folder and checks they are
real pictures; run as a module to refresh docs/screenshots:

    QT_QPA_PLATFORM=offscreen python -m tests.gui.test_forms_screenshots docs/screenshots
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# the dialogs' own default sizes: each fits a 1366×768 screen
SIZES = {"form_person.png": (900, 680), "form_deed.png": (940, 700), "case.png": (980, 680),
         "person_page.png": (1240, 680)}


def _busiest_person(ledger) -> int:
    from desktop.services import persons

    def weight(p):
        o = persons.person_overview(ledger, p["id"])
        return sum(len(o[k]) for k in ("deeds", "awards", "guarantees", "family", "visits", "publicity"))
    return max(persons.search_persons(ledger, "", limit=60), key=weight)["id"]


def _urgent_case(ledger) -> int:
    from desktop.services import cases, deeds

    today = ledger.today()
    for c in cases.list_cases(ledger, filters={"open": True}, limit=100):
        if c["state"] in ("accepted", "investigating") and any(d["status"] == "near" for d in c["deadlines"]):
            return c["id"]
    accepted = today - dt.timedelta(days=27)
    for d in deeds.list_deeds(ledger, limit=200):
        full = deeds.get_deed(ledger, d["id"])
        if not full["cases"] and d["occurred_on"] < accepted - dt.timedelta(days=2):
            name = full["participants"][0]["person_name"]
            case = cases.open_case(ledger, d["id"], {"source": "self", "applicant_name": name,
                                                     "received_on": accepted - dt.timedelta(days=2)})
            cases.act(ledger, case["id"], "accept", {"accepted_on": accepted, "accepting_unit": "上城区分局（演示）"})
            cases.act(ledger, case["id"], "investigate")
            return case["id"]
    return cases.list_cases(ledger, limit=1)[0]["id"]


def take(out: Path, ledger=None) -> list[Path]:
    from PySide6.QtWidgets import QApplication

    from desktop.domain.id_number import check_digit
    from desktop.gui import forms
    from desktop.gui.app import setup_application
    from desktop.services import deeds, demo
    from desktop.services.ledger import Ledger
    from desktop.services.office import init_office

    app = QApplication.instance() or QApplication(sys.argv[:1])
    setup_application(app, "zh_CN")
    if ledger is None:
        ledger = Ledger.open(str(Path(tempfile.mkdtemp()) / "shots.db"), actor="演示用户", today=dt.date(2026, 11, 28))
        init_office(ledger, "330102", "杭州市公安局上城区分局")
        demo.generate(ledger, 60)
    out.mkdir(parents=True, exist_ok=True)
    shots = []

    def grab(widget, name):
        widget.resize(*SIZES[name])
        widget.show()
        for _ in range(3):
            app.processEvents()
        path = out / name
        widget.grab().save(str(path))
        shots.append(path)
        widget.is_dirty = lambda: False  # leave without the unsaved-changes question
        widget.close()

    # the person form while the user types a wrong ID number
    person = forms.make_form(None, ledger, "person")
    ed = person.form.editors
    ed["name"].widget.setText("王小明")
    first17 = "33010219900307123"
    wrong = "1" if check_digit(first17) != "1" else "2"
    ed["id_number"].widget.setText(first17 + wrong)
    ed["phone"].widget.setText("13800001111")
    ed["occupation"].widget.setText("出租车司机")
    ed["employer"].widget.setText("杭州某出租汽车有限公司（虚构）")
    grab(person, "form_person.png")

    # a deed with two people and its case
    rich = next(d for d in deeds.list_deeds(ledger, limit=50) if len(deeds.get_deed(ledger, d["id"])["participants"]) > 1)
    grab(forms.make_viewer(None, ledger, "deed", rich["id"]), "form_deed.png")

    # a case under way whose deadline is near: a demo deed's application, accepted 27 days ago
    grab(forms.make_viewer(None, ledger, "case", _urgent_case(ledger)), "case.png")

    grab(forms.make_viewer(None, ledger, "person", _busiest_person(ledger)), "person_page.png")
    return shots


def test_form_screenshots_are_real_pictures(qapp, tmp_path, sqlite_ledger):
    from PySide6.QtGui import QImage

    from desktop.services import demo

    demo.generate(sqlite_ledger, 60)
    for path in take(tmp_path, sqlite_ledger):
        image = QImage(str(path))
        assert (image.width(), image.height()) == SIZES[path.name]
        colours = {image.pixel(x, y) for x in range(0, image.width(), 37) for y in range(0, image.height(), 29)}
        assert len(colours) > 8, path.name  # not a blank window


if __name__ == "__main__":
    for p in take(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")):
        print(p)
