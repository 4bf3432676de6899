"""Two ledgers open at once, each worked on its own thread: each sees only its own people.

Every model is bound to one proxy (store/db.py); a ledger binds it per thread, and the search's
own SQL runs on the ledger's database (store/person_search.py), never on a module-level handle."""

from __future__ import annotations

import sys
import threading

from desktop.services import deeds, listing, persons
from tests.conftest import _ledger

ROUNDS = 60


def _fill(ledger, surname: str) -> set[str]:
    made = set()
    for given in ("三", "伟", "芳", "金伟", "建国"):
        p = persons.create_person(ledger, {"name": surname + given, "employer": f"{surname}家物流有限公司"})
        made.add(p["name"])
    deeds.record_deed(ledger, {"title": f"{surname}某救人", "occurred_on": "2025-07-01", "division_code": "330102",
                               "category": "drowning", "place": "杭州市上城区"}, [{"person_id": p["id"], "outcome": "unhurt"}])
    return made


def _work(ledger, surname: str, own: set[str], start: threading.Barrier, errors: list) -> None:
    """Search, count, page and list the ledger's people many times, checking each answer."""
    try:
        start.wait()
        for i in range(ROUNDS):
            for text in ("", surname, {"张": "zw", "李": "lw"}[surname], f"{surname}家物流", "伟"):
                found = {p["name"] for p in persons.search_persons(ledger, text, limit=100)}
                assert found and found <= own, (surname, text, found)
                assert persons.count_persons(ledger, text) == len(found), (surname, text)
            assert {r["name"] for r in listing.fetch_rows(ledger, "persons", limit=100)} == own
            assert listing.count_rows(ledger, "persons") == len(own)
            assert {p["name"] for p in persons.page(ledger, limit=100)} == own
            assert [d["title"] for d in deeds.list_deeds(ledger)] == [f"{surname}某救人"]
            if i % 20 == 0:  # a write on each side too
                own.add(persons.create_person(ledger, {"name": f"{surname}新{i}"})["name"])
    except BaseException as exc:  # reported by the main thread
        errors.append(exc)


def test_two_ledgers_on_two_threads_each_see_their_own(ledger, tmp_path):
    other = _ledger(str(tmp_path / "other.db"))
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # threads take turns between any two statements: races show
    try:
        own = {"张": _fill(ledger, "张"), "李": _fill(other, "李")}
        start, errors = threading.Barrier(2), []
        threads = [threading.Thread(target=_work, args=(lg, s, own[s], start, errors))
                   for lg, s in ((ledger, "张"), (other, "李"))]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert not errors, errors[0]
        assert {p["name"] for p in persons.search_persons(ledger, "", limit=100)} == own["张"]
        assert {p["name"] for p in persons.search_persons(other, "", limit=100)} == own["李"]
    finally:
        sys.setswitchinterval(interval)
        other.close()
