"""Pensions and periodic aid paid on a schedule to a named beneficiary (a family member, or the
hero themself): an amount per period from a start to an end — which may be a child's 18th
birthday, worked out from the birth date. Payments are recorded against a period; periods that
have begun and are unpaid are due (and appear in `todo`)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from desktop.domain import codes
from desktop.domain.care import birthday, periods, to_fen, yuan
from desktop.domain.errors import ValidationError
from desktop.domain.fields import parse_date
from desktop.domain.rules import load_rules
from desktop.services import fund
from desktop.services.ledger import Ledger
from desktop.services.records import get_live, to_dict
from desktop.store.db import as_tuples
from desktop.store.models import FamilyMember, GuaranteeItem, PaymentSchedule, Person, SchedulePayment

FIELDS = {"family", "kind", "period", "amount", "start", "end", "until_age", "paid_by", "guarantee", "notes"}


def schedule_dict(s: PaymentSchedule, today: dt.date | None = None) -> dict[str, Any]:
    d = to_dict(s, labels=False)
    d.update({"amount": yuan(s.amount_fen), "kind_label": codes.label("schedule_kind", s.kind),
              "period_label": codes.label("schedule_period", s.period),
              "paid_by_label": codes.label("schedule_payer", s.paid_by)})
    if today is not None:
        d["due"] = [p.isoformat() for p in due_periods(s, today)]
    return d


def create_schedule(ledger: Ledger, person_ref: Any, data: dict[str, Any]) -> dict[str, Any]:
    """A schedule: family (beneficiary), kind, period, amount per period, start, end or until_age."""
    unknown = sorted(set(data) - FIELDS)
    if unknown:
        raise ValidationError(f"没有名为“{unknown[0]}”的字段。可用字段：{'、'.join(sorted(FIELDS))}", unknown[0])
    amount = to_fen(data.get("amount"), label="每期金额")
    kind = codes.check("schedule_kind", data.get("kind") or "pension", field="kind", field_label="发放类别", required=True)
    period = codes.check("schedule_period", data.get("period") or "month", field="period", field_label="发放周期",
                         required=True)
    payer = codes.check("schedule_payer", data.get("paid_by") or "fund", field="paid_by", field_label="发放渠道",
                        required=True)
    start = parse_date(data.get("start"), field="start", label="开始日期")
    if start is None:
        raise ValidationError("开始日期不能为空（start=YYYY-MM-DD）", "start")
    end = parse_date(data.get("end"), field="end", label="结束日期")
    ledger.require("edit_records")
    with ledger.atomic() as w:
        person = get_live(Person, person_ref, "人员")
        family = None
        if data.get("family"):
            family = get_live(FamilyMember, data["family"], "亲属")
            if family.person_id != person.id:
                raise ValidationError(f"亲属“{family.name}”不是“{person.name}”的家庭成员", "family")
        end_reason = None
        if data.get("until_age"):
            if end is not None:
                raise ValidationError("结束日期（end）和截至年龄（until_age）只能填一个", "until_age")
            try:
                age = int(str(data["until_age"]).strip())
            except ValueError:
                raise ValidationError(f"截至年龄应为整数，现为“{data['until_age']}”", "until_age") from None
            who = family if family is not None else person
            if who.birth_date is None:
                raise ValidationError(f"“{who.name}”没有登记出生日期，无法算出年满{age}周岁的日期", "until_age")
            end = birthday(who.birth_date, age)
            end_reason = f"{who.name}年满{age}周岁（{end.isoformat()}）"
        if end is not None and end <= start:
            raise ValidationError(f"结束日期 {end.isoformat()} 应晚于开始日期 {start.isoformat()}", "end")
        guarantee = get_live(GuaranteeItem, data["guarantee"], "保障事项") if data.get("guarantee") else None
        s = w.create(PaymentSchedule, {"person": person, "family": family, "guarantee": guarantee, "kind": kind,
                                       "period": period, "amount_fen": amount, "start_on": start, "end_on": end,
                                       "end_reason": end_reason, "paid_by": payer,
                                       "notes": (data.get("notes") or "").strip() or None})
    return schedule_dict(s, ledger.today()) | {"family_name": family.name if family else None}


def _paid_periods(schedule_id: int) -> set[dt.date]:
    return {p for (p,) in as_tuples(SchedulePayment.select(SchedulePayment.period_on).where(
        (SchedulePayment.schedule == schedule_id) & (SchedulePayment.deleted == False)))}  # noqa: E712


def due_periods(s: PaymentSchedule, today: dt.date) -> list[dt.date]:
    """Periods that have begun by `today` (within the end) and are not paid."""
    if s.state != "active" or s.deleted:
        return []
    paid = _paid_periods(s.id)
    return [p for p in periods(s.start_on, s.end_on, s.period, today) if p not in paid]


def record_payment(ledger: Ledger, ref: Any, data: dict[str, Any]) -> dict[str, Any]:
    """Pay one period (period=YYYY-MM-DD, default the earliest unpaid) on a day (on=…).

    A schedule paid by the fund is paid through the fund ledger (a reviewer approves; the balance
    is checked) in the same transaction."""
    unknown = sorted(set(data) - {"period", "on", "notes", "voucher_no"})
    if unknown:
        raise ValidationError(f"没有名为“{unknown[0]}”的字段。可用字段：period、on、notes、voucher_no", unknown[0])
    today = ledger.today()
    on = parse_date(data.get("on"), field="on", label="发放日期") or today
    with ledger.atomic() as w:
        s = get_live(PaymentSchedule, ref, "定期发放计划")
        if s.state != "active":
            raise ValidationError("该定期发放计划已停止", "schedule")
        # a period may be paid once it is due in `todo` (within the horizon), not further ahead
        valid = periods(s.start_on, s.end_on, s.period, max(on, today) + dt.timedelta(days=_horizon()))
        paid = _paid_periods(s.id)
        period = parse_date(data.get("period"), field="period", label="发放期次")
        if period is None:
            open_ = [p for p in valid if p not in paid]
            if not open_:
                raise ValidationError("没有到期未发的期次", "period")
            period = open_[0]
        elif period not in valid:
            raise ValidationError(f"{period.isoformat()} 不是该计划的期次（期次从 {s.start_on.isoformat()} 起按"
                                  f"{codes.label('schedule_period', s.period)}计算，且不晚于结束日期）", "period")
        if period in paid:
            raise ValidationError(f"{period.isoformat()} 这一期已经发放过", "period")
        entry = None
        if s.paid_by == "fund":
            family = FamilyMember.get_by_id(s.family_id) if s.family_id else None
            who = family.name if family else s.person.name
            entry = fund.record_payout(ledger, {
                "amount": yuan(s.amount_fen), "on": on, "person": s.person_id, "family": s.family_id,
                "guarantee": s.guarantee_id, "kind": s.kind,
                "purpose": f"{codes.label('schedule_kind', s.kind)}（{who}，{period.isoformat()}起一期）",
                **({"voucher_no": data["voucher_no"]} if data.get("voucher_no") else {})})
        else:
            ledger.require("edit_records")
        pay = w.create(SchedulePayment, {"schedule": s, "period_on": period, "paid_on": on,
                                         "amount_fen": s.amount_fen, "fund_entry": entry["id"] if entry else None,
                                         "notes": (data.get("notes") or "").strip()[:500] or None})
    out = to_dict(pay, labels=False) | {"amount": yuan(pay.amount_fen)}
    return out | {"fund_entry": entry}


def stop_schedule(ledger: Ledger, ref: Any, reason: str, *, expected_version: int | None = None) -> dict[str, Any]:
    if not (reason or "").strip():
        raise ValidationError("停止发放需要写明原因", "reason")
    ledger.require("edit_records")
    with ledger.atomic() as w:
        s = get_live(PaymentSchedule, ref, "定期发放计划")
        w.update(s, {"state": "stopped", "end_reason": reason.strip()[:100]}, expected_version)
    return schedule_dict(s)


def list_schedules(ledger: Ledger, *, person_ref: Any = None) -> list[dict[str, Any]]:
    today = ledger.today()
    with ledger.reading():
        q = PaymentSchedule.select().where(PaymentSchedule.deleted == False)  # noqa: E712
        if person_ref is not None:
            q = q.where(PaymentSchedule.person == get_live(Person, person_ref, "人员"))
        rows = list(q.order_by(PaymentSchedule.id))
        names = {f.id: f.name for f in FamilyMember.select().where(
            FamilyMember.id.in_([r.family_id for r in rows if r.family_id]))} if rows else {}
        return [schedule_dict(s, today) | {"family_name": names.get(s.family_id), "person_name": s.person.name}
                for s in rows]


def _horizon() -> int:
    return int(load_rules().get("schedules", {}).get("due_horizon_days", 14))


def agenda_items(today: dt.date, limit: int = 200) -> list[dict[str, Any]]:
    """To-do entries for periods due within the horizon and unpaid (called inside a read)."""
    until = today + dt.timedelta(days=_horizon())
    items = []
    q = (PaymentSchedule.select(PaymentSchedule, Person).join(Person)
         .where((PaymentSchedule.deleted == False) & (PaymentSchedule.state == "active") &  # noqa: E712
                (PaymentSchedule.start_on <= until) &
                (PaymentSchedule.end_on.is_null() | (PaymentSchedule.end_on > today - dt.timedelta(days=400))))
         .order_by(PaymentSchedule.id))
    for s in q:
        due = due_periods(s, until)
        if not due:
            continue
        first = due[0]
        days = (first - today).days
        who = s.person.name
        if s.family_id:
            f = FamilyMember.get_or_none(FamilyMember.id == s.family_id)
            who += f"（{f.relation and codes.label('relation', f.relation)}{f.name}）" if f else ""
        more = f"等{len(due)}期" if len(due) > 1 else ""
        items.append({"kind": "schedule_due", "urgency": "overdue" if days < 0 else "near", "days_left": days,
                      "text": f"{who}：{codes.label('schedule_kind', s.kind)}{first.isoformat()}起一期{more}待发放"
                              f"（每期{yuan(s.amount_fen)}元）",
                      # opens the person's page, where the checklist shows the schedule
                      "record": {"kind": "person", "id": s.person_id, "schedule_id": s.id}})
        if len(items) >= limit:
            break
    return items
