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
    on_behalf_of: str = ""  # printed by this office in another body's name (a provincial batch)


# ---------------------------------------------------------------------------------------------
# Pieces

def office_context(ledger, settings: dict[str, Any]) -> OfficeInfo:
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

def for_person_award(ledger, settings: dict[str, Any], person_id: Any, *, award_id: Any = None,
                     batch_id: Any = None, date: dt.date | None = None, recipient: str = "person",
                     signed_by_batch: bool = False) -> Built:
    """Certificate or commendation letter for a person's award (the latest unless chosen)."""
    overview = person_overview(ledger, person_id)
    p = overview["person"]
    award = _pick_award(overview, award_id, batch_id)
    deed = _latest_deed(overview, award.get("deed_id"))
    if deed is None:
        raise NotFound(f"{p['name']}没有事迹记录，无法写明事迹")
    person = person_info(p)
    office = office_context(ledger, settings)
    own_name = office.name
    body = award["batch"].get("issuing_body") or ""
    if signed_by_batch and body:
        office.name = body  # a certificate bears the name of the body that gave the honour
    info = deed_info(deed)
    info.summary = _without_name(info.summary, p["name"])
    ctx = DocumentContext(
        office=office, person=person, deed=info,
        award=award_info(award, award["batch"], person),
        letter=LetterInfo(date=date or ledger.today(), recipient=recipient),
    )
    return Built(ctx, {"person": p["id"], "deed": deed["id"], "batch": award["batch_id"], "award": award["id"]},
                 p["name"], on_behalf_of=body if signed_by_batch and body and body != own_name else "")


def for_batch(ledger, settings: dict[str, Any], batch_id: Any, *, date: dt.date | None = None,
              recipient: str = "person", signed_by_batch: bool = False) -> list[Built]:
    """One context per person of a commendation batch, in roll order."""
    batch = get_batch(ledger, batch_id)
    if not batch["awards"]:
        raise UserError(f"表彰批次“{batch['title']}”中还没有人员")
    return [for_person_award(ledger, settings, a["person_id"], award_id=a["id"], date=date, recipient=recipient,
                             signed_by_batch=signed_by_batch)
            for a in batch["awards"]]


def for_roster(ledger, settings: dict[str, Any], batch_id: Any) -> Built:
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
    return Built(DocumentContext(office=office_context(ledger, settings), batch=info),
                 {"batch": batch["id"]}, batch["title"])


def for_condolence(ledger, settings: dict[str, Any], person_id: Any, *, date: dt.date | None = None) -> Built:
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


def for_decision(ledger, settings: dict[str, Any], case_id: Any, *, person_id: Any = None,
                 grounds: list[str] | None = None) -> Built:
    """见义勇为确认决定书 / 不予确认决定书 of a decided case: every person of the case identified and
    decided one by one; addressed to the applicant, a copy to the nominator of a nominated case."""
    case = get_case(ledger, case_id)
    if not case.get("decision"):
        raise UserError(f"确认案件 {case['id']} 尚未作出决定，不能制作决定书")
    if not case["people"]:
        raise UserError(f"确认案件 {case['id']} 的事迹没有当事人")
    ids = [x["person_id"] for x in case["people"]]
    if person_id and int(person_id) not in ids:
        raise NotFound(f"人员 {person_id} 不是该事迹的当事人")
    people = [get_person(ledger, pid) for pid in ids]
    parties = [_party(p) for p in people]
    names = "、".join(x.name for x in parties)
    deed = case["deed"]
    confirmed = case["decision"] == "confirmed"
    reasons = (case.get("reasons") or "").strip()
    if grounds:
        if confirmed:
            raise UserError("确认决定不需要选择不予确认的理由", cli_hint="不加 --ground")
        reasons = refusal_reasons(names, list(grounds)) + (reasons if reasons else "")
    if not reasons and confirmed:
        reasons = (f"{names}不负有法定职责和约定义务，为保护他人人身、财产安全挺身而出，"
                   "其行为符合《浙江省见义勇为人员奖励和保障条例》第二条规定的见义勇为情形。")
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
    review_organ = settings.get("review_organ") or parent_police_organ(ledger.office_code)
    if not review_organ:
        raise UserError("无法确定复核机关（上一级公安机关），请在文书设置中填写“复核机关”", field="review_organ")
    info = DecisionInfo(
        decision="confirmed" if confirmed else "refused", decision_no=case.get("decision_no") or "",
        date=case.get("decision_date") or ledger.today(), facts=facts, reasons=reasons,
        applicant=names if nominated or not applicant else applicant,
        review_days=int(confirmation_rules().get("review_request_days", 15)),
        review_organ=review_organ,
        reconsideration_organ=settings.get("reconsideration_organ") or (
            f"{divisions.name_of(ledger.office_code) or division}人民政府"),
        parties=parties, copy_to=applicant if nominated else "", grounds=list(grounds or []),
    )
    first = people[0]
    ctx = DocumentContext(office=office_context(ledger, settings), person=person_info(first), deed=deed_info(deed),
                          decision=info)
    return Built(ctx, {"person": None, "deed": deed["id"], "case": case["id"]}, names)
