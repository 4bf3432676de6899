"""Disability assessment (伤残评定) of an injured hero: the limits of the rules file.

《伤残抚恤管理办法》第五条: the application is made within 3 years of the injury
(`disability.application_years_after_injury`); the result is publicly noticed for at least
7 working days (`disability.public_notice_working_days`) before it is granted. The program keeps
no separate notice date: the notice is counted from the application date (a documented choice,
docs/rules.md). A late application goes ahead only with a recorded reason.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from desktop.domain.errors import ValidationError
from desktop.domain.rules import load_rules
from desktop.domain.workdays import Period, WorkCalendar, default_calendar


def _years_later(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def application_period(injured_on: dt.date, cal: WorkCalendar | None = None,
                       rules: dict[str, Any] | None = None) -> Period:
    """The last day to apply: the same date N years on, moved past rest days (民法典 第二百零三条)."""
    years = (rules or load_rules())["disability"]["application_years_after_injury"]
    end = _years_later(injured_on, years)
    return (cal or default_calendar()).add_days(injured_on, (end - injured_on).days)


def notice_period(applied_on: dt.date, cal: WorkCalendar | None = None,
                  rules: dict[str, Any] | None = None) -> Period:
    days = (rules or load_rules())["disability"]["public_notice_working_days"]
    return (cal or default_calendar()).add_working_days(applied_on, days)


def check(values: dict[str, Any], injured_on: dt.date | None, cal: WorkCalendar | None = None,
          rules: dict[str, Any] | None = None) -> dict[str, Any]:
    """Check a disability item; returns the fields to add (due date, late-reason note)."""
    out: dict[str, Any] = {}
    applied = values.get("applied_on")
    if injured_on is not None:
        limit = application_period(injured_on, cal, rules)
        if applied and applied > limit.due:
            reason = str(values.get("late_reason") or "").strip()
            if not reason:
                raise ValidationError(
                    f"伤残评定应在受伤之日起{(rules or load_rules())['disability']['application_years_after_injury']}年内申请"
                    f"（期限至{limit.due.isoformat()}），本申请已逾期；如有正当理由，由审核人填写逾期理由（late_reason）",
                    "applied_on")
            note = f"逾期申请（期限至{limit.due.isoformat()}），逾期理由：{reason}"
            out["description"] = "\n".join(x for x in (values.get("description"), note) if x)
        if values.get("state") in (None, "applied", "processing") and not values.get("due_on") and not applied:
            out["due_on"] = limit.due
    if values.get("state") == "granted" and applied:
        notice = notice_period(applied, cal, rules)
        decided = values.get("decided_on")
        if not decided:
            raise ValidationError("伤残评定落实时需要填写落实日期", "decided_on")
        if decided <= notice.due:
            raise ValidationError(
                f"伤残评定结果应公示不少于{notice.amount}个工作日（{notice.basis('申请日')}），"
                f"{notice.due.isoformat()}之后方可落实", "decided_on")
    return out
