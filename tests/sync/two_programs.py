"""The writing program of test_two_programs (importable by a spawned process)."""

from __future__ import annotations


def long_write(url: str, count: int, inside, readers_done, out) -> None:
    """One long write transaction: `count` people, then wait (still inside) until the other program
    has read and tried to write, then `count` more, and commit."""
    from desktop.services.ledger import Ledger
    from desktop.store.models import Person
    ledger = Ledger.open(url, actor="甲")
    try:
        with ledger.atomic() as w:
            for i in range(count):
                w.create(Person, {"name": f"批量{i}"})
            inside.set()
            readers_done.wait(180)
            for i in range(count, 2 * count):
                w.create(Person, {"name": f"批量{i}"})
        out.put(None)
    except BaseException as exc:  # report instead of hanging the parent
        out.put(repr(exc))
        inside.set()
    finally:
        ledger.close()
