"""Plain-JSON forms of stored values, for the audit trail, packages and the command line."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from typing import Any


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
