"""Pure rules of money and care (issue 16): amounts in fen, the one-off death grant, the periods
of a payment schedule, the checklist of what a dead or disabled hero's family is owed.

Money is integer fen (分) everywhere below the faces; a yuan amount is a Decimal with two places.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from desktop.domain.errors import ValidationError
from desktop.domain.fields import parse_money

CENT = Decimal("0.01")


# -- money ----------------------------------------------------------------------------------------

def to_fen(value: Any, *, field_name: str = "amount", label: str = "金额", positive: bool = True) -> int:
    """Typed-in yuan (12.5, "1,000", "3万", Decimal) as integer fen; refuses floats' guesswork."""
    if isinstance(value, float):
        value = repr(value)
    amount = parse_money(value, field=field_name, label=label)
    if amount is None:
        raise ValidationError(f"{label}不能为空", field_name)
    if positive and amount <= 0:
        raise ValidationError(f"{label}应大于零", field_name)
    return int((amount * 100).to_integral_value(rounding=ROUND_HALF_UP))


def yuan(fen: int | None) -> Decimal:
    """Fen as yuan with two decimal places."""
    return (Decimal(int(fen or 0)) / 100).quantize(CENT)


def yuan_text(fen: int | None) -> str:
    """12345678 -> '123,456.78'."""
    return f"{yuan(fen):,.2f}"


# -- the one-off death grant (国办发〔2012〕39号) ------------------------------------------------------

@dataclass(frozen=True)
class GrantWorking:
    """The computed grant with every figure that went into it."""

    death_year: int
    income_year: int
    income_fen: int  # previous year's national urban per-capita disposable income
    income_multiplier: int
    wage_fen: int  # the person's monthly wage as given
    wage_floor_fen: int | None
    wage_used_fen: int
    wage_months: int
    amount_fen: int
    override_fen: int | None = None
    override_reason: str | None = None
    source: str = "国办发〔2012〕39号"

    @property
    def final_fen(self) -> int:
        return self.amount_fen if self.override_fen is None else self.override_fen

    def lines(self) -> list[str]:
        """The working, line by line, in Chinese."""
        income = (f"{self.income_year}年全国城镇居民人均可支配收入 {yuan_text(self.income_fen)} 元 × "
                  f"{self.income_multiplier} = {yuan_text(self.income_fen * self.income_multiplier)} 元")
        out = [f"依据：{self.source}", income]
        wage = f"本人月工资 {yuan_text(self.wage_fen)} 元"
        if self.wage_used_fen != self.wage_fen:
            wage += f"，低于标准按 {yuan_text(self.wage_used_fen)} 元计"
        out.append(f"{wage} × {self.wage_months} = {yuan_text(self.wage_used_fen * self.wage_months)} 元")
        out.append(f"合计：{yuan_text(self.amount_fen)} 元")
        if self.override_fen is not None:
            out.append(f"核定金额改为 {yuan_text(self.override_fen)} 元，理由：{self.override_reason}")
        return out

    def as_dict(self) -> dict[str, Any]:
        return {"rule": "death_grant", "source": self.source, "death_year": self.death_year,
                "income_year": self.income_year, "income_fen": self.income_fen,
                "income_multiplier": self.income_multiplier, "wage_fen": self.wage_fen,
                "wage_floor_fen": self.wage_floor_fen, "wage_used_fen": self.wage_used_fen,
                "wage_months": self.wage_months, "amount_fen": self.amount_fen,
                "override_fen": self.override_fen, "override_reason": self.override_reason,
                "final_fen": self.final_fen, "lines": self.lines()}


def death_grant(rules: dict[str, Any], death_year: int, wage_fen: int, *, override_fen: int | None = None,
                override_reason: str | None = None) -> GrantWorking:
    """20 × the previous year's national urban per-capita disposable income + 40 × the monthly wage.

    The yearly income figure comes from the rules file; a missing year is refused, never guessed."""
    r = rules["death_grant"]
    income_year = death_year - 1
    figures = r["national_urban_disposable_income_yuan"]
    if str(income_year) not in figures:
        raise ValidationError(f"规则文件中没有{income_year}年全国城镇居民人均可支配收入，无法计算{death_year}年的"
                              "一次性抚恤金：请在 resources/rules 的 death_grant 中补充国家统计局公布的数字", "death_year")
    if wage_fen <= 0:
        raise ValidationError("本人月工资应大于零", "monthly_wage")
    income_fen = int(Decimal(str(figures[str(income_year)])) * 100)
    floor = r.get("wage_floor_yuan")
    floor_fen = int(Decimal(str(floor)) * 100) if floor not in (None, "") else None
    used = max(wage_fen, floor_fen or 0)
    amount = income_fen * int(r["income_multiplier"]) + used * int(r["wage_months"])
    if override_fen is not None and not (override_reason or "").strip():
        raise ValidationError("改动计算出的一次性抚恤金金额需要写明理由（reason=…）", "reason")
    return GrantWorking(death_year, income_year, income_fen, int(r["income_multiplier"]), wage_fen, floor_fen,
                        used, int(r["wage_months"]), amount, override_fen,
                        (override_reason or "").strip() or None)


# -- payment schedules -------------------------------------------------------------------------------

PERIOD_MONTHS = {"month": 1, "quarter": 3, "year": 12}


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day `months` later (the 31st becomes the month's last day)."""
    m = day.month - 1 + months
    year, month = day.year + m // 12, m % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def birthday(birth: dt.date, age: int) -> dt.date:
    """The day someone born on `birth` turns `age` (29 February → 1 March)."""
    try:
        return birth.replace(year=birth.year + age)
    except ValueError:
        return dt.date(birth.year + age, 3, 1)


def periods(start: dt.date, end: dt.date | None, period: str, until: dt.date) -> list[dt.date]:
    """First days of the periods that begin on or before `until` and before `end` (end exclusive)."""
    step = PERIOD_MONTHS[period]
    out: list[dt.date] = []
    n = 0
    while True:
        day = add_months(start, step * n)
        if day > until or (end is not None and day >= end):
            return out
        out.append(day)
        n += 1


# -- the family checklist ----------------------------------------------------------------------------

SETTLED = {"granted", "rejected", "closed", "not_applicable"}
STATE_ORDER = ["granted", "processing", "applied", "rejected", "closed", "not_applicable"]


@dataclass
class ChecklistItem:
    key: str
    label: str
    state: str  # missing / applied / processing / granted / rejected / closed / not_applicable / paid …
    state_label: str
    settled: bool
    details: list[str] = field(default_factory=list)
    family: list[str] = field(default_factory=list)  # the family members it concerns

    def as_dict(self) -> dict[str, Any]:
        return {"key": self.key, "label": self.label, "state": self.state, "state_label": self.state_label,
                "settled": self.settled, "details": list(self.details), "family": list(self.family)}


def best_state(states: list[str]) -> str | None:
    """The most advanced of several items' states (one granted item settles the line)."""
    for s in STATE_ORDER:
        if s in states:
            return s
    return states[0] if states else None


def checklist_items(rules: dict[str, Any], person_state: str) -> list[dict[str, Any]]:
    """The checklist lines that apply to a hero in this state (deceased or disabled)."""
    return [i for i in rules["care_checklist"]["items"] if person_state in i["for"]]
