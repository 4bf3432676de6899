"""Scanned documents and photos attached to records, stored once by SHA-256."""

from __future__ import annotations

import hashlib
import mimetypes
from pathlib import Path
from typing import Any

from desktop.domain.errors import NotFound, UserError, ValidationError
from desktop.services.ledger import Ledger
from desktop.services.records import get_live, to_dict
from desktop.store.models import MODEL_OF, Attachment, AttachmentBlob

MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024
OWNER_KINDS = {"person": "人员", "deed": "事迹", "case": "确认案件", "award": "奖励", "guarantee": "保障事项",
               "visit": "走访记录", "publicity": "宣传报道", "family_member": "亲属", "batch": "表彰批次"}


def store_blob(data: bytes) -> str:
    """Keep the bytes once; return their SHA-256. Call inside a transaction."""
    sha = hashlib.sha256(data).hexdigest()
    if not AttachmentBlob.select().where(AttachmentBlob.sha256 == sha).exists():
        AttachmentBlob.create(sha256=sha, size=len(data), data=data)
    return sha


def attach_file(ledger: Ledger, owner_kind: str, owner_ref: Any, source: str | Path | bytes, *,
                title: str | None = None, file_name: str | None = None) -> dict[str, Any]:
    """Attach a file (path or bytes) to a record."""
    if owner_kind not in OWNER_KINDS:
        raise ValidationError(f"不能向“{owner_kind}”添加附件", "owner_kind")
    if isinstance(source, bytes):
        data, name = source, file_name or "附件"
    else:
        path = Path(source)
        if not path.is_file():
            raise UserError(f"文件“{path}”不存在")
        if path.stat().st_size > MAX_ATTACHMENT_BYTES:
            raise ValidationError(f"文件“{path.name}”超过 {MAX_ATTACHMENT_BYTES // 1024 // 1024} MB，请压缩后再添加", "file")
        data, name = path.read_bytes(), file_name or path.name
    if len(data) > MAX_ATTACHMENT_BYTES:
        raise ValidationError("附件过大", "file")
    ledger.require("edit_records")
    with ledger.atomic() as w:
        owner = get_live(MODEL_OF[owner_kind], owner_ref, OWNER_KINDS[owner_kind])
        sha = store_blob(data)
        att = w.create(Attachment, {
            "sha256": sha, "owner_kind": owner_kind, "owner_uuid": owner.uuid,
            "title": title or name, "file_name": name, "size": len(data),
            "mime": mimetypes.guess_type(name)[0] or "application/octet-stream"})
    return to_dict(att)


def list_attachments(ledger: Ledger, owner_kind: str, owner_ref: Any) -> list[dict[str, Any]]:
    with ledger.reading():
        owner = get_live(MODEL_OF[owner_kind], owner_ref, OWNER_KINDS.get(owner_kind, owner_kind))
        q = Attachment.select().where((Attachment.owner_uuid == owner.uuid) & (Attachment.deleted == False))  # noqa: E712
        return [to_dict(a) for a in q.order_by(Attachment.id)]


def attachment_bytes(ledger: Ledger, ref: Any) -> tuple[dict[str, Any], bytes]:
    with ledger.reading():
        att = get_live(Attachment, ref, "附件")
        blob = AttachmentBlob.get_or_none(AttachmentBlob.sha256 == att.sha256)
        if blob is None:
            raise NotFound(f"附件“{att.file_name}”的内容缺失（可能尚未随数据包传入）")
        data = bytes(blob.data)
        if hashlib.sha256(data).hexdigest() != att.sha256:
            raise UserError(f"附件“{att.file_name}”内容已损坏（校验值不符）")
        return to_dict(att), data


