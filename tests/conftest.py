"""Shared fixtures: a fresh ledger on SQLite and, where available, on PostgreSQL."""

from __future__ import annotations

import datetime as dt
import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("YIYONG_HOME", tempfile.mkdtemp(prefix="yiyong-home-"))
if os.environ.get("PYTEST_XDIST_WORKER"):  # pytest -n: each worker a home of its own (workers inherit the
    # controller's, and two of them writing the same office's keys there at once collided)
    os.environ["YIYONG_HOME"] = os.path.join(os.environ["YIYONG_HOME"], os.environ["PYTEST_XDIST_WORKER"])
    os.makedirs(os.environ["YIYONG_HOME"], exist_ok=True)

import pytest  # noqa: E402

from tests.pg import PgServer  # noqa: E402

TODAY = dt.date(2026, 11, 28)
OFFICE = ("330102", "杭州市上城区公安分局")


@pytest.fixture(scope="session")
def pg_server():
    server = PgServer()
    try:
        server.start()
    except Exception as exc:  # a broken local install must not hide the SQLite results
        server.why_not = f"无法启动 PostgreSQL：{exc}"
        server.url = None
    if server.url:
        from desktop.store import migrations
        from desktop.store.db import open_database

        server.template = server.new_database()
        db = open_database(f"{server.base()}/{server.template}")
        migrations.migrate(db)
        db.close()
    yield server
    server.stop()


@pytest.fixture(params=["sqlite", "postgres"])
def db_url(request, tmp_path, pg_server):
    """A fresh, empty, migrated database: an SQLite file, or a PostgreSQL database."""
    if request.param == "sqlite":
        yield str(tmp_path / "yiyong.db")
        return
    if not pg_server.url:
        pytest.skip(pg_server.why_not)
    name = pg_server.new_database(pg_server.template)
    yield f"{pg_server.base()}/{name}"
    from desktop.store.db import database
    if database.obj is not None and not database.obj.is_closed() and getattr(database.obj, "database", None) == name:
        database.obj.close()
    pg_server.drop_database(name)


@pytest.fixture
def sqlite_url(tmp_path):
    return str(tmp_path / "yiyong.db")


def _ledger(url):
    from desktop.services.ledger import Ledger
    from desktop.services.office import init_office

    ledger = Ledger.open(url, actor="测试员", today=TODAY)
    init_office(ledger, *OFFICE)
    return ledger


@pytest.fixture
def ledger(db_url):
    """A ledger of office 330102 on each engine, 'today' fixed at 2026-11-28."""
    ledger = _ledger(db_url)
    yield ledger
    ledger.close()


@pytest.fixture
def sqlite_ledger(sqlite_url):
    ledger = _ledger(sqlite_url)
    yield ledger
    ledger.close()
