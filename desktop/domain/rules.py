"""The province's rules file (deadlines and thresholds), read from resources/rules/."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

from desktop.resources import resource_path

DEFAULT_RULES = "zhejiang.json"


@lru_cache(maxsize=8)
def load_rules(path: str | None = None) -> dict[str, Any]:
    """The rules in force; `path` overrides the shipped Zhejiang file."""
    file = Path(path) if path else resource_path("rules", DEFAULT_RULES)
    return json.loads(file.read_text(encoding="utf-8"))


def confirmation_rules(rules: dict[str, Any] | None = None) -> dict[str, Any]:
    return (rules or load_rules())["confirmation"]


def refusal_grounds(rules: dict[str, Any] | None = None) -> dict[str, dict[str, Any]]:
    """The grounds a refusal may be based on, by code: {"text", "basis", "verified"} (rules file).
    `verified` false: the basis names the document only, an office's choice (docs/rules.md)."""
    grounds = (rules or load_rules()).get("refusal_grounds", {}).get("grounds", [])
    return {g["code"]: {"text": g["text"], "basis": g.get("basis", ""), "verified": bool(g.get("verified"))}
            for g in grounds}
