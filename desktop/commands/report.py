"""stats, check, todo."""

from __future__ import annotations

from desktop.commands.text import fields, table


def register(sub) -> None:
    p = sub.add_parser("stats", help="统计：按年度、类别、结果、县（市、区）计数；奖励金额合计")
    p.add_argument("--year-from", type=int, metavar="Y")
    p.add_argument("--year-to", type=int, metavar="Y")
    p.add_argument("--area", metavar="CODE", help="只统计该县（市、区）或市的区划代码")
    p.add_argument("--xlsx", metavar="FILE", help="把统计表写入 Excel 文件（.xlsx）")
    p.set_defaults(func=stats)
    p = sub.add_parser("check", help="检查数据库完整性和审计记录链")
    p.set_defaults(func=check)
    p = sub.add_parser("todo", help="待办事项：临近或超过期限的案件、未发放奖励、待办保障、应走访家庭")
    p.add_argument("--limit", type=int, default=50)
    p.set_defaults(func=todo)


def _stats_text(s) -> str:
    t = s["totals"]
    parts = [fields([("人员总数", t["persons"]), ("事迹数", t["deeds"]), ("事迹涉及人员", t["persons_in_deeds"]),
                     ("其中外来务工人员", t["migrant_workers"]), ("表彰奖励人次", t["awards"]),
                     ("其中外来务工人员", t["awards_to_migrant_workers"]), ("奖励金额合计（元）", t["award_amount"]),
                     ("已发放（元）", t["award_paid"])])]
    parts.append("\n按年度：\n" + table(["年度", "事迹数"], [[r["label"], r["count"]] for r in s["deeds_by_year"]]))
    parts.append("\n按类别：\n" + table(["类别", "事迹数"], [[r["label"], r["count"]] for r in s["deeds_by_category"]]))
    parts.append("\n按结果：\n" + table(["结果", "人次"], [[r["label"], r["count"]] for r in s["outcomes"]]))
    parts.append("\n按县（市、区）：\n" + table(["区划", "事迹数"], [[r["label"], r["count"]] for r in s["deeds_by_county"]]))
    parts.append("\n表彰奖励：\n" + table(["年度", "级别", "人次", "金额", "已发放"],
                                      [[a["year"], a["level_label"], a["count"], a["amount"], a["paid"]]
                                       for a in s["awards_by_year_level"]]))
    return "\n".join(parts)


def stats(cli, args) -> int:
    """One shape whatever the filter: totals and short lists plus the tables, from one module."""
    from desktop.services import statistics

    s = statistics.summary(cli.ledger, year_from=args.year_from, year_to=args.year_to, area=args.area)
    if args.xlsx:
        s["xlsx"] = statistics.write_xlsx(s, args.xlsx)
    cli.emit(s, lambda: s["title"] + "\n" + _stats_text(s) + _tables_text(s))
    return 0


def _tables_text(data) -> str:
    parts = [""]
    for t in data["tables"]:
        cols = t["columns"]
        parts.append(f"\n{t['title']}：\n" + table([c["label"] for c in cols],
                                                   [[r["cells"][c["key"]]["value"] for c in cols] for r in t["rows"]]))
    if data.get("xlsx"):
        parts.append(f"\n统计表已写入：{data['xlsx']}")
    return "\n".join(parts)


def check(cli, args) -> int:
    from desktop.services.integrity import check as run

    r = run(cli.ledger)
    cli.emit(r, lambda: "检查通过：数据库完整，审计记录链未被改动" if r["ok"]
             else "发现问题：\n" + "\n".join(f"- {p}" for p in r["problems"]))
    return 0 if r["ok"] else 1


def todo(cli, args) -> int:
    from desktop.services.agenda import agenda

    items = agenda(cli.ledger, limit=args.limit)
    marks = {"overdue": "【超期】", "near": "【临近】", "ok": ""}
    cli.emit(items, lambda: "\n".join(f"{marks.get(i['urgency'], '')}{i['text']}" for i in items) or "暂无待办事项")
    return 0
