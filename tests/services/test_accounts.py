"""Accounts, roles and their enforcement in the services (issue 7)."""

import datetime as dt

import pytest

from desktop.domain import roles
from desktop.domain.errors import NotAllowed, ValidationError
from desktop.services import accounts, awards, cases, deeds, office, persons
from desktop.store.accounts import User
from desktop.store.models import AuditEntry

DEED = {"title": "跳河救起落水儿童", "occurred_on": "2026-10-20", "division_code": "330102",
        "place": "上城区新塘河畔", "category": "drowning", "narrative": "……"}
PW = {"王管理": "admin-pass-1", "张三": "clerk-pass-1", "李四": "review-pass-1"}


def staff(ledger):
    """An administrator, a clerk and a reviewer; the ledger is left logged out."""
    accounts.create_first_admin(ledger, "王管理", PW["王管理"])
    accounts.login(ledger, "王管理", PW["王管理"])
    accounts.create_user(ledger, "张三", PW["张三"], "clerk")
    accounts.create_user(ledger, "李四", PW["李四"], "审核员")
    ledger.user = None


def as_user(ledger, name):
    ledger.user = None
    return accounts.login(ledger, name, PW[name])


def accepted_case(ledger):
    a = persons.create_person(ledger, {"name": "赵六"})
    d = deeds.record_deed(ledger, DEED, [{"person_id": a["id"], "outcome": "injured"}])
    c = cases.open_case(ledger, d["id"], {"source": "self", "applicant_name": "赵六", "received_on": "2026-10-22"})
    c = cases.act(ledger, c["id"], "accept", {"accepted_on": "2026-10-23", "accepting_unit": "上城分局"})
    return a, cases.act(ledger, c["id"], "investigate")


def test_roles_are_data_with_chinese_refusals():
    assert roles.allows("reviewer", "decide_case") and not roles.allows("clerk", "decide_case")
    assert all(roles.allows("admin", p) for p in roles.PERMISSIONS)
    assert not roles.allows("reviewer", "restore") and not roles.allows("clerk", "view_sensitive")
    assert roles.parse_role("录入员") == "clerk" and roles.parse_role("Reviewer".lower()) == "reviewer"
    assert roles.refusal("clerk", "张三", "decide_case") == "当前用户（录入员 张三）无权确认案件"
    with pytest.raises(ValidationError, match="未知的角色“boss”"):
        roles.parse_role("boss")


def test_single_user_mode_allows_everything(ledger):
    assert not accounts.accounts_exist(ledger)
    _, c = accepted_case(ledger)
    c = cases.act(ledger, c["id"], "confirm", {"decision_no": "上公确〔2026〕3号", "decision_date": "2026-11-10"})
    assert c["state"] == "confirmed"


def test_clerk_edits_but_cannot_confirm_and_reviewer_can(ledger):
    staff(ledger)
    as_user(ledger, "张三")
    a, c = accepted_case(ledger)  # a clerk enters and moves the case up to the decision
    with pytest.raises(NotAllowed, match=r"^当前用户（录入员 张三）无权确认案件$"):
        cases.act(ledger, c["id"], "confirm", {"decision_no": "上公确〔2026〕3号", "decision_date": "2026-11-10"})
    assert cases.get_case(ledger, c["id"])["state"] == c["state"]  # nothing written
    as_user(ledger, "李四")
    c = cases.act(ledger, c["id"], "confirm", {"decision_no": "上公确〔2026〕3号", "decision_date": "2026-11-10"})
    assert c["state"] == "confirmed"
    with ledger.reading():
        actors = [e.actor for e in AuditEntry.select().where(AuditEntry.table == "case")
                  .order_by(AuditEntry.id)]
    assert actors[0] == "张三" and actors[-1] == "李四"  # the trail names the logged-in users


def test_payments_need_a_reviewer_and_settings_an_administrator(ledger):
    staff(ledger)
    as_user(ledger, "张三")
    p = persons.create_person(ledger, {"name": "钱七"})
    b = awards.create_batch(ledger, {"title": "2026年度表彰", "level": "county", "year": "2026"})
    award = awards.add_award(ledger, b["id"], p["id"], {"honour_title": "见义勇为先进个人", "amount": "5000"})
    with pytest.raises(NotAllowed, match="录入员 张三）无权审批或登记奖励发放"):
        awards.update_award(ledger, award["id"], {"payment_state": "approved"})
    with pytest.raises(NotAllowed, match="无权修改系统设置"):
        office.init_office(ledger, "330102", "改名")
    as_user(ledger, "李四")
    assert awards.update_award(ledger, award["id"], {"payment_state": "approved"})["payment_state"] == "approved"
    with pytest.raises(NotAllowed, match="审核员 李四）无权管理用户账户"):
        accounts.create_user(ledger, "孙八", "another-pass", "clerk")
    with pytest.raises(NotAllowed, match="无权修改系统设置"):
        office.init_office(ledger, "330102", "改名")
    as_user(ledger, "王管理")
    assert office.init_office(ledger, "330102", "杭州市上城区公安分局见义勇为办")["name"].endswith("见义勇为办")


def test_without_login_only_reading_once_accounts_exist(ledger):
    staff(ledger)
    assert persons.search_persons(ledger, "") == []
    with pytest.raises(NotAllowed, match="尚未登录"):
        persons.create_person(ledger, {"name": "周九"})
    with ledger.reading():
        assert not AuditEntry.select().where(AuditEntry.table == "person").exists()


def test_lock_out_after_repeated_failures(ledger):
    staff(ledger)
    now = dt.datetime(2026, 11, 28, 9, 0)
    for left in (4, 3, 2, 1):
        with pytest.raises(NotAllowed, match=f"用户名或密码不正确（再错 {left} 次"):
            accounts.authenticate(ledger, "张三", "wrong-password", now=now)
    with pytest.raises(NotAllowed, match="连续 5 次密码错误已被锁定"):
        accounts.authenticate(ledger, "张三", "wrong-password", now=now)
    with pytest.raises(NotAllowed, match="已被锁定"):  # even the right password, while locked
        accounts.authenticate(ledger, "张三", PW["张三"], now=now + dt.timedelta(minutes=14))
    user = accounts.authenticate(ledger, "张三", PW["张三"], now=now + dt.timedelta(minutes=16))
    assert user.role == "clerk"
    with ledger.reading():
        row = User.get(User.name == "张三")
        assert row.failed_attempts == 0 and row.locked_until is None
        assert AuditEntry.select().where(AuditEntry.action == "lock").count() == 1
    with pytest.raises(NotAllowed, match="^登录失败：用户名或密码不正确$"):  # no hint which names exist
        accounts.authenticate(ledger, "无此人", "whatever-pass", now=now)


def test_passwords_are_only_kept_as_argon2_hashes(sqlite_ledger):
    staff(sqlite_ledger)
    with sqlite_ledger.reading():
        hashes = [u.password_hash for u in User.select()]
    assert all(h.startswith("$argon2id$") for h in hashes) and len(set(hashes)) == 3
    raw = open(sqlite_ledger.db.database, "rb").read()
    assert PW["张三"].encode() not in raw


def test_account_management_rules(sqlite_ledger):
    ledger = sqlite_ledger
    with pytest.raises(ValidationError, match="第一个账户必须是管理员"):
        accounts.create_user(ledger, "张三", PW["张三"], "clerk")
    with pytest.raises(ValidationError, match="密码太短：至少需要 8 个字符"):
        accounts.create_first_admin(ledger, "王管理", "short")
    staff(ledger)
    with pytest.raises(NotAllowed, match="已经有管理员账户"):
        accounts.create_first_admin(ledger, "另一个", "another-pass")
    as_user(ledger, "王管理")
    with pytest.raises(ValidationError, match="用户名“张三”已被使用"):
        accounts.create_user(ledger, "张三", "another-pass", "clerk")
    with pytest.raises(NotAllowed, match="唯一的在用管理员"):
        accounts.set_active(ledger, "王管理", False)
    accounts.set_active(ledger, "张三", False)
    with pytest.raises(NotAllowed, match="账户“张三”已停用"):
        accounts.authenticate(ledger, "张三", PW["张三"])
    accounts.change_password(ledger, "李四", "brand-new-pass")  # an administrator resets it
    as_user_li = accounts.login(ledger, "李四", "brand-new-pass")
    assert as_user_li.name == "李四"
    with pytest.raises(ValidationError, match="原密码不正确"):
        accounts.change_password(ledger, "李四", "another-new-pass", "wrong-old-pass")
    accounts.change_password(ledger, "李四", "another-new-pass", "brand-new-pass")
    with pytest.raises(NotAllowed):
        accounts.authenticate(ledger, "李四", "brand-new-pass")


def test_a_disabled_or_demoted_user_is_stopped_at_once(sqlite_ledger):
    ledger = sqlite_ledger
    staff(ledger)
    as_user(ledger, "李四")
    other = type(ledger)(ledger.db, actor="x")  # another window of the same office
    accounts.login(other, "王管理", PW["王管理"])
    accounts.set_role(other, "李四", "clerk")
    with pytest.raises(NotAllowed, match="录入员 李四"):
        ledger.require("decide_case")
    accounts.set_active(other, "李四", False)
    with pytest.raises(NotAllowed, match="已被停用"):
        persons.create_person(ledger, {"name": "周九"})
