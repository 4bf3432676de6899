"""Medical costs advanced first (先行垫付): who advanced them, who is responsible, what was
claimed back and recovered, and what remains open. Amounts are integer fen."""

from __future__ import annotations

from typing import Any

from desktop.domain import codes
from desktop.domain.care import to_fen, yuan
from desktop.domain.errors import ValidationError
from desktop.domain.fields import parse_date
from desktop.services import fund
from desktop.services.ledger import Ledger
from desktop.services.records import get_live, to_dict
from desktop.store.models import Deed, MedicalCost, Person

FIELDS = {"hospital", "incurred_on", "total", "advanced_by", "advanced", "responsible", "responsible_name",
          "deed", "notes", "on", "voucher_no"}


def cost_dict(m: MedicalCost) -> dict[str, Any]:
    d = to_dict(m, labels=False)
    open_fen = max(0, m.advanced_fen - m.recovered_fen)
    d.update({"total": yuan(m.total_fen), "advanced": yuan(m.advanced_fen), "claimed": yuan(m.claimed_fen),
              "recovered": yuan(m.recovered_fen), "open_fen": open_fen, "open": yuan(open_fen),
              "advanced_by_label": codes.label("medical_payer", m.advanced_by),
              "responsible_label": codes.label("responsible_party", m.responsible) if m.responsible else ""})
    return d


def record_cost(ledger: Ledger, person_ref: Any, data: dict[str, Any]) -> dict[str, Any]:
    """Costs advanced for a person: total, advanced (amount) by fund/employer/hospital, responsible party."""
    unknown = sorted(set(data) - FIELDS)
    if unknown:
        raise ValidationError(f"没有名为“{unknown[0]}”的字段。可用字段：{'、'.join(sorted(FIELDS))}", unknown[0])
    advanced = to_fen(data.get("advanced"), field_name="advanced", label="垫付金额")
    total = to_fen(data.get("total"), field_name="total", label="医疗费用总额") if data.get("total") else advanced
    if advanced > total:
        raise ValidationError("垫付金额不能大于医疗费用总额", "advanced")
    payer = codes.check("medical_payer", data.get("advanced_by"), field="advanced_by", field_label="垫付方", required=True)
    responsible = codes.check("responsible_party", data.get("responsible"), field="responsible",
                              field_label="责任方", required=False) if data.get("responsible") else None
    values = {"total_fen": total, "advanced_fen": advanced, "advanced_by": payer, "responsible": responsible,
              "responsible_name": (data.get("responsible_name") or "").strip()[:100] or None,
              "hospital": (data.get("hospital") or "").strip()[:100] or None,
              "incurred_on": parse_date(data.get("incurred_on"), field="incurred_on", label="发生日期"),
              "notes": (data.get("notes") or "").strip() or None}
    ledger.require("edit_records")
    with ledger.atomic() as w:
        person = get_live(Person, person_ref, "人员")
        deed = get_live(Deed, data["deed"], "事迹") if data.get("deed") else None
        entry = None
        if payer == "fund":  # the fund's advance is a payout of the fund: approved, and within its balance
            entry = fund.record_payout(ledger, {
                "amount": yuan(advanced), "on": data.get("on") or values["incurred_on"] or ledger.today(),
                "person": person.id, "kind": "medical",
                "purpose": f"医疗费用先行垫付（{values['hospital'] or '医疗机构'}）",
                **({"voucher_no": data["voucher_no"]} if data.get("voucher_no") else {})})
        m = w.create(MedicalCost, {**values, "person": person, "deed": deed,
                                   "fund_entry": entry["id"] if entry else None})
    return cost_dict(m) | {"fund_entry": entry}


def claim(ledger: Ledger, ref: Any, amount: Any, on: Any, *, expected_version: int | None = None) -> dict[str, Any]:
    """A recovery claim (追偿) against the responsible party for part or all of the advance."""
    fen = to_fen(amount, label="追偿金额")
    day = parse_date(on, field="on", label="追偿日期")
    ledger.require("edit_records")
    with ledger.atomic() as w:
        m = get_live(MedicalCost, ref, "医疗费用垫付记录")
        if m.responsible in (None, "none"):
            raise ValidationError("该笔垫付没有可追偿的责任方（responsible=perpetrator 侵害人 或 beneficiary 受益人）",
                                  "responsible")
        if fen > m.advanced_fen:
            raise ValidationError("追偿金额不能大于垫付金额", "amount")
        w.update(m, {"claimed_fen": fen, "claimed_on": day or ledger.today()}, expected_version)
    return cost_dict(m)


def recover(ledger: Ledger, ref: Any, amount: Any, on: Any, *, expected_version: int | None = None) -> dict[str, Any]:
    """Money recovered from the responsible party; the open amount shrinks. Never more than advanced."""
    fen = to_fen(amount, label="追回金额")
    day = parse_date(on, field="on", label="追回日期") or ledger.today()
    ledger.require("edit_records")
    with ledger.atomic() as w:
        m = get_live(MedicalCost, ref, "医疗费用垫付记录")
        if m.recovered_fen + fen > m.advanced_fen:
            raise ValidationError(f"已追回 {yuan(m.recovered_fen)} 元，本次 {yuan(fen)} 元，合计超过垫付的 "
                                  f"{yuan(m.advanced_fen)} 元", "amount")
        w.update(m, {"recovered_fen": m.recovered_fen + fen, "recovered_on": day}, expected_version)
        entry = None
        if m.advanced_by == "fund":  # what the fund advanced comes back to the fund
            who = m.responsible_name or codes.label("responsible_party", m.responsible) or "责任方"
            entry = fund.record_income(ledger, {"amount": yuan(fen), "on": day, "kind": "recovery", "source": who[:100],
                                                "notes": f"追回医疗费用垫付（编号 {m.id}）"})
    return cost_dict(m) | {"fund_entry": entry}


def list_costs(ledger: Ledger, *, person_ref: Any = None, open_only: bool = False) -> list[dict[str, Any]]:
    with ledger.reading():
        q = MedicalCost.select(MedicalCost, Person).join(Person).where(MedicalCost.deleted == False)  # noqa: E712
        if person_ref is not None:
            q = q.where(MedicalCost.person == get_live(Person, person_ref, "人员"))
        if open_only:
            q = q.where(MedicalCost.recovered_fen < MedicalCost.advanced_fen)
        return [cost_dict(m) | {"person_name": m.person.name} for m in q.order_by(MedicalCost.id)]


def totals(ledger: Ledger) -> dict[str, Any]:
    """Advanced, recovered and open, overall and by who advanced (fen and yuan)."""
    by: dict[str, dict[str, int]] = {}
    for m in list_costs(ledger):
        t = by.setdefault(m["advanced_by"], {"advanced_fen": 0, "recovered_fen": 0, "open_fen": 0})
        t["advanced_fen"] += m["advanced_fen"]
        t["recovered_fen"] += m["recovered_fen"]
        t["open_fen"] += m["open_fen"]
    total = {k: sum(t[k] for t in by.values()) for k in ("advanced_fen", "recovered_fen", "open_fen")}
    return {"by_payer": by, **total}
