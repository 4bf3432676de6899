"""The case form and the procedure (issue 15): a late step takes a reason in the action dialog."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop.gui import forms
from desktop.services import cases, deeds, persons
from tests.gui.test_forms import show, type_text


@pytest.fixture(autouse=True)
def no_blocking_questions(monkeypatch):
    monkeypatch.setattr(QMessageBox, "exec", lambda box: QMessageBox.StandardButton.Discard)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Ok)


def test_late_decision_through_the_dialog_needs_the_optional_reason(qtbot, sqlite_ledger, tmp_path):
    ledger = sqlite_ledger  # today 2026-11-28
    p = persons.create_person(ledger, {"name": "钱勇"})
    deed = deeds.record_deed(ledger, {"title": "抢险", "occurred_on": "2026-10-01", "division_code": "330102",
                                      "place": "江边", "category": "flood"}, [{"person_id": p["id"], "outcome": "unhurt"}])
    case = cases.open_case(ledger, deed["id"], {"source": "police", "received_on": "2026-10-02"})
    cases.act(ledger, case["id"], "accept", {"accepted_on": "2026-10-08", "accepting_unit": "上城分局"})
    cases.act(ledger, case["id"], "investigate")  # 30 days end on Saturday 7 November: due Monday the 9th
    panel = show(qtbot, forms.make_viewer(None, ledger, "case", case["id"]))
    label = panel.findChild(type(panel.state), "deadline_decision")
    assert "顺延至下一个工作日2026-11-09" in label.toolTip()
    dialog = panel.action_dialog("confirm")
    qtbot.addWidget(dialog)
    assert set(dialog.editors) == {"decision_no", "decision_date", "late_reason"}
    type_text(qtbot, dialog.editors["decision_no"], "上公确〔2026〕8号")
    qtbot.mouseClick(dialog.ok_button, Qt.LeftButton)
    assert "逾期" in dialog.banner.text() and cases.get_case(ledger, case["id"])["state"] == "investigating"
    dialog.editors["late_reason"].setPlainText("关键证人因病住院，无法及时询问")
    dialog.grab().save(str(tmp_path / "late.png"))
    qtbot.mouseClick(dialog.ok_button, Qt.LeftButton)
    done = cases.get_case(ledger, case["id"])
    assert done["state"] == "confirmed" and done["late_steps"][0]["reason"] == "关键证人因病住院，无法及时询问"
