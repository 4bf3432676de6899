"""The lazy table model: COUNT for the row count, pages read only when scrolled to; column choice kept."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QTableView

from desktop.gui.pages.common import RecordTable, settings
from desktop.gui.table_model import Column, LazyTableModel
from desktop.store.models import Person


def _bulk_persons(ledger, n: int) -> None:
    """n people written straight to the store (setup only: the services would take minutes)."""
    from desktop.domain import names
    surnames, given = "王李张刘陈杨黄赵吴周", "伟芳娜敏静丽强磊军洋"
    rows = []
    for i in range(n):
        name = surnames[i % 10] + given[(i // 10) % 10] + given[(i // 100) % 10]
        rows.append({"uuid": str(uuid.uuid4()), "origin": "330102", "name": name,
                     "name_pinyin": names.pinyin_full(name), "name_initials": names.pinyin_initials(name),
                     "state": "unhurt"})
    with ledger.atomic():
        for start in range(0, n, 500):
            Person.insert_many(rows[start:start + 500]).execute()


def _columns():
    return [Column("name", "姓名", sort="name"), Column("state", "人员状态", sort="state"),
            Column("id_number", "证件号码", sensitive=True)]


def test_five_thousand_rows_open_with_one_page_and_scrolling_fetches_more(qtbot, gui_app, sqlite_ledger):
    _bulk_persons(sqlite_ledger, 5000)
    model = LazyTableModel(sqlite_ledger, "persons", _columns(), page_size=200, max_pages=5)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(800, 600)
    model.set_query("")
    view.show()
    qtbot.waitExposed(view)
    view.grab()  # paint: the view asks for the rows it shows
    assert model.rowCount() == 5000
    assert model.loaded_rows <= 400
    first_fetches = model.fetches
    view.scrollToBottom()
    view.grab()
    assert model.fetches > first_fetches
    assert model.loaded_rows <= 5 * 200
    last = model.index(4999, 0).data()
    assert last and last != "…"
    # jumping around never holds more than max_pages pages
    for r in range(0, 5000, 250):
        model.row(r)
    assert len(model._pages) <= 5 and model.loaded_rows <= 1000
    # rows come in pinyin order across page boundaries
    pinyin = [model.row(r)["name_pinyin"] for r in range(190, 215)]
    assert pinyin == sorted(pinyin)


def test_a_search_narrows_rows_and_stale_results_are_ignored(qtbot, gui_app, sqlite_ledger):
    _bulk_persons(sqlite_ledger, 300)
    model = LazyTableModel(sqlite_ledger, "persons", _columns())
    old = model.prepare("wwq")  # 王伟强? read later, after a newer query
    newer = model.prepare("zhang")
    assert model.apply(newer())
    n = model.rowCount()
    assert n == 30 and all(model.row(r)["name"].startswith("张") for r in range(n))
    assert not model.apply(old())
    assert model.rowCount() == n


def test_sensitive_columns_are_masked_unless_revealed(qtbot, gui_app, sqlite_ledger):
    from desktop.services import persons
    persons.create_person(sqlite_ledger, {"name": "王敏", "id_number": "11010519491231002X"})
    model = LazyTableModel(sqlite_ledger, "persons", _columns())
    model.set_query("")
    assert model.index(0, 2).data() == "1101**********002X"
    model.set_reveal_sensitive(True)
    assert model.index(0, 2).data() == "11010519491231002X"


def test_column_choice_is_remembered(qtbot, gui_app, sqlite_ledger):
    columns = [Column("name", "姓名", sort="name"), Column("state", "人员状态"),
               Column("phone", "联系电话", sensitive=True, visible=False)]
    table = RecordTable(sqlite_ledger, "persons", "person", columns, settings_key="people_t")
    qtbot.addWidget(table)
    assert table.hidden_columns() == ["phone"]  # the default
    menu = table._column_menu(None)  # the header's context menu
    actions = {a.text(): a for a in menu.actions() if a.isCheckable()}
    assert set(actions) == {"姓名", "人员状态", "联系电话"}
    actions["联系电话"].setChecked(True)
    actions["人员状态"].setChecked(False)
    assert table.hidden_columns() == ["state"]
    settings().sync()
    again = RecordTable(sqlite_ledger, "persons", "person", columns, settings_key="people_t")
    qtbot.addWidget(again)
    assert again.hidden_columns() == ["state"]
    # the last visible column cannot be hidden
    again.set_column_visible("name", False)
    again.set_column_visible("phone", False)
    assert len(again.hidden_columns()) == 2
    again.reset_columns()
    assert again.hidden_columns() == ["phone"]
