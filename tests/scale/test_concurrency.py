"""Two clerks' processes on one database at once: nothing lost, nothing corrupted, a stale save refused.

Real separate processes (multiprocessing, spawn), on SQLite (WAL, IMMEDIATE transactions) and on
PostgreSQL (the `ledger` fixture's engines).
"""

from __future__ import annotations

import multiprocessing as mp

from desktop.services import persons
from desktop.store import audit
from desktop.store.models import AuditEntry, Person
from tests.scale import clerks

CTX = mp.get_context("spawn")
TIMEOUT = 240


def _run(targets):
    procs = [CTX.Process(target=t, args=a) for t, a in targets]
    for p in procs:
        p.start()
    return procs


def _join(procs):
    for p in procs:
        p.join(TIMEOUT)
        assert p.exitcode == 0, f"clerk process ended with {p.exitcode}"


def _url(ledger):
    db = ledger.db
    if type(db).__name__.startswith("Postgres"):
        params = db.connect_params
        user = params.get("user") or "postgres"
        return f"postgresql://{user}@{params.get('host', '127.0.0.1')}:{params.get('port', 5432)}/{db.database}"
    return db.database


def test_second_save_of_the_same_version_is_refused(ledger):
    p = persons.create_person(ledger, {"name": "张三", "phone": "13800000000"})
    url = _url(ledger)
    read_done, first_saved, out = CTX.Barrier(2), CTX.Event(), CTX.Queue()
    procs = _run([(clerks.save_after_other, (url, p["id"], "甲", True, read_done, first_saved, out)),
                  (clerks.save_after_other, (url, p["id"], "乙", False, read_done, first_saved, out))])
    got = {actor: (what, detail) for actor, what, detail in (out.get(timeout=TIMEOUT) for _ in range(2))}
    _join(procs)
    assert got["甲"] == ("saved", 2)
    assert got["乙"][0] == "stale" and "已被其他用户修改" in got["乙"][1] and "重新载入" in got["乙"][1]
    now = persons.get_person(ledger, p["id"])
    assert now["version"] == 2 and now["phone"] == "13900000001"  # the first clerk's save stands
    with ledger.reading():
        assert audit.verify_chain() == []
        assert AuditEntry.select().where(AuditEntry.record_uuid == p["uuid"]).count() == 2


def test_two_clerks_hammering_one_record_lose_no_save(ledger):
    p = persons.create_person(ledger, {"name": "李四", "notes": "0"})
    url, saves = _url(ledger), 25
    start, out = CTX.Barrier(2), CTX.Queue()
    procs = _run([(clerks.hammer_same, (url, p["id"], actor, saves, start, out)) for actor in ("甲", "乙")])
    results = [out.get(timeout=TIMEOUT) for _ in range(2)]
    _join(procs)
    assert [r[3] for r in results] == [None, None]
    assert sum(r[1] for r in results) == 2 * saves
    now = persons.get_person(ledger, p["id"])
    # every save counted exactly once: no save overwrote another
    assert now["notes"] == str(2 * saves) and now["version"] == 1 + 2 * saves
    with ledger.reading():
        assert audit.verify_chain() == []
        actions = [e.action for e in AuditEntry.select().where(AuditEntry.record_uuid == p["uuid"])]
    assert actions.count("update") == 2 * saves and actions.count("create") == 1


def test_two_clerks_editing_their_own_records_at_once(ledger):
    url, count, edits = _url(ledger), 15, 3
    start, out = CTX.Barrier(2), CTX.Queue()
    procs = _run([(clerks.hammer_own, (url, actor, count, edits, start, out)) for actor in ("甲", "乙")])
    results = {r[0]: r for r in (out.get(timeout=TIMEOUT) for _ in range(2))}
    _join(procs)
    assert [results[a][2] for a in ("甲", "乙")] == [None, None]
    ids = results["甲"][1] + results["乙"][1]
    assert len(set(ids)) == 2 * count
    with ledger.reading():
        assert Person.select().count() == 2 * count
        assert {p.version for p in Person.select()} == {1 + edits}
        assert all(p.employer == f"{p.name[0]}单位{edits}" for p in Person.select())
        assert AuditEntry.select().count() == 2 * count * (1 + edits)
        assert audit.verify_chain() == []
        seqs = [p.seq for p in Person.select()]
    assert len(set(seqs)) == len(seqs)  # the change sequence never handed out twice
