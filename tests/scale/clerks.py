"""What a clerk's process does in the concurrency tests (importable by spawned processes)."""

from __future__ import annotations


def _ledger(url: str, actor: str):
    from desktop.services.ledger import Ledger
    return Ledger.open(url, actor=actor)


def save_after_other(url: str, person_id: int, actor: str, first: bool, read_done, first_saved, out) -> None:
    """Both clerks read the record; the first saves; then the second saves the version it read."""
    from desktop.domain.errors import StaleRecord
    from desktop.services import persons
    ledger = _ledger(url, actor)
    try:
        seen = persons.get_person(ledger, person_id)
        read_done.wait(30)  # both have the record open at version 1
        if not first:
            first_saved.wait(30)
        try:
            saved = persons.update_person(ledger, person_id, {"phone": f"1390000000{int(first)}"},
                                          expected_version=seen["version"])
            out.put((actor, "saved", saved["version"]))
        except StaleRecord as exc:
            out.put((actor, "stale", exc.message))
        if first:
            first_saved.set()
    except BaseException as exc:  # report instead of hanging the parent
        out.put((actor, "error", repr(exc)))
        first_saved.set()
    finally:
        ledger.close()


def hammer_same(url: str, person_id: int, actor: str, saves: int, start, out) -> None:
    """Add one to the shared record's counter `saves` times, reloading after every refusal."""
    from desktop.domain.errors import StaleRecord
    from desktop.services import persons
    ledger = _ledger(url, actor)
    done = stale = 0
    try:
        start.wait(30)
        while done < saves:
            p = persons.get_person(ledger, person_id)
            try:
                persons.update_person(ledger, person_id, {"notes": str(int(p["notes"] or 0) + 1)},
                                      expected_version=p["version"])
                done += 1
            except StaleRecord:
                stale += 1
        out.put((actor, done, stale, None))
    except BaseException as exc:
        out.put((actor, done, stale, repr(exc)))
    finally:
        ledger.close()


def hammer_own(url: str, actor: str, count: int, edits: int, start, out) -> None:
    """Create `count` people of one's own and edit each `edits` times."""
    from desktop.services import persons
    ledger = _ledger(url, actor)
    ids = []
    try:
        start.wait(30)
        for i in range(count):
            ids.append(persons.create_person(ledger, {"name": f"{actor}{i}"})["id"])
        for _ in range(edits):
            for pid in ids:
                p = persons.get_person(ledger, pid)
                persons.update_person(ledger, pid, {"employer": f"{actor}单位{p['version']}"},
                                      expected_version=p["version"])
        out.put((actor, ids, None))
    except BaseException as exc:
        out.put((actor, ids, repr(exc)))
    finally:
        ledger.close()
