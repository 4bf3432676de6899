"""Migration: money and care (issue 16) — the fund ledger, medical advances and recovery, payment
schedules and their payments; guarantee items gain the family member they concern and the working
of a computed amount. The tables are frozen here (this module never imports store.models)."""

from __future__ import annotations

from peewee import BigIntegerField, CharField, DateField, ForeignKeyField, TextField

from desktop.store.migrations import schema_v1 as v1


class FundEntry(v1.Travelling):
    direction = CharField(max_length=3, index=True)
    kind = CharField(max_length=20, index=True)
    amount_fen = BigIntegerField()
    entry_on = DateField(index=True)
    source = CharField(max_length=100, null=True)
    receipt_no = CharField(max_length=50, null=True)
    person = ForeignKeyField(v1.Person, null=True, index=True)
    family = ForeignKeyField(v1.FamilyMember, null=True)
    award = ForeignKeyField(v1.Award, null=True)
    guarantee = ForeignKeyField(v1.GuaranteeItem, null=True)
    purpose = CharField(max_length=200, null=True)
    voucher_no = CharField(max_length=50, null=True)
    approved_by = CharField(max_length=50, null=True)
    notes = TextField(null=True)


class MedicalCost(v1.Travelling):
    person = ForeignKeyField(v1.Person, index=True)
    deed = ForeignKeyField(v1.Deed, null=True)
    hospital = CharField(max_length=100, null=True)
    incurred_on = DateField(null=True)
    total_fen = BigIntegerField(default=0)
    advanced_by = CharField(max_length=20)
    advanced_fen = BigIntegerField(default=0)
    responsible = CharField(max_length=20, null=True)
    responsible_name = CharField(max_length=100, null=True)
    claimed_fen = BigIntegerField(default=0)
    claimed_on = DateField(null=True)
    recovered_fen = BigIntegerField(default=0)
    recovered_on = DateField(null=True)
    notes = TextField(null=True)
    fund_entry = ForeignKeyField(FundEntry, null=True)


class PaymentSchedule(v1.Travelling):
    person = ForeignKeyField(v1.Person, index=True)
    family = ForeignKeyField(v1.FamilyMember, null=True)
    guarantee = ForeignKeyField(v1.GuaranteeItem, null=True)
    kind = CharField(max_length=20)
    period = CharField(max_length=10, default="month")
    amount_fen = BigIntegerField()
    start_on = DateField()
    end_on = DateField(null=True)
    end_reason = CharField(max_length=100, null=True)
    paid_by = CharField(max_length=20, default="fund")
    state = CharField(max_length=10, default="active", index=True)
    notes = TextField(null=True)


class SchedulePayment(v1.Travelling):
    schedule = ForeignKeyField(PaymentSchedule, index=True)
    period_on = DateField()
    paid_on = DateField()
    amount_fen = BigIntegerField()
    fund_entry = ForeignKeyField(FundEntry, null=True)
    notes = CharField(max_length=500, null=True)


TABLES = [FundEntry, MedicalCost, PaymentSchedule, SchedulePayment]


def up(db, migrator) -> None:
    from playhouse.migrate import migrate

    with db.bind_ctx(TABLES + [v1.Person, v1.FamilyMember, v1.Deed, v1.Award, v1.GuaranteeItem]):
        db.create_tables(TABLES, safe=True)
        # an added foreign key gets its index (guarantee_item_family_id) from the migrator
        family = ForeignKeyField(v1.FamilyMember, null=True, field=v1.FamilyMember.id)
        migrate(migrator.add_column("guarantee_item", "family_id", family),
                migrator.add_column("guarantee_item", "basis", TextField(null=True)))
