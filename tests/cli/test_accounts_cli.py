"""Logins, roles, masking, the audit chain, backup and restore through the real command line (issue 7)."""

import json
import os
import sqlite3
import subprocess
import sys

import pytest

PW = {"王管理": "admin-pass-1", "张三": "clerk-pass-1", "李四": "review-pass-1"}


def run(*args, db, user=None, check=True, env=None, input=None):
    cmd = [sys.executable, "-m", "desktop", "--db", str(db)] + list(args)
    e = {k: v for k, v in os.environ.items() if k not in ("YIYONG_USER", "YIYONG_PASSWORD_FILE")}
    e.update(PYTHONIOENCODING="utf-8", **(env or {}))
    if user:
        e.update(YIYONG_USER=user, YIYONG_PASSWORD_FILE=str(db.parent / f"{user}.pw"))
    r = subprocess.run(cmd, capture_output=True, text=True, encoding="utf-8", env=e, input=input,
                       timeout=300, stdin=None if input is not None else subprocess.DEVNULL)
    if check and r.returncode != 0:
        raise AssertionError(f"{cmd} exited {r.returncode}: {r.stderr}")
    return r


@pytest.fixture(scope="module")
def office(tmp_path_factory):
    """An office with an administrator, a clerk and a reviewer, a person and a case ready to decide."""
    folder = tmp_path_factory.mktemp("accounts")
    db = folder / "t.db"
    for name, pw in PW.items():
        (folder / f"{name}.pw").write_text(pw + "\n", encoding="utf-8")
    r = run("init", "--office-code", "330102", "--office-name", "杭州市上城区公安分局",
            "--admin", "王管理", "--admin-password-file", str(folder / "王管理.pw"), db=db)
    assert "已创建管理员账户“王管理”" in r.stdout
    run("user", "add", "张三", "--role", "clerk", "--password-file", str(folder / "张三.pw"), db=db, user="王管理")
    run("user", "add", "李四", "--role", "审核员", "--password-file", str(folder / "李四.pw"), db=db, user="王管理")
    p = json.loads(run("--json", "person", "add", "name=赵六", "id_number=33010219900307006X",
                       "phone=13812345678", "bank_account=6222021234567890123", db=db, user="张三").stdout)
    d = json.loads(run("--json", "deed", "add", "--person", f"{p['id']}:injured", "title=跳河救人",
                       "occurred_on=2026-10-20", "division_code=330102", "category=drowning", "place=新塘河",
                       db=db, user="张三").stdout)
    c = json.loads(run("--json", "case", "open", str(d["id"]), "source=self", "applicant_name=赵六",
                       "received_on=2026-10-22", "applicant_phone=13900001111", db=db, user="张三").stdout)
    run("case", "act", str(c["id"]), "accept", "accepted_on=2026-10-23", "accepting_unit=上城分局", db=db, user="张三")
    run("case", "act", str(c["id"]), "investigate", db=db, user="张三")
    return {"db": db, "person": p["id"], "case": c["id"], "folder": folder}


def test_missing_or_wrong_login_is_refused(office):
    db = office["db"]
    r = run("persons", db=db, check=False)
    assert r.returncode == 1 and "本数据库已启用用户账户，请先登录" in r.stderr and r.stdout == ""
    bad = office["folder"] / "bad.pw"
    bad.write_text("not-the-password", encoding="utf-8")
    r = run("--user", "张三", "--password-file", str(bad), "persons", db=db, check=False)
    assert r.returncode == 1 and "登录失败：用户名或密码不正确" in r.stderr
    r = run("--user", "张三", "persons", db=db, check=False)  # no terminal to ask on
    assert r.returncode == 1 and "--password-file" in r.stderr
    r = run("--user", "张三", "--password-file", str(office["folder"] / "张三.pw"), "persons", db=db)
    assert "赵六" in r.stdout


@pytest.fixture(scope="module")
def confirmed(office):
    """The clerk tries to confirm the case, then the reviewer confirms it (each test that needs
    this has it, whatever ran before)."""
    db, case = office["db"], str(office["case"])
    args = ["case", "act", case, "confirm", "decision_no=上公确〔2026〕3号", "decision_date=2026-11-10"]
    by_clerk = run(*args, db=db, user="张三", check=False)
    by_reviewer = run("--json", *args, db=db, user="李四")
    return {"clerk": by_clerk, "reviewer": json.loads(by_reviewer.stdout)}


def test_clerk_cannot_confirm_reviewer_can(office, confirmed):
    db = office["db"]
    r = confirmed["clerk"]
    assert r.returncode == 1 and r.stderr.strip() == "错误：当前用户（录入员 张三）无权确认案件"
    r = run("user", "add", "孙八", "--role", "clerk", db=db, user="张三", check=False)
    assert r.returncode == 1 and "无权管理用户账户" in r.stderr
    assert confirmed["reviewer"]["state"] == "confirmed"
    r = run("restore", "whatever.db", "--yes", db=db, user="李四", check=False)
    assert r.returncode == 1 and "审核员 李四）无权从备份恢复数据库" in r.stderr


def test_personal_data_masked_unless_role_and_full(office):
    db, pid = office["db"], str(office["person"])
    for who in ("张三", "李四", "王管理"):
        out = run("persons", "--search", "赵六", db=db, user=who).stdout
        assert "3301**********006X" in out and "33010219900307006X" not in out
        shown = json.loads(run("--json", "person", "show", pid, db=db, user=who).stdout)["person"]
        assert (shown["id_number"], shown["phone"], shown["bank_account"]) == (
            "3301**********006X", "138****5678", "6222***********0123")
    case = json.loads(run("--json", "case", "show", str(office["case"]), db=db, user="李四").stdout)
    assert case["applicant_phone"] == "139****1111"
    r = run("person", "show", pid, "--full", db=db, user="张三", check=False)
    assert r.returncode == 1 and "录入员 张三）无权查看完整的证件号码" in r.stderr
    full = json.loads(run("--json", "person", "show", pid, "--full", db=db, user="李四").stdout)["person"]
    assert full["id_number"] == "33010219900307006X" and full["bank_account"] == "6222021234567890123"


def test_audit_names_the_user_and_check_catches_edits_and_deletions(office, confirmed, tmp_path):
    db = office["db"]
    con = sqlite3.connect(db)
    actors = {r[0] for r in con.execute("SELECT actor FROM audit_entry WHERE \"table\" = 'case'")}
    assert actors == {"张三", "李四"}
    con.close()
    assert "检查通过" in run("check", db=db, user="王管理").stdout
    for how, sql, message in (
            ("edited", "UPDATE audit_entry SET changes = replace(changes, '赵六', '钱七') "
                       "WHERE id = (SELECT MIN(id) FROM audit_entry WHERE \"table\" = 'person')", "的内容被改动"),
            ("deleted", "DELETE FROM audit_entry WHERE id = (SELECT MIN(id) + 3 FROM audit_entry)", "被删除或改动")):
        copy = tmp_path / f"{how}.db"
        src = sqlite3.connect(db)
        dst = sqlite3.connect(copy)
        src.backup(dst)
        src.close()
        dst.execute(sql)
        dst.commit()
        dst.close()
        for name in PW:
            (tmp_path / f"{name}.pw").write_text(PW[name], encoding="utf-8")
        r = run("check", db=copy, user="王管理", check=False)
        assert r.returncode == 1 and message in r.stdout + r.stderr, (how, r.stdout, r.stderr)


def test_backup_and_restore_from_the_command_line(office, tmp_path):
    folder = tmp_path / "usb"
    folder.mkdir()
    db = tmp_path / "copy.db"
    src = sqlite3.connect(office["db"])
    dst = sqlite3.connect(db)
    src.backup(dst)
    src.close()
    dst.close()
    for name in PW:
        (tmp_path / f"{name}.pw").write_text(PW[name], encoding="utf-8")
    (tmp_path / "phrase").write_text("口令 correct horse", encoding="utf-8")
    (tmp_path / "wrong").write_text("口令 wrong horse", encoding="utf-8")
    r = run("--json", "backup", "--to", str(folder), "--passphrase-file", str(tmp_path / "phrase"), db=db, user="李四")
    made = json.loads(r.stdout)
    assert made["encrypted"] and made["path"].endswith(".yybak")
    run("person", "add", "name=后来者", db=db, user="张三")
    r = run("restore", made["path"], "--passphrase-file", str(tmp_path / "wrong"), "--yes", db=db, user="王管理",
            check=False)
    assert r.returncode == 1 and "备份口令不正确" in r.stderr
    r = run("restore", made["path"], "--passphrase-file", str(tmp_path / "phrase"), db=db, user="王管理", check=False)
    assert r.returncode == 1 and "--yes" in r.stderr  # no terminal: a script must say --yes
    assert "后来者" in run("persons", db=db, user="王管理").stdout
    r = run("restore", made["path"], "--passphrase-file", str(tmp_path / "phrase"), "--yes", db=db, user="王管理")
    assert "已从备份恢复数据库" in r.stdout and "原数据库保留为" in r.stdout
    assert "后来者" not in run("persons", db=db, user="王管理").stdout
    assert list(tmp_path.glob("copy.db.before-restore-*"))


def test_single_user_mode_and_init_without_admin(tmp_path):
    db = tmp_path / "solo.db"
    run("init", "--office-code", "330102", "--office-name", "杭州市上城区公安分局", db=db)
    run("person", "add", "name=张三", "id_number=33010219900307006X", db=db)
    assert "3301**********006X" in run("persons", db=db).stdout
    assert "33010219900307006X" in run("persons", "--full", db=db).stdout
    r = run("user", "list", db=db)
    assert "单用户模式" in r.stdout
    pw = tmp_path / "short.pw"
    pw.write_text("short", encoding="utf-8")
    r = run("init", "--office-code", "330102", "--office-name", "杭州市上城区公安分局", "--admin", "王管理",
            "--admin-password-file", str(pw), db=db, check=False)
    assert r.returncode == 1 and "密码太短" in r.stderr
