"""The family of a dead or disabled hero: the one-off death grant (国办发〔2012〕39号) with its
working, and the checklist of what the law provides with each item's state."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from desktop.domain import codes, settings
from desktop.domain.care import (
    SETTLED,
    ChecklistItem,
    best_state,
    checklist_items,
    death_grant,
    to_fen,
    yuan,
    yuan_text,
)
from desktop.domain.errors import ValidationError
from desktop.domain.rules import load_rules
from desktop.services.agenda import spring_festival
from desktop.services.fund import paid_for_guarantee
from desktop.services.ledger import Ledger
from desktop.services.records import get_live, to_dict
from desktop.store.models import Deed, DeedPerson, FamilyMember, GuaranteeItem, PaymentSchedule, Person, Visit


def death_year(person: Person) -> int | None:
    """The year of the deed in which the person died (the latest, if several)."""
    row = (Deed.select(Deed.occurred_on).join(DeedPerson)
           .where((DeedPerson.person == person) & (DeedPerson.outcome == "died") & (DeedPerson.deleted == False))  # noqa: E712
           .order_by(Deed.occurred_on.desc()).first())
    return row.occurred_on.year if row else None


def compute_grant(ledger: Ledger, person_ref: Any, monthly_wage: Any, *, year: int | None = None,
                  amount: Any = None, reason: str | None = None) -> dict[str, Any]:
    """The grant's working without writing anything (the amount as the rule gives it, or overridden)."""
    with ledger.reading():
        person = get_live(Person, person_ref, "人员")
        return _working(person, monthly_wage, year, amount, reason).as_dict() | {"person_id": person.id,
                                                                                  "person_name": person.name}


def _working(person: Person, monthly_wage: Any, year: int | None, amount: Any, reason: str | None):
    if person.state != "deceased":
        raise ValidationError(f"“{person.name}”不是牺牲人员，一次性抚恤金只发给牺牲人员的遗属", "person")
    year = year or death_year(person)
    if year is None:
        raise ValidationError(f"找不到“{person.name}”牺牲的事迹（结果为“牺牲”），请写明牺牲年度（year=…）", "year")
    wage = to_fen(monthly_wage, field_name="monthly_wage", label="本人月工资")
    override = to_fen(amount, label="核定金额") if amount not in (None, "") else None
    return death_grant(load_rules(), int(year), wage, override_fen=override, override_reason=reason)


def record_grant(ledger: Ledger, person_ref: Any, monthly_wage: Any, *, year: int | None = None,
                 amount: Any = None, reason: str | None = None, family: Any = None) -> dict[str, Any]:
    """Record the grant as a guarantee item (kind death_grant, state granted) with its working."""
    ledger.require("edit_records")
    with ledger.atomic() as w:
        person = get_live(Person, person_ref, "人员")
        working = _working(person, monthly_wage, year, amount, reason)
        member = None
        if family:
            member = get_live(FamilyMember, family, "亲属")
            if member.person_id != person.id:
                raise ValidationError(f"亲属“{member.name}”不是“{person.name}”的家庭成员", "family")
        existing = GuaranteeItem.get_or_none((GuaranteeItem.person == person) & (GuaranteeItem.kind == "death_grant") &
                                             (GuaranteeItem.deleted == False))  # noqa: E712
        values = {"amount": yuan(working.final_fen), "state": "granted", "decided_on": ledger.today(),
                  "basis": json.dumps(working.as_dict(), ensure_ascii=False), "family": member,
                  "description": "\n".join(working.lines()), "department": "veterans"}
        if existing is not None:
            if paid_for_guarantee(existing.id) > working.final_fen:
                raise ValidationError("已支付的金额超过重新核定的金额，不能改小", "amount")
            w.update(existing, values)
            item = existing
        else:
            item = w.create(GuaranteeItem, {**values, "person": person, "kind": "death_grant",
                                            "applied_on": ledger.today()})
    return grant_dict(item)


def grant_dict(item: GuaranteeItem) -> dict[str, Any]:
    basis = json.loads(item.basis) if item.basis else None
    paid = paid_for_guarantee(item.id)
    final = to_fen(item.amount, positive=False) if item.amount is not None else 0
    return to_dict(item) | {"working": basis, "amount": yuan(final), "amount_fen": final, "paid_fen": paid,
                            "paid": yuan(paid), "open_fen": final - paid, "open": yuan(final - paid)}


# -- the checklist ------------------------------------------------------------------------------------

STATE_LABELS = {"missing": "未办理", "paid": "已发放", "unpaid": "已核定未发放", "part_paid": "部分发放",
                "visited": "已走访", "not_visited": "未走访", "paying": "按期发放中"}


def _festival_window(today: dt.date, rules: dict[str, Any]) -> tuple[dt.date, dt.date]:
    """The visit window that counts now: before the coming festival if inside its window, else the last."""
    days = rules["visits"]["spring_festival_window_days"]
    coming = spring_festival(today.year)
    if coming < today:
        coming = spring_festival(today.year + 1)
    if (coming - today).days > days:
        coming = spring_festival(coming.year - 1)
    return coming - dt.timedelta(days=days), coming


def checklist(ledger: Ledger, person_ref: Any) -> dict[str, Any]:
    """Each provision for a dead or disabled hero's family, its state and whom it concerns."""
    rules = load_rules()
    today = ledger.today()
    with ledger.reading():
        person = get_live(Person, person_ref, "人员")
        if person.state not in ("deceased", "disabled"):
            raise ValidationError(f"“{person.name}”未牺牲或致残，没有家属保障清单", "person")
        family = {f.id: f for f in FamilyMember.select().where((FamilyMember.person == person) &
                                                               (FamilyMember.deleted == False))}  # noqa: E712
        items = list(GuaranteeItem.select().where((GuaranteeItem.person == person) &
                                                  (GuaranteeItem.deleted == False)))  # noqa: E712
        schedules = list(PaymentSchedule.select().where((PaymentSchedule.person == person) &
                                                        (PaymentSchedule.deleted == False)))  # noqa: E712
        out: list[ChecklistItem] = []
        grant = None
        for spec in checklist_items(rules, person.state):
            if spec["key"] == "visits":
                out.append(_visits_line(person, spec, today, rules))
                continue
            mine = [g for g in items if g.kind in spec["kinds"]]
            who = sorted({family[g.family_id].name for g in mine if g.family_id in family})
            details = [f"{codes.label('guarantee_kind', g.kind)}{codes.label('guarantee_state', g.state)}"
                       + (f" {yuan_text(to_fen(g.amount, positive=False))}元" if g.amount is not None else "")
                       + (f"（{g.description}）" if g.state in ("not_applicable", "rejected", "closed") and g.description
                          else "") for g in mine]
            state = best_state([g.state for g in mine]) or "missing"
            settled = state in SETTLED
            label = codes.label("guarantee_state", state) if state != "missing" else STATE_LABELS["missing"]
            if spec["key"] == "death_grant" and mine:
                g = next((g for g in mine if g.state == "granted"), mine[0])
                grant = grant_dict(g)
                if g.state == "granted":
                    state = "paid" if grant["open_fen"] <= 0 else "part_paid" if grant["paid_fen"] else "unpaid"
                    settled = state == "paid"
                    label = STATE_LABELS[state]
                    details = [f"核定 {yuan_text(grant['amount_fen'])} 元，已发放 {yuan_text(grant['paid_fen'])} 元"]
            if spec["key"] == "pension":
                active = [s for s in schedules if s.state == "active"]
                for s in schedules:
                    name = family[s.family_id].name if s.family_id in family else person.name
                    details.append(f"{codes.label('schedule_kind', s.kind)}：{name}，每期{yuan(s.amount_fen)}元"
                                   + (f"，至{s.end_on.isoformat()}" if s.end_on else "")
                                   + ("" if s.state == "active" else "（已停止）"))
                    if s.family_id in family:
                        who = sorted(set(who) | {family[s.family_id].name})
                if active and not settled:
                    state, settled, label = "paying", True, STATE_LABELS["paying"]
                elif schedules and not mine:
                    state, settled, label = "closed", True, codes.label("guarantee_state", "closed")
            out.append(ChecklistItem(spec["key"], spec["label"], state, label, settled, details, who))
    items_out = [i.as_dict() for i in out]
    # names, relations and dates only: the checklist is printed and handed round (no ID numbers, phones)
    return {"person": {"id": person.id, "uuid": person.uuid, "name": person.name, "state": person.state,
                       "state_label": codes.label("person_state", person.state)},
            "family": [{"id": f.id, "name": f.name, "relation": f.relation,
                        "relation_label": codes.label("relation", f.relation), "birth_date": f.birth_date,
                        "dependant": f.dependant} for f in family.values()], "items": items_out,
            "complete": all(i["settled"] for i in items_out), "grant": grant.get("working") if grant else None,
            "office_name": ledger.setting(settings.OFFICE_NAME) or "", "printed_on": today}


def _visits_line(person: Person, spec: dict[str, Any], today: dt.date, rules: dict[str, Any]) -> ChecklistItem:
    start, festival = _festival_window(today, rules)
    visit = (Visit.select().where((Visit.person == person) & (Visit.deleted == False) &  # noqa: E712
                                  (Visit.visited_on >= start) & (Visit.visited_on <= festival))
             .order_by(Visit.visited_on.desc()).first())
    if visit:
        return ChecklistItem(spec["key"], spec["label"], "visited", STATE_LABELS["visited"], True,
                             [f"{visit.visited_on.isoformat()} {visit.unit or ''}".strip()])
    return ChecklistItem(spec["key"], spec["label"], "not_visited", STATE_LABELS["not_visited"], False,
                         [f"{festival.year}年春节（{festival.isoformat()}）前 {rules['visits']['spring_festival_window_days']} 天内未走访"])


def mark_not_applicable(ledger: Ledger, person_ref: Any, kind: str, reason: str) -> dict[str, Any]:
    """Settle a checklist line that does not apply (e.g. no child of school age): a guarantee item
    of that kind in state 不适用, with the reason."""
    if not (reason or "").strip():
        raise ValidationError("标记“不适用”需要写明理由", "reason")
    from desktop.services.care import add_guarantee

    if kind == "death_grant":
        raise ValidationError("一次性抚恤金不能标记为不适用：请核定后发放", "kind")
    return add_guarantee(ledger, person_ref, {"kind": kind, "state": "not_applicable", "description": reason,
                                              "decided_on": ledger.today()})


def write_checklist_pdf(ledger: Ledger, person_ref: Any, path: str) -> dict[str, Any]:
    from desktop.letters import care_print

    data = checklist(ledger, person_ref)
    data["family"] = [{"name": f["name"], "relation_label": f.get("relation_label") or "",
                       "birth_date": f["birth_date"].isoformat() if f.get("birth_date") else "",
                       "dependant": f.get("dependant")} for f in data["family"]]
    pages = care_print.render_checklist(data, path)
    return {"path": str(path), "pages": pages, "complete": data["complete"]}
