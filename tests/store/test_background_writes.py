"""store.bulk.BackgroundWrites: rows written by a helper thread stay in the caller's transaction,
in order; a failed write stops the rest and is raised to the caller; when the caller fails, the
helper has stopped before the caller rolls back."""

import threading

import pytest

from desktop.store.bulk import BackgroundWrites
from desktop.store.models import Counter


class Boom(Exception):
    pass


def _names(db):
    rows = db.execute_sql(f"SELECT name FROM counter WHERE name LIKE {db.param} ORDER BY name", ("bw-%",)).fetchall()
    return [r[0] for r in rows]


def test_rows_go_in_order_inside_the_callers_transaction(ledger):
    db = ledger.db
    with pytest.raises(Boom), ledger.atomic():
        with BackgroundWrites(db) as writes:
            for batch in range(20):
                writes.insert("counter", ["name", "value"], [(f"bw-{batch:02d}-{i:03d}", i) for i in range(100)])
            writes.wait()
            assert len(_names(db)) == 2000  # visible to the caller's own connection
        raise Boom  # the caller's transaction rolls back: so do the helper's rows
    assert _names(db) == []
    with ledger.atomic():
        with BackgroundWrites(db) as writes:
            writes.insert("counter", ["name", "value"], [("bw-a", 1), ("bw-b", 2)])
            writes.wait()
    assert _names(db) == ["bw-a", "bw-b"]


def test_a_failed_write_is_raised_and_nothing_after_it_is_written(ledger):
    db = ledger.db
    Counter.create(name="bw-taken", value=1)
    with pytest.raises(Exception) as caught, ledger.atomic():
        with BackgroundWrites(db) as writes:
            writes.insert("counter", ["name", "value"], [("bw-taken", 2)])  # the key exists
            writes.insert("counter", ["name", "value"], [("bw-after", 3)])
            writes.wait()
    assert "unique" in str(caught.value).lower() or "duplicate" in str(caught.value).lower()
    assert _names(db) == ["bw-taken"]


def test_the_helper_has_stopped_when_the_caller_fails(ledger):
    db = ledger.db
    before = {t.name for t in threading.enumerate()}
    with pytest.raises(Boom), ledger.atomic():
        with BackgroundWrites(db) as writes:
            for batch in range(50):
                writes.insert("counter", ["name", "value"], [(f"bw-{batch:02d}-{i:03d}", i) for i in range(200)])
            raise Boom
    assert writes.abandoned and not writes.thread.is_alive()
    assert {t.name for t in threading.enumerate()} <= before | {"MainThread"}
    assert _names(db) == []


def test_an_sqlite_url_database_can_be_written_from_the_helper(tmp_path):
    """`--db sqlite:///…` opens the database through a URL: its connection must allow the helper too."""
    from desktop.store import migrations
    from desktop.store.db import open_database
    db = open_database(f"sqlite:///{tmp_path / 'u.db'}")
    migrations.migrate(db)
    with db.atomic():
        with BackgroundWrites(db) as writes:
            writes.insert("counter", ["name", "value"], [("bw-url", 7)])
            writes.wait()
    assert _names(db) == ["bw-url"]
    db.close()
