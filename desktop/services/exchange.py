"""Exchange by USB: office keys, exporting and importing packages, conflicts and duplicates.

The one API that the 数据交换 page and the command line call. Packages themselves are read and
written by desktop/sync (see docs/package-format.md)."""

from __future__ import annotations

import json
import logging

from peewee import IntegrityError
from pathlib import Path
from typing import Any, Callable, Mapping, cast

from desktop import __version__
from desktop.domain.errors import Cancelled, NotFound, UserError, ValidationError
from desktop.services import privacy
from desktop.services.collector import collector_paused
from desktop.services.ledger import OFFICE_NAME, Ledger
from desktop.services.record_types import (
    ConflictDetail, ConflictEntry, ConflictField, ConflictView, ConflictViewField, DuplicateEntry, ExchangeState,
    ExchangeSummaryLine, ExportedKey, ExportResult, ImportReport, ImportResult, KeyInfo, KeyToTrust, MergedPersons,
    OfficeEntry, PackageEntry, PeerState, ResolvedConflict, SkippedLine, TrustedOffice, UndoResult,
)
from desktop.services.office import level_of
from desktop.services.workcalendar import SETTING_KEY as HOLIDAYS_SETTING
from desktop.services.workcalendar import store_override
from desktop.store import audit
from desktop.store.db import as_dicts, is_postgres
from desktop.store.models import MODEL_OF, Office, Setting, utcnow
from desktop.store.sync_models import DuplicateCandidate, ImportReportLine, PackageLog, Peer, SyncConflict
from desktop.sync import crypto, exporter, merge, resolve, schema
from desktop.sync.codec import KIND_LABELS, KIND_ORDER, OFFICE_RE
from desktop.sync.keys import fingerprint, load_keys, unb64
from desktop.sync.package import (FORMAT_VERSION, PackageWriter, open_payload, package_name, read_envelope,
                                  schema_needed)
from desktop.sync.safezip import BadPackage

log = logging.getLogger(__name__)
Progress = Callable[[int, int, str], Any]
TrustAsk = Callable[[Mapping[str, Any]], bool]
PUBLIC_KEY_KIND = "yiyong-office-public-key"


# -- keys ----------------------------------------------------------------------------------------

def ensure_keys(ledger: Ledger) -> KeyInfo:
    """Make this office's key pair if missing and record its public half; returns key_info."""
    code = ledger.office_code
    keys = load_keys(code, create=True)
    with ledger.atomic():
        Office.update(sign_public_key=keys.sign_public, box_public_key=keys.box_public,
                      fingerprint=keys.fingerprint, trusted=True).where(Office.code == code).execute()
    return key_info(ledger)


def key_info(ledger: Ledger) -> KeyInfo:
    """This office's code, name, fingerprint and public keys (the pair is made on first use if an
    office was set up without `init`, e.g. by the GUI's first-run dialog)."""
    code = ledger.office_code
    keys = load_keys(code, create=True)
    with ledger.reading():
        office = Office.get_or_none(Office.code == code)
        if office is not None and office.sign_public_key != keys.sign_public:
            office = None
    if office is None:
        ensure = ensure_keys  # the Office row lags the key files (a restored database): refresh it
        return ensure(ledger)
    return {"code": code, "name": ledger.setting(OFFICE_NAME), "fingerprint": keys.fingerprint,
            "sign_key": keys.sign_public, "box_key": keys.box_public}


def export_public_key(ledger: Ledger, path: str | Path) -> ExportedKey:
    info = key_info(ledger)
    path = Path(path)
    if path.is_dir():
        path = path / f"{info['code']}-public-key.json"
    data = {"kind": PUBLIC_KEY_KIND, "version": 1, "code": info["code"], "name": info["name"],
            "sign_key": info["sign_key"], "box_key": info["box_key"], "fingerprint": info["fingerprint"]}
    try:
        if not path.parent.exists() and path.parent.parent.is_dir():
            path.parent.mkdir()  # a new folder on the stick, e.g. usb/330102.json
        path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    except OSError as exc:
        raise UserError(f"无法写入文件“{path}”：{exc.strerror or exc}") from exc
    return ExportedKey(**info, path=str(path))


def read_public_key(path: str | Path) -> KeyToTrust:
    path = Path(path)
    if not path.is_file():
        raise UserError(f"找不到公钥文件“{path}”")
    if path.stat().st_size > 64 * 1024:
        raise UserError(f"“{path.name}”不是公钥文件（文件过大）")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise UserError(f"“{path.name}”不是有效的公钥文件：应为对方在“数据交换”页用“导出本单位公钥”得到的文件",
                        cli_hint="keys export 导出的 JSON 文件") from None
    if not isinstance(data, dict) or data.get("kind") != PUBLIC_KEY_KIND:
        raise UserError(f"“{path.name}”不是见义勇为工作台的公钥文件")
    code = str(data.get("code", ""))
    if not OFFICE_RE.match(code):
        raise UserError(f"公钥文件中的单位代码“{code}”不正确")
    for key in ("sign_key", "box_key"):
        if len(unb64(str(data.get(key, "")))) != 32:
            raise UserError("公钥文件中的公钥不正确")
    fp = fingerprint(data["sign_key"], data["box_key"])
    return {"code": code, "name": str(data.get("name") or code)[:100], "sign_key": data["sign_key"],
            "box_key": data["box_key"], "fingerprint": fp}


def trust_office(ledger: Ledger, info: KeyInfo, *, office_moved: bool = False) -> TrustedOffice:
    """Record another office's public keys as trusted. Keys already trusted for another office code
    are refused unless `office_moved` (the office's division code changed): then the old code's
    entry is no longer trusted."""
    if info["code"] == ledger.office_code:
        raise UserError("这是本单位自己的公钥，无需导入")
    ledger.require("manage_keys")
    with ledger.atomic():
        holder = _holder_of_keys(info["sign_key"], info["box_key"], info["code"])
        _refuse_keys_held_elsewhere(info, holder, office_moved)
        if holder is not None:
            Office.update(trusted=False).where(Office.code == holder.code).execute()
        _upsert_office(info)
    out: TrustedOffice = {"code": info["code"], "name": info["name"], "fingerprint": info["fingerprint"],
                          "trusted": True}
    if holder is not None:
        out["moved_from"] = holder.code
    return out


def import_public_key(ledger: Ledger, path: str | Path, confirm: TrustAsk | None = None, *,
                      office_moved: bool = False) -> TrustedOffice:
    info = read_public_key(path)
    with ledger.reading():
        known = Office.get_or_none(Office.code == info["code"])
        holder = _holder_of_keys(info["sign_key"], info["box_key"], info["code"])
    _refuse_keys_held_elsewhere(info, holder, office_moved)
    info["moved_from"] = holder.code if holder is not None else None
    info["replaces"] = known.fingerprint if known and known.sign_public_key and \
        known.sign_public_key != info["sign_key"] else None
    if confirm is None or not confirm(info):
        raise UserError(f"未信任单位 {info['code']}（指纹 {info['fingerprint']}），公钥未导入")
    return trust_office(ledger, info, office_moved=office_moved)


def _upsert_office(info: Mapping[str, Any]) -> None:
    code = info["code"]
    row = Office.get_or_none(Office.code == code)
    values = {"sign_public_key": info["sign_key"], "box_public_key": info["box_key"],
              "fingerprint": info["fingerprint"], "trusted": True}
    if row is None:
        from desktop.domain import divisions
        parent = None
        try:
            div = divisions.validate_division(code, field="code")
            parent = div.parent if div else None
        except Exception:
            pass
        Office.create(code=code, name=info.get("name") or code, level=level_of(code), parent_code=parent, **values)
    else:
        if info.get("name") and not row.name:
            values["name"] = info["name"]
        Office.update(values).where(Office.code == code).execute()


def offices(ledger: Ledger) -> list[OfficeEntry]:
    with ledger.reading():
        rows = list(as_dicts(Office.select().order_by(Office.code)))
        peers = {p.code: p for p in Peer.select()}
    for r in rows:
        p = peers.get(r["code"])
        r["confirmed_seq"] = p.confirmed_seq if p else 0
        r["sent_seq"] = p.sent_seq if p else 0
        r.pop("sign_public_key", None)
        r.pop("box_public_key", None)
    return cast(list[OfficeEntry], rows)


# -- export --------------------------------------------------------------------------------------

def _office_label(code: str, office: Office | None) -> str:
    """单位“杭州市见义勇为基金会”（330100）: the name the clerk knows, then the code."""
    name = office.name if office is not None and office.name else ""
    if not name:
        from desktop.domain import divisions
        try:
            name = divisions.name_of(code)
        except UserError:
            name = ""
    return f"单位“{name}”（{code}）" if name else f"单位 {code}"


def office_label(ledger: Ledger, code: str) -> str:
    """How messages name another office: its registered name (or its division's), then the code."""
    with ledger.reading():
        office = Office.get_or_none(Office.code == code)
    return _office_label(code, office)


def default_peer(ledger: Ledger) -> str | None:
    with ledger.reading():
        me = Office.get_or_none(Office.code == ledger.office_code)
    return me.parent_code if me else None


def _checked(progress: Progress | None, what: str) -> Progress | None:
    """A progress callback that stops the work (rolling back) when the user pressed 取消."""
    if progress is None:
        return None

    def report(done: int, total: int, text: str) -> bool:
        if progress(done, total, text) is False:
            raise Cancelled(f"已取消{what}")
        return True
    return report


def export_package(ledger: Ledger, folder: str | Path, *, peer: str | None = None, full: bool = False,
                   passphrase: str | None = None, fmt: int = FORMAT_VERSION, encrypt: bool = True,
                   progress: Progress | None = None, holidays: bool | str | Path | None = None) -> ExportResult:
    """Write a package for `peer` (default: the office above) into `folder`; returns its path and counts.

    `holidays`: send the office's working-day calendar update down with it (True: the office's own
    override; a path: that holidays file) — only to an office below."""
    me = ledger.office_code
    ledger.require("export_packages")
    progress = _checked(progress, "导出")
    peer = (peer or default_peer(ledger) or "").strip()
    if not peer:
        raise ValidationError("请选择接收单位", "peer", cli_hint="--peer 区划代码")
    if not OFFICE_RE.match(peer):
        raise ValidationError(f"接收单位代码“{peer}”不正确，应为 6 位区划代码", "peer")
    if peer == me:
        raise ValidationError("不能给本单位自己导出数据包", "peer")
    folder = Path(folder)
    if not folder.exists() and folder.parent.is_dir() and str(folder.parent) != str(folder):
        try:  # one new folder on an existing drive or folder (e.g. E:\\数据包); never a whole path
            folder.mkdir()
        except OSError as exc:
            raise UserError(f"无法创建导出文件夹“{folder}”：{exc.strerror or exc}") from exc
    if not folder.is_dir():
        raise UserError(f"导出文件夹“{folder}”不存在")
    calendar = _outgoing_holidays(ledger, me, peer, holidays) if holidays else None
    key_info(ledger)
    keys = load_keys(me)
    with ledger.reading():
        target = Office.get_or_none(Office.code == peer)
        p = Peer.get_or_none(Peer.code == peer)
    if passphrase:
        encryption = crypto.for_passphrase(passphrase)
    elif not encrypt:
        encryption = None
    elif target is not None and target.box_public_key and target.trusted:
        encryption = crypto.for_box(target.box_public_key)
    else:
        raise UserError(f"还没有{_office_label(peer, target)}的公钥，无法为其加密数据包：请先在“数据交换”页"
                        "导入对方的公钥（电话核对指纹），或改用口令加密并把口令另行告诉对方",
                        cli_hint="keys import 公钥文件，或 --passphrase-file 口令文件")
    number = p.next_number if p else 1
    since = 0 if full or p is None else p.confirmed_seq
    receipt = {"office": peer, "held_seq": p.held_seq if p else 0,
               "packages": json.loads(p.received) if p else []}
    created = utcnow().replace(microsecond=0)
    name = package_name(me, peer, number, ledger.today().strftime("%Y%m%d"))
    office_name = ledger.setting(OFFICE_NAME) or me
    envelope = {"sender": me, "sender_name": office_name, "receiver": peer, "number": number,
                "created": created.isoformat() + "Z", "app": __version__, "sign_key": keys.sign_public,
                "box_key": keys.box_public, "fingerprint": keys.fingerprint}
    writer = PackageWriter(folder, name, envelope, encryption, fmt=fmt)
    try:
        with ledger.reading(), ledger.db.atomic():  # one consistent snapshot
            upto = exporter.current_seq()
            total = exporter.count_changed(since, upto) if progress else None
            counts = exporter.write_records(writer, since, upto, progress, total,
                                            skip_made_by=None if full else peer)
            if calendar:
                writer.write_holidays(calendar)
        manifest = {"schema": schema_needed(counts, bool(calendar)), "app": __version__, "number": number,
                    "sender": me, "sender_name": office_name, "fingerprint": keys.fingerprint,
                    "receiver": peer, "created": created.isoformat() + "Z", "full": bool(full or since == 0),
                    "since_seq": since, "upto_seq": upto, "receipt": receipt}
        if progress:
            progress(1, 1, "正在写入数据包")
        path = writer.finish(manifest, keys)
    except BaseException:
        writer.abort()
        raise
    method = encryption[0]["method"] if encryption else crypto.METHOD_NONE
    from desktop.sync.package import file_sha256
    records = {k: v for k, v in counts.items() if k in KIND_ORDER}
    with ledger.atomic():
        Peer.insert(code=peer).on_conflict_ignore().execute()
        Peer.update(next_number=Peer.next_number + 1, last_out_at=utcnow(),
                    sent_seq=max(upto, p.sent_seq if p else 0)).where(Peer.code == peer).execute()
        log_row = PackageLog.create(direction="out", file_name=path.name, file_sha256=file_sha256(path), peer=peer,
                                    number=number, format=fmt, full=bool(full or since == 0), since_seq=since,
                                    upto_seq=upto, encryption=method, actor=ledger.actor, path=str(path),
                                    counts=json.dumps(records), summary=_summary_out(records))
    return {"path": str(path), "file_name": path.name, "peer": peer, "peer_label": _office_label(peer, target),
            "summary": _summary_out(records), "number": number, "full": since == 0,
            "since_seq": since, "upto_seq": upto, "counts": records, "encryption": method,
            "attachments": counts.get("attachments_files", 0), "format": fmt, "package_id": log_row.id,
            "holidays": {"version": calendar["version"], "years": sorted(calendar["years"])} if calendar else None}


_RANK = {"province": 0, "city": 1, "county": 2}


def _is_above(upper: str, lower: str) -> bool:
    """True when office `upper` is the province or city that `lower` belongs to."""
    level = level_of(upper)
    if _RANK[level] >= _RANK[level_of(lower)]:
        return False
    return lower.startswith(upper[:2] if level == "province" else upper[:4])


def _outgoing_holidays(ledger: Ledger, me: str, peer: str, holidays: bool | str | Path) -> dict[str, Any]:
    """The holidays file to send down (checked as the receiver will check it)."""
    from desktop.domain.workdays import read_override
    from desktop.services.workcalendar import stored_override

    if not _is_above(me, peer):
        raise ValidationError(f"节假日安排只能发给下级单位，{peer} 不是本单位的下级", "holidays")
    data = read_override(Path(holidays)) if not isinstance(holidays, bool) else stored_override(ledger)
    if data is None:
        raise ValidationError("本单位还没有可下发的节假日安排：请先导入节假日文件", "holidays",
                              cli_hint="calendar import 文件，或 export --holidays 文件")
    body = json.dumps(data, ensure_ascii=False).encode("utf-8")
    try:
        schema.holidays(body)
    except BadPackage as exc:
        raise ValidationError(str(exc).replace("数据包中的", "").replace("已拒绝导入", "不能下发"), "holidays") from None
    return {k: data[k] for k in ("version", "years", "_comment") if k in data}


def _incoming_holidays(inner, sender: str, me: str) -> dict[str, Any] | None:
    """The package's holidays entry, checked; only an office above may send one."""
    data = inner.holidays()
    if data is not None and not _is_above(sender, me):
        raise BadPackage(f"数据包含有节假日安排，但节假日安排只能由上级单位下发（发送单位 {sender} 不是本单位的上级），已拒绝导入")
    return data


def _summary_out(counts: dict[str, int]) -> str:
    parts = [f"{KIND_LABELS[k]} {n}" for k, n in counts.items() if n]
    return "、".join(parts) if parts else "没有新的变更"


# -- import --------------------------------------------------------------------------------------

@collector_paused()
def import_package(ledger: Ledger, path: str | Path, *, passphrase: str | None = None, dry_run: bool = False,
                   confirm_trust: TrustAsk | None = None, progress: Progress | None = None,
                   expected: Mapping[str, Any] | None = None) -> ImportResult:
    """Verify a package, show (dry_run) or apply what it changes. Refusals raise UserError and
    leave the database untouched.

    Applying plans and writes in one write transaction (the replay check too). `expected` is the
    result of the preview the user saw: when the plan made now differs, the result says so
    (`replanned`, and a note)."""
    me = ledger.office_code
    ledger.require("import_packages")
    progress = _checked(progress, "导入")
    env = read_envelope(path)
    inner = None
    try:
        sender = env.sender
        if env.receiver != me:
            raise BadPackage(f"此数据包是发给单位 {env.receiver} 的，不是本单位（{me}），已拒绝导入")
        if sender == me:
            raise BadPackage("这是本单位自己导出的数据包，不能导入")
        fp = fingerprint(env.data["sign_key"], env.data["box_key"])
        if env.data.get("fingerprint") not in (None, fp):
            raise BadPackage("数据包信封中的指纹与公钥不符，已拒绝导入")
        sender_name = str(env.data.get("sender_name") or sender)[:100]
        with ledger.reading():
            office = Office.get_or_none(Office.code == sender)
            _refuse_replay(env, sender, Peer.get_or_none(Peer.code == sender))
            holder = _holder_of_keys(env.data["sign_key"], env.data["box_key"], sender)
        trust_needed = False
        if office is not None and office.sign_public_key:
            if office.sign_public_key != env.data["sign_key"] or office.box_public_key != env.data["box_key"]:
                raise BadPackage(f"数据包的签名密钥与登记的单位 {sender} 的密钥不一致（包内指纹 {fp}，"
                                 f"登记指纹 {office.fingerprint}）：可能被冒用，已拒绝导入。"
                                 "如对方确实更换了密钥，请先电话核对指纹，再导入对方的新公钥", cli_hint="keys import 公钥文件")
            trust_needed = not office.trusted
        else:
            trust_needed = True
        if trust_needed and holder is not None:
            raise BadPackage(f"数据包自称来自单位 {sender}，但其密钥（指纹 {fp}）已登记为单位 {holder.code}"
                             f"（{holder.name}，指纹 {holder.fingerprint}）的密钥，已拒绝导入。如该单位确已更改区划代码，"
                             "请先导入其新公钥并确认该单位已更改区划代码", cli_hint="keys import --office-moved 公钥文件")
        info = {"code": sender, "name": sender_name, "fingerprint": fp, "sign_key": env.data["sign_key"],
                "box_key": env.data["box_key"]}
        if trust_needed and not dry_run:
            if confirm_trust is None or not confirm_trust(info):
                raise UserError(f"单位 {sender}（{sender_name}）尚未受信任，指纹为 {fp}。"
                                "请与对方电话核对指纹后确认信任，再重新导入。本次未导入任何数据", cli_hint="--yes")
        keys = load_keys(me)
        if progress:
            progress(0, 1, "正在解密并校验数据包")
        inner = open_payload(env, box_private=keys.box, passphrase=passphrase)
        manifest = inner.manifest
        holidays = _incoming_holidays(inner, sender, me)
        since, upto = manifest.get("since_seq") or 0, manifest.get("upto_seq") or 0
        info = {"code": sender, "name": sender_name, "fingerprint": fp, "sign_key": env.data["sign_key"],
                "box_key": env.data["box_key"]}

        def preview() -> tuple[merge.Plan, ImportResult]:
            """Plan against the database as it is now (inside the caller's transaction when writing)."""
            peer = Peer.get_or_none(Peer.code == sender)
            _refuse_replay(env, sender, peer)
            the_plan = merge.plan(inner, sender, progress)
            received = json.loads(peer.received) if peer else []
            held = peer.held_seq if peer else 0
            notes = []
            if since > held:
                notes.append(f"尚未收到单位 {sender} 序号 {held + 1}～{since} 的变更：可能有数据包遗失或顺序颠倒。"
                             "已导入本包中较新的数据；对方下次导出时会自动补发缺少的部分")
            ranges, missing = schema.gaps(received, env.number)
            if missing and not manifest.get("full"):
                notes.append(f"来自单位 {sender} 的第 {schema.ranges_text(ranges, missing)} 号数据包尚未导入")
            if trust_needed:
                notes.append(f"单位 {sender}（{sender_name}）尚未受信任，指纹 {fp}：请电话核对后再确认导入")
            if holidays:
                notes.append(f"含上级单位下发的节假日安排（{'、'.join(sorted(holidays['years']))}年，版本 "
                             f"{holidays['version']}）：导入后本单位按此计算期限")
            if the_plan.missing_references:
                notes.append("有记录引用的数据尚未收到，已跳过，补齐后会自动导入")
            invalid = sum(1 for it in the_plan.items if it.outcome == merge.SKIPPED and not it.missing_ref)
            if invalid:
                notes.append(f"有 {invalid} 条记录不符合本单位的录入规则，未导入（见“跳过的记录”，请对方更正后重新导出）")
            skipped: list[SkippedLine] = [{"kind": it.kind, "uuid": it.uuid, "reason": it.reason}
                                          for it in the_plan.items if it.outcome == merge.SKIPPED]
            result: ImportResult = {
                "file_name": env.path.name, "sender": sender, "sender_name": sender_name, "fingerprint": fp,
                "number": env.number, "format": inner.format, "created": manifest.get("created"),
                "full": bool(manifest.get("full")), "trusted_now": trust_needed,
                "encryption": env.data["encryption"].get("method"), "counts": the_plan.counts(),
                "totals": the_plan.totals(), "attachments_new": len(the_plan.blobs_new),
                "conflicts": [{"kind": it.kind, "kind_label": KIND_LABELS[it.kind], "uuid": it.uuid, "label": it.label}
                              for it in the_plan.items if it.outcome == merge.CONFLICT],
                "skipped": skipped[:200],
                "notes": notes, "dry_run": dry_run, "trust_needed": trust_needed,
                "holidays": {"version": holidays["version"], "years": sorted(holidays["years"]), "changed": []}
                if holidays else None,
            }
            return the_plan, result

        if dry_run:
            with ledger.reading():
                return preview()[1]
        backup = None  # no copy of the ledger before each import (its cost grew with the ledger):
        # the import can be undone from the audit trail instead (undo_import, docs/import-undo.md)
        replanned: list[int] = []
        for attempt in range(3):
            try:
                with ledger.atomic():
                    if is_postgres(ledger.db):  # the audit chain's lock first: no audited write of
                        # another program can change what the plan reads until this commits
                        ledger.db.execute_sql("SELECT pg_advisory_xact_lock(%s)", (audit._PG_LOCK_KEY,))
                    the_plan, result = preview()
                    if expected is not None and _plan_key(result) != _plan_key(expected) or replanned:
                        result["notes"].insert(0, "预览之后本单位的数据或已导入的数据包有了变化，已按现在的数据重新核对，"
                                                  "结果与预览不同，以本报告为准")
                    result["replanned"] = bool(replanned) or expected is not None and \
                        _plan_key(result) != _plan_key(expected)
                    result["backup"] = str(backup) if backup else None
                    log_row, extra = _apply(ledger, env, inner, the_plan, result, info, trust_needed, since, upto,
                                            progress)
                    if holidays:
                        before = _holidays_value()
                        shown = result["holidays"]
                        assert shown is not None  # preview() shows the holidays a package brings
                        with ledger.atomic() as w:
                            shown["changed"] = store_override(
                                ledger, w, holidays, f"单位 {sender}（{sender_name}）第 {env.number} 号数据包 {env.path.name}")
                        if shown["changed"]:  # an undo of this import takes the years back too
                            _remember_holidays(log_row, before, _holidays_value())
                break
            except merge.Changed:
                replanned.append(attempt)  # another program changed a record after we planned: plan again
        else:
            raise UserError("导入期间另一个程序一直在修改相同的记录，本次没有任何改动，请稍后再试")
        result["package_id"] = log_row.id
        result["undo_command"] = f"import-undo {log_row.id}"
        result["duplicates"] = privacy.mask(extra["duplicates"])
        return result
    finally:
        env.outer.close()
        if inner is not None:
            inner.close()


def _refuse_replay(env, sender: str, peer: Peer | None) -> None:
    """The same file, or the same number from this sender, is never applied twice."""
    seen = PackageLog.select().where((PackageLog.direction == "in") &
                                     (PackageLog.file_sha256 == env.file_sha256)).exists()
    if seen or (peer is not None and env.number in set(json.loads(peer.received))):
        raise UserError(f"来自单位 {sender} 的第 {env.number} 号数据包已经导入过，本次没有任何改动")


def _holder_of_keys(sign_key: str, box_key: str, code: str) -> Office | None:
    """Another office whose trusted keys these are (a key belongs to one office code)."""
    return Office.select().where((Office.code != code) & (Office.trusted == True) &  # noqa: E712
                                 ((Office.sign_public_key == sign_key) | (Office.box_public_key == box_key))).first()


def _refuse_keys_held_elsewhere(info: KeyInfo, holder: Office | None, office_moved: bool) -> None:
    """Keys trusted for another office code are refused, unless the office has moved to a new code."""
    if holder is not None and not office_moved:
        raise UserError(
            f"此公钥（指纹 {info['fingerprint']}）已登记为单位 {holder.code}（{holder.name}，指纹 "
            f"{holder.fingerprint}）的公钥，不能再信任为单位 {info['code']} 的公钥。如该单位确已更改区划代码，"
            "请核对后确认“该单位已更改区划代码”再导入", cli_hint="--office-moved")


def _plan_key(result: Mapping[str, Any]) -> Any:
    return (result.get("counts"), sorted(c["uuid"] for c in result.get("conflicts", [])))


def _apply(ledger: Ledger, env, inner, the_plan: merge.Plan, result: ImportResult, info: dict[str, Any],
           trust_needed: bool, since: int, upto: int, progress: Progress | None):
    """Write a plan made in this same transaction; returns the package log row and merge extras."""
    sender, me, manifest = env.sender, ledger.office_code, inner.manifest
    if trust_needed:
        _upsert_office(info)
    Peer.insert(code=sender).on_conflict_ignore().execute()
    extra = merge.apply(ledger.db, the_plan, actor=ledger.actor, package=env.path.name, inner=inner,
                        progress=progress)
    p = Peer.get_by_id(sender)
    undo = dict(extra["undo"], peer_held_seq=p.held_seq)
    got = sorted(set(json.loads(p.received)) | {env.number})
    new_held = p.held_seq
    if since <= p.held_seq and not the_plan.missing_references:
        new_held = max(p.held_seq, upto)
    receipt = manifest.get("receipt") if isinstance(manifest.get("receipt"), dict) else None
    confirmed, confirmed_pk = p.confirmed_seq, set(json.loads(p.confirmed_packages))
    if receipt and receipt.get("office") == me:
        confirmed = max(confirmed, receipt["held_seq"])
        confirmed_pk |= set(receipt.get("packages", []))
    Peer.update(received=json.dumps(got), held_seq=new_held, confirmed_seq=confirmed,
                confirmed_packages=json.dumps(sorted(confirmed_pk)), last_in_at=utcnow()).where(
        Peer.code == sender).execute()
    try:
        with ledger.db.atomic():  # a savepoint: a unique-index clash is a replay, not a crash
            log_row = PackageLog.create(
                direction="in", file_name=env.path.name, file_sha256=env.file_sha256, peer=sender,
                number=env.number, format=inner.format, full=bool(manifest.get("full")), since_seq=since,
                upto_seq=upto, encryption=result["encryption"], actor=ledger.actor, path=str(env.path),
                counts=json.dumps({"counts": the_plan.counts(), "notes": result["notes"],
                                   "duplicates": extra["duplicates"], "undo": undo}, ensure_ascii=False),
                summary=_summary_in(the_plan.totals()))
    except IntegrityError:
        raise UserError(f"来自单位 {sender} 的第 {env.number} 号数据包已经导入过，本次没有任何改动") from None
    merge.insert_rows(ImportReportLine, ["package", "kind", "record_uuid", "outcome", "reason", "label"],
                      [(log_row.id, it.kind, it.uuid, it.outcome, it.reason, it.label) for it in the_plan.items])
    return log_row, extra


def _summary_in(t: dict[str, int]) -> str:
    return "，".join(f"{merge.OUTCOME_LABELS[k]} {n}" for k, n in t.items() if n) or "没有记录"


# -- history and reports ---------------------------------------------------------------------------

def package_history(ledger: Ledger, *, limit: int = 200) -> list[PackageEntry]:
    with ledger.reading():
        rows = list(as_dicts(PackageLog.select().order_by(PackageLog.id.desc()).limit(limit)))
        peers = {p.code: p for p in Peer.select()}
    for r in rows:
        p = peers.get(r["peer"])
        if r["direction"] == "out":
            ok = p is not None and (r["number"] in json.loads(p.confirmed_packages) or
                                    (r["upto_seq"] and p.confirmed_seq >= r["upto_seq"]))
            r["state"] = "confirmed" if ok else "sent"
            r["state_label"] = "对方已确认收到" if ok else "已发出，待对方确认"
        elif r["direction"] == UNDONE:
            r["state"], r["state_label"] = "undone", "已撤销导入"
        else:
            r["state"], r["state_label"] = "applied", "已导入"
        r["direction_label"] = "发出" if r["direction"] == "out" else "收到"
        r.pop("counts", None)
    return cast(list[PackageEntry], rows)


def import_report(ledger: Ledger, ref: Any) -> ImportReport:
    """The saved report of one import, by package id or file name."""
    with ledger.reading():
        text = str(ref).strip()
        q = PackageLog.select().where(PackageLog.direction.in_(["in", UNDONE]))
        row = (q.where(PackageLog.id == int(text)).first() if text.isdigit() else
               q.where(PackageLog.file_name == Path(text).name).order_by(PackageLog.id.desc()).first())
        if row is None:
            raise NotFound(f"找不到数据包“{ref}”的导入报告")
        lines = list(as_dicts(ImportReportLine.select().where(ImportReportLine.package == row.id)
                              .order_by(ImportReportLine.id)))
    extra = json.loads(row.counts or "{}")
    return cast(ImportReport, {"package_id": row.id, "file_name": row.file_name, "peer": row.peer, "number": row.number,
            "at": row.at, "actor": row.actor, "summary": row.summary, "counts": extra.get("counts", {}),
            "undone": row.direction == UNDONE, "undoable": row.direction == "in" and "undo" in extra,
            "notes": extra.get("notes", []), "duplicates": privacy.mask(extra.get("duplicates", [])),
            "lines": [{"kind": l["kind"], "kind_label": KIND_LABELS.get(l["kind"], l["kind"]),
                       "uuid": l["record_uuid"], "outcome": l["outcome"],
                       "outcome_label": merge.OUTCOME_LABELS.get(l["outcome"], l["outcome"]),
                       "reason": l["reason"], "label": l["label"]} for l in lines]})


# -- undoing an import (docs/import-undo.md) ---------------------------------------------------------

def _holidays_value() -> str | None:
    row = Setting.get_or_none(Setting.key == HOLIDAYS_SETTING)
    return row.value if row is not None else None


def _remember_holidays(log_row: PackageLog, before: str | None, after: str | None) -> None:
    """The office's holidays override before and after this import, kept with its undo information."""
    extra = json.loads(log_row.counts or "{}")
    if extra.get("undo") is not None:
        extra["undo"]["holidays"] = {"before": before, "after": after}
        PackageLog.update(counts=json.dumps(extra, ensure_ascii=False)).where(PackageLog.id == log_row.id).execute()


def _check_holidays_unchanged(saved: dict[str, Any], row: PackageLog) -> None:
    """Refuse the undo when the office's holidays changed after the import brought them."""
    if _holidays_value() != saved["after"]:
        raise UserError(f"不能撤销：第 {row.id} 次导入带来的节假日安排此后又被修改过（导入了其他节假日文件），"
                        "撤销会丢失那些修改，本次没有任何改动")


def _restore_holidays(w: Any, saved: dict[str, Any], row: PackageLog) -> None:
    """Put back the holidays override the import replaced (audited)."""
    if saved["before"] is None:
        Setting.delete().where(Setting.key == HOLIDAYS_SETTING).execute()
    else:
        Setting.update(value=saved["before"]).where(Setting.key == HOLIDAYS_SETTING).execute()
    w.audit("undo-import", "setting", None, {HOLIDAYS_SETTING: ["（第 %d 次导入的节假日安排）" % row.id, "导入前的安排"]})


UNDONE = "und"  # PackageLog.direction (3 characters) of an undone import: out of the unique index, may come again


@collector_paused()
def undo_import(ledger: Ledger, ref: Any = None) -> UndoResult:
    """Undo one import (by package id or file name; the latest import if None): the records it
    created are removed and the ones it changed get their previous versions back, from the audit
    trail, in one transaction. Refused (nothing changed) when a record it wrote changed since."""
    ledger.require("import_packages")
    from desktop.sync import undo as undoing
    with ledger.atomic():
        if is_postgres(ledger.db):
            ledger.db.execute_sql("SELECT pg_advisory_xact_lock(%s)", (audit._PG_LOCK_KEY,))
        q = PackageLog.select().where(PackageLog.direction.in_(["in", UNDONE]))
        text = "" if ref is None else str(ref).strip()
        row = (q.order_by(PackageLog.id.desc()).first() if not text else
               q.where(PackageLog.id == int(text)).first() if text.isdigit() else
               q.where(PackageLog.file_name == Path(text).name).order_by(PackageLog.id.desc()).first())
        if row is None:
            raise NotFound(f"找不到数据包“{ref}”的导入记录" if text else "还没有导入过数据包")
        if row.direction == UNDONE:
            raise UserError(f"第 {row.id} 次导入（{row.file_name}）已经撤销过了")
        extra = json.loads(row.counts or "{}")
        info = extra.get("undo")
        if not info:
            raise UserError(f"第 {row.id} 次导入（{row.file_name}）早于“撤销导入”功能，无法撤销"
                            "（可从导入前的自动备份恢复），本次没有任何改动")
        holidays = info.get("holidays")
        if holidays:  # checked before anything is written
            _check_holidays_unchanged(holidays, row)
        done = undoing.undo(ledger.db, info, package=row.file_name, actor=ledger.actor, office=ledger.office_code)
        if holidays:
            with ledger.atomic() as w:
                _restore_holidays(w, holidays, row)
            done["holidays"] = True
        peer = Peer.get_or_none(Peer.code == row.peer)
        if peer is not None:
            received = [n for n in json.loads(peer.received) if n != row.number]
            Peer.update(received=json.dumps(received), held_seq=min(peer.held_seq, info.get("peer_held_seq", 0))
                        ).where(Peer.code == row.peer).execute()
        extra["undone"] = {"at": utcnow().isoformat(sep=" "), "actor": ledger.actor, **done}
        PackageLog.update(direction=UNDONE, counts=json.dumps(extra, ensure_ascii=False)).where(
            PackageLog.id == row.id).execute()
    return cast(UndoResult, {
        "package_id": row.id, "file_name": row.file_name, "peer": row.peer, "number": row.number, **done,
        "summary": f"已撤销第 {row.id} 次导入（{row.file_name}）：删除本次新增的记录 {done['removed']} 条，"
                   f"恢复本次修改前的版本 {done['restored']} 条"})


# -- conflicts, duplicates, exchange state ---------------------------------------------------------

def list_conflicts(ledger: Ledger, *, state: str = "open") -> list[ConflictEntry]:
    with ledger.reading():
        q = SyncConflict.select().order_by(SyncConflict.id)
        if state != "all":
            q = q.where(SyncConflict.state == state)
        out: list[ConflictEntry] = []
        for c in q:
            model = MODEL_OF[c.kind]
            rec = model.get_or_none(model.uuid == c.record_uuid)
            label = None
            if rec is not None:
                for key in ("name", "title", "honour_title", "file_name", "number_text"):
                    if key in rec._meta.fields and getattr(rec, key):
                        label = str(getattr(rec, key))
                        break
            out.append({"id": c.id, "kind": c.kind, "kind_label": KIND_LABELS[c.kind], "uuid": c.record_uuid,
                        "record_id": rec.id if rec else None, "label": label or c.record_uuid[:8],
                        "remote_office": c.remote_office, "package": c.package, "state": c.state,
                        "created_at": c.created_at})
    return out


def conflict_detail(ledger: Ledger, conflict_id: int, *, full: bool = False) -> ConflictDetail:
    """One conflict with every field (both values, whether they differ) for the merge dialog:
    values masked by the one masking rule unless `full` (reviewer or administrator; audited)."""
    if full:
        privacy.shown_in_full(ledger, "full")
    detail = _conflict_detail(ledger, conflict_id)
    if not full:
        for f in detail["fields"]:
            f["local"], f["remote"] = privacy.mask_value(f["field"], f["local"]), privacy.mask_value(f["field"], f["remote"])
    return detail


def _conflict_detail(ledger: Ledger, conflict_id: int) -> ConflictDetail:
    with ledger.reading():
        c = SyncConflict.get_or_none(SyncConflict.id == conflict_id)
        if c is None:
            raise NotFound(f"找不到冲突 #{conflict_id}")
        fields = cast(list[ConflictField], resolve.conflict_fields(c))  # labelled below
    from desktop.domain import record_fields
    labels = {}
    spec = {"person": "PERSON", "family_member": "FAMILY", "deed": "DEED", "deed_person": "PARTICIPANT",
            "case": "CASE", "batch": "BATCH", "award": "AWARD", "guarantee": "GUARANTEE", "visit": "VISIT",
            "publicity": "PUBLICITY"}.get(c.kind)
    if spec and isinstance(getattr(record_fields, spec, None), dict):
        labels = {name: getattr(f, "label", name) for name, f in getattr(record_fields, spec).items()}
    labels.setdefault("deleted", "已删除")
    for f in fields:
        f["label"] = labels.get(f["field"], f["field"])
    return {"id": c.id, "kind": c.kind, "kind_label": KIND_LABELS[c.kind], "uuid": c.record_uuid,
            "remote_office": c.remote_office, "package": c.package, "state": c.state, "fields": fields}


def conflict_view(ledger: Ledger, conflict_id: int, *, full: bool = False) -> ConflictView:
    """One conflict for reading: every field that differs with both values, masked like every other
    output unless `full` (reviewer or administrator; audited)."""
    if full:
        privacy.shown_in_full(ledger, "full")  # reviewer or administrator; audited
    detail = _conflict_detail(ledger, conflict_id)
    rows: list[ConflictViewField] = []
    for f in detail["fields"]:
        if not f["differs"]:
            continue
        local, remote = f["local"], f["remote"]
        if not full:
            local, remote = privacy.mask_value(f["field"], local), privacy.mask_value(f["field"], remote)
        rows.append({"field": f["field"], "label": f["label"], "local": local, "remote": remote})
    return {**detail, "fields": rows, "full": bool(full)}


def resolve_conflict(ledger: Ledger, conflict_id: int, choices: dict[str, str]) -> ResolvedConflict:
    """Settle a conflict: per field "local" or "remote" (fields not named keep the local value)."""
    ledger.require("edit_records")
    with ledger.atomic():
        c = SyncConflict.get_or_none(SyncConflict.id == conflict_id)
        if c is None:
            raise NotFound(f"找不到冲突 #{conflict_id}")
        return cast(ResolvedConflict, resolve.resolve(ledger.db, c, choices, office=ledger.office_code,
                                                      actor=ledger.actor))


def list_duplicates(ledger: Ledger) -> list[DuplicateEntry]:
    from desktop.store.models import Person
    with ledger.reading():
        out: list[DuplicateEntry] = []
        for d in DuplicateCandidate.select().where(DuplicateCandidate.state == "open").order_by(DuplicateCandidate.id):
            people = {p.uuid: p for p in Person.select().where(Person.uuid.in_([d.first_uuid, d.second_uuid]))}
            if len(people) != 2 or any(p.deleted for p in people.values()):
                continue
            out.append({"id": d.id, "id_number": privacy.mask_id(d.id_number), "package": d.package,
                        "persons": [{"uuid": u, "id": people[u].id, "name": people[u].name,
                                     "origin": people[u].origin} for u in (d.first_uuid, d.second_uuid)]})
    return out


def merge_duplicate(ledger: Ledger, keep_uuid: str, drop_uuid: str) -> MergedPersons:
    ledger.require("edit_records")
    with ledger.atomic() as w:
        return cast(MergedPersons, resolve.merge_persons(w, keep_uuid, drop_uuid))


def dismiss_duplicate(ledger: Ledger, candidate_id: int) -> None:
    with ledger.atomic():
        DuplicateCandidate.update(state="dismissed").where(DuplicateCandidate.id == candidate_id).execute()


STATE_LABELS = {"unsent": "尚未发送", "sent": "已发送", "confirmed": "对方已确认收到", "conflict": "有冲突待合并"}


def exchange_state(ledger: Ledger, kind: str, record_id: int) -> ExchangeState:
    """The record's exchange state towards each known peer (and conflict if one is open)."""
    if kind not in MODEL_OF:
        raise ValidationError(f"没有记录种类“{kind}”", "kind")
    model = MODEL_OF[kind]
    with ledger.reading():
        rec = model.get_or_none(model.id == record_id)
        if rec is None:
            raise NotFound(f"找不到{KIND_LABELS[kind]}记录 #{record_id}")
        conflict = SyncConflict.select().where((SyncConflict.record_uuid == rec.uuid) &
                                               (SyncConflict.state == "open")).exists()
        peers = list(Peer.select().order_by(Peer.code))
    per_peer: dict[str, PeerState] = {}
    for p in peers:
        state = "confirmed" if rec.seq <= p.confirmed_seq else "sent" if rec.seq <= p.sent_seq else "unsent"
        per_peer[p.code] = {"state": state, "label": STATE_LABELS[state]}
    overall = "conflict" if conflict else (min((v["state"] for v in per_peer.values()),
                                               key=["unsent", "sent", "confirmed"].index) if per_peer else "unsent")
    return {"state": overall, "label": STATE_LABELS[overall], "peers": per_peer}


def exchange_summary(ledger: Ledger) -> list[ExchangeSummaryLine]:
    """Per known office: how many records are not yet sent, sent, or confirmed received."""
    with ledger.reading():
        peers = list(Peer.select().order_by(Peer.code))
        names = {o.code: o.name for o in Office.select()}
        conflicts = SyncConflict.select().where(SyncConflict.state == "open").count()
        out: list[ExchangeSummaryLine] = []
        for p in peers:
            counts = {"unsent": 0, "sent": 0, "confirmed": 0}
            for model in MODEL_OF.values():
                base = model.select().where(model.updated_by != p.code)
                counts["unsent"] += base.where(model.seq > p.sent_seq).count()
                counts["sent"] += base.where((model.seq <= p.sent_seq) & (model.seq > p.confirmed_seq)).count()
                counts["confirmed"] += base.where(model.seq <= p.confirmed_seq).count()
            out.append({"code": p.code, "name": names.get(p.code, p.code), "unsent": counts["unsent"],
                        "sent": counts["sent"], "confirmed": counts["confirmed"], "last_out_at": p.last_out_at,
                        "last_in_at": p.last_in_at, "open_conflicts": conflicts})
    return out
