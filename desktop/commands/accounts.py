"""user add / list / disable / enable / unlock / role / passwd, backup, restore, and the login."""

from __future__ import annotations

import getpass
import logging
import os
import sys
from pathlib import Path

from desktop.commands.office import INIT_HOOKS
from desktop.commands.text import fields, table
from desktop.domain.errors import UserError

log = logging.getLogger("desktop")


def register(sub) -> None:
    user = sub.add_parser("user", help="用户账户：新增、列出、停用、改密码（需要管理员权限）")
    usub = user.add_subparsers(dest="user_command", metavar="ACTION", required=True)
    p = usub.add_parser("add", help="新增用户：NAME --role clerk|reviewer|admin（录入员/审核员/管理员）")
    p.add_argument("name", help="登录名，例如 张三 或 zhangsan")
    p.add_argument("--role", required=True, help="角色：clerk（录入员）、reviewer（审核员）、admin（管理员）")
    p.add_argument("--display-name", help="显示的姓名（默认与登录名相同）")
    p.add_argument("--password-file", dest="new_password_file", metavar="FILE",
                   help="从文件读取新用户的密码（不给时在终端输入）")
    p.set_defaults(func=add_user)
    p = usub.add_parser("list", help="列出全部用户")
    p.set_defaults(func=list_users)
    for name, text, func in (("disable", "停用用户（记录保留，不能再登录）", disable_user),
                             ("enable", "重新启用已停用的用户", enable_user),
                             ("unlock", "解除因密码错误造成的锁定", unlock_user)):
        p = usub.add_parser(name, help=text)
        p.add_argument("name")
        p.set_defaults(func=func)
    p = usub.add_parser("role", help="更改用户角色：NAME ROLE")
    p.add_argument("name")
    p.add_argument("role")
    p.set_defaults(func=role_user)
    p = usub.add_parser("passwd", help="修改密码：不给 NAME 时修改自己的密码；管理员可重设他人的密码")
    p.add_argument("name", nargs="?", help="用户名（默认：当前登录的用户）")
    p.add_argument("--password-file", dest="new_password_file", metavar="FILE",
                   help="从文件读取新密码（不给时在终端输入）")
    p.add_argument("--old-password-file", metavar="FILE", help="修改自己的密码时的原密码（默认：登录时用的密码）")
    p.set_defaults(func=passwd)

    p = sub.add_parser("history", help="一条记录的修改历史（审计记录）：KIND ID，如 history person 12")
    p.add_argument("kind", help="记录种类：person、deed、case、batch、award、guarantee、visit …")
    p.add_argument("id", help="编号或 UUID")
    p.add_argument("--full", action="store_true", help="显示完整的证件号码等（需审核员或管理员）")
    p.set_defaults(func=history)

    p = sub.add_parser("backup", help="立即备份数据库到指定文件夹（如 U 盘）；给出口令时加密")
    p.add_argument("--to", required=True, metavar="DIR", help="备份到的文件夹")
    p.add_argument("--passphrase-file", metavar="FILE", help="从文件读取备份口令，备份将被加密")
    p.set_defaults(func=backup)

    p = sub.add_parser("restore", help="从备份恢复数据库（先检查备份，当前数据库改名保留）")
    p.add_argument("file", metavar="FILE", help="备份文件（.db、.dump 或加密的 .yybak）")
    p.add_argument("--passphrase-file", metavar="FILE", help="加密备份的口令文件")
    p.add_argument("--yes", action="store_true", help="不再询问，直接恢复（供脚本使用）")
    p.set_defaults(func=restore)


# -- reading secrets --------------------------------------------------------------------
def read_secret_file(path: str, what: str) -> str:
    p = Path(path).expanduser()
    try:
        text = p.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise UserError(f"{what}文件“{p}”不存在") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise UserError(f"无法读取{what}文件“{p}”：{exc}") from None
    secret = text.splitlines()[0] if text.splitlines() else ""
    if not secret:
        raise UserError(f"{what}文件“{p}”是空的")
    return secret


def _interactive() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def ask_secret(prompt: str, what: str, *, twice: bool = False, option: str = "--password-file") -> str:
    if not _interactive():
        raise UserError(f"需要{what}：请用 {option} 文件 提供，或在终端中运行以便输入")
    first = getpass.getpass(prompt)
    if twice and getpass.getpass("再输入一次：") != first:
        raise UserError(f"两次输入的{what}不一致")
    return first


def _new_password(path: str | None, who: str) -> str:
    if path:
        return read_secret_file(path, "密码")
    return ask_secret(f"请输入“{who}”的新密码：", "密码", twice=True)


# -- the login (Cli.login_hook) --------------------------------------------------------------
def login_hook(cli, ledger) -> None:
    """Log in as --user / YIYONG_USER once the ledger is open; refused logins exit 1."""
    from desktop.services import accounts

    args = cli.args
    name = getattr(args, "user", None) or os.environ.get("YIYONG_USER")
    pw_file = getattr(args, "password_file", None) or os.environ.get("YIYONG_PASSWORD_FILE")
    if accounts.accounts_exist(ledger):
        if not name:
            raise UserError("本数据库已启用用户账户，请先登录：--user 用户名 --password-file 密码文件"
                            "（或设置环境变量 YIYONG_USER、YIYONG_PASSWORD_FILE）")
        password = read_secret_file(pw_file, "密码") if pw_file else ask_secret(
            f"用户“{name}”的密码：", "密码")
        accounts.login(ledger, name, password)
        cli.login_password = password
    elif name:
        ledger.actor = name  # single-user mode: the name is still written in the audit trail
    _daily_backup(ledger)


def _daily_backup(ledger) -> None:
    from desktop.services.backups import automatic_backup

    try:
        automatic_backup(ledger, "daily")
    except Exception as exc:  # a full disk must not stop the day's work; it is logged and shown
        log.warning("automatic backup failed: %s", exc)
        sys.stderr.write(f"警告：今日自动备份失败：{getattr(exc, 'message', exc)}\n")


# -- init --admin --------------------------------------------------------------------------
def read_admin_password(args) -> str | None:
    """init --admin: the administrator's password, from its file or typed twice (None without --admin)."""
    if not getattr(args, "admin", None):
        return None
    return (read_secret_file(args.admin_password_file, "管理员密码") if args.admin_password_file
            else ask_secret(f"请设置管理员“{args.admin}”的密码：", "管理员密码", twice=True,
                            option="--admin-password-file"))


def init_admin(cli, args, info) -> None:
    from desktop.services.accounts import create_first_admin

    if not getattr(args, "admin", None):
        return
    password = getattr(args, "admin_password", None) or read_admin_password(args)
    user = create_first_admin(cli.ledger, args.admin, password)
    info["admin"] = user["name"]
    if not cli.args.json:
        sys.stdout.write(f"已创建管理员账户“{user['name']}”；以后请用 --user {user['name']} 登录\n")


if init_admin not in INIT_HOOKS:
    INIT_HOOKS.append(init_admin)


# -- user ... --------------------------------------------------------------------------------
def _user_text(u) -> str:
    return fields([("用户名", u["name"]), ("姓名", u["display_name"]), ("角色", u["role_label"]),
                   ("状态", _state(u))])


def _state(u) -> str:
    if not u["active"]:
        return "已停用"
    return "已锁定" if u["locked"] else "正常"


def add_user(cli, args) -> int:
    from desktop.services.accounts import create_user

    cli.ledger.require("manage_accounts")  # refuse before asking for a password
    password = _new_password(args.new_password_file, args.name)
    u = create_user(cli.ledger, args.name, password, args.role, args.display_name)
    cli.emit(u, "已新增用户：\n" + _user_text(u))
    return 0


def list_users(cli, args) -> int:
    from desktop.services.accounts import list_users as users

    rows = users(cli.ledger)
    cli.emit(rows, lambda: table(["用户名", "姓名", "角色", "状态", "最近登录"],
                                 [[u["name"], u["display_name"], u["role_label"], _state(u),
                                   u["last_login_text"]]
                                  for u in rows]) if rows else "尚未建立用户账户（单用户模式）")
    return 0


def disable_user(cli, args) -> int:
    from desktop.services.accounts import set_active

    u = set_active(cli.ledger, args.name, False)
    cli.emit(u, f"已停用用户“{u['name']}”")
    return 0


def enable_user(cli, args) -> int:
    from desktop.services.accounts import set_active

    u = set_active(cli.ledger, args.name, True)
    cli.emit(u, f"已启用用户“{u['name']}”")
    return 0


def unlock_user(cli, args) -> int:
    from desktop.services.accounts import unlock

    u = unlock(cli.ledger, args.name)
    cli.emit(u, f"已解除用户“{u['name']}”的锁定")
    return 0


def role_user(cli, args) -> int:
    from desktop.services.accounts import set_role

    u = set_role(cli.ledger, args.name, args.role)
    cli.emit(u, f"用户“{u['name']}”的角色已改为{u['role_label']}")
    return 0


def passwd(cli, args) -> int:
    from desktop.services.accounts import change_password

    ledger = cli.ledger
    me = ledger.user.name if ledger.user else None
    name = args.name or me
    if not name:
        raise UserError("尚未建立用户账户；请指明用户名，或先用 init --admin 创建管理员")
    old = None
    if name != me:
        ledger.require("manage_accounts")
    else:
        old = (read_secret_file(args.old_password_file, "原密码") if args.old_password_file
               else getattr(cli, "login_password", None))
    u = change_password(ledger, name, _new_password(args.new_password_file, name), old)
    cli.emit(u, f"已修改用户“{u['name']}”的密码")
    return 0


# -- backup / restore ---------------------------------------------------------------------------
def backup(cli, args) -> int:
    from desktop.services.backups import backup_now

    passphrase = read_secret_file(args.passphrase_file, "备份口令") if args.passphrase_file else None
    path = backup_now(cli.ledger, args.to, passphrase)
    data = {"path": str(path), "encrypted": bool(passphrase), "size": path.stat().st_size}
    cli.emit(data, f"已备份到 {path}（{path.stat().st_size / 1024:.0f} KB" +
             ("，已加密）" if passphrase else "，未加密：请妥善保管）"))
    return 0


def restore(cli, args) -> int:
    from desktop.services.backups import restore as do_restore, verify_backup

    passphrase = read_secret_file(args.passphrase_file, "备份口令") if args.passphrase_file else None
    ledger = cli.ledger
    ledger.require("restore")
    info = verify_backup(args.file, passphrase)  # checked before anyone is asked anything
    if not args.yes:
        if not _interactive():
            raise UserError("恢复会替换当前数据库：请在终端中确认，或加 --yes 参数")
        answer = input(f"备份“{Path(args.file).name}”检查通过。用它替换当前数据库吗？"
                       "当前数据库将改名保留。[y/N] ").strip().lower()
        if answer not in ("y", "yes", "是"):
            raise UserError("已取消恢复，数据库未改动")
    done = do_restore(ledger, args.file, passphrase)
    done["checked"] = info
    cli.emit(done, lambda: "已从备份恢复数据库：\n" + fields([
        ("备份文件", done["restored_from"]), ("原数据库保留为", done["kept_aside"]),
        ("恢复前自动备份", done["backup_before"]), ("审计记录条数", done.get("audit_entries"))]))
    return 0


# -- history -------------------------------------------------------------------------------------
def history(cli, args) -> int:
    from desktop.services.history import record_history

    h = record_history(cli.ledger, args.kind, args.id, full=args.full)

    def text() -> str:
        lines = [f"{h['kind_label']} {h['id']} 的修改历史："]
        for e in h["entries"]:
            where = f"（随数据包 {e['package']} 导入）" if e["package"] else ""
            lines.append(f"{e['at']:%Y-%m-%d %H:%M:%S}  {e['actor']}  {e['action_label']}{where}")
            lines += [f"    {c['label']}：{'' if c['before'] is None else c['before']} → "
                      f"{'' if c['after'] is None else c['after']}" for c in e["changes"]]
        return "\n".join(lines)
    cli.emit(h, text)
    return 0
