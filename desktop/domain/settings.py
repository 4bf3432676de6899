"""Every setting declared once: key, default, Chinese label, check (as Picard's options registry).

Two kinds, by where the value lives:
- "ledger": a row of the database's setting table — the office's own (its name, letter
  settings, account rules, backups), the same for every clerk; read through services/settings.py;
- "user": this PC's preferences (QSettings: language, table page size…); read through
  gui/app.py's `preference`. Window layout and last paths are UI state, kept apart (not here).

A stored value that fails its check reads as the default; a value typed by the clerk that fails it
is refused with one Chinese line (ValidationError).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from desktop.domain.errors import ValidationError

LEDGER, USER = "ledger", "user"


@dataclass(frozen=True)
class Option:
    key: str
    default: Any
    label: str
    check: Callable[[Any, "Option"], Any]  # the typed value, in its type, or ValidationError
    scope: str = LEDGER

    def read(self, raw: Any) -> Any:
        """The stored value in its type; the default when unset or no longer valid."""
        if raw is None or raw == "":
            return self.default
        try:
            return self.check(raw, self)
        except (ValidationError, TypeError, ValueError):
            return self.default

    def parse(self, value: Any) -> Any:
        """The value a clerk typed, checked (ValidationError names the setting)."""
        return self.check("" if value is None else value, self)

    def dump(self, value: Any) -> str:
        """The text stored for `value` (after parse)."""
        if isinstance(value, bool):
            return "1" if value else "0"
        if isinstance(value, float):
            return f"{value:g}"
        return "" if value is None else str(value)


REGISTRY: dict[str, Option] = {}


def _declare(key: str, default: Any, label: str, check: Callable[[Any, Option], Any], scope: str = LEDGER) -> str:
    if key in REGISTRY:
        raise ValueError(f"setting {key} declared twice")
    REGISTRY[key] = Option(key, default, label, check, scope)
    return key


def option(key: str) -> Option:
    """The declaration of `key` (a KeyError is a bug: every setting is declared here)."""
    return REGISTRY[key]


# -- checks ----------------------------------------------------------------------------------

def whole(low: int, high: int) -> Callable[[Any, Option], int]:
    def check(value: Any, opt: Option) -> int:
        try:
            number = int(str(value).strip())
        except ValueError:
            raise ValidationError(f"{opt.label}应为整数", opt.key) from None
        if not low <= number <= high:
            raise ValidationError(f"{opt.label}应在 {low} 到 {high} 之间", opt.key)
        return number
    return check


def decimal(limit: float, unit: str) -> Callable[[Any, Option], float]:
    def check(value: Any, opt: Option) -> float:
        try:
            number = float(str(value).strip() or 0)
        except ValueError:
            raise ValidationError(f"{opt.label}应为数字（{unit}），例如 -2.5", opt.key) from None
        if abs(number) > limit:
            raise ValidationError(f"{opt.label}不能超过 ±{limit:g} {unit}", opt.key)
        return number
    return check


def one_of(*choices: str, aliases: dict[str, str] | None = None) -> Callable[[Any, Option], str]:
    def check(value: Any, opt: Option) -> str:
        text = str(value).strip()
        text = (aliases or {}).get(text, text)
        if text not in choices:
            raise ValidationError(f"{opt.label}应为 {' 或 '.join(choices)}", opt.key)
        return text
    return check


def flag(value: Any, opt: Option) -> bool:
    if isinstance(value, bool):
        return value
    return str(value).strip().lower() in ("1", "true", "yes", "是", "on")


def text(max_len: int, *, forbidden: str = "", required: bool = False) -> Callable[[Any, Option], str]:
    def check(value: Any, opt: Option) -> str:
        value = str(value or "").strip()
        if required and not value or forbidden and any(c in value for c in forbidden):
            raise ValidationError(f"{opt.label}不能为空，且不能含括号或数字，例如“上公”", opt.key)
        if len(value) > max_len:
            raise ValidationError(f"{opt.label}太长（最多{max_len}字）", opt.key)
        return value
    return check


# -- the office (ledger) -----------------------------------------------------------------------
OFFICE_CODE = _declare("office.code", "", "单位区划代码", text(6))
OFFICE_NAME = _declare("office.name", "", "单位名称", text(60))

# -- accounts (ledger) -------------------------------------------------------------------------
MAX_FAILURES = _declare("accounts.max_failures", 5, "连续输错密码几次后锁定", whole(1, 100))
LOCK_MINUTES = _declare("accounts.lock_minutes", 15, "账户锁定时长（分钟）", whole(1, 24 * 60))
IDLE_MINUTES = _declare("accounts.idle_minutes", 10, "无操作自动锁定（分钟）", whole(1, 24 * 60))

# -- backups (ledger) --------------------------------------------------------------------------
BACKUP_DIR = _declare("backup.dir", "", "自动备份文件夹（空：数据文件夹下的 backups）", text(1000))
KEEP_DAYS = _declare("backup.keep_days", 30, "自动备份保留天数", whole(1, 3650))

# -- letters (ledger; services/documents.py fills the short name's default from the office) ---------
DATE_STYLES = {"arabic": "2026年11月28日", "chinese": "二〇二六年十一月二十八日"}
LETTERS = {
    "short_name": _declare("letters.short_name", "", "机关代字", text(60, forbidden="〔〕[]()（）0123456789",
                                                                   required=True)),
    "header": _declare("letters.header", "", "发文机关标志", text(60)),
    "signer": _declare("letters.signer", "", "落款单位", text(60)),
    "date_style": _declare("letters.date_style", "arabic", "日期格式",
                           one_of(*DATE_STYLES, aliases={"阿拉伯数字": "arabic", "汉字": "chinese"})),
    "cert_date_style": _declare("letters.cert_date_style", "chinese", "证书日期格式",  # 二〇二六年十一月二十九日
                                one_of(*DATE_STYLES, aliases={"阿拉伯数字": "arabic", "汉字": "chinese"})),
    "cert_text_only": _declare("letters.cert_text_only", False, "证书套打（只印文字）", flag),
    "cert_offset_x": _declare("letters.cert_offset_x", 0.0, "证书套打水平偏移（毫米）", decimal(50, "毫米")),
    "cert_offset_y": _declare("letters.cert_offset_y", 0.0, "证书套打垂直偏移（毫米）", decimal(50, "毫米")),
    "review_organ": _declare("letters.review_organ", "", "复核机关", text(60)),
    "reconsideration_organ": _declare("letters.reconsideration_organ", "", "行政复议机关", text(60)),
}
# the electronic seal in force: the sha256 of its PNG ("" = none, stamped by hand). Set only through
# services.documents.set_seal_image (administrators, audited); the image is kept per digest for reprints.
SEAL_IMAGE = _declare("letters.seal_image", "", "电子印章", text(64))

# -- this PC's preferences (user) ----------------------------------------------------------------
LANGUAGE = _declare("ui/language", "zh_CN", "界面语言", one_of("zh_CN", "en"), USER)
IDLE_LOCK_MINUTES = _declare("ui/idle_lock_minutes", 15, "无操作自动锁定（分钟，0：不锁定）", whole(0, 240), USER)
PAGE_SIZE = _declare("ui/page_size", 200, "表格每次读取的行数", whole(50, 2000), USER)
REVEAL_SENSITIVE = _declare("ui/reveal_sensitive", False, "在表格中显示完整的证件号码、电话和银行账号", flag, USER)
