"""Nomination up, decisions down (推荐申报, issue 15).

Up: a county (or city) nominates confirmed heroes to the office above: one 见义勇为人员推荐表 per
person, numbered and registered as an issued document of kind `nomination`; issued documents,
people, deeds and cases travel in the ordinary package to the city or province, where
`received_nominations` lists them.

Down: the province's batch (its title, document number, issuing body and the people it commends
with their certificate numbers) is an ordinary commendation batch with awards, made at the
province and carried back by package. The county prints certificates, commendation and condolence
letters and the roster for that batch **in the province's name and number** (`print_on_behalf`): the body that
gave the honour signs, the numbers are the province's (certificate numbers of the awards, the
batch's document number), and each printed document is registered with `on_behalf_of` = the
province's code, so the register shows that the county printed it on the province's behalf.

Printing on behalf is the same path as `letters --batch` (documents.issue, which asks
letter_context.batch_signing who signs): this module only refuses an own batch and shapes the answer.
"""

from __future__ import annotations

import io
import json
import os
import re
from typing import Any, cast

from desktop.domain import divisions
from desktop.domain.errors import UserError, ValidationError
from desktop.letters.dates import format_date
from desktop.letters.procedural import ProceduralContext, ProceduralRenderer
from desktop.services.files import write_replacing
from desktop.services.ledger import Ledger
from desktop.services.office import LEVEL_LABELS, level_of
from desktop.services.record_types import (
    BatchToPrint,
    NominatedDocument,
    NominationCandidate,
    NominationResult,
    OnBehalfDocument,
    OnBehalfResult,
    PrintedOnBehalf,
    ReceivedNomination,
)
from desktop.services.records import get_live, to_dict
from desktop.store.db import as_tuples
from desktop.store.models import Award, CommendationBatch, ConfirmationCase, DeedPerson, IssuedDocument, Person

ON_BEHALF_KINDS = ("certificate", "commendation", "condolence", "roster")
_RANK = {"county": 0, "city": 1, "province": 2}


def _person_rows(ledger: Ledger, person: Person, case: ConfirmationCase, opinion: str, to_office: str,
                 style: str) -> list[list[str]]:
    p = to_dict(person)
    deed = case.deed
    place = p.get("hukou_address") or (divisions.full_name(person.hukou_division) if person.hukou_division else "")
    day = (lambda d: format_date(d, style) if d else "")
    return [
        ["姓名", person.name],
        ["性别", p.get("gender_label") or ""],
        ["出生日期", day(person.birth_date)],
        ["民族", p.get("ethnicity_label") or ""],
        ["政治面貌", p.get("political_status_label") or ""],
        ["工作单位或户籍地", person.employer or place or ""],
        ["外来务工人员", "是" if person.migrant_worker else "否"],
        ["伤亡情况", p.get("state_label") or ""],
        ["事迹", f"{day(deed.occurred_on)}，{deed.place or divisions.full_name(deed.division_code or '')}，{deed.title}"],
        ["确认情况", f"{day(case.decision_date)}确认为见义勇为（{case.decision_no or '未填文号'}）"],
        ["推荐单位意见", opinion or "同意推荐"],
        ["推荐至", f"{divisions.full_name(to_office) or to_office}（{LEVEL_LABELS[level_of(to_office)]}）"],
    ]


def _confirmed_case(person: Person) -> ConfirmationCase:
    case = (ConfirmationCase.select(ConfirmationCase).join(DeedPerson, on=(DeedPerson.deed == ConfirmationCase.deed))
            .where((DeedPerson.person == person) & (DeedPerson.deleted == False)  # noqa: E712
                   & (ConfirmationCase.deleted == False) & (ConfirmationCase.decision == "confirmed"))  # noqa: E712
            .order_by(ConfirmationCase.decision_date.desc()).first())
    if case is None:
        raise UserError(f"{person.name}没有确认为见义勇为的事迹，不能推荐表彰")
    return case


def nominate(ledger: Ledger, person_refs: list[Any], *, to_office: str, opinion: str = "",
             out: str | os.PathLike | None = None) -> NominationResult:
    """Nominate confirmed heroes to the office above: a numbered 推荐表 each, in one PDF."""
    from desktop.services import procedural

    me = ledger.office_code
    to_office = str(to_office).strip()
    if not re.fullmatch(r"\d{6}", to_office) or _RANK[level_of(to_office)] <= _RANK[level_of(me)]:
        raise ValidationError(f"推荐对象“{to_office}”应为本单位的上级（市或省）的区划代码", "to_office")
    if not person_refs:
        raise ValidationError("没有要推荐的人员", "persons")
    s = procedural._settings(ledger)
    office = procedural._office(ledger, s)
    ledger.require("issue_documents")
    docs: list[NominatedDocument] = []
    contexts = []
    with ledger.atomic() as w:
        for ref in person_refs:
            person = get_live(Person, ref, "人员")
            case = _confirmed_case(person)
            ctx = ProceduralContext(office=office, kind="nomination", date=ledger.today(),
                                    rows=_person_rows(ledger, person, case, opinion, to_office, office.date_style))
            doc, _ = procedural._register(
                ledger, w, ctx, s, case_id=case.id, person_id=person.id, deed_id=case.deed.id, label=person.name,
                extra={"nomination": {"to_office": to_office, "level": level_of(to_office), "opinion": opinion}})
            docs.append(cast(NominatedDocument, {**procedural.document_dict(doc), "person": person.name}))
            contexts.append(ctx)
        if out:
            buf = io.BytesIO()
            ProceduralRenderer(procedural._options(s)).render_many(contexts, buf)  # type: ignore[arg-type]
            write_replacing(out, buf.getvalue())
    return {"to_office": to_office, "documents": docs, "path": str(out) if out else None}


def received_nominations(ledger: Ledger) -> list[ReceivedNomination]:
    """The nominations that came up by package (推荐表 made by other offices for this one)."""
    me = ledger.office_code
    with ledger.reading():
        out: list[ReceivedNomination] = []
        for doc in (IssuedDocument.select().where((IssuedDocument.kind == "nomination")
                                                  & (IssuedDocument.deleted == False))  # noqa: E712
                    .order_by(IssuedDocument.id)):
            info = json.loads(doc.params).get("nomination", {})
            if info.get("to_office") != me:
                continue
            person = doc.person
            out.append({"document": doc.number_text, "from_office": doc.origin,
                        "from_place": divisions.full_name(doc.origin) or doc.origin,
                        "person_id": person.id if person else None, "person": person.name if person else "",
                        "migrant_worker": bool(person and person.migrant_worker),
                        "person_state": person.state if person else None, "opinion": info.get("opinion", ""),
                        "state_label": to_dict(person).get("state_label") if person else None})
        return out


def print_on_behalf(ledger: Ledger, batch_ref: Any, kind: str, *, out: str | os.PathLike | None = None,
                    recipient: str = "person", everyone: bool = False) -> OnBehalfResult:
    """Print a higher office's batch here, in its name and with its numbers; registered as such.

    The same service path as `letters --batch` (documents.issue → letter_context.batch_signing):
    the batch's commending organ signs, its numbers are printed, and each document records
    `on_behalf_of`. This only refuses a batch that is this office's own.

    A province's batch names people of many counties and comes down to each of them: a county
    prints the certificates and letters of its own people (those it registered, `origin`), so
    two counties never both issue one person's certificate; `everyone=True` prints them all.
    The roster is always the whole batch."""
    from desktop.services import documents
    from desktop.services.letter_context import principal_office

    if kind not in ON_BEHALF_KINDS:
        raise ValidationError(f"代印只适用于{'、'.join(ON_BEHALF_KINDS)}", "kind")
    with ledger.reading():
        batch = get_live(CommendationBatch, batch_ref, "表彰批次")
        info = to_dict(batch)
    principal = principal_office(ledger.office_code, info)
    if not principal:
        raise UserError("这是本单位自己的表彰批次，请用“打印文书”按本单位文号签发")
    ledger.require("issue_documents")
    people: set[int] | None = None
    if not everyone and kind != "roster":
        with ledger.reading():
            in_batch = list(as_tuples(Award.select(Award.person, Person.origin).join(Person)
                                      .where(Award.batch == batch.id, Award.deleted == False)))  # noqa: E712
        people = {pid for pid, origin in in_batch if origin == ledger.office_code}
        if in_batch and not people:
            raise UserError(f"表彰批次“{batch.title}”的 {len({p for p, _ in in_batch})} 人都不是本单位登记的人员，"
                            "由其所在单位代印；确需为全部人员代印时请选择“全部人员”", cli_hint="--all")
    r = documents.issue(ledger, kind, batch=batch.id, out=out, recipient=recipient, people=people)
    docs: list[OnBehalfDocument] = [{"id": d["id"], "number_text": d["number_text"], "label": d.get("label", ""),
             "on_behalf_of": d["on_behalf_of"], "reprinted": d.get("reprinted", False)} for d in r["documents"]]
    return {"kind": kind, "batch": batch.title, "document_no": batch.document_no, "issuing_body": batch.issuing_body,
            "on_behalf_of": principal, "documents": docs, "path": r["path"],
            "people": "all" if people is None else "own"}


def printed_on_behalf(ledger: Ledger, batch_ref: Any) -> list[PrintedOnBehalf]:
    """What this office printed for a higher office's batch (the register's record of it)."""
    with ledger.reading():
        batch = get_live(CommendationBatch, batch_ref, "表彰批次")
        out: list[PrintedOnBehalf] = []
        for doc in IssuedDocument.select().where((IssuedDocument.batch == batch) & (IssuedDocument.deleted == False)):  # noqa: E712
            params = json.loads(doc.params)
            if params.get("on_behalf_of"):
                out.append({"id": doc.id, "kind": doc.kind, "number_text": doc.number_text, "label": params.get("label"),
                            "on_behalf_of": params["on_behalf_of"], "issued_on": doc.issued_on})
        return out


# -- what the 推荐与代印 page lists (issue 15) -------------------------------------------------------

def upper_offices(ledger: Ledger) -> list[dict[str, str]]:
    """The city and province above this office (those it may nominate to), nearest first."""
    me = ledger.office_code
    out = []
    for code in (me[:4] + "00", me[:2] + "0000"):
        if code != me and _RANK[level_of(code)] > _RANK[level_of(me)]:
            out.append({"code": code, "name": divisions.full_name(code) or code, "level": LEVEL_LABELS[level_of(code)]})
    return out


def candidates(ledger: Ledger) -> list[NominationCandidate]:
    """Confirmed heroes this office may nominate, with where each was already nominated."""
    from desktop.domain import codes
    from desktop.domain.labels import STATE_LISTS
    from desktop.store.models import Deed

    with ledger.reading():
        sent: dict[int, list[str]] = {}
        made: Any = (IssuedDocument.select(IssuedDocument.person, IssuedDocument.params)
                     .where((IssuedDocument.kind == "nomination") & (IssuedDocument.deleted == False)).tuples())  # noqa: E712
        for person_id, params in made:
            if person_id:
                to = json.loads(params).get("nomination", {}).get("to_office", "")
                sent.setdefault(person_id, []).append(to)
        rows: Any = (ConfirmationCase.select(Person.id, Person.name, Person.migrant_worker, Person.state, Deed.title,
                                        ConfirmationCase.decision_no, ConfirmationCase.decision_date)
                .join(Deed, on=(ConfirmationCase.deed == Deed.id))
                .join(DeedPerson, on=(DeedPerson.deed == Deed.id))
                .join(Person, on=(DeedPerson.person == Person.id))
                .where((ConfirmationCase.decision == "confirmed") & (ConfirmationCase.deleted == False)  # noqa: E712
                       & (DeedPerson.deleted == False) & (Person.deleted == False))  # noqa: E712
                .order_by(ConfirmationCase.decision_date.desc(), Person.id).tuples())
        out: dict[int, NominationCandidate] = {}
        for pid, name, migrant, state, title, decision_no, decision_date in rows:
            if pid in out:
                continue
            out[pid] = {"person_id": pid, "name": name, "migrant_worker": bool(migrant),
                        "state_label": codes.label(STATE_LISTS["Person"], state) if state else "", "deed": title,
                        "decision_no": decision_no or "", "decision_date": decision_date,
                        "nominated_to": sorted(set(sent.get(pid, [])))}
        return list(out.values())


def batches_to_print(ledger: Ledger) -> list[BatchToPrint]:
    """Batches of higher offices that came down by package: what this office may print on their behalf."""
    me = ledger.office_code
    with ledger.reading():
        out: list[BatchToPrint] = []
        for batch in (CommendationBatch.select().where((CommendationBatch.origin != me)
                                                       & (CommendationBatch.deleted == False))  # noqa: E712
                      .order_by(CommendationBatch.year.desc(), CommendationBatch.id.desc())):
            awards = list(Award.select(Award, Person).join(Person).where(
                (Award.batch == batch) & (Award.deleted == False)))  # noqa: E712
            out.append({"id": batch.id, "title": batch.title, "year": batch.year, "origin": batch.origin,
                        "issuing_body": batch.issuing_body or "", "document_no": batch.document_no or "",
                        "people": len(awards), "dead": sum(1 for a in awards if a.person.state == "deceased"),
                        "migrant_workers": sum(1 for a in awards if a.person.migrant_worker),
                        "printed": sum(1 for d in IssuedDocument.select(IssuedDocument.params).where(
                            (IssuedDocument.batch == batch) & (IssuedDocument.deleted == False))  # noqa: E712
                            if '"on_behalf_of"' in d.params)})
        return out
