"""Issue 19: an import is undone from the audit trail (docs/import-undo.md) — the records it made
removed, the ones it changed back to their previous versions (tombstones too), its conflicts
gone; refused when a record it wrote changed since; all or nothing; on each engine."""

from __future__ import annotations

import json

import pytest

from desktop.domain.errors import UserError
from desktop.services import exchange, persons
from desktop.services.demo import generate
from desktop.services.ledger import Ledger
from desktop.services.office import init_office
from desktop.store import audit
from desktop.store.models import ALL_MODELS, Award, DeedPerson, Person
from desktop.store.sync_models import PackageLog, Peer, SyncConflict
from desktop.sync import merge, undo
from tests.sync.helpers import NAMES, TODAY, deliver, introduce, make_office, open_conflicts, send

LOCAL = {"version", "seq"}  # the optimistic lock and the change number move on; all else comes back


def rows(ledger: Ledger) -> dict[str, dict]:
    """Every travelling row (derived search columns included) but its version and seq."""
    out = {}
    with ledger.reading():
        for model in ALL_MODELS:
            if "uuid" not in model._meta.fields or "seq" not in model._meta.fields:
                continue
            names = [n for n in model._meta.fields if n not in LOCAL]
            out[model._meta.table_name] = {
                r["uuid"]: tuple(str(r[n]) for n in names) for r in model.select().dicts()}
    return out


def found(ledger: Ledger, text: str) -> set[str]:
    return {p["name"] for p in persons.search_persons(ledger, text, limit=500)}


@pytest.fixture
def offices(db_url, tmp_path):
    county = make_office(tmp_path, "330102")
    city = Ledger.open(db_url, actor="市员", today=TODAY)
    init_office(city, "330100", NAMES["330100"])
    exchange.ensure_keys(city)
    introduce([county, city], tmp_path)
    yield county, city
    county.close()
    city.close()


def _second_package(county, city, folder):
    """County edits one shared person, deletes another, adds one; city and county both edit an award."""
    with county.reading():
        a, b = [p.uuid for p in Person.select().where(Person.deleted == False).order_by(Person.id).limit(2)]
        award = Award.select().first().uuid
    persons.update_person(county, a, {"notes": "县里第二次改的备注", "address": "上城区新址路9号"})
    persons.delete_person(county, b)
    c = persons.create_person(county, {"name": "欧阳喆", "notes": "第二个包新增的人"})["uuid"]
    with city.atomic() as w:
        w.update(Award.get(Award.uuid == award), {"notes": "市里改"})
    with county.atomic() as w:
        w.update(Award.get(Award.uuid == award), {"notes": "县里改"})
    return a, b, c, send(county, city, folder)


@pytest.mark.parametrize("in_sets", [True, False], ids=["triggers-per-set", "triggers-per-row"])
def test_undo_restores_exactly_the_versions_before_the_import(offices, tmp_path, monkeypatch, in_sets):
    county, city = offices
    if in_sets:  # the full-text work done once for the set even for this small package
        monkeypatch.setattr(merge, "SET_MINIMUM", 1)
        monkeypatch.setattr(undo, "SET_MINIMUM", 1)
    generate(county, 30, seed=5)
    deliver(city, send(county, city, tmp_path)["path"])
    with city.reading():
        peer_before = Peer.get_by_id("330102")
        held, received = peer_before.held_seq, json.loads(peer_before.received)
    a, b, _, made = _second_package(county, city, tmp_path)
    before = rows(city)
    assert found(city, "县里第二次") == set()
    r = deliver(city, made["path"])
    assert r["totals"]["new"] >= 1 and r["totals"]["updated"] >= 1 and r["totals"]["deleted"] == 1
    assert r["totals"]["conflict"] == 1 and r["undo_command"] == f"import-undo {r['package_id']}"
    assert rows(city) != before and "欧阳喆" in found(city, "欧阳喆")

    done = exchange.undo_import(city, r["package_id"])
    assert done["removed"] == 1 and done["restored"] == r["totals"]["updated"] + 1 and done["conflicts_removed"] == 1
    assert rows(city) == before  # tombstone back to live, edited fields, vclocks, derived columns
    assert found(city, "欧阳喆") == set() and found(city, "县里第二次") == set()  # full-text index too
    assert open_conflicts(city) == []
    with city.reading():
        assert not Person.get(Person.uuid == b).deleted
        peer = Peer.get_by_id("330102")
        assert (peer.held_seq, json.loads(peer.received)) == (held, received)
        assert audit.verify_chain() == []
        log = PackageLog.get_by_id(r["package_id"])
    assert log.direction == exchange.UNDONE
    assert exchange.import_report(city, r["package_id"])["undone"]
    assert [h["state"] for h in exchange.package_history(city) if h["id"] == r["package_id"]] == ["undone"]
    with pytest.raises(UserError, match="已经撤销过"):
        exchange.undo_import(city, r["package_id"])

    again = deliver(city, made["path"])  # the same file may come again, with the same result
    assert again["totals"] == r["totals"]
    assert "欧阳喆" in found(city, "欧阳喆") and "县里第二次改的备注" in found(city, "县里第二次") | {"县里第二次改的备注"}
    with city.reading():
        assert Person.get(Person.uuid == b).deleted and Person.get(Person.uuid == a).notes == "县里第二次改的备注"


def test_undo_is_refused_after_a_later_edit_and_changes_nothing(offices, tmp_path):
    county, city = offices
    generate(county, 30, seed=6)
    first = deliver(city, send(county, city, tmp_path)["path"])
    a, _, _, made = _second_package(county, city, tmp_path)
    second = deliver(city, made["path"])
    persons.update_person(city, a, {"phone": "13900001111"})
    before = rows(city)
    with pytest.raises(UserError) as err:
        exchange.undo_import(city, second["package_id"])
    assert "不能撤销" in err.value.message and "人员" in err.value.message
    with pytest.raises(UserError, match="不能撤销"):  # the first package's people changed since, too
        exchange.undo_import(city, first["package_id"])
    assert rows(city) == before
    with city.reading():
        assert PackageLog.get_by_id(second["package_id"]).direction == "in"


def test_undo_is_refused_when_a_later_record_points_at_a_record_it_made(offices, tmp_path):
    county, city = offices
    generate(county, 30, seed=7)
    r = deliver(city, send(county, city, tmp_path)["path"])
    mine = persons.create_person(city, {"name": "市里新登记"})
    with city.reading():
        link = DeedPerson.select().first()
    with city.atomic() as w:
        w.create(DeedPerson, {"deed": link.deed_id, "person": mine["id"], "outcome": "unhurt"})
    with pytest.raises(UserError, match="引用"):
        exchange.undo_import(city, r["package_id"])


def test_undo_is_all_or_nothing(offices, tmp_path, monkeypatch):
    county, city = offices
    generate(county, 30, seed=8)
    deliver(city, send(county, city, tmp_path)["path"])
    _, _, _, made = _second_package(county, city, tmp_path)
    r = deliver(city, made["path"])
    after = rows(city)

    def broken(n):
        raise RuntimeError("power cut")
    monkeypatch.setattr(merge, "_take_seqs", broken)  # after the created records were removed
    with pytest.raises(RuntimeError):
        exchange.undo_import(city, r["package_id"])
    monkeypatch.undo()
    assert rows(city) == after
    assert "欧阳喆" in found(city, "欧阳喆")
    with city.reading():
        assert PackageLog.get_by_id(r["package_id"]).direction == "in"
        assert SyncConflict.select().where(SyncConflict.state == "open").count() == 1
    exchange.undo_import(city)  # the latest import by default
    with city.reading():
        assert PackageLog.get_by_id(r["package_id"]).direction == exchange.UNDONE


def test_an_edited_audit_entry_refuses_the_undo(tmp_path):
    county, city = make_office(tmp_path, "330102"), make_office(tmp_path, "330100")
    introduce([county, city], tmp_path)
    try:
        generate(county, 30, seed=9)
        r = deliver(city, send(county, city, tmp_path)["path"])
        city.db.execute_sql("UPDATE audit_entry SET changes = '{}' WHERE id = (SELECT MAX(id) FROM audit_entry "
                            "WHERE action = 'import')")
        with pytest.raises(UserError, match="审计记录"):
            exchange.undo_import(city, r["package_id"])
    finally:
        county.close()
        city.close()
