"""Reading the records to send: everything changed after a sequence number, references as UUIDs."""

from __future__ import annotations

import json
from typing import Any, Callable

from desktop.store.models import MODEL_OF, AttachmentBlob, Counter, Person, Travelling
from desktop.sync.codec import KIND_ORDER, columns, encode_value
from desktop.sync.package import PackageWriter

Progress = Callable[[int, int, str], Any]


def current_seq() -> int:
    row = Counter.get_or_none(Counter.name == "change")
    return row.value if row else 0


class _UuidMap:
    def __init__(self):
        self.maps: dict[type, dict[int, str]] = {}

    def get(self, model: type[Travelling]) -> dict[int, str]:
        if model not in self.maps:
            self.maps[model] = dict(model.select(model.id, model.uuid).tuples().iterator())
        return self.maps[model]


def count_changed(since: int, upto: int) -> int:
    return sum(MODEL_OF[k].select().where((MODEL_OF[k].seq > since) & (MODEL_OF[k].seq <= upto)).count()
               for k in KIND_ORDER)


def write_records(writer: PackageWriter, since: int, upto: int, progress: Progress | None = None,
                  total: int | None = None) -> dict[str, int]:
    """Write every record with since < seq <= upto, then the attachment contents they need."""
    uuids = _UuidMap()
    blobs: set[str] = set()
    done = 0
    total = total or 1
    for kind in KIND_ORDER:
        model = MODEL_OF[kind]
        cols = columns(model)
        select = [model.uuid, model.origin, model.vclock, model.created_at, model.updated_at,
                  model.updated_by, model.deleted] + [model._meta.fields[c.name] for c in cols]
        fk_maps = [(i, uuids.get(c.fk)) for i, c in enumerate(cols) if c.fk is not None]
        names = [c.name for c in cols]
        sha_index = names.index("sha256") if kind == "attachment" else None
        photo_index = names.index("photo_sha256") if model is Person else None

        def lines():
            nonlocal done
            q = (model.select(*select).where((model.seq > since) & (model.seq <= upto))
                 .order_by(model.id).tuples())
            for row in q.iterator():
                values = [encode_value(v) for v in row[7:]]
                for i, mapping in fk_maps:
                    if values[i] is not None:
                        values[i] = mapping.get(values[i])
                if not row[6]:
                    if sha_index is not None and values[sha_index]:
                        blobs.add(values[sha_index])
                    if photo_index is not None and values[photo_index]:
                        blobs.add(values[photo_index])
                done += 1
                if progress and done % 2000 == 0:
                    progress(done, total, "正在写出记录")
                yield {"uuid": row[0], "origin": row[1], "vclock": json.loads(row[2] or "{}"),
                       "created_at": encode_value(row[3]), "updated_at": encode_value(row[4]),
                       "updated_by": row[5], "deleted": bool(row[6]), "fields": dict(zip(names, values))}

        writer.write_records(kind, lines())
    shas = sorted(blobs)
    for i in range(0, len(shas), 200):
        for sha, data in (AttachmentBlob.select(AttachmentBlob.sha256, AttachmentBlob.data)
                          .where(AttachmentBlob.sha256.in_(shas[i:i + 200])).tuples()):
            writer.write_blob(sha, bytes(data))
        if progress:
            progress(done, total, f"正在写出附件（{min(i + 200, len(shas))}/{len(shas)}）")
    return dict(writer.counts, attachments_files=len(shas))
