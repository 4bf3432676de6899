"""Accounts, login and permissions.

Until the first administrator is created the ledger works in single-user mode: everything is
allowed (a fresh `init`, the test fixtures, the demo). Once an account exists, a ledger without a
logged-in user may only read, and each write service asks `ledger.require(permission)`.
Passwords are kept only as argon2id hashes; repeated failures lock the account for a while.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass
from typing import Any

from argon2 import PasswordHasher
from peewee import OperationalError
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from desktop.domain import roles
from desktop.domain.errors import NotAllowed, ValidationError
from desktop.domain.settings import IDLE_MINUTES, LOCK_MINUTES, MAX_FAILURES
from desktop.store import audit
from desktop.store.accounts import User
from desktop.store.db import SQLITE_PRAGMAS
from desktop.store.models import utcnow

MIN_PASSWORD = 8

_hasher = PasswordHasher()  # argon2id, salted, memory-hard (library defaults: 64 MiB, t=3)


@dataclass(frozen=True)
class CurrentUser:
    """Who is logged in to a Ledger (ledger.user)."""

    name: str
    display_name: str
    role: str

    @property
    def role_label(self) -> str:
        return roles.ROLES[self.role].label

    def can(self, permission: str) -> bool:
        return roles.allows(self.role, permission)


# -- settings -------------------------------------------------------------------
def policy(ledger) -> dict[str, int]:
    """Lock-out and idle-lock settings (domain/settings.py: bad values read as the defaults)."""
    return {key: ledger.setting(key) for key in (MAX_FAILURES, LOCK_MINUTES, IDLE_MINUTES)}


# -- the mode -------------------------------------------------------------------
def accounts_exist(ledger) -> bool:
    """True once any account was created (accounts are disabled, never deleted, so this sticks)."""
    if getattr(ledger, "_accounts_on", False):
        return True
    ledger.bind()
    on = ledger.db.execute_sql("SELECT 1 FROM user_account LIMIT 1").fetchone() is not None  # cheap: asked per write
    if on:
        ledger._accounts_on = True
    return on


def require(ledger, permission: str) -> None:
    """Refuse unless the logged-in user's role has `permission` (always allowed in single-user mode)."""
    user = getattr(ledger, "user", None)
    if user is None:
        if accounts_exist(ledger):
            raise NotAllowed("尚未登录：本数据库已启用用户账户，只有登录后才能"
                             f"{roles.PERMISSIONS.get(permission, permission)}，请先登录",
                             cli_hint="--user 用户名")
        return
    with ledger.reading():
        row = User.get_or_none(User.name == user.name)
    if row is None or not row.active:
        raise NotAllowed(f"账户“{user.name}”已被停用，不能继续操作")
    if row.role != user.role:  # an administrator changed the role meanwhile: obey the new one
        user = _current(row)
        ledger.user = user
    if not user.can(permission):
        raise NotAllowed(roles.refusal(user.role, user.display_name or user.name, permission))


def can(ledger, permission: str) -> bool:
    try:
        require(ledger, permission)
        return True
    except NotAllowed:
        return False


# -- validation -----------------------------------------------------------------
def _clean_name(name: str) -> str:
    name = unicodedata.normalize("NFKC", str(name or "")).strip()
    if not name:
        raise ValidationError("用户名不能为空", "name")
    if len(name) > 50:
        raise ValidationError(f"用户名“{name[:20]}…”太长（最多 50 个字）", "name")
    if any(c.isspace() for c in name):
        raise ValidationError(f"用户名“{name}”不能包含空格", "name")
    return name


def _check_password(password: str, name: str) -> None:
    if password is None or len(password) < MIN_PASSWORD:
        raise ValidationError(f"密码太短：至少需要 {MIN_PASSWORD} 个字符", "password")
    if password.strip() != password:
        raise ValidationError("密码的开头和结尾不能是空格", "password")
    if password == name:
        raise ValidationError("密码不能与用户名相同", "password")


def _current(row: User) -> CurrentUser:
    return CurrentUser(row.name, row.display_name, row.role)


def _public(row: User, now: dt.datetime | None = None) -> dict[str, Any]:
    now = now or utcnow()
    locked = bool(row.locked_until and row.locked_until > now)
    return {"id": row.id, "name": row.name, "display_name": row.display_name, "role": row.role,
            "role_label": roles.ROLES[row.role].label if row.role in roles.ROLES else row.role,
            "active": row.active, "locked": locked,
            "locked_until": row.locked_until if locked else None,
            "failed_attempts": row.failed_attempts, "created_at": row.created_at,
            "last_login_at": row.last_login_at, "last_login_text": _local(row.last_login_at)}


def _local(at: dt.datetime | None) -> str:
    """A stored UTC time as the PC's local time, for people to read."""
    return at.replace(tzinfo=dt.timezone.utc).astimezone().strftime("%Y-%m-%d %H:%M") if at else ""


def _audit(ledger, action: str, changes: dict[str, Any]) -> None:
    audit.append(ledger.db, actor=ledger.actor, office=ledger.office_code_or_blank() or None,
                 action=action, table="user_account", record_uuid=None, changes=changes)


def _get(name: str) -> User:
    row = User.get_or_none(User.name == name)
    if row is None:
        raise ValidationError(f"没有名为“{name}”的用户", "name")
    return row


# -- creating and changing accounts ---------------------------------------------------
def create_first_admin(ledger, name: str, password: str, display_name: str | None = None) -> dict[str, Any]:
    """The first run: create the administrator. Refused once any account exists."""
    if accounts_exist(ledger):
        raise NotAllowed("已经有管理员账户，不能再次创建首个管理员；请由管理员用 user add 添加用户")
    return _create(ledger, name, password, "admin", display_name, first=True)


def create_user(ledger, name: str, password: str, role: str, display_name: str | None = None) -> dict[str, Any]:
    """Add an account (administrators only; the very first account must be an administrator)."""
    role = roles.parse_role(role)
    if not accounts_exist(ledger):
        if role != "admin":
            raise ValidationError("第一个账户必须是管理员", "role", cli_hint="--role admin")
        return _create(ledger, name, password, role, display_name, first=True)
    require(ledger, "manage_accounts")
    return _create(ledger, name, password, role, display_name)


def _create(ledger, name, password, role, display_name, first: bool = False) -> dict[str, Any]:
    name = _clean_name(name)
    display_name = (display_name or "").strip() or name
    _check_password(password, name)
    hashed = _hasher.hash(password)
    with ledger.atomic():
        if first and User.select().exists():
            raise NotAllowed("已经有管理员账户，不能再次创建首个管理员")
        if User.select().where(User.name == name).exists():
            raise ValidationError(f"用户名“{name}”已被使用", "name")
        row = User.create(name=name, display_name=display_name, role=role, password_hash=hashed)
        _audit(ledger, "create", {"name": [None, name], "display_name": [None, display_name],
                                  "role": [None, role]})
    ledger._accounts_on = True
    return _public(row)


def list_users(ledger) -> list[dict[str, Any]]:
    with ledger.reading():
        return [_public(r) for r in User.select().order_by(User.id)]


def _active_admins(exclude: str) -> int:
    return User.select().where((User.role == "admin") & (User.active == True) &  # noqa: E712
                               (User.name != exclude)).count()


def set_active(ledger, name: str, active: bool) -> dict[str, Any]:
    """Disable (or enable again) an account. The last active administrator cannot be disabled."""
    require(ledger, "manage_accounts")
    with ledger.atomic():
        row = _get(name)
        if not active and row.role == "admin" and _active_admins(row.name) == 0:
            raise NotAllowed(f"“{name}”是唯一的在用管理员，不能停用")
        if row.active != active:
            User.update(active=active, failed_attempts=0, locked_until=None).where(User.id == row.id).execute()
            _audit(ledger, "update", {"name": [name, name], "active": [row.active, active]})
        return _public(User.get_by_id(row.id))


def set_role(ledger, name: str, role: str) -> dict[str, Any]:
    require(ledger, "manage_accounts")
    role = roles.parse_role(role)
    with ledger.atomic():
        row = _get(name)
        if row.role == "admin" and role != "admin" and _active_admins(row.name) == 0:
            raise NotAllowed(f"“{name}”是唯一的在用管理员，不能改为其他角色")
        if row.role != role:
            User.update(role=role).where(User.id == row.id).execute()
            _audit(ledger, "update", {"name": [name, name], "role": [row.role, role]})
        return _public(User.get_by_id(row.id))


def unlock(ledger, name: str) -> dict[str, Any]:
    require(ledger, "manage_accounts")
    with ledger.atomic():
        row = _get(name)
        User.update(failed_attempts=0, locked_until=None).where(User.id == row.id).execute()
        _audit(ledger, "unlock", {"name": [name, name], "failed_attempts": [row.failed_attempts, 0]})
        return _public(User.get_by_id(row.id))


def change_password(ledger, name: str, new_password: str, old_password: str | None = None) -> dict[str, Any]:
    """Change one's own password (the old one is needed), or reset anyone's as administrator."""
    user = getattr(ledger, "user", None)
    own = user is not None and user.name == name
    if not own:
        require(ledger, "manage_accounts")
    with ledger.reading():
        row = _get(name)
    if own:
        if old_password is None or not _verify(row.password_hash, old_password):
            raise ValidationError("原密码不正确", "old_password")
    _check_password(new_password, row.name)
    hashed = _hasher.hash(new_password)
    with ledger.atomic():
        User.update(password_hash=hashed, failed_attempts=0, locked_until=None).where(User.id == row.id).execute()
        _audit(ledger, "password", {"name": [name, name], "password": ["（已更改）", "（已更改）"]})
    return list_users_by_name(ledger, name)


def list_users_by_name(ledger, name: str) -> dict[str, Any]:
    with ledger.reading():
        return _public(_get(name))


# -- logging in -------------------------------------------------------------------
def _verify(hashed: str, password: str) -> bool:
    try:
        return _hasher.verify(hashed, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def authenticate(ledger, name: str, password: str, *, now: dt.datetime | None = None) -> CurrentUser:
    """Check a name and password; count failures and lock the account after too many."""
    now = now or utcnow()
    name = unicodedata.normalize("NFKC", str(name or "")).strip()
    rules = policy(ledger)
    wrong = "用户名或密码不正确"
    with ledger.reading():
        row = User.get_or_none(User.name == name)
    if row is None:
        _verify(_dummy_hash(), password or "")  # same cost as a real check: no hint which names exist
        raise NotAllowed(f"登录失败：{wrong}")
    if not row.active:
        raise NotAllowed(f"登录失败：账户“{name}”已停用，请联系管理员")
    if row.locked_until and row.locked_until > now:
        raise NotAllowed(_locked_message(name, row.locked_until, rules))
    if _verify(row.password_hash, password or ""):
        if row.failed_attempts or row.locked_until or _hasher.check_needs_rehash(row.password_hash):
            with ledger.atomic():
                User.update(failed_attempts=0, locked_until=None, last_login_at=now).where(User.id == row.id).execute()
                if _hasher.check_needs_rehash(row.password_hash):
                    User.update(password_hash=_hasher.hash(password)).where(User.id == row.id).execute()
        else:  # a login that only reads must not wait for (or fail on) another program's write
            _note_login(ledger, row.id, now)
        return _current(row)
    with ledger.atomic():  # the failure is counted even though the login is refused
        fresh = User.get_by_id(row.id)
        failures = (0 if fresh.locked_until and fresh.locked_until <= now else fresh.failed_attempts) + 1
        locked_until = None
        if failures >= rules[MAX_FAILURES]:
            locked_until = now + dt.timedelta(minutes=rules[LOCK_MINUTES])
        User.update(failed_attempts=failures, locked_until=locked_until).where(User.id == row.id).execute()
        _audit(ledger, "lock" if locked_until else "login_failed",
               {"name": [name, name], "failed_attempts": [fresh.failed_attempts, failures]})
    if locked_until:
        raise NotAllowed(_locked_message(name, locked_until, rules))
    left = rules[MAX_FAILURES] - failures
    raise NotAllowed(f"登录失败：{wrong}（再错 {left} 次账户将被锁定 {rules[LOCK_MINUTES]} 分钟）")


def _note_login(ledger, user_id: int, now: dt.datetime) -> None:
    """Record the time of a login if the database is free right now; skipped (never waited for)
    while another program writes."""
    from desktop.store.db import is_postgres
    db = ledger.db
    ledger.bind()
    try:
        if is_postgres(db):
            with db.atomic():
                db.execute_sql("SET LOCAL lock_timeout = 1")
                User.update(last_login_at=now).where(User.id == user_id).execute()
        else:
            db.execute_sql("PRAGMA busy_timeout = 0")
            try:
                with db.atomic(lock_type="IMMEDIATE"):
                    User.update(last_login_at=now).where(User.id == user_id).execute()
            finally:
                db.execute_sql(f"PRAGMA busy_timeout = {SQLITE_PRAGMAS['busy_timeout']}")
    except OperationalError:
        pass  # busy: the login stands, its time is not noted


def _locked_message(name: str, until: dt.datetime, rules: dict[str, int]) -> str:
    local = until.replace(tzinfo=dt.timezone.utc).astimezone().strftime("%H:%M")
    return (f"账户“{name}”因连续 {rules[MAX_FAILURES]} 次密码错误已被锁定，"
            f"请在 {local} 之后再试，或请管理员解锁")


def login(ledger, name: str, password: str, *, now: dt.datetime | None = None) -> CurrentUser:
    """Authenticate and make the user the ledger's current user (audit entries name them)."""
    user = authenticate(ledger, name, password, now=now)
    ledger.login(user)
    return user


_DUMMY: list[str] = []


def _dummy_hash() -> str:
    if not _DUMMY:
        _DUMMY.append(_hasher.hash("yiyong-no-such-user"))
    return _DUMMY[0]
