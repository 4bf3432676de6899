"""The fund ledger (见义勇为基金 / 专项资金): money in, money out, the balance, the yearly report.

Amounts are integer fen. The fund is the office's own: entries made by other offices (received in
packages) are theirs and count in their fund, not ours. A payout is checked against the balance
inside the write transaction, after taking the office's fund lock (a counter row: on PostgreSQL
a row lock that makes a second payout wait; SQLite's write transaction is exclusive anyway), so two
payouts at once can never both spend the same money.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from desktop.domain import codes, settings
from desktop.domain.care import to_fen, yuan, yuan_text
from desktop.domain.errors import ValidationError
from desktop.domain.fields import parse_date
from desktop.services.ledger import Ledger
from desktop.services.records import get_live, to_dict
from desktop.store.db import as_tuples
from desktop.store.models import Award, FamilyMember, FundEntry, GuaranteeItem, Person
from desktop.store.records import next_value

IN_KINDS = "fund_in_kind"
OUT_KINDS = "fund_out_kind"


def _text(data: dict[str, Any], name: str, label: str, max_length: int, *, required: bool = False) -> str | None:
    value = str(data.get(name) or "").strip()
    if required and not value:
        raise ValidationError(f"{label}不能为空（{name}=…）", name)
    if len(value) > max_length:
        raise ValidationError(f"{label}过长（最多{max_length}字）", name)
    return value or None


def _entry_date(ledger: Ledger, data: dict[str, Any]) -> dt.date:
    on = parse_date(data.get("on"), field="on", label="日期")
    if on is None:
        raise ValidationError("日期不能为空（on=YYYY-MM-DD）", "on")
    if on > ledger.today():
        raise ValidationError(f"日期 {on.isoformat()} 晚于今天，基金账目只登记已发生的收支", "on")
    return on


def _check_keys(data: dict[str, Any], allowed: set[str]) -> None:
    unknown = sorted(set(data) - allowed)
    if unknown:
        raise ValidationError(f"没有名为“{unknown[0]}”的字段。可用字段：{'、'.join(sorted(allowed))}", unknown[0])


def entry_dict(e: FundEntry) -> dict[str, Any]:
    d = to_dict(e, labels=False)
    d["amount"] = yuan(e.amount_fen)
    d["on"] = e.entry_on
    d["kind_label"] = codes.label(IN_KINDS if e.direction == "in" else OUT_KINDS, e.kind)
    d["direction_label"] = "收入" if e.direction == "in" else "支出"
    return d


def _lock(office: str) -> None:
    """Serialise the fund's writes within this transaction (see the module docstring)."""
    next_value(f"fund.lock.{office}")


def balance_fen(office: str, *, until: dt.date | None = None) -> int:
    """Money in minus money out of an office's fund, on `until` (inclusive) or overall."""
    signed = {"in": 0, "out": 0}
    q = FundEntry.select(FundEntry.direction, FundEntry.amount_fen).where(
        (FundEntry.deleted == False) & (FundEntry.origin == office))  # noqa: E712
    if until is not None:
        q = q.where(FundEntry.entry_on <= until)
    # summed in Python over integers: exact on every engine (SUM of BIGINT is NUMERIC on PostgreSQL)
    for direction, amount in q.tuples().iterator():
        signed[direction] += int(amount)
    return signed["in"] - signed["out"]


def _lowest_from(office: str, day: dt.date) -> int:
    """The lowest running balance from `day` on: a backdated payout must not overdraw any later day."""
    lowest = running = balance_fen(office, until=day)
    rows = (FundEntry.select(FundEntry.entry_on, FundEntry.direction, FundEntry.amount_fen)
            .where((FundEntry.deleted == False) & (FundEntry.origin == office) & (FundEntry.entry_on > day))  # noqa: E712
            .order_by(FundEntry.entry_on).tuples())
    last = None
    for on, direction, amount in as_tuples(rows):
        if last is not None and on != last:
            lowest = min(lowest, running)
        running += int(amount) if direction == "in" else -int(amount)
        last = on
    return min(lowest, running)


def record_income(ledger: Ledger, data: dict[str, Any]) -> dict[str, Any]:
    """Money in: amount, on, source (from whom), kind (donation/allocation/…), receipt_no, notes."""
    _check_keys(data, {"amount", "on", "source", "kind", "receipt_no", "notes"})
    amount = to_fen(data.get("amount"), label="收入金额")
    on = _entry_date(ledger, data)
    source = _text(data, "source", "来源（捐赠人或拨款单位）", 100, required=True)
    kind = codes.check(IN_KINDS, data.get("kind") or "donation", field="kind", field_label="收入类别", required=True)
    receipt = _text(data, "receipt_no", "收据编号", 50)
    notes = _text(data, "notes", "备注", 2000)
    ledger.require("edit_records")
    with ledger.atomic() as w:
        office = ledger.office_code
        _lock(office)
        if receipt is None:
            receipt = f"收{on.year}-{next_value(f'fund.receipt.{office}.{on.year}'):04d}"
        elif FundEntry.select().where((FundEntry.origin == office) & (FundEntry.receipt_no == receipt) &
                                      (FundEntry.direction == "in") & (FundEntry.deleted == False)).exists():  # noqa: E712
            raise ValidationError(f"收据编号“{receipt}”已登记过，同一张收据不能入账两次", "receipt_no")
        e = w.create(FundEntry, {"direction": "in", "kind": kind, "amount_fen": amount, "entry_on": on,
                                 "source": source, "receipt_no": receipt, "notes": notes})
    return entry_dict(e)


def record_payout(ledger: Ledger, data: dict[str, Any]) -> dict[str, Any]:
    """Money out, approved by the reviewer who records it: amount, on, person, purpose, kind,
    family, award, guarantee, voucher_no, notes. Refused, nothing written, if it would overdraw."""
    _check_keys(data, {"amount", "on", "person", "purpose", "kind", "family", "award", "guarantee",
                       "voucher_no", "notes"})
    amount = to_fen(data.get("amount"), label="支出金额")
    on = _entry_date(ledger, data)
    purpose = _text(data, "purpose", "用途", 200, required=True)
    voucher = _text(data, "voucher_no", "凭证编号", 50)
    notes = _text(data, "notes", "备注", 2000)
    if not str(data.get("person") or "").strip():
        raise ValidationError("支出应写明领款人员（person=编号）", "person")
    ledger.require("approve_payment")
    with ledger.atomic() as w:
        office = ledger.office_code
        _lock(office)
        person = get_live(Person, data["person"], "人员")
        family = award = guarantee = None
        if data.get("family"):
            family = get_live(FamilyMember, data["family"], "亲属")
            if family.person_id != person.id:
                raise ValidationError(f"亲属“{family.name}”不是“{person.name}”的家庭成员", "family")
        if data.get("award"):
            award = get_live(Award, data["award"], "表彰奖励")
            if award.person_id != person.id:
                raise ValidationError(f"奖励（编号 {award.id}）不是发给“{person.name}”的", "award")
            if award.payment_state == "paid":
                raise ValidationError(f"奖励（编号 {award.id}）已发放，不能重复支出", "award")
        if data.get("guarantee"):
            guarantee = get_live(GuaranteeItem, data["guarantee"], "保障事项")
            if guarantee.person_id != person.id:
                raise ValidationError(f"保障事项（编号 {guarantee.id}）不属于“{person.name}”", "guarantee")
            if family is None and guarantee.family_id:
                family = FamilyMember.get_by_id(guarantee.family_id)
        kind = data.get("kind") or ("award" if award else _kind_of_guarantee(guarantee))
        kind = codes.check(OUT_KINDS, kind, field="kind", field_label="支出类别", required=True)
        if guarantee is not None and guarantee.amount is not None:
            paid = paid_for_guarantee(guarantee.id)
            allowed = to_fen(guarantee.amount, positive=False)
            if paid + amount > allowed:
                raise ValidationError(f"保障事项（编号 {guarantee.id}）核定 {yuan_text(allowed)} 元，已支付 "
                                      f"{yuan_text(paid)} 元，本次 {yuan_text(amount)} 元超出核定金额", "amount")
        lowest = _lowest_from(office, on)
        if amount > lowest:
            raise ValidationError(f"基金余额不足：{on.isoformat()} 可用余额 {yuan_text(lowest)} 元，"
                                  f"本次支出 {yuan_text(amount)} 元，未登记", "amount")
        if voucher is None:
            voucher = f"付{on.year}-{next_value(f'fund.voucher.{office}.{on.year}'):04d}"
        elif FundEntry.select().where((FundEntry.origin == office) & (FundEntry.voucher_no == voucher) &
                                      (FundEntry.deleted == False)).exists():  # noqa: E712
            raise ValidationError(f"凭证编号“{voucher}”已使用过", "voucher_no")
        e = w.create(FundEntry, {"direction": "out", "kind": kind, "amount_fen": amount, "entry_on": on,
                                 "person": person, "family": family, "award": award, "guarantee": guarantee,
                                 "purpose": purpose, "voucher_no": voucher, "approved_by": ledger.actor,
                                 "notes": notes})
        if award is not None:
            w.update(award, {"payment_state": "paid", "paid_on": on})
    return entry_dict(e) | {"person_name": person.name, "family_name": family.name if family else None}


def cancel_entry(ledger: Ledger, ref: Any, reason: str) -> dict[str, Any]:
    """Cancel a wrong entry (a reviewer, with a reason): it leaves a tombstone and the audit trail.

    Cancelling money in is refused if the money has been spent since (the balance would go below
    zero on some day); cancelling a payout puts an award it paid back to 审批 and removes the
    schedule payment it made."""
    from desktop.store.models import MedicalCost, SchedulePayment

    reason = (reason or "").strip()
    if not reason:
        raise ValidationError("作废收支记录需要写明理由", "reason")
    ledger.require("approve_payment")
    with ledger.atomic() as w:
        office = ledger.office_code
        _lock(office)
        e = get_live(FundEntry, ref, "收支记录")
        if e.origin != office:
            raise ValidationError(f"收支记录（编号 {e.id}）是单位 {e.origin} 的账目，只能由该单位作废", "id")
        if e.direction == "in":
            lowest = _lowest_from(office, e.entry_on)
            if e.amount_fen > lowest:
                raise ValidationError(f"这笔收入已有部分被支出：作废后 {e.entry_on.isoformat()} 起的余额将低于零"
                                      f"（可作废的最多 {yuan_text(lowest)} 元）", "id")
        advances = list(MedicalCost.select().where((MedicalCost.fund_entry == e.id) & (MedicalCost.deleted == False)))  # noqa: E712
        if any(m.recovered_fen for m in advances):
            raise ValidationError("这笔医疗垫付已有追回的款项，不能作废", "id")
        w.update(e, {"notes": ((e.notes + "\n") if e.notes else "") + f"作废：{reason[:500]}"})
        w.delete(e)
        if e.award_id:
            award = Award.get_by_id(e.award_id)
            if award.payment_state == "paid" and not award.deleted:
                w.update(award, {"payment_state": "approved", "paid_on": None})
        for m in advances:  # the advance was not made from the fund after all
            w.delete(m)
        for pay in SchedulePayment.select().where((SchedulePayment.fund_entry == e.id) &
                                                  (SchedulePayment.deleted == False)):  # noqa: E712
            w.delete(pay)
    return entry_dict(e)


def _kind_of_guarantee(g: GuaranteeItem | None) -> str:
    if g is None:
        return "other"
    return {"death_grant": "death_grant", "pension": "pension", "periodic_aid": "periodic_aid",
            "medical": "medical", "condolence_grant": "condolence", "hardship": "hardship"}.get(g.kind, "other")


def paid_for_guarantee(guarantee_id: int) -> int:
    return sum(int(a) for (a,) in as_tuples(FundEntry.select(FundEntry.amount_fen).where(
        (FundEntry.guarantee == guarantee_id) & (FundEntry.direction == "out") &
        (FundEntry.deleted == False))))  # noqa: E712


def list_entries(ledger: Ledger, *, year: int | None = None, direction: str | None = None,
                 person_ref: Any = None, limit: int = 500) -> list[dict[str, Any]]:
    with ledger.reading():
        q = FundEntry.select().where((FundEntry.deleted == False) & (FundEntry.origin == ledger.office_code))  # noqa: E712
        if year:
            q = q.where((FundEntry.entry_on >= dt.date(year, 1, 1)) & (FundEntry.entry_on <= dt.date(year, 12, 31)))
        if direction:
            q = q.where(FundEntry.direction == direction)
        if person_ref is not None:
            q = q.where(FundEntry.person == get_live(Person, person_ref, "人员"))
        rows = list(q.order_by(FundEntry.entry_on, FundEntry.id).limit(limit))
        names = {p.id: p.name for p in Person.select(Person.id, Person.name).where(
            Person.id.in_([r.person_id for r in rows if r.person_id]))} if rows else {}
        return [entry_dict(r) | {"person_name": names.get(r.person_id)} for r in rows]


def report(ledger: Ledger, *, year: int | None = None) -> dict[str, Any]:
    """In and out by kind, opening and closing balance; the whole history when no year is given.

    `income`, `spending`, `balance` (closing) and `opening` are yuan; `*_fen` the same in fen."""
    with ledger.reading():
        office = ledger.office_code
        q = FundEntry.select(FundEntry.direction, FundEntry.kind, FundEntry.amount_fen, FundEntry.entry_on).where(
            (FundEntry.deleted == False) & (FundEntry.origin == office))  # noqa: E712
        opening = 0
        by_kind: dict[tuple[str, str], list[int]] = {}
        for direction, kind, amount, on in q.tuples().iterator():
            signed = int(amount) if direction == "in" else -int(amount)
            if year and on.year < year:
                opening += signed
            elif not year or on.year == year:
                cell = by_kind.setdefault((direction, kind), [0, 0])
                cell[0] += int(amount)
                cell[1] += 1
    income = sum(v[0] for (d, _), v in by_kind.items() if d == "in")
    spending = sum(v[0] for (d, _), v in by_kind.items() if d == "out")
    closing = opening + income - spending

    def lines(direction: str, list_name: str) -> list[dict[str, Any]]:
        out = []
        for c in codes.entries(list_name):
            if (direction, c.code) in by_kind:
                fen, n = by_kind[(direction, c.code)]
                out.append({"kind": c.code, "label": c.zh, "count": n, "amount": _number(fen), "amount_fen": fen})
        return out

    office_name = ledger.setting(settings.OFFICE_NAME) or office
    return {"office": office, "office_name": office_name, "year": year,
            "title": f"{office_name}见义勇为基金{f'{year}年度' if year else ''}收支情况",
            "opening": _number(opening), "income": _number(income), "spending": _number(spending),
            "balance": _number(closing), "opening_fen": opening, "income_fen": income,
            "spending_fen": spending, "balance_fen": closing,
            "income_by_kind": lines("in", IN_KINDS), "spending_by_kind": lines("out", OUT_KINDS)}


def _number(fen: int) -> int | float:
    """Yuan as a JSON number (exact: at most two decimals, formatted from the integer fen)."""
    return fen // 100 if fen % 100 == 0 else float(yuan(fen))


def write_report_pdf(ledger: Ledger, year: int | None, path: str) -> dict[str, Any]:
    """The yearly report as a printable PDF (letters.fund_report renders the plain data)."""
    from desktop.letters import care_print

    data = report(ledger, year=year)
    data["entries"] = [_plain_entry(e) for e in list_entries(ledger, year=year, limit=100000)]
    data["printed_on"] = ledger.today()
    pages = care_print.render_fund_report(data, path)
    return {"path": str(path), "pages": pages}


def _plain_entry(e: dict[str, Any]) -> dict[str, Any]:
    return {"on": e["on"], "direction": e["direction"], "kind_label": e["kind_label"],
            "amount_fen": e["amount_fen"], "party": e.get("source") or e.get("person_name") or "",
            "purpose": e.get("purpose") or "", "number": e.get("receipt_no") or e.get("voucher_no") or ""}


def write_report_xlsx(ledger: Ledger, year: int | None, path: str) -> dict[str, Any]:
    """The yearly report in Excel: a summary sheet and every entry (real numbers, yuan)."""
    from desktop.tabular.writer import DATE, MONEY, TEXT, Column, XlsxWriter

    data = report(ledger, year=year)
    entries = list_entries(ledger, year=year, limit=1_000_000)
    w = XlsxWriter(path)
    summary = [{"item": "上年结余" if year else "期初余额", "amount": yuan(data["opening_fen"])}]
    summary += [{"item": f"收入：{k['label']}（{k['count']}笔）", "amount": yuan(k["amount_fen"])}
                for k in data["income_by_kind"]]
    summary.append({"item": "收入合计", "amount": yuan(data["income_fen"])})
    summary += [{"item": f"支出：{k['label']}（{k['count']}笔）", "amount": yuan(k["amount_fen"])}
                for k in data["spending_by_kind"]]
    summary += [{"item": "支出合计", "amount": yuan(data["spending_fen"])},
                {"item": "期末余额", "amount": yuan(data["balance_fen"])}]
    w.sheet("收支汇总", [Column("item", "项目"), Column("amount", "金额（元）", MONEY)], summary, caption=data["title"])
    rows = [{"on": e["on"], "direction": e["direction_label"], "kind": e["kind_label"],
             "in": yuan(e["amount_fen"]) if e["direction"] == "in" else None,
             "out": yuan(e["amount_fen"]) if e["direction"] == "out" else None,
             "party": e.get("source") or e.get("person_name") or "", "purpose": e.get("purpose") or "",
             "number": e.get("receipt_no") or e.get("voucher_no") or "", "approved_by": e.get("approved_by") or ""}
            for e in entries]
    w.sheet("收支明细", [Column("on", "日期", DATE), Column("direction", "收支"), Column("kind", "类别"),
                     Column("in", "收入（元）", MONEY), Column("out", "支出（元）", MONEY),
                     Column("party", "来源/领款人"), Column("purpose", "用途"), Column("number", "收据/凭证编号"),
                     Column("approved_by", "审批人", TEXT)], rows, caption=data["title"])
    return {"path": str(w.save()), "entries": len(rows)}
