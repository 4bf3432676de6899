"""A record's history from the audit trail: who changed which field from what to what."""

from __future__ import annotations

import json
from typing import Any

from desktop.domain import record_fields
from desktop.domain.errors import NotFound, ValidationError
from desktop.services.privacy import MASKERS, kind_of, shown_in_full
from desktop.store.models import KIND_OF, MODEL_OF, AuditEntry

KIND_LABELS = {"person": "人员", "family_member": "亲属", "deed": "事迹", "deed_person": "事迹参与人员",
               "case": "确认案件", "case_event": "案件办理记录", "case_person": "当事人确认结果", "batch": "表彰批次", "award": "表彰奖励",
               "guarantee": "优抚保障事项", "visit": "走访慰问", "publicity": "宣传报道",
               "attachment": "附件", "document": "文书", "fund_entry": "基金收支", "medical_cost": "医疗费用垫付",
               "schedule": "定期发放计划", "schedule_payment": "定期发放记录", "document_service": "文书送达记录"}
ACTION_LABELS = {"create": "新建", "update": "修改", "delete": "删除", "import": "导入", "undo-import": "撤销导入", "merge": "合并",
                 "password": "修改密码", "lock": "锁定", "unlock": "解锁", "login_failed": "登录失败"}
_SPECS = {"person": record_fields.PERSON, "family_member": record_fields.FAMILY, "deed": record_fields.DEED,
          "deed_person": record_fields.PARTICIPANT, "case": record_fields.CASE, "batch": record_fields.BATCH,
          "award": record_fields.AWARD, "guarantee": record_fields.GUARANTEE, "visit": record_fields.VISIT,
          "publicity": record_fields.PUBLICITY}


def field_label(kind: str, name: str) -> str:
    spec = _SPECS.get(kind, {}).get(name)
    if spec is not None:
        return spec.label
    return {"deleted": "已删除", "state": "状态", "person": "人员", "deed": "事迹", "case": "案件",
            "batch": "表彰批次", **_CARE_LABELS}.get(name, name)


# issue 16: fields of the money-and-care records (amounts are in fen)
_CARE_LABELS = {"family": "亲属", "basis": "计算依据", "direction": "收支", "amount_fen": "金额（分）",
                "entry_on": "日期", "source": "来源", "receipt_no": "收据编号", "purpose": "用途",
                "voucher_no": "凭证编号", "approved_by": "审批人", "advanced_by": "垫付方", "advanced_fen": "垫付（分）",
                "recovered_fen": "已追回（分）", "claimed_fen": "追偿（分）", "responsible": "责任方",
                "start_on": "开始日期", "end_on": "结束日期", "period_on": "期次", "paid_on": "发放日期"}


def record_history(ledger, kind: str, ref: Any, *, full: bool = False) -> dict[str, Any]:
    """Every audit entry of one record (deleted ones too), oldest first; personal data masked."""
    model = MODEL_OF.get(kind)
    if model is None:
        raise ValidationError(f"未知的记录种类“{kind}”：应为 " + "、".join(MODEL_OF), "kind")
    keep = shown_in_full(ledger, "full" if full else "view")
    with ledger.reading():
        text = str(ref).strip()
        record = (model.get_or_none(model.id == int(text)) if text.isdigit()
                  else model.get_or_none(model.uuid == text))
        if record is None:
            raise NotFound(f"找不到{KIND_LABELS.get(kind, kind)}“{ref}”")
        entries = list(AuditEntry.select().where(AuditEntry.record_uuid == record.uuid).order_by(AuditEntry.id))
    out = []
    for e in entries:
        changes = []
        for name, pair in (json.loads(e.changes or "{}") or {}).items():
            if name.startswith("_"):  # not a field: e.g. what undoing an import restores (sync/merge.BEFORE)
                continue
            before, after = (pair + [None, None])[:2] if isinstance(pair, list) else (None, pair)
            sensitive = kind_of(name)
            if sensitive and sensitive not in keep:
                before, after = [MASKERS[sensitive](str(v)) if v not in (None, "") else v for v in (before, after)]
            changes.append({"field": name, "label": field_label(kind, name), "before": before, "after": after})
        out.append({"id": e.id, "at": e.at, "actor": e.actor, "office": e.office, "action": e.action,
                    "action_label": ACTION_LABELS.get(e.action, e.action), "package": e.package,
                    "changes": changes})
    return {"kind": kind, "kind_label": KIND_LABELS.get(kind, kind), "id": record.id, "uuid": record.uuid,
            "entries": out}


assert set(KIND_LABELS) >= set(KIND_OF.values())
