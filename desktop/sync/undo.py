"""Undoing one package import from the audit trail (docs/import-undo.md).

What an import wrote is known exactly: its records took the change numbers `seq[0]…seq[1]` (one
block, taken in the import's transaction) and its audit entries are the ones after `audit_after`
up to `audit_last`. Each entry of an imported record says what the record was before:
`_before: null` for a record the import created, else the travelling fields before the import
(`origin`, `vclock`, `created_at`, `updated_at`, `updated_by`, `version`), and every field the
import changed as `[before, after]`. Undoing removes the created records and writes the previous
values back, in one transaction, after checking that

- every record the import wrote still carries the change number the import gave it (any later
  edit, delete, merge or import of the record gives it a new one): else the undo is refused;
- no record written later refers to a record the import created;
- the audit entries used are intact (chain links and hashes).

Call inside the caller's write transaction. Refusals raise UserError (Chinese) before any write.
"""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from typing import Any

from peewee import BooleanField, DateField, DateTimeField, DecimalField, ForeignKeyField

from desktop.domain.errors import UserError
from desktop.store import audit
from desktop.store.bulk import SET_MINIMUM, SetTriggers, run_many
from desktop.store.models import MODEL_OF, Travelling
from desktop.store.sync_models import DuplicateCandidate, SyncConflict
from desktop.sync import merge
from desktop.sync.codec import KIND_LABELS, KIND_ORDER, parse_datetime

REFUSED = "，本次没有任何改动"


def _scalar(db, sql: str, params: tuple | list = ()) -> Any:
    return db.execute_sql(sql, params).fetchone()[0]


def _entries(db, info: dict[str, Any], package: str) -> list[tuple]:
    """The import's audit entries, checked against the chain (links and hashes)."""
    p = db.param
    rows = db.execute_sql(
        'SELECT "id", "at", "actor", "office", "action", "table", "record_uuid", "changes", "package", '
        f'"prev_hash", "hash" FROM "audit_entry" WHERE "id" > {p} AND "id" <= {p} ORDER BY "id"',
        (info["audit_after"], info["audit_last"])).fetchall()
    prev = None
    if info["audit_after"]:
        row = db.execute_sql(f'SELECT "hash" FROM "audit_entry" WHERE "id" = {p}', (info["audit_after"],)).fetchone()
        prev = row[0] if row else None
    for eid, at, actor, office, action, table, uuid, changes, pkg, prev_hash, h in rows:
        at_text = at.isoformat(sep=" ") if hasattr(at, "isoformat") else str(at)
        if (prev is not None and prev_hash != prev) or pkg != package or h != audit.entry_hash(
                prev_hash, at_text, actor, office, action, table, uuid, changes, pkg):
            raise UserError(f"审计记录 #{eid} 与本次导入不符或已被改动，无法据此撤销{REFUSED}")
        prev = h
    return rows


def _label(model: type[Travelling], uuid: str) -> str:
    for key in ("name", "title", "honour_title", "file_name", "number_text"):
        if key in model._meta.fields:
            row = model.select(model._meta.fields[key]).where(model.uuid == uuid).tuples().first()
            if row and row[0]:
                return f"“{row[0]}”"
    return uuid[:8]


def check(db, info: dict[str, Any], entries: list[tuple]) -> None:
    """Refuse (UserError) when a record the import wrote changed since, or is referred to by a
    record written later."""
    p = db.param
    lo, hi = info["seq"]
    written_uuids: dict[str, list[str]] = {}
    for row in entries:
        if row[4] == "import":
            written_uuids.setdefault(row[5], []).append(row[6])
    for kind, n in info["written"].items():
        model = MODEL_OF[kind]
        table = model._meta.table_name
        now = _scalar(db, f'SELECT COUNT(*) FROM "{table}" WHERE "seq" BETWEEN {p} AND {p}', (lo, hi))
        if now != n:
            still = {u for (u,) in db.execute_sql(
                f'SELECT "uuid" FROM "{table}" WHERE "seq" BETWEEN {p} AND {p}', (lo, hi)).fetchall()}
            moved = [u for u in written_uuids.get(kind, []) if u not in still]
            example = _label(model, moved[0]) if moved else ""
            raise UserError(f"不能撤销：本次导入的 {len(moved) or n - now} 条{KIND_LABELS[kind]}记录"
                            f"（如 {example}）此后又被修改、删除或合并过，撤销会丢失那些修改{REFUSED}")
    for kind in info["written"]:
        model = MODEL_OF[kind]
        new_ids = (f'SELECT "id" FROM "{model._meta.table_name}" WHERE "seq" BETWEEN {p} AND {p} '
                   'AND "version" = 1')
        for field in model._meta.backrefs:
            child = field.model
            col = field.column_name
            later = f' AND NOT ("seq" BETWEEN {p} AND {p})' if issubclass(child, Travelling) else ""
            sql = (f'SELECT 1 FROM "{child._meta.table_name}" WHERE "{col}" IN ({new_ids}){later} LIMIT 1')
            params = (lo, hi, lo, hi) if later else (lo, hi)
            if db.execute_sql(sql, params).fetchone():
                raise UserError(f"不能撤销：本次导入新增的{KIND_LABELS[kind]}记录此后已被其他记录引用"
                                f"（{child._meta.table_name}），撤销会使其失去依据{REFUSED}")
    opened = info.get("conflicts") or []
    if opened and SyncConflict.select().where(SyncConflict.id.in_(opened) &
                                              (SyncConflict.state != "open")).exists():
        raise UserError(f"不能撤销：本次导入产生的冲突已经合并处理过{REFUSED}")


def _stored(field, value: Any) -> Any:
    """A plain audit value (store.values.plain) back in database form."""
    if value is None:
        return None
    if isinstance(field, ForeignKeyField):
        return field.db_value(value)
    if isinstance(field, DateTimeField):
        value = parse_datetime(value)
    elif isinstance(field, DateField):
        value = dt.date.fromisoformat(value)
    elif isinstance(field, DecimalField):
        value = Decimal(str(value))
    elif isinstance(field, BooleanField):
        value = bool(value)
    return field.db_value(value)


def undo(db, info: dict[str, Any], *, package: str, actor: str, office: str) -> dict[str, int]:
    """Undo the import that `info` (merge.apply's `undo`) describes; returns counts."""
    db = getattr(db, "obj", None) or db
    trail = merge.AuditBatch(db, actor, package)  # takes PostgreSQL's audit lock first
    entries = _entries(db, info, package)
    check(db, info, entries)
    p = db.param
    lo, hi = info["seq"]
    restores: dict[str, list[tuple[str, dict]]] = {}
    for row in entries:
        if row[4] != "import":
            continue
        changes = json.loads(row[7])
        if merge.BEFORE not in changes:
            raise UserError(f"这次导入早于“撤销导入”功能，审计记录中没有导入前的版本，无法撤销{REFUSED}"
                            "（可从导入前的自动备份恢复）")
        if changes[merge.BEFORE] is not None:
            restores.setdefault(row[5], []).append((row[6], changes))
    removed = restored = 0
    for kind in reversed(KIND_ORDER):  # children before the records they point at
        if kind not in info["written"]:
            continue
        model = MODEL_OF[kind]
        table = model._meta.table_name
        where = f'"seq" BETWEEN {p} AND {p} AND "version" = 1'
        n = _scalar(db, f'SELECT COUNT(*) FROM "{table}" WHERE {where}', (lo, hi))
        if n:
            triggers = SetTriggers(db, table, "DELETE") if n >= SET_MINIMUM else None
            if triggers:
                triggers.run(where.replace('"seq"', '_r."seq"').replace('"version"', '_r."version"'), (lo, hi))
            for (uuid,) in db.execute_sql(f'SELECT "uuid" FROM "{table}" WHERE {where}', (lo, hi)).fetchall():
                trail.add(office, "undo-import", kind, uuid, {"_removed": True})
            db.execute_sql(f'DELETE FROM "{table}" WHERE {where}', (lo, hi))
            if triggers:
                triggers.restore()
            removed += n
    for kind in KIND_ORDER:
        items = restores.get(kind)
        if not items:
            continue
        model = MODEL_OF[kind]
        seq = merge._take_seqs(len(items))
        groups: dict[tuple[str, ...], list[tuple]] = {}
        for uuid, changes in items:
            before = dict(changes[merge.BEFORE])
            before.pop("version", None)
            values = {k: pair[0] for k, pair in changes.items() if not k.startswith("_")}
            values.update(before)
            values["seq"] = seq
            seq += 1
            names = tuple(sorted(values))
            groups.setdefault(names, []).append(
                tuple(_stored(model._meta.fields[k], values[k]) for k in names) + (uuid,))
            trail.add(office, "undo-import", kind, uuid,
                      {k: [pair[1], pair[0]] for k, pair in changes.items() if not k.startswith("_")})
        for names, rows in groups.items():
            sets = ", ".join(f'"{model._meta.fields[k].column_name}" = {p}' for k in names)
            run_many(db, f'UPDATE "{model._meta.table_name}" SET "version" = "version" + 1, {sets} '
                         f'WHERE "uuid" = {p}', rows)
        restored += len(items)
    opened = info.get("conflicts") or []
    superseded = info.get("superseded") or []
    if opened:
        SyncConflict.delete().where(SyncConflict.id.in_(opened)).execute()
    reopened = 0
    for i in range(0, len(superseded), merge.CHUNK):
        reopened += SyncConflict.update(state="open", resolved_at=None, resolved_by=None).where(
            SyncConflict.id.in_(superseded[i:i + merge.CHUNK]) & (SyncConflict.state == "superseded")).execute()
    DuplicateCandidate.delete().where((DuplicateCandidate.id > info.get("duplicates_after", 0)) &
                                      (DuplicateCandidate.package == package)).execute()
    trail.add(office, "undo-import", "package_log", None,
              {"package": [package, None], "removed": [None, removed], "restored": [None, restored]})
    trail.flush()
    return {"removed": removed, "restored": restored, "conflicts_removed": len(opened), "conflicts_reopened": reopened}
