"""User accounts of this installation. Local: accounts never travel between offices."""

from __future__ import annotations

from peewee import AutoField, BooleanField, CharField, DateTimeField, IntegerField

from desktop.store.models import BaseModel, utcnow


class User(BaseModel):
    """A person who works with the ledger; the password is kept only as an argon2 hash."""

    id = AutoField()
    name = CharField(max_length=50, unique=True)  # the login name, also written in the audit trail
    display_name = CharField(max_length=50)
    role = CharField(max_length=20)  # clerk / reviewer / admin (desktop.domain.roles)
    password_hash = CharField(max_length=200)
    failed_attempts = IntegerField(default=0)
    locked_until = DateTimeField(null=True)  # UTC, naive
    active = BooleanField(default=True)
    created_at = DateTimeField(default=utcnow)
    last_login_at = DateTimeField(null=True)

    class Meta:
        table_name = "user_account"


ACCOUNT_MODELS = [User]
