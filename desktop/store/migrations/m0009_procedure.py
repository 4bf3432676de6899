"""Migration 9: the confirmation procedure — 陈述申辩 date and 移送 on a case, 送达 records.

The table and column are frozen here (the migration does not import desktop.store.models).
"""

from peewee import (
    AutoField,
    BigIntegerField,
    BooleanField,
    CharField,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)
from playhouse.migrate import migrate


class _IssuedDocument(Model):  # only the target of the foreign key (not created here)
    id = AutoField()

    class Meta:
        table_name = "issued_document"


class _DocumentService(Model):
    id = AutoField()
    uuid = CharField(max_length=36, unique=True)
    origin = CharField(max_length=6, index=True)
    version = IntegerField(default=1)
    vclock = TextField(default="{}")
    seq = BigIntegerField(default=0, index=True)
    created_at = DateTimeField()
    updated_at = DateTimeField()
    updated_by = CharField(max_length=6, null=True)
    deleted = BooleanField(default=False)
    document = ForeignKeyField(_IssuedDocument, index=True)
    served_to = CharField(max_length=100)
    served_on = DateField()
    method = CharField(max_length=20)
    receiver = CharField(max_length=100, null=True)
    server = CharField(max_length=100, null=True)
    notes = TextField(null=True)

    class Meta:
        table_name = "document_service"
        legacy_table_names = False  # as the live BaseModel: the index names follow the table name


def up(db, migrator) -> None:
    columns = {c.name for c in db.get_columns("confirmation_case")}
    new = [("statement_on", DateField(null=True)), ("transferred_to", CharField(max_length=6, null=True)),
           ("transferred_on", DateField(null=True))]
    ops = [migrator.add_column("confirmation_case", name, field) for name, field in new if name not in columns]
    if ops:
        migrate(*ops)
    with db.bind_ctx([_IssuedDocument, _DocumentService]):
        db.create_tables([_DocumentService], safe=True)
