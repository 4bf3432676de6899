"""Code lists (categories, outcomes, honours, guarantee kinds …) with Chinese labels.

The lists live in resources/codes/codes.json so a province can relabel or extend them.
Codes are what the database stores; labels are what people read.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache

from desktop.domain.errors import ValidationError
from desktop.resources import resource_path


@dataclass(frozen=True)
class Code:
    code: str
    zh: str
    en: str
    extra: tuple[tuple[str, str], ...] = ()

    def label(self, lang: str = "zh") -> str:
        return self.en if lang == "en" and self.en else self.zh


@lru_cache(maxsize=1)
def _all() -> dict[str, tuple[Code, ...]]:
    data = json.loads(resource_path("codes", "codes.json").read_text(encoding="utf-8"))
    lists: dict[str, tuple[Code, ...]] = {}
    for name, entries in data.items():
        if name.startswith("_"):
            continue
        lists[name] = tuple(
            Code(
                e["code"],
                e["zh"],
                e.get("en", ""),
                tuple((k, str(v)) for k, v in e.items() if k not in ("code", "zh", "en")),
            )
            for e in entries
        )
    return lists


def names() -> list[str]:
    """Names of all code lists."""
    return sorted(_all())


def entries(list_name: str) -> tuple[Code, ...]:
    """All entries of one code list, in the file's order."""
    try:
        return _all()[list_name]
    except KeyError:
        raise KeyError(f"unknown code list {list_name!r}") from None


def label(list_name: str, code: str | None, lang: str = "zh") -> str:
    """The label of a code; an unknown code is shown as itself, empty as ''."""
    if code is None or code == "":
        return ""
    for entry in entries(list_name):
        if entry.code == code:
            return entry.label(lang)
    return str(code)


def code_for(list_name: str, text: str) -> str | None:
    """Find a code by its code or either label (used by imports and the CLI)."""
    text = (text or "").strip()
    for entry in entries(list_name):
        if text in (entry.code, entry.zh, entry.en):
            return entry.code
    return None


def check(list_name: str, value: str | None, *, field: str, field_label: str,
          required: bool = False) -> str | None:
    """Accept a code (or one of its labels) and return the code, or raise a Chinese error."""
    if value is None or str(value).strip() == "":
        if required:
            raise ValidationError(f"{field_label}不能为空", field)
        return None
    code = code_for(list_name, str(value))
    if code is None:
        allowed = "、".join(e.zh for e in entries(list_name))
        raise ValidationError(f"{field_label}“{value}”无效，可选：{allowed}", field)
    return code
