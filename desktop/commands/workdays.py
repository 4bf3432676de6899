"""calendar: the working-day calendar in force (statutory holidays, 调休) and the office's update."""

from __future__ import annotations

import datetime as dt

from desktop.commands.text import table


def register(sub) -> None:
    cal = sub.add_parser("calendar", help="工作日历：查看节假日和调休上班日；导入更新的节假日文件")
    csub = cal.add_subparsers(dest="calendar_command", metavar="ACTION", required=True)
    p = csub.add_parser("show", help="列出一段日期的休息日和调休上班日：FROM [TO]（默认一个月）")
    p.add_argument("start", metavar="FROM")
    p.add_argument("end", metavar="TO", nargs="?")
    p.add_argument("--all", action="store_true", help="列出每一天（默认只列休息日和调休上班日）")
    p.set_defaults(func=show)
    p = csub.add_parser("import", help="导入节假日文件（省厅下发或依国务院通知修订），并入本单位的节假日安排（按年份替换）")
    p.add_argument("file")
    p.set_defaults(func=import_file)


def _date(text: str, label: str) -> dt.date:
    from desktop.cli import UsageError

    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise UsageError(f"{label}“{text}”不是有效日期（应为 2026-10-01 格式）") from None


def show(cli, args) -> int:
    from desktop.services.workcalendar import describe_days

    start = _date(args.start, "开始日期")
    end = _date(args.end, "结束日期") if args.end else start + dt.timedelta(days=30)
    days = [d for d in describe_days(start, end, cli.ledger) if args.all or d["name"]]
    sources = {"override": "节假日安排", "library": "chinese-calendar", "weekend": "仅按周末（该年安排未知）"}
    cli.emit(days, lambda: table(["日期", "星期", "", "说明", "来源"], [
        [d["date"], "一二三四五六日"[dt.date.fromisoformat(d["date"]).weekday()], "上班" if d["working"] else "休息",
         d["name"], sources[d["source"]]] for d in days]) if days else "这段日期都是普通工作日")
    return 0


def import_file(cli, args) -> int:
    from desktop.services.workcalendar import import_overrides

    r = import_overrides(cli.ledger, args.file)
    changed = f"更新了 {'、'.join(r['changed'])} 年" if r["changed"] else "与本单位已有的安排相同，没有改动"
    cli.emit(r, f"已导入节假日文件（版本 {r['version']}，年份 {'、'.join(r['years'])}）：{changed}，已记入审计")
    return 0
