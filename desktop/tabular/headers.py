"""Finding the header row below title rows and guessing which column holds which field.

The synonyms live in resources/tabular/headers.json so an office can add the way its own ledger
spells a heading without touching code.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
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
    out["group.deed_no"] = "事迹编号（同一编号为同一事迹，不存入台账）"
    out["group.person_id"] = "已导入人员编号（未导入行工作簿中的人员）"
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
    return match_detail(text)[0]


def match_detail(text: Any) -> tuple[str | None, bool]:
    """(field, sure): sure when the heading is one of the field's words, unsure when it only contains one."""
    h = normalize_header(text)
    if not h:
        return None, False
    exact, longest, ignore = _synonyms()
    if h in ignore:
        return None, False
    if h in exact:
        return exact[h], True
    for word, target in longest:
        if word in h:
            return target, False
    return None, False


def is_serial(text: Any) -> bool:
    """序号 / 编号 / No.: a running number of the sheet, never a person's field."""
    h = normalize_header(text)
    return bool(h) and h.lower() in {normalize_header(w).lower() for w in config().get("serial", [])}


@dataclass
class Header:
    row: int  # 1-based spreadsheet row of the (lowest) header row
    labels: list[str]  # the heading of each column as shown to the user
    mapping: dict[int, str]  # column index (0-based) -> field
    # columns the reader is not sure of: column -> the fields it might be (a question for the user)
    unsure: dict[int, list[str]] = field(default_factory=dict)
    score: int = 0


def header_score(row: list[Any]) -> int:
    """How many fields a row's cells name (a title merged across the width counts once)."""
    return len({match_header(v) for v in row if isinstance(v, str)} - {None})


def find_header(rows: list[list[Any]]) -> Header | None:
    """The row (within the first 30) whose cells name the most fields; None if none names two."""
    best: tuple[int, int] | None = None
    for i, row in enumerate(rows[:HEADER_SCAN_ROWS]):
        score = header_score(row)
        if score >= 2 and (best is None or score > best[1]):
            best = (i, score)
    if best is None:
        return None
    i = best[0]
    row = rows[i]
    above = rows[i - 1] if i > 0 else []
    # a row above is a group heading (基本情况 | 事迹情况) only when it holds several headings;
    # a title or note row above is never glued onto a label
    group_row = len({v for v in above if v is not None}) >= 2 and not _is_title_row(above)
    labels: list[str] = []
    mapping: dict[int, str] = {}
    unsure: dict[int, list[str]] = {}
    used: dict[str, int] = {}
    width = max(len(row), len(above))
    for c in range(width):
        own = row[c] if c < len(row) else None
        parent = above[c] if c < len(above) and group_row else None
        label = _text(own)
        if is_serial(own) or (own is None and is_serial(parent)):
            labels.append(label or _text(parent) or f"第{c + 1}列")
            continue  # a running number: never a field
        target, sure = match_detail(own)
        grouped = parent is not None and own is not None and parent != own and _spans(above, c)
        if target is None and grouped:
            # a two-level heading: "事迹情况" above "时间" reads as 事迹情况时间
            target, sure = match_detail(f"{_text(parent)}{label}")
            if target is None and _text(parent) in ("事迹情况", "事迹", "见义勇为事迹", "行为"):
                target, sure = match_detail(f"事发{label}")
                if target is None:  # 事迹情况 / 经过 reads as 事迹经过
                    target, sure = match_detail(f"事迹{label}")
        if grouped:
            label = f"{_text(parent)}/{label}"
        elif own is None and parent is not None:
            label = _text(parent)
        if target in used:
            # the first column of a heading wins; the second is a question for the user
            unsure[c] = [target]
            target = None
        if target:
            used[target] = c
            mapping[c] = target
            if not sure:
                unsure[c] = [target]
        labels.append(label or f"第{c + 1}列")
    return Header(i + 1, labels, mapping, unsure, best[1])


def _spans(row: list[Any], c: int) -> bool:
    """A group heading is merged over several columns: its value is in a neighbouring cell too."""
    v = row[c]
    return (c > 0 and row[c - 1] == v) or (c + 1 < len(row) and row[c + 1] == v)


def _is_title_row(row: list[Any]) -> bool:
    filled = [v for v in row if v is not None]
    return bool(filled) and len(set(map(str, filled))) == 1


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
    words = _skip_words()
    for v in filled[:3]:
        s = normalize_header(v) if isinstance(v, str) else ""
        for wn in words:
            if s.startswith(wn) or s == wn:
                return f"“{_text(v)[:20]}”行"
    return None


@lru_cache(maxsize=1)
def _skip_words() -> tuple[str, ...]:
    """The words that start a row of no data, normalised once (not once per row)."""
    return tuple(normalize_header(w) or w for w in config().get("skip_rows", []))


def value_synonym(list_name: str, text: str) -> Any:
    """A stored value named by a keyword in a cell (e.g. 轻伤 → injured), or None."""
    for word, value in config()["values"].get(list_name, []):
        if word in text:
            return value
    return None
