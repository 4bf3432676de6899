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


def import_same(url: str, path: str, start, out) -> None:
    """Import one package at the same moment as another program imports the same file."""
    from desktop.domain.errors import UserError
    from desktop.services import exchange
    from desktop.services.ledger import Ledger
    ledger = Ledger.open(url, actor="乙")
    try:
        start.wait(60)
        try:
            r = exchange.import_package(ledger, path, confirm_trust=lambda info: True)
            out.put(("applied", r["totals"]["new"]))
        except UserError as exc:
            out.put(("refused", exc.message))
    except BaseException as exc:
        import traceback
        out.put(("error", repr(exc) + traceback.format_exc()[-1500:]))
    finally:
        ledger.close()
