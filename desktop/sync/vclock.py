"""Version vectors {office code: counter}: tell new / newer / older / same / concurrent apart."""

from __future__ import annotations

import json

EQUAL, BEFORE, AFTER, CONCURRENT = "equal", "before", "after", "concurrent"


def parse(text: str | dict | None) -> dict[str, int]:
    if isinstance(text, dict):
        return {str(k): int(v) for k, v in text.items()}
    return {str(k): int(v) for k, v in json.loads(text or "{}").items()}


def dump(clock: dict[str, int]) -> str:
    """Compact JSON with sorted keys (the form Writer stores); keys are office codes, values ints."""
    if len(clock) == 1:  # most records have been changed by one office only
        for k, v in clock.items():
            if k.isdigit() and v.__class__ is int:
                return "{" + f'"{k}":{v}' + "}" if v else "{}"
    if all(k.isdigit() for k in clock):
        return "{" + ",".join(f'"{k}":{int(v)}' for k, v in sorted(clock.items()) if v) + "}"
    return json.dumps({k: v for k, v in clock.items() if v}, sort_keys=True, separators=(",", ":"))


def compare(a: dict[str, int], b: dict[str, int]) -> str:
    """EQUAL, BEFORE (a happened before b), AFTER (a after b) or CONCURRENT."""
    less = greater = False
    for key in a.keys() | b.keys():
        x, y = a.get(key, 0), b.get(key, 0)
        if x < y:
            less = True
        elif x > y:
            greater = True
        if less and greater:
            return CONCURRENT
    if less:
        return BEFORE
    if greater:
        return AFTER
    return EQUAL


def merge(a: dict[str, int], b: dict[str, int]) -> dict[str, int]:
    return {k: max(a.get(k, 0), b.get(k, 0)) for k in a.keys() | b.keys()}


def dominates(a: dict[str, int], b: dict[str, int]) -> bool:
    """a has seen everything b has (a >= b)."""
    return compare(a, b) in (EQUAL, AFTER)
