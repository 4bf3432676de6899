"""The audit trail: append-only entries chained by SHA-256 so an edit or a gap is detected."""

from __future__ import annotations

import hashlib
from typing import Any

from peewee import Database

from desktop.store.db import is_postgres
from desktop.store.models import AuditEntry, utcnow
from desktop.store.values import dumps, dumps_floatless

GENESIS = "0" * 64
_PG_LOCK_KEY = 746_287_001  # serialises appends between PostgreSQL clients


def entry_hash(prev_hash: str, at: Any, actor: str, office: str | None, action: str, table: str,
               record_uuid: str | None, changes: str, package: str | None) -> str:
    payload = dumps_floatless([prev_hash, str(at), actor, office, action, table, record_uuid, changes, package])
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def chain_head(db: Database, prev_hash: str | None = None) -> str:
    """The hash the next entry links to: `prev_hash` if this transaction already appended one,
    else the last entry's (on PostgreSQL after taking the lock that serialises appends)."""
    if prev_hash is not None:
        return prev_hash
    if is_postgres(db):  # serialise appends between PostgreSQL clients until commit
        db.execute_sql("SELECT pg_advisory_xact_lock(%s)", (_PG_LOCK_KEY,))
    row = db.execute_sql('SELECT "hash" FROM "audit_entry" ORDER BY "id" DESC LIMIT 1').fetchone()
    return row[0] if row else GENESIS


_COLUMNS = ('"at", "actor", "office", "action", "table", "record_uuid", "changes", "package", "prev_hash", '
            '"hash"')


def entry_row(prev_hash: str, *, actor: str, office: str | None, action: str, table: str,
              record_uuid: str | None, changes: dict[str, Any], package: str | None = None) -> tuple:
    """One entry's column values (in `_COLUMNS` order), stamped now and chained to `prev_hash`;
    its hash is the last value."""
    at = utcnow()
    text = dumps(changes)
    h = entry_hash(prev_hash, at.isoformat(sep=" "), actor, office, action, table, record_uuid, text, package)
    return (AuditEntry.at.db_value(at), actor, office, action, table, record_uuid, text, package, prev_hash, h)


def append(db: Database, *, actor: str, office: str | None, action: str, table: str,
           record_uuid: str | None, changes: dict[str, Any], package: str | None = None,
           prev_hash: str | None = None) -> str:
    """Append one entry inside the transaction of the change it records; return its hash.

    `prev_hash` is the hash of the entry this transaction appended last (saves a query per
    change); None reads it from the table.
    """
    row = entry_row(chain_head(db, prev_hash), actor=actor, office=office, action=action, table=table,
                    record_uuid=record_uuid, changes=changes, package=package)
    p = db.param
    db.execute_sql(f'INSERT INTO "audit_entry" ({_COLUMNS}) VALUES ({", ".join([p] * 10)})', row)
    return row[-1]


def insert_rows(db: Database, rows: list[tuple], chunk: int = 500) -> None:
    """Insert entries made by `entry_row` (already chained, in order), many per statement."""
    p = db.param
    one = "(" + ", ".join([p] * 10) + ")"
    for start in range(0, len(rows), chunk):
        part = rows[start:start + chunk]
        db.execute_sql(f'INSERT INTO "audit_entry" ({_COLUMNS}) VALUES {", ".join([one] * len(part))}',
                       [v for row in part for v in row])


def verify_chain(batch: int = 5000) -> list[str]:
    """Walk the trail in order; return Chinese descriptions of every break found."""
    problems: list[str] = []
    prev = GENESIS
    last_id = 0
    while True:
        rows = list(AuditEntry.select().where(AuditEntry.id > last_id).order_by(AuditEntry.id).limit(batch))
        if not rows:
            break
        for e in rows:
            if e.prev_hash != prev:
                problems.append(f"审计记录 #{e.id} 之前的记录被删除或改动（链接断开）")
            at = e.at.isoformat(sep=" ") if hasattr(e.at, "isoformat") else str(e.at)
            expected = entry_hash(e.prev_hash, at, e.actor, e.office, e.action, e.table,
                                  e.record_uuid, e.changes, e.package)
            if expected != e.hash:
                problems.append(f"审计记录 #{e.id}（{e.at} {e.actor} {e.action} {e.table}）的内容被改动")
            prev = e.hash
            last_id = e.id
    return problems
