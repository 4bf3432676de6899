"""Finding the header row below title rows and guessing which column holds which field.

The synonyms live in resources/tabular/headers.json so an office can add the way its own ledger
spells a heading without touching code.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from desktop.domain.record_fields import DEED, PARTICIPANT, PERSON
from desktop.resources import resource_path

HEADER_SCAN_ROWS = 30
_BRACKETS = re.compile(r"[（(【\[〔][^）)】\]〕]*[）)】\]〕]")
_NOISE = re.compile(r"[\s*＊:：、/\\_\-—.·]")


@lru_cache(maxsize=1)
def config() -> dict[str, Any]:
    return json.loads(resource_path("tabular", "headers.json").read_text(encoding="utf-8"))


def targets() -> dict[str, str]:
    """Every field a column can be mapped to, with its Chinese label (in a sensible order)."""
    out: dict[str, str] = {}
    for prefix, specs, what in (("person", PERSON, "人员"), ("deed", DEED, "事迹"), ("link", PARTICIPANT, "本人")):
        for name, spec in specs.items():
            key = f"{prefix}.{name}"
            if key in config()["fields"]:
                out[key] = f"{spec.label}（{what}）" if prefix != "person" else spec.label
    return out


def spec_of(target: str):
    prefix, name = target.split(".", 1)
    return {"person": PERSON, "deed": DEED, "link": PARTICIPANT}[prefix][name]


def normalize_header(text: Any) -> str:
    """Compare headings without spaces, stars, punctuation or the notes in brackets."""
    if text is None:
        return ""
    s = unicodedata.normalize("NFKC", str(text))
    s = _BRACKETS.sub("", s.replace("\n", ""))
    return _NOISE.sub("", s)


@lru_cache(maxsize=1)
def _synonyms() -> tuple[dict[str, str], list[tuple[str, str]], frozenset[str]]:
    exact: dict[str, str] = {}
    for target, words in config()["fields"].items():
        for w in words:
            exact.setdefault(normalize_header(w), target)
    longest = sorted(((k, t) for k, t in exact.items() if len(k) >= 3), key=lambda kt: -len(kt[0]))
    ignore = frozenset(normalize_header(w) for w in config().get("ignore", []))
    return exact, longest, ignore


def match_header(text: Any) -> str | None:
    """The field a heading names, or None."""
    h = normalize_header(text)
    if not h:
        return None
    exact, longest, ignore = _synonyms()
    if h in ignore:
        return None
    if h in exact:
        return exact[h]
    for word, target in longest:
        if word in h:
            return target
    return None


@dataclass
class Header:
    row: int  # 1-based spreadsheet row of the (lowest) header row
    labels: list[str]  # the heading of each column as shown to the user
    mapping: dict[int, str]  # column index (0-based) -> field


def find_header(rows: list[list[Any]]) -> Header | None:
    """The row (within the first 30) whose cells name the most fields; None if none names two."""
    best: tuple[int, int] | None = None
    for i, row in enumerate(rows[:HEADER_SCAN_ROWS]):
        distinct = {match_header(v) for v in row if isinstance(v, str)} - {None}
        # a title merged across the width repeats one value: it never counts twice
        score = len(distinct)
        if score >= 2 and (best is None or score > best[1]):
            best = (i, score)
    if best is None:
        return None
    i = best[0]
    row = rows[i]
    above = rows[i - 1] if i > 0 else []
    labels: list[str] = []
    mapping: dict[int, str] = {}
    used: set[str] = set()
    width = max(len(row), len(above))
    for c in range(width):
        own = row[c] if c < len(row) else None
        parent = above[c] if c < len(above) else None
        label = _text(own)
        target = match_header(own)
        if target is None and parent is not None and own is not None and parent != own:
            # a two-level heading: "事迹情况" above "时间" reads as 事迹情况时间
            target = match_header(f"{_text(parent)}{label}")
            if target is None and _text(parent) in ("事迹情况", "事迹", "见义勇为事迹", "行为"):
                target = match_header(f"事发{label}")
        if parent is not None and own is not None and parent != own and not _is_title(parent, above):
            label = f"{_text(parent)}/{label}"
        if target in used:
            target = None  # the first column of a heading wins; the user can remap
        if target:
            used.add(target)
            mapping[c] = target
        labels.append(label or f"第{c + 1}列")
    return Header(i + 1, labels, mapping)


def _text(v: Any) -> str:
    if v is None:
        return ""
    return unicodedata.normalize("NFKC", str(v)).replace("\n", "").strip()


def _is_title(value: Any, row: list[Any]) -> bool:
    """A value filling most of its row is a merged title, not a group heading."""
    filled = [v for v in row if v is not None]
    return bool(filled) and sum(1 for v in filled if v == value) >= max(3, len(filled) * 0.6)


def is_skip_row(row: list[Any]) -> str | None:
    """Why a row is no data: 合计/总计 rows and the signature lines below a table."""
    filled = [v for v in row if v is not None]
    if not filled:
        return "空行"
    words = config().get("skip_rows", [])
    for v in filled[:3]:
        s = normalize_header(v) if isinstance(v, str) else ""
        for w in words:
            wn = normalize_header(w) or w
            if s.startswith(wn) or s == wn:
                return f"“{_text(v)[:20]}”行"
    return None


def value_synonym(list_name: str, text: str) -> Any:
    """A stored value named by a keyword in a cell (e.g. 轻伤 → injured), or None."""
    for word, value in config()["values"].get(list_name, []):
        if word in text:
            return value
    return None
