"""The Ledger: one open database, the office it belongs to, and who is working.

Every service function takes a Ledger as its first argument. Writes happen inside
`ledger.atomic()`: one transaction per change, so nothing is half-written.
"""

from __future__ import annotations

import datetime as dt
import getpass
import threading
from contextlib import contextmanager
from typing import Any, Iterator

from peewee import Database, OperationalError, SqliteDatabase

from desktop.domain import settings
from desktop.domain.errors import UserError
from desktop.domain.settings import OFFICE_CODE, OFFICE_NAME
from desktop.store import migrations
from desktop.store.db import DatabaseBusy, database, is_busy, open_database
from desktop.store.models import Setting
from desktop.store.records import Writer

__all__ = ["Ledger", "OFFICE_CODE", "OFFICE_NAME"]


class Ledger:
    def __init__(self, db: Database, *, actor: str | None = None, today: dt.date | None = None):
        self.db = db
        self.actor = actor or _os_user()
        self._today = today
        self._office: str | None = None
        self._local = threading.local()  # the Writer shared by nested transactions, per thread
        self.user = None  # the logged-in account, once accounts exist
        self.package: str | None = None  # set while an exchange package is applied

    @classmethod
    def open(cls, target: str | None = None, *, actor: str | None = None, migrate: bool = True,
             today: dt.date | None = None) -> "Ledger":
        """Open (creating and migrating as needed) the database at a path or URL."""
        db = open_database(target)
        if migrate:
            migrations.migrate(db)
        elif migrations.current_version(db) != migrations.latest_version():
            raise UserError("数据库结构版本与程序不一致，请先升级数据库")
        return cls(db, actor=actor, today=today)

    def close(self) -> None:
        if not self.db.is_closed():
            if isinstance(self.db, SqliteDatabase):
                try:  # keep the planner's statistics current as the ledger grows (bounded work);
                    # never waiting for another program's write (a read command must not wait at exit)
                    self.db.execute_sql("PRAGMA busy_timeout=0")
                    self.db.execute_sql("PRAGMA analysis_limit=400")
                    self.db.execute_sql("PRAGMA optimize")
                except Exception:
                    pass
            self.db.close()

    def where(self) -> str:
        """The database as the clerk would name it: the SQLite file's path, or
        "database on host:port" for PostgreSQL (never a password)."""
        if isinstance(self.db, SqliteDatabase):
            return str(self.db.database)
        params = getattr(self.db, "connect_params", {}) or {}
        host = params.get("host") or "localhost"
        port = f":{params['port']}" if params.get("port") else ""
        return f"{self.db.database}（PostgreSQL，{host}{port}）"

    def file_path(self) -> str | None:
        """The SQLite file's path (to open it again later); None for PostgreSQL."""
        return str(self.db.database) if isinstance(self.db, SqliteDatabase) else None

    def short_name(self) -> str:
        """The file name (yiyong.db) or the PostgreSQL database's name: for the title bar."""
        if isinstance(self.db, SqliteDatabase):
            from pathlib import Path
            return Path(str(self.db.database)).name
        return str(self.db.database)

    def release_connection(self) -> None:
        """Close the calling thread's connection (others keep theirs): before another thread
        replaces the database file, which Windows refuses while any connection holds it open."""
        if not self.db.is_closed() and not self.db.in_transaction():
            self.db.close()

    def reconnect(self) -> None:
        """The calling thread's connection opened afresh (after a restore made elsewhere)."""
        if not self.db.is_closed():
            self.db.close()
        self.db.connect(reuse_if_open=True)

    # -- time ---------------------------------------------------------------
    def today(self) -> dt.date:
        return self._today or dt.date.today()

    # -- transactions ---------------------------------------------------------
    def bind(self) -> None:
        """Point the models at this ledger's database, for this thread (store.db.ThreadBoundProxy)."""
        if database.bound_here() is not self.db:
            database.initialize(self.db)

    @contextmanager
    def atomic(self) -> Iterator[Writer]:
        """A write transaction; yields the Writer that versions and audits each change."""
        self.bind()
        if isinstance(self.db, SqliteDatabase) and not self.db.in_transaction():
            ctx = self.db.atomic(lock_type="IMMEDIATE")  # take the write lock now: no deadlock later
        else:
            ctx = self.db.atomic()
        writer: Writer | None = getattr(self._local, "writer", None)
        outer = writer is None
        if writer is None:
            writer = self._local.writer = Writer(self.db, office=self.office_code_or_blank(),
                                                 actor=self.actor, package=self.package)
        try:
            with ctx:
                yield writer
        except OperationalError as exc:
            writer.forget()
            if is_busy(exc):  # another program holds the database past the busy timeout
                raise DatabaseBusy() from None
            raise
        except BaseException:
            writer.forget()  # a rolled-back savepoint may have taken the cached audit hash with it
            raise
        finally:
            if outer:
                self._local.writer = None

    @contextmanager
    def reading(self) -> Iterator[None]:
        self.bind()
        yield

    # -- who is working (services/accounts.py) ----------------------------
    def login(self, user) -> None:
        """Make `user` (services.accounts.CurrentUser) the current user; audit entries name them."""
        self.user = user
        self.actor = user.name

    def require(self, permission: str) -> None:
        """Raise NotAllowed unless the current user may do this (everything in single-user mode)."""
        from desktop.services.accounts import require
        require(self, permission)

    # -- settings (declared in domain/settings.py) and the office identity ------------------
    def setting(self, key: str) -> Any:
        """The office's setting `key` in its type; its default when unset or no longer valid."""
        option = settings.option(key)
        with self.reading():
            row = Setting.get_or_none(Setting.key == key)
        return option.read(row.value if row else None)

    def set_setting(self, key: str, value: Any) -> Any:
        """Check and store the setting `key` (ValidationError names it); returns the value stored."""
        option = settings.option(key)
        checked = option.parse(value)
        text = option.dump(checked)
        with self.atomic():
            Setting.insert(key=key, value=text).on_conflict(
                conflict_target=[Setting.key], update={Setting.value: text}).execute()
        if key == OFFICE_CODE:
            self._office = None
        return checked

    @property
    def office_code(self) -> str:
        code = self.office_code_or_blank()
        if not code:
            raise UserError("尚未设置本单位信息，请先填写本单位的行政区划和名称",
                            cli_hint="init --office-code 代码 --office-name 名称")
        return code

    def office_code_or_blank(self) -> str:
        if self._office is None:
            self.bind()
            row = Setting.get_or_none(Setting.key == OFFICE_CODE)
            self._office = row.value if row and row.value else ""
        return self._office


def _os_user() -> str:
    try:
        return getpass.getuser()
    except Exception:
        return "system"
