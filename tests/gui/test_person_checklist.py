"""The family checklist on the person page (issue 16): shown for the dead and disabled, each item's
state, unsettled ones in red; hidden for others."""

from __future__ import annotations

from desktop.gui.forms.person_page import PersonPage
from desktop.store.models import Person


def test_checklist_on_the_person_page(qtbot, demo_ledger):
    with demo_ledger.reading():
        dead = Person.select().where(Person.state == "deceased").first().id
        unhurt = Person.select().where(Person.state == "unhurt").first().id
    page = PersonPage(demo_ledger, dead)
    qtbot.addWidget(page)
    page.show()
    table = page.lists["checklist"]
    assert not page.checklist_box.isHidden()
    labels = [table.item(r, 0).text() for r in range(table.rowCount())]
    assert "一次性抚恤金" in labels and "春节前走访慰问" in labels
    r = labels.index("一次性抚恤金")
    assert table.item(r, 1).text() == "未办理" and table.item(r, 1).foreground().color().name() == "#c62828"
    assert "已办结" in page.checklist_summary.text()
    other = PersonPage(demo_ledger, unhurt)
    qtbot.addWidget(other)
    assert other.checklist_box.isHidden()
