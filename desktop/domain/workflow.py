"""The confirmation case (见义勇为行为确认) as an explicit state machine.

Procedure from 浙江省公安机关见义勇为行为确认工作实施办法(试行): a case is opened by application,
nomination or by the police; accepted by the police of the place of the act; investigated;
before a refusal the applicant is told the facts, reasons and basis and may state their case;
the decision is served; a 复核 of a refusal may be requested within 15 days of service.

Periods are enforced here (docs/rules.md names each source or choice): a refusal only after the
陈述申辩 period following 告知 (or once the statement is heard); a confirmation after public
notice only once the notice period has run; a late step (a decision after its deadline, a late
review request, a late review decision) only with a recorded reason (`late_reason`), which the
service lets a reviewer give and writes into the case history — never silently.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from desktop.domain import deadlines
from desktop.domain.errors import ValidationError, WorkflowError
from desktop.domain.rules import confirmation_rules
from desktop.domain.workdays import WorkCalendar

STATES: dict[str, str] = {
    "received": "已登记待受理",
    "accepted": "已受理",
    "investigating": "调查核实中",
    "public_notice": "公示中",
    "informed": "已告知拟不予确认",
    "confirmed": "已确认",
    "not_confirmed": "不予确认",
    "served": "已送达",
    "under_review": "复核中",
    "closed": "已办结",
    "not_accepted": "不予受理",
    "withdrawn": "已撤回",
    "transferred": "已移送行为发生地",
}
INITIAL = "received"
FINAL = {"closed", "not_accepted", "withdrawn"}


@dataclass(frozen=True)
class Action:
    code: str
    label: str
    sources: frozenset[str]
    target: str | None  # None: stays in the same state
    required: tuple[tuple[str, str], ...] = ()  # (field, Chinese label)
    decides: bool = False  # needs the reviewer role once accounts exist
    help: str = field(default="", compare=False)
    optional: tuple[tuple[str, str], ...] = ()  # (field, Chinese label) the form may offer


LATE = ("late_reason", "逾期理由（逾期办理时由审核人填写）")


def _a(code, label, sources, target, required=(), decides=False, help="", optional=()):
    return Action(code, label, frozenset(sources), target, tuple(required), decides, help, tuple(optional))


ACTIONS: dict[str, Action] = {a.code: a for a in [
    _a("accept", "受理", {"received"}, "accepted",
       [("accepted_on", "受理日期"), ("accepting_unit", "受理单位")]),
    _a("refuse_acceptance", "不予受理", {"received"}, "not_accepted",
       [("reasons", "不予受理理由")], decides=True),
    _a("transfer", "移送行为发生地公安机关", {"received"}, "transferred",
       [("transferred_to", "接收单位区划代码"), ("transferred_on", "移送日期")],
       help="行为发生地不在本单位辖区的，制作移送函，连同材料随数据包移送行为发生地公安机关"),
    _a("take_over", "接收移送案件", {"transferred"}, "received", [("taken_over_on", "接收日期")],
       help="行为发生地公安机关收到移送的案件后接收，继续办理"),
    _a("withdraw", "撤回申请", {"received", "accepted", "investigating"}, "withdrawn",
       [("reasons", "撤回原因")]),
    _a("investigate", "开始调查核实", {"accepted"}, "investigating"),
    _a("start_notice", "开始公示", {"investigating"}, "public_notice", [("notice_start", "公示开始日期")]),
    _a("extend", "延长办理期限", {"accepted", "investigating", "public_notice", "informed"}, None,
       [("reasons", "延期理由")], decides=True,
       help="复杂案件经县级公安机关负责人批准可延长一次"),
    _a("inform", "告知拟不予确认", {"investigating", "public_notice"}, "informed",
       [("informed_on", "告知日期"), ("reasons", "拟不予确认的事实和理由")],
       help="不予确认前应告知申请人事实、理由和依据，听取陈述、申辩"),
    _a("hear", "记录陈述申辩", {"informed"}, None,
       [("statement_on", "陈述申辩日期")], optional=[("statement", "陈述申辩内容（或“放弃陈述申辩”）")],
       help="申请人陈述、申辩（或明确放弃）后记录；陈述申辩期满前不予确认须先记录"),
    _a("confirm", "确认为见义勇为", {"investigating", "public_notice", "informed"}, "confirmed",
       [("decision_no", "决定文号"), ("decision_date", "决定日期")], decides=True, optional=[LATE]),
    _a("refuse", "不予确认", {"informed"}, "not_confirmed",
       [("decision_no", "决定文号"), ("decision_date", "决定日期"), ("reasons", "不予确认理由")],
       decides=True, optional=[LATE]),
    _a("serve", "送达决定", {"confirmed", "not_confirmed"}, "served", [("served_on", "送达日期")]),
    _a("request_review", "申请复核", {"served"}, "under_review", [("review_requested_on", "复核申请日期")],
       optional=[LATE], help="只有不予确认决定可以申请复核；逾期申请须由审核人填写逾期理由"),
    _a("withdraw_review", "撤回复核申请", {"under_review"}, "closed", [("withdrawn_on", "撤回日期")],
       help="申请人撤回复核申请后，原决定生效，案件办结"),
    _a("decide_review", "作出复核决定", {"under_review"}, "closed",
       [("review_result", "复核结果"), ("review_decided_on", "复核决定日期")], decides=True, optional=[LATE]),
    _a("close", "办结", {"served"}, "closed"),
]}


def state_label(state: str) -> str:
    return STATES.get(state, state)


def allowed_actions(case: dict[str, Any]) -> list[Action]:
    """The actions the case's state allows (and that its facts do not rule out)."""
    state = case.get("state", INITIAL)
    out = []
    for action in ACTIONS.values():
        if state not in action.sources:
            continue
        if action.code == "extend" and (case.get("extensions") or 0) >= confirmation_rules()["max_extensions"]:
            continue
        if action.code == "request_review" and not deadlines.reviewable(case):
            continue
        out.append(action)
    return out


def _as_date(value: Any, label: str, field_name: str) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise ValidationError(f"{label}“{value}”不是有效日期（应为 2026-11-28 格式）", field_name) from None


def apply(case: dict[str, Any], action_code: str, params: dict[str, Any],
          today: dt.date, cal: WorkCalendar | None = None) -> dict[str, Any]:
    """Check an action against the case and return the field updates it makes (incl. `state`).

    Raises WorkflowError when the state does not allow it and ValidationError for bad input.
    A late step accepted with `late_reason` returns `_late` ({due, reason, what}) beside the
    updates: the service records it in the case history and asks for the reviewer role.
    """
    action = ACTIONS.get(action_code)
    if action is None:
        raise WorkflowError(f"未知的办理操作“{action_code}”")
    state = case.get("state", INITIAL)
    if action not in allowed_actions(case):
        if action.code == "extend" and state in action.sources:
            raise WorkflowError("办理期限只能延长一次，本案已延长过")
        if action.code == "request_review" and state in action.sources:
            raise WorkflowError("确认为见义勇为的决定不能由申请人申请复核（实施办法只对不予确认决定设复核）")
        raise WorkflowError(f"案件当前状态为“{state_label(state)}”，不能执行“{action.label}”")
    updates: dict[str, Any] = {}
    for name, label in action.required:
        value = params.get(name)
        if value is None or str(value).strip() == "":
            raise ValidationError(f"{action.label}需要填写{label}", name)
        if name.endswith("_on") or name.endswith("_date") or name == "notice_start":
            value = _as_date(value, label, name)
            if value > today:
                raise ValidationError(f"{label}不能晚于今天（{today.isoformat()}）", name)
        updates[name] = value
    for name in ("reasons", "statement"):
        if name in params and name not in updates and params[name]:
            updates[name] = params[name]
    late_reason = str(params.get("late_reason") or "").strip()
    late: dict[str, Any] | None = None

    def on_time(day: dt.date, due: dt.date, what: str, field_name: str, basis: str) -> None:
        """A step after its deadline needs a recorded reason (不可抗力 and the like)."""
        nonlocal late
        if day <= due:
            return
        if not late_reason:
            raise ValidationError(
                f"{what}已逾期（期限至{due.isoformat()}，{basis}）；如有不可抗力等正当理由，"
                f"由审核人填写逾期理由（late_reason）后办理", field_name)
        late = {"what": what, "due": due.isoformat(), "on": day.isoformat(), "reason": late_reason}

    code = action.code
    if code == "accept":
        received = case.get("received_on")
        if received and updates["accepted_on"] < received:
            raise ValidationError("受理日期不能早于收到申请的日期", "accepted_on")
    elif code == "extend":
        updates["extensions"] = (case.get("extensions") or 0) + 1
        updates.pop("reasons", None)
        updates["extension_reason"] = params["reasons"]
    elif code in ("confirm", "refuse"):
        decided = updates["decision_date"]
        if code == "confirm":
            updates["decision"] = "confirmed"
            _after(case, "accepted_on", decided, "决定日期不能早于受理日期", "decision_date")
            if state == "public_notice" and case.get("notice_start"):
                p = deadlines.notice_period(_as_date(case["notice_start"], "公示开始日期", "notice_start"), cal=cal)
                if decided <= p.due:
                    raise ValidationError(f"公示期至{p.due.isoformat()}（{p.basis('公示开始日')}），"
                                          "期满后方可作出确认决定", "decision_date")
        else:
            updates["decision"] = "not_confirmed"
            _after(case, "informed_on", decided, "决定日期不能早于告知日期", "decision_date")
            heard = case.get("statement_on")
            if heard:
                _after(case, "statement_on", decided, "决定日期不能早于陈述申辩日期", "decision_date")
            else:
                p = deadlines.statement_period(_as_date(case["informed_on"], "告知日期", "informed_on"), cal=cal)
                if decided <= p.due:
                    raise ValidationError(
                        f"陈述申辩期限至{p.due.isoformat()}（{p.basis('告知日')}）：期满后，"
                        "或先记录申请人的陈述申辩（hear）后，方可作出不予确认决定", "decision_date")
        if case.get("accepted_on"):
            p = deadlines.decision_period(_as_date(case["accepted_on"], "受理日期", "accepted_on"),
                                          case.get("extensions") or 0, cal=cal)
            on_time(decided, p.due, "确认决定", "decision_date", p.basis("受理日"))
    elif code == "transfer":
        target = str(updates["transferred_to"]).strip()
        if not (len(target) == 6 and target.isdigit()):
            raise ValidationError(f"接收单位区划代码“{target}”不正确，应为 6 位数字", "transferred_to")
        updates["transferred_to"] = target
        _after(case, "received_on", updates["transferred_on"], "移送日期不能早于收到申请的日期", "transferred_on")
    elif code == "take_over":
        _after(case, "transferred_on", updates["taken_over_on"], "接收日期不能早于移送日期", "taken_over_on")
        updates.pop("taken_over_on")
    elif code == "hear":
        _after(case, "informed_on", updates["statement_on"], "陈述申辩日期不能早于告知日期", "statement_on")
    elif code == "serve":
        _after(case, "decision_date", updates["served_on"], "送达日期不能早于决定日期", "served_on")
    elif code == "request_review":
        _after(case, "served_on", updates["review_requested_on"], "复核申请日期不能早于送达日期",
               "review_requested_on")
        p = deadlines.review_period(_as_date(case["served_on"], "送达日期", "served_on"), cal=cal)
        on_time(updates["review_requested_on"], p.due,
                f"复核申请（应在收到决定之日起{confirmation_rules()['review_request_days']}日内提出）",
                "review_requested_on", p.basis("送达日"))
    elif code == "withdraw_review":
        _after(case, "review_requested_on", updates["withdrawn_on"], "撤回日期不能早于复核申请日期",
               "withdrawn_on")
        updates["review_result"] = "withdrawn"
        updates["review_decided_on"] = updates.pop("withdrawn_on")
    elif code == "decide_review":
        if updates["review_result"] not in ("upheld", "changed"):
            raise ValidationError("复核结果应为“维持原决定”或“撤销原决定，予以确认”", "review_result")
        _after(case, "review_requested_on", updates["review_decided_on"], "复核决定日期不能早于复核申请日期",
               "review_decided_on")
        if case.get("review_requested_on"):
            p = deadlines.review_decision_period(
                _as_date(case["review_requested_on"], "复核申请日期", "review_requested_on"), cal=cal)
            on_time(updates["review_decided_on"], p.due, "复核决定", "review_decided_on", p.basis("复核申请日"))
        if updates["review_result"] == "changed":
            updates["decision"] = "confirmed"
    elif code == "close":
        if case.get("served_on") and deadlines.reviewable(case):
            due = deadlines.review_due(_as_date(case["served_on"], "送达日期", "served_on"), cal=cal)
            if today <= due:
                raise WorkflowError(f"复核申请期限至{due.isoformat()}，期满后方可办结")
    updates["state"] = action.target or state
    if late:
        updates["_late"] = late
    return updates


def _after(case: dict[str, Any], earlier_field: str, later: dt.date, message: str, field_name: str) -> None:
    earlier = case.get(earlier_field)
    if earlier and later < _as_date(earlier, earlier_field, earlier_field):
        raise ValidationError(message, field_name)
