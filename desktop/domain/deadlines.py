"""Statutory deadlines of a confirmation case, computed from the rules file and the calendar.

Zhejiang (浙江省公安机关见义勇为行为确认工作实施办法(试行)): a decision within 30 days of
acceptance, extendable once by 30 days; 复核 requested within 15 days of service. How a period
counts (民法典 第二百零一条、第二百零三条): from the day after the event; a last day that is a
rest day moves to the next working day (domain/workdays.py). Each deadline carries `basis`, the
words that say how it was counted, and `source`, the rule it comes from (docs/rules.md).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from desktop.domain.rules import confirmation_rules
from desktop.domain.workdays import Period, WorkCalendar, default_calendar

OK, NEAR, OVERDUE, DONE = "ok", "near", "overdue", "done"

# kind → (label, what the period starts from, source); docs/rules.md has the same table
KINDS: dict[str, tuple[str, str, str]] = {
    "decision": ("确认决定期限", "受理日", "实施办法：受理之日起30日内作出决定，复杂的经批准可延长30日"),
    "notice_end": ("公示期满", "公示开始日", "本系统选择：公示7日（public_notice_days）"),
    "statement": ("陈述申辩期限", "告知日", "本系统选择：告知后5个工作日（statement_working_days）"),
    "review_request": ("复核申请期限", "送达日", "实施办法：收到决定之日起15日内申请复核"),
    "review_decision": ("复核决定期限", "复核申请日", "本系统选择：收到复核申请之日起30日（review_decision_days）"),
    "application": ("申请期限（自行为发生之日起）", "行为发生日", "本系统选择：365日（application_deadline_days，未核实）"),
}


@dataclass(frozen=True)
class Deadline:
    kind: str  # decision / notice_end / statement / review_request / review_decision / application
    label: str  # Chinese, e.g. 确认决定期限
    due: dt.date
    days_left: int
    status: str  # ok / near / overdue / done
    basis: str = ""  # how it was counted: 自…次日起算30日，至…（国庆节），顺延至…
    source: str = ""  # the rule (regulation or documented choice)

    def describe(self) -> str:
        if self.status == DONE:
            return f"{self.label}：{self.due.isoformat()}（已完成）"
        if self.days_left < 0:
            return f"{self.label}：{self.due.isoformat()}（已超期{-self.days_left}天）"
        if self.days_left == 0:
            return f"{self.label}：{self.due.isoformat()}（今天到期）"
        return f"{self.label}：{self.due.isoformat()}（剩余{self.days_left}天）"


def _status(days_left: int, warn: int) -> str:
    if days_left < 0:
        return OVERDUE
    if days_left <= warn:
        return NEAR
    return OK


def _cal(cal: WorkCalendar | None) -> WorkCalendar:
    return cal or default_calendar()


def decision_period(accepted_on: dt.date, extensions: int = 0, rules: dict | None = None,
                    cal: WorkCalendar | None = None) -> Period:
    """Decision due: 30 days (+30 per extension, counted on from the first end) from acceptance."""
    r = confirmation_rules(rules)
    return _cal(cal).add_days(accepted_on, r["decision_days"] + r["extension_days"] * extensions)


def decision_due(accepted_on: dt.date, extensions: int = 0, rules: dict | None = None,
                 cal: WorkCalendar | None = None) -> dt.date:
    return decision_period(accepted_on, extensions, rules, cal).due


def review_period(served_on: dt.date, rules: dict | None = None, cal: WorkCalendar | None = None) -> Period:
    return _cal(cal).add_days(served_on, confirmation_rules(rules)["review_request_days"])


def review_due(served_on: dt.date, rules: dict | None = None, cal: WorkCalendar | None = None) -> dt.date:
    return review_period(served_on, rules, cal).due


def review_decision_period(requested_on: dt.date, rules: dict | None = None,
                           cal: WorkCalendar | None = None) -> Period:
    return _cal(cal).add_days(requested_on, confirmation_rules(rules)["review_decision_days"])


def notice_period(notice_start: dt.date, rules: dict | None = None, cal: WorkCalendar | None = None) -> Period:
    return _cal(cal).add_days(notice_start, confirmation_rules(rules)["public_notice_days"])


def notice_end(notice_start: dt.date, rules: dict | None = None, cal: WorkCalendar | None = None) -> dt.date:
    return notice_period(notice_start, rules, cal).due


def statement_period(informed_on: dt.date, rules: dict | None = None, cal: WorkCalendar | None = None) -> Period:
    return _cal(cal).add_working_days(informed_on, confirmation_rules(rules)["statement_working_days"])


def application_period(deed_date: dt.date, rules: dict | None = None, cal: WorkCalendar | None = None) -> Period:
    return _cal(cal).add_days(deed_date, confirmation_rules(rules)["application_deadline_days"])


def application_due(deed_date: dt.date, rules: dict | None = None, cal: WorkCalendar | None = None) -> dt.date:
    return application_period(deed_date, rules, cal).due


DECIDING_STATES = {"accepted", "investigating", "public_notice", "informed"}


def reviewable(case: dict[str, Any], rules: dict | None = None) -> bool:
    """Whether the applicant may ask for 复核 of the case's decision (a confirmation may not) — also
    of a confirmation that refused some of its persons (`refused_persons`: how many), for them."""
    reviewable_decisions = confirmation_rules(rules).get("reviewable_decisions", ["not_confirmed"])
    return case.get("decision") in reviewable_decisions or (
        "not_confirmed" in reviewable_decisions and bool(case.get("refused_persons")))


def case_deadlines(case: dict[str, Any], today: dt.date, rules: dict | None = None,
                   cal: WorkCalendar | None = None) -> list[Deadline]:
    """Every deadline that applies to a case in its current state, most urgent first."""
    warn = confirmation_rules(rules)["warn_days_before"]
    state = case.get("state")
    out: list[Deadline] = []

    def add(kind: str, period: Period, done: bool = False) -> None:
        label, start_label, source = KINDS[kind]
        left = (period.due - today).days
        out.append(Deadline(kind, label, period.due, left, DONE if done else _status(left, warn),
                            period.basis(start_label), source))

    if case.get("accepted_on"):
        decided = state not in DECIDING_STATES
        add("decision", decision_period(case["accepted_on"], case.get("extensions") or 0, rules, cal), decided)
    if case.get("notice_start") and state == "public_notice":
        add("notice_end", notice_period(case["notice_start"], rules, cal))
    if case.get("informed_on") and state == "informed":
        add("statement", statement_period(case["informed_on"], rules, cal), bool(case.get("statement_on")))
    if case.get("served_on") and state == "served" and reviewable(case, rules):
        add("review_request", review_period(case["served_on"], rules, cal))
    if case.get("review_requested_on") and state == "under_review":
        add("review_decision", review_decision_period(case["review_requested_on"], rules, cal))
    if state == "received" and case.get("deed_date"):
        add("application", application_period(case["deed_date"], rules, cal))
    return sorted(out, key=lambda d: (d.status == DONE, d.days_left))
