"""The shapes the services hand to the GUI and the command line, as TypedDicts.

The dicts stay plain (the command line prints them as --json unchanged); these declare their keys
so that mypy checks every reader. tests/services/test_record_types.py checks each record type
against what the service really returns, so the two cannot drift apart.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, TypedDict


class _Travelling(TypedDict):
    """The fields every record that travels between offices has (store/models.py: Travelling)."""

    id: int
    uuid: str
    origin: str
    version: int
    vclock: str
    seq: int
    created_at: dt.datetime
    updated_at: dt.datetime
    updated_by: str | None
    deleted: bool


# -- persons --------------------------------------------------------------------------------------

class PersonRecord(_Travelling):
    name: str
    name_pinyin: str
    name_initials: str
    gender: str | None
    gender_label: str
    ethnicity: str | None
    ethnicity_label: str
    birth_date: dt.date | None
    id_type: str
    id_type_label: str
    id_number: str | None
    hukou_division: str | None
    hukou_address: str | None
    migrant_worker: bool
    occupation: str | None
    employer: str | None
    political_status: str | None
    political_status_label: str
    education: str | None
    education_label: str
    phone: str | None
    address: str | None
    bank_name: str | None
    bank_account: str | None
    state: str
    state_label: str
    do_not_publicise: bool
    photo_sha256: str | None
    notes: str | None


class FamilyMemberRecord(_Travelling):
    person_id: int
    name: str
    relation: str
    relation_label: str
    gender: str | None
    gender_label: str
    birth_date: dt.date | None
    id_number: str | None
    phone: str | None
    address: str | None
    dependant: bool
    notes: str | None


class FamilyMemberWithPerson(FamilyMemberRecord):
    person_name: str


class DeedRecord(_Travelling):
    title: str
    occurred_on: dt.date
    occurred_time: str | None
    division_code: str
    place: str
    category: str
    category_label: str
    narrative: str | None
    beneficiaries: str | None
    police_report_no: str | None
    witnesses: str | None
    evidence: str | None


class PersonValues(TypedDict, total=False):
    """services.persons.checked_new_person: the checked values of the fields given, with what they
    imply (pinyin of the name; birth date, gender, hukou division and id_rev from the ID number)."""

    name: str
    name_pinyin: str
    name_initials: str
    gender: str | None
    ethnicity: str | None
    birth_date: dt.date | None
    id_type: str
    id_number: str | None
    id_rev: str | None  # the number reversed, for the "last digits" search (stored, never shown)
    hukou_division: str | None
    hukou_address: str | None
    migrant_worker: bool
    occupation: str | None
    employer: str | None
    political_status: str | None
    education: str | None
    phone: str | None
    address: str | None
    bank_name: str | None
    bank_account: str | None
    state: str
    do_not_publicise: bool
    notes: str | None


# -- cases ----------------------------------------------------------------------------------------

class CaseRecord(_Travelling):
    deed_id: int
    source: str
    source_label: str
    applicant_name: str | None
    applicant_relation: str | None
    applicant_phone: str | None
    received_on: dt.date
    accepted_on: dt.date | None
    accepting_unit: str | None
    state: str
    extensions: int
    extension_reason: str | None
    investigation: str | None
    notice_start: dt.date | None
    informed_on: dt.date | None
    statement: str | None
    decision: str | None
    decision_label: str
    decision_no: str | None
    decision_date: dt.date | None
    reasons: str | None
    served_on: dt.date | None
    review_requested_on: dt.date | None
    review_result: str | None
    review_result_label: str
    review_decided_on: dt.date | None
    statement_on: dt.date | None  # 陈述申辩 received
    transferred_to: str | None  # 移送: the office of the place of the act
    transferred_on: dt.date | None
    notes: str | None


class CaseParticipant(TypedDict):
    person_id: int
    name: str
    outcome: str


class CaseAction(TypedDict):
    code: str
    label: str
    required: list[list[str]]
    optional: list[list[str]]  # fields the step may take (a late step's reason …)
    help: str


class CaseDetail(CaseRecord):
    """services.cases.get_case: the case with its deed, people, history, actions and deadlines."""

    state_label: str
    deed: DeedRecord
    people: list[CaseParticipant]
    events: list[dict[str, Any]]
    allowed_actions: list[CaseAction]
    deadlines: list[dict[str, Any]]
    documents: list[dict[str, Any]]  # the procedural documents issued for the case
    whereabouts: dict[str, Any] | None  # where a transferred case is and how it stands there
    late_steps: list[dict[str, Any]]  # steps taken after their deadline, with the reviewer's reason


class PersonOutcome(TypedDict):
    """One line of services.case_persons.outcomes: a person of the case with their own outcome."""

    person_id: int
    name: str
    decision: str | None
    decision_label: str
    grounds: list[str]
    reasons: str | None
    own: bool  # recorded for the person (False: the case's decision, from before per-person outcomes)


class CaseWithOutcomes(CaseDetail):
    """services.case_persons.with_outcomes (and act after a decision): the case with each person's outcome."""

    person_decisions: list[PersonOutcome]


class CaseListItem(CaseRecord):
    """One line of services.cases.list_cases: the case with its deed's title and its deadlines."""

    state_label: str
    deed_title: str
    deadlines: list[dict[str, Any]]


class DeedInOverview(DeedRecord):
    outcome: str
    outcome_label: str
    cases: list[CaseRecord]


class PersonOverview(TypedDict):
    """services.persons.person_overview: everything about one person."""

    person: PersonRecord
    deeds: list[DeedInOverview]
    awards: list[dict[str, Any]]
    guarantees: list[dict[str, Any]]
    family: list[FamilyMemberRecord]
    visits: list[dict[str, Any]]
    publicity: list[dict[str, Any]]
    documents: list[dict[str, Any]]


# -- exchange -------------------------------------------------------------------------------------

class KeyInfo(TypedDict):
    """services.exchange.key_info: this office's identity for exchange."""

    code: str
    name: str
    fingerprint: str
    sign_key: str
    box_key: str


class ExportedKey(KeyInfo):
    """services.exchange.export_public_key: the key written, and where."""

    path: str


class _KeyHistory(TypedDict, total=False):
    moved_from: str | None  # which office code held these keys before (an office that changed its code)
    replaces: str | None  # the fingerprint of the office's keys trusted until now


class KeyToTrust(KeyInfo, _KeyHistory):
    """services.exchange.read_public_key: the key read from the file; import_public_key asks about
    it with the key's history added (optional keys: a total=False base, as `from __future__` hides
    NotRequired from the running program)."""


class _Moved(TypedDict, total=False):
    moved_from: str  # the office code that held these keys before


class TrustedOffice(_Moved):
    """services.exchange.trust_office / import_public_key: the office now trusted."""

    code: str
    name: str
    fingerprint: str
    trusted: bool


class OfficeEntry(TypedDict):
    """One line of services.exchange.offices (the public keys left out)."""

    code: str
    name: str
    level: str
    parent_code: str | None
    fingerprint: str | None
    trusted: bool
    is_self: bool
    added_at: dt.datetime
    confirmed_seq: int
    sent_seq: int


class PackageEntry(TypedDict):
    """One line of services.exchange.package_history."""

    id: int
    direction: str
    direction_label: str
    file_name: str
    file_sha256: str
    peer: str
    number: int
    format: int
    full: bool
    since_seq: int
    upto_seq: int
    encryption: str
    at: dt.datetime
    actor: str | None
    summary: str | None
    path: str | None
    state: str
    state_label: str


class ReportLine(TypedDict):
    kind: str
    kind_label: str
    uuid: str | None
    outcome: str
    outcome_label: str
    reason: str | None
    label: str | None


class _PeerLabel(TypedDict, total=False):
    peer_label: str  # the peer's name for showing (the GUI adds it; a bare code says nothing to a clerk)


class ImportReport(_PeerLabel):
    """services.exchange.import_report: what one import did, record by record."""

    package_id: int
    file_name: str
    peer: str
    number: int
    at: dt.datetime
    actor: str | None
    summary: str | None
    counts: dict[str, dict[str, int]]
    notes: list[str]
    duplicates: list[dict[str, Any]]
    undone: bool  # undone since (services.exchange.undo_import)
    undoable: bool  # applied, with what an undo needs in the audit trail
    lines: list[ReportLine]


class ImportConflictLine(TypedDict):
    kind: str
    kind_label: str
    uuid: str
    label: str | None


class SkippedLine(TypedDict):
    kind: str
    uuid: str
    reason: str | None


class PackageHolidays(TypedDict):
    version: str
    years: list[str]
    changed: list[str]  # the years the import stored (empty in a preview)


class _Applied(TypedDict, total=False):
    """What import_package adds once the package is applied (not in a dry run's preview)."""

    replanned: bool  # the plan differed from the preview the user saw (or had to be made again)
    backup: str | None
    package_id: int
    undo_command: str
    duplicates: list[dict[str, Any]]


class ImportResult(_Applied):
    """services.exchange.import_package: what the package changes (dry_run) or changed."""

    file_name: str
    sender: str
    sender_name: str
    fingerprint: str
    number: int
    format: int
    created: str | None
    full: bool
    trusted_now: bool
    encryption: str | None
    counts: dict[str, dict[str, int]]
    totals: dict[str, int]
    attachments_new: int
    conflicts: list[ImportConflictLine]
    skipped: list[SkippedLine]
    notes: list[str]
    dry_run: bool
    trust_needed: bool
    holidays: PackageHolidays | None  # when the package brings the office's holidays


class _UndoneHolidays(TypedDict, total=False):
    holidays: bool  # the import's holidays were taken back too


class UndoResult(_UndoneHolidays):
    """services.exchange.undo_import: the import undone and what that took back."""

    package_id: int
    file_name: str
    peer: str
    number: int
    removed: int
    restored: int
    conflicts_removed: int
    conflicts_reopened: int
    summary: str


class ResolvedConflict(TypedDict):
    """services.exchange.resolve_conflict: the record merged and the fields taken from the other office."""

    uuid: str
    changed: list[str]
    vclock: dict[str, int]


class MergedPersons(TypedDict):
    """services.exchange.merge_duplicate: the person kept, the one removed, what moved over."""

    kept: str
    removed: str
    moved_links: int
    filled: list[str]


# -- documents ------------------------------------------------------------------------------------

class LetterSettings(TypedDict):
    """services.documents.letter_settings / save_letter_settings (domain/settings.py: LETTERS)."""

    short_name: str
    header: str
    signer: str
    date_style: str
    cert_date_style: str
    cert_text_only: bool
    cert_offset_x: float
    cert_offset_y: float
    review_organ: str
    reconsideration_organ: str


class SealSetting(TypedDict):
    """services.documents.set_seal_image: the sha256 of the seal now in force (None: none)."""

    seal_image: str | None


class SavedTemplate(TypedDict):
    """services.documents.save_template: the office's copy written, with its version."""

    kind: str
    version: str
    path: str


class PreviewResult(TypedDict):
    """services.documents.preview / preview_template: the unnumbered rendering."""

    pages: int
    template_version: str
    documents: int


class ProceduralDocument(_Travelling):
    """services.procedural.document_dict: a registered document as the store has it (params left out)."""

    kind: str
    kind_label: str
    year: int
    number: int
    number_text: str
    person_id: int | None
    deed_id: int | None
    case_id: int | None
    batch_id: int | None
    award_id: int | None
    template_version: str
    file_hash: str
    issued_on: dt.date


class IssuedDocumentRecord(ProceduralDocument):
    """A registered document with what services.documents adds from its recorded params."""

    superseded_by: str | None  # the number that replaced it (None while in force)
    on_behalf_of: str | None  # code of the office it was printed for (a higher office's batch)
    signed_by: str | None  # the body whose name it bears (the batch's commending organ)
    seal: str | None  # sha256 of the electronic seal printed on it (None: stamped by hand)


class DocumentListItem(IssuedDocumentRecord):
    """services.documents.list_documents: a registered document with what it is about."""

    label: str  # whom or what it is about (a person's name, a batch's title)
    group: str | None  # the batch of documents issued together (one PDF), if any


class _Reprinted(TypedDict, total=False):
    identical: bool  # a reprint only: the same bytes as when issued


class IssuedInBatch(IssuedDocumentRecord, _Reprinted):
    pages: int
    label: str
    reprinted: bool  # already registered: printed again under its number, no number taken


class IssuedProcedural(ProceduralDocument):
    """services.procedural.issue: a procedural document of a case, issued."""

    path: str | None
    addressee: str | None  # 受文人


_ReceiptFor = TypedDict("_ReceiptFor", {"for": str})  # "for" is a keyword: the functional form


class ProceduralReceipt(ProceduralDocument, _ReceiptFor):
    """services.procedural.receipt: the 送达回证 issued for a document (`for`: its number)."""

    path: str | None


class ServiceRecord(_Travelling):
    """services.procedural.serve / services_of: one service (送达) of an issued document."""

    document_id: int
    served_to: str
    served_on: dt.date
    method: str
    method_label: str
    receiver: str | None
    server: str | None
    notes: str | None


class CaseDocument(ProceduralDocument):
    """One line of services.procedural.case_documents: the document with its services."""

    services: list[ServiceRecord]


# -- nominations up, printing on behalf of the office above (services/nomination.py) ---------------

class NominatedDocument(ProceduralDocument):
    person: str  # the nominee's name


class NominationResult(TypedDict):
    """services.nomination.nominate: the 推荐表 issued, one per person."""

    to_office: str
    documents: list[NominatedDocument]
    path: str | None


class ReceivedNomination(TypedDict):
    """One line of services.nomination.received_nominations."""

    document: str  # the 推荐表's number
    from_office: str
    from_place: str
    person_id: int | None
    person: str
    migrant_worker: bool
    person_state: str | None
    opinion: str
    state_label: str | None


class OnBehalfDocument(TypedDict):
    id: int
    number_text: str
    label: str
    on_behalf_of: str | None
    reprinted: bool


class OnBehalfResult(TypedDict):
    """services.nomination.print_on_behalf: what was printed in the higher office's name."""

    kind: str
    batch: str
    document_no: str | None
    issuing_body: str | None
    on_behalf_of: str
    documents: list[OnBehalfDocument]
    path: str | None
    people: str  # "own" (this office's people) or "all"


class PrintedOnBehalf(TypedDict):
    """One line of services.nomination.printed_on_behalf."""

    id: int
    kind: str
    number_text: str
    label: str | None
    on_behalf_of: str
    issued_on: dt.date


class NominationCandidate(TypedDict):
    """One line of services.nomination.candidates: a confirmed hero this office may nominate."""

    person_id: int
    name: str
    migrant_worker: bool
    state_label: str
    deed: str
    decision_no: str
    decision_date: dt.date | None
    nominated_to: list[str]


class BatchToPrint(TypedDict):
    """One line of services.nomination.batches_to_print: a higher office's batch that came down."""

    id: int
    title: str
    year: int
    origin: str
    issuing_body: str
    document_no: str
    people: int
    dead: int
    migrant_workers: int
    printed: int


class IssueResult(TypedDict):
    """services.documents.issue: the documents issued and where they were written."""

    kind: str
    kind_label: str
    documents: list[IssuedInBatch]
    path: str | None
    files: list[str]
    pages: int
    sha256: str
    group: str | None


class ReprintResult(TypedDict):
    """services.documents.reprint: the reprint and whether it matches what was issued."""

    number_text: str
    kind: str
    kind_label: str
    id: int
    documents: int
    identical: bool
    file_hash: str
    sha256: str
    template_version: str
    current_template_version: str | None
    template_changed: bool
    notes: list[str]
    path: str | None
    pages: int
    data: bytes | None


# -- conflicts, duplicates, exchange state ---------------------------------------------------------

class ConflictEntry(TypedDict):
    """One line of services.exchange.list_conflicts."""

    id: int
    kind: str
    kind_label: str
    uuid: str
    record_id: int | None
    label: str
    remote_office: str
    package: str | None
    state: str
    created_at: dt.datetime


class ConflictField(TypedDict):
    field: str
    label: str
    local: Any
    remote: Any
    differs: bool


class _ConflictHead(TypedDict):
    id: int
    kind: str
    kind_label: str
    uuid: str
    remote_office: str
    package: str | None
    state: str


class _RemoteLabel(TypedDict, total=False):
    remote_office_label: str  # the other office's name for showing (added by the GUI)


class ConflictDetail(_ConflictHead, _RemoteLabel):
    """services.exchange.conflict_detail: every field of the record, both values."""

    fields: list[ConflictField]


class ConflictViewField(TypedDict):
    field: str
    label: str
    local: Any
    remote: Any


class ConflictView(_ConflictHead, _RemoteLabel):
    """services.exchange.conflict_view: only the fields that differ, masked unless full."""

    fields: list[ConflictViewField]
    full: bool


class DuplicatePerson(TypedDict):
    uuid: str
    id: int
    name: str
    origin: str


class DuplicateEntry(TypedDict):
    """One line of services.exchange.list_duplicates: two persons with one ID number."""

    id: int
    id_number: str
    package: str | None
    persons: list[DuplicatePerson]


class PeerState(TypedDict):
    state: str
    label: str


class ExchangeState(TypedDict):
    """services.exchange.exchange_state: one record's state towards every known office."""

    state: str
    label: str
    peers: dict[str, PeerState]


class ExchangeSummaryLine(TypedDict):
    """One line of services.exchange.exchange_summary: records unsent, sent, confirmed per office."""

    code: str
    name: str
    unsent: int
    sent: int
    confirmed: int
    last_out_at: dt.datetime | None
    last_in_at: dt.datetime | None
    open_conflicts: int


class ExportResult(TypedDict):
    """services.exchange.export_package: the package written and what it holds."""

    path: str
    file_name: str
    peer: str
    peer_label: str
    summary: str
    number: int
    full: bool
    since_seq: int
    upto_seq: int
    counts: dict[str, int]
    encryption: str
    attachments: int
    format: int
    package_id: int
    holidays: dict[str, Any] | None  # {"version", "years"} when the office's holidays went with it
