"""Confirmation cases (见义勇为行为确认): opening, moving through the workflow, deadlines."""

from __future__ import annotations

import json
from typing import Any, cast

from desktop.domain import deadlines, workflow
from desktop.domain.errors import ValidationError
from desktop.domain.fields import coerce_all
from desktop.domain.record_fields import CASE
from desktop.services.ledger import Ledger
from desktop.services.record_types import CaseDetail, CaseListItem
from desktop.services.records import get_live, to_dict
from desktop.services.workcalendar import office_calendar
from desktop.store import search
from desktop.store.models import CaseEvent, CasePersonDecision, ConfirmationCase, Deed, DeedPerson, Person
from desktop.store.values import plain

OPEN_STATES = set(workflow.STATES) - workflow.FINAL


def open_case(ledger: Ledger, deed_ref: Any, data: dict[str, Any]) -> CaseDetail:
    """Register an application, a nomination or a case the police open themselves."""
    values = coerce_all(CASE, data)
    if values["received_on"] > ledger.today():
        raise ValidationError("收到日期不能晚于今天", "received_on")
    if values["source"] != "police" and not values.get("applicant_name"):
        raise ValidationError("申请或举荐的案件需要填写申请人/举荐人", "applicant_name")
    ledger.require("edit_records")
    with ledger.atomic() as w:
        deed = get_live(Deed, deed_ref, "事迹")
        if values["received_on"] < deed.occurred_on:
            raise ValidationError("收到日期不能早于事迹发生日期", "received_on")
        live = ConfirmationCase.select().where(
            (ConfirmationCase.deed == deed) & (ConfirmationCase.deleted == False))  # noqa: E712
        if live.where(ConfirmationCase.state.in_(OPEN_STATES)).exists():
            raise ValidationError("该事迹已有正在办理的确认案件", "deed")
        if live.where(ConfirmationCase.decision == "confirmed").exists():
            raise ValidationError("该事迹已确认为见义勇为，无需再次申请", "deed")
        case = w.create(ConfirmationCase, {**values, "deed": deed, "state": workflow.INITIAL})
        w.create(CaseEvent, {"case": case, "action": "open", "from_state": None,
                             "to_state": workflow.INITIAL, "actor": ledger.actor,
                             "details": json.dumps({"source": values["source"]}, ensure_ascii=False)})
    return get_case(ledger, case.id)


def update_case(ledger: Ledger, ref: Any, changes: dict[str, Any], *,
                expected_version: int | None = None) -> CaseDetail:
    """Edit the descriptive fields (investigation notes, applicant …); states change only by act()."""
    values = coerce_all(CASE, changes, partial=True)
    ledger.require("edit_records")
    with ledger.atomic() as w:
        case = get_live(ConfirmationCase, ref, "确认案件")
        w.update(case, values, expected_version)
    return get_case(ledger, case.id)


def in_area(office_code: str, division_code: str | None) -> bool:
    """Whether a place lies in an office's area: 330102 ⊂ 330100 (city) ⊂ 330000 (province)."""
    if not division_code or not office_code:
        return True  # a deed without a place (old records) is not refused for it
    prefix = office_code[:2] if office_code.endswith("0000") else office_code[:4] if office_code.endswith("00") else office_code
    return division_code.startswith(prefix)


def _place(code: str | None) -> str:
    from desktop.domain import divisions

    return (divisions.full_name(code) or code or "") if code else ""


def _check_jurisdiction(ledger: Ledger, case: ConfirmationCase, action: str, params: dict[str, Any]) -> None:
    """An office decides deeds of its own area (实施办法: the police of the place of the act; article number unverified, docs/rules.md); a deed elsewhere is transferred."""
    me = ledger.office_code
    place = case.deed.division_code
    if action == "accept" and not in_area(me, place):
        raise ValidationError(f"该事迹发生在{_place(place)}，不属本单位管辖：应移送行为发生地公安机关"
                              f"（办理操作 transfer，并制作移送函）", "deed")
    if action == "transfer":
        target = str(params.get("transferred_to") or "").strip()
        if in_area(me, place):
            raise ValidationError(f"该事迹发生在本单位辖区（{_place(place)}），应由本单位办理，不能移送", "transferred_to")
        if target and not in_area(target, place):
            raise ValidationError(f"应移送行为发生地（{_place(place)}）的公安机关，而 {target} 不管辖该地", "transferred_to")
    if case.transferred_to and case.transferred_to != me and action != "transfer":
        raise ValidationError(f"本案已移送{_place(case.transferred_to)}（{case.transferred_to}），由该单位办理", "state")
    if action == "take_over" and case.transferred_to != me:
        raise ValidationError(f"本案移送给 {case.transferred_to}（{_place(case.transferred_to)}），不是本单位", "state")


def _offered(ledger: Ledger, case: ConfirmationCase, code: str) -> bool:
    """Jurisdiction decides between accepting and transferring (and who takes a transfer over)."""
    home = in_area(ledger.office_code, case.deed.division_code)
    if case.transferred_to and case.transferred_to != ledger.office_code:
        return False  # the sender watches a transferred case; the office of the place acts on it
    if code == "accept":
        return home
    if code == "transfer":
        return not home
    if code == "take_over":
        return case.transferred_to == ledger.office_code
    return True


def act(ledger: Ledger, ref: Any, action: str, params: dict[str, Any] | None = None, *,
        expected_version: int | None = None) -> CaseDetail:
    """Carry out one workflow action (accept, confirm, serve …) with its required fields."""
    params = dict(params or {})
    ledger.require("edit_records")
    with ledger.atomic() as w:
        case = get_live(ConfirmationCase, ref, "确认案件")
        if expected_version is not None and expected_version != case.version:
            w.update(case, {}, expected_version)  # raises StaleRecord
        facts = _facts(case)
        _check_role(ledger, action)
        _check_jurisdiction(ledger, case, action, params)
        updates = workflow.apply(facts, action, params, ledger.today(), office_calendar(ledger))
        late = updates.pop("_late", None)
        if late:  # a late step goes ahead only on a reviewer's recorded reason
            checker = getattr(ledger, "require", None)
            if checker:
                checker("decide_case")
        before = case.state
        w.update(case, updates)
        details = {k: plain(v) for k, v in updates.items() if k != "state"}
        if late:
            details["late"] = late
        w.create(CaseEvent, {"case": case, "action": action, "from_state": before,
                             "to_state": updates["state"], "actor": ledger.actor,
                             "details": json.dumps(details, ensure_ascii=False)})
        if action == "decide_review" and updates.get("review_result") == "changed":
            # the review set the refusal aside: the persons refused are confirmed now
            for row in _refused(case):
                w.update(row, {"decision": "confirmed", "grounds": None,
                               "reasons": f"复核撤销原不予确认决定，予以确认（{plain(updates['review_decided_on'])}）"})
    return get_case(ledger, case.id)


def _refused(case: ConfirmationCase) -> list[CasePersonDecision]:
    """The case's persons decided not confirmed (per-person outcomes)."""
    return list(CasePersonDecision.select().where(
        (CasePersonDecision.case == case) & (CasePersonDecision.decision == "not_confirmed")
        & (CasePersonDecision.deleted == False)))  # noqa: E712


def _facts(case: ConfirmationCase) -> dict[str, Any]:
    """What the workflow rules read of a case: its fields, the deed's date, how many persons were refused."""
    facts = to_dict(case, labels=False)
    facts["deed_date"] = case.deed.occurred_on
    facts["refused_persons"] = len(_refused(case))
    return facts


def _check_role(ledger: Ledger, action: str) -> None:
    """Deciding actions need the reviewer role once accounts exist (see services.accounts)."""
    checker = getattr(ledger, "require", None)
    if checker and workflow.ACTIONS[action].decides:
        checker("decide_case")


def get_case(ledger: Ledger, ref: Any) -> CaseDetail:
    """A case with its deed, people, history, allowed actions and deadlines."""
    with ledger.reading():
        case = get_live(ConfirmationCase, ref, "确认案件")
        out = to_dict(case)
        out["state_label"] = workflow.state_label(case.state)
        out["deed"] = to_dict(case.deed)
        out["people"] = [
            {"person_id": link.person.id, "name": link.person.name, "outcome": link.outcome}
            for link in DeedPerson.select(DeedPerson, Person).join(Person).where(
                (DeedPerson.deed == case.deed) & (DeedPerson.deleted == False))]  # noqa: E712
        out["events"] = [
            {**to_dict(e), "action_label": workflow.ACTIONS[e.action].label if e.action in workflow.ACTIONS
             else "登记", "to_state_label": workflow.state_label(e.to_state)}
            for e in CaseEvent.select().where((CaseEvent.case == case) & (CaseEvent.deleted == False))  # noqa: E712
            .order_by(CaseEvent.at, CaseEvent.id)]
        facts = _facts(case)
        out["allowed_actions"] = [
            {"code": a.code, "label": a.label, "required": [list(r) for r in a.required], "help": a.help,
             "optional": [list(r) for r in a.optional]}
            for a in workflow.allowed_actions(facts) if _offered(ledger, case, a.code)]
        out["deadlines"] = [d.__dict__ | {"text": d.describe()}
                            for d in deadlines.case_deadlines(facts, ledger.today(), cal=office_calendar(ledger))]
        from desktop.services.procedural import case_documents

        out["documents"] = case_documents(ledger, case.id)
        out["whereabouts"] = None
        if case.transferred_to:  # the sender sees where its case went and how it stands there
            here = case.transferred_to == ledger.office_code
            out["whereabouts"] = {
                "office": case.transferred_to, "place": _place(case.transferred_to),
                "transferred_on": case.transferred_on, "state": case.state, "state_label": workflow.state_label(case.state),
                "text": (f"本案由 {_place(case.origin)} 移送本单位办理" if here else
                         f"已于{case.transferred_on.isoformat() if case.transferred_on else ''}移送"
                         f"{_place(case.transferred_to)}（{case.transferred_to}）；目前：{workflow.state_label(case.state)}"
                         + ("（按最近收到的数据包）" if case.updated_by and case.updated_by != ledger.office_code else ""))}
        out["late_steps"] = [e["late"] | {"action": e["action"], "actor": e["actor"]}
                             for e in (_event_details(ev) for ev in out["events"]) if e.get("late")]
        return cast(CaseDetail, out)


def _event_details(event: dict[str, Any]) -> dict[str, Any]:
    try:
        details = json.loads(event.get("details") or "{}")
    except ValueError:
        details = {}
    return {**details, "action": event.get("action"), "actor": event.get("actor")}


def case_query(filters: dict[str, Any] | None = None):
    q = ConfirmationCase.select(ConfirmationCase, Deed).join(Deed).where(
        ConfirmationCase.deleted == False)  # noqa: E712
    for key, value in (filters or {}).items():
        if value in (None, ""):
            continue
        if key == "state":
            q = q.where(ConfirmationCase.state == value)
        elif key == "open":
            q = q.where(ConfirmationCase.state.in_(OPEN_STATES))
        elif key == "year":
            q = q.where(search.in_year(ConfirmationCase.received_on, value))
        elif key == "county":
            q = q.where(Deed.division_code == value)
        elif key == "decision":
            q = q.where(ConfirmationCase.decision == value)
        else:
            raise ValidationError(f"未知的筛选条件“{key}”", key)
    return q


def list_cases(ledger: Ledger, *, filters: dict[str, Any] | None = None, limit: int = 100,
               offset: int = 0) -> list[CaseListItem]:
    cal = office_calendar(ledger)
    with ledger.reading():
        rows: list[CaseListItem] = []
        for c in case_query(filters).order_by(ConfirmationCase.received_on.desc()).limit(limit).offset(offset):
            item = to_dict(c)
            item["state_label"] = workflow.state_label(c.state)
            item["deed_title"] = c.deed.title
            facts = to_dict(c, labels=False)
            facts["deed_date"] = c.deed.occurred_on
            item["deadlines"] = [d.__dict__ | {"text": d.describe()}
                                 for d in deadlines.case_deadlines(facts, ledger.today(), cal=cal)]
            rows.append(cast(CaseListItem, item))
        return rows
