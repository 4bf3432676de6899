"""The records of a 见义勇为 office (peewee models).

Every record that travels between offices derives from `Travelling`: a stable UUID, the office
that created it, a local version for optimistic locking, a version vector (vclock) that tells
new / newer / older / same / concurrent apart between offices, a local change sequence number
(seq) for incremental export, and a tombstone flag so deletions travel too.

Do not change the columns of an existing model without a numbered migration
(store/migrations); store/migrations/schema_v1.py is the frozen first version.
Beside each ForeignKeyField `x`, the annotation `x_id: int` types the key peewee reads without a
query (an annotation only: no column, nothing at run time).
"""

from __future__ import annotations

import datetime as dt
import uuid as uuidlib

from peewee import (
    AutoField, BigIntegerField, BlobField, BooleanField, CharField, DateField, DateTimeField,
    DecimalField, ForeignKeyField, IntegerField, Model, SmallIntegerField, TextField,
)

from desktop.store.db import database


def new_uuid() -> str:
    return str(uuidlib.uuid4())


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


def Money(**kw):  # noqa: N802 - reads like a field type
    return DecimalField(max_digits=14, decimal_places=2, auto_round=True, null=True, **kw)


class BaseModel(Model):
    class Meta:
        database = database
        legacy_table_names = False


class Setting(BaseModel):
    """Key/value settings of this installation (office identity, numbering, preferences)."""

    key = CharField(primary_key=True, max_length=100)
    value = TextField(null=True)


class Counter(BaseModel):
    """Monotonic counters (the change sequence, document numbers …)."""

    name = CharField(primary_key=True, max_length=100)
    value = BigIntegerField(default=0)


class Office(BaseModel):
    """An office: this installation's own, and the ones it exchanges packages with."""

    code = CharField(primary_key=True, max_length=6)
    name = CharField(max_length=100)
    level = CharField(max_length=10)  # county / city / province
    parent_code = CharField(max_length=6, null=True)
    sign_public_key = TextField(null=True)  # Ed25519, base64
    box_public_key = TextField(null=True)  # X25519, base64
    fingerprint = CharField(max_length=100, null=True)
    trusted = BooleanField(default=False)
    is_self = BooleanField(default=False)
    added_at = DateTimeField(default=utcnow)


class Travelling(BaseModel):
    id = AutoField()
    uuid = CharField(max_length=36, unique=True, default=new_uuid)
    origin = CharField(max_length=6, index=True)
    version = IntegerField(default=1)
    vclock = TextField(default="{}")
    seq = BigIntegerField(default=0, index=True)
    created_at = DateTimeField(default=utcnow)
    updated_at = DateTimeField(default=utcnow)
    updated_by = CharField(max_length=6, null=True)
    deleted = BooleanField(default=False)


class Person(Travelling):
    name = CharField(max_length=50, index=True)
    name_pinyin = CharField(max_length=200, index=True, default="")
    name_initials = CharField(max_length=50, index=True, default="")
    gender = CharField(max_length=10, null=True)
    ethnicity = CharField(max_length=4, null=True)
    birth_date = DateField(null=True)
    id_type = CharField(max_length=12, default="resident")
    id_number = CharField(max_length=30, null=True, index=True)
    id_rev = CharField(max_length=30, null=True, index=True)  # reversed, for "last digits" search
    hukou_division = CharField(max_length=6, null=True)
    hukou_address = CharField(max_length=200, null=True)
    migrant_worker = BooleanField(default=False)
    occupation = CharField(max_length=50, null=True)
    employer = CharField(max_length=100, null=True)
    political_status = CharField(max_length=20, null=True)
    education = CharField(max_length=20, null=True)
    phone = CharField(max_length=30, null=True)
    address = CharField(max_length=200, null=True)
    bank_name = CharField(max_length=100, null=True)
    bank_account = CharField(max_length=40, null=True)
    state = CharField(max_length=10, default="unhurt", index=True)
    do_not_publicise = BooleanField(default=False)
    photo_sha256 = CharField(max_length=64, null=True)
    notes = TextField(null=True)


class FamilyMember(Travelling):
    person = ForeignKeyField(Person, backref="family", index=True)
    person_id: int
    name = CharField(max_length=50)
    relation = CharField(max_length=20)
    gender = CharField(max_length=10, null=True)
    birth_date = DateField(null=True)
    id_number = CharField(max_length=30, null=True)
    phone = CharField(max_length=30, null=True)
    address = CharField(max_length=200, null=True)
    dependant = BooleanField(default=False)
    notes = TextField(null=True)


class Deed(Travelling):
    title = CharField(max_length=100)
    occurred_on = DateField(index=True)
    occurred_time = CharField(max_length=20, null=True)
    division_code = CharField(max_length=6, index=True)
    place = CharField(max_length=200)
    category = CharField(max_length=20, index=True)
    narrative = TextField(null=True)
    beneficiaries = CharField(max_length=500, null=True)
    police_report_no = CharField(max_length=50, null=True)
    witnesses = TextField(null=True)
    evidence = TextField(null=True)


class DeedPerson(Travelling):
    """A person's part in a deed, with their own outcome."""

    deed = ForeignKeyField(Deed, backref="participants", index=True)
    deed_id: int
    person = ForeignKeyField(Person, backref="deed_links", index=True)
    person_id: int
    outcome = CharField(max_length=10, default="unhurt", index=True)
    role = CharField(max_length=50, null=True)
    notes = CharField(max_length=500, null=True)


class ConfirmationCase(Travelling):
    deed = ForeignKeyField(Deed, backref="cases", index=True)
    deed_id: int
    source = CharField(max_length=20)
    applicant_name = CharField(max_length=100, null=True)
    applicant_relation = CharField(max_length=50, null=True)
    applicant_phone = CharField(max_length=30, null=True)
    received_on = DateField()
    accepted_on = DateField(null=True)
    accepting_unit = CharField(max_length=100, null=True)
    state = CharField(max_length=20, default="received", index=True)
    extensions = SmallIntegerField(default=0)
    extension_reason = TextField(null=True)
    investigation = TextField(null=True)
    notice_start = DateField(null=True)
    informed_on = DateField(null=True)
    statement = TextField(null=True)
    statement_on = DateField(null=True)  # the applicant's 陈述申辩 heard (or waived) on
    transferred_to = CharField(max_length=6, null=True)  # 移送: the office of the place of the act
    transferred_on = DateField(null=True)
    decision = CharField(max_length=20, null=True, index=True)
    decision_no = CharField(max_length=50, null=True)
    decision_date = DateField(null=True, index=True)
    reasons = TextField(null=True)
    served_on = DateField(null=True)
    review_requested_on = DateField(null=True)
    review_result = CharField(max_length=20, null=True)
    review_decided_on = DateField(null=True)
    notes = TextField(null=True)


class CaseEvent(Travelling):
    """One step in a case's history: who did what, when, from which state to which."""

    case = ForeignKeyField(ConfirmationCase, backref="events", index=True)
    case_id: int
    at = DateTimeField(default=utcnow)
    action = CharField(max_length=30)
    from_state = CharField(max_length=20, null=True)
    to_state = CharField(max_length=20)
    actor = CharField(max_length=50, null=True)
    details = TextField(null=True)  # JSON of the fields the action set


class CommendationBatch(Travelling):
    title = CharField(max_length=100)
    level = CharField(max_length=10, index=True)
    year = IntegerField(index=True)
    issuing_body = CharField(max_length=100, null=True)
    document_no = CharField(max_length=50, null=True)
    decided_on = DateField(null=True)
    notes = TextField(null=True)


class Award(Travelling):
    batch = ForeignKeyField(CommendationBatch, backref="awards", index=True)
    batch_id: int
    person = ForeignKeyField(Person, backref="awards", index=True)
    person_id: int
    deed = ForeignKeyField(Deed, backref="awards", null=True)
    deed_id: int | None
    honour_title = CharField(max_length=100)
    merit = CharField(max_length=20, null=True)
    amount = Money()
    payment_state = CharField(max_length=10, default="pending", index=True)
    approved_on = DateField(null=True)
    paid_on = DateField(null=True)
    certificate_no = CharField(max_length=50, null=True)
    roll_order = IntegerField(default=0)
    notes = CharField(max_length=500, null=True)


class GuaranteeItem(Travelling):
    person = ForeignKeyField(Person, backref="guarantees", index=True)
    person_id: int
    kind = CharField(max_length=20, index=True)
    department = CharField(max_length=20, null=True)
    state = CharField(max_length=12, default="applied", index=True)
    amount = Money()
    disability_grade = SmallIntegerField(null=True)
    applied_on = DateField(null=True)
    decided_on = DateField(null=True)
    due_on = DateField(null=True, index=True)
    description = TextField(null=True)
    # issue 16: the family member the item concerns (a child's schooling, a spouse's job), and
    # the working of a computed amount (the death grant) as JSON
    family = ForeignKeyField(FamilyMember, backref="guarantees", null=True, index=True)
    family_id: int | None
    basis = TextField(null=True)


class Visit(Travelling):
    person = ForeignKeyField(Person, backref="visits", index=True)
    person_id: int
    visited_on = DateField(index=True)
    occasion = CharField(max_length=20, null=True)
    unit = CharField(max_length=100, null=True)
    visitors = CharField(max_length=200, null=True)
    amount = Money()
    notes = TextField(null=True)


class PublicityItem(Travelling):
    person = ForeignKeyField(Person, backref="publicity", null=True, index=True)
    person_id: int | None
    deed = ForeignKeyField(Deed, backref="publicity", null=True, index=True)
    deed_id: int | None
    published_on = DateField()
    media_kind = CharField(max_length=20, null=True)
    outlet = CharField(max_length=100, null=True)
    title = CharField(max_length=200)
    reference = CharField(max_length=500, null=True)
    notes = TextField(null=True)


class AttachmentBlob(BaseModel):
    """File contents stored once by SHA-256, whatever records refer to them."""

    sha256 = CharField(primary_key=True, max_length=64)
    size = BigIntegerField()
    data = BlobField()


class Attachment(Travelling):
    """A scanned document or photo attached to a record (owner by kind and UUID)."""

    sha256 = CharField(max_length=64, index=True)
    owner_kind = CharField(max_length=20)
    owner_uuid = CharField(max_length=36, index=True)
    title = CharField(max_length=200, null=True)
    file_name = CharField(max_length=255)
    mime = CharField(max_length=100, null=True)
    size = BigIntegerField(default=0)


class IssuedDocument(Travelling):
    """A letter or certificate that was issued, so it can be reprinted exactly."""

    kind = CharField(max_length=20, index=True)
    year = IntegerField()
    number = IntegerField()
    number_text = CharField(max_length=60)
    person = ForeignKeyField(Person, backref="documents", null=True, index=True)
    person_id: int | None
    deed = ForeignKeyField(Deed, backref="documents", null=True)
    deed_id: int | None
    case = ForeignKeyField(ConfirmationCase, backref="documents", null=True)
    case_id: int | None
    batch = ForeignKeyField(CommendationBatch, backref="documents", null=True)
    batch_id: int | None
    award = ForeignKeyField(Award, backref="documents", null=True)
    award_id: int | None
    template_version = CharField(max_length=40)
    file_hash = CharField(max_length=64)
    params = TextField()  # JSON of everything the rendering used
    issued_on = DateField()


class AuditEntry(BaseModel):
    """Append-only trail of changes, chained by hash (each entry hashes the one before)."""

    id = AutoField()
    at = DateTimeField(default=utcnow, index=True)
    actor = CharField(max_length=50)
    office = CharField(max_length=6, null=True)
    action = CharField(max_length=20)  # create / update / delete / import / …
    table = CharField(max_length=40)
    record_uuid = CharField(max_length=36, null=True, index=True)
    changes = TextField()  # JSON {field: [before, after]}
    package = CharField(max_length=100, null=True)
    prev_hash = CharField(max_length=64)
    hash = CharField(max_length=64)


TRAVELLING_MODELS: list[type[Travelling]] = [
    Person, FamilyMember, Deed, DeedPerson, ConfirmationCase, CaseEvent, CommendationBatch,
    Award, GuaranteeItem, Visit, PublicityItem, Attachment, IssuedDocument,
]
LOCAL_MODELS: list[type[BaseModel]] = [Setting, Counter, Office, AttachmentBlob, AuditEntry]
ALL_MODELS: list[type[BaseModel]] = LOCAL_MODELS + TRAVELLING_MODELS  # type: ignore[operator]

# Short names used by the audit trail, packages and the command line.
KIND_OF: dict[type, str] = {
    Person: "person", FamilyMember: "family_member", Deed: "deed", DeedPerson: "deed_person",
    ConfirmationCase: "case", CaseEvent: "case_event", CommendationBatch: "batch", Award: "award",
    GuaranteeItem: "guarantee", Visit: "visit", PublicityItem: "publicity",
    Attachment: "attachment", IssuedDocument: "document",
}
MODEL_OF: dict[str, type[Travelling]] = {v: k for k, v in KIND_OF.items()}


# -- money and care (issue 16): amounts are integer fen (分), never float ----------------------

class FundEntry(Travelling):
    """One entry of the 见义勇为基金 / 专项资金 ledger: money in (donation, allocation, recovery)
    or out (award, aid, grant …). The fund is the origin office's; its balance never goes below 0."""

    direction = CharField(max_length=3, index=True)  # in / out
    kind = CharField(max_length=20, index=True)
    amount_fen = BigIntegerField()
    entry_on = DateField(index=True)
    source = CharField(max_length=100, null=True)  # in: from whom
    receipt_no = CharField(max_length=50, null=True)
    person = ForeignKeyField(Person, backref="fund_entries", null=True, index=True)
    person_id: int | None
    family = ForeignKeyField(FamilyMember, backref="fund_entries", null=True)
    family_id: int | None
    award = ForeignKeyField(Award, backref="fund_entries", null=True)
    award_id: int | None
    guarantee = ForeignKeyField(GuaranteeItem, backref="fund_entries", null=True)
    guarantee_id: int | None
    purpose = CharField(max_length=200, null=True)
    voucher_no = CharField(max_length=50, null=True)
    approved_by = CharField(max_length=50, null=True)
    notes = TextField(null=True)


class MedicalCost(Travelling):
    """Medical costs advanced first (先行垫付): who advanced them, who is responsible, what was recovered."""

    person = ForeignKeyField(Person, backref="medical_costs", index=True)
    person_id: int
    deed = ForeignKeyField(Deed, backref="medical_costs", null=True)
    deed_id: int | None
    hospital = CharField(max_length=100, null=True)
    incurred_on = DateField(null=True)
    total_fen = BigIntegerField(default=0)
    advanced_by = CharField(max_length=20)  # fund / employer / hospital / insurance / other
    advanced_fen = BigIntegerField(default=0)
    responsible = CharField(max_length=20, null=True)  # perpetrator 侵害人 / beneficiary 受益人 / …
    responsible_name = CharField(max_length=100, null=True)
    claimed_fen = BigIntegerField(default=0)
    claimed_on = DateField(null=True)
    recovered_fen = BigIntegerField(default=0)
    recovered_on = DateField(null=True)
    notes = TextField(null=True)
    fund_entry = ForeignKeyField(FundEntry, backref="medical_costs", null=True)  # the fund's payout, if it advanced
    fund_entry_id: int | None


class PaymentSchedule(Travelling):
    """A pension or periodic aid to a named beneficiary: an amount per period from start to end."""

    person = ForeignKeyField(Person, backref="schedules", index=True)
    person_id: int
    family = ForeignKeyField(FamilyMember, backref="schedules", null=True)  # None: the person themself
    family_id: int | None
    guarantee = ForeignKeyField(GuaranteeItem, backref="schedules", null=True)
    guarantee_id: int | None
    kind = CharField(max_length=20)  # pension / periodic_aid
    period = CharField(max_length=10, default="month")  # month / quarter / year
    amount_fen = BigIntegerField()
    start_on = DateField()
    end_on = DateField(null=True)
    end_reason = CharField(max_length=100, null=True)
    paid_by = CharField(max_length=20, default="fund")  # fund / department
    state = CharField(max_length=10, default="active", index=True)  # active / stopped
    notes = TextField(null=True)


class SchedulePayment(Travelling):
    """One period of a schedule paid."""

    schedule = ForeignKeyField(PaymentSchedule, backref="payments", index=True)
    schedule_id: int
    period_on = DateField()  # the first day of the period paid
    paid_on = DateField()
    amount_fen = BigIntegerField()
    fund_entry = ForeignKeyField(FundEntry, backref="schedule_payments", null=True)
    fund_entry_id: int | None
    notes = CharField(max_length=500, null=True)


_CARE_KINDS: dict[type, str] = {FundEntry: "fund_entry", MedicalCost: "medical_cost", PaymentSchedule: "schedule",
                                SchedulePayment: "schedule_payment"}
TRAVELLING_MODELS += list(_CARE_KINDS)
ALL_MODELS += list(_CARE_KINDS)
KIND_OF.update(_CARE_KINDS)
MODEL_OF.update({v: k for k, v in _CARE_KINDS.items()})
class DocumentService(Travelling):
    """送达: one issued procedural document served on someone — to whom, when, how (issue 15)."""

    document = ForeignKeyField(IssuedDocument, backref="services", index=True)
    document_id: int
    served_to = CharField(max_length=100)
    served_on = DateField()
    method = CharField(max_length=20)  # code list service_method: direct / post / left / electronic / notice
    receiver = CharField(max_length=100, null=True)  # who signed for it (代收人) when not the addressee
    server = CharField(max_length=100, null=True)  # the officer who served it
    notes = TextField(null=True)


TRAVELLING_MODELS.append(DocumentService)
ALL_MODELS.append(DocumentService)
KIND_OF[DocumentService] = "document_service"
MODEL_OF["document_service"] = DocumentService


class CasePersonDecision(Travelling):
    """One person's own outcome in a confirmation case: each person is decided individually (issue 14).

    A case without these rows (decided before they existed) gives every person the case's decision."""

    case = ForeignKeyField(ConfirmationCase, backref="person_decisions", index=True)
    person = ForeignKeyField(Person, backref="case_decisions", index=True)
    decision = CharField(max_length=20)  # confirmed / not_confirmed (as ConfirmationCase.decision)
    grounds = CharField(max_length=200, null=True)  # refusal grounds, codes of the rules file, comma separated
    reasons = TextField(null=True)  # the office's own words for this person, beside or instead of grounds


TRAVELLING_MODELS.append(CasePersonDecision)
ALL_MODELS.append(CasePersonDecision)
KIND_OF[CasePersonDecision] = "case_person"
MODEL_OF["case_person"] = CasePersonDecision
