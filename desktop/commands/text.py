"""Plain-text tables for the terminal, aligned for Chinese (wide) characters."""

from __future__ import annotations

import unicodedata
from typing import Any, Iterable, Sequence


def width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def pad(text: str, n: int) -> str:
    return text + " " * max(0, n - width(text))


def cell(value: Any) -> str:
    if value is None:
        return ""
    if value is True:
        return "是"
    if value is False:
        return "否"
    return str(value)


def table(headers: Sequence[str], rows: Iterable[Sequence[Any]]) -> str:
    rows = [[cell(v) for v in r] for r in rows]
    widths = [max([width(h)] + [width(r[i]) for r in rows]) for i, h in enumerate(headers)]
    lines = ["  ".join(pad(h, w) for h, w in zip(headers, widths)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(pad(v, w) for v, w in zip(r, widths)).rstrip() for r in rows]
    return "\n".join(lines)


def fields(pairs: Iterable[tuple[str, Any]]) -> str:
    pairs = [(k, cell(v)) for k, v in pairs]
    w = max((width(k) for k, _ in pairs), default=0)
    return "\n".join(f"{pad(k, w)}  {v}" for k, v in pairs)


def parse_assignments(items: list[str]) -> dict[str, str]:
    """FIELD=VALUE pairs from the command line."""
    from desktop.cli import UsageError

    out: dict[str, str] = {}
    for item in items:
        if "=" not in item:
            raise UsageError(f"“{item}”应写成 字段=值 的形式，例如 phone=13800000000")
        key, value = item.split("=", 1)
        out[key.strip()] = value
    return out
