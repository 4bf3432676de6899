"""Plain-JSON forms of stored values, for the audit trail, packages and the command line."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from typing import Any

import orjson


def plain(value: Any) -> Any:
    """A value as JSON can hold it: dates as ISO text, money as text, the rest unchanged."""
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, bytes):
        return value.hex()
    return value


_CANONICAL = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=plain)


def dumps(obj: Any) -> str:
    """Canonical JSON (sorted keys, no spaces, UTF-8 text kept as is); one encoder for every call
    (json.dumps with options builds a new one each time: a cost per audit entry)."""
    return _CANONICAL.encode(obj)


_FAST = orjson.OPT_SORT_KEYS | orjson.OPT_PASSTHROUGH_DATETIME | orjson.OPT_PASSTHROUGH_SUBCLASS


def _fast_default(value: Any) -> Any:
    if isinstance(value, str | int | float | dict | list | tuple):
        raise TypeError  # a subclass of a plain type: the json module decides how to write it
    return plain(value)


def dumps_floatless(obj: Any) -> str:
    """dumps(obj), the same text about ten times faster, for values that hold no float: text,
    whole numbers, true/false/null, lists, dicts with text keys, and dates, money and bytes
    (through `plain`) — what the models store (they have no float columns) and what the audit
    trail hashes. orjson writes those exactly as the json module does; what it would refuse (keys
    that are not text, integers beyond 64 bits, lone surrogates, subclasses of plain types) goes
    to the json module. A float would be written differently (1e16, not 1e+16), so callers pass
    none; tests/store/test_values.py compares both over generated values."""
    try:
        return orjson.dumps(obj, default=_fast_default, option=_FAST).decode("utf-8")
    except (TypeError, orjson.JSONEncodeError):
        return _CANONICAL.encode(obj)
