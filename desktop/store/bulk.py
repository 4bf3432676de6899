"""Many new records in one go, stored exactly as `Writer.create` would store them one by one.

A `Batch` collects planned creates in order; `flush()` writes them with a few statements per
chunk instead of three per record:

- the change sequence (`seq`) is taken once per flush (`counter` + n) and handed out in the
  order the creates were planned, so each record gets the number it would have got one by one;
- each model's rows go in with one multi-row ``INSERT … VALUES (…), (…) RETURNING id, uuid`` per
  chunk (models in the order they first appear in the batch, so a link is inserted after the
  records it points to); ids come back matched by uuid, not by position;
- a planned record can point at another planned record through its `Ref` (a foreign-key value);
  the ref's id is filled in before the rows that need it are written;
- the audit entries (one ``create`` per record, the same changes as the single-record path) are
  chained in Python in the planned order, continuing the writer's chain, and inserted many per
  statement.

Defaults (uuid, timestamps, field defaults), origin, vclock, updated_by and the changes recorded
in the audit trail are filled the same way as `Writer.create`; search columns the services derive
(pinyin, reversed ID) must already be in the values, and SQLite's full-text triggers fire for
multi-row inserts as for single ones. The batch writes inside the caller's transaction: nothing
commits on its own, and a failure rolls back with the caller's transaction.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from typing import Any

from desktop.store import audit
from desktop.store.db import is_postgres
from desktop.store.models import KIND_OF, Travelling
from desktop.store.records import SYSTEM_FIELDS, Writer, bump_clock, next_value
from desktop.store.values import plain

MAX_PARAMS = 30_000  # below SQLite's 32,766 bound variables per statement (PostgreSQL allows 65,535)
MAX_ROWS = 500


class Ref:
    """A record planned in a batch; `id` is known once the batch has been flushed."""

    __slots__ = ("data", "id", "model", "uuid")

    def __init__(self, model: type[Travelling], data: dict[str, Any]):
        self.model, self.data = model, data
        self.id: int | None = None
        self.uuid: str = data["uuid"]


class Batch:
    """Planned creates for one writer (one office, one actor) inside the caller's transaction."""

    def __init__(self, writer: Writer):
        self.writer = writer
        self.pending: list[Ref] = []
        self._fields: dict[type, dict[str, str]] = {}

    def __len__(self) -> int:
        return len(self.pending)

    def create(self, model: type[Travelling], values: dict[str, Any]) -> Ref:
        """Plan one new record; a foreign key may be a `Ref`, a saved record or an id."""
        names = self._field_names(model)
        data = model._meta.get_default_dict()
        for key, value in values.items():
            name = names.get(key)
            if name is None:
                raise ValueError(f"{model.__name__} has no field {key!r}")
            data[name] = value.id if isinstance(value, Travelling) else value
        data["origin"] = values.get("origin") or self.writer.office
        data["updated_by"] = self.writer.office
        ref = Ref(model, data)
        self.pending.append(ref)
        return ref

    def _field_names(self, model: type[Travelling]) -> dict[str, str]:
        names = self._fields.get(model)
        if names is None:
            names = {f.name: f.name for f in model._meta.sorted_fields}
            names.update({f.object_id_name: f.name for f in model._meta.sorted_fields if hasattr(f, "object_id_name")})
            self._fields[model] = names
        return names

    def flush(self) -> None:
        """Write every planned record and its audit entry; afterwards each `Ref` has its id."""
        refs, self.pending = self.pending, []
        if not refs:
            return
        w, db = self.writer, self.writer.db
        last = next_value("change", db, len(refs))
        vclock = bump_clock("{}", w.office)
        for n, ref in enumerate(refs):
            ref.data["vclock"] = vclock
            ref.data["seq"] = last - len(refs) + 1 + n
        by_model: dict[type, list[Ref]] = {}
        for ref in refs:
            by_model.setdefault(ref.model, []).append(ref)
        for model, group in by_model.items():
            self._insert(model, group)
        prev = audit.chain_head(db, w.last_hash)
        rows = []
        audited: dict[type, list[str]] = {}
        for ref in refs:
            data = ref.data
            names = audited.get(ref.model)
            if names is None:
                names = audited[ref.model] = [k for k in ref.model._meta.fields if k not in SYSTEM_FIELDS]
            # the changes Writer.create records: every field set to something
            changes = {k: [None, plain(v)] for k in names if (v := data.get(k)) not in (None, "", False)}
            row = audit.entry_row(prev, actor=w.actor, office=w.office, action="create", table=KIND_OF[ref.model],
                                  record_uuid=ref.uuid, changes=changes, package=w.package)
            rows.append(row)
            prev = row[-1]
        audit.insert_rows(db, rows)
        w.last_hash = prev

    def _insert(self, model: type[Travelling], refs: list[Ref]) -> None:
        db = self.writer.db
        fields = [f for f in model._meta.sorted_fields if f.name != "id"]
        cols = ", ".join(f'"{f.column_name}"' for f in fields)
        one = "(" + ", ".join([db.param] * len(fields)) + ")"
        chunk = max(1, min(MAX_ROWS, MAX_PARAMS // len(fields)))
        pairs = [(f.name, f.db_value) for f in fields]
        keys = [f.name for f in fields if hasattr(f, "rel_model")]
        for start in range(0, len(refs), chunk):
            part = refs[start:start + chunk]
            params: list[Any] = []
            for ref in part:
                data = ref.data
                for name in keys:
                    value = data.get(name)
                    if isinstance(value, Ref):
                        if value.id is None:
                            raise ValueError(f"{model.__name__}.{name} points at a record not yet written")
                        data[name] = value.id
                # every field's db_value gives None for None: spare the call (most fields are empty)
                params.extend([None if (v := data.get(name)) is None else db_value(v) for name, db_value in pairs])
            sql = (f'INSERT INTO "{model._meta.table_name}" ({cols}) VALUES {", ".join([one] * len(part))} '
                   'RETURNING "id", "uuid"')
            ids = {u: i for i, u in db.execute_sql(sql, params).fetchall()}
            for ref in part:
                ref.id = ids[ref.uuid]


# -- many rows by one prepared statement, and triggers run once per set (package import, undo) -------

def write_many(db: Any, table: str, columns: list[str], rows: list[tuple], *, page: int = 1000) -> None:
    """INSERT many rows (values already in database form): SQLite's executemany of one prepared
    statement; on PostgreSQL psycopg2's execute_values, one multi-row statement per `page` rows
    (executemany there is a round trip per row)."""
    if not rows:
        return
    db = getattr(db, "obj", None) or db  # a model's DatabaseProxy: the database behind it
    write_rows(db.cursor(), is_postgres(db), table, columns, rows, page=page)


def run_many(db: Any, sql: str, rows: list[tuple], *, page: int = 500) -> int | None:
    """One statement (written with `db.param`) for many parameter rows; returns the rows changed
    on SQLite, None on PostgreSQL (psycopg2's execute_batch reports only its last page)."""
    if not rows:
        return 0
    db = getattr(db, "obj", None) or db
    cursor = db.cursor()
    if is_postgres(db):
        from psycopg2.extras import execute_batch
        execute_batch(cursor, sql, rows, page_size=page)
        return None
    changed = 0
    for start in range(0, len(rows), page):
        cursor.executemany(sql, rows[start:start + page])
        changed += cursor.rowcount
    return changed


# A trigger whose body is one `INSERT INTO … VALUES (new.…)` (or old.…): the full-text triggers of
# store/search.py. Such a body can be run once for a set of rows as INSERT … SELECT.
_SIMPLE_TRIGGER = re.compile(
    r'^\s*CREATE\s+TRIGGER\s+(?:IF\s+NOT\s+EXISTS\s+)?"?(?P<name>\w+)"?\s+AFTER\s+(?P<event>INSERT|DELETE)\s+ON\s+'
    r'"?(?P<table>\w+)"?\s+BEGIN\s+(?P<head>INSERT\s+INTO\s+[^;]+?)\s+VALUES\s*\((?P<values>[^;]*)\)\s*;\s*END\s*$',
    re.IGNORECASE | re.DOTALL)
SET_MINIMUM = 200  # fewer rows: the triggers fire row by row as usual


class SetTriggers:
    """SQLite's AFTER INSERT or AFTER DELETE triggers of `table` run once for a set of rows.

    Row by row, the full-text triggers took 23 s for 20,000 people (FTS5 trigram, a loaded machine);
    the same work as one INSERT … SELECT after the plain insert took 0.3 s. Inside the caller's transaction the
    simple triggers are dropped, `run(where)` does their work for the rows `where` selects (after
    an insert, before a delete), and `restore()` creates them again from their own text — a
    rollback brings them back as well. Other triggers, and PostgreSQL (whose indexes keep
    themselves), are left alone."""

    def __init__(self, db: Any, table: str, event: str):
        db = getattr(db, "obj", None) or db
        self.db, self.table = db, table
        self.triggers: list[tuple[str, str, str]] = []  # (create sql, name, set-based body)
        if is_postgres(db):
            return
        rows = db.execute_sql("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?",
                              (table,)).fetchall()
        for name, sql in rows:
            m = _SIMPLE_TRIGGER.match(sql or "")
            if not m or m["event"].upper() != event.upper() or m["table"] != table:
                continue
            values = re.sub(r"\b(?:new|old)\.", "_r.", m["values"], flags=re.IGNORECASE)
            self.triggers.append((sql, name, f'{m["head"]} SELECT {values} FROM "{table}" AS _r'))
        for _, name, _ in self.triggers:
            db.execute_sql(f'DROP TRIGGER "{name}"')

    def run(self, where: str, params: list | tuple = ()) -> None:
        """Do the triggers' work for the rows of `table` AS _r that `where` selects."""
        for _, _, body in self.triggers:
            self.db.execute_sql(f"{body} WHERE {where}", params)

    def restore(self) -> None:
        for sql, _, _ in self.triggers:
            self.db.execute_sql(sql)
        self.triggers = []


class LargerCache:
    """SQLite: a larger page cache while many rows go into big indexes (a package of 85,000 records
    into a ledger of a million people touches pages all over each index); the usual size after."""

    def __init__(self, db: Any, megabytes: int = 256):
        db = getattr(db, "obj", None) or db
        self.db, self.kib = db, megabytes * 1024
        self.before: int | None = None

    def __enter__(self) -> LargerCache:  # noqa: PYI034
        if not is_postgres(self.db):
            self.before = self.db.execute_sql("PRAGMA cache_size").fetchone()[0]
            self.db.execute_sql(f"PRAGMA cache_size = -{self.kib}")
        return self

    def __exit__(self, *exc: object) -> None:
        if self.before is not None:
            self.db.execute_sql(f"PRAGMA cache_size = {int(self.before)}")


class BackgroundWrites:
    """INSERTs of one transaction run in order by one helper thread while the caller builds the
    next rows (an import: Python decodes and audits while SQLite or PostgreSQL writes — both
    release the GIL while the database works).

    The helper uses the caller's own connection (a cursor made here, in the caller's thread:
    peewee's connections are per thread), so everything stays in the caller's transaction. The
    caller touches the database itself only after `wait()`, which returns when every queued write
    is done and raises the first write's error; after an error nothing more is written. Leaving
    the block waits for the helper, also when the caller fails, so the caller's rollback never
    meets a write in progress.
    """

    def __init__(self, db: Any):
        import queue
        import threading

        db = getattr(db, "obj", None) or db
        self.db, self.postgres = db, is_postgres(db)
        self.cursor = db.cursor()
        self.jobs: queue.Queue = queue.Queue()
        self.error: BaseException | None = None
        self.abandoned = False  # the caller failed: what is still queued is not written
        self.thread = threading.Thread(target=self._work, name="yiyong-writes", daemon=True)
        self.thread.start()

    def _work(self) -> None:
        while True:
            job = self.jobs.get()
            try:
                if job is None:
                    return
                if self.error is None and not self.abandoned:
                    table, columns, rows = job
                    write_rows(self.cursor, self.postgres, table, columns, rows)
            except BaseException as exc:  # noqa: BLE001 - handed to the caller's thread in wait()
                self.error = exc
            finally:
                self.jobs.task_done()

    def insert(self, table: str, columns: list[str], rows: list[tuple]) -> None:
        if self.error is not None:
            self.wait()
        if rows:
            self.jobs.put((table, columns, rows))

    def wait(self) -> None:
        self.jobs.join()
        if self.error is not None:  # it stays set: nothing more is written
            raise self.error

    def __enter__(self) -> BackgroundWrites:  # noqa: PYI034
        return self

    def __exit__(self, kind: object, exc: object, tb: object) -> None:
        self.abandoned = exc is not None
        self.jobs.put(None)
        self.thread.join()
        if exc is None and self.error is not None:
            raise self.error


def write_rows(cursor: Any, postgres: bool, table: str, columns: list[str], rows: list[tuple],
               *, page: int = 1000) -> None:
    """write_many with a given cursor (of the caller's connection). PostgreSQL: COPY … FROM STDIN
    in its text format (a third less server time than multi-row INSERTs and a quarter of the
    client's), or execute_values for a value COPY text is not written for here."""
    cols = ", ".join(f'"{c}"' for c in columns)
    if postgres:
        try:
            text = copy_text(rows)
        except TypeError:
            text = None
        if text is not None:
            import io
            cursor.copy_expert(f'COPY "{table}" ({cols}) FROM STDIN', io.StringIO(text))
            return
        from psycopg2.extras import execute_values
        execute_values(cursor, f'INSERT INTO "{table}" ({cols}) VALUES %s', rows, page_size=page)
        return
    sql = f'INSERT INTO "{table}" ({cols}) VALUES ({", ".join(["?"] * len(columns))})'
    for start in range(0, len(rows), page):
        cursor.executemany(sql, rows[start:start + page])


_COPY_ESCAPES = str.maketrans({"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"})


def _copy_value(value: Any) -> str:
    """One value in PostgreSQL's COPY text format (NULL is \\N; backslash, tab, newline and
    carriage return escaped; bytea as \\x hex)."""
    kind = value.__class__
    if kind is str:
        return value.translate(_COPY_ESCAPES) if ("\\" in value or "\t" in value or "\n" in value
                                                  or "\r" in value) else value
    if value is None:
        return "\\N"
    if kind is bool:
        return "t" if value else "f"
    if kind is int or kind is Decimal:
        return str(value)
    if kind is dt.datetime:
        if value.tzinfo is not None:
            raise TypeError("aware datetime")
        return value.isoformat(sep=" ")
    if kind is dt.date:
        return value.isoformat()
    if kind is bytes or kind is memoryview:
        return "\\\\x" + bytes(value).hex()
    raise TypeError(f"no COPY text for {kind.__name__}")


def copy_text(rows: list[tuple]) -> str:
    """Rows in COPY text format (TypeError for a value of another type: the caller INSERTs)."""
    value = _copy_value
    return "".join("\t".join([value(v) for v in row]) + "\n" for row in rows)
