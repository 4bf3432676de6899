"""Migration 3: the tables of the USB exchange (live models: store/sync_models.py).

The tables are frozen here as they were made (a later change to store/sync_models.py needs a
migration of its own)."""

from __future__ import annotations

import datetime as dt

from peewee import AutoField, BigIntegerField, BooleanField, CharField, DateTimeField, IntegerField, Model, TextField


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


class _Frozen(Model):
    class Meta:
        legacy_table_names = False


class Peer(_Frozen):
    code = CharField(primary_key=True, max_length=6)
    next_number = IntegerField(default=1)
    sent_seq = BigIntegerField(default=0)
    confirmed_seq = BigIntegerField(default=0)
    held_seq = BigIntegerField(default=0)
    received = TextField(default="[]")
    confirmed_packages = TextField(default="[]")
    last_in_at = DateTimeField(null=True)
    last_out_at = DateTimeField(null=True)


class PackageLog(_Frozen):
    id = AutoField()
    direction = CharField(max_length=3)
    file_name = CharField(max_length=255)
    file_sha256 = CharField(max_length=64, index=True)
    peer = CharField(max_length=6, index=True)
    number = IntegerField()
    format = IntegerField(default=2)
    full = BooleanField(default=False)
    since_seq = BigIntegerField(default=0)
    upto_seq = BigIntegerField(default=0)
    encryption = CharField(max_length=40)
    at = DateTimeField(default=_utcnow)
    actor = CharField(max_length=50, null=True)
    counts = TextField(default="{}")
    summary = TextField(null=True)
    path = TextField(null=True)


class ImportReportLine(_Frozen):
    id = AutoField()
    package = IntegerField(index=True)
    kind = CharField(max_length=20)
    record_uuid = CharField(max_length=36, null=True)
    outcome = CharField(max_length=12)
    reason = TextField(null=True)
    label = CharField(max_length=200, null=True)


class SyncConflict(_Frozen):
    id = AutoField()
    kind = CharField(max_length=20, index=True)
    record_uuid = CharField(max_length=36, index=True)
    remote_office = CharField(max_length=6)
    remote_vclock = TextField()
    remote_data = TextField()
    local_vclock = TextField()
    package = CharField(max_length=255, null=True)
    state = CharField(max_length=10, default="open", index=True)
    created_at = DateTimeField(default=_utcnow)
    resolved_at = DateTimeField(null=True)
    resolved_by = CharField(max_length=50, null=True)


class DuplicateCandidate(_Frozen):
    id = AutoField()
    id_number = CharField(max_length=30, index=True)
    first_uuid = CharField(max_length=36)
    second_uuid = CharField(max_length=36)
    package = CharField(max_length=255, null=True)
    state = CharField(max_length=10, default="open")
    created_at = DateTimeField(default=_utcnow)


MODELS = [Peer, PackageLog, ImportReportLine, SyncConflict, DuplicateCandidate]


def up(db, migrator):
    with db.bind_ctx(MODELS):
        db.create_tables(MODELS)
