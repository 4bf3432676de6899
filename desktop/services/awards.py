"""Commendation batches (表彰批次) and the awards in them: honours, money, payment, certificates."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from peewee import fn

from desktop.domain.errors import ValidationError
from desktop.domain.fields import coerce_all
from desktop.domain.record_fields import AWARD, BATCH
from desktop.services.ledger import Ledger
from desktop.services.records import get_live, to_dict
from desktop.store.models import Award, CommendationBatch, Deed, Person

_PAYMENT_ORDER = {"pending": 0, "approved": 1, "paid": 2, "cancelled": 3}


def create_batch(ledger: Ledger, data: dict[str, Any]) -> dict[str, Any]:
    values = coerce_all(BATCH, data)
    ledger.require("edit_records")
    with ledger.atomic() as w:
        batch = w.create(CommendationBatch, values)
    return to_dict(batch)


def update_batch(ledger: Ledger, ref: Any, changes: dict[str, Any], *,
                 expected_version: int | None = None) -> dict[str, Any]:
    values = coerce_all(BATCH, changes, partial=True)
    ledger.require("edit_records")
    with ledger.atomic() as w:
        batch = get_live(CommendationBatch, ref, "表彰批次")
        w.update(batch, values, expected_version)
    return to_dict(batch)


def _check_award(values: dict[str, Any]) -> None:
    if values.get("payment_state") == "paid" and not values.get("paid_on"):
        raise ValidationError("已发放的奖励需要填写发放日期", "paid_on")
    if values.get("paid_on") and values.get("payment_state") not in (None, "paid"):
        raise ValidationError("填写了发放日期，发放状态应为“已发放”", "payment_state")


def add_award(ledger: Ledger, batch_ref: Any, person_ref: Any, data: dict[str, Any],
              deed_ref: Any | None = None) -> dict[str, Any]:
    """Add a person to a batch with their honour and award money."""
    values = coerce_all(AWARD, data)
    values.setdefault("payment_state", "pending")
    values["payment_state"] = values["payment_state"] or "pending"
    _check_award(values)
    ledger.require("edit_records")
    if values.get("payment_state") in ("approved", "paid"): ledger.require("approve_payment")  # noqa: E701
    with ledger.atomic() as w:
        batch = get_live(CommendationBatch, batch_ref, "表彰批次")
        person = get_live(Person, person_ref, "人员")
        if Award.select().where((Award.batch == batch) & (Award.person == person) &
                                (Award.deleted == False)).exists():  # noqa: E712
            raise ValidationError(f"“{person.name}”已在该表彰批次中", "person")
        deed = get_live(Deed, deed_ref, "事迹") if deed_ref else None
        order = (Award.select(fn.MAX(Award.roll_order)).where(Award.batch == batch).scalar() or 0) + 1
        award = w.create(Award, {**values, "batch": batch, "person": person, "deed": deed,
                                 "roll_order": order})
    return to_dict(award)


def update_award(ledger: Ledger, ref: Any, changes: dict[str, Any], *,
                 expected_version: int | None = None) -> dict[str, Any]:
    values = coerce_all(AWARD, changes, partial=True)
    ledger.require("edit_records")
    if values.get("payment_state") in ("approved", "paid"): ledger.require("approve_payment")  # noqa: E701
    with ledger.atomic() as w:
        award = get_live(Award, ref, "奖励")
        merged = {**to_dict(award, labels=False), **values}
        _check_award(merged)
        if award.payment_state == "paid" and values.get("payment_state") in ("pending", "approved"):
            raise ValidationError("奖励已发放，不能改回未发放状态", "payment_state")
        w.update(award, values, expected_version)
    return to_dict(award)


def remove_award(ledger: Ledger, ref: Any) -> None:
    ledger.require("edit_records")
    with ledger.atomic() as w:
        award = get_live(Award, ref, "奖励")
        if award.payment_state == "paid":
            raise ValidationError("奖励已发放，不能从批次中移除", "award")
        w.delete(award)


def get_batch(ledger: Ledger, ref: Any) -> dict[str, Any]:
    with ledger.reading():
        batch = get_live(CommendationBatch, ref, "表彰批次")
        out = to_dict(batch)
        out["awards"] = batch_roll(ledger, batch.id)
        out["total_amount"] = sum((a["amount"] or Decimal(0) for a in out["awards"]), Decimal(0))
        return out


def batch_roll(ledger: Ledger, batch_ref: Any) -> list[dict[str, Any]]:
    """The awards of a batch in roll order, with the person's name and publicity wish."""
    with ledger.reading():
        batch = get_live(CommendationBatch, batch_ref, "表彰批次")
        rows = []
        q = (Award.select(Award, Person).join(Person)
             .where((Award.batch == batch) & (Award.deleted == False))  # noqa: E712
             .order_by(Award.roll_order, Award.id))
        for a in q:
            item = to_dict(a)
            item["person_name"] = a.person.name
            item["person_gender"] = a.person.gender
            item["person_state"] = a.person.state
            item["migrant_worker"] = a.person.migrant_worker
            item["do_not_publicise"] = a.person.do_not_publicise
            item["employer"] = a.person.employer
            item["hukou_address"] = a.person.hukou_address
            rows.append(item)
        return rows


def list_batches(ledger: Ledger, *, year: int | None = None, level: str | None = None) -> list[dict[str, Any]]:
    with ledger.reading():
        q = CommendationBatch.select().where(CommendationBatch.deleted == False)  # noqa: E712
        if year:
            q = q.where(CommendationBatch.year == year)
        if level:
            q = q.where(CommendationBatch.level == level)
        out = []
        for b in q.order_by(CommendationBatch.year.desc(), CommendationBatch.id.desc()):
            item = to_dict(b)
            live = Award.select().where((Award.batch == b) & (Award.deleted == False))  # noqa: E712
            item["award_count"] = live.count()
            item["name"] = b.title
            out.append(item)
        return out


def get_award(ledger: Ledger, ref: Any) -> dict[str, Any]:
    """One award with its person's name and its batch's title (for the award form)."""
    with ledger.reading():
        award = get_live(Award, ref, "奖励")
        return to_dict(award) | {"person_name": award.person.name, "batch_title": award.batch.title}
