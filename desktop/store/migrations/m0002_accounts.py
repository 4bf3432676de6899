"""Migration 2: user accounts and roles.

The table is frozen here as it was made (a later change to store/accounts.py needs a migration
of its own)."""

from __future__ import annotations

import datetime as dt

from peewee import AutoField, BooleanField, CharField, DateTimeField, IntegerField, Model


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


class User(Model):
    id = AutoField()
    name = CharField(max_length=50, unique=True)
    display_name = CharField(max_length=50)
    role = CharField(max_length=20)
    password_hash = CharField(max_length=200)
    failed_attempts = IntegerField(default=0)
    locked_until = DateTimeField(null=True)
    active = BooleanField(default=True)
    created_at = DateTimeField(default=_utcnow)
    last_login_at = DateTimeField(null=True)

    class Meta:
        table_name = "user_account"
        legacy_table_names = False  # as the live BaseModel: the index names follow the table name


MODELS = [User]


def up(db, migrator) -> None:
    with db.bind_ctx(MODELS):
        db.create_tables(MODELS, safe=True)
