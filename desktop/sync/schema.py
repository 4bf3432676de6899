"""Every byte of a package is hostile until verified: bounded JSON and typed checks of the envelope,
the encryption parameters, the manifest and its receipt.

Each check either returns a value of the promised type within its bounds or raises BadPackage
with one Chinese line. Numbers are bounded well below what SQLite or PostgreSQL can store, and
nothing here allocates in proportion to a number read from the package.
"""

from __future__ import annotations

import json
import re
from typing import Any

from desktop.sync.safezip import BadPackage

MAX_DEPTH = 32  # nesting of JSON arrays and objects; real packages use at most 4
MAX_SEQ = (1 << 53) - 1  # change sequence numbers (exact in every JSON reader)
MAX_NUMBER = (1 << 31) - 1  # package numbers
MAX_RECEIPT_PACKAGES = 1_000_000
MAX_COUNT = 100_000_000  # records of one kind in one package
_STRINGS = re.compile(rb'"(?:[^"\\]|\\.)*"', re.S)
_BRACKETS = re.compile(rb"[^\[\]{}]+")
_SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")


def depth_ok(raw: bytes, limit: int = MAX_DEPTH) -> bool:
    """True when the JSON text nests arrays/objects at most `limit` deep (checked before parsing,
    so a 100,000-deep document never reaches the recursive parser)."""
    if raw.count(b"[") + raw.count(b"{") <= limit:
        return True
    depth = 0
    for ch in _BRACKETS.sub(b"", _STRINGS.sub(b'""', raw)):
        if ch in (0x5B, 0x7B):  # [ {
            depth += 1
            if depth > limit:
                return False
        elif ch in (0x5D, 0x7D):
            depth -= 1
    return True


def has_lone_surrogate(obj: Any) -> bool:
    """A string (key or value, nested) that cannot be written as UTF-8: a lone \\ud800 and the like."""
    if isinstance(obj, str):
        try:
            obj.encode("utf-8")
            return False
        except UnicodeEncodeError:
            return True
    if isinstance(obj, dict):
        return any(has_lone_surrogate(k) or has_lone_surrogate(v) for k, v in obj.items())
    if isinstance(obj, list):
        return any(has_lone_surrogate(v) for v in obj)
    return False


def may_hold_surrogate(raw: bytes) -> bool:
    """Cheap pre-test on the raw text: only a \\uD800-\\uDFFF escape can make a surrogate."""
    return _SURROGATE_ESCAPE.search(raw) is not None


def load(raw: bytes, what: str) -> Any:
    """Parse bounded, UTF-8 JSON without recursion errors or unencodable strings."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise BadPackage(f"数据包的{what}不是 UTF-8 文本，已拒绝导入") from None
    if not depth_ok(raw):
        raise BadPackage(f"数据包的{what}嵌套层数过多（超过 {MAX_DEPTH} 层），已拒绝导入")
    try:
        obj = json.loads(text, parse_constant=_no_constant)
    except (json.JSONDecodeError, ValueError, RecursionError):
        raise BadPackage(f"数据包的{what}不是有效的 JSON，文件可能已损坏") from None
    if may_hold_surrogate(raw) and has_lone_surrogate(obj):
        raise BadPackage(f"数据包的{what}含有无效的字符（不成对的代理码位），已拒绝导入")
    return obj


def _no_constant(name: str):
    raise ValueError(name)  # NaN, Infinity: not JSON


# -- typed fields ------------------------------------------------------------------------------

def integer(obj: dict, key: str, where: str, *, low: int = 0, high: int = MAX_SEQ, default: int | None = None) -> int:
    value = obj.get(key)
    if value is None and default is not None:
        value = default
    if isinstance(value, bool) or not isinstance(value, int) or not (low <= value <= high):
        shown = _shown(value)
        raise BadPackage(f"{where}中的 {key} 应为 {low}～{high} 之间的整数，现为 {shown}，已拒绝导入")
    return value


def text(obj: dict, key: str, where: str, *, max_length: int = 200, required: bool = True,
         pattern: re.Pattern | None = None) -> str | None:
    value = obj.get(key)
    if value is None and not required:
        return None
    if not isinstance(value, str) or len(value) > max_length or (pattern is not None and not pattern.match(value)):
        raise BadPackage(f"{where}中的 {key} 不正确（{_shown(value)}），已拒绝导入")
    return value


def _shown(value: Any) -> str:
    if isinstance(value, str):
        return f"“{value[:20]}”"
    if isinstance(value, int) and not isinstance(value, bool):
        digits = len(str(abs(value))) if abs(value) < 10 ** 40 else 41
        return str(value) if digits <= 20 else f"一个 {digits} 位以上的数"
    return {type(None): "空值", bool: "是/否", list: "列表", dict: "对象", float: "小数"}.get(type(value), "其他")


OFFICE = re.compile(r"^\d{6}\Z")
B64 = re.compile(r"^[A-Za-z0-9+/]{1,200}={0,2}\Z")


def envelope(env: Any, supported: tuple[int, ...], newest: int) -> dict[str, Any]:
    """The envelope's fields with their types and bounds (still unsigned: trusted for nothing)."""
    where = "数据包信封"
    if not isinstance(env, dict):
        raise BadPackage("数据包的信封格式不正确")
    fmt = env.get("format")
    if isinstance(fmt, bool) or not isinstance(fmt, int):
        raise BadPackage("数据包没有注明格式版本，不是本程序的数据包")
    if fmt > newest:
        raise BadPackage(f"数据包格式版本为 {_shown(fmt)}，比本程序支持的版本（{newest}）新，"
                         "请先升级见义勇为工作台再导入")
    if fmt not in supported:
        raise BadPackage(f"不支持的数据包格式版本 {_shown(fmt)}")
    for key in ("sender", "receiver"):
        if not isinstance(env.get(key), str) or not OFFICE.match(env[key]):
            raise BadPackage(f"数据包信封中的单位代码（{key}）不正确")
    if isinstance(env.get("number"), bool) or not isinstance(env.get("number"), int) or not (
            1 <= env["number"] <= MAX_NUMBER):
        raise BadPackage(f"数据包信封中的序号不正确（应为 1～{MAX_NUMBER}，现为 {_shown(env.get('number'))}）")
    for key in ("sign_key", "box_key"):
        if not isinstance(env.get(key), str) or not B64.match(env[key]):
            raise BadPackage("数据包信封中缺少发送单位的公钥")
    for key, limit in (("sender_name", 200), ("created", 40), ("app", 40), ("fingerprint", 100)):
        text(env, key, where, max_length=limit, required=False)
    if not isinstance(env.get("encryption"), dict):
        raise BadPackage("数据包信封中缺少加密说明")
    encryption(env["encryption"])
    return env


def encryption(params: dict[str, Any]) -> None:
    """The encryption parameters: right method, types and values (before any key is derived)."""
    from desktop.sync import crypto

    where = "数据包的加密参数"
    method = params.get("method")
    if method == crypto.METHOD_NONE:
        return
    if method not in (crypto.METHOD_BOX, crypto.METHOD_PASS):
        raise BadPackage(f"数据包使用了本程序不认识的加密方式“{str(method)[:40]}”，请升级见义勇为工作台")
    text(params, "nonce_prefix", where, max_length=20, pattern=B64)
    if isinstance(params.get("chunk"), bool) or params.get("chunk") != crypto.CHUNK:
        raise BadPackage(f"{where}不正确（chunk 应为 {crypto.CHUNK}，现为 {_shown(params.get('chunk'))}），已拒绝导入")
    if method == crypto.METHOD_BOX:
        text(params, "ephemeral", where, max_length=100, pattern=B64)
        text(params, "recipient", where, max_length=100, pattern=B64)
    else:
        text(params, "salt", where, max_length=100, pattern=B64)
        n = integer(params, "n", where, low=1, high=1 << 17)
        integer(params, "r", where, low=1, high=16)
        integer(params, "p", where, low=1, high=4)
        if n not in (1 << 14, 1 << 15, 1 << 16, 1 << 17):
            raise BadPackage(f"{where}不正确（scrypt n 应为 2 的 14～17 次方，现为 {n}），已拒绝导入")


def manifest(man: Any, kinds: list[str]) -> dict[str, Any]:
    """The signed manifest's fields beyond the entries (checked by package._verify)."""
    where = "数据包清单"
    if not isinstance(man, dict):
        raise BadPackage("数据包清单格式不正确")
    integer(man, "since_seq", where, default=0)
    integer(man, "upto_seq", where, default=0)
    if man.get("since_seq", 0) and man.get("upto_seq", 0) and man["since_seq"] > man["upto_seq"]:
        raise BadPackage(f"{where}中的 since_seq 大于 upto_seq，已拒绝导入")
    if not isinstance(man.get("full", False), bool):
        raise BadPackage(f"{where}中的 full 应为是/否，已拒绝导入")
    for key, limit in (("created", 40), ("app", 40), ("sender_name", 200), ("fingerprint", 100)):
        text(man, key, where, max_length=limit, required=False)
    counts = man.get("counts", {})
    if not isinstance(counts, dict):
        raise BadPackage(f"{where}中的 counts 不正确，已拒绝导入")
    for kind in counts:
        if kind not in kinds and kind != "attachments_files":
            raise BadPackage(f"{where}中的 counts 含有不认识的种类“{str(kind)[:20]}”，已拒绝导入")
        integer(counts, kind, where, high=MAX_COUNT)
    receipt = man.get("receipt")
    if receipt is not None:
        if not isinstance(receipt, dict):
            raise BadPackage(f"{where}中的回执（receipt）不正确，已拒绝导入")
        text(receipt, "office", where + "的回执", max_length=6, pattern=OFFICE)
        integer(receipt, "held_seq", where + "的回执")
        packages = receipt.get("packages", [])
        if not isinstance(packages, list) or len(packages) > MAX_RECEIPT_PACKAGES:
            raise BadPackage(f"{where}的回执中的 packages 不正确，已拒绝导入")
        for n in packages:
            if isinstance(n, bool) or not isinstance(n, int) or not (1 <= n <= MAX_NUMBER):
                raise BadPackage(f"{where}的回执中的数据包序号 {_shown(n)} 不正确，已拒绝导入")
    return man


# -- the holidays entry (calendar/holidays.json): an office above sends its calendar update ---------

MAX_HOLIDAYS_BYTES = 256 << 10  # a year's file is about 2 KB; ten years and comments fit many times over
MAX_HOLIDAY_YEARS = 10
HOLIDAY_YEARS = (2000, 2100)
MAX_DAYS_A_YEAR = 366
_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}\Z")


def holidays(raw: bytes, size_limit: int = MAX_HOLIDAYS_BYTES) -> dict[str, Any]:
    """The holidays entry, bounded and typed: version, up to 10 years in 2000–2100, real dates of
    their own year, short names, no day both a holiday and a working day."""
    where = "数据包中的节假日安排（calendar/holidays.json）"
    if len(raw) > size_limit:
        raise BadPackage(f"{where}过大（超过 {size_limit // 1024} KB），已拒绝导入")
    data = load(raw, "节假日安排")
    if not isinstance(data, dict):
        raise BadPackage(f"{where}格式不正确，已拒绝导入")
    text(data, "version", where, max_length=40)
    years = data.get("years")
    if not isinstance(years, dict) or not years:
        raise BadPackage(f"{where}缺少 years（按年份列出的节假日），已拒绝导入")
    if len(years) > MAX_HOLIDAY_YEARS:
        raise BadPackage(f"{where}含 {len(years)} 个年份，最多 {MAX_HOLIDAY_YEARS} 个，已拒绝导入")
    for year, entry in years.items():
        if not (isinstance(year, str) and year.isascii() and year.isdigit() and len(year) == 4
                and HOLIDAY_YEARS[0] <= int(year) <= HOLIDAY_YEARS[1]):
            raise BadPackage(f"{where}中的年份{_shown(year)}不正确（应为 {HOLIDAY_YEARS[0]}～{HOLIDAY_YEARS[1]}），已拒绝导入")
        if not isinstance(entry, dict):
            raise BadPackage(f"{where}中{year}年的内容不正确，已拒绝导入")
        if entry.get("status") not in (None, "provisional", "official"):
            raise BadPackage(f"{where}中{year}年的 status 应为 provisional 或 official，已拒绝导入")
        text(entry, "source", f"{where}{year}年", max_length=2000, required=False)
        seen: set[str] = set()
        for key in ("holidays", "workdays"):
            days = entry.get(key, {})
            if days is None:
                continue
            if not isinstance(days, dict) or len(days) > MAX_DAYS_A_YEAR:
                raise BadPackage(f"{where}中{year}年的 {key} 不正确，已拒绝导入")
            for day, name in days.items():
                if not _ISO_DAY.match(day) or not day.startswith(year + "-") or not _real_day(day):
                    raise BadPackage(f"{where}中{year}年 {key} 的日期{_shown(day)}无效，已拒绝导入")
                if not isinstance(name, str) or len(name) > 40:
                    raise BadPackage(f"{where}中 {day} 的名称不正确（至多 40 字），已拒绝导入")
                if day in seen:
                    raise BadPackage(f"{where}中 {day} 既是节假日又是调休上班日，已拒绝导入")
                seen.add(day)
    return data


def _real_day(day: str) -> bool:
    import datetime as dt

    try:
        dt.date.fromisoformat(day)
        return True
    except ValueError:
        return False


def gaps(held: list[int] | set[int], below: int, *, limit: int = 10) -> tuple[list[tuple[int, int]], int]:
    """The ranges of numbers 1 … below-1 missing from `held`, at most `limit` of them, and the
    count of missing numbers: work and memory in proportion to len(held), never to `below`."""
    out: list[tuple[int, int]] = []
    missing = 0
    nxt = 1
    for n in sorted(x for x in set(held) if 1 <= x < below):
        if n > nxt:
            missing += n - nxt
            if len(out) < limit:
                out.append((nxt, n - 1))
        nxt = n + 1
    if below > nxt:
        missing += below - nxt
        if len(out) < limit:
            out.append((nxt, below - 1))
    return out, missing


def ranges_text(ranges: list[tuple[int, int]], missing: int) -> str:
    shown = "、".join(str(a) if a == b else f"{a}～{b}" for a, b in ranges)
    counted = sum(b - a + 1 for a, b in ranges)
    return shown + (f"等（共 {missing} 个）" if counted < missing else "")
