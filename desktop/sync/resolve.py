"""Settling a conflict field by field, and merging two person records that are the same person.

Both are written as new local changes whose version vector dominates every version involved, so
the outcome travels on to the other offices like any other change."""

from __future__ import annotations

import json
from typing import Any

from desktop.domain.errors import NotFound, UserError, ValidationError
from desktop.domain.record_check import DERIVED, check_record, derive
from desktop.store import audit
from desktop.store.models import (MODEL_OF, Attachment, Award, DeedPerson, FamilyMember, GuaranteeItem,
                                  IssuedDocument, Person, PublicityItem, Visit, utcnow)
from desktop.store.records import next_value
from desktop.store.sync_models import DuplicateCandidate, SyncConflict
from desktop.store.values import plain
from desktop.sync import vclock as vc
from desktop.sync.codec import KIND_LABELS, RecordProblem, columns, decode_value, encode_value


def conflict_fields(conflict: SyncConflict) -> list[dict[str, Any]]:
    """Each field with the local and the other office's value (references as UUIDs)."""
    model = MODEL_OF[conflict.kind]
    record = model.get_or_none(model.uuid == conflict.record_uuid)
    if record is None:
        raise NotFound("冲突所指的记录已不存在")
    remote = json.loads(conflict.remote_data)
    out = []
    derived = DERIVED.get(conflict.kind, frozenset())
    for col in columns(model):
        if col.name in derived:
            continue
        local = record.__data__.get(col.name)
        if col.fk is not None and local is not None:
            local = col.fk.get_by_id(local).uuid
        local = encode_value(local)
        other = remote["fields"].get(col.name)
        out.append({"field": col.name, "local": local, "remote": other, "differs": local != other})
    out.append({"field": "deleted", "local": bool(record.deleted), "remote": bool(remote.get("deleted")),
                "differs": bool(record.deleted) != bool(remote.get("deleted"))})
    return out


def resolve(db, conflict: SyncConflict, choices: dict[str, str], *, office: str, actor: str) -> dict[str, Any]:
    """Write the merged record: for each field "local" (default) or "remote". Inside a transaction."""
    if conflict.state != "open":
        raise UserError("该冲突已处理过")
    model = MODEL_OF[conflict.kind]
    record = model.get_or_none(model.uuid == conflict.record_uuid)
    if record is None:
        raise NotFound("冲突所指的记录已不存在")
    remote = json.loads(conflict.remote_data)
    cols = {c.name: c for c in columns(model)}
    derived = DERIVED.get(conflict.kind, frozenset())
    bad = set(choices) - set(cols) - {"deleted"} | (set(choices) & derived)
    if bad:
        raise ValidationError(f"没有字段“{sorted(bad)[0]}”", "choices")
    update: dict[str, Any] = {}
    changes: dict[str, list] = {}
    for name, side in choices.items():
        if side not in ("local", "remote"):
            raise ValidationError(f"字段 {name} 的选择应为 local 或 remote", name)
        if side != "remote":
            continue
        if name == "deleted":
            value = bool(remote.get("deleted"))
        else:
            col = cols[name]
            try:
                value = decode_value(col, remote["fields"].get(name), KIND_LABELS[conflict.kind])
            except RecordProblem as exc:
                raise ValidationError(f"对方版本的字段 {name} 不能采用：{exc.reason}", name) from None
            if col.fk is not None and value is not None:
                target = col.fk.get_or_none(col.fk.uuid == value)
                if target is None:
                    raise ValidationError(f"对方版本的字段 {name} 引用的记录在本单位不存在", name)
                value = target.id
        before = record.__data__.get(name)
        if plain(before) != plain(value):
            changes[name] = [plain(before), plain(value)]
            update[name] = value
    if update:
        current = {name: record.__data__.get(name) for name in cols}
        current.update(update)
        try:  # the merged record must obey the same rules as a local edit
            check_record(conflict.kind, {k: v for k, v in current.items() if k in cols and cols[k].fk is None},
                         deleted=bool(update.get("deleted", record.deleted)))
        except ValidationError as exc:
            raise ValidationError(f"按所选合并后记录不符合规则：{exc.message}", exc.field) from None
    if update and derived:
        for name, value in derive(conflict.kind, current).items():
            if name in derived and value != record.__data__.get(name):
                update[name] = value
    merged = vc.merge(vc.parse(record.vclock), vc.parse(conflict.remote_vclock))
    merged[office] = merged.get(office, 0) + 1
    fields = {model._meta.fields[k]: v for k, v in update.items()}
    fields.update({model.version: record.version + 1, model.vclock: vc.dump(merged),
                   model.seq: next_value("change"), model.updated_at: utcnow(), model.updated_by: office})
    n = model.update(fields).where((model.id == record.id) & (model.version == record.version)).execute()
    if n != 1:
        raise UserError("记录在合并期间被修改，请重新打开合并窗口")
    audit.append(db, actor=actor, office=office, action="merge", table=conflict.kind,
                 record_uuid=record.uuid, changes=changes)
    now = utcnow()
    SyncConflict.update(state="resolved", resolved_at=now, resolved_by=actor).where(SyncConflict.id == conflict.id).execute()
    # Other open conflicts of this record that the merged version has now seen are settled too.
    for other in SyncConflict.select().where((SyncConflict.record_uuid == record.uuid) & (SyncConflict.state == "open")):
        if vc.dominates(merged, vc.parse(other.remote_vclock)):
            SyncConflict.update(state="superseded", resolved_at=now, resolved_by=actor).where(
                SyncConflict.id == other.id).execute()
    return {"uuid": record.uuid, "changed": sorted(changes), "vclock": merged}


PERSON_LINKS = [FamilyMember, DeedPerson, Award, GuaranteeItem, Visit, PublicityItem, IssuedDocument]


def merge_persons(writer, keep_uuid: str, drop_uuid: str) -> dict[str, Any]:
    """Keep one record, move every link of the other to it, fill its empty fields, tombstone the other."""
    if keep_uuid == drop_uuid:
        raise ValidationError("不能把记录与自身合并", "uuid")
    keep = Person.get_or_none((Person.uuid == keep_uuid) & (Person.deleted == False))  # noqa: E712
    drop = Person.get_or_none((Person.uuid == drop_uuid) & (Person.deleted == False))  # noqa: E712
    if keep is None or drop is None:
        raise NotFound("要合并的人员记录不存在或已删除")
    moved = 0
    for model in PERSON_LINKS:
        for rec in model.select().where((model.person == drop.id) & (model.deleted == False)):  # noqa: E712
            writer.update(rec, {"person": keep.id})
            moved += 1
    for att in Attachment.select().where((Attachment.owner_kind == "person") & (Attachment.owner_uuid == drop.uuid)
                                         & (Attachment.deleted == False)):  # noqa: E712
        writer.update(att, {"owner_uuid": keep.uuid})
        moved += 1
    fill = {c.name: drop.__data__.get(c.name) for c in columns(Person)
            if keep.__data__.get(c.name) in (None, "") and drop.__data__.get(c.name) not in (None, "")}
    if fill:
        writer.update(keep, fill)
    writer.delete(drop)
    DuplicateCandidate.update(state="merged").where(
        (DuplicateCandidate.first_uuid.in_([keep_uuid, drop_uuid])) &
        (DuplicateCandidate.second_uuid.in_([keep_uuid, drop_uuid]))).execute()
    return {"kept": keep.uuid, "removed": drop.uuid, "moved_links": moved, "filled": sorted(fill)}
