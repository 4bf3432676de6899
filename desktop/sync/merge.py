"""Import preview and merge: classify every incoming record against the local one by version
vector, then apply new and newer versions, keep concurrent ones as conflicts, and audit it all."""

from __future__ import annotations

import json
from collections import defaultdict
from contextlib import nullcontext
from dataclasses import dataclass, field
from typing import Any, Callable, cast

from peewee import CharField, TextField

from desktop.domain.errors import ValidationError
from desktop.domain.record_check import check_record
from desktop.store import audit
from desktop.store.bulk import SET_MINIMUM, BackgroundWrites, LargerCache, SetTriggers, run_many, write_many
from desktop.store.db import as_tuples, is_postgres
from desktop.store.models import MODEL_OF, AttachmentBlob, AuditEntry, Counter, Person, utcnow
from desktop.store.sync_models import DuplicateCandidate, SyncConflict
from desktop.store.values import dumps_floatless, plain
from desktop.sync import vclock as vc
from desktop.sync.codec import (KIND_LABELS, KIND_ORDER, OFFICE_RE, UUID_RE, AbsurdField, RecordProblem,
                                columns, decoder, parse_datetime)
from desktop.sync.package import PROBLEM, Inner
from desktop.sync.safezip import BadPackage

NEW, UPDATED, DELETED, UNCHANGED, CONFLICT, SKIPPED = "new", "updated", "deleted", "unchanged", "conflict", "skipped"
OUTCOMES = (NEW, UPDATED, DELETED, UNCHANGED, CONFLICT, SKIPPED)
OUTCOME_LABELS = {NEW: "新增", UPDATED: "更新", DELETED: "删除", UNCHANGED: "无变化", CONFLICT: "冲突",
                  SKIPPED: "跳过"}
CHUNK = 400
MAX_CLOCK = 10_000  # offices in one version vector (a province has about a hundred)
NOT_NULL = {k: {c.name for c in columns(m) if not c.field.null} for k, m in MODEL_OF.items()}


def raw_in(model, select: list[str], key: str, values: list, extra: str = "") -> list[tuple]:
    """SELECT columns WHERE key IN (values), in chunks, without building peewee queries."""
    db = model._meta.database
    param = db.obj.param if hasattr(db, "obj") else db.param
    cols = ", ".join(f'"{model._meta.fields[c].column_name}"' for c in select)
    out: list[tuple] = []
    for i in range(0, len(values), CHUNK):
        part = values[i:i + CHUNK]
        sql = (f'SELECT {cols} FROM "{model._meta.table_name}" WHERE "{model._meta.fields[key].column_name}" '
               f'IN ({", ".join([param] * len(part))}){extra}')
        out.extend(db.execute_sql(sql, part).fetchall())
    return out


class Changed(Exception):
    """A record changed between planning and writing (another program on a shared database):
    the transaction is rolled back and the import planned again."""


@dataclass
class Item:
    kind: str
    uuid: str
    line: dict[str, Any]
    clock: dict[str, int]
    values: dict[str, Any]  # decoded; references still as UUIDs
    outcome: str = ""
    reason: str | None = None
    local_id: int | None = None
    local_clock: dict[str, int] | None = None
    local_version: int = 0
    supersedes: list[int] = field(default_factory=list)  # open conflict ids this replaces or closes
    missing_ref: bool = False

    @property
    def label(self) -> str:
        v = self.values
        for key in ("name", "title", "honour_title", "file_name", "number_text", "action"):
            if v.get(key):
                return str(v[key])[:60]
        return self.uuid[:8]


@dataclass
class Plan:
    items: list[Item]
    sender: str
    blobs_new: list[str]
    problems: list[str] = field(default_factory=list)

    def counts(self) -> dict[str, dict[str, int]]:
        out: dict[str, dict[str, int]] = {}
        for it in self.items:
            out.setdefault(it.kind, dict.fromkeys(OUTCOMES, 0))[it.outcome] += 1
        return out

    def totals(self) -> dict[str, int]:
        t = dict.fromkeys(OUTCOMES, 0)
        for it in self.items:
            t[it.outcome] += 1
        return t

    @property
    def missing_references(self) -> bool:
        return any(it.missing_ref for it in self.items)


def _decode(kind: str, number: int, obj: dict[Any, Any], cols: dict[str, Any]) -> Item:
    uuid = obj.get("uuid")
    if not isinstance(uuid, str) or not UUID_RE.match(uuid):
        raise RecordProblem(obj.get(PROBLEM) or "缺少有效的 UUID")
    if PROBLEM in obj:
        return Item(kind, uuid, obj, {}, {}, SKIPPED, obj[PROBLEM])
    item = Item(kind, uuid, obj, {}, {})
    try:
        clock = obj.get("vclock")
        if not isinstance(clock, dict) or not clock or len(clock) > MAX_CLOCK or not all(
                k.__class__ is str and OFFICE_RE.match(k) and v.__class__ is int and 0 <= v < 1 << 62
                for k, v in clock.items()):
            raise RecordProblem("版本向量（vclock）不正确")
        item.clock = dict(clock)
        for key in ("origin", "updated_by"):
            if not isinstance(obj.get(key), str) or not OFFICE_RE.match(obj[key]):
                raise RecordProblem(f"{key} 不是有效的单位代码")
        if not isinstance(obj.get("deleted"), bool):
            raise RecordProblem("deleted 应为是/否")
        for key in ("created_at", "updated_at"):
            obj[key] = parse_datetime(obj.get(key) or "")
        fields = obj.get("fields")
        if not isinstance(fields, dict):
            raise RecordProblem("缺少字段内容")
        if not fields.keys() <= cols.keys():
            unknown = set(fields) - set(cols)
            raise RecordProblem(f"含有本程序不认识的字段 {', '.join(sorted(unknown)[:3])}")
        values = item.values
        not_null = NOT_NULL[kind]
        get = fields.get
        for name, dec in cols.items():
            v = get(name)
            values[name] = dec(v) if v is not None else dec(None) if name in not_null else None
        try:  # the rules of local edits: code lists, ID check digits, dates, amounts …
            item.values = check_record(kind, values, deleted=obj["deleted"])
        except ValidationError as exc:
            field = getattr(exc, "field", None) or ""
            raise RecordProblem(f"{exc.message}（字段 {field}）" if field else exc.message) from None
    except RecordProblem as exc:
        item.outcome, item.reason = SKIPPED, exc.reason
    except AbsurdField as exc:
        raise BadPackage(str(exc)) from None
    return item


def plan(inner: Inner, sender: str, progress: Callable | None = None) -> Plan:
    """Read and classify everything; touches nothing. Call inside ledger.reading()."""
    items: list[Item] = []
    seen: set[tuple[str, str]] = set()
    by_kind: dict[str, list[Item]] = defaultdict(list)
    problems: list[str] = []
    all_cols = {k: {c.name: decoder(c, KIND_LABELS[k] + "记录") for c in columns(MODEL_OF[k])} for k in KIND_ORDER}
    sources = [None] if inner.format == 1 else KIND_ORDER
    for source in sources:
        for kind, number, obj in inner.lines(source):
            try:
                item = _decode(kind, number, obj, all_cols[kind])
            except RecordProblem as exc:
                item = Item(kind, str(obj.get("uuid"))[:36] if obj.get("uuid") else f"第{number}行", obj, {}, {},
                            SKIPPED, exc.reason)
            if (kind, item.uuid) in seen:
                raise BadPackage(f"数据包中同一条{KIND_LABELS[kind]}记录（{item.uuid[:8]}）出现了两次，已拒绝导入")
            seen.add((kind, item.uuid))
            by_kind[kind].append(item)
            if progress and len(seen) % 5000 == 0:
                progress(len(seen), max(sum(inner.manifest.get("counts", {}).values()), 1), "正在核对记录")
    # Local state of each record, and open conflicts.
    present: dict[str, set[str]] = {}
    for kind in KIND_ORDER:
        model = MODEL_OF[kind]
        group = [it for it in by_kind.get(kind, []) if it.outcome != SKIPPED]
        local: dict[str, tuple] = {}
        if model.select().exists():
            for row in raw_in(model, ["uuid", "id", "vclock", "version"], "uuid", [it.uuid for it in group]):
                local[row[0]] = row[1:]
        conflicts: dict[str, list[SyncConflict]] = defaultdict(list)
        if local and SyncConflict.select().where(SyncConflict.state == "open").exists():
            for i in range(0, len(group), CHUNK):
                uu = [it.uuid for it in group[i:i + CHUNK]]
                for c in SyncConflict.select().where((SyncConflict.record_uuid.in_(uu)) & (SyncConflict.state == "open")):
                    conflicts[c.record_uuid].append(c)
        present[kind] = set(local)
        for it in group:
            row = local.get(it.uuid)
            if row is None:
                it.outcome = DELETED if it.line["deleted"] else NEW
                continue
            it.local_id, it.local_version = row[0], row[2]
            it.local_clock = vc.parse(row[1])
            rel = vc.compare(it.clock, it.local_clock)
            open_ = conflicts.get(it.uuid, [])
            if rel == vc.EQUAL:
                it.outcome = UNCHANGED
            elif rel == vc.BEFORE:
                it.outcome, it.reason = UNCHANGED, "本地已有更新的版本"
            elif rel == vc.AFTER:
                it.outcome = DELETED if it.line["deleted"] else UPDATED
                it.supersedes = [c.id for c in open_ if vc.dominates(it.clock, vc.parse(c.remote_vclock))]
            else:
                held = [c for c in open_ if vc.dominates(vc.parse(c.remote_vclock), it.clock)]
                if held:
                    it.outcome, it.reason = UNCHANGED, "此版本已作为冲突保留，等待人工合并"
                else:
                    it.outcome = CONFLICT
                    it.reason = "双方在上次同步后都修改了此记录，两个版本均已保留，请人工逐项合并"
                    it.supersedes = [c.id for c in open_ if vc.dominates(it.clock, vc.parse(c.remote_vclock))]
        items.extend(by_kind.get(kind, []))
    # References must point at records that exist here or arrive in this package.
    incoming = {k: {it.uuid for it in by_kind.get(k, []) if it.outcome in (NEW, DELETED) and it.local_id is None}
                for k in KIND_ORDER}
    kind_of = {m: k for k, m in MODEL_OF.items()}
    fks = {k: [c for c in columns(MODEL_OF[k]) if c.fk is not None] for k in KIND_ORDER}
    for it in items:
        if it.outcome not in (NEW, UPDATED, DELETED):
            continue
        for col in fks[it.kind]:
            ref = it.values.get(col.name)
            if ref is None:
                continue
            target = kind_of[col.fk]
            if ref in incoming[target] or ref in present.get(target, set()) or _exists(col.fk, ref):
                continue
            it.outcome = SKIPPED
            it.reason = f"引用的{KIND_LABELS[target]}记录 {ref[:8]} 在本单位不存在（可能有数据包遗失，补齐后会自动导入）"
            it.missing_ref = True
            incoming[it.kind].discard(it.uuid)
            break
    for it in items:
        if it.outcome == SKIPPED and not it.reason:
            it.reason = "记录内容不正确"
    # Attachment contents not yet held here.
    shas = [p[6:] for p in inner.blob_names()]
    have: set[str] = set()
    for i in range(0, len(shas), CHUNK):
        have.update(s for (s,) in as_tuples(AttachmentBlob.select(AttachmentBlob.sha256)
                                            .where(AttachmentBlob.sha256.in_(shas[i:i + CHUNK]))))
    return Plan(items, sender, [s for s in shas if s not in have], problems)


def _exists(model, uuid: str) -> bool:
    return model.select().where(model.uuid == uuid).exists()


def insert_rows(model, names: list[str], rows: list[tuple]) -> None:
    """INSERT many rows (values already in database form), many per statement (store.bulk)."""
    if not rows:
        return
    db = model._meta.database
    write_many(db, model._meta.table_name, [model._meta.fields[n].column_name for n in names], rows)


AUDIT_COLUMNS = ["at", "actor", "office", "action", "table", "record_uuid", "changes", "package", "prev_hash", "hash"]
AUDIT_DB_COLUMNS = [AuditEntry._meta.fields[n].column_name for n in AUDIT_COLUMNS]
ROWS_PER_WRITE = 2000  # rows handed to the writing thread at a time


class AuditBatch:
    """Appends many audit entries with one read of the chain's end (same hashing as store.audit).
    `after_id` is the id of the last entry before the batch: every entry of this transaction has a
    larger one (appends are serialised: SQLite's write lock, PostgreSQL's advisory lock)."""

    def __init__(self, db, actor: str, package: str):
        self.db, self.actor, self.package = db, actor, package
        if is_postgres(db):
            db.execute_sql("SELECT pg_advisory_xact_lock(%s)", (audit._PG_LOCK_KEY,))
        last = AuditEntry.select(AuditEntry.id, AuditEntry.hash).order_by(AuditEntry.id.desc()).first()
        self.prev = last.hash if last else audit.GENESIS
        self.after_id = last.id if last else 0
        self.rows: list[tuple] = []
        self.writes: BackgroundWrites | None = None  # set while the import's rows go in by a helper thread
        # One import is one moment: every entry of the transaction carries the same time.
        at = utcnow()
        self.at_text, self.at_db = at.isoformat(sep=" "), AuditEntry._meta.fields["at"].db_value(at)

    def add(self, office: str | None, action: str, table: str, record_uuid: str | None, changes: dict) -> None:
        text = dumps_floatless(changes)  # decoded values and text: no floats
        h = audit.entry_hash(self.prev, self.at_text, self.actor, office, action, table, record_uuid,
                             text, self.package)
        self.rows.append((self.at_db, self.actor, office, action, table, record_uuid, text,
                          self.package, self.prev, h))
        self.prev = h
        if len(self.rows) >= 5000:
            self.flush()

    def flush(self) -> None:
        if self.writes is not None:
            self.writes.insert(AuditEntry._meta.table_name, AUDIT_DB_COLUMNS, self.rows)
        else:
            insert_rows(AuditEntry, AUDIT_COLUMNS, self.rows)
        self.rows = []


def _take_seqs(n: int) -> int:
    """Reserve n change sequence numbers; returns the first."""
    if n <= 0:
        return 0
    Counter.insert(name="change", value=n).on_conflict(
        conflict_target=[Counter.name], update={Counter.value: Counter.value + n}).execute()
    return Counter.get_by_id("change").value - n + 1


# The travelling fields a package sets besides the record's own (kept in the audit entry of an
# update so that an import can be undone: see docs/import-undo.md).
META = ("origin", "vclock", "created_at", "updated_at", "updated_by")
BEFORE = "_before"


def _max_id(model) -> int:
    row = model._meta.database.execute_sql(f'SELECT MAX("id") FROM "{model._meta.table_name}"').fetchone()
    return int(row[0] or 0)


def _write_kinds(db, by_kind: dict[str, list[Item]], trail: AuditBatch, seq: int, progress: Callable | None,
                 total: int, written: dict[str, int], writes: BackgroundWrites) -> None:
    """Write each kind's new and changed records (seq numbers from `seq` on, in plan order). New
    rows go to `writes` a few thousand at a time while the next are built; this thread reads or
    writes the database itself only after `writes.wait()`."""
    done = 0
    for kind in KIND_ORDER:
        group = by_kind.get(kind)
        if not group:
            continue
        writes.wait()  # the references below are looked up among everything written so far
        written[kind] = len(group)
        model = MODEL_OF[kind]
        table = model._meta.table_name
        cols = columns(model)
        fk_cols = [c for c in cols if c.fk is not None]
        ref_ids: dict[str, dict[str, int]] = {}
        for c in fk_cols:
            wanted = list({it.values[c.name] for it in group if it.values.get(c.name)})
            ref_ids[c.name] = dict(raw_in(c.fk, ["uuid", "id"], "uuid", wanted))
        names = ["uuid", "version", "origin", "vclock", "seq", "created_at", "updated_at", "updated_by",
                 "deleted"] + [c.name for c in cols]
        # Text is stored as is; only other kinds (dates, money, flags …) need the field's conversion.
        to_db = [(i, model._meta.fields[n].db_value) for i, n in enumerate(names)
                 if not isinstance(model._meta.fields[n], (CharField, TextField))]
        old_rows: dict[int, dict[str, Any]] = {}
        local_ids = [it.local_id for it in group if it.local_id is not None]
        for i in range(0, len(local_ids), CHUNK):
            found = cast(list[dict[str, Any]], list(model.select().where(model.id.in_(local_ids[i:i + CHUNK])).dicts()))
            old_rows.update((r["id"], r) for r in found)
        new_rows: list[tuple] = []
        updates: list[tuple] = []
        n_new = sum(1 for it in group if it.local_id is None)
        triggers = SetTriggers(db, table, "INSERT") if n_new >= SET_MINIMUM else None
        last_id = _max_id(model) if triggers and triggers.triggers else 0
        db_names = [model._meta.fields[n].column_name for n in names]
        for it in group:
            values = dict(it.values)
            for c in fk_cols:
                if values.get(c.name) is not None:
                    values[c.name] = ref_ids[c.name][values[c.name]]
            line = it.line
            clock = vc.dump(it.clock)
            row: list[Any] = [it.uuid, 1, line["origin"], clock, seq, line["created_at"], line["updated_at"],
                              line["updated_by"], line["deleted"]] + [values[c.name] for c in cols]
            seq += 1
            for i, fn in to_db:
                if row[i] is not None:
                    row[i] = fn(row[i])
            if it.local_id is None:
                new_rows.append(tuple(row))
                if len(new_rows) >= ROWS_PER_WRITE:
                    writes.insert(table, db_names, new_rows)
                    new_rows = []
                # what was stored (decoded, derived fields recomputed), in the audit trail's plain
                # form: text, whole numbers, dates and money as text — never a float (no model has one)
                changes: dict[str, Any] = {k: [None, v if v.__class__ is str else plain(v)]
                                           for k, v in it.values.items() if v not in (None, "", False)}
                if line["deleted"]:
                    changes["deleted"] = [None, True]
                changes[BEFORE] = None  # the record is new here: undoing the import removes it
            else:
                old = old_rows.get(it.local_id)
                if old is None or old["version"] != it.local_version:
                    raise Changed(f"{kind} {it.uuid}")
                changes = {}
                for k, v in list(values.items()) + [("deleted", line["deleted"])]:
                    before = old.get(k)
                    if plain(before) != plain(v) and not (before in (None, "") and v in (None, "")):
                        changes[k] = [plain(before), plain(v)]
                changes[BEFORE] = {k: plain(old[k]) for k in META + ("version",)}
                updates.append(tuple(row[2:]) + (it.local_id, it.local_version))
            trail.add(line["updated_by"], "import", kind, it.uuid, changes)
            done += 1
            if progress and done % 2000 == 0:
                progress(done, total, "正在写入")
        writes.insert(table, db_names, new_rows)
        if triggers:
            writes.wait()
            triggers.run('_r."id" > ?', (last_id,))
            triggers.restore()
        if updates:
            writes.wait()
            sets = ", ".join(f'"{model._meta.fields[n].column_name}" = {db.param}' for n in names[2:])
            sql = (f'UPDATE "{table}" SET "version" = "version" + 1, {sets} '
                   f'WHERE "id" = {db.param} AND "version" = {db.param}')
            changed = run_many(db, sql, updates)
            if changed is not None and changed != len(updates):
                raise Changed(kind)


def apply(db, plan: Plan, *, actor: str, package: str, inner: Inner,
          progress: Callable | None = None) -> dict[str, Any]:
    """Write the plan; call inside ledger.atomic(). Returns the duplicate-person candidates found
    and `undo`: what an undo of this import needs (seq and audit ranges, conflicts touched)."""
    db = getattr(db, "obj", None) or db  # the database behind a proxy
    writes = [it for it in plan.items if it.outcome in (NEW, UPDATED, DELETED)]
    seq = _take_seqs(len(writes))
    first_seq = seq
    trail = AuditBatch(db, actor, package)
    now = utcnow()
    by_kind: dict[str, list[Item]] = defaultdict(list)
    for it in writes:
        by_kind[it.kind].append(it)
    for sha in plan.blobs_new:
        data = inner.read_blob(sha)
        AttachmentBlob.insert(sha256=sha, size=len(data), data=data).on_conflict_ignore().execute()
    written: dict[str, int] = {}
    # (the helper thread is done before the cache goes back, also when writing fails)
    with LargerCache(db) if len(writes) > 5000 else nullcontext(), BackgroundWrites(db) as rows_out:
        trail.writes = rows_out
        try:
            _write_kinds(db, by_kind, trail, seq, progress, len(writes), written, rows_out)
            trail.flush()
            rows_out.wait()
        finally:
            trail.writes = None
    seq += len(writes)
    # Conflicts: keep the other version; close the ones an incoming version has settled.
    settled = [cid for it in plan.items for cid in it.supersedes]
    for i in range(0, len(settled), CHUNK):
        SyncConflict.update(state="superseded", resolved_at=now, resolved_by=plan.sender).where(
            SyncConflict.id.in_(settled[i:i + CHUNK])).execute()
    opened = []
    for it in plan.items:
        if it.outcome == CONFLICT:
            c = SyncConflict.create(kind=it.kind, record_uuid=it.uuid, remote_office=plan.sender,
                                    remote_vclock=vc.dump(it.clock), remote_data=json.dumps(_line_json(it.line),
                                                                                           ensure_ascii=False),
                                    local_vclock=vc.dump(it.local_clock or {}), package=package)
            opened.append(c.id)
            trail.add(plan.sender, "conflict", it.kind, it.uuid, {"remote_vclock": [None, vc.dump(it.clock)]})
    trail.flush()
    after_duplicates = _max_id(DuplicateCandidate)
    duplicates = find_duplicates([it.uuid for it in writes if it.kind == "person"], package)
    undo = {"seq": [first_seq, seq - 1], "audit_after": trail.after_id, "audit_last": _max_id(AuditEntry),
            "written": written, "superseded": settled, "conflicts": opened, "duplicates_after": after_duplicates}
    return {"duplicates": duplicates, "undo": undo}


def _line_json(line: dict[str, Any]) -> dict[str, Any]:
    out = dict(line)
    for key in ("created_at", "updated_at"):
        if hasattr(out.get(key), "isoformat"):
            out[key] = out[key].isoformat(sep=" ")
    return out


def find_duplicates(person_uuids: list[str], package: str | None) -> list[dict[str, Any]]:
    """Live persons with the same ID number as one of these but another UUID: offered for merging."""
    mine: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for uuid, number, name, deleted in raw_in(Person, ["uuid", "id_number", "name", "deleted"], "uuid", person_uuids):
        if number and not deleted:
            mine[number].append((uuid, name))
    if not mine:
        return []
    holders: dict[str, set[str]] = defaultdict(set)
    for uuid, number, deleted in raw_in(Person, ["uuid", "id_number", "deleted"], "id_number", list(mine)):
        if not deleted:
            holders[number].add(uuid)
    known = set(DuplicateCandidate.select(DuplicateCandidate.first_uuid, DuplicateCandidate.second_uuid).tuples())
    found = []
    for number, people in mine.items():
        for uuid, name in people:
            for other in sorted(holders[number] - {uuid}):
                pair = tuple(sorted((uuid, other)))
                if pair in known:
                    continue
                known.add(pair)
                found.append({"id_number": number, "name": name, "uuids": list(pair)})
    insert_rows(DuplicateCandidate, ["id_number", "first_uuid", "second_uuid", "package", "state", "created_at"],
                [(f["id_number"], f["uuids"][0], f["uuids"][1], package, "open",
                  DuplicateCandidate._meta.fields["created_at"].db_value(utcnow())) for f in found])
    return found
