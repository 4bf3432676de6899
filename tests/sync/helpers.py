"""Offices as separate SQLite ledgers in one process, and tools to compare them."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path

from desktop.domain.record_check import DERIVED
from desktop.services import cases, deeds, exchange, persons
from desktop.services.ledger import Ledger
from desktop.services.office import init_office
from desktop.store.models import ALL_MODELS, MODEL_OF, AttachmentBlob
from desktop.store.sync_models import SYNC_MODELS, SyncConflict

TODAY = dt.date(2026, 11, 28)
NAMES = {"330000": "浙江省见义勇为基金会", "330100": "杭州市见义勇为协会", "330102": "上城区见义勇为协会",
         "330106": "西湖区见义勇为协会"}
SYSTEM = {"id", "version", "seq"}


def make_office(folder: Path, code: str) -> Ledger:
    ledger = Ledger.open(str(folder / f"{code}.db"), actor=f"员{code}", today=TODAY)
    init_office(ledger, code, NAMES[code])
    exchange.ensure_keys(ledger)
    return ledger


def introduce(offices: list[Ledger], folder: Path) -> None:
    """Every office trusts every other one's public key (as after keys export / keys import)."""
    for a in offices:
        path = folder / f"key-{a.office_code}.json"
        exchange.export_public_key(a, path)
        for b in offices:
            if b is not a:
                exchange.import_public_key(b, path, lambda info: True)


def send(src: Ledger, dst: Ledger, folder: Path, **kw) -> dict:
    made = exchange.export_package(src, folder, peer=dst.office_code, **kw)
    return made


def deliver(dst: Ledger, path: str, **kw) -> dict:
    return exchange.import_package(dst, path, confirm_trust=lambda info: True, **kw)


def snapshot(ledger: Ledger) -> dict[str, list]:
    """Every row of every table (the database row for row)."""
    out = {}
    with ledger.reading():
        for model in ALL_MODELS + SYNC_MODELS:
            rows = list(model.select().order_by(*model._meta.get_primary_keys()).tuples())
            out[model._meta.table_name] = rows
    return out


def content(ledger: Ledger) -> dict[str, dict[str, tuple]]:
    """The travelling data that must agree between offices: per kind, uuid -> fields (refs as uuid)."""
    out: dict[str, dict[str, tuple]] = {}
    with ledger.reading():
        uuids = {m: dict(m.select(m.id, m.uuid).tuples()) for m in MODEL_OF.values()}
        for kind, model in MODEL_OF.items():
            rows = {}
            for rec in model.select():
                values = []
                for name, field in model._meta.fields.items():
                    if name in SYSTEM or name in DERIVED.get(kind, ()):  # computed by each office
                        continue
                    v = rec.__data__.get(name)
                    if hasattr(field, "rel_model") and v is not None:
                        v = uuids[field.rel_model][v]
                    if name == "vclock":
                        v = json.loads(v)
                    if isinstance(v, Decimal):  # SQLite gives 100000, PostgreSQL 100000.00
                        v = v.quantize(Decimal("0.01"))
                    values.append((name, str(v)))
                rows[rec.uuid] = tuple(values)
            out[kind] = rows
        out["blobs"] = {s: () for (s,) in AttachmentBlob.select(AttachmentBlob.sha256).tuples()}
    return out


def open_conflicts(ledger: Ledger) -> list[SyncConflict]:
    with ledger.reading():
        return list(SyncConflict.select().where(SyncConflict.state == "open"))


def first_difference(a: dict, b: dict) -> str | None:
    """Where two content() results differ first (for assertion messages)."""
    for kind in a:
        for uuid, row in a[kind].items():
            other = b.get(kind, {}).get(uuid)
            if other is None:
                return f"{kind} {uuid} missing"
            for (name, x), (_, y) in zip(row, other):
                if x != y:
                    return f"{kind} {uuid} {name}: {x!r} != {y!r}"
    return None


def due_of_a_case_accepted(ledger: Ledger, day: str) -> dict:
    """A case accepted on `day` at a county: its decision deadline (as `case show` gives it)."""
    ledger._today = dt.date.fromisoformat(day)
    a = persons.create_person(ledger, {"name": "王喆"})
    d = deeds.record_deed(ledger, {"title": "救人", "occurred_on": day, "division_code": "330102",
                                   "place": "上城区", "category": "drowning", "narrative": "……"},
                          [{"person_id": a["id"], "outcome": "unhurt"}])
    c = cases.open_case(ledger, d["id"], {"source": "self", "applicant_name": "王喆", "received_on": day})
    return cases.act(ledger, c["id"], "accept", {"accepted_on": day, "accepting_unit": "上城分局"})["deadlines"][0]
