"""Helpers shared by the services: turning records into plain dicts, finding them by reference."""

from __future__ import annotations

from typing import Any, TypeVar

from desktop.domain import codes
from desktop.domain.errors import NotFound
from desktop.domain.labels import KIND_LISTS, LABELLED, STATE_LISTS
from desktop.store.models import Travelling

T = TypeVar("T", bound=Travelling)


from desktop.services.privacy import DERIVED_KEYS as DERIVED_COLUMNS  # noqa: E402


def to_dict(record: Travelling, *, labels: bool = True) -> dict[str, Any]:
    """All fields of a record; foreign keys as `<name>_id`; code fields get a `_label`."""
    out: dict[str, Any] = {}
    model_name = type(record).__name__
    for name, field in record._meta.fields.items():
        if name in DERIVED_COLUMNS:
            continue  # e.g. id_rev: the whole ID number reversed, never output
        if hasattr(field, "rel_model"):
            out[f"{name}_id"] = record.__data__.get(name)
        else:
            out[name] = getattr(record, name)
    if labels:
        for name, list_name in LABELLED.items():
            if name not in out:
                continue
            if name == "state":
                list_name = STATE_LISTS.get(model_name)
            elif name == "kind":
                list_name = KIND_LISTS.get(model_name)
            if list_name:
                out[f"{name}_label"] = codes.label(list_name, out[name])
    return out


def get_live(model: type[T], ref: Any, what: str) -> T:
    """A record by id or UUID (or a unique UUID prefix of 8+ characters); deleted ones are not found."""
    record = None
    text = str(ref).strip()
    if text.isdigit():
        # raw SQL: peewee's query builder costs more than the lookup itself on wide models
        p = model._meta.database.param
        found = list(model.raw(f'SELECT * FROM "{model._meta.table_name}" WHERE "id" = {p}', int(text)))
        record = found[0] if found and not found[0].deleted else None
    elif len(text) >= 8:
        q = model.select().where((model.uuid.startswith(text)) & (model.deleted == False)).limit(2)  # noqa: E712
        found = list(q)
        record = found[0] if len(found) == 1 else None
    if record is None:
        raise NotFound(f"找不到{what}“{ref}”")
    return record
