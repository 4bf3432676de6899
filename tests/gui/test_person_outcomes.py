"""The case action dialog decides each person and picks a refusal's grounds from the rules file (issue 14)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QListWidget, QMessageBox

from desktop.gui import forms
from desktop.services import case_persons, cases, deeds, persons
from tests.gui.test_forms import show, type_text


@pytest.fixture(autouse=True)
def no_blocking_questions(monkeypatch):
    monkeypatch.setattr(QMessageBox, "exec", lambda box: QMessageBox.StandardButton.Discard)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Ok)


def test_confirm_one_person_and_refuse_the_other_with_picked_grounds(qtbot, sqlite_ledger, tmp_path):
    ledger = sqlite_ledger  # today 2026-11-28
    a = persons.create_person(ledger, {"name": "钱勇"})
    b = persons.create_person(ledger, {"name": "孙琦"})
    deed = deeds.record_deed(ledger, {"title": "抢险", "occurred_on": "2026-11-01", "division_code": "330102",
                                      "place": "江边", "category": "flood"},
                             [{"person_id": a["id"], "outcome": "unhurt"}, {"person_id": b["id"], "outcome": "unhurt"}])
    case = cases.open_case(ledger, deed["id"], {"source": "police", "received_on": "2026-11-02"})
    cases.act(ledger, case["id"], "accept", {"accepted_on": "2026-11-02", "accepting_unit": "上城分局"})
    cases.act(ledger, case["id"], "investigate")
    cases.act(ledger, case["id"], "inform", {"informed_on": "2026-11-03", "reasons": "孙琦未参与抢险"})
    cases.act(ledger, case["id"], "hear", {"statement_on": "2026-11-05"})
    panel = show(qtbot, forms.make_viewer(None, ledger, "case", case["id"]))
    dialog = panel.action_dialog("confirm")
    qtbot.addWidget(dialog)
    type_text(qtbot, dialog.editors["decision_no"], "上公确〔2026〕9号")
    combo = dialog.findChild(QComboBox, f"outcome_{b['id']}")
    grounds = dialog.findChild(QListWidget, f"grounds_{b['id']}")
    assert grounds.isHidden() and combo.currentData() == "confirmed"
    combo.setCurrentIndex(combo.findData("not_confirmed"))
    assert not grounds.isHidden() and grounds.count() >= 5
    assert any("第二条第二款" in grounds.item(i).text() for i in range(grounds.count()))
    qtbot.mouseClick(dialog.ok_button, Qt.LeftButton)  # no ground picked: refused, nothing written
    assert "理由" in dialog.banner.text() and cases.get_case(ledger, case["id"])["state"] == "informed"
    grounds.choose(["not_listed_act"])
    dialog.grab().save(str(tmp_path / "outcomes.png"))
    qtbot.mouseClick(dialog.ok_button, Qt.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    got = {x["name"]: (x["decision"], x["grounds"]) for x in case_persons.outcomes(ledger, case["id"])}
    assert got == {"钱勇": ("confirmed", []), "孙琦": ("not_confirmed", ["not_listed_act"])}


def test_persons_are_named_without_internal_numbers(qtbot, gui_app):
    """The picker names each person; two persons of one name are told apart by their place in the case."""
    from PySide6.QtWidgets import QLabel

    from desktop.gui.forms.person_outcomes import PersonOutcomes

    box = PersonOutcomes([{"person_id": 41, "name": "王伟"}, {"person_id": 57, "name": "李堃"},
                          {"person_id": 63, "name": "王伟"}], "confirmed")
    qtbot.addWidget(box)
    labels = [w.text() for w in box.findChildren(QLabel)]
    assert labels == ["王伟（第1位当事人）", "李堃", "王伟（第3位当事人）"]
    assert not any(str(n) in "".join(labels) for n in (41, 57, 63))
