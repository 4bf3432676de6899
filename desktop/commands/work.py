"""deeds and cases (confirmation workflow), batches and awards, guarantees, visits, attachments."""

from __future__ import annotations

from typing import Any

from desktop.commands.text import fields, parse_assignments, table
from desktop.domain import workflow
from desktop.services.privacy import protect


def register(sub) -> None:
    p = sub.add_parser("deeds", help="列出事迹")
    p.add_argument("--search", default="")
    p.add_argument("--year", type=int)
    p.add_argument("--category")
    p.add_argument("--county")
    p.add_argument("--limit", type=int, default=50)
    p.set_defaults(func=list_deeds)

    deed = sub.add_parser("deed", help="查看或登记事迹")
    dsub = deed.add_subparsers(dest="deed_command", metavar="ACTION", required=True)
    p = dsub.add_parser("show", help="显示事迹及参与人员")
    p.add_argument("id")
    p.set_defaults(func=show_deed)
    p = dsub.add_parser("add", help="登记事迹：--person ID:结果 … FIELD=VALUE …",
                        epilog="结果：unhurt 未伤 / injured 受伤 / disabled 致残 / died 牺牲")
    p.add_argument("--person", action="append", required=True, metavar="ID:OUTCOME",
                   help="参与人员编号及本人结果，如 12:injured；可重复")
    p.add_argument("assignments", nargs="+", metavar="FIELD=VALUE")
    p.set_defaults(func=add_deed)

    p = sub.add_parser("cases", help="列出确认案件")
    p.add_argument("--state", help="状态：" + "、".join(f"{k} {v}" for k, v in workflow.STATES.items()))
    p.add_argument("--open", action="store_true", help="只显示未办结的案件")
    p.add_argument("--limit", type=int, default=100)
    p.set_defaults(func=list_cases)

    case = sub.add_parser("case", help="确认案件：登记、查看、办理")
    csub = case.add_subparsers(dest="case_command", metavar="ACTION", required=True)
    p = csub.add_parser("open", help="为事迹登记确认申请：DEED_ID FIELD=VALUE …（source=self|relative|employer|organisation|police, received_on=…）")
    p.add_argument("deed_id")
    p.add_argument("assignments", nargs="*", metavar="FIELD=VALUE")
    p.set_defaults(func=open_case)
    p = csub.add_parser("show", help="显示案件状态、期限、历史及可办理的操作")
    p.add_argument("id")
    p.set_defaults(func=show_case)
    p = csub.add_parser("act", help="办理：ID ACTION FIELD=VALUE …",
                        epilog="操作：" + "；".join(f"{a.code} {a.label}" + (
                            "（" + "、".join(f"{f}={label}" for f, label in a.required) + "）" if a.required else "")
                            for a in workflow.ACTIONS.values()))
    p.add_argument("id")
    p.add_argument("action", choices=list(workflow.ACTIONS))
    p.add_argument("assignments", nargs="*", metavar="FIELD=VALUE",
                   help="逾期办理时由审核人加 late_reason=逾期理由（记入办理记录）")
    p.add_argument("--person", action="append", metavar="ID=RESULT[:GROUNDS]", dest="person_outcomes",
                   help="逐人决定（confirm/refuse 时，可多次使用）：人员编号=confirmed，或 人员编号=not_confirmed:理由代码,…"
                        "（理由取自规则文件的理由清单，如 duty、unproven）；未列出的当事人按本次操作的结果")
    p.set_defaults(func=act_case)
    from desktop.letters.procedural import DOCUMENTS
    p = csub.add_parser("doc", help="制作程序性文书（编号、登记并打印）：ID KIND --out FILE",
                        epilog="文书：" + "；".join(f"{k} {v[0]}" for k, v in DOCUMENTS.items() if k != "service_receipt"))
    p.add_argument("id")
    p.add_argument("kind", choices=[k for k in DOCUMENTS if k != "service_receipt"])
    p.add_argument("--to", help="受文人（默认申请人或举荐人；确认书默认行为人；移送函为接收的公安机关）")
    p.add_argument("--out", metavar="FILE", help="PDF 文件")
    p.set_defaults(func=case_doc)
    p = csub.add_parser("docs", help="本案已制作的程序性文书及其送达记录")
    p.add_argument("id")
    p.set_defaults(func=case_docs)
    p = csub.add_parser("served", help="登记文书送达：文号 served_to=受送达人 served_on=日期 method=direct|left|post|entrusted|electronic|notice [receiver=代收人 server=送达人]")
    p.add_argument("number", metavar="文号")
    p.add_argument("assignments", nargs="+", metavar="FIELD=VALUE")
    p.set_defaults(func=doc_served)
    p = csub.add_parser("receipt", help="制作某份文书的送达回证（编号、登记并打印）：文号 --out FILE")
    p.add_argument("number", metavar="文号")
    p.add_argument("--to", help="受送达人（默认取送达记录或文书的受文人）")
    p.add_argument("--out", metavar="FILE")
    p.set_defaults(func=doc_receipt)

    p = sub.add_parser("batches", help="列出表彰批次")
    p.add_argument("--year", type=int)
    p.set_defaults(func=list_batches)
    batch = sub.add_parser("batch", help="表彰批次：新建、查看")
    bsub = batch.add_subparsers(dest="batch_command", metavar="ACTION", required=True)
    p = bsub.add_parser("show")
    p.add_argument("id")
    p.set_defaults(func=show_batch)
    p = bsub.add_parser("add", help="新建表彰批次：title=… level=county|city|province|national year=…")
    p.add_argument("assignments", nargs="+", metavar="FIELD=VALUE")
    p.set_defaults(func=add_batch)
    p = sub.add_parser("award", help="向表彰批次添加人员：BATCH_ID PERSON_ID FIELD=VALUE …")
    p.add_argument("batch_id")
    p.add_argument("person_id")
    p.add_argument("assignments", nargs="+", metavar="FIELD=VALUE")
    p.set_defaults(func=add_award)

    p = sub.add_parser("guarantee", help="为人员登记优抚保障事项：PERSON_ID kind=… FIELD=VALUE …")
    p.add_argument("person_id")
    p.add_argument("assignments", nargs="+", metavar="FIELD=VALUE")
    p.set_defaults(func=add_guarantee)
    p = sub.add_parser("visit", help="登记走访慰问：PERSON_ID visited_on=… FIELD=VALUE …")
    p.add_argument("person_id")
    p.add_argument("assignments", nargs="+", metavar="FIELD=VALUE")
    p.set_defaults(func=add_visit)
    p = sub.add_parser("attach", help="添加附件：KIND ID FILE（KIND：person、deed、case …）")
    p.add_argument("kind")
    p.add_argument("id")
    p.add_argument("file")
    p.add_argument("--title")
    p.set_defaults(func=attach)


def list_deeds(cli, args) -> int:
    from desktop.services.deeds import list_deeds as query

    rows = query(cli.ledger, args.search, filters={"year": args.year, "category": args.category,
                                                   "county": args.county}, limit=args.limit)
    for r in rows:
        r["name"] = r["title"]
    cli.emit(rows, lambda: table(["编号", "日期", "事迹", "类别", "地点"],
                                 [[r["id"], r["occurred_on"], r["title"], r["category_label"], r["place"]] for r in rows])
             if rows else "没有找到事迹")
    return 0


def show_deed(cli, args) -> int:
    from desktop.services.deeds import get_deed

    d = get_deed(cli.ledger, args.id)
    d = protect(cli.ledger, d)  # ID numbers and phones masked
    d["name"] = d["title"]
    cli.emit(d, lambda: fields([("编号", d["id"]), ("事迹", d["title"]), ("日期", d["occurred_on"]),
                                ("类别", d["category_label"]), ("地点", d["place"]), ("经过", d["narrative"])]) +
             "\n\n参与人员：\n" + table(["编号", "姓名", "结果"], [[p["person_id"], p["person_name"], p["outcome_label"]]
                                                         for p in d["participants"]]))
    return 0


def add_deed(cli, args) -> int:
    from desktop.cli import UsageError
    from desktop.services.deeds import record_deed

    people = []
    for item in args.person:
        pid, _, outcome = item.partition(":")
        if not pid:
            raise UsageError(f"--person 应写成 编号:结果，例如 12:injured，现为“{item}”")
        people.append({"person_id": pid, "outcome": outcome or "unhurt"})
    d = record_deed(cli.ledger, parse_assignments(args.assignments), people)
    cli.emit(d, f"已登记事迹“{d['title']}”（编号 {d['id']}），参与人员 {len(d['participants'])} 人")
    return 0


def _case_text(c) -> str:
    out = [fields([("案件编号", c["id"]), ("事迹", c["deed"]["title"]), ("来源", c["source_label"]),
                   ("状态", c["state_label"]), ("决定", c.get("decision_label")), ("决定文号", c["decision_no"])])]
    if c["deadlines"]:
        out.append("\n期限：\n" + "\n".join(f"{d['text']}\n    计算：{d['basis']}" for d in c["deadlines"]))
    if c.get("person_decisions") and c.get("decision"):
        out.append("\n当事人决定：\n" + "\n".join(
            f"  {x['name']}（{x['person_id']}）：{x['decision_label']}"
            + (f"，理由：{'、'.join(x['grounds'])}" if x["grounds"] else "") for x in c["person_decisions"]))
    if c.get("whereabouts"):
        out.append("\n移送：" + c["whereabouts"]["text"])
    if c.get("late_steps"):
        out.append("\n逾期办理：\n" + "\n".join(f"{x['what']}：期限{x['due']}，{x['on']}办理，理由：{x['reason']}（{x['actor']}）"
                                               for x in c["late_steps"]))
    if c.get("documents"):
        out.append("\n程序性文书：\n" + "\n".join(
            f"{d['number_text']} {d['kind_label']}" + ("；送达：" + "、".join(
                f"{s['served_on']} {s['method_label']}给{s['served_to']}" for s in d["services"]) if d["services"]
                else "" if d["kind"] == "service_receipt" else "；未登记送达")
            for d in c["documents"]))
    out.append("\n办理记录：\n" + table(["时间", "操作", "状态", "经办人"],
                                   [[e["at"], e["action_label"], e["to_state_label"], e["actor"]] for e in c["events"]]))
    if c["allowed_actions"]:
        out.append("\n可办理：" + "；".join(f"{a['code']}（{a['label']}）" for a in c["allowed_actions"]))
    return "\n".join(out)


def list_cases(cli, args) -> int:
    from desktop.services.cases import list_cases as query

    rows: list[dict[str, Any]] = [{**r, "name": r["deed_title"]} for r in
                                  query(cli.ledger, filters={"state": args.state, "open": args.open}, limit=args.limit)]
    cli.emit(rows, lambda: table(["编号", "收到日期", "事迹", "状态", "期限"],
                                 [[r["id"], r["received_on"], r["deed_title"], r["state_label"],
                                   r["deadlines"][0]["text"] if r["deadlines"] else ""] for r in rows])
             if rows else "没有找到案件")
    return 0


def open_case(cli, args) -> int:
    from desktop.services.cases import open_case as open_

    c = open_(cli.ledger, args.deed_id, parse_assignments(args.assignments))
    cli.emit(c, lambda: "已登记确认案件\n" + _case_text(c))
    return 0


def show_case(cli, args) -> int:
    from desktop.services.case_persons import with_outcomes
    from desktop.services.cases import get_case

    c = with_outcomes(cli.ledger, get_case(cli.ledger, args.id))
    c = protect(cli.ledger, c)  # the applicant's phone masked
    c["name"] = c["deed"]["title"]
    cli.emit(c, lambda: _case_text(c))
    return 0


def act_case(cli, args) -> int:
    from desktop.services.case_persons import act, parse_outcome

    persons = dict(parse_outcome(x) for x in args.person_outcomes or [])
    c = act(cli.ledger, args.id, args.action, parse_assignments(args.assignments), persons=persons)
    cli.emit(c, lambda: f"已办理：{workflow.ACTIONS[args.action].label}\n" + _case_text(c))
    return 0


def case_doc(cli, args) -> int:
    from desktop.services.procedural import issue

    d = issue(cli.ledger, args.id, args.kind, out=args.out, to=args.to)
    cli.emit(d, f"已制作{d['kind_label']} {d['number_text']}（受文人：{d['addressee']}）" + (f"，已保存到 {d['path']}" if d["path"] else ""))
    return 0


def case_docs(cli, args) -> int:
    from desktop.services.procedural import case_documents

    docs = case_documents(cli.ledger, args.id)
    cli.emit(docs, lambda: table(["文号", "文书", "签发日期", "送达"], [
        [d["number_text"], d["kind_label"], d["issued_on"],
         "、".join(f"{s['served_on']} {s['method_label']} {s['served_to']}" for s in d["services"]) or "未登记送达"]
        for d in docs]) if docs else "本案尚未制作程序性文书")
    return 0


def doc_served(cli, args) -> int:
    from desktop.services.procedural import serve

    s = serve(cli.ledger, args.number, parse_assignments(args.assignments))
    cli.emit(s, f"已登记送达：{args.number} 于{s['served_on']}以{s['method_label']}送达{s['served_to']}")
    return 0


def doc_receipt(cli, args) -> int:
    from desktop.services.procedural import receipt

    d = receipt(cli.ledger, args.number, out=args.out, served_to=args.to)
    cli.emit(d, f"已制作送达回证 {d['number_text']}（{d['for']}）" + (f"，已保存到 {d['path']}" if d["path"] else ""))
    return 0


def list_batches(cli, args) -> int:
    from desktop.services.awards import list_batches as query

    rows = query(cli.ledger, year=args.year)
    cli.emit(rows, lambda: table(["编号", "年度", "级别", "批次", "人数"],
                                 [[r["id"], r["year"], r["level_label"], r["title"], r["award_count"]] for r in rows]))
    return 0


def show_batch(cli, args) -> int:
    from desktop.services.awards import get_batch

    b = get_batch(cli.ledger, args.id)
    b = protect(cli.ledger, b)  # the roll's ID numbers and bank accounts masked
    b["name"] = b["title"]
    cli.emit(b, lambda: fields([("批次", b["title"]), ("级别", b["level_label"]), ("年度", b["year"]),
                                ("文号", b["document_no"]), ("奖励总额", b["total_amount"])]) + "\n\n" +
             table(["序号", "姓名", "荣誉称号", "金额", "发放状态"],
                   [[a["roll_order"], a["person_name"], a["honour_title"], a["amount"], a["payment_state_label"]]
                    for a in b["awards"]]))
    return 0


def add_batch(cli, args) -> int:
    from desktop.services.awards import create_batch

    b = create_batch(cli.ledger, parse_assignments(args.assignments))
    cli.emit(b, f"已新建表彰批次“{b['title']}”（编号 {b['id']}）")
    return 0


def add_award(cli, args) -> int:
    from desktop.services.awards import add_award as add

    a = add(cli.ledger, args.batch_id, args.person_id, parse_assignments(args.assignments))
    cli.emit(a, f"已添加奖励（编号 {a['id']}）")
    return 0


def add_guarantee(cli, args) -> int:
    from desktop.services.care import add_guarantee as add

    g = add(cli.ledger, args.person_id, parse_assignments(args.assignments))
    cli.emit(g, f"已登记{g['kind_label']}（编号 {g['id']}）")
    return 0


def add_visit(cli, args) -> int:
    from desktop.services.care import add_visit as add

    v = add(cli.ledger, args.person_id, parse_assignments(args.assignments))
    cli.emit(v, f"已登记走访（编号 {v['id']}）")
    return 0


def attach(cli, args) -> int:
    from desktop.services.attachments import attach_file

    a = attach_file(cli.ledger, args.kind, args.id, args.file, title=args.title)
    a["name"] = a["file_name"]
    cli.emit(a, f"已添加附件“{a['file_name']}”（{a['size']} 字节）")
    return 0
