"""Tables of the USB exchange (migration 3): peers, packages sent and received, import reports,
conflicts with both versions, and the per-peer sequence numbers that make export incremental."""

from __future__ import annotations

from peewee import AutoField, BigIntegerField, BooleanField, CharField, DateTimeField, IntegerField, TextField

from desktop.store.models import BaseModel, utcnow


class Peer(BaseModel):
    """What this office knows of its exchange with another office."""

    code = CharField(primary_key=True, max_length=6)
    next_number = IntegerField(default=1)  # number of the next package we send to it
    sent_seq = BigIntegerField(default=0)  # our change seq covered by the newest package sent
    confirmed_seq = BigIntegerField(default=0)  # our seq it confirmed holding (receipts)
    held_seq = BigIntegerField(default=0)  # its seq up to which we hold all of its changes
    received = TextField(default="[]")  # JSON list of its package numbers applied here
    confirmed_packages = TextField(default="[]")  # our package numbers it confirmed
    last_in_at = DateTimeField(null=True)
    last_out_at = DateTimeField(null=True)


class PackageLog(BaseModel):
    """A package sent or received (history; the import report hangs off it)."""

    id = AutoField()
    direction = CharField(max_length=3)  # out / in
    file_name = CharField(max_length=255)
    file_sha256 = CharField(max_length=64, index=True)
    peer = CharField(max_length=6, index=True)
    number = IntegerField()
    format = IntegerField(default=2)
    full = BooleanField(default=False)
    since_seq = BigIntegerField(default=0)
    upto_seq = BigIntegerField(default=0)
    encryption = CharField(max_length=40)
    at = DateTimeField(default=utcnow)
    actor = CharField(max_length=50, null=True)
    counts = TextField(default="{}")  # JSON: per kind, per outcome
    summary = TextField(null=True)  # Chinese one-line summary
    path = TextField(null=True)


class ImportReportLine(BaseModel):
    """One record's fate in an import: new, updated, unchanged, older, conflict, skipped (reason)."""

    id = AutoField()
    package = IntegerField(index=True)  # PackageLog.id
    kind = CharField(max_length=20)
    record_uuid = CharField(max_length=36, null=True)
    outcome = CharField(max_length=12)
    reason = TextField(null=True)
    label = CharField(max_length=200, null=True)


class SyncConflict(BaseModel):
    """The same record changed in two offices since they last agreed: the other version, kept."""

    id = AutoField()
    kind = CharField(max_length=20, index=True)
    record_uuid = CharField(max_length=36, index=True)
    remote_office = CharField(max_length=6)  # who sent it
    remote_vclock = TextField()
    remote_data = TextField()  # the package line (JSON), references as UUIDs
    local_vclock = TextField()
    package = CharField(max_length=255, null=True)
    state = CharField(max_length=10, default="open", index=True)  # open / resolved / superseded
    created_at = DateTimeField(default=utcnow)
    resolved_at = DateTimeField(null=True)
    resolved_by = CharField(max_length=50, null=True)


class DuplicateCandidate(BaseModel):
    """Two person records with the same ID number (entered by two offices), offered for merging."""

    id = AutoField()
    id_number = CharField(max_length=30, index=True)
    first_uuid = CharField(max_length=36)
    second_uuid = CharField(max_length=36)
    package = CharField(max_length=255, null=True)
    state = CharField(max_length=10, default="open")  # open / merged / dismissed
    created_at = DateTimeField(default=utcnow)


SYNC_MODELS = [Peer, PackageLog, ImportReportLine, SyncConflict, DuplicateCandidate]
