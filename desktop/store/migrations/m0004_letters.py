"""Migration 4: document number counters for letters and certificates.

The table is frozen here as it was made (live model: store/documents.py)."""

from __future__ import annotations

from peewee import AutoField, CharField, IntegerField, Model


class DocumentCounter(Model):
    id = AutoField()
    office = CharField(max_length=6)
    kind = CharField(max_length=20)
    year = IntegerField()
    last = IntegerField(default=0)

    class Meta:
        table_name = "document_counter"
        legacy_table_names = False  # as the live BaseModel: the index names follow the table name
        indexes = ((("office", "kind", "year"), True),)


MODELS = [DocumentCounter]


def up(db, migrator) -> None:
    with db.bind_ctx(MODELS):
        db.create_tables(MODELS, safe=True)
