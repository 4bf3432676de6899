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


class ImportReport(TypedDict):
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


# -- documents ------------------------------------------------------------------------------------

class IssuedDocumentRecord(_Travelling):
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
    superseded_by: str | None  # the number that replaced it (None while in force)
    on_behalf_of: str | None  # printed in that body's name and number (a province's batch)
    seal: str | None  # sha256 of the electronic seal printed on it (None: stamped by hand)


class _Reprinted(TypedDict, total=False):
    identical: bool  # a reprint only: the same bytes as when issued


class IssuedInBatch(IssuedDocumentRecord, _Reprinted):
    pages: int
    label: str
    reprinted: bool  # already registered: printed again under its number, no number taken


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
