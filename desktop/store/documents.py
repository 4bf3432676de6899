"""Document numbering: one counter row per office, kind and year.

Local to this installation's database but shared by every clerk working on it: a number is
taken by incrementing the row inside the transaction that records the issued document, so
two clerks never get the same number and a failed rendering gives its number back.
"""

from __future__ import annotations

from peewee import AutoField, CharField, IntegerField

from desktop.store.models import BaseModel


class DocumentCounter(BaseModel):
    id = AutoField()
    office = CharField(max_length=6)
    kind = CharField(max_length=20)
    year = IntegerField()
    last = IntegerField(default=0)

    class Meta:
        table_name = "document_counter"
        indexes = ((("office", "kind", "year"), True),)


DOCUMENT_MODELS = [DocumentCounter]
