"""persons, person show / add / set / delete, family add."""

from __future__ import annotations

from desktop.commands.text import fields, parse_assignments, table
from desktop.domain.record_fields import PERSON
from desktop.services.privacy import protect


def register(sub) -> None:
    p = sub.add_parser("persons", help="查找人员：姓名、拼音（全拼或首字母）、证件号码（全部或末几位）")
    p.add_argument("--search", default="", metavar="TEXT", help="检索内容，如 张三、zs、zhangsan、1234")
    p.add_argument("--limit", type=int, default=50, help="最多显示条数（默认 50）")
    p.add_argument("--offset", type=int, default=0, help="跳过前若干条")
    p.add_argument("--state", help="人员状态：unhurt / injured / disabled / deceased")
    p.add_argument("--migrant", action="store_true", help="只显示外来务工人员")
    p.add_argument("--full", action="store_true", help="显示完整的证件号码、电话、银行账号（需审核员或管理员）")
    p.set_defaults(func=list_persons)

    person = sub.add_parser("person", help="查看、新增、修改或删除一名人员")
    psub = person.add_subparsers(dest="person_command", metavar="ACTION", required=True)
    p = psub.add_parser("show", help="显示一名人员的全部信息（事迹、确认、表彰、保障、亲属、走访…）")
    p.add_argument("id", help="人员编号或 UUID")
    p.add_argument("--full", action="store_true", help="显示完整的证件号码、电话、银行账号（需审核员或管理员）")
    p.set_defaults(func=show_person)
    p = psub.add_parser("add", help="新增人员：FIELD=VALUE …（至少 name=姓名）")
    p.add_argument("assignments", nargs="+", metavar="FIELD=VALUE")
    p.set_defaults(func=add_person)
    p = psub.add_parser("set", help="修改人员字段：ID FIELD=VALUE …（与界面相同的检查）",
                        epilog="字段：" + "、".join(f"{s.name}（{s.label}）" for s in PERSON.values()))
    p.add_argument("id", help="人员编号或 UUID")
    p.add_argument("assignments", nargs="+", metavar="FIELD=VALUE")
    p.add_argument("--expect-version", type=int, help="仅当记录版本仍为此值时才保存（防止覆盖他人修改）")
    p.set_defaults(func=set_person)
    p = psub.add_parser("delete", help="删除人员（留下删除标记，随数据包传递）")
    p.add_argument("id")
    p.set_defaults(func=delete_person)

    fam = sub.add_parser("family", help="人员的亲属")
    fsub = fam.add_subparsers(dest="family_command", metavar="ACTION", required=True)
    p = fsub.add_parser("add", help="为人员添加亲属：PERSON_ID FIELD=VALUE …")
    p.add_argument("person_id")
    p.add_argument("assignments", nargs="+", metavar="FIELD=VALUE")
    p.set_defaults(func=add_family)


def _row_text(rows) -> str:
    if not rows:
        return "没有找到符合条件的人员"
    return table(["编号", "姓名", "性别", "出生日期", "证件号码", "状态", "外来务工", "工作单位"],
                 [[r["id"], r["name"], r.get("gender_label"), r["birth_date"], r["id_number"],
                   r.get("state_label"), r["migrant_worker"], r["employer"]] for r in rows])


def list_persons(cli, args) -> int:
    from desktop.services.persons import count_persons, search_persons

    filters = {"state": args.state, "migrant_worker": True if args.migrant else None}
    rows = search_persons(cli.ledger, args.search, limit=args.limit, offset=args.offset, filters=filters)
    rows = protect(cli.ledger, rows, full=args.full)  # masked unless the role may and --full asks
    total = count_persons(cli.ledger, args.search, filters) if not cli.args.json else None
    cli.emit(rows, lambda: _row_text(rows) + f"\n共 {total} 人" + (f"，显示 {len(rows)} 人" if total != len(rows) else ""))
    return 0


def _person_text(o) -> str:
    p = o["person"]
    lines = [fields([(spec.label, p.get(f"{name}_label") or p.get(name)) for name, spec in PERSON.items()] +
                    [("编号", p["id"]), ("UUID", p["uuid"]), ("版本", p["version"])])]
    if o["deeds"]:
        lines.append("\n事迹：")
        lines.append(table(["编号", "日期", "事迹", "本人结果", "确认状态"],
                           [[d["id"], d["occurred_on"], d["title"], d["outcome_label"],
                             "、".join(c.get("decision_label") or c["state"] for c in d["cases"])] for d in o["deeds"]]))
    if o["awards"]:
        lines.append("\n表彰奖励：")
        lines.append(table(["批次", "荣誉", "金额", "发放"], [[a["batch"]["title"], a["honour_title"], a["amount"],
                                                              a.get("payment_state_label")] for a in o["awards"]]))
    if o["guarantees"]:
        lines.append("\n优抚保障：")
        lines.append(table(["类别", "状态", "金额"], [[g["kind_label"], g["state_label"], g["amount"]] for g in o["guarantees"]]))
    if o["family"]:
        lines.append("\n亲属：")
        lines.append(table(["姓名", "关系", "电话", "被抚养人"], [[f["name"], f["relation_label"], f["phone"], f["dependant"]]
                                                            for f in o["family"]]))
    if o["visits"]:
        lines.append("\n走访慰问：")
        lines.append(table(["日期", "类型", "单位", "金额"], [[v["visited_on"], v.get("occasion_label"), v["unit"], v["amount"]]
                                                          for v in o["visits"]]))
    if o["publicity"]:
        lines.append("\n宣传报道：")
        lines.append(table(["日期", "标题"], [[x["published_on"], x["title"]] for x in o["publicity"]]))
    if o["documents"]:
        lines.append("\n已发文书：")
        lines.append(table(["文号", "种类", "日期"], [[d["number_text"], d["kind"], d["issued_on"]] for d in o["documents"]]))
    return "\n".join(lines)


def show_person(cli, args) -> int:
    from desktop.services.persons import person_overview

    o = protect(cli.ledger, person_overview(cli.ledger, args.id), full=args.full)
    o["id"], o["name"] = o["person"]["id"], o["person"]["name"]
    cli.emit(o, lambda: _person_text(o))
    return 0


def add_person(cli, args) -> int:
    from desktop.services.persons import create_person

    p = create_person(cli.ledger, parse_assignments(args.assignments))
    cli.emit(p, f"已新增人员 {p['name']}（编号 {p['id']}）")
    return 0


def set_person(cli, args) -> int:
    from desktop.services.persons import update_person

    p = update_person(cli.ledger, args.id, parse_assignments(args.assignments), expected_version=args.expect_version)
    cli.emit(p, f"已保存 {p['name']}（编号 {p['id']}，版本 {p['version']}）")
    return 0


def delete_person(cli, args) -> int:
    from desktop.services.persons import delete_person as delete

    delete(cli.ledger, args.id)
    cli.emit({"id": args.id, "deleted": True}, f"已删除人员 {args.id}")
    return 0


def add_family(cli, args) -> int:
    from desktop.services.persons import add_family_member

    m = add_family_member(cli.ledger, args.person_id, parse_assignments(args.assignments))
    cli.emit(m, f"已添加亲属 {m['name']}（{m['relation_label']}）")
    return 0
