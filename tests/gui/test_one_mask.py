"""Issue 17 point 6: one masking rule — the 文书打印 page, the tables and the person page use the
same masking functions as the command line and the Excel export."""

from __future__ import annotations

from desktop.services import persons, privacy

ID = "11010519491231002X"


def test_letters_page_lists_people_with_masked_id_numbers(qtbot, gui_app, sqlite_ledger):
    from desktop.gui.pages.letters import LettersPage
    persons.create_person(sqlite_ledger, {"name": "李白", "id_number": ID})
    page = LettersPage(sqlite_ledger)
    qtbot.addWidget(page)
    page.search.setText("李白")
    page.search_people()
    texts = [page.people.item(i).text() for i in range(page.people.count())]
    assert texts and all(ID not in t for t in texts)
    assert any(privacy.mask_id(ID) in t for t in texts)


def test_table_columns_mask_by_their_kind(qtbot, gui_app, sqlite_ledger):
    from desktop.gui.table_model import Column, LazyTableModel
    persons.create_person(sqlite_ledger, {"name": "杜甫", "id_number": ID, "phone": "13800001234"})
    model = LazyTableModel(sqlite_ledger, "persons", [Column("id_number", "证件号码", sensitive=True),
                                                      Column("phone", "电话", sensitive=True)])
    model.reveal_sensitive = False
    model.set_query("")
    assert model.rowCount() == 1
    model.row(0)  # the page is read
    assert model.data(model.index(0, 0)) == privacy.mask_id(ID)
    assert model.data(model.index(0, 1)) == privacy.mask_phone("13800001234") == "138****1234"


def test_person_page_phone_uses_the_same_rule():
    from desktop.gui.forms.person_page import _mask_phone
    for phone in ("13800001234", "0571-87654321", "110"):
        assert _mask_phone(phone) == privacy.mask_phone(phone)


def test_a_table_shown_in_full_is_audited_as_full_is(qtbot, gui_app, sqlite_ledger):
    from desktop.domain import settings as registry
    from desktop.gui.app import set_preference
    from desktop.gui.pages.common import RecordTable
    from desktop.gui.table_model import Column
    from desktop.store.models import AuditEntry

    persons.create_person(sqlite_ledger, {"name": "杜甫", "id_number": ID})
    columns = [Column("name", "姓名", sort="name"), Column("id_number", "证件号码", sensitive=True)]

    def full_views() -> int:
        with sqlite_ledger.reading():
            return AuditEntry.select().where(AuditEntry.action == "view_full").count()

    masked = RecordTable(sqlite_ledger, "persons", "person", columns, settings_key="mask_t")
    qtbot.addWidget(masked)
    assert not masked.model.reveal_sensitive and full_views() == 0  # masked: nothing to audit
    set_preference(registry.REVEAL_SENSITIVE, True)
    try:
        shown = RecordTable(sqlite_ledger, "persons", "person", columns, settings_key="mask_t")
        qtbot.addWidget(shown)
        assert shown.model.reveal_sensitive and full_views() == 1
    finally:
        set_preference(registry.REVEAL_SENSITIVE, False)
