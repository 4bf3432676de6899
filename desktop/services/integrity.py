"""`check`: the database's own integrity, its references, and the audit trail's hash chain."""

from __future__ import annotations

from typing import Any

from desktop.services.ledger import Ledger
from desktop.store import audit, migrations
from desktop.store.db import is_postgres
from desktop.store.models import AttachmentBlob, Attachment, TRAVELLING_MODELS


def check(ledger: Ledger) -> dict[str, Any]:
    """Run every check; `problems` lists what is wrong in Chinese (empty when all is well)."""
    problems: list[str] = []
    with ledger.reading():
        db = ledger.db
        if not is_postgres(db):
            rows = [r[0] for r in db.execute_sql("PRAGMA integrity_check").fetchall()]
            if rows != ["ok"]:
                problems += [f"数据库文件损坏：{r}" for r in rows[:20]]
            fk = db.execute_sql("PRAGMA foreign_key_check").fetchall()
            if fk:
                problems.append(f"有 {len(fk)} 处引用指向不存在的记录（例如表 {fk[0][0]}）")
        version = migrations.current_version(db)
        if version != migrations.latest_version():
            problems.append(f"数据库结构版本为 {version}，程序需要 {migrations.latest_version()}")
        problems += audit.verify_chain()
        missing = (Attachment.select(Attachment.sha256).where(Attachment.deleted == False)  # noqa: E712
                   .where(Attachment.sha256.not_in(AttachmentBlob.select(AttachmentBlob.sha256))).count())
        if missing:
            problems.append(f"有 {missing} 个附件的内容缺失")
        problems += _rule_problems()
        counts = {m.__name__: m.select().where(m.deleted == False).count() for m in TRAVELLING_MODELS}  # noqa: E712
    return {"ok": not problems, "problems": problems, "schema_version": version, "counts": counts}


def _rule_problems() -> list[str]:
    """Stored records that break the rules of local edits (e.g. taken from a package by an older
    version): codes outside their lists, resident ID numbers with a wrong check digit."""
    from desktop.domain.id_number import check_digit
    from desktop.domain.record_check import code_columns
    from desktop.store.models import MODEL_OF, FamilyMember, Person
    from desktop.sync.codec import KIND_LABELS

    out = []
    for kind, fields in code_columns().items():
        model = MODEL_OF[kind]
        for name, (label, allowed) in fields.items():
            col = model._meta.fields[name]
            q = model.select(model.id, col).where((model.deleted == False) & col.is_null(False)  # noqa: E712
                                                  & (col != "") & col.not_in(sorted(allowed)))
            n = q.count()
            if n:
                first = q.order_by(model.id).first()
                out.append(f"有 {n} 条{KIND_LABELS[kind]}记录的{label}不在代码表中"
                           f"（例如编号 {first.id} 的“{str(getattr(first, name))[:20]}”）")
    for model, kind in ((Person, "person"), (FamilyMember, "family_member")):
        wrong, example = 0, None
        q = model.select(model.id, model.id_number).where((model.deleted == False)  # noqa: E712
                                                         & model.id_number.is_null(False))
        if model is Person:
            q = q.where((Person.id_type == "resident") | Person.id_type.is_null())
        for rid, number in q.tuples().iterator():
            if len(number) == 18 and number[:17].isdigit() and check_digit(number[:17]) == number[17]:
                continue
            if len(number) == 15 and number.isdigit():
                continue
            wrong += 1
            example = example or rid
        if wrong:
            out.append(f"有 {wrong} 条{KIND_LABELS[kind]}记录的身份证号校验位不正确（例如编号 {example}）")
    return out
