"""The working-day calendar and the periods of the confirmation procedure (issue 15)."""

import datetime as dt

import pytest

from desktop.domain import deadlines, workflow
from desktop.domain.errors import ValidationError, WorkflowError
from desktop.domain.workdays import WorkCalendar, default_calendar

D = dt.date.fromisoformat
TODAY = D("2027-03-01")


def test_library_knows_2026_national_day_and_its_make_up_working_day():
    cal = default_calendar()
    assert not cal.is_working_day(D("2026-10-01")) and cal.day(D("2026-10-01")).name == "国庆节"
    assert not cal.is_working_day(D("2026-10-07"))
    assert cal.is_working_day(D("2026-10-08"))
    assert cal.is_working_day(D("2026-10-10"))  # Saturday worked in lieu (调休)
    assert cal.day(D("2026-10-10")).name == "调休上班日"
    assert not cal.is_working_day(D("2026-11-21"))  # an ordinary Saturday


def test_2027_spring_festival_comes_from_the_override_file_and_is_marked_provisional():
    cal = default_calendar()
    for day in ("2027-02-05", "2027-02-08", "2027-02-10"):
        assert not cal.is_working_day(D(day)), day
    assert cal.is_working_day(D("2027-02-11"))
    p = cal.add_days(D("2027-01-22"), 15)  # lands on 6 February, 春节
    assert p.due == D("2027-02-11")
    assert "2027年节假日为暂定" in p.basis()


def test_a_year_nobody_knows_counts_weekends_and_says_so():
    p = default_calendar().add_days(D("2031-01-01"), 30)
    assert p.unknown_years == [2031] and "仅按周末计算" in p.basis()


def test_office_override_wins_over_the_shipped_file_and_the_library():
    office = {"version": "x", "years": {"2026": {"holidays": {"2026-11-23": "台风停工"}, "workdays": {}}}}
    shipped = {"version": "y", "years": {"2026": {"holidays": {}, "workdays": {"2026-11-23": "上班"}}}}
    cal = WorkCalendar([office, shipped])
    assert not cal.is_working_day(D("2026-11-23"))
    assert WorkCalendar([shipped]).is_working_day(D("2026-11-23"))


@pytest.mark.parametrize("accepted, due, moved", [
    ("2026-10-22", "2026-11-23", "周六"),  # the issue's case: 30 days end on Saturday 21 November
    ("2026-09-01", "2026-10-08", "国庆节"),  # 30 days end on National Day
    ("2026-11-02", "2026-12-02", None),  # an ordinary Wednesday
])
def test_decision_period_moves_past_rest_days(accepted, due, moved):
    p = deadlines.decision_period(D(accepted))
    assert p.due == D(due)
    if moved:
        assert p.raw_end != p.due and moved in p.basis() and "顺延至下一个工作日" in p.basis()
    else:
        assert p.raw_end == p.due and "顺延" not in p.basis()


def test_review_request_of_the_issue_is_on_time():
    # served 16 September: 15 days end on 1 October (National Day) → 8 October, so a request of the 8th is in time
    c = {"state": "served", "decision": "not_confirmed", "decision_date": D("2026-09-10"),
         "served_on": D("2026-09-16")}
    assert deadlines.review_due(D("2026-09-16")) == D("2026-10-08")
    assert workflow.apply(c, "request_review", {"review_requested_on": "2026-10-08"}, TODAY)["state"] == "under_review"
    with pytest.raises(ValidationError, match="已逾期"):
        workflow.apply(c, "request_review", {"review_requested_on": "2026-10-09"}, TODAY)


def test_working_day_period_counts_only_working_days_across_national_day():
    # informed Tuesday 29 September: 30 Sep, 8, 9, 10 (Saturday worked), 12 October
    p = deadlines.statement_period(D("2026-09-29"))
    assert p.due == D("2026-10-12") and "5个工作日" in p.basis()


def test_each_deadline_says_how_it_was_counted():
    c = {"state": "investigating", "accepted_on": D("2026-09-01"), "extensions": 0}
    (d,) = deadlines.case_deadlines(c, D("2026-09-20"))
    assert d.kind == "decision" and d.due == D("2026-10-08")
    assert d.basis == "自受理日2026-09-01次日起算30日，至2026-10-01（国庆节，休息日），顺延至下一个工作日2026-10-08"
    assert "30日" in d.source


def test_late_step_needs_a_reason_and_reports_it():
    c = {"state": "served", "decision": "not_confirmed", "decision_date": D("2026-11-01"),
         "served_on": D("2026-11-02")}
    with pytest.raises(ValidationError, match="late_reason"):
        workflow.apply(c, "request_review", {"review_requested_on": "2026-11-20"}, TODAY)
    up = workflow.apply(c, "request_review", {"review_requested_on": "2026-11-20", "late_reason": "因台风交通中断"},
                        TODAY)
    assert up["_late"] == {"what": up["_late"]["what"], "due": "2026-11-17", "on": "2026-11-20",
                           "reason": "因台风交通中断"}


def test_late_decision_needs_a_reason():
    c = {"state": "investigating", "accepted_on": D("2026-11-02"), "extensions": 0}
    with pytest.raises(ValidationError, match="确认决定已逾期"):
        workflow.apply(c, "confirm", {"decision_no": "x", "decision_date": "2026-12-03"}, TODAY)
    up = workflow.apply(c, "confirm", {"decision_no": "x", "decision_date": "2026-12-02"}, TODAY)
    assert "_late" not in up


def test_confirmation_waits_for_the_public_notice_to_end():
    c = {"state": "public_notice", "accepted_on": D("2026-11-02"), "notice_start": D("2026-11-09"), "extensions": 0}
    with pytest.raises(ValidationError, match="公示期至2026-11-16"):
        workflow.apply(c, "confirm", {"decision_no": "x", "decision_date": "2026-11-09"}, TODAY)
    with pytest.raises(ValidationError, match="公示期至2026-11-16"):
        workflow.apply(c, "confirm", {"decision_no": "x", "decision_date": "2026-11-16"}, TODAY)
    assert workflow.apply(c, "confirm", {"decision_no": "x", "decision_date": "2026-11-17"}, TODAY)["state"] == "confirmed"


def test_refusal_after_hearing_the_applicant_needs_no_wait():
    c = {"state": "informed", "accepted_on": D("2026-11-02"), "informed_on": D("2026-11-10"), "extensions": 0}
    with pytest.raises(ValidationError, match="陈述申辩期限"):
        workflow.apply(c, "refuse", {"decision_no": "x", "decision_date": "2026-11-10", "reasons": "r"}, TODAY)
    up = workflow.apply(c, "hear", {"statement_on": "2026-11-11", "statement": "申请人当面陈述"}, TODAY)
    assert up["state"] == "informed" and up["statement"] == "申请人当面陈述"
    c.update(up)
    assert workflow.apply(c, "refuse", {"decision_no": "x", "decision_date": "2026-11-11",
                                        "reasons": "r"}, TODAY)["state"] == "not_confirmed"


def test_a_confirmation_cannot_be_reviewed_and_needs_no_review_window():
    c = {"state": "served", "decision": "confirmed", "decision_date": D("2026-11-01"), "served_on": D("2026-11-20")}
    assert "request_review" not in {a.code for a in workflow.allowed_actions(c)}
    with pytest.raises(WorkflowError, match="不能由申请人申请复核"):
        workflow.apply(c, "request_review", {"review_requested_on": "2026-11-21"}, TODAY)
    assert not deadlines.case_deadlines(c, D("2026-11-21"))
    assert workflow.apply(c, "close", {}, D("2026-11-21"))["state"] == "closed"


def test_review_decision_has_a_deadline_and_a_request_can_be_withdrawn():
    c = {"state": "under_review", "decision": "not_confirmed", "review_requested_on": D("2021-06-01")}
    (d,) = deadlines.case_deadlines(c, TODAY)
    assert d.kind == "review_decision" and d.due == D("2021-07-01") and d.status == "overdue"
    with pytest.raises(ValidationError, match="复核决定已逾期"):
        workflow.apply(c, "decide_review", {"review_result": "upheld", "review_decided_on": "2027-02-26"}, TODAY)
    up = workflow.apply(c, "withdraw_review", {"withdrawn_on": "2021-06-20"}, TODAY)
    assert up == {"review_result": "withdrawn", "review_decided_on": D("2021-06-20"), "state": "closed"}
