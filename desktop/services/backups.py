"""Backups and restore.

A backup is a consistent copy taken while the program runs: SQLite's online backup API, or
pg_dump (custom format) for PostgreSQL. With a passphrase it is encrypted (scrypt + AES-256-GCM,
in authenticated chunks so that a truncated or altered file is refused). Automatic copies go to
data_dir()/backups/<database>/ each day the program is used and before every import and
restore, and are kept for `backup.keep_days` days. Restore checks the backup completely before
anything is replaced and keeps the current database aside under a timestamped name.
"""

from __future__ import annotations

import datetime as dt
import glob
import os
import re
import shutil
import sqlite3
import struct
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Any, BinaryIO, Callable

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt
from peewee import PostgresqlDatabase

from desktop.domain.errors import Cancelled, UserError
from desktop.domain.settings import BACKUP_DIR, KEEP_DAYS
from desktop.store import audit, migrations
from desktop.store.db import data_dir, is_postgres, open_database
from desktop.store.models import AuditEntry


MAGIC = b"YIYONG-BACKUP-AESGCM-1\n"
SQLITE_MAGIC = b"SQLite format 3\x00"
PGDUMP_MAGIC = b"PGDMP"
CHUNK = 1 << 20
PAGES_PER_STEP = 2048  # about 8 MB at SQLite's 4 KB pages: one step is a few hundredths of a second
# progress(done, total, text) -> False when the user asked to stop
Progress = Callable[[int, int, str], Any]
_SCRYPT = (15, 8, 1)  # log2 n, r, p: about 32 MiB and 0.1 s


# -- encryption --------------------------------------------------------------------------
def _key(passphrase: str, salt: bytes, log_n: int, r: int, p: int) -> bytes:
    return Scrypt(salt=salt, length=32, n=1 << log_n, r=r, p=p).derive(passphrase.encode("utf-8"))


def encrypt_file(src: Path, dst: Path, passphrase: str) -> None:
    if not passphrase:
        raise UserError("备份口令不能为空")
    salt, prefix = os.urandom(16), os.urandom(8)
    header = MAGIC + salt + bytes(_SCRYPT) + prefix
    aes = AESGCM(_key(passphrase, salt, *_SCRYPT))
    with open(src, "rb") as fin, open(dst, "wb") as fout:
        fout.write(header)
        counter = 0
        chunk = fin.read(CHUNK)
        while True:
            following = fin.read(CHUNK)
            last = not following
            nonce = prefix + struct.pack(">I", counter)
            sealed = aes.encrypt(nonce, chunk, header + (b"\x01" if last else b"\x00"))
            fout.write(struct.pack(">I", len(sealed)) + sealed)
            if last:
                break
            chunk, counter = following, counter + 1
        fout.flush()
        os.fsync(fout.fileno())


def is_encrypted(path: Path) -> bool:
    with open(path, "rb") as f:
        return f.read(len(MAGIC)) == MAGIC


def decrypt_file(src: Path, dst: Path, passphrase: str | None) -> None:
    """Decrypt; a wrong passphrase or a damaged file raises UserError and leaves no output."""
    if not passphrase:
        raise UserError(f"备份文件“{src.name}”已加密，请输入设置备份时的口令", cli_hint="--passphrase-file 口令文件")
    try:
        with open(src, "rb") as fin, open(dst, "wb") as fout:
            _decrypt_stream(fin, fout, passphrase, src.name)
    except BaseException:
        dst.unlink(missing_ok=True)
        raise


def _decrypt_stream(fin: BinaryIO, fout: BinaryIO, passphrase: str, name: str) -> None:
    header = fin.read(len(MAGIC) + 16 + 3 + 8)
    if len(header) < len(MAGIC) + 27 or not header.startswith(MAGIC):
        raise UserError(f"“{name}”不是见义勇为工作台的加密备份文件")
    salt = header[len(MAGIC):len(MAGIC) + 16]
    log_n, r, p = header[len(MAGIC) + 16:len(MAGIC) + 19]
    prefix = header[-8:]
    aes = AESGCM(_key(passphrase, salt, log_n, r, p))
    counter = 0
    while True:
        size_bytes = fin.read(4)
        if len(size_bytes) < 4:
            raise UserError(f"备份文件“{name}”不完整（可能复制时中断），无法恢复")
        sealed = fin.read(struct.unpack(">I", size_bytes)[0])
        nonce = prefix + struct.pack(">I", counter)
        at_end = fin.peek(1) == b"" if hasattr(fin, "peek") else False
        try:
            data = aes.decrypt(nonce, sealed, header + (b"\x01" if at_end else b"\x00"))
        except InvalidTag:
            if counter == 0:
                raise UserError(f"备份口令不正确，或备份文件“{name}”已损坏") from None
            raise UserError(f"备份文件“{name}”已损坏或被改动，无法恢复") from None
        fout.write(data)
        if at_end:
            return
        counter += 1


# -- where and what ------------------------------------------------------------------------
def _stamp(now: dt.datetime | None = None) -> str:
    return (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")


def database_slug(ledger) -> str:
    db = ledger.db
    name = db.database if is_postgres(db) else Path(db.database).stem
    return re.sub(r"[^\w.-]+", "_", str(name)) or "yiyong"


def backup_root(ledger) -> Path:
    base = ledger.setting(BACKUP_DIR) or str(data_dir() / "backups")
    path = Path(base) / database_slug(ledger)
    path.mkdir(parents=True, exist_ok=True)
    return path


def _suffix(ledger, encrypted: bool) -> str:
    if encrypted:
        return ".yybak"
    return ".dump" if is_postgres(ledger.db) else ".db"


def _unique(folder: Path, stem: str, suffix: str) -> Path:
    path, n = folder / f"{stem}{suffix}", 1
    while path.exists():
        n += 1
        path = folder / f"{stem}-{n}{suffix}"
    return path


# -- taking a copy -----------------------------------------------------------------------
def _copy_sqlite(ledger, dst: Path, progress: Progress | None = None) -> None:
    """SQLite's online backup, PAGES_PER_STEP pages at a time so that others go on working."""
    ledger.bind()
    if ledger.db.in_transaction():
        raise UserError("不能在修改进行中备份，请稍后再试")
    step = _stepper(progress)
    target = sqlite3.connect(str(dst))
    try:
        # pages copied consistently while others work; a step that finds the source changed by
        # another connection starts again, so the copy is always of one moment
        ledger.db.connection().backup(target, pages=PAGES_PER_STEP if progress else -1,
                                      progress=(lambda _s, left, total: step(total - left, total)) if progress else None)
        target.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
    finally:
        target.close()


def _stepper(progress: Progress | None):
    """progress(done, total, text) wrapped: raises Cancelled once the user asked to stop."""
    def step(done: int, total: int) -> None:
        if progress is not None and progress(done, total, "正在备份数据库") is False:
            raise Cancelled("已取消备份")
    return step


def _pg_tool(name: str) -> str:
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"), key=_pg_version)
    tool = found[-1] if found else shutil.which(name)
    if not tool:
        raise UserError(f"本机没有找到 PostgreSQL 的 {name} 程序，无法备份或恢复 PostgreSQL 数据库")
    return tool


def _pg_version(path: str) -> int:
    m = re.search(r"/postgresql/(\d+)/", path)
    return int(m.group(1)) if m else 0


def _pg_args(db: PostgresqlDatabase, dbname: str | None = None) -> tuple[list[str], dict[str, str]]:
    params = dict(db.connect_params)
    args = []
    if params.get("host"):
        args += ["-h", str(params["host"])]
    if params.get("port"):
        args += ["-p", str(params["port"])]
    if params.get("user"):
        args += ["-U", str(params["user"])]
    env = dict(os.environ)
    if params.get("password"):
        env["PGPASSWORD"] = str(params["password"])
    return args + ["-d", dbname or db.database], env


def _run(cmd: list[str], env: dict[str, str], what: str) -> None:
    done = subprocess.run(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    if done.returncode != 0:
        raise UserError(f"{what}失败：{done.stderr.strip()[:500]}")


def _copy_postgres(ledger, dst: Path, progress: Progress | None = None) -> None:
    args, env = _pg_args(ledger.db)
    cmd = [_pg_tool("pg_dump"), "-Fc", "--no-owner", "-f", str(dst)] + args
    if progress is None:
        _run(cmd, env, "pg_dump 备份")
        return
    # a child process: the caller's thread only watches it, and a cancel ends it
    step = _stepper(progress)
    with tempfile.TemporaryFile() as err:
        child = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=err)
        try:
            while child.poll() is None:
                step(dst.stat().st_size if dst.exists() else 0, 0)
                time.sleep(0.2)
        except BaseException:
            child.kill()
            child.wait()
            raise
        if child.returncode != 0:
            err.seek(0)
            raise UserError(f"pg_dump 备份失败：{err.read().decode('utf-8', 'replace').strip()[:500]}")


def _make(ledger, folder: Path, stem: str, passphrase: str | None, progress: Progress | None = None) -> Path:
    suffix = _suffix(ledger, bool(passphrase))
    final = _unique(folder, stem, suffix)
    # the work files carry the process id: two programs backing up in the same second (e.g. both
    # importing) never write one file at once
    plain = folder / f".{final.name}.{os.getpid()}.partial"
    try:
        if is_postgres(ledger.db):
            _copy_postgres(ledger, plain, progress)
        else:
            _copy_sqlite(ledger, plain, progress)
        if passphrase:
            sealed = folder / f".{final.name}.{os.getpid()}.sealing"
            try:
                encrypt_file(plain, sealed, passphrase)
                final = _unique(folder, stem, suffix)  # another program may have taken the name meanwhile
                os.replace(sealed, final)
            finally:
                sealed.unlink(missing_ok=True)
        else:
            with open(plain, "rb+") as f:
                os.fsync(f.fileno())
            final = _unique(folder, stem, suffix)  # another program may have taken the name meanwhile
            os.replace(plain, final)  # appears whole or not at all
    finally:
        plain.unlink(missing_ok=True)
    return final


def backup_now(ledger, dest_dir: str | os.PathLike, passphrase: str | None = None, *,
               progress: Progress | None = None) -> Path:
    """Copy the database into `dest_dir` (e.g. a USB stick); encrypted when a passphrase is given."""
    ledger.require("backup")
    folder = Path(dest_dir).expanduser()
    if not folder.is_dir():
        raise UserError(f"备份目标文件夹“{folder}”不存在（U 盘是否已插好？）")
    if not os.access(folder, os.W_OK):
        raise UserError(f"备份目标文件夹“{folder}”不可写入")
    return _make(ledger, folder, f"yiyong-{database_slug(ledger)}-{_stamp()}", passphrase, progress)


def keep_days(ledger) -> int:
    return ledger.setting(KEEP_DAYS)


_AUTO = re.compile(r"^auto-(\d{8})-(\d{6})")


def list_backups(ledger) -> list[dict[str, Any]]:
    """The automatic backups of this database, newest first."""
    out = []
    for p in backup_root(ledger).iterdir():
        m = _AUTO.match(p.name)
        if m and not p.name.startswith("."):
            out.append({"path": str(p), "name": p.name, "size": p.stat().st_size,
                        "taken_at": dt.datetime.strptime(m.group(1) + m.group(2), "%Y%m%d%H%M%S")})
    out.sort(key=lambda b: b["name"], reverse=True)
    return out


def daily_backup_due(ledger, *, now: dt.datetime | None = None) -> bool:
    """True when this database has no automatic copy of today yet (and can have one)."""
    if not is_postgres(ledger.db) and str(ledger.db.database) in (":memory:", ""):
        return False
    today = (now or dt.datetime.now()).strftime("%Y%m%d")
    return not any(p.name.startswith(f"auto-{today}-") for p in backup_root(ledger).iterdir())


def automatic_backup(ledger, reason: str, *, now: dt.datetime | None = None,
                     progress: Progress | None = None) -> Path | None:
    """reason "daily": the first use of each day; "import" / "restore": before each of them.

    Returns the new file, or None when today's daily copy exists already (or there is nothing to
    copy). Old automatic copies beyond the kept number of days are removed.
    """
    if not is_postgres(ledger.db) and str(ledger.db.database) in (":memory:", ""):
        return None
    now = now or dt.datetime.now()
    folder = backup_root(ledger)
    today = now.strftime("%Y%m%d")
    if reason == "daily" and any(p.name.startswith(f"auto-{today}-") for p in folder.iterdir()):
        return None
    made = _make(ledger, folder, f"auto-{_stamp(now)}-{reason}", None, progress)
    prune(ledger, now=now)
    return made


def prune(ledger, *, now: dt.datetime | None = None) -> list[Path]:
    """Remove automatic copies older than the kept number of days (the newest always stays)."""
    cutoff = ((now or dt.datetime.now()) - dt.timedelta(days=keep_days(ledger))).strftime("%Y%m%d")
    removed = []
    stale = time.time() - 86400  # copies cut short by a crash or a power cut
    for p in backup_root(ledger).glob(".*"):
        if p.suffix in (".partial", ".sealing") and p.stat().st_mtime < stale:
            p.unlink(missing_ok=True)
    for b in list_backups(ledger)[1:]:
        if _AUTO.match(b["name"]).group(1) < cutoff:
            Path(b["path"]).unlink(missing_ok=True)
            removed.append(Path(b["path"]))
    return removed


# -- checking a backup -------------------------------------------------------------------
def _verify_db(db, name: str) -> dict[str, Any]:
    """Schema version and audit chain of an opened copy; raises UserError when unusable."""
    version = migrations.current_version(db)
    if version == 0:
        raise UserError(f"备份文件“{name}”不是见义勇为工作台的数据库")
    if version > migrations.latest_version():
        raise UserError(f"备份文件“{name}”来自更新版本的程序（数据库版本 {version}），请先升级程序")
    with db.bind_ctx([AuditEntry]):
        problems = audit.verify_chain()
        entries = AuditEntry.select().count()
    if problems:
        raise UserError(f"备份文件“{name}”的审计记录链已断开，拒绝恢复：{problems[0]}")
    return {"schema_version": version, "audit_entries": entries}


def _verify_sqlite(path: Path, name: str) -> dict[str, Any]:
    with open(path, "rb") as f:
        if f.read(16) != SQLITE_MAGIC:
            raise UserError(f"备份文件“{name}”不是 SQLite 数据库备份，或已损坏")
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            rows = [r[0] for r in con.execute("PRAGMA integrity_check").fetchall()]
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise UserError(f"备份文件“{name}”已损坏：{exc}") from None
    if rows != ["ok"]:
        raise UserError(f"备份文件“{name}”未通过完整性检查：{rows[0]}")
    db = open_database(str(path))
    try:
        return _verify_db(db, name)
    finally:
        db.close()


def _plain_copy(file: Path, workdir: Path, passphrase: str | None) -> Path:
    """The backup decrypted (or copied) into workdir, ready to check and move into place."""
    out = workdir / f".restore-{_stamp()}-{os.getpid()}.partial"
    if is_encrypted(file):
        decrypt_file(file, out, passphrase)
    else:
        shutil.copyfile(file, out)
    return out


def verify_backup(file: str | os.PathLike, passphrase: str | None = None) -> dict[str, Any]:
    """Check a backup without touching any database: decrypt, open, integrity, schema, audit chain."""
    file = _existing(file)
    with tempfile.TemporaryDirectory(prefix="yiyong-verify-") as tmp:
        plain = _plain_copy(file, Path(tmp), passphrase)
        with open(plain, "rb") as f:
            head = f.read(16)
        if head.startswith(PGDUMP_MAGIC):
            args = [_pg_tool("pg_restore"), "--list", str(plain)]
            _run(args, dict(os.environ), f"检查备份文件“{file.name}”")
            return {"kind": "postgresql", "encrypted": is_encrypted(file)}
        info = _verify_sqlite(plain, file.name)
        return {"kind": "sqlite", "encrypted": is_encrypted(file), **info}


def _existing(file: str | os.PathLike) -> Path:
    path = Path(file).expanduser()
    if not path.is_file():
        raise UserError(f"备份文件“{path}”不存在")
    return path


# -- restoring ---------------------------------------------------------------------------
def restore(ledger_or_target, file: str | os.PathLike, passphrase: str | None = None) -> dict[str, Any]:
    """Replace the database with a checked backup; the current one is kept aside.

    `ledger_or_target` is an open Ledger (its user needs the restore permission; it stays open on
    the restored database) or a path/URL of a database that nothing has open.
    """
    from desktop.services.ledger import Ledger

    file = _existing(file)
    own = not isinstance(ledger_or_target, Ledger)
    ledger = Ledger.open(ledger_or_target) if own else ledger_or_target
    try:
        ledger.require("restore")
        if is_postgres(ledger.db):
            return _restore_postgres(ledger, file, passphrase)
        return _restore_sqlite(ledger, file, passphrase)
    finally:
        if own:
            ledger.close()


def _reset(ledger) -> None:
    ledger._office = None
    ledger._accounts_on = False


def _restore_sqlite(ledger, file: Path, passphrase: str | None) -> dict[str, Any]:
    current = Path(ledger.db.database).resolve()
    plain = _plain_copy(file, current.parent, passphrase)
    try:
        with open(plain, "rb") as f:
            if f.read(16).startswith(PGDUMP_MAGIC):
                raise UserError(f"“{file.name}”是 PostgreSQL 数据库的备份，不能恢复到 SQLite 数据库")
        info = _verify_sqlite(plain, file.name)
        before = automatic_backup(ledger, "restore")
        aside = current.with_name(f"{current.name}.before-restore-{_stamp()}")
        ledger.bind()
        ledger.db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        ledger.db.close()
        try:
            os.replace(current, aside)
            for extra in ("-wal", "-shm"):
                Path(f"{current}{extra}").unlink(missing_ok=True)
            os.replace(plain, current)
        except OSError as exc:
            if aside.exists() and not current.exists():
                os.replace(aside, current)
            raise UserError(f"无法替换数据库文件“{current}”：{exc}（当前数据库未被改动）") from None
        finally:
            ledger.db.connect(reuse_if_open=True)
        migrations.migrate(ledger.db)  # an older backup is brought up to this program's schema
        _reset(ledger)
    finally:
        plain.unlink(missing_ok=True)
    return {"restored_from": str(file), "kept_aside": str(aside),
            "backup_before": str(before) if before else None, **info}


def _restore_postgres(ledger, file: Path, passphrase: str | None) -> dict[str, Any]:
    db = ledger.db
    name = db.database
    stamp = _stamp().replace("-", "_")
    scratch, aside = f"{name[:36]}_restore_{stamp}", f"{name[:36]}_before_{stamp}"
    with tempfile.TemporaryDirectory(prefix="yiyong-restore-") as tmp:
        plain = _plain_copy(file, Path(tmp), passphrase)
        with open(plain, "rb") as f:
            if not f.read(5).startswith(PGDUMP_MAGIC):
                raise UserError(f"“{file.name}”不是 PostgreSQL 数据库的备份（pg_dump），不能恢复到 PostgreSQL")
        admin = PostgresqlDatabase("postgres", **db.connect_params)
        admin.connect()
        try:
            admin.execute_sql(f'CREATE DATABASE "{scratch}"')
            try:
                args, env = _pg_args(db, scratch)
                _run([_pg_tool("pg_restore"), "--no-owner", "--exit-on-error"] + args + [str(plain)], env,
                     f"恢复备份文件“{file.name}”")
                check = PostgresqlDatabase(scratch, **db.connect_params)
                check.connect()
                try:
                    info = _verify_db(check, file.name)
                finally:
                    check.close()
            except BaseException:
                admin.execute_sql(f'DROP DATABASE IF EXISTS "{scratch}"')
                raise
            before = automatic_backup(ledger, "restore")
            db.close()
            try:
                admin.execute_sql("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                  "WHERE datname = %s AND pid <> pg_backend_pid()", (name,))
                admin.execute_sql(f'ALTER DATABASE "{name}" RENAME TO "{aside}"')
                admin.execute_sql(f'ALTER DATABASE "{scratch}" RENAME TO "{name}"')
            finally:
                db.connect(reuse_if_open=True)
        finally:
            admin.close()
    migrations.migrate(db)
    _reset(ledger)
    return {"restored_from": str(file), "kept_aside": aside,
            "backup_before": str(before) if before else None, **info}
