import datetime as dt

import pytest

from desktop.domain import deadlines, workflow
from desktop.domain.errors import ValidationError, WorkflowError

TODAY = dt.date(2026, 11, 28)


def case(**kw):
    base = {"state": "received", "received_on": dt.date(2026, 10, 1), "extensions": 0}
    base.update(kw)
    return base


def codes(c):
    return {a.code for a in workflow.allowed_actions(c)}


def test_received_case_allows_only_accept_refuse_withdraw():
    # accept or transfer: the service offers the one the deed's place allows (services/cases.py)
    assert codes(case()) == {"accept", "refuse_acceptance", "withdraw", "transfer"}


def test_accept_needs_date_and_unit_and_moves_state():
    with pytest.raises(ValidationError) as e:
        workflow.apply(case(), "accept", {"accepted_on": "2026-10-02"}, TODAY)
    assert e.value.field == "accepting_unit" and "受理单位" in e.value.message
    up = workflow.apply(case(), "accept", {"accepted_on": "2026-10-02", "accepting_unit": "上城分局"}, TODAY)
    assert up["state"] == "accepted" and up["accepted_on"] == dt.date(2026, 10, 2)


def test_accept_cannot_precede_receipt_nor_be_in_future():
    with pytest.raises(ValidationError, match="不能早于"):
        workflow.apply(case(), "accept", {"accepted_on": "2026-09-30", "accepting_unit": "x"}, TODAY)
    with pytest.raises(ValidationError, match="不能晚于今天"):
        workflow.apply(case(), "accept", {"accepted_on": "2026-12-30", "accepting_unit": "x"}, TODAY)


def test_refusal_requires_informing_first():
    c = case(state="investigating", accepted_on=dt.date(2026, 10, 2))
    assert "refuse" not in codes(c)
    with pytest.raises(WorkflowError, match="不能执行“不予确认”"):
        workflow.apply(c, "refuse", {"decision_no": "x", "decision_date": "2026-10-20", "reasons": "r"}, TODAY)
    up = workflow.apply(c, "inform", {"informed_on": "2026-10-15", "reasons": "系法定职责"}, TODAY)
    assert up["state"] == "informed"
    c.update(up)
    # informed on Thursday 15 October: the 陈述申辩 period of 5 working days runs to the 22nd
    with pytest.raises(ValidationError, match="陈述申辩期限至2026-10-22"):
        workflow.apply(c, "refuse", {"decision_no": "上公不确〔2026〕1号", "decision_date": "2026-10-22",
                                     "reasons": "系法定职责"}, TODAY)
    up = workflow.apply(c, "refuse", {"decision_no": "上公不确〔2026〕1号", "decision_date": "2026-10-23",
                                      "reasons": "系法定职责"}, TODAY)
    assert up["state"] == "not_confirmed" and up["decision"] == "not_confirmed"


def test_extension_allowed_once_and_moves_deadline():
    c = case(state="investigating", accepted_on=dt.date(2026, 11, 1))
    up = workflow.apply(c, "extend", {"reasons": "案情复杂"}, TODAY)
    assert up["extensions"] == 1 and up["state"] == "investigating"
    c.update(up)
    assert "extend" not in codes(c)
    with pytest.raises(WorkflowError, match="只能延长一次"):
        workflow.apply(c, "extend", {"reasons": "again"}, TODAY)
    assert deadlines.decision_due(dt.date(2026, 11, 1), 1) == dt.date(2026, 12, 31)


def test_review_must_be_requested_within_15_days_of_service():
    c = case(state="served", decision="not_confirmed", decision_date=dt.date(2026, 11, 1),
             served_on=dt.date(2026, 11, 2))
    with pytest.raises(ValidationError, match="15日内"):
        workflow.apply(c, "request_review", {"review_requested_on": "2026-11-18"}, TODAY)
    up = workflow.apply(c, "request_review", {"review_requested_on": "2026-11-17"}, TODAY)
    assert up["state"] == "under_review"


def test_close_waits_for_review_window():
    c = case(state="served", decision="not_confirmed", served_on=dt.date(2026, 11, 20))
    with pytest.raises(WorkflowError, match="期满后方可办结"):
        workflow.apply(c, "close", {}, TODAY)
    c["served_on"] = dt.date(2026, 11, 1)
    assert workflow.apply(c, "close", {}, TODAY)["state"] == "closed"


def test_review_changed_confirms():
    c = case(state="under_review", review_requested_on=dt.date(2026, 11, 10))
    up = workflow.apply(c, "decide_review", {"review_result": "changed", "review_decided_on": "2026-11-20"}, TODAY)
    assert up["decision"] == "confirmed" and up["state"] == "closed"


def test_final_states_allow_nothing_and_every_state_has_a_label():
    for state in workflow.FINAL:
        assert codes(case(state=state)) == set()
    for action in workflow.ACTIONS.values():
        assert action.sources <= set(workflow.STATES)
        assert action.target is None or action.target in workflow.STATES


def test_unknown_action_and_bad_date():
    with pytest.raises(WorkflowError):
        workflow.apply(case(), "teleport", {}, TODAY)
    with pytest.raises(ValidationError, match="不是有效日期"):
        workflow.apply(case(), "accept", {"accepted_on": "昨天", "accepting_unit": "x"}, TODAY)


def test_deadline_statuses():
    c = case(state="investigating", accepted_on=dt.date(2026, 11, 1))
    (d,) = deadlines.case_deadlines(c, TODAY)
    assert d.kind == "decision" and d.due == dt.date(2026, 12, 1) and d.days_left == 3 and d.status == "near"
    assert "剩余3天" in d.describe()
    c["accepted_on"] = dt.date(2026, 10, 1)
    (d,) = deadlines.case_deadlines(c, TODAY)
    assert d.status == "overdue" and "已超期" in d.describe()
    c["accepted_on"] = dt.date(2026, 11, 20)
    assert deadlines.case_deadlines(c, TODAY)[0].status == "ok"
    c["state"] = "confirmed"
    assert deadlines.case_deadlines(c, TODAY)[0].status == "done"


def test_rules_file_drives_deadlines(tmp_path):
    import json

    from desktop.domain.rules import load_rules

    rules = dict(load_rules())
    rules["confirmation"] = dict(rules["confirmation"], decision_days=60)
    assert deadlines.decision_due(dt.date(2026, 1, 1), 0, rules) == dt.date(2026, 3, 2)
    f = tmp_path / "r.json"
    f.write_text(json.dumps(rules), encoding="utf-8")
    assert load_rules(str(f))["confirmation"]["decision_days"] == 60
