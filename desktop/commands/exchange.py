"""export / import / import-report / packages / conflicts / keys: exchange by USB."""

from __future__ import annotations

import sys
from pathlib import Path

from desktop.commands.text import fields, table
from desktop.domain.errors import UserError


class UsageError(UserError):
    exit_code = 2


def register(sub) -> None:
    p = sub.add_parser("export", help="导出数据包（签名并加密）到文件夹，例如 U 盘")
    p.add_argument("--to", required=True, metavar="DIR", help="导出到的文件夹")
    p.add_argument("--peer", metavar="CODE", help="接收单位区划代码（默认：上级单位）")
    p.add_argument("--full", action="store_true", help="全量导出（默认只导出对方尚未确认收到的变更）")
    p.add_argument("--passphrase-file", metavar="FILE", help="用口令加密（尚无对方公钥时），口令从文件读取")
    p.add_argument("--format", type=int, choices=(1, 2), default=2,
                   help="数据包格式版本（对方尚未升级时用 1）")
    p.add_argument("--holidays", nargs="?", const=True, metavar="FILE",
                   help="随包下发节假日安排（仅发往下级单位）：不带文件为本单位的节假日安排，或指定节假日文件")
    p.set_defaults(func=export)

    p = sub.add_parser("import", help="导入数据包：先校验，再预览或写入")
    p.add_argument("file", metavar="FILE", help="数据包文件（.yyp）")
    p.add_argument("--dry-run", action="store_true", help="只预览将要发生的变化，不写入")
    p.add_argument("--passphrase-file", metavar="FILE", help="口令加密的数据包：口令文件")
    p.add_argument("--yes", action="store_true", help="信任首次来包的单位而不再询问（供脚本使用）")
    p.set_defaults(func=import_)

    p = sub.add_parser("import-undo", help="撤销一次导入：删除该次新增的记录，把该次改动的记录恢复为导入前的版本")
    p.add_argument("package", nargs="?", metavar="ID_OR_FILE", help="导入记录编号或数据包文件名（默认：最近一次导入）")
    p.set_defaults(func=import_undo)

    p = sub.add_parser("import-report", help="重新查看某次导入的报告")
    p.add_argument("package", metavar="ID_OR_FILE", help="导入记录编号或数据包文件名")
    p.add_argument("--all", action="store_true", help="列出每一条记录（默认只列出非“无变化”的）")
    p.set_defaults(func=import_report)

    p = sub.add_parser("packages", help="已发出和已收到的数据包历史")
    p.add_argument("--limit", type=int, default=50)
    p.set_defaults(func=packages)

    p = sub.add_parser("conflicts", help="列出待人工合并的冲突；conflicts show ID 逐项列出双方不同的字段")
    p.add_argument("action", nargs="?", choices=["show"], help="show：查看一条冲突")
    p.add_argument("id", nargs="?", type=int, metavar="ID", help="冲突编号")
    p.add_argument("--full", action="store_true", help="显示完整的证件号码、电话、银行账号（需审核员或管理员，记入审计）")
    p.set_defaults(func=conflicts)
    p = sub.add_parser("resolve", help="合并冲突：ID [字段=local|remote ...]，未列出的字段保留本地值")
    p.add_argument("id", type=int)
    p.add_argument("choices", nargs="*", metavar="FIELD=local|remote")
    p.set_defaults(func=resolve)

    p = sub.add_parser("exchange-state", help="一条记录的交换状态：KIND ID（尚未发送/已发送/对方已确认/冲突）")
    p.add_argument("kind", help="记录种类：person、deed、case、award …")
    p.add_argument("id", type=int)
    p.set_defaults(func=exchange_state)

    keys = sub.add_parser("keys", help="本单位密钥：show 显示指纹，export 导出公钥，import 信任对方公钥")
    ks = keys.add_subparsers(dest="keys_command", metavar="ACTION", required=True)
    p = ks.add_parser("show", help="显示本单位公钥指纹（电话中核对用）及已登记的单位")
    p.set_defaults(func=keys_show)
    p = ks.add_parser("export", help="把本单位公钥写入文件，带给对方单位")
    p.add_argument("file", metavar="FILE")
    p.set_defaults(func=keys_export)
    p = ks.add_parser("import", help="导入并信任对方单位的公钥（先核对指纹）")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--yes", action="store_true", help="不再询问，直接信任（供脚本使用）")
    p.add_argument("--office-moved", action="store_true",
                   help="该单位更改了区划代码：把已登记在原代码下的同一公钥改为新代码（原代码不再受信任）")
    p.set_defaults(func=keys_import)


def _passphrase(path: str | None) -> str | None:
    if not path:
        return None
    p = Path(path)
    if not p.is_file():
        raise UserError(f"找不到口令文件“{p}”")
    try:
        text = p.read_text(encoding="utf-8").strip("\r\n")
    except UnicodeDecodeError:
        raise UserError(f"口令文件“{p}”不是 UTF-8 文本") from None
    if not text:
        raise UserError(f"口令文件“{p}”是空的")
    return text


def _asker(args, what: str):
    def ask(info) -> bool:
        if args.yes:
            return True
        if not sys.stdin.isatty():
            return False
        sys.stderr.write(f"{what}：单位 {info['code']}（{info['name']}）\n指纹：{info['fingerprint']}\n")
        if info.get("moved_from"):
            sys.stderr.write(f"注意：该公钥原登记为单位 {info['moved_from']}，确认后原代码不再受信任\n")
        if info.get("replaces"):
            sys.stderr.write(f"注意：这将替换原登记的公钥（原指纹 {info['replaces']}）\n")
        sys.stderr.write("请与对方电话核对指纹。确认信任？[y/N] ")
        sys.stderr.flush()
        return sys.stdin.readline().strip().lower() in ("y", "yes", "是")
    return ask


def _progress(cli):
    if cli.args.json or not sys.stderr.isatty():
        return None

    def progress(done, total, text):
        sys.stderr.write(f"\r{text} {done}/{total}   ")
        sys.stderr.flush()
        return True
    return progress


def export(cli, args) -> int:
    from desktop.services.exchange import export_package

    r = export_package(cli.ledger, args.to, peer=args.peer, full=args.full,
                       passphrase=_passphrase(args.passphrase_file), fmt=args.format, progress=_progress(cli),
                       holidays=args.holidays)
    if not cli.args.json and sys.stderr.isatty():
        sys.stderr.write("\n")
    counts = "、".join(f"{k} {v}" for k, v in r["counts"].items() if v) or "没有新的变更"
    cli.emit(r, lambda: r["path"] if not sys.stdout.isatty() else
             f"{r['path']}\n（{'全量' if r['full'] else '增量'}，第 {r['number']} 号，发往 {r['peer']}：{counts}）")
    return 0


def _preview_text(r) -> str:
    from desktop.sync.codec import KIND_LABELS
    from desktop.sync.merge import OUTCOME_LABELS, OUTCOMES

    head = [("数据包", r["file_name"]), ("来自", f"{r['sender']} {r['sender_name']}"), ("指纹", r["fingerprint"]),
            ("序号", r["number"]), ("格式版本", r["format"]), ("状态", "预览（未写入）" if r["dry_run"] else "已导入")]
    if r.get("backup"):
        head.append(("导入前备份", r["backup"]))
    if r.get("undo_command"):
        head.append(("撤销本次导入", r["undo_command"]))
    rows = [[KIND_LABELS.get(k, k)] + [c[o] for o in OUTCOMES] for k, c in r["counts"].items()]
    out = fields(head) + "\n\n" + table(["种类"] + [OUTCOME_LABELS[o] for o in OUTCOMES], rows)
    if r["conflicts"]:
        out += "\n\n冲突（两个版本均已保留，请在“数据交换”页或用 resolve 命令逐项合并）：\n"
        out += "\n".join(f"  {c['kind_label']} {c['label']}（{c['uuid'][:8]}）" for c in r["conflicts"][:50])
    if r["skipped"]:
        out += "\n\n跳过的记录：\n" + "\n".join(f"  {s['kind']} {s['uuid'][:8]}：{s['reason']}" for s in r["skipped"][:50])
    for note in r["notes"]:
        out += f"\n注意：{note}"
    for d in r.get("duplicates") or []:
        out += f"\n疑似同一人（身份证号 {d['id_number']}，{d['name']}）被两处分别登记，可在“数据交换”页合并"
    return out


def import_(cli, args) -> int:
    from desktop.services.exchange import import_package

    r = import_package(cli.ledger, args.file, passphrase=_passphrase(args.passphrase_file), dry_run=args.dry_run,
                       confirm_trust=_asker(args, "首次收到该单位的数据包"), progress=_progress(cli))
    if not cli.args.json and sys.stderr.isatty():
        sys.stderr.write("\n")
    cli.emit(r, lambda: _preview_text(r))
    return 0


def import_undo(cli, args) -> int:
    from desktop.services.exchange import undo_import

    r = undo_import(cli.ledger, args.package)
    cli.emit(r, lambda: r["summary"] + (f"；重新开启冲突 {r['conflicts_reopened']} 条" if r["conflicts_reopened"] else ""))
    return 0


def import_report(cli, args) -> int:
    from desktop.services.exchange import import_report as report

    r = report(cli.ledger, args.package)
    lines = [l for l in r["lines"] if args.all or l["outcome"] != "unchanged"]
    cli.emit(r, lambda: fields([("数据包", r["file_name"]), ("来自", r["peer"]), ("导入时间", r["at"]),
                                ("操作人", r["actor"]), ("结果", r["summary"])]) + "\n\n" +
             table(["种类", "记录", "UUID", "结果", "原因"],
                   [[l["kind_label"], l["label"], l["uuid"][:8] if l["uuid"] else "", l["outcome_label"],
                     l["reason"] or ""] for l in lines]) +
             "".join(f"\n注意：{n}" for n in r["notes"]))
    return 0


def packages(cli, args) -> int:
    from desktop.services.exchange import package_history

    rows = package_history(cli.ledger, limit=args.limit)
    cli.emit(rows, lambda: table(["编号", "方向", "对方", "序号", "文件", "时间", "内容", "状态"],
                                 [[r["id"], r["direction_label"], r["peer"], r["number"], r["file_name"],
                                   str(r["at"])[:19], r["summary"], r["state_label"]] for r in rows])
             if rows else "还没有发出或收到过数据包")
    return 0


def conflicts(cli, args) -> int:
    from desktop.services.exchange import conflict_view, list_conflicts

    if args.action == "show" or args.id is not None:
        if args.id is None:
            raise UsageError("请给出冲突编号：conflicts show ID")
        r = conflict_view(cli.ledger, args.id, full=args.full)
        cli.emit(r, lambda: fields([("冲突", f"#{r['id']} {r['kind_label']} {r['uuid']}"),
                                    ("对方单位", r["remote_office"]), ("数据包", r["package"]), ("状态", r["state"])])
                 + "\n\n" + (table(["字段", "名称", "本单位的值", "对方的值"],
                                    [[f["field"], f["label"], _shown(f["local"]), _shown(f["remote"])]
                                     for f in r["fields"]]) if r["fields"] else "双方的值已没有不同")
                 + f"\n\n合并：resolve {r['id']} 字段=local|remote …（未列出的字段保留本单位的值）")
        return 0
    if args.full:
        raise UsageError("--full 只用于 conflicts show ID")
    rows = list_conflicts(cli.ledger)
    cli.emit(rows, lambda: table(["编号", "种类", "记录", "对方单位", "数据包"],
                                 [[r["id"], r["kind_label"], r["label"], r["remote_office"], r["package"]]
                                  for r in rows]) if rows else "没有待合并的冲突")
    return 0


def _shown(value) -> str:
    if value is None or value == "":
        return "（空）"
    if isinstance(value, bool):
        return "是" if value else "否"
    return str(value).replace("\n", " ")[:80]


def resolve(cli, args) -> int:
    from desktop.services.exchange import resolve_conflict

    choices = {}
    for item in args.choices:
        if "=" not in item:
            raise UserError(f"“{item}”应写成 字段=local 或 字段=remote")
        k, v = item.split("=", 1)
        choices[k.strip()] = v.strip()
    r = resolve_conflict(cli.ledger, args.id, choices)
    cli.emit(r, lambda: f"已合并冲突 #{args.id}，采用对方值的字段：{'、'.join(r['changed']) or '无'}")
    return 0


def keys_show(cli, args) -> int:
    from desktop.services.exchange import key_info, offices

    info = key_info(cli.ledger)
    others = [o for o in offices(cli.ledger) if not o["is_self"]]
    data = dict(info, offices=others)
    cli.emit(data, lambda: fields([("本单位", f"{info['code']} {info['name']}"), ("公钥指纹", info["fingerprint"])])
             + ("\n\n已登记的单位：\n" + table(["代码", "名称", "指纹", "受信任"],
                                          [[o["code"], o["name"], o["fingerprint"], o["trusted"]] for o in others])
                if others else ""))
    return 0


def keys_export(cli, args) -> int:
    from desktop.services.exchange import export_public_key

    r = export_public_key(cli.ledger, args.file)
    cli.emit(r, lambda: f"已写出本单位公钥：{r['path']}\n指纹：{r['fingerprint']}")
    return 0


def keys_import(cli, args) -> int:
    from desktop.services.exchange import import_public_key

    r = import_public_key(cli.ledger, args.file, _asker(args, "导入公钥"), office_moved=args.office_moved)
    cli.emit(r, lambda: f"已信任单位 {r['code']}（{r['name']}），指纹：{r['fingerprint']}" +
             (f"\n原代码 {r['moved_from']} 下的同一公钥已不再受信任" if r.get("moved_from") else ""))
    return 0


def exchange_state(cli, args) -> int:
    from desktop.services.exchange import exchange_state as state

    kinds = {"family": "family_member", "participant": "deed_person", "event": "case_event"}
    r = state(cli.ledger, kinds.get(args.kind, args.kind), args.id)
    cli.emit(r, lambda: f"交换状态：{r['label']}" + "".join(
        f"\n  对单位 {code}：{v['label']}" for code, v in r["peers"].items()))
    return 0
