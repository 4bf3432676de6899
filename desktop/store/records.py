"""The one way travelling records are written: versioned, sequenced, audited.

Every create, update and delete goes through here so that the version vector, the change
sequence (incremental export), the optimistic lock and the audit trail can never be forgotten.
"""

from __future__ import annotations

import json
from typing import Any, TypeVar

from peewee import Database, Model

from desktop.domain.errors import StaleRecord
from desktop.store import audit
from desktop.store.models import KIND_OF, Counter, Travelling, utcnow
from desktop.store.values import plain

T = TypeVar("T", bound=Travelling)
SYSTEM_FIELDS = {"id", "uuid", "origin", "version", "vclock", "seq", "created_at", "updated_at",
                 "updated_by", "deleted"}


def next_value(name: str, db: Database | None = None, count: int = 1) -> int:
    """Add `count` to a named counter inside the current transaction and return the new value
    (the values taken are new - count + 1 … new)."""
    db = db or Counter._meta.database
    p = db.param
    row = db.execute_sql(f'UPDATE "counter" SET "value" = "value" + {p} WHERE "name" = {p} RETURNING "value"',
                         (count, name)).fetchone()
    if row:
        return int(row[0])
    Counter.insert(name=name, value=count).on_conflict(
        conflict_target=[Counter.name], update={Counter.value: Counter.value + count}).execute()
    return Counter.get_by_id(name).value


_INSERT_SQL: dict[tuple[type, str], tuple[str, list]] = {}


def insert_record(db: Database, record: Travelling) -> int:
    """INSERT one record with a statement built once per model (peewee's builder is the hot spot)."""
    model = type(record)
    key = (model, db.param)
    if key not in _INSERT_SQL:
        fields = [f for f in model._meta.sorted_fields if f.name != "id"]
        cols = ", ".join(f'"{f.column_name}"' for f in fields)
        marks = ", ".join([db.param] * len(fields))
        _INSERT_SQL[key] = (f'INSERT INTO "{model._meta.table_name}" ({cols}) VALUES ({marks}) RETURNING "id"', fields)
    sql, fields = _INSERT_SQL[key]
    data = record.__data__
    new_id = db.execute_sql(sql, [f.db_value(data.get(f.name)) for f in fields]).fetchone()[0]
    record.id = new_id
    record._dirty.clear()  # type: ignore[attr-defined]  # peewee's own field, not declared
    return new_id


def bump_clock(vclock: str | None, office: str) -> str:
    clock = json.loads(vclock or "{}")
    clock[office] = clock.get(office, 0) + 1
    return json.dumps(clock, sort_keys=True, separators=(",", ":"))


class Writer:
    """Writes records for one actor of one office within the caller's transaction."""

    def __init__(self, db: Database, *, office: str, actor: str, package: str | None = None):
        self.db, self.office, self.actor, self.package = db, office, actor, package
        self.last_hash: str | None = None  # hash of the last audit entry this transaction wrote

    def create(self, model: type[T], values: dict[str, Any]) -> T:
        record = model(**values)
        record.origin = values.get("origin") or self.office
        record.vclock = bump_clock("{}", self.office)
        record.seq = next_value("change", self.db)
        record.updated_by = self.office
        insert_record(self.db, record)
        data = record.__data__
        changes = {k: [None, plain(data.get(k))] for k in record._meta.fields
                   if k not in SYSTEM_FIELDS and data.get(k) not in (None, "", False)}
        self.audit("create", KIND_OF[model], record.uuid, changes)
        return record

    def audit(self, action: str, table: str, record_uuid: str | None, changes: dict) -> None:
        """One entry in the hash-chained audit trail, in this write's transaction: what every record
        write appends, and what a change that is not a record (a setting, a full view) appends alone."""
        self.last_hash = audit.append(self.db, actor=self.actor, office=self.office, action=action, table=table,
                                      record_uuid=record_uuid, changes=changes, package=self.package,
                                      prev_hash=self.last_hash)

    def forget(self) -> None:
        """Forget cached state after a rolled-back savepoint (the cached audit hash may be gone)."""
        self.last_hash = None

    def update(self, record: T, values: dict[str, Any], expected_version: int | None = None) -> dict[str, list]:
        """Apply changed values; refuse if someone else saved since `expected_version`."""
        changes: dict[str, list] = {}
        for name, new in values.items():
            field = record._meta.fields[name]
            old = record.__data__.get(name) if hasattr(field, "rel_model") else getattr(record, name)
            new_plain = new.id if isinstance(new, Travelling) else new
            if plain(old) != plain(new_plain):
                changes[name] = [plain(old), plain(new_plain)]
        if not changes:
            if expected_version is not None and expected_version != record.version:
                raise _stale(record)
            return {}
        base_version = record.version if expected_version is None else expected_version
        sets = {n: v for n, v in values.items() if n in changes}
        sets.update({"version": base_version + 1, "vclock": bump_clock(record.vclock, self.office),
                     "seq": next_value("change", self.db), "updated_at": utcnow(), "updated_by": self.office})
        if self._raw_update(record, sets, base_version) != 1:
            raise _stale(record)
        self.audit("update", KIND_OF[type(record)], record.uuid, changes)
        return changes

    def _raw_update(self, record: Travelling, sets: dict[str, Any], base_version: int) -> int:
        """UPDATE … WHERE id = ? AND version = ? (the optimistic lock); keep `record` in step."""
        model, p = type(record), self.db.param
        fields = [model._meta.fields[n] for n in sets]
        plain_values = [v.get_id() if isinstance(v, Model) else v for v in sets.values()]
        assignments = ", ".join(f'"{f.column_name}" = {p}' for f in fields)
        sql = f'UPDATE "{model._meta.table_name}" SET {assignments} WHERE "id" = {p} AND "version" = {p}'
        params = [f.db_value(v) for f, v in zip(fields, plain_values)] + [record.id, base_version]
        count = self.db.execute_sql(sql, params).rowcount
        if count == 1:
            for f, v in zip(fields, plain_values):
                record.__data__[f.name] = v
                record.__rel__.pop(f.name, None)
            record._dirty.clear()  # type: ignore[attr-defined]
        return count

    def delete(self, record: Travelling, expected_version: int | None = None) -> None:
        """Mark the record deleted; the tombstone travels to other offices."""
        base_version = record.version if expected_version is None else expected_version
        sets = {"deleted": True, "version": base_version + 1, "vclock": bump_clock(record.vclock, self.office),
                "seq": next_value("change", self.db), "updated_at": utcnow(), "updated_by": self.office}
        if self._raw_update(record, sets, base_version) != 1:
            raise _stale(record)
        self.audit("delete", KIND_OF[type(record)], record.uuid, {"deleted": [False, True]})


def _stale(record: Travelling) -> StaleRecord:
    return StaleRecord("该记录已被其他用户修改并保存，为避免覆盖对方的修改，请重新载入后再编辑。"
                       f"（记录 {record.uuid[:8]}）")
