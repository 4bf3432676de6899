"""Nomination up, decisions down (推荐申报, issue 15).

Up: a county (or city) nominates confirmed heroes to the office above: one 见义勇为人员推荐表 per
person, numbered and registered as an issued document of kind `nomination`; issued documents,
people, deeds and cases travel in the ordinary package to the city or province, where
`received_nominations` lists them.

Down: the province's batch (its title, document number, issuing body and the people it commends
with their certificate numbers) is an ordinary commendation batch with awards, made at the
province and carried back by package. The county prints certificates, commendation and condolence
letters for that batch **in the province's name and number** (`print_on_behalf`): the body that
gave the honour signs, the numbers are the province's (certificate numbers of the awards, the
batch's document number), and each printed document is registered with `on_behalf_of` = the
province's code, so the register shows that the county printed it on the province's behalf.

(The letter machinery itself belongs to services/documents.py and letters/; this module only
builds on its public functions.)
"""

from __future__ import annotations

import io
import json
import os
import re
from pathlib import Path
from typing import Any

from desktop import __version__
from desktop.domain import divisions
from desktop.domain.errors import UserError, ValidationError
from desktop.letters import renderer as letter_renderer
from desktop.letters.dates import format_date
from desktop.letters.params import context_to_json
from desktop.letters.procedural import ProceduralContext, ProceduralRenderer
from desktop.services.files import write_replacing
from desktop.services.ledger import Ledger
from desktop.services.office import LEVEL_LABELS, level_of
from desktop.services.records import get_live, to_dict
from desktop.store.models import Award, CommendationBatch, ConfirmationCase, DeedPerson, IssuedDocument, Person

ON_BEHALF_KINDS = ("certificate", "commendation", "condolence")
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
             out: str | os.PathLike | None = None) -> dict[str, Any]:
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
    docs, contexts = [], []
    with ledger.atomic() as w:
        for ref in person_refs:
            person = get_live(Person, ref, "人员")
            case = _confirmed_case(person)
            ctx = ProceduralContext(office=office, kind="nomination", date=ledger.today(),
                                    rows=_person_rows(ledger, person, case, opinion, to_office, office.date_style))
            doc, _ = procedural._register(
                ledger, w, ctx, s, case_id=case.id, person_id=person.id, deed_id=case.deed.id, label=person.name,
                extra={"nomination": {"to_office": to_office, "level": level_of(to_office), "opinion": opinion}})
            docs.append(procedural.document_dict(doc) | {"person": person.name})
            contexts.append(ctx)
        if out:
            buf = io.BytesIO()
            ProceduralRenderer(procedural._options(s)).render_many(contexts, buf)  # type: ignore[arg-type]
            write_replacing(out, buf.getvalue())
    return {"to_office": to_office, "documents": docs, "path": str(out) if out else None}


def received_nominations(ledger: Ledger) -> list[dict[str, Any]]:
    """The nominations that came up by package (推荐表 made by other offices for this one)."""
    me = ledger.office_code
    with ledger.reading():
        out = []
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
                        "person_state": person.state if person else None, "opinion": info.get("opinion", "")})
        return out


def print_on_behalf(ledger: Ledger, batch_ref: Any, kind: str, *, out: str | os.PathLike | None = None) -> dict[str, Any]:
    """Print a higher office's batch here, in its name and with its numbers; registered as such."""
    from desktop.services import documents

    if kind not in ON_BEHALF_KINDS:
        raise ValidationError(f"代印只适用于{'、'.join(ON_BEHALF_KINDS)}", "kind")
    me = ledger.office_code
    with ledger.reading():
        batch = get_live(CommendationBatch, batch_ref, "表彰批次")
        awards = list(Award.select().where((Award.batch == batch) & (Award.deleted == False)).order_by(Award.id))  # noqa: E712
    principal = batch.origin
    if principal == me:
        raise UserError("这是本单位自己的表彰批次，请用“打印文书”按本单位文号签发")
    if not batch.document_no or not batch.issuing_body:
        raise UserError(f"表彰批次“{batch.title}”缺少表彰机关或表彰文号，不能以其名义打印")
    settings = documents.letter_settings(ledger)
    if kind == "condolence":
        dead = [a for a in awards if a.person.state == "deceased"]
        if not dead:
            raise UserError(f"表彰批次“{batch.title}”中没有牺牲人员")
        built = [documents.build(ledger, "condolence", person=a.person.id, settings=settings)[0] for a in dead]
        for b in built:
            b.ctx.office.name = batch.issuing_body  # the letter speaks for the body that commended
            if b.ctx.letter is not None:
                b.ctx.letter.document_number = batch.document_no
            b.links["batch"] = batch.id
    else:
        built = documents.build(ledger, kind, batch=batch.id, settings=settings)
        for b in built:
            b.ctx.office.name = batch.issuing_body
            if kind == "commendation" and b.ctx.letter is not None:
                b.ctx.letter.document_number = batch.document_no
            if kind == "certificate" and b.ctx.award is not None and not b.ctx.award.certificate_no:
                raise UserError(f"{b.label}的奖励没有证书编号：证书编号由表彰机关编定，请等待其数据包")
    options = documents._options(kind, settings)
    r = letter_renderer(kind, options)
    ledger.require("issue_documents")
    docs, datas = [], []
    with ledger.atomic() as w:
        for b in built:
            number_text = (b.ctx.award.certificate_no if kind == "certificate" and b.ctx.award else batch.document_no)
            digits = re.findall(r"(\d+)号?$", number_text or "")
            buf = io.BytesIO()
            result = r.render_many([b.ctx], buf)
            datas.append(buf.getvalue())
            tpl = r.template
            params = {"kind": kind, "context": context_to_json(b.ctx), "label": b.label, "app": __version__,
                      "on_behalf_of": principal, "batch_document_no": batch.document_no,
                      "options": {"date_style": options.date_style, "text_only": options.text_only,
                                  "offset_x_mm": options.offset_x_mm, "offset_y_mm": options.offset_y_mm,
                                  "variant": r.variant(b.ctx)},
                      "template": {"version": result.template_version, "file": tpl.path.name,
                                   "text": tpl.path.read_text(encoding="utf-8")}}
            doc = w.create(IssuedDocument, {
                "kind": kind, "year": batch.year, "number": int(digits[0]) if digits else 0,
                "number_text": number_text, "person": b.links.get("person"), "deed": b.links.get("deed"),
                "batch": batch.id, "award": b.links.get("award"), "template_version": result.template_version,
                "file_hash": result.sha256, "params": json.dumps(params, ensure_ascii=False, sort_keys=True),
                "issued_on": ledger.today()})
            docs.append({"id": doc.id, "number_text": number_text, "label": b.label, "on_behalf_of": principal})
        if out:
            buf = io.BytesIO()
            r.render_many([b.ctx for b in built], buf)
            Path(out).parent.mkdir(parents=True, exist_ok=True)
            Path(out).write_bytes(buf.getvalue())
    return {"kind": kind, "batch": batch.title, "document_no": batch.document_no, "issuing_body": batch.issuing_body,
            "on_behalf_of": principal, "documents": docs, "path": str(out) if out else None}


def printed_on_behalf(ledger: Ledger, batch_ref: Any) -> list[dict[str, Any]]:
    """What this office printed for a higher office's batch (the register's record of it)."""
    with ledger.reading():
        batch = get_live(CommendationBatch, batch_ref, "表彰批次")
        out = []
        for doc in IssuedDocument.select().where((IssuedDocument.batch == batch) & (IssuedDocument.deleted == False)):  # noqa: E712
            params = json.loads(doc.params)
            if params.get("on_behalf_of"):
                out.append({"id": doc.id, "kind": doc.kind, "number_text": doc.number_text, "label": params.get("label"),
                            "on_behalf_of": params["on_behalf_of"], "issued_on": doc.issued_on})
        return out
