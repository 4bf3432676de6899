"""Reading the records to send: everything changed after a sequence number, references as UUIDs.

Rows are read with plain SQL (not model instances): exporting 100,000 records must keep pace with
zipping the same bytes."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any, Callable

from peewee import BooleanField, DateField, DateTimeField, DecimalField

from desktop.store.db import as_tuples
from desktop.store.models import MODEL_OF, AttachmentBlob, Counter, Person
from desktop.sync.codec import KIND_ORDER, columns, encode_value
from desktop.sync.package import PackageWriter

Progress = Callable[[int, int, str], Any]
META = ["uuid", "origin", "vclock", "created_at", "updated_at", "updated_by", "deleted"]
CENT = Decimal("0.01")


encode = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def _q(value: Any) -> str:
    """A UUID, office code or ISO time as a JSON string (anything unusual goes through the encoder)."""
    if value is None:
        return "null"
    if value.__class__ is str and value.isascii() and '"' not in value and "\\" not in value and value.isprintable():
        return '"' + value + '"'
    return encode(value)


def _clock(text: str | None) -> str:
    """The stored vclock, re-encoded only when it is not plain compact JSON."""
    text = text or "{}"
    if text.startswith("{") and " " not in text and "\n" not in text:
        return text
    return encode(json.loads(text))


def current_seq() -> int:
    row = Counter.get_or_none(Counter.name == "change")
    return row.value if row else 0


def count_changed(since: int, upto: int) -> int:
    return sum(MODEL_OF[k].select().where((MODEL_OF[k].seq > since) & (MODEL_OF[k].seq <= upto)).count()
               for k in KIND_ORDER)


def _when(v: Any) -> Any:
    if v is None or isinstance(v, str):
        return v
    return encode_value(v)


def _money(v: Any) -> Any:
    if v is None:
        return None
    return str(Decimal(str(v)).quantize(CENT))


def _flag(v: Any) -> Any:
    return None if v is None else bool(v)


def _converter(field) -> Callable[[Any], Any] | None:
    if isinstance(field, BooleanField):
        return _flag
    if isinstance(field, DecimalField):
        return _money
    if isinstance(field, (DateField, DateTimeField)):
        return _when
    return None


def write_records(writer: PackageWriter, since: int, upto: int, progress: Progress | None = None,
                  total: int | None = None, skip_made_by: str | None = None) -> dict[str, int]:
    """Write every record with since < seq <= upto, then the attachment contents they need.

    `skip_made_by`: leave out records whose current version that office made itself (it has them)."""
    db = Person._meta.database
    param = getattr(db.obj, "param", "?") if hasattr(db, "obj") else "?"
    uuid_maps: dict[type, dict[int, str]] = {}
    blobs: set[str] = set()
    done = 0
    total = total or 1
    for kind in KIND_ORDER:
        model = MODEL_OF[kind]
        cols = columns(model)
        names = [c.name for c in cols]
        fields = [model._meta.fields[n] for n in META] + [c.field for c in cols]
        sql = (f'SELECT {", ".join(chr(34) + f.column_name + chr(34) for f in fields)} '
               f'FROM "{model._meta.table_name}" WHERE "seq" > {param} AND "seq" <= {param}')
        params: list[Any] = [since, upto]
        if skip_made_by:
            sql += f' AND ("updated_by" IS NULL OR "updated_by" <> {param})'
            params.append(skip_made_by)
        sql += ' ORDER BY "id"'
        convert: list[tuple[int, Callable]] = []
        for i, c in enumerate(cols):
            if c.fk is not None:
                if c.fk not in uuid_maps:
                    uuid_maps[c.fk] = dict(c.fk.select(c.fk.id, c.fk.uuid).tuples().iterator())
                convert.append((i, uuid_maps[c.fk].get))
            else:
                fn = _converter(c.field)
                if fn is not None:
                    convert.append((i, fn))
        sha_index = names.index("sha256") if kind == "attachment" else None
        photo_index = names.index("photo_sha256") if model is Person else None

        def lines():
            nonlocal done
            cursor = db.execute_sql(sql, params)
            while True:
                batch = cursor.fetchmany(2000)
                if not batch:
                    break
                for row in batch:
                    values = list(row[7:])
                    for i, fn in convert:
                        if values[i] is not None:
                            values[i] = fn(values[i])
                    deleted = bool(row[6])
                    if not deleted:
                        if sha_index is not None and values[sha_index]:
                            blobs.add(values[sha_index])
                        if photo_index is not None and values[photo_index]:
                            blobs.add(values[photo_index])
                    # The meta fields are codes, UUIDs, times and the stored vclock JSON: spliced as text.
                    yield (f'{{"uuid":{_q(row[0])},"origin":{_q(row[1])},'
                           f'"vclock":{_clock(row[2])},"created_at":{_q(_when(row[3]))},'
                           f'"updated_at":{_q(_when(row[4]))},"updated_by":{_q(row[5])},'
                           f'"deleted":{"true" if deleted else "false"},"fields":{encode(dict(zip(names, values)))}}}'
                           ).encode("utf-8")
                done += len(batch)
                if progress:
                    progress(done, total, "正在写出记录")

        writer.write_records(kind, lines())
    shas = sorted(blobs)
    for i in range(0, len(shas), 100):
        for sha, data in as_tuples(AttachmentBlob.select(AttachmentBlob.sha256, AttachmentBlob.data)
                                   .where(AttachmentBlob.sha256.in_(shas[i:i + 100]))):
            writer.write_blob(sha, bytes(data))
        if progress:
            progress(done, total, f"正在写出附件（{min(i + 100, len(shas))}/{len(shas)}）")
    return dict(writer.counts, attachments_files=len(shas))
