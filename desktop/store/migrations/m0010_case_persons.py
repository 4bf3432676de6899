"""Migration: each person of a confirmation case decided individually (case_person_decision).

The table is frozen here (the migration does not import desktop.store.models).
"""

from peewee import (
    AutoField,
    BigIntegerField,
    BooleanField,
    CharField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)


class _Case(Model):  # only the targets of the foreign keys (not created here)
    id = AutoField()

    class Meta:
        table_name = "confirmation_case"


class _Person(Model):
    id = AutoField()

    class Meta:
        table_name = "person"


class _CasePersonDecision(Model):
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
    case = ForeignKeyField(_Case, index=True)
    person = ForeignKeyField(_Person, index=True)
    decision = CharField(max_length=20)
    grounds = CharField(max_length=200, null=True)
    reasons = TextField(null=True)

    class Meta:
        table_name = "case_person_decision"
        legacy_table_names = False  # as the live BaseModel: the index names follow the table name


def up(db, migrator) -> None:
    with db.bind_ctx([_Case, _Person, _CasePersonDecision]):
        db.create_tables([_CasePersonDecision], safe=True)
