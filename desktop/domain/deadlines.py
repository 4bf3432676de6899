"""Statutory deadlines of a confirmation case, computed from the rules file.

Zhejiang (浙江省公安机关见义勇为行为确认工作实施办法(试行)): a decision within 30 days of
acceptance, extendable once by 30 days; 复核 requested within 15 days of service.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from desktop.domain.rules import confirmation_rules

OK, NEAR, OVERDUE, DONE = "ok", "near", "overdue", "done"


@dataclass(frozen=True)
class Deadline:
    kind: str  # decision / notice_end / review_request / application
    label: str  # Chinese, e.g. 确认决定期限
    due: dt.date
    days_left: int
    status: str  # ok / near / overdue / done

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


def decision_due(accepted_on: dt.date, extensions: int = 0, rules: dict | None = None) -> dt.date:
    r = confirmation_rules(rules)
    return accepted_on + dt.timedelta(days=r["decision_days"] + r["extension_days"] * extensions)


def review_due(served_on: dt.date, rules: dict | None = None) -> dt.date:
    return served_on + dt.timedelta(days=confirmation_rules(rules)["review_request_days"])


def notice_end(notice_start: dt.date, rules: dict | None = None) -> dt.date:
    return notice_start + dt.timedelta(days=confirmation_rules(rules)["public_notice_days"])


def application_due(deed_date: dt.date, rules: dict | None = None) -> dt.date:
    return deed_date + dt.timedelta(days=confirmation_rules(rules)["application_deadline_days"])


DECIDING_STATES = {"accepted", "investigating", "public_notice", "informed"}


def case_deadlines(case: dict[str, Any], today: dt.date, rules: dict | None = None) -> list[Deadline]:
    """Every deadline that applies to a case in its current state, most urgent first."""
    warn = confirmation_rules(rules)["warn_days_before"]
    state = case.get("state")
    out: list[Deadline] = []

    def add(kind: str, label: str, due: dt.date, done: bool = False) -> None:
        left = (due - today).days
        out.append(Deadline(kind, label, due, left, DONE if done else _status(left, warn)))

    if case.get("accepted_on"):
        decided = state not in DECIDING_STATES
        add("decision", "确认决定期限",
            decision_due(case["accepted_on"], case.get("extensions") or 0, rules), decided)
    if case.get("notice_start") and state == "public_notice":
        add("notice_end", "公示期满", notice_end(case["notice_start"], rules))
    if case.get("served_on") and state == "served":
        add("review_request", "复核申请期限", review_due(case["served_on"], rules))
    if state == "received" and case.get("deed_date"):
        add("application", "申请期限（自行为发生之日起）", application_due(case["deed_date"], rules))
    return sorted(out, key=lambda d: (d.status == DONE, d.days_left))
