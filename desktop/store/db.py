"""Opening the database: an SQLite file by default, PostgreSQL by URL."""

from __future__ import annotations

import os
import sys
import threading
from pathlib import Path
from typing import Any, Iterator
from urllib.parse import urlsplit

from peewee import Database, DatabaseProxy, OperationalError, PostgresqlDatabase, SqliteDatabase
from playhouse.db_url import connect as connect_url

from desktop.domain.errors import UserError

class ThreadBoundProxy(DatabaseProxy):
    """The models' database, bound per thread: a Ledger binds its own database on the thread it
    works on (Ledger.bind), so two ledgers open on two threads never read each other's tables.
    A thread that bound nothing gets the database bound last (a helper thread of one ledger)."""

    __slots__ = ("_local", "_last")

    def __init__(self):
        object.__setattr__(self, "_local", threading.local())
        object.__setattr__(self, "_last", None)
        super().__init__()

    def __setattr__(self, attr, value):
        if attr not in ("obj", "_callbacks", "_Model"):
            raise AttributeError("Cannot set attribute on proxy.")
        object.__setattr__(self, attr, value)

    @property
    def obj(self) -> Database | None:  # type: ignore[override]
        return getattr(self._local, "db", None) or self._last

    @obj.setter
    def obj(self, db: Database | None) -> None:
        self._local.db = db
        object.__setattr__(self, "_last", db)

    def bound_here(self) -> Database | None:
        """The database this thread bound (None if it bound none)."""
        return getattr(self._local, "db", None)


# Every model is bound to this proxy; a Ledger binds it to its own database on each thread it works on.
database = ThreadBoundProxy()

BUSY_TIMEOUT_MS = int(os.environ.get("YIYONG_BUSY_TIMEOUT_MS") or 15000)  # a write waits this long
SQLITE_PRAGMAS = {
    "journal_mode": "wal",  # readers never block the writer; crash-safe
    "foreign_keys": 1,
    "busy_timeout": BUSY_TIMEOUT_MS,
    "synchronous": "normal",  # safe with WAL: a crash loses at most the last commit, never corrupts
    "cache_size": -32000,
}


def data_dir() -> Path:
    """The user's data folder: %APPDATA%\\Yiyong on Windows, ~/.local/share/yiyong elsewhere."""
    override = os.environ.get("YIYONG_HOME")
    if override:
        path = Path(override)
    elif sys.platform == "win32":
        path = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming") / "Yiyong"
    elif sys.platform == "darwin":
        path = Path.home() / "Library" / "Application Support" / "Yiyong"
    else:
        path = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share") / "yiyong"
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database() -> str:
    return str(data_dir() / "yiyong.db")


def is_url(target: str) -> bool:
    return "://" in target


def open_database(target: str | os.PathLike | None = None) -> Database:
    """Open (and for SQLite create) the database at a path or a postgresql:// URL."""
    target = str(target or os.environ.get("YIYONG_DB") or default_database())
    if is_url(target):
        if not target.startswith(("postgres", "sqlite")):
            raise UserError(f"不支持的数据库地址“{_safe(target)}”：应为 SQLite 文件路径或 postgresql:// 地址")
        try:
            db = connect_url(target)
        except Exception as exc:  # a wrong URL is a user error, not a bug
            raise UserError(f"无法打开数据库“{_safe(target)}”：{_scrub(exc, target)}") from None
        if isinstance(db, SqliteDatabase):  # usable from a helper thread, as a path's is (store.bulk.BackgroundWrites)
            db.init(db.database, pragmas=SQLITE_PRAGMAS, check_same_thread=False)
        elif isinstance(db, PostgresqlDatabase) and "options" not in db.connect_params:
            # a write waiting for a row another program holds gives up like SQLite's busy timeout
            db.connect_params["options"] = f"-c lock_timeout={SQLITE_PRAGMAS['busy_timeout']}"
    else:
        path = Path(target).expanduser()
        if path.is_dir():
            raise UserError(f"数据库路径“{path}”是一个文件夹，应为文件")
        if not path.parent.exists():
            raise UserError(f"数据库所在文件夹“{path.parent}”不存在")
        db = SqliteDatabase(str(path), pragmas=SQLITE_PRAGMAS, check_same_thread=False)
    try:
        db.connect(reuse_if_open=True)
    except Exception as exc:
        raise UserError(f"无法连接数据库“{_safe(target)}”：{_scrub(exc, target)}") from None
    return db


def _safe(target: str) -> str:
    """A URL without its password, for messages."""
    if "@" in target and "://" in target:
        scheme, rest = target.split("://", 1)
        creds, host = rest.rsplit("@", 1)
        return f"{scheme}://{creds.split(':')[0]}:***@{host}"
    return target


BUSY_MESSAGE = ("数据库正被另一个程序使用（它正在写入），等待 {seconds} 秒后仍未空闲，本次没有任何改动，"
                "请稍后再试")


class DatabaseBusy(UserError):
    """A write found the database locked by another program past the busy timeout."""

    def __init__(self) -> None:
        super().__init__(BUSY_MESSAGE.format(seconds=f"{BUSY_TIMEOUT_MS / 1000:g}"))


def is_busy(exc: BaseException) -> bool:
    """SQLite's "database is locked/busy" or PostgreSQL's lock timeout: another program holds it."""
    if not isinstance(exc, OperationalError):
        return False
    text = str(exc).lower()
    return ("database is locked" in text or "database is busy" in text or "database table is locked" in text
            or "lock timeout" in text or "canceling statement due to lock timeout" in text)
def _scrub(exc: Exception, target: str) -> str:
    """The driver's message with the URL's password (and the URL itself) hidden."""
    text = str(exc).replace(target, _safe(target))
    try:
        password = urlsplit(target).password
    except ValueError:
        password = None
    return text.replace(password, "***") if password else text


def as_tuples(query: Any) -> Iterator[tuple[Any, ...]]:
    """The rows of a peewee query as tuples. peewee's stubs type `.tuples()` as the model query
    whose rows are model instances; this says what iterating it really gives, so mypy checks it."""
    return iter(query.tuples())


def as_dicts(query: Any) -> Iterator[dict[str, Any]]:
    """The rows of a peewee query as dicts (`.dicts()`, typed as such: see as_tuples)."""
    return iter(query.dicts())


def is_postgres(db: Database) -> bool:
    return isinstance(db, PostgresqlDatabase)
