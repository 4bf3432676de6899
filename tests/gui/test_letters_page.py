"""文书打印 page offscreen: preview, issue, reprint, batch, settings, and the template editor."""

from __future__ import annotations

import pytest

from desktop.services import awards, documents

from .conftest import wait_idle


@pytest.fixture(autouse=True)
def _home(tmp_path, monkeypatch):
    monkeypatch.setenv("YIYONG_HOME", str(tmp_path / "home"))


@pytest.fixture
def page(qtbot, gui_app, demo_ledger):
    from desktop.gui.pages.letters import LettersPage

    w = LettersPage(demo_ledger)
    qtbot.addWidget(w)
    w.resize(1300, 820)
    w.show()
    w.asked = []
    w.confirm_issue = lambda plan, folder: w.asked.append(plan) or True  # the clerk answers 签发
    return w


def _choose(page, kind, name=None):
    page.kind.setCurrentIndex(page.kind.findData(kind))
    if name:
        page.search.setText(name)
        page._search_timer.stop()
        page.search_people()
        page.people.setCurrentRow(0)
        assert page.people.currentItem().text().startswith(name)


def test_preview_issue_and_reprint_a_letter(page, qtbot, tmp_path):
    _choose(page, "commendation", "李堃")
    assert page.make_preview()
    assert page.preview.pages is not None and page.preview.pages.count == 1
    assert "未签发" in page.message.text()
    page.issue()
    wait_idle(qtbot)
    assert page.last_result is not None, page.message.text()
    number = page.last_result["documents"][0]["number_text"]
    # 李堃's latest award is in the province's batch: its body signs, its number is printed (issue 14)
    assert number == "演浙见〔2026〕1号" and number in page.message.text()
    assert [(a["kind_label"], a["labels"], a["first_number"]) for a in page.asked] == [
        ("表彰信", ["李堃"], number)]  # asked once, with the number it took
    assert page.last_pdf.name == f"表彰信-李堃-{number}.pdf"  # the person's name and the number
    assert page.issued.rowCount() == 1 and page.issued.item(0, 0).text() == number
    page.issued.selectRow(0)
    r = page.reprint()
    assert r["identical"] and "完全一致" in page.message.text()
    page.grab().save(str(tmp_path / "letters-page.png"))


def test_issuing_again_reprints_and_reissue_asks_a_reason(page, qtbot, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    _choose(page, "condolence", "王喆")
    page.issue()
    wait_idle(qtbot)
    first = page.last_result["documents"][0]["number_text"]
    page.issue()  # the same record and kind: the registered letter again, no new number
    wait_idle(qtbot)
    assert page.last_result["documents"][0]["number_text"] == first
    assert "按原文号重印" in page.message.text()
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("地址有误", True)))
    page.reissue()
    wait_idle(qtbot)
    doc = page.last_result["documents"][0]
    assert doc["number_text"] != first and doc["supersedes"] == first


def test_batch_certificates_in_background(page, qtbot, demo_ledger):
    batch = awards.list_batches(demo_ledger, year=2026)[0]
    _choose(page, "certificate")
    page.whole_batch.setChecked(True)
    page.batch.setCurrentIndex(page.batch.findData(batch["id"]))
    assert not page.people.isEnabled()
    page.issue()
    wait_idle(qtbot, 60000)
    assert page.last_result is not None, page.message.text()
    assert len(page.last_result["documents"]) == batch["award_count"] == 23
    assert page.preview.pages.count == 23


def test_refusals_show_in_the_page(page):
    _choose(page, "condolence", "李堃")  # unhurt: no condolence letter
    assert not page.make_preview()
    assert "慰问信只用于" in page.message.text()
    page.people.clearSelection()
    page.people.setCurrentItem(None)
    _choose(page, "decision")
    page.people.setCurrentItem(None)
    assert not page.make_preview()
    assert "请先在列表中选择人员" in page.message.text()


def test_settings_dialog_saves(page, demo_ledger, monkeypatch):
    from desktop.gui.pages import letters

    warnings = []
    monkeypatch.setattr(letters.QMessageBox, "warning", lambda parent, title, text: warnings.append(text))
    LetterSettingsDialog = letters.LetterSettingsDialog

    d = LetterSettingsDialog(demo_ledger, page)
    d.short_name.setText("上见")
    d.date_style.setCurrentIndex(d.date_style.findData("chinese"))
    d.offset_x.setValue(2.5)
    d.save()
    s = documents.letter_settings(demo_ledger)
    assert (s["short_name"], s["date_style"], s["cert_offset_x"]) == ("上见", "chinese", 2.5)
    d = LetterSettingsDialog(demo_ledger, page)
    d.short_name.setText("")
    d.save()  # refused: a warning, nothing stored
    assert warnings and "机关代字" in warnings[0]
    assert documents.letter_settings(demo_ledger)["short_name"] == "上见"


def test_template_editor_live_preview_and_save(qtbot, gui_app, demo_ledger):
    from desktop.gui.template_editor import TemplateEditor

    e = TemplateEditor(demo_ledger, "condolence")
    qtbot.addWidget(e)
    assert e.preview.pages is not None and "未签发" in e.status.text()
    e.text.setPlainText(e.text.toPlainText().replace("{deed.place}", "{deed.street}"))
    qtbot.waitUntil(lambda: "预览失败" in e.status.text(), timeout=5000)  # on the timer
    assert "{deed.street}" in e.status.text()
    e.text.setPlainText(e.text.toPlainText().replace("{deed.street}", "{deed.place}").replace("斯人已逝", "英雄已逝"))
    qtbot.waitUntil(lambda: "预览已更新" in e.status.text(), timeout=5000)
    e.save()
    assert "2026.2" in e.status.text() and "2026.2" in e.version.text()
    text, version, own = documents.template_text("condolence")
    assert own and version == "2026.2" and "英雄已逝" in text


def test_issuing_asks_once_and_a_no_takes_no_number(qtbot, gui_app, demo_ledger, monkeypatch):
    """Issue 18: 签发 took a number in one click without asking; files were named 荣誉证书-人员1-….pdf."""
    from PySide6.QtWidgets import QMessageBox

    from desktop.gui.pages.letters import LettersPage
    page = LettersPage(demo_ledger)
    qtbot.addWidget(page)
    page.show()
    shown = []

    def answer(box, which):
        shown.append(box.text())
        for b in box.buttons():
            if b.text() == which:
                b.click()
        return 0
    monkeypatch.setattr(QMessageBox, "exec", lambda box: answer(box, "取消"))
    _choose(page, "commendation", "李堃")
    page.issue()
    assert len(shown) == 1 and "李堃" in shown[0] and "演浙见〔2026〕1号" in shown[0] and "表彰信" in shown[0]
    assert "未签发" in page.message.text() and documents.list_documents(demo_ledger) == []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: answer(box, "签发"))
    page.issue()
    wait_idle(qtbot)
    assert len(shown) == 2 and page.last_result["documents"][0]["number_text"] == "演浙见〔2026〕1号"  # the batch's


def test_a_person_not_to_be_publicised_is_not_named_in_file_names(demo_ledger):
    from desktop.services import issue_plan, persons
    person = persons.search_persons(demo_ledger, "李堃")[0]
    persons.update_person(demo_ledger, person["id"], {"do_not_publicise": True},
                          expected_version=persons.get_person(demo_ledger, person["id"])["version"])
    plan = issue_plan.plan(demo_ledger, "commendation", person=person["id"])
    assert plan["who"] == "不公开" and "李堃" not in issue_plan.file_stem(plan["kind_label"], plan["who"],
                                                                       plan["first_number"])
