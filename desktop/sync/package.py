"""The package file (.yyp): an outer zip holding the envelope and the (encrypted) payload; the
payload is an inner zip with a signed manifest, records as JSON Lines and attachments by SHA-256.
See docs/package-format.md.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

import orjson
from cryptography.exceptions import InvalidSignature

from desktop.domain.errors import UserError
from desktop.sync import crypto, schema
from desktop.sync.codec import KIND_ORDER, MAX_LINE, UUID_RE
from desktop.sync.keys import OfficeKeys, sign_public_key
from desktop.sync.safezip import MAX_ENTRY_BYTES, BadPackage, SafeZip

FORMAT_VERSION = 2
SUPPORTED_FORMATS = (1, 2)
# The travelling records' fields: 1 = store/migrations/schema_v1.py; 2 = issue 16's money and care
# (fund entries, medical costs, schedules, guarantee_item.family/basis). Packages of 1 still import.
RECORD_SCHEMA = 3
# What each record schema added, so that a package says the oldest schema that can read it:
# a program of schema 2 refuses a package of schema 3 with "请先升级" instead of stumbling on a
# record kind or entry it does not know. 2: money and care, 送达 records; 3: each person's own
# outcome (case_person) and a calendar/holidays.json entry.
SCHEMA_3_KINDS = frozenset({"case_person"})


def schema_needed(kinds: "dict[str, int]", holidays: bool) -> int:
    """The oldest record schema that reads a package holding these record kinds (counts > 0)."""
    if holidays or any(kinds.get(k) for k in SCHEMA_3_KINDS):
        return 3
    return 2
SUFFIX = ".yyp"
ENVELOPE = "envelope.json"
PAYLOAD = "payload.bin"
MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
MAX_MANIFEST = 16 << 20
SIGN_CONTEXT = b"yiyong-manifest\n"
BLOB_RE = re.compile(r"^blobs/[0-9a-f]{64}$")
HOLIDAYS = "calendar/holidays.json"  # optional: an office above sends its working-day calendar update


def package_name(sender: str, receiver: str, number: int, day: str) -> str:
    """Safe on FAT32 and Windows: digits, '-' and the suffix only, well under 64 characters."""
    return f"{sender}-to-{receiver}-{number:06d}-{day}{SUFFIX}"


def _json_bytes(obj: Any) -> bytes:
    return json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


_line_encoder = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


def _line_bytes(obj: Any) -> bytes:
    return _line_encoder.encode(obj).encode("utf-8")


class _Hashing:
    """Writes to a zip entry while counting and hashing."""

    def __init__(self, fh):
        self.fh, self.sha, self.size = fh, hashlib.sha256(), 0

    def write(self, data: bytes) -> None:
        self.fh.write(data)
        self.sha.update(data)
        self.size += len(data)


class PackageWriter:
    """Writes a package as it goes: envelope first, then the inner zip, sealed chunk by chunk into
    the outer zip's payload entry. The file appears under its name only when complete."""

    def __init__(self, folder: Path, name: str, envelope: dict[str, Any], encryption: tuple[dict, bytes] | None,
                 *, fmt: int = FORMAT_VERSION, compresslevel: int = 1):
        if fmt not in SUPPORTED_FORMATS:
            raise UserError(f"不支持的数据包格式版本 {fmt}（支持 {', '.join(map(str, SUPPORTED_FORMATS))}）")
        self.folder, self.fmt = folder, fmt
        self.final = folder / name
        self.tmp = folder / (name + ".part")
        params = encryption[0] if encryption else {"method": crypto.METHOD_NONE}
        env_bytes = _json_bytes(dict(envelope, format=fmt, encryption=params))
        try:
            self.outer = zipfile.ZipFile(self.tmp, "w", compression=zipfile.ZIP_STORED, allowZip64=True)
            self.outer.writestr(ENVELOPE, env_bytes)
            self.payload = self.outer.open(PAYLOAD, "w", force_zip64=True)
        except OSError as exc:
            self.tmp.unlink(missing_ok=True)
            raise UserError(f"无法写入数据包“{self.final}”：{exc.strerror or exc}") from exc
        self.sealer = crypto.SealWriter(encryption[1] if encryption else None, params, env_bytes, self.payload)
        self.zip = zipfile.ZipFile(self.sealer, "w", compression=zipfile.ZIP_DEFLATED,  # type: ignore[arg-type]
                                   compresslevel=compresslevel, allowZip64=True)
        self.entries: list[dict[str, Any]] = []
        self.counts: dict[str, int] = {}
        self._v1 = None  # format 1: one records.jsonl for every kind

    def write_records(self, kind: str, lines: Iterator[dict[str, Any] | bytes]) -> int:
        """Write one kind's records (dicts, or one JSON object already encoded) as JSON Lines."""
        if self.fmt == 1:
            if self._v1 is None:
                self._v1_fh = self.zip.open("records.jsonl", "w", force_zip64=True)
                self._v1 = _Hashing(self._v1_fh)
            n = 0
            prefix = b'{"kind":"' + kind.encode() + b'",'
            for line in lines:
                raw = line if isinstance(line, bytes) else _line_bytes(line)
                self._v1.write(prefix + raw[1:] + b"\n")
                n += 1
            self.counts[kind] = self.counts.get(kind, 0) + n
            return n
        name = f"records/{kind}.jsonl"
        n = 0
        with self.zip.open(name, "w", force_zip64=True) as fh:
            out = _Hashing(fh)
            buf: list[bytes] = []
            for line in lines:
                buf.append(line if isinstance(line, bytes) else _line_bytes(line))
                n += 1
                if len(buf) >= 2000:
                    out.write(b"\n".join(buf) + b"\n")
                    buf = []
            if buf:
                out.write(b"\n".join(buf) + b"\n")
        self.entries.append({"path": name, "sha256": out.sha.hexdigest(), "size": out.size, "records": n})
        self.counts[kind] = n
        return n

    def write_blob(self, sha256: str, data: bytes) -> None:
        name = f"blobs/{sha256}"
        info = zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0))
        info.compress_type = zipfile.ZIP_STORED
        self.zip.writestr(info, data)
        self.entries.append({"path": name, "sha256": sha256, "size": len(data)})

    def write_holidays(self, data: dict[str, Any]) -> None:
        """The office's holidays file (schema.holidays checks it on the receiving side)."""
        body = _json_bytes(data)
        if len(body) > schema.MAX_HOLIDAYS_BYTES:
            raise UserError(f"节假日文件过大（超过 {schema.MAX_HOLIDAYS_BYTES // 1024} KB），不能放入数据包")
        self.zip.writestr(HOLIDAYS, body)
        self.entries.append({"path": HOLIDAYS, "sha256": hashlib.sha256(body).hexdigest(), "size": len(body)})

    def finish(self, manifest: dict[str, Any], keys: OfficeKeys) -> Path:
        """Sign the manifest, close everything and give the file its name; returns its path."""
        if self._v1 is not None:
            self._v1_fh.close()
            self.entries.insert(0, {"path": "records.jsonl", "sha256": self._v1.sha.hexdigest(),
                                    "size": self._v1.size, "records": sum(self.counts.values())})
        manifest = dict(manifest, format=self.fmt, entries=self.entries, counts=self.counts)
        if self.fmt == 1:
            manifest.pop("receipt", None)
        body = _json_bytes(manifest)
        try:
            self.zip.writestr(MANIFEST, body)
            self.zip.writestr(SIGNATURE, keys.sign.sign(SIGN_CONTEXT + body).hex())
            self.zip.close()
            self.sealer.finish()
            self.payload.close()
            self.outer.close()
            os.replace(self.tmp, self.final)
        except OSError as exc:
            self.abort()
            raise UserError(f"无法写入数据包“{self.final}”：{exc.strerror or exc}（U 盘已满或被拔出？）") from exc
        return self.final

    def abort(self) -> None:
        for closing in (self.zip.close, self.payload.close, self.outer.close):
            try:
                closing()
            except Exception:
                pass
        self.tmp.unlink(missing_ok=True)


# -- reading ---------------------------------------------------------------------------------------

@dataclass
class Envelope:
    path: Path
    data: dict[str, Any]
    raw: bytes
    outer: SafeZip
    file_sha256: str

    @property
    def sender(self) -> str:
        return self.data["sender"]

    @property
    def receiver(self) -> str:
        return self.data["receiver"]

    @property
    def number(self) -> int:
        return self.data["number"]


def _text(raw: bytes, what: str) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        raise BadPackage(f"数据包的{what}不是 UTF-8 文本，已拒绝导入") from None


def _json(raw: bytes, what: str) -> Any:
    return schema.load(raw, what)


# The key under which Inner.lines() marks a record that cannot be taken (never a JSON string key).
PROBLEM = object()


def file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        while block := fh.read(1 << 20):
            h.update(block)
    return h.hexdigest()


def read_envelope(path: str | Path) -> Envelope:
    path = Path(path)
    if not path.is_file():
        raise UserError(f"找不到数据包文件“{path}”")
    if path.is_symlink():
        raise BadPackage(f"“{path.name}”是符号链接，不是数据包文件")
    if path.stat().st_size < 22:
        raise BadPackage(f"“{path.name}”不是完整的数据包（文件过短，可能拷贝不完整）")
    outer = SafeZip(str(path))
    unexpected = set(outer.names()) - {ENVELOPE, PAYLOAD}
    if unexpected:
        outer.close()
        raise BadPackage(f"数据包中有意外的条目“{sorted(unexpected)[0]}”，已拒绝导入")
    try:
        raw = outer.read(ENVELOPE, 1 << 20)
        env = schema.envelope(_json(raw, "信封（envelope.json）"), SUPPORTED_FORMATS, FORMAT_VERSION)
    except BaseException:
        outer.close()
        raise
    return Envelope(path, env, raw, outer, file_sha256(path))


@dataclass
class Inner:
    manifest: dict[str, Any]
    zip: SafeZip
    path: Path
    entries: dict[str, dict[str, Any]] = field(default_factory=dict)

    def close(self) -> None:
        self.zip.close()
        self.path.unlink(missing_ok=True)

    @property
    def format(self) -> int:
        return self.manifest["format"]

    def blob_names(self) -> list[str]:
        return [p for p in self.entries if p.startswith("blobs/")]

    def read_blob(self, sha: str) -> bytes:
        name = f"blobs/{sha}"
        data = self.zip.read(name, self.entries[name]["size"])
        if hashlib.sha256(data).hexdigest() != sha:
            raise BadPackage(f"附件 {sha[:12]} 的内容与校验值不符，数据包被改动或已损坏")
        return data

    def holidays(self) -> dict[str, Any] | None:
        """The holidays entry, checked (schema.holidays), or None when the package carries none."""
        e = self.entries.get(HOLIDAYS)
        if e is None:
            return None
        if e["size"] > schema.MAX_HOLIDAYS_BYTES:
            raise BadPackage(f"数据包中的节假日安排过大（超过 {schema.MAX_HOLIDAYS_BYTES // 1024} KB），已拒绝导入")
        return schema.holidays(self.zip.read(HOLIDAYS, e["size"]))

    def lines(self, kind: str | None = None) -> Iterator[tuple[str, int, dict[str, Any]]]:
        """(kind, line number, record) for one kind (format 2) or every kind (format 1)."""
        name = "records.jsonl" if self.format == 1 else f"records/{kind}.jsonl"
        if name not in self.entries:
            return
        pending = b""
        number = 0
        for block in self.zip.chunks(name, self.entries[name]["size"]):
            pending += block
            *complete, pending = pending.split(b"\n")
            if len(pending) > MAX_LINE:
                raise BadPackage(f"数据包条目“{name}”第 {number + len(complete) + 1} 行过长，已拒绝导入")
            for raw in complete:
                number += 1
                if raw:
                    yield self._line(name, number, raw, kind)
        if pending:
            number += 1
            yield self._line(name, number, pending, kind)

    def _line(self, name: str, number: int, raw: bytes, kind: str | None):
        if len(raw) > MAX_LINE:
            raise BadPackage(f"数据包条目“{name}”第 {number} 行过长，已拒绝导入")
        shallow = schema.depth_ok(raw)
        obj: Any = _UNREAD
        if shallow:  # orjson: the same values, three times faster, and it checks the UTF-8 itself
            try:
                obj = orjson.loads(raw)
            except orjson.JSONDecodeError:
                pass
        by_json_module = obj is _UNREAD
        if by_json_module:  # what orjson refuses (bad UTF-8, NaN, integers beyond 64 bits, escaped
            # lone surrogates) and deep nesting: the same checks in the same order as before
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError:
                raise BadPackage(f"数据包条目“{name}”第 {number} 行不是 UTF-8 文本，已拒绝导入") from None
            if not shallow:
                raise BadPackage(f"数据包条目“{name}”第 {number} 行嵌套层数过多，已拒绝导入") from None
            try:
                obj = json.loads(text, parse_constant=schema._no_constant)
            except (json.JSONDecodeError, ValueError, RecursionError):
                raise BadPackage(f"数据包条目“{name}”第 {number} 行不是有效的 JSON，已拒绝导入") from None
        if not isinstance(obj, dict):
            raise BadPackage(f"数据包条目“{name}”第 {number} 行不是记录")
        # only the json module lets an escaped lone surrogate (\ud800) through
        if by_json_module and schema.may_hold_surrogate(raw) and schema.has_lone_surrogate(obj):
            uuid = obj.get("uuid") if isinstance(obj.get("uuid"), str) and UUID_RE.match(obj["uuid"]) else None
            kind = obj.get("kind") if self.format == 1 else kind
            if kind not in KIND_ORDER:
                raise BadPackage(f"数据包第 {number} 行的记录种类不认识")
            return kind, number, {PROBLEM: "记录中含有无效的字符（不成对的代理码位），无法保存", "uuid": uuid}
        if self.format == 1:
            kind = obj.pop("kind", None)
            if kind not in KIND_ORDER:
                raise BadPackage(f"数据包第 {number} 行的记录种类“{str(kind)[:20]}”不认识")
        return kind, number, obj


_UNREAD = object()  # a line orjson did not read


def open_payload(env: Envelope, *, box_private, passphrase: str | None) -> Inner:
    """Decrypt the payload into a temporary file and check the signature and every hash."""
    params = env.data["encryption"]
    fd, name = tempfile.mkstemp(prefix="yyp-open-", suffix=".zip")
    inner_path = Path(name)
    try:
        with os.fdopen(fd, "wb") as dst:
            if params.get("method") == crypto.METHOD_NONE:
                for block in env.outer.chunks(PAYLOAD):
                    dst.write(block)
            else:
                key = crypto.open_key(params, box_private=box_private, passphrase=passphrase)
                gen = env.outer.chunks(PAYLOAD, size=crypto.CHUNK + crypto.TAG)
                buf = bytearray()

                def read(n: int) -> bytes:
                    while len(buf) < n:
                        try:
                            buf.extend(next(gen))
                        except StopIteration:
                            break
                    out = bytes(buf[:n])
                    del buf[:n]
                    return out

                crypto.open_stream(key, params, env.raw, read, dst)
        inner_zip = SafeZip(str(inner_path), "数据包内容")
        inner = Inner({}, inner_zip, inner_path)
        _verify(inner, env)
        return inner
    except BaseException:
        inner_path.unlink(missing_ok=True)
        raise


def _verify(inner: Inner, env: Envelope) -> None:
    z = inner.zip
    if MANIFEST not in z.infos:
        raise BadPackage("数据包缺少清单（manifest.json），文件不完整或不是本程序的数据包")
    if SIGNATURE not in z.infos:
        raise BadPackage("数据包缺少签名，无法确认来源，已拒绝导入")
    body = z.read(MANIFEST, MAX_MANIFEST)
    sig_text = _text(z.read(SIGNATURE, 1024), "签名").strip()
    try:
        signature = bytes.fromhex(sig_text)
    except ValueError:
        raise BadPackage("数据包的签名格式不正确，已拒绝导入") from None
    try:
        sign_public_key(env.data["sign_key"]).verify(signature, SIGN_CONTEXT + body)
    except (InvalidSignature, ValueError):
        raise BadPackage("数据包的签名不正确：内容被改动过，或不是由所称的单位签发，已拒绝导入") from None
    manifest = schema.manifest(_json(body, "清单"), KIND_ORDER)
    for key in ("sender", "receiver", "number", "format"):
        if manifest.get(key) != env.data.get(key):
            raise BadPackage(f"数据包清单与信封不一致（{key}），已拒绝导入")
    version = manifest.get("schema")
    if isinstance(version, bool) or not isinstance(version, int) or not 1 <= version <= RECORD_SCHEMA:
        raise BadPackage(f"数据包的数据结构版本为 {schema._shown(version)}，比本程序支持的（{RECORD_SCHEMA}）新，"
                         "请先升级见义勇为工作台再导入")
    entries = manifest.get("entries")
    if not isinstance(entries, list):
        raise BadPackage("数据包清单缺少条目列表")
    listed: dict[str, dict[str, Any]] = {}
    for e in entries:
        if not isinstance(e, dict) or not isinstance(e.get("path"), str) or not isinstance(e.get("sha256"), str) \
                or isinstance(e.get("size"), bool) or not isinstance(e.get("size"), int) \
                or not 0 <= e["size"] <= MAX_ENTRY_BYTES or len(e["path"]) > 200 \
                or not isinstance(e.get("records", 0), int) or isinstance(e.get("records", 0), bool):
            raise BadPackage("数据包清单中的条目格式不正确")
        if path_seen := listed.get(e["path"]):
            raise BadPackage(f"数据包清单中条目“{path_seen['path'][:80]}”重复出现，已拒绝导入")
        path = e["path"]
        ok = (BLOB_RE.match(path) or path == HOLIDAYS or (manifest["format"] == 1 and path == "records.jsonl")
              or (manifest["format"] >= 2 and path.startswith("records/") and path.endswith(".jsonl")
                  and path[8:-6] in KIND_ORDER))
        if not ok:
            raise BadPackage(f"数据包清单中有意外的条目“{path[:80]}”，已拒绝导入")
        listed[path] = e
    actual = set(z.names()) - {MANIFEST, SIGNATURE}
    extra = actual - set(listed)
    if extra:
        raise BadPackage(f"数据包中有清单未列出的条目“{sorted(extra)[0][:80]}”，已拒绝导入")
    missing = set(listed) - actual
    if missing:
        raise BadPackage(f"数据包缺少条目“{sorted(missing)[0]}”，文件不完整")
    for path, e in listed.items():
        info = z.infos[path]
        if info.file_size != e["size"]:
            raise BadPackage(f"数据包条目“{path}”的大小与清单不符，内容被改动或已损坏")
        h = hashlib.sha256()
        for block in z.chunks(path, e["size"]):
            h.update(block)
        if h.hexdigest() != e["sha256"]:
            raise BadPackage(f"数据包条目“{path}”的校验值不符，内容被改动或已损坏，已拒绝导入")
        if path.startswith("blobs/") and path[6:] != e["sha256"]:
            raise BadPackage(f"附件条目“{path}”的名称与校验值不符")
    inner.manifest = manifest
    inner.entries = listed
