"""init (office identity) and demo (practice data)."""

from __future__ import annotations

from desktop.commands.text import fields


def register(sub) -> None:
    p = sub.add_parser("init", help="设置本单位（区划代码和名称），首次使用时运行")
    p.add_argument("--office-code", required=True, help="本单位行政区划代码，例如 330102")
    p.add_argument("--office-name", required=True, help="本单位名称，例如 杭州市上城区公安分局")
    p.add_argument("--admin", metavar="NAME", help="同时创建管理员账户（此后须登录才能使用）")
    p.add_argument("--admin-password-file", metavar="FILE", help="管理员密码文件（不给时在终端输入）")
    p.set_defaults(func=init)

    p = sub.add_parser("demo", help="填入虚构的演示数据，供练习使用")
    p.add_argument("--persons", type=int, default=300, help="人员数量（默认 300）")
    p.add_argument("--seed", type=int, default=20261128, help="随机种子（相同种子生成相同数据）")
    p.set_defaults(func=demo)


def init(cli, args) -> int:
    from desktop.services.office import init_office

    from desktop.commands.accounts import read_admin_password

    args.admin_password = read_admin_password(args)  # asked (or read) before anything is written
    ledger = cli.ledger
    ledger.bind()
    with ledger.db.atomic(**({"lock_type": "IMMEDIATE"} if ledger.db.__class__.__name__.startswith("Sqlite")
                             else {})):  # all or nothing: office, keys, administrator
        info = init_office(ledger, args.office_code, args.office_name)
        for hook in INIT_HOOKS:
            hook(cli, args, info)
    cli.emit(info, lambda: "已设置本单位：\n" + fields([("区划代码", info["code"]), ("单位名称", info["name"]),
                                                      ("级别", info["level_label"]), ("所在地", info["division"])]))
    return 0


def make_office_keys(cli, args, info) -> None:
    """init: make the office's signing and encryption key pair."""
    from desktop.services.exchange import ensure_keys

    info["fingerprint"] = ensure_keys(cli.ledger)["fingerprint"]


# Other areas add steps to init (office keys, the administrator account) by appending here.
INIT_HOOKS: list = [make_office_keys]


def demo(cli, args) -> int:
    from desktop.services.demo import generate

    made = generate(cli.ledger, args.persons, seed=args.seed)
    cli.emit(made, lambda: "已生成演示数据（均为虚构）：\n" + fields([
        ("人员", made["persons"]), ("事迹", made["deeds"]), ("确认案件", made["cases"]),
        ("表彰奖励", made["awards"]), ("优抚保障事项", made["guarantees"]), ("走访记录", made["visits"]),
        ("亲属", made["family"])]))
    return 0
