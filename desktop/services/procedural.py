"""Procedural documents of a confirmation case: build, number, register, print, serve (issue 15).

Each document (letters/procedural.py DOCUMENTS) is built from the case as plain data, takes the
next number of its own sequence (上公受〔2026〕3号 …), is rendered and registered as an
IssuedDocument in one transaction — a failed rendering gives the number back — and can be
reprinted byte for byte from what was recorded. Service (送达) is recorded per document: to whom,
when, how (DocumentService); a 送达回证 can be printed for any issued document.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import os
import re
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any, cast

from desktop import __version__
from desktop.domain import deadlines, divisions
from desktop.domain.errors import UserError, ValidationError
from desktop.domain.rules import confirmation_rules
from desktop.letters.base import RenderOptions
from desktop.letters.context import OfficeInfo
from desktop.letters.dates import format_date
from desktop.letters.official import document_number
from desktop.letters.procedural import DOCUMENTS, ProceduralContext, ProceduralRenderer
from desktop.letters.templates import load_template
from desktop.services.files import write_replacing
from desktop.services.ledger import Ledger
from desktop.services.record_types import (
    CaseDocument,
    IssuedProcedural,
    ProceduralDocument,
    ProceduralReceipt,
    ReprintResult,
    ServiceRecord,
)
from desktop.services.records import get_live, to_dict
from desktop.services.workcalendar import office_calendar
from desktop.store.documents import DocumentCounter
from desktop.store.models import ConfirmationCase, DeedPerson, DocumentService, IssuedDocument, Person

KINDS = tuple(DOCUMENTS)
SERVICE_METHODS = {"direct": "直接送达", "left": "留置送达", "post": "邮寄送达", "entrusted": "委托送达",
                   "electronic": "电子送达", "notice": "公告送达"}
_NOMINATING = {"employer", "organisation"}  # 举荐 (the others apply: self, relative; police open it)


# ---------------------------------------------------------------------------------------------
# Building the plain data

def _settings(ledger: Ledger) -> Mapping[str, Any]:
    from desktop.services.documents import letter_settings  # the office's letter settings (number prefix …)

    return letter_settings(ledger)


def _office(ledger: Ledger, s: Mapping[str, Any]) -> OfficeInfo:
    from desktop.services.office import office_info

    info = office_info(ledger)
    if not info:
        raise UserError("尚未设置本单位信息，请先在“设置”中填写本单位（或运行 init）")
    if not s["short_name"]:
        raise UserError("尚未设置机关代字（如“上公”），请在文书设置中填写")
    return OfficeInfo(name=s.get("signer") or info["name"], short_name=s["short_name"], header=s.get("header") or "",
                      date_style=s.get("date_style") or "arabic")


def _sentence(text: str) -> str:
    text = (text or "").strip()
    return text if not text or text[-1] in "。！？；" else text + "。"


def _clause(title: str) -> str:
    """A deed title as the clause after “于…在…”: names and a trailing note dropped."""
    import re

    return re.sub(r"（[^（）]*）$", "", (title or "").strip()).strip()


def case_facts(ledger: Ledger, case_ref: Any) -> dict[str, Any]:
    """The case, its deed and people as plain values (what every procedural document draws on)."""
    with ledger.reading():
        case = get_live(ConfirmationCase, case_ref, "确认案件")
        facts = to_dict(case, labels=False)
        deed = case.deed
        names = [link.person.name for link in DeedPerson.select(DeedPerson, Person).join(Person)
                 .where((DeedPerson.deed == deed) & (DeedPerson.deleted == False)).order_by(DeedPerson.id)]  # noqa: E712
        facts["deed"] = to_dict(deed, labels=False)
        facts["persons"] = names
        facts["case_id"] = case.id
    return facts


def build(ledger: Ledger, case_ref: Any, kind: str, *, to: str | None = None,
          settings: Mapping[str, Any] | None = None, today: dt.date | None = None) -> ProceduralContext:
    """The context of one procedural document of a case; refuses a document the case cannot have yet."""
    if kind not in DOCUMENTS or kind == "service_receipt":
        raise ValidationError(f"未知的程序性文书“{kind}”，应为 {'、'.join(k for k in KINDS if k != 'service_receipt')}",
                              "kind")
    s = settings or _settings(ledger)
    office = _office(ledger, s)
    c = case_facts(ledger, case_ref)
    style = office.date_style
    day = (lambda d: format_date(d, style) if d else "")
    cal = office_calendar(ledger)
    rules = confirmation_rules()
    deed = c["deed"]
    name = DOCUMENTS[kind][0]
    persons = "、".join(c["persons"])
    if not persons:
        raise UserError(f"确认案件 {c['case_id']} 的事迹没有当事人，不能制作{name}")
    applicant = c.get("applicant_name") or ""
    role = "举荐" if c.get("source") in _NOMINATING else "申请"
    f: dict[str, str] = {
        "proc.applicant": applicant, "proc.applicant_role": role, "proc.addressee": applicant,
        "proc.persons": persons, "proc.deed_date": day(deed.get("occurred_on")),
        "proc.deed_place": deed.get("place") or divisions.full_name(deed.get("division_code") or "") or "",
        "proc.deed_summary": _clause(deed.get("title") or ""),
        "proc.received_date": day(c.get("received_on")), "proc.accepted_date": day(c.get("accepted_on")),
        "proc.facts": _sentence(c.get("investigation") or deed.get("narrative") or ""),
        "proc.reasons": _sentence(c.get("reasons") or ""),
        "proc.review_days": str(rules["review_request_days"]),
        "proc.review_organ": s.get("review_organ") or "上一级公安机关",
        "proc.decision_no": c.get("decision_no") or "",
        "proc.decision_date": day(c.get("decision_date")),
    }
    variant = ""
    need_applicant = True
    date = today or ledger.today()

    def refuse(why: str) -> None:
        raise UserError(f"确认案件 {c['case_id']} {why}，不能制作{name}")

    if kind == "acceptance":
        if not c.get("accepted_on"):
            refuse("尚未受理")
        f["proc.due_date"] = day(deadlines.decision_due(c["accepted_on"], 0, cal=cal))
        date = c["accepted_on"]
    elif kind == "non_acceptance":
        if c.get("state") != "not_accepted":
            refuse("未作出不予受理")
        f["proc.reasons"] = _sentence(c.get("reasons") or "")
    elif kind == "extension":
        if not c.get("extensions"):
            refuse("未延长办理期限")
        f["proc.reasons"] = (c.get("extension_reason") or "").strip().rstrip("。")
        f["proc.extension_days"] = str(rules["extension_days"])
        f["proc.original_due_date"] = day(deadlines.decision_due(c["accepted_on"], 0, cal=cal))
        f["proc.due_date"] = day(deadlines.decision_due(c["accepted_on"], c["extensions"], cal=cal))
    elif kind == "inform":
        if not c.get("informed_on"):
            refuse("尚未告知拟不予确认")
        p = deadlines.statement_period(c["informed_on"], cal=cal)
        f["proc.statement_days"] = str(p.amount)
        f["proc.due_date"] = day(p.due)
        date = c["informed_on"]
    elif kind == "confirmation":
        if c.get("decision") != "confirmed":
            refuse("未确认为见义勇为")
        f["proc.addressee"] = persons  # to the person (or the family, typed as `to`)
        need_applicant = False
        date = c.get("decision_date") or (c.get("review_decided_on") if c.get("review_result") == "changed" else None) or date
    elif kind == "result_notice":
        if not c.get("decision"):
            refuse("尚未作出确认结论")
        if c["decision"] == "confirmed":
            if c.get("source") == "police":
                refuse("由公安机关主动确认、没有申请人或举荐人")
            variant = "result_notice_confirmed"
        date = c.get("decision_date") or date
    elif kind in ("review_decision", "review_end"):
        result = c.get("review_result")
        if kind == "review_decision" and result not in ("upheld", "changed"):
            refuse("尚未作出复核决定")
        if kind == "review_end" and result != "withdrawn":
            refuse("复核申请未撤回")
        f["proc.decision_title"] = "《见义勇为行为调查结果通知书》"
        f["proc.review_requested_date"] = day(c.get("review_requested_on"))
        f["proc.withdrawn_date"] = day(c.get("review_decided_on"))
        f["proc.review_result"] = ("本机关决定：维持原调查结果。" if result == "upheld"
                                   else f"本机关决定：撤销原调查结果，确认{persons}的行为为见义勇为行为。")
        date = c.get("review_decided_on") or date
    elif kind == "transfer":
        if not c.get("transferred_to"):
            refuse("未移送（先办理“移送行为发生地公安机关”）")
        to = to or f"{divisions.full_name(c['transferred_to']) or c['transferred_to']}公安机关"
        f["proc.receiving_office"] = to
        f["proc.addressee"] = to
        if not applicant:
            refuse("没有申请人或举荐人（由公安机关主动确认的，由行为发生地公安机关自行立案）")
    if to and kind != "transfer":
        f["proc.addressee"] = to
    if need_applicant and not f["proc.addressee"]:
        raise UserError(f"确认案件 {c['case_id']} 没有申请人或举荐人（由公安机关主动确认），{name}没有受文人；"
                        "请指定受文人", cli_hint="--to 受文人")
    return ProceduralContext(office=office, kind=kind, date=date, fields=f, variant=variant)


# ---------------------------------------------------------------------------------------------
# Numbering, registering, printing

def _options(s: Mapping[str, Any], extra_dirs: list[Path] | None = None) -> RenderOptions:
    from desktop.services.documents import template_dirs

    return RenderOptions(template_dirs=[*(extra_dirs or []), *template_dirs()], date_style=s["date_style"])


def _next_number(office: str, kind: str, year: int) -> int:
    """The next number of the office's sequence for the kind and year (locked until commit)."""
    where = (DocumentCounter.office == office) & (DocumentCounter.kind == kind) & (DocumentCounter.year == year)
    DocumentCounter.insert(office=office, kind=kind, year=year, last=0).on_conflict_ignore().execute()
    DocumentCounter.update(last=DocumentCounter.last + 1).where(where).execute()
    return DocumentCounter.get(where).last


def _register(ledger: Ledger, w, ctx: ProceduralContext, s: Mapping[str, Any], *, case_id: int | None,
              person_id: int | None, deed_id: int | None, label: str,
              number_text: str = "", extra: dict[str, Any] | None = None) -> tuple[IssuedDocument, bytes]:
    """Number, render and record one document inside the caller's transaction."""
    options = _options(s)
    template = load_template("procedural", options.template_dirs)
    year = ledger.today().year
    if number_text:  # the decision's own number, typed when it was made (决定文号)
        ctx.number = number_text
        digits = re.findall(r"(\d+)号$", number_text)
        number = int(digits[0]) if digits else 0
    else:
        number = _next_number(ledger.office_code, ctx.kind, year)
        ctx.number = document_number(s["short_name"] + DOCUMENTS[ctx.kind][1], year, number)
    buf = io.BytesIO()
    result = ProceduralRenderer(options).render_many([ctx], buf)  # type: ignore[list-item]
    params = {"kind": ctx.kind, "procedural": ctx.to_json(), "label": label, "app": __version__,
              "options": {"date_style": options.date_style},
              "template": {"version": result.template_version, "file": template.path.name,
                           "text": template.path.read_text(encoding="utf-8")}}
    params.update(extra or {})
    doc = w.create(IssuedDocument, {
        "kind": ctx.kind, "year": year, "number": number, "number_text": ctx.number,
        "person": person_id, "deed": deed_id, "case": case_id,
        "template_version": result.template_version, "file_hash": result.sha256,
        "params": json.dumps(params, ensure_ascii=False, sort_keys=True), "issued_on": ledger.today()})
    return doc, buf.getvalue()


def issue(ledger: Ledger, case_ref: Any, kind: str, *, out: str | os.PathLike | None = None,
          to: str | None = None) -> IssuedProcedural:
    """Issue one procedural document of a case: number, render, register, write — one transaction."""
    s = _settings(ledger)
    ctx = build(ledger, case_ref, kind, to=to, settings=s)
    c = case_facts(ledger, case_ref)
    ledger.require("issue_documents")
    with ledger.atomic() as w:
        with ledger.reading():
            first = (DeedPerson.select().where((DeedPerson.deed == c["deed"]["id"]) & (DeedPerson.deleted == False))  # noqa: E712
                     .order_by(DeedPerson.id).first())
        # the decision itself (确认书, or the 调查结果通知书 of a refusal) bears the decision number
        own = c.get("decision_no") if kind == "confirmation" or (kind == "result_notice" and not ctx.variant) else ""
        if own:
            taken = IssuedDocument.select().where((IssuedDocument.number_text == own) & (IssuedDocument.deleted == False)  # noqa: E712
                                                  & (IssuedDocument.case != c["case_id"])).exists()
            if taken:
                raise UserError(f"决定文号“{own}”已用于另一份文书，请先更正本案的决定文号")
        doc, data = _register(ledger, w, ctx, s, case_id=c["case_id"], person_id=first.person_id if first else None,
                              deed_id=c["deed"]["id"], label=ctx.fields.get("proc.addressee", ""), number_text=own or "")
        if out:
            write_replacing(out, data)
    return cast(IssuedProcedural, {**document_dict(doc), "path": str(out) if out else None,
                                   "addressee": ctx.fields.get("proc.addressee")})


def _find(ledger: Ledger, ref: Any) -> IssuedDocument:
    from desktop.services.documents import find_document

    doc = find_document(ledger, ref)
    if doc.kind not in DOCUMENTS:
        raise UserError(f"“{doc.number_text}”不是确认程序的程序性文书")
    return doc


def document_dict(doc: IssuedDocument) -> ProceduralDocument:
    d = to_dict(doc)
    d.pop("params", None)
    d["kind_label"] = DOCUMENTS.get(doc.kind, (doc.kind,))[0]
    return cast(ProceduralDocument, d)


def reprint(ledger: Ledger, ref: Any, out: str | os.PathLike | None = None) -> ReprintResult:
    """Render an issued procedural document again from its recorded data and template text."""
    doc = _find(ledger, ref)
    params = json.loads(doc.params)
    ctx = ProceduralContext.from_json(params["procedural"])
    with tempfile.TemporaryDirectory(prefix="yy-proc-") as tmp:
        Path(tmp, "procedural.toml").write_text(params["template"]["text"], encoding="utf-8")
        options = RenderOptions(template_dirs=[tmp], date_style=params["options"].get("date_style"))
        buf = io.BytesIO()
        res = ProceduralRenderer(options).render_many([ctx], buf)  # type: ignore[list-item]
    data = buf.getvalue()
    if out:
        write_replacing(out, data)
    digest = hashlib.sha256(data).hexdigest()
    try:
        current = load_template("procedural", _options(_settings(ledger)).template_dirs).version
    except UserError:
        current = None
    identical = digest == doc.file_hash
    changed = current is not None and current != doc.template_version
    notes = []
    if not identical:
        notes.append("重印件与签发时记录的文件摘要不一致（可能是本机字体与签发时不同），请核对")
    if changed:
        notes.append(f"模板已更新（签发时 {doc.template_version}，现为 {current}），重印仍按签发时的模板")
    return {"number_text": doc.number_text, "kind": doc.kind, "kind_label": DOCUMENTS[doc.kind][0], "id": doc.id,
            "documents": 1, "identical": identical, "file_hash": doc.file_hash, "sha256": digest,
            "template_version": doc.template_version, "current_template_version": current,
            "template_changed": changed, "notes": notes, "path": str(out) if out else None, "pages": res.pages,
            "data": None if out else data}


# ---------------------------------------------------------------------------------------------
# Service (送达)

def serve(ledger: Ledger, ref: Any, data: dict[str, Any]) -> ServiceRecord:
    """Record that an issued document was served: to whom (served_to), when (served_on), how (method)."""
    served_to = str(data.get("served_to") or "").strip()
    if not served_to:
        raise ValidationError("送达记录需要填写受送达人", "served_to")
    method = str(data.get("method") or "").strip()
    method = {v: k for k, v in SERVICE_METHODS.items()}.get(method, method)
    if method not in SERVICE_METHODS:
        raise ValidationError("送达方式应为 " + "、".join(f"{k} {v}" for k, v in SERVICE_METHODS.items()), "method")
    try:
        served_on = dt.date.fromisoformat(str(data.get("served_on") or ""))
    except ValueError:
        raise ValidationError(f"送达日期“{data.get('served_on')}”不是有效日期（应为 2026-11-28 格式）", "served_on") from None
    if served_on > ledger.today():
        raise ValidationError("送达日期不能晚于今天", "served_on")
    doc = _find(ledger, ref)
    if served_on < doc.issued_on:
        raise ValidationError(f"送达日期不能早于文书签发日期（{doc.issued_on.isoformat()}）", "served_on")
    ledger.require("edit_records")
    with ledger.atomic() as w:
        row = w.create(DocumentService, {
            "document": doc, "served_to": served_to, "served_on": served_on, "method": method,
            "receiver": (data.get("receiver") or None), "server": (data.get("server") or None),
            "notes": (data.get("notes") or None)})
    return service_dict(row)


def service_dict(row: DocumentService) -> ServiceRecord:
    d = to_dict(row)
    d["method_label"] = SERVICE_METHODS.get(row.method, row.method)
    return cast(ServiceRecord, d)


def services_of(ledger: Ledger, ref: Any) -> list[ServiceRecord]:
    doc = _find(ledger, ref)
    with ledger.reading():
        return [service_dict(r) for r in DocumentService.select().where(
            (DocumentService.document == doc) & (DocumentService.deleted == False))  # noqa: E712
            .order_by(DocumentService.served_on, DocumentService.id)]


def receipt(ledger: Ledger, ref: Any, *, out: str | os.PathLike | None = None,
            served_to: str | None = None) -> ProceduralReceipt:
    """Issue the 送达回证 of a document (numbered and registered): filled from its last service
    record if there is one, else with blank lines for the server and the recipient to fill in."""
    doc = _find(ledger, ref)
    if doc.kind == "service_receipt":
        raise UserError("送达回证本身不再制作送达回证")
    s = _settings(ledger)
    office = _office(ledger, s)
    params = json.loads(doc.params)
    addressee = params.get("procedural", {}).get("fields", {}).get("proc.addressee", "")
    done = services_of(ledger, ref)
    last = done[-1] if done else None
    rows = {
        "document": f"{DOCUMENTS[doc.kind][0]}（{doc.number_text}）",
        "served_to": served_to or (last["served_to"] if last else addressee),
        "place": "", "method": last["method_label"] if last else "",
        "server": last["server"] or "" if last else "",
        "signature": "", "receiver": (last.get("receiver") or "") if last else "",
        "notes": (f"已于{format_date(last['served_on'], office.date_style)}送达" if last else ""),
    }
    ctx = ProceduralContext(office=office, kind="service_receipt", date=ledger.today(), receipt=rows)
    ledger.require("issue_documents")
    with ledger.atomic() as w:
        links = doc.__data__  # the foreign keys' ids as stored
        rdoc, data = _register(ledger, w, ctx, s, case_id=links.get("case"), person_id=links.get("person"),
                               deed_id=links.get("deed"),
                               label=f"{doc.number_text} 送达回证")
        if out:
            write_replacing(out, data)
    return cast(ProceduralReceipt, {**document_dict(rdoc), "path": str(out) if out else None, "for": doc.number_text})


def case_documents(ledger: Ledger, case_ref: Any) -> list[CaseDocument]:
    """The procedural documents issued in a case, each with its service records."""
    with ledger.reading():
        case = get_live(ConfirmationCase, case_ref, "确认案件")
        docs = list(IssuedDocument.select().where((IssuedDocument.case == case) & (IssuedDocument.deleted == False)  # noqa: E712
                                                  & IssuedDocument.kind.in_(list(DOCUMENTS))).order_by(IssuedDocument.id))
        out: list[CaseDocument] = []
        for d in docs:
            services = [service_dict(r) for r in DocumentService.select().where(
                (DocumentService.document == d) & (DocumentService.deleted == False)).order_by(DocumentService.id)]  # noqa: E712
            out.append(cast(CaseDocument, {**document_dict(d), "services": services}))
        return out
