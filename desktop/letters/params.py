"""The context of an issued document as JSON (what the record keeps) and back: plain data only."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict
from decimal import Decimal
from typing import Any

from .context import (
    AwardInfo,
    BatchInfo,
    DecisionInfo,
    DeedInfo,
    DocumentContext,
    LetterInfo,
    OfficeInfo,
    PartyInfo,
    PersonInfo,
)


def _plain(value: Any) -> Any:
    if isinstance(value, dt.date):
        return {"$date": value.isoformat()}
    if isinstance(value, Decimal):
        return {"$dec": str(value)}
    return value


def context_to_json(ctx: DocumentContext) -> dict[str, Any]:
    def walk(node):
        if isinstance(node, dict):
            return {k: walk(v) for k, v in node.items()}
        if isinstance(node, list):
            return [walk(v) for v in node]
        return _plain(node)

    return walk(asdict(ctx))


def _revive(node: Any) -> Any:
    if isinstance(node, dict):
        if set(node) == {"$date"}:
            return dt.date.fromisoformat(node["$date"])
        if set(node) == {"$dec"}:
            return Decimal(node["$dec"])
        return {k: _revive(v) for k, v in node.items()}
    if isinstance(node, list):
        return [_revive(v) for v in node]
    return node


def context_from_json(data: dict[str, Any]) -> DocumentContext:
    d = _revive(data)

    def person(x):
        return PersonInfo(**x) if x else None

    def award(x):
        if not x:
            return None
        return AwardInfo(**{**x, "person": person(x.get("person"))})

    batch = d.get("batch")
    return DocumentContext(
        office=OfficeInfo(**d["office"]), person=person(d.get("person")),
        deed=DeedInfo(**d["deed"]) if d.get("deed") else None, award=award(d.get("award")),
        letter=LetterInfo(**d["letter"]) if d.get("letter") else None,
        decision=DecisionInfo(**{**d["decision"], "parties": [PartyInfo(**x) for x in d["decision"].get("parties", [])]})
        if d.get("decision") else None,
        batch=BatchInfo(**{**batch, "awards": [award(a) for a in batch["awards"]]}) if batch else None,
    )
