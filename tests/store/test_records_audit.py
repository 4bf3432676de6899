import json

from desktop.store import audit
from desktop.store.models import AuditEntry, Person


def test_writer_versions_sequences_and_chains(ledger):
    with ledger.atomic() as w:
        p = w.create(Person, {"name": "张三"})
    first_seq = p.seq
    with ledger.atomic() as w:
        w.update(p, {"phone": "1"})
    assert p.version == 2 and p.seq > first_seq
    assert json.loads(p.vclock) == {"330102": 2}
    with ledger.atomic() as w:
        assert w.update(p, {"phone": "1"}) == {}  # no change, no new version
    assert p.version == 2
    with ledger.reading():
        assert audit.verify_chain() == []
        entries = list(AuditEntry.select().order_by(AuditEntry.id))
    assert entries[0].prev_hash == audit.GENESIS and entries[1].prev_hash == entries[0].hash


def test_edited_and_deleted_audit_entries_are_detected(ledger):
    with ledger.atomic() as w:
        p = w.create(Person, {"name": "张三"})
        for n in range(3):
            w.update(p, {"phone": str(n)})
    with ledger.reading():
        target = AuditEntry.select().order_by(AuditEntry.id).offset(1).first()
        AuditEntry.update(changes='{"phone":[null,"999"]}').where(AuditEntry.id == target.id).execute()
        problems = audit.verify_chain()
        assert any(f"#{target.id}" in p and "内容被改动" in p for p in problems)
        AuditEntry.update(changes=target.changes).where(AuditEntry.id == target.id).execute()
        assert audit.verify_chain() == []
        AuditEntry.delete().where(AuditEntry.id == target.id).execute()
        problems = audit.verify_chain()
        assert any("链接断开" in p for p in problems)
