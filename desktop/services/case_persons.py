"""Each person of a confirmation case decided individually (见义勇为 确认 / 不予确认, person by person).

A case's deed may involve several people; the decision names each of them with their own outcome:
some confirmed, some not, a refusal with its grounds (codes of the rules file's list) or the
office's own words. `act` carries out the case's deciding action (cases.act) and records every
person's outcome (CasePersonDecision, travelling with the case) in the same transaction. Persons
not named get the action's outcome, so the old one-decision-for-all keeps working.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, cast

from desktop.domain.errors import UserError, ValidationError
from desktop.domain.rules import refusal_grounds
from desktop.services import cases
from desktop.services.ledger import Ledger
from desktop.services.record_types import CaseDetail, CaseWithOutcomes, PersonOutcome
from desktop.services.records import get_live
from desktop.store.models import CasePersonDecision, ConfirmationCase, DeedPerson, Person

OUTCOMES = {"confirmed": "确认为见义勇为", "not_confirmed": "不予确认"}
_ACTION_OUTCOME = {"confirm": "confirmed", "refuse": "not_confirmed"}
_ALIASES = {"confirmed": "confirmed", "confirm": "confirmed", "确认": "confirmed",
            "not_confirmed": "not_confirmed", "refused": "not_confirmed", "refuse": "not_confirmed",
            "不予确认": "not_confirmed"}


def parse_outcome(text: str) -> tuple[str, dict[str, Any]]:
    """“12=not_confirmed:duty,no_risk” → ("12", {"decision": "not_confirmed", "grounds": [...]})."""
    pid, sep, rest = str(text).partition("=")
    result, _, grounds = rest.partition(":")
    pid, result = pid.strip(), result.strip()
    if not sep or not pid or result not in _ALIASES:
        raise ValidationError(f"当事人结果应写成 人员编号=confirmed 或 人员编号=not_confirmed:理由代码，现为“{text}”",
                              "persons")
    codes = [c.strip() for c in grounds.replace("，", ",").split(",") if c.strip()]
    return pid, {"decision": _ALIASES[result], "grounds": codes}


def _people(case: ConfirmationCase) -> list[Person]:
    return [link.person for link in DeedPerson.select(DeedPerson, Person).join(Person).where(
        (DeedPerson.deed == case.deed) & (DeedPerson.deleted == False))  # noqa: E712
        .order_by(DeedPerson.id)]


def check_grounds(codes: list[str], who: str) -> None:
    grounds = refusal_grounds()
    unknown = [c for c in codes if c not in grounds]
    if unknown:
        raise ValidationError(f"{who}的不予确认理由“{'、'.join(unknown)}”不在规则文件的理由清单中，可选："
                              + "、".join(grounds), "grounds")


def _plan(case: ConfirmationCase, action: str, given: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    """Every person of the case with their outcome: as given, else the action's."""
    people = _people(case)
    ids = {str(p.id): p for p in people}
    stray = [k for k in given if k not in ids]
    if stray:
        raise ValidationError(f"人员 {'、'.join(stray)} 不是本案事迹的当事人（当事人：" +
                              "、".join(f"{p.name} {p.id}" for p in people) + "）", "persons")
    default = _ACTION_OUTCOME[action]
    plan: list[dict[str, Any]] = []
    for p in people:
        item = given.get(str(p.id), {})
        decision = item.get("decision") or default
        codes = list(item.get("grounds") or [])
        if codes and decision == "confirmed":
            raise ValidationError(f"{p.name}确认为见义勇为，不需要不予确认的理由", "grounds")
        check_grounds(codes, p.name)
        plan.append({"person": p, "decision": decision, "grounds": codes, "reasons": item.get("reasons") or None})
    outcomes = {x["decision"] for x in plan}
    if action == "refuse" and "confirmed" in outcomes:
        raise UserError("整案不予确认时不能确认个别当事人：请改用 confirm（确认），并对个别当事人不予确认",
                        cli_hint="case act ID confirm … --person 人员编号=not_confirmed:理由代码")
    if action == "confirm" and "confirmed" not in outcomes:
        raise UserError("所有当事人都不予确认：请改用 refuse（不予确认）", cli_hint="case act ID refuse …")
    if action == "confirm" and "not_confirmed" in outcomes:
        refused = [x for x in plan if x["decision"] == "not_confirmed"]
        names = "、".join(x["person"].name for x in refused)
        if case.state != "informed":
            raise UserError(f"对{names}不予确认之前，应先书面告知拟作出的决定及其陈述、申辩的权利（办理 inform）",
                            cli_hint="case act ID inform …")
        bare = [x["person"].name for x in refused if not x["grounds"] and not x["reasons"]]
        if bare:
            raise ValidationError(f"对{'、'.join(bare)}不予确认，请从规则文件的理由清单中选择理由（"
                                  + "；".join(f"{c} {g['text'].lstrip('的')}" for c, g in refusal_grounds().items())
                                  + "）", "grounds")
    return plan


def _check_statement_period(ledger: Ledger, case: ConfirmationCase) -> None:
    """A person refused inside a confirmation waits for the 陈述申辩 period as a whole refusal does."""
    from desktop.domain import deadlines
    from desktop.services.workcalendar import office_calendar

    if case.statement_on or not case.informed_on or case.decision_date is None:
        return
    p = deadlines.statement_period(case.informed_on, cal=office_calendar(ledger))
    if case.decision_date <= p.due:
        raise ValidationError(f"陈述申辩期至{p.due.isoformat()}，期满或记录陈述申辩（hear）后方可对当事人不予确认",
                              "decision_date")


def act(ledger: Ledger, ref: Any, action: str, params: dict[str, Any] | None = None, *,
        persons: dict[str, dict[str, Any]] | None = None, expected_version: int | None = None,
        ) -> CaseDetail | CaseWithOutcomes:
    """The case's action (cases.act); for a decision (confirm / refuse) each person's own outcome
    is recorded too, in the same transaction. `persons`: {person_id: {"decision", "grounds", "reasons"}}."""
    if action not in _ACTION_OUTCOME:
        if persons:
            raise UserError("逐人决定只用于确认（confirm）或不予确认（refuse）", cli_hint="不加 --person")
        return cast(CaseDetail, dict(cases.act(ledger, ref, action, params, expected_version=expected_version)))
    ledger.require("edit_records")
    with ledger.atomic() as w:
        case = get_live(ConfirmationCase, ref, "确认案件")
        plan = _plan(case, action, {str(k): v for k, v in (persons or {}).items()})
        cases.act(ledger, case.id, action, params, expected_version=expected_version)
        if action == "confirm" and any(x["decision"] == "not_confirmed" for x in plan):
            _check_statement_period(ledger, ConfirmationCase.get_by_id(case.id))
        old = {_person_id(row): row for row in CasePersonDecision.select().where(
            (CasePersonDecision.case == case) & (CasePersonDecision.deleted == False))}  # noqa: E712
        for item in plan:
            values = {"decision": item["decision"], "grounds": ",".join(item["grounds"]) or None,
                      "reasons": item["reasons"]}
            row = old.get(item["person"].id)
            if row is None:
                w.create(CasePersonDecision, {"case": case, "person": item["person"], **values})
            else:
                w.update(row, values)
    return with_outcomes(ledger, cases.get_case(ledger, case.id))


def outcomes(ledger: Ledger, case_id: int) -> list[PersonOutcome]:
    """Each person of a case with their own outcome; a case decided before per-person outcomes
    existed gives everyone the case's decision (`own` false)."""
    with ledger.reading():
        case = get_live(ConfirmationCase, case_id, "确认案件")
        rows = {_person_id(r): r for r in CasePersonDecision.select().where(
            (CasePersonDecision.case == case) & (CasePersonDecision.deleted == False))}  # noqa: E712
        out: list[PersonOutcome] = []
        for p in _people(case):
            row = rows.get(p.id)
            decision = row.decision if row else case.decision
            out.append({"person_id": p.id, "name": p.name, "decision": decision,
                        "decision_label": OUTCOMES.get(decision or "", "未决定"),
                        "grounds": (row.grounds or "").split(",") if row and row.grounds else [],
                        "reasons": row.reasons if row else None, "own": row is not None})
        return out


def _person_id(row: CasePersonDecision) -> int:
    return row.__data__["person"]  # the foreign key's value, without fetching the person


def with_outcomes(ledger: Ledger, case: Mapping[str, Any]) -> CaseWithOutcomes:
    """A case dict (cases.get_case) with its per-person list added as `person_decisions`."""
    return cast(CaseWithOutcomes, dict(case) | {"person_decisions": outcomes(ledger, case["id"])})
