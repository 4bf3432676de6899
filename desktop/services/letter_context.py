"""Building the documents' contexts from the ledger's records (through the services' dicts).

The rendering modules (desktop.letters) know nothing of the database and import nothing above
them; this services module is the one bridge: it reads
person_overview / get_deed / get_case / get_batch / batch_roll / office_info and fills the plain
dataclasses of desktop.letters.context. Each builder returns the context and the ids of the
records it used (`links`), which the issued-document record keeps as foreign keys.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any, Mapping

from desktop.domain import divisions
from desktop.domain.errors import NotFound, UserError
from desktop.domain.rules import confirmation_rules, refusal_grounds
from desktop.letters.context import (
    AwardInfo,
    BatchInfo,
    DecisionInfo,
    DeedInfo,
    DocumentContext,
    LetterInfo,
    OfficeInfo,
    PartyInfo,
    PersonInfo,
)
from desktop.services.awards import get_batch
from desktop.services.cases import get_case
from desktop.services.deeds import get_deed
from desktop.services.office import office_info
from desktop.services.persons import get_person, person_overview

# Person.state codes of the ledger → PersonInfo.state of the letters.
_STATES = {"unhurt": "unharmed", "injured": "injured", "disabled": "disabled", "deceased": "died"}
_TRAILING_NOTE = re.compile(r"（[^（）]*）$")


@dataclass
class Built:
    """One document's context and the records it came from."""

    ctx: DocumentContext
    links: dict[str, int | None] = field(default_factory=dict)
    label: str = ""  # who or what it is about, for lists and file names
    on_behalf_of: str = ""  # printed by this office in another body's name: that body's office code
    signed_by: str = ""  # the body whose name the document bears (the batch's commending organ)
    fixed_number: bool = False  # the number printed is the signing body's, never this office's sequence


# ---------------------------------------------------------------------------------------------
# Who signs a batch's documents

_RANK = {"county": 0, "city": 1, "province": 2, "national": 3}
BATCH_KINDS = ("certificate", "commendation", "condolence", "roster")


@dataclass
class Signing:
    """Whose name and number a batch's documents bear, and for whom this office prints them.

    The commending organ of a batch (its issuing body) signs every document of the batch —
    certificates, 表彰信 / 嘉奖信, 慰问信, the roster — with the batch's document number; a batch
    without an issuing body is this office's own and is signed in this office's name and numbers.
    A batch of a higher level (or made by another office) is printed here on that office's behalf:
    it must name its body and number (nothing is printed in this office's name), and
    `on_behalf_of` holds the code of the office it is printed for.
    """

    body: str  # the name printed as the signer
    number: str  # the body's document number ("" when this office numbers the document)
    on_behalf_of: str  # office code of the principal ("" for this office's own batch)
    own: bool  # signed in this office's own name


def _level_rank(level: str | None) -> int:
    return _RANK.get(level or "county", 0)


def principal_office(office_code: str, batch: dict[str, Any]) -> str:
    """The office a batch belongs to when it is not this office's: its maker, or the office at the
    batch's level above this one (330000 for a provincial batch recorded by hand at a county)."""
    from desktop.services.office import level_of

    origin = batch.get("origin") or office_code
    if origin != office_code:
        return origin
    level = batch.get("level") or "county"
    if _level_rank(level) <= _RANK[level_of(office_code)]:
        return ""
    if level == "national":
        return "national"
    return office_code[:2] + "0000" if level == "province" else office_code[:4] + "00"


def batch_signing(ledger, settings: Mapping[str, Any], batch: dict[str, Any]) -> Signing:
    """Who signs the documents of a commendation batch (see Signing)."""
    own_name = office_context(ledger, settings).name
    body = (batch.get("issuing_body") or "").strip()
    number = (batch.get("document_no") or "").strip()
    principal = principal_office(ledger.office_code, batch)
    if principal and (not body or not number):
        raise UserError(f"表彰批次“{batch['title']}”是{batch.get('level_label') or '上级'}表彰，缺少表彰机关或表彰文号，"
                        "不能以其名义打印（本单位不能以自己的名义授予上级的称号）", field="issuing_body")
    if not body or body == own_name:
        return Signing(body=own_name, number="", on_behalf_of=principal, own=True)
    return Signing(body=body, number=number, on_behalf_of=principal, own=False)


def sign(built: Built, kind: str, signing: Signing, batch_id: int) -> Built:
    """Put the signing body's name and number on a document of the batch."""
    ctx = built.ctx
    built.links["batch"] = batch_id
    built.signed_by = signing.body
    built.on_behalf_of = signing.on_behalf_of
    if signing.own:
        return built
    ctx.office.name = signing.body
    ctx.office.header = ""  # the red organ mark is the signing body's, not this office's
    if kind in ("commendation", "condolence") and ctx.letter is not None:
        ctx.letter.document_number = signing.number
        built.fixed_number = True
    elif kind == "roster" and ctx.batch is not None:
        ctx.batch.document_number = signing.number
        built.fixed_number = True
    elif kind == "certificate" and ctx.award is not None:
        if not ctx.award.certificate_no and signing.on_behalf_of:
            raise UserError(f"{built.label}的奖励没有证书编号：证书编号由表彰机关编定，请等待其数据包")
        built.fixed_number = bool(ctx.award.certificate_no)
    return built


# ---------------------------------------------------------------------------------------------
# Pieces

def office_context(ledger, settings: Mapping[str, Any]) -> OfficeInfo:
    info = office_info(ledger)
    if not info:
        raise UserError("尚未设置本单位信息，请先在“设置”中填写本单位（或运行 init）")
    return OfficeInfo(name=settings.get("signer") or info["name"], short_name=settings["short_name"],
                      header=settings.get("header") or "", date_style=settings.get("date_style") or "arabic")


def person_info(p: Mapping[str, Any]) -> PersonInfo:
    place = p.get("hukou_address") or (divisions.full_name(p["hukou_division"]) if p.get("hukou_division") else "")
    gender = p.get("gender_label") or ""
    return PersonInfo(name=p["name"], gender=gender if gender in ("男", "女") else "",
                      employer=p.get("employer") or "", hukou_place=place or "",
                      do_not_publicise=bool(p.get("do_not_publicise")),
                      state=_STATES.get(p.get("state") or "unhurt", "unharmed"))


def deed_summary(title: str) -> str:
    """The deed's title as a clause for “你在…{summary}”: a trailing note such as （演示） dropped."""
    text = (title or "").strip()
    shorter = _TRAILING_NOTE.sub("", text).strip()
    return shorter or text


def deed_info(d: Mapping[str, Any]) -> DeedInfo:
    return DeedInfo(date=d.get("occurred_on"), place=d.get("place") or "",
                    category=d.get("category_label") or "", summary=deed_summary(d.get("title") or ""),
                    narrative=d.get("narrative") or "")


def award_info(a: dict[str, Any], batch: dict[str, Any], person: PersonInfo | None) -> AwardInfo:
    merit = a.get("merit_label") or ""
    return AwardInfo(honour_title=a.get("honour_title") or "", level=batch.get("level_label") or "",
                     merit="" if a.get("merit") in (None, "", "none") else merit,
                     amount=a.get("amount"), certificate_no=a.get("certificate_no") or "", person=person,
                     grantor=batch.get("issuing_body") or "",
                     posthumous=bool(a.get("posthumous")) or (person is not None and person.state == "died"),
                     migrant_worker=bool(a.get("migrant_worker") or a.get("person_migrant_worker")))


def _without_name(summary: str, name: str) -> str:
    """“李建国勇救落水儿童” → “勇救落水儿童”: the clause follows “你在…” or “某某同志在…”."""
    return summary[len(name):].lstrip("，, ") if name and summary.startswith(name) and len(summary) > len(name) else summary


def _latest_deed(overview: Mapping[str, Any], deed_id: int | None = None) -> dict[str, Any] | None:
    deeds = overview["deeds"]
    if deed_id:
        for d in deeds:
            if d["id"] == deed_id:
                return d
    return deeds[-1] if deeds else None


def _pick_award(overview: Mapping[str, Any], award_id: int | None, batch_id: int | None) -> dict[str, Any]:
    awards = overview["awards"]
    name = overview["person"]["name"]
    if award_id:
        found = [a for a in awards if a["id"] == int(award_id)]
        if not found:
            raise NotFound(f"{name}没有编号为 {award_id} 的表彰奖励")
        return found[0]
    if batch_id:
        found = [a for a in awards if a["batch_id"] == int(batch_id)]
        if not found:
            raise NotFound(f"{name}不在表彰批次 {batch_id} 中")
        return found[-1]
    if not awards:
        raise NotFound(f"{name}还没有表彰奖励记录，无法制作证书或表彰信")
    # latest: by batch year, then decision date, then id
    return max(awards, key=lambda a: (a["batch"]["year"] or 0, a["batch"].get("decided_on") or dt.date.min, a["id"]))


# ---------------------------------------------------------------------------------------------
# Builders

def for_person_award(ledger, settings: Mapping[str, Any], person_id: Any, *, award_id: Any = None,
                     batch_id: Any = None, date: dt.date | None = None, recipient: str = "person",
                     kind: str = "certificate") -> Built:
    """Certificate or commendation letter for a person's award (the latest unless chosen), in
    the name of the batch's commending organ (batch_signing)."""
    overview = person_overview(ledger, person_id)
    p = overview["person"]
    award = _pick_award(overview, award_id, batch_id)
    deed = _latest_deed(overview, award.get("deed_id"))
    if deed is None:
        raise NotFound(f"{p['name']}没有事迹记录，无法写明事迹")
    person = person_info(p)
    office = office_context(ledger, settings)
    info = deed_info(deed)
    info.summary = _without_name(info.summary, p["name"])
    ctx = DocumentContext(
        office=office, person=person, deed=info,
        award=award_info(award, award["batch"], person),
        letter=LetterInfo(date=date or ledger.today(), recipient=recipient),
    )
    built = Built(ctx, {"person": p["id"], "deed": deed["id"], "batch": award["batch_id"], "award": award["id"]},
                  p["name"])
    return sign(built, kind, batch_signing(ledger, settings, award["batch"]), award["batch_id"])


def for_batch(ledger, settings: Mapping[str, Any], batch_id: Any, *, date: dt.date | None = None,
              recipient: str = "person", kind: str = "certificate") -> list[Built]:
    """One context per person of a commendation batch, in roll order."""
    batch = get_batch(ledger, batch_id)
    if not batch["awards"]:
        raise UserError(f"表彰批次“{batch['title']}”中还没有人员")
    return [for_person_award(ledger, settings, a["person_id"], award_id=a["id"], date=date, recipient=recipient,
                             kind=kind)
            for a in batch["awards"]]


def for_roster(ledger, settings: Mapping[str, Any], batch_id: Any) -> Built:
    """表彰名单 of a batch; people marked do_not_publicise keep their row but show no details."""
    batch = get_batch(ledger, batch_id)
    if not batch["awards"]:
        raise UserError(f"表彰批次“{batch['title']}”中还没有人员")
    items = []
    for a in batch["awards"]:
        person = PersonInfo(name=a["person_name"], gender={"male": "男", "female": "女"}.get(a["person_gender"] or "", ""),
                            employer=a.get("employer") or "", hukou_place=a.get("hukou_address") or "",
                            do_not_publicise=bool(a["do_not_publicise"]),
                            state=_STATES.get(a.get("person_state") or "unhurt", "unharmed"))
        items.append(award_info(a, batch, person))
    title = batch["title"]
    if "名单" not in title:  # 名单 goes before a trailing note: …表彰名单（演示数据）
        m = re.search(r"（.*）$", title)
        title = f"{title[:m.start()]}名单{title[m.start():]}" if m else f"{title}名单"
    info = BatchInfo(title=title, year=batch["year"], level=batch.get("level_label") or "",
                     document_number=batch.get("document_no") or "", date=batch.get("decided_on") or ledger.today(),
                     awards=items)
    built = Built(DocumentContext(office=office_context(ledger, settings), batch=info), {"batch": batch["id"]},
                  batch["title"])
    return sign(built, "roster", batch_signing(ledger, settings, batch), batch["id"])


def for_batch_condolences(ledger, settings: Mapping[str, Any], batch_id: Any, *, date: dt.date | None = None) -> list[Built]:
    """慰问信 to the families of the batch's people who died, in the name of the batch's commending organ."""
    batch = get_batch(ledger, batch_id)
    dead = [a for a in batch["awards"] if a.get("person_state") == "deceased"]
    if not dead:
        raise UserError(f"表彰批次“{batch['title']}”中没有牺牲人员")
    signing = batch_signing(ledger, settings, batch)
    return [sign(for_condolence(ledger, settings, a["person_id"], date=date), "condolence", signing, batch["id"])
            for a in dead]


def for_condolence(ledger, settings: Mapping[str, Any], person_id: Any, *, date: dt.date | None = None) -> Built:
    overview = person_overview(ledger, person_id)
    p = overview["person"]
    if p.get("state") not in ("deceased", "disabled", "injured"):
        raise UserError(f"{p['name']}的伤亡情况为“{p.get('state_label') or '未受伤'}”，慰问信只用于牺牲、致残或受伤的人员")
    deed = _latest_deed(overview)
    if deed is None:
        raise NotFound(f"{p['name']}没有事迹记录，无法写明事迹")
    ctx = DocumentContext(office=office_context(ledger, settings), person=person_info(p), deed=deed_info(deed),
                          letter=LetterInfo(date=date or ledger.today()))
    return Built(ctx, {"person": p["id"], "deed": deed["id"]}, p["name"])


def latest_decided_case(ledger, deed_id: Any) -> int:
    deed = get_deed(ledger, deed_id)
    decided = [c for c in deed["cases"] if c.get("decision")]
    if not decided:
        raise NotFound(f"事迹“{deed['title']}”还没有作出确认或不予确认的决定")
    decided.sort(key=lambda c: (c.get("decision_date") or dt.date.min, c["id"]))
    return decided[-1]["id"]


def _sentence(text: str) -> str:
    return text if not text or text[-1] in "。！？；…" else text + "。"


def parent_police_organ(office_code: str) -> str:
    """The police organ one level up from the office: 杭州市公安局 for 上城区, 浙江省公安厅 for 杭州市."""
    d = divisions.get(office_code)
    parent = divisions.get(d.parent) if d is not None and d.parent else None
    while parent is not None and parent.level == "district_group":
        parent = divisions.get(parent.parent) if parent.parent else None
    if parent is None:
        return ""
    return parent.name + ("公安厅" if parent.level == "province" else "公安局")


_NOMINATED = ("employer", "organisation")  # a nominated case: the decision goes to the person, a copy to the nominator


def _party(p: Mapping[str, Any]) -> PartyInfo:
    gender = p.get("gender_label") or ""
    address = p.get("address") or p.get("hukou_address") or (
        divisions.full_name(p["hukou_division"]) if p.get("hukou_division") else "")
    return PartyInfo(name=p["name"], gender=gender if gender in ("男", "女") else "",
                     id_number=p.get("id_number") or "", address=address or "")


def refusal_reasons(names: str, codes: list[str]) -> str:
    """The reasons of a refusal from grounds chosen in the rules file's list, each with its basis."""
    grounds = refusal_grounds()
    unknown = [c for c in codes if c not in grounds]
    if unknown:
        raise UserError(f"未知的不予确认理由“{'、'.join(unknown)}”，可选：" +
                        "；".join(f"{c}（{g['text'].lstrip('的')}）" for c, g in grounds.items()), field="grounds")
    parts = [f"{names}{grounds[c]['text']}" for c in codes]
    bases = list(dict.fromkeys(grounds[c]["basis"] for c in codes if grounds[c]["basis"]))
    text = "；".join(parts)
    return text + (f"，不符合{'、'.join(bases)}的规定。" if bases else "。")


def _review_organ(ledger, settings: Mapping[str, Any]) -> str:
    """The review organ named from the office's parent office: its name as known from its key
    (the Office register), else the police organ of the division above; the setting wins."""
    if settings.get("review_organ"):
        return settings["review_organ"]
    from desktop.store.models import Office

    with ledger.reading():
        me = Office.get_or_none(Office.code == ledger.office_code)
        parent = Office.get_or_none(Office.code == me.parent_code) if me is not None and me.parent_code else None
    if parent is not None and parent.name and ("公安" in parent.name):
        return parent.name
    return parent_police_organ(ledger.office_code)


def _own_government(code: str, full: str) -> str:
    """行政复议机关: the people's government of the office's own level, by its official name — a
    district with its city (杭州市上城区人民政府), a county or county-level city alone (义乌市人民政府)."""
    name = divisions.name_of(code) or full
    d = divisions.get(code)
    if name.endswith("区") and d is not None and d.parent:
        name = (divisions.name_of(d.parent) or "") + name
    return f"{name}人民政府"


def _confirmed_reasons(names: str) -> str:
    return (f"{names}不负有法定职责，为保护他人人身、财产安全，不顾个人安危挺身而出，"
            "其行为符合《浙江省见义勇为人员奖励和保障条例》第二条第二款规定的见义勇为行为。")


def _mixed_reasons(parties: list[PartyInfo], outcomes: dict[int, dict[str, Any]], ids: list[int],
                   case_reasons: str) -> str:
    """本机关认为： for a case whose persons are decided differently: the confirmed together, each
    refused person with their own grounds (or the office's words for them)."""
    confirmed = [x.name for x in parties if x.decision == "confirmed"]
    parts = [_confirmed_reasons("、".join(confirmed)).rstrip("。")] if confirmed else []
    for pid, party in zip(ids, parties):
        if party.decision != "refused":
            continue
        o = outcomes.get(pid, {})
        own = (o.get("reasons") or "").strip()
        if o.get("grounds"):
            parts.append((f"{own.rstrip('。')}，" if own else "") + refusal_reasons(party.name, o["grounds"]).rstrip("。"))
        elif own:
            parts.append(own.rstrip("。"))
        elif not case_reasons:
            raise UserError(f"对{party.name}不予确认，但没有选择理由：请在办理决定时为其选择不予确认的理由",
                            field="grounds", cli_hint="case act ID confirm … --person 人员编号=not_confirmed:理由代码")
    text = "；".join(parts) + "。"
    # the office's account of the facts first, then the grounds it concludes on
    return (_sentence(case_reasons) if case_reasons and case_reasons not in text else "") + text


def for_decision(ledger, settings: Mapping[str, Any], case_id: Any, *, person_id: Any = None,
                 grounds: list[str] | None = None) -> Built:
    """见义勇为确认决定书 / 不予确认决定书 of a decided case: every person of the case identified and
    decided individually (their own outcome, case_persons); addressed to the applicant, a copy
    to the nominator of a nominated case; the review organ named from the parent office."""
    from desktop.services.case_persons import outcomes as person_outcomes

    case = get_case(ledger, case_id)
    if not case.get("decision"):
        raise UserError(f"确认案件 {case['id']} 尚未作出决定，不能制作决定书")
    if not case["people"]:
        raise UserError(f"确认案件 {case['id']} 的事迹没有当事人")
    own: dict[int, dict[str, Any]] = {o["person_id"]: dict(o) for o in person_outcomes(ledger, case["id"])}
    ids = [x["person_id"] for x in case["people"]]
    if person_id and int(person_id) not in ids:
        raise NotFound(f"人员 {person_id} 不是该事迹的当事人")
    people = [get_person(ledger, pid) for pid in ids]
    parties = [_party(p) for p in people]
    for pid, party in zip(ids, parties):
        decision = (own.get(pid) or {}).get("decision") or case["decision"]
        party.decision = "confirmed" if decision == "confirmed" else "refused"
    kinds = {x.decision for x in parties}
    overall = "mixed" if len(kinds) > 1 else kinds.pop()
    names = "、".join(x.name for x in parties)
    deed = case["deed"]
    confirmed = overall == "confirmed"
    reasons = (case.get("reasons") or "").strip()
    if grounds:
        if confirmed:
            raise UserError("确认决定不需要选择不予确认的理由", cli_hint="不加 --ground")
        refused = "、".join(x.name for x in parties if x.decision == "refused")
        if overall == "mixed":
            for pid, party in zip(ids, parties):
                if party.decision == "refused":
                    own[pid] = {**own.get(pid, {}), "grounds": list(grounds)}
        else:
            reasons = (_sentence(reasons) if reasons else "") + refusal_reasons(refused, list(grounds))
    if overall == "mixed" or (overall == "refused" and not grounds
                              and any(o.get("grounds") or o.get("reasons") for o in own.values())):
        # each refused person on the grounds chosen for them when the case was decided
        reasons = _mixed_reasons(parties, own, ids, reasons if overall == "refused" else "")
    if not reasons and confirmed:
        reasons = _confirmed_reasons(names)
    facts = (case.get("investigation") or "").strip() or (deed.get("narrative") or "").strip()
    if not facts:
        raise UserError(f"确认案件 {case['id']} 缺少查明的事实（调查情况或事迹材料），请先补充", field="investigation")
    if not reasons:
        raise UserError(f"确认案件 {case['id']} 缺少不予确认的理由：请从理由清单中选择"
                        f"（{'、'.join(refusal_grounds())}），或在案件中填写理由", field="reasons",
                        cli_hint="--ground 理由代码")
    facts, reasons = _sentence(facts), _sentence(reasons)
    division = divisions.full_name(ledger.office_code) or ""
    nominated = case.get("source") in _NOMINATED
    applicant = case.get("applicant_name") or ""
    review_organ = _review_organ(ledger, settings)
    if not review_organ:
        raise UserError("无法确定复核机关（上一级公安机关），请在文书设置中填写“复核机关”", field="review_organ")
    info = DecisionInfo(
        decision=overall, decision_no=case.get("decision_no") or "",
        date=case.get("decision_date") or ledger.today(), facts=facts, reasons=reasons,
        applicant=names if nominated or not applicant else applicant,
        review_days=int(confirmation_rules().get("review_request_days", 15)),
        review_organ=review_organ,
        reconsideration_organ=settings.get("reconsideration_organ") or _own_government(ledger.office_code, division),
        parties=parties, copy_to=applicant if nominated else "", grounds=list(grounds or []),
    )
    first = people[0]
    ctx = DocumentContext(office=office_context(ledger, settings), person=person_info(first), deed=deed_info(deed),
                          decision=info)
    return Built(ctx, {"person": None, "deed": deed["id"], "case": case["id"]}, names)
