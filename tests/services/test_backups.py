"""Backups while running, encrypted copies, automatic copies and restore (issue 7)."""

import datetime as dt
import os
import shutil
import sqlite3

import pytest

from desktop.domain.errors import NotAllowed, UserError
from desktop.services import accounts, backups, persons
from desktop.services.integrity import check
from desktop.services.ledger import Ledger
from desktop.store.models import Person


def names(ledger):
    with ledger.reading():
        return sorted(p.name for p in Person.select())


def test_plain_round_trip_keeps_current_aside(sqlite_ledger, tmp_path):
    ledger = sqlite_ledger
    persons.create_person(ledger, {"name": "张三"})
    usb = tmp_path / "usb"
    usb.mkdir()
    copy = backups.backup_now(ledger, usb)
    assert copy.suffix == ".db" and backups.verify_backup(copy)["schema_version"] >= 2
    persons.create_person(ledger, {"name": "李四"})
    done = backups.restore(ledger, copy)
    assert names(ledger) == ["张三"]  # the ledger works on at once, on the restored data
    persons.create_person(ledger, {"name": "王五"})
    assert check(ledger)["ok"]
    aside = Ledger.open(done["kept_aside"])
    assert names(aside) == ["张三", "李四"]
    aside.close()
    ledger.bind()
    assert done["backup_before"] and os.path.exists(done["backup_before"])


def test_encrypted_round_trip_and_wrong_passphrase(sqlite_ledger, tmp_path):
    ledger = sqlite_ledger
    persons.create_person(ledger, {"name": "张三", "id_number": "33010219900307006X"})
    copy = backups.backup_now(ledger, tmp_path, passphrase="正确的口令 phrase")
    data = copy.read_bytes()
    assert copy.suffix == ".yybak" and b"SQLite format" not in data and "张三".encode() not in data
    persons.create_person(ledger, {"name": "李四"})
    with pytest.raises(UserError, match="备份口令不正确"):
        backups.restore(ledger, copy, passphrase="错误的口令")
    with pytest.raises(UserError, match="已加密，请输入设置备份时的口令"):
        backups.restore(ledger, copy)
    assert names(ledger) == ["张三", "李四"]  # untouched
    backups.restore(ledger, copy, passphrase="正确的口令 phrase")
    assert names(ledger) == ["张三"]


def test_damaged_backups_are_refused_and_the_database_untouched(sqlite_ledger, tmp_path):
    ledger = sqlite_ledger
    persons.create_person(ledger, {"name": "张三"})
    plain = backups.backup_now(ledger, tmp_path)
    sealed = backups.backup_now(ledger, tmp_path, passphrase="secret-phrase")
    persons.create_person(ledger, {"name": "李四"})
    inode = os.stat(ledger.db.database).st_ino
    files = sorted(os.listdir(tmp_path))

    broken = tmp_path / "broken.db"  # a page in the middle overwritten
    data = bytearray(plain.read_bytes())
    data[4096 * 3:4096 * 3 + 600] = os.urandom(600)
    broken.write_bytes(bytes(data))
    with pytest.raises(UserError, match="broken.db"):
        backups.restore(ledger, broken)
    cut = tmp_path / "cut.yybak"  # copying to the stick was interrupted
    cut.write_bytes(sealed.read_bytes()[:-100])
    with pytest.raises(UserError, match="不完整|已损坏"):
        backups.restore(ledger, cut, passphrase="secret-phrase")
    flipped = tmp_path / "flipped.yybak"
    raw = bytearray(sealed.read_bytes())
    raw[-50] ^= 1
    flipped.write_bytes(bytes(raw))
    with pytest.raises(UserError, match="已损坏或被改动|口令不正确"):
        backups.restore(ledger, flipped, passphrase="secret-phrase")
    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("CREATE TABLE x (a)").connection.commit()
    with pytest.raises(UserError, match="不是见义勇为工作台的数据库"):
        backups.restore(ledger, other)
    assert names(ledger) == ["张三", "李四"]
    assert [f for f in os.listdir(ledger.db.database.rsplit("/", 1)[0]) if "before-restore" in f] == []
    assert sorted(os.listdir(tmp_path)) == sorted(files + ["broken.db", "cut.yybak", "flipped.yybak", "other.db"])
    assert os.stat(ledger.db.database).st_ino == inode  # the same file, never replaced


def test_a_backup_with_an_edited_audit_trail_is_refused(sqlite_ledger, tmp_path):
    ledger = sqlite_ledger
    persons.create_person(ledger, {"name": "张三"})
    copy = backups.backup_now(ledger, tmp_path)
    con = sqlite3.connect(copy)
    con.execute("UPDATE audit_entry SET actor = '某人' WHERE id = (SELECT MAX(id) FROM audit_entry)")
    con.commit()
    con.close()
    with pytest.raises(UserError, match="审计记录链已断开"):
        backups.restore(ledger, copy)


def test_automatic_backups_daily_before_restore_and_pruned(sqlite_ledger, tmp_path):
    ledger = sqlite_ledger
    ledger.set_setting(backups.BACKUP_DIR, str(tmp_path / "auto"))
    ledger.set_setting(backups.KEEP_DAYS, "7")
    day = dt.datetime(2026, 11, 1, 9, 0)
    first = backups.automatic_backup(ledger, "daily", now=day)
    assert first and first.name == "auto-20261101-090000-daily.db"
    assert backups.automatic_backup(ledger, "daily", now=day + dt.timedelta(hours=3)) is None
    assert backups.automatic_backup(ledger, "import", now=day + dt.timedelta(hours=3)) is not None
    for n in range(1, 10):
        backups.automatic_backup(ledger, "daily", now=day + dt.timedelta(days=n))
    kept = [b["name"][5:13] for b in backups.list_backups(ledger)]
    assert kept == [f"202611{d:02d}" for d in range(10, 2, -1)]  # 7 days back from the 10th


def test_restore_needs_the_administrator(sqlite_ledger, tmp_path):
    ledger = sqlite_ledger
    copy = backups.backup_now(ledger, tmp_path)
    accounts.create_first_admin(ledger, "王管理", "admin-pass-1")
    accounts.login(ledger, "王管理", "admin-pass-1")
    accounts.create_user(ledger, "李四", "review-pass-1", "reviewer")
    accounts.create_user(ledger, "张三", "clerk-pass-1", "clerk")
    ledger.user = None
    accounts.login(ledger, "张三", "clerk-pass-1")
    with pytest.raises(NotAllowed, match="录入员 张三）无权备份数据库"):
        backups.backup_now(ledger, tmp_path)
    ledger.user = None
    accounts.login(ledger, "李四", "review-pass-1")
    backups.backup_now(ledger, tmp_path)
    with pytest.raises(NotAllowed, match="审核员 李四）无权从备份恢复数据库"):
        backups.restore(ledger, copy)


@pytest.mark.skipif(not shutil.which("pg_dump") and not os.path.exists("/usr/lib/postgresql/15/bin/pg_dump"),
                    reason="本机没有 pg_dump")
def test_round_trip_on_each_engine(ledger, tmp_path):
    """SQLite's online backup, or pg_dump and pg_restore into a checked scratch database."""
    persons.create_person(ledger, {"name": "张三"})
    copy = backups.backup_now(ledger, tmp_path, passphrase="secret-phrase")
    persons.create_person(ledger, {"name": "李四"})
    done = backups.restore(ledger, copy, passphrase="secret-phrase")
    assert names(ledger) == ["张三"]
    persons.create_person(ledger, {"name": "王五"})
    assert check(ledger)["ok"] and names(ledger) == sorted(["王五", "张三"])
    assert done["kept_aside"]
