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
        counts = {m.__name__: m.select().where(m.deleted == False).count() for m in TRAVELLING_MODELS}  # noqa: E712
    return {"ok": not problems, "problems": problems, "schema_version": version, "counts": counts}
