"""Personal data shown only where needed.

ID numbers, phone numbers and bank accounts are masked in tables, rolls and exports
(3301**********123X, 138****5678, 6222 **** 4321) unless the user's role and the purpose need
them in full. `protect(ledger, data, purpose)` masks a dict or a list of dicts (nested too).
"""

from __future__ import annotations

from typing import Any

from desktop.domain.errors import NotAllowed

# which keys hold what (exact names, or names ending with "_" + one of these)
ID_KEYS = ("id_number",)
PHONE_KEYS = ("phone", "applicant_phone", "contact_phone", "mobile")
BANK_KEYS = ("bank_account",)

# purpose -> (permission that unlocks it, the kinds shown in full when allowed)
PURPOSES: dict[str, tuple[str | None, frozenset[str]]] = {
    "view": (None, frozenset()),  # tables, rolls, person pages, exports to Excel: all masked
    "full": ("view_sensitive", frozenset({"id", "phone", "bank"})),  # asked for explicitly
    "payment": ("approve_payment", frozenset({"id", "bank"})),  # the bank's payment list
    "exchange": ("export_packages", frozenset({"id", "phone", "bank"})),  # signed, encrypted packages
}


def mask_id(number: str) -> str:
    """3301**********123X: the division's first four and the last four stay."""
    try:
        from desktop.domain.id_number import mask
        return mask(number)
    except ImportError:  # pragma: no cover - id_number.py is another engineer's module
        s = str(number)
        return s if len(s) <= 8 else s[:4] + "*" * (len(s) - 8) + s[-4:]


def mask_phone(phone: str) -> str:
    """138****5678 for mobiles; landlines keep the last four digits."""
    s = str(phone).strip()
    digits = [i for i, c in enumerate(s) if c.isdigit()]
    if len(digits) <= 4:
        return "*" * len(s)
    keep_head = 3 if len(digits) >= 11 else 0
    hidden = set(digits[keep_head:len(digits) - 4])
    return "".join("*" if i in hidden else c for i, c in enumerate(s))


def mask_bank(account: str) -> str:
    """6222 **** **** 4321 style: the first four and the last four digits stay."""
    s = "".join(str(account).split())
    if len(s) <= 8:
        return "*" * max(0, len(s) - 4) + s[-4:]
    return s[:4] + "*" * (len(s) - 8) + s[-4:]


def kind_of(key: str) -> str | None:
    for kind, names in (("id", ID_KEYS), ("phone", PHONE_KEYS), ("bank", BANK_KEYS)):
        if key in names or any(key.endswith("_" + n) for n in names):
            return kind
    return None


MASKERS = {"id": mask_id, "phone": mask_phone, "bank": mask_bank}
# Columns derived from a sensitive value (the ID number reversed, for "last digits" search): never
# shown, in full or masked, anywhere.
DERIVED_KEYS = frozenset({"id_rev"})


def mask_value(key: str, value: Any) -> Any:
    """One value masked by the rule for its key (the GUI tables and the letters page use it)."""
    kind = kind_of(key)
    if kind is None or value in (None, ""):
        return value
    return MASKERS[kind](str(value))


def mask(data: Any, *, keep: frozenset[str] = frozenset()) -> Any:
    """A copy of `data` (dict, list, nested) with sensitive values masked, except the kinds in `keep`."""
    if isinstance(data, dict):
        out = {}
        for k, v in data.items():
            if k in DERIVED_KEYS:
                continue
            kind = kind_of(k) if isinstance(k, str) else None
            if kind and kind not in keep and isinstance(v, (str, int)) and v != "":
                out[k] = MASKERS[kind](str(v))
            else:
                out[k] = mask(v, keep=keep)
        return out
    if isinstance(data, (list, tuple)):
        return [mask(v, keep=keep) for v in data]
    return data


def shown_in_full(ledger, purpose: str) -> frozenset[str]:
    """The kinds this ledger's user may see in full for `purpose`; refuses if the role lacks it."""
    if purpose not in PURPOSES:
        raise ValueError(f"unknown purpose {purpose}")
    permission, kinds = PURPOSES[purpose]
    if permission is None:
        return kinds
    ledger.require(permission)  # raises NotAllowed with the user's role in the message
    if purpose == "full":
        audit_full_view(ledger)
    return kinds


def audit_full_view(ledger, table: str = "privacy", record_uuid: str | None = None) -> None:
    """Seeing ID numbers, phones and bank accounts in full is written in the audit trail."""
    with ledger.atomic() as w:
        w.audit("view_full", table, record_uuid, {"purpose": ["", "full"]})


def protect(ledger, data: Any, purpose: str = "view", *, full: bool | None = None) -> Any:
    """Mask `data` for display or export. `full=True` is the same as purpose "full"."""
    if full:
        purpose = "full"
    return mask(data, keep=shown_in_full(ledger, purpose))


def may_see_full(ledger) -> bool:
    try:
        ledger.require("view_sensitive")
        return True
    except NotAllowed:
        return False


def protect_rows(ledger, rows, purpose: str = "view", *, full: bool | None = None):
    """Mask a stream of row dicts (exports): the permission is checked once, before the first row."""
    keep = shown_in_full(ledger, "full" if full else purpose)
    for row in rows:
        yield mask(row, keep=keep)
