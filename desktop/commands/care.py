"""fund (in / out / list / report), medical costs, payment schedules, the death grant and the
family checklist (issue 16)."""

from __future__ import annotations

from desktop.commands.text import fields, parse_assignments, table


def register(sub) -> None:
    fund = sub.add_parser("fund", help="见义勇为基金收支：收入、支出、明细、年度报告")
    fsub = fund.add_subparsers(dest="fund_command", metavar="ACTION", required=True)
    p = fsub.add_parser("in", help="登记收入：amount=金额 on=YYYY-MM-DD source=来源 [kind=donation|allocation|recovery|interest] "
                                   "[receipt_no=收据编号] [notes=…]")
    p.add_argument("assignments", nargs="+", metavar="FIELD=VALUE")
    p.set_defaults(func=fund_in)
    p = fsub.add_parser("out", help="登记支出（审核员审批）：amount=金额 on=YYYY-MM-DD person=人员编号 purpose=用途 "
                                    "[family=亲属编号] [award=奖励编号] [guarantee=保障事项编号] [kind=…] [voucher_no=…]")
    p.add_argument("assignments", nargs="+", metavar="FIELD=VALUE")
    p.set_defaults(func=fund_out)
    p = fsub.add_parser("cancel", help="作废一笔登记错误的收支（审核员）：ID 理由")
    p.add_argument("id")
    p.add_argument("reason")
    p.set_defaults(func=fund_cancel)
    p = fsub.add_parser("list", help="收支明细")
    p.add_argument("--year", type=int)
    p.add_argument("--direction", choices=["in", "out"])
    p.add_argument("--person")
    p.set_defaults(func=fund_list)
    p = fsub.add_parser("report", help="收支报告（收入、支出按类别，余额）；--pdf / --xlsx 输出文件")
    p.add_argument("--year", type=int)
    p.add_argument("--pdf", metavar="FILE", help="打印用 PDF")
    p.add_argument("--xlsx", metavar="FILE", help="Excel 文件")
    p.set_defaults(func=fund_report)

    med = sub.add_parser("medical", help="医疗费用先行垫付与追偿")
    msub = med.add_subparsers(dest="medical_command", metavar="ACTION", required=True)
    p = msub.add_parser("add", help="登记垫付：PERSON_ID advanced=金额 advanced_by=fund|employer|hospital|insurance|other "
                                    "[total=总额] [responsible=perpetrator|beneficiary|insurer|none] [responsible_name=…] "
                                    "[hospital=…] [incurred_on=…] [deed=事迹编号]；基金垫付即基金支出（审核员，on=支出日期 voucher_no=…），"
                                    "追回的款项记入基金收入")
    p.add_argument("person_id")
    p.add_argument("assignments", nargs="+", metavar="FIELD=VALUE")
    p.set_defaults(func=medical_add)
    for action, helptext in (("claim", "向责任方追偿：ID amount=金额 on=YYYY-MM-DD"),
                             ("recover", "登记追回：ID amount=金额 on=YYYY-MM-DD")):
        p = msub.add_parser(action, help=helptext)
        p.add_argument("id")
        p.add_argument("assignments", nargs="+", metavar="FIELD=VALUE")
        p.set_defaults(func=medical_act, action=action)
    p = msub.add_parser("list", help="垫付及追偿情况")
    p.add_argument("--person")
    p.add_argument("--open", action="store_true", help="只显示尚未追回的")
    p.set_defaults(func=medical_list)

    sch = sub.add_parser("schedule", help="抚恤金、定期生活补助的定期发放")
    ssub = sch.add_subparsers(dest="schedule_command", metavar="ACTION", required=True)
    p = ssub.add_parser("add", help="新建发放计划：PERSON_ID family=亲属编号 amount=每期金额 start=YYYY-MM-DD "
                                    "[end=YYYY-MM-DD | until_age=18] [kind=pension|periodic_aid] "
                                    "[period=month|quarter|year] [paid_by=fund|department] [guarantee=…]")
    p.add_argument("person_id")
    p.add_argument("assignments", nargs="+", metavar="FIELD=VALUE")
    p.set_defaults(func=schedule_add)
    p = ssub.add_parser("pay", help="发放一期：ID [period=期次首日] [on=发放日期]（基金发放须审核员）")
    p.add_argument("id")
    p.add_argument("assignments", nargs="*", metavar="FIELD=VALUE")
    p.set_defaults(func=schedule_pay)
    p = ssub.add_parser("stop", help="停止发放：ID 原因")
    p.add_argument("id")
    p.add_argument("reason")
    p.set_defaults(func=schedule_stop)
    p = ssub.add_parser("list", help="发放计划及到期未发的期次")
    p.add_argument("--person")
    p.set_defaults(func=schedule_list)

    p = sub.add_parser("grant", help="一次性抚恤金（国办发〔2012〕39号）：PERSON_ID monthly_wage=月工资 [year=牺牲年度] "
                                     "[amount=核定金额 reason=理由] [family=领取亲属] [--record]")
    p.add_argument("person_id")
    p.add_argument("assignments", nargs="+", metavar="FIELD=VALUE")
    p.add_argument("--record", action="store_true", help="登记为已核定的保障事项（否则只显示计算过程）")
    p.set_defaults(func=grant)

    p = sub.add_parser("checklist", help="牺牲、致残人员家属保障清单：PERSON_ID [--pdf FILE]")
    p.add_argument("person_id")
    p.add_argument("--pdf", metavar="FILE", help="打印用 PDF")
    p.set_defaults(func=show_checklist)
    p = sub.add_parser("not-applicable", help="将清单中的一项标为不适用：PERSON_ID KIND 理由")
    p.add_argument("person_id")
    p.add_argument("kind")
    p.add_argument("reason")
    p.set_defaults(func=not_applicable)


# -- fund --------------------------------------------------------------------------------------------

def fund_in(cli, args) -> int:
    from desktop.services.fund import record_income

    e = record_income(cli.ledger, parse_assignments(args.assignments))
    cli.emit(e, f"已登记收入 {e['amount']} 元（{e['kind_label']}，来源：{e['source']}，收据 {e['receipt_no']}，编号 {e['id']}）")
    return 0


def fund_out(cli, args) -> int:
    from desktop.services.fund import record_payout

    e = record_payout(cli.ledger, parse_assignments(args.assignments))
    who = e["person_name"] + (f"（亲属 {e['family_name']}）" if e.get("family_name") else "")
    cli.emit(e, f"已登记支出 {e['amount']} 元（{e['kind_label']}，{who}，用途：{e['purpose']}，"
                f"凭证 {e['voucher_no']}，审批人 {e['approved_by']}，编号 {e['id']}）")
    return 0


def fund_cancel(cli, args) -> int:
    from desktop.services.fund import cancel_entry

    e = cancel_entry(cli.ledger, args.id, args.reason)
    cli.emit(e, f"已作废{e['direction_label']} {e['amount']} 元（编号 {e['id']}）")
    return 0


def fund_list(cli, args) -> int:
    from desktop.services.fund import list_entries

    rows = list_entries(cli.ledger, year=args.year, direction=args.direction, person_ref=args.person)
    cli.emit(rows, lambda: table(["编号", "日期", "收支", "类别", "金额（元）", "来源/领款人", "用途", "收据/凭证"],
                                 [[r["id"], r["on"], r["direction_label"], r["kind_label"], r["amount"],
                                   r.get("source") or r.get("person_name"), r.get("purpose"),
                                   r.get("receipt_no") or r.get("voucher_no")] for r in rows])
             if rows else "没有收支记录")
    return 0


def fund_report(cli, args) -> int:
    from desktop.services.fund import report, write_report_pdf, write_report_xlsx

    data = report(cli.ledger, year=args.year)
    files = []
    if args.pdf:
        data["pdf"] = write_report_pdf(cli.ledger, args.year, args.pdf)
        files.append(f"PDF：{args.pdf}（{data['pdf']['pages']} 页）")
    if args.xlsx:
        data["xlsx"] = write_report_xlsx(cli.ledger, args.year, args.xlsx)
        files.append(f"Excel：{args.xlsx}")

    def text() -> str:
        lines = [data["title"], fields([("上年结余" if args.year else "期初余额", data["opening"]),
                                        ("收入合计", data["income"]), ("支出合计", data["spending"]),
                                        ("期末余额", data["balance"])])]
        kinds = [["收入", k["label"], k["count"], k["amount"]] for k in data["income_by_kind"]]
        kinds += [["支出", k["label"], k["count"], k["amount"]] for k in data["spending_by_kind"]]
        if kinds:
            lines.append(table(["收支", "类别", "笔数", "金额（元）"], kinds))
        return "\n\n".join(lines + files)

    cli.emit(data, text)
    return 0


# -- medical -------------------------------------------------------------------------------------------

def _cost_text(m) -> str:
    return fields([("编号", m["id"]), ("垫付方", m["advanced_by_label"]), ("费用总额", m["total"]),
                   ("垫付金额", m["advanced"]), ("责任方", f"{m['responsible_label']} {m.get('responsible_name') or ''}".strip()),
                   ("追偿金额", m["claimed"]), ("已追回", m["recovered"]), ("尚未追回", m["open"])])


def medical_add(cli, args) -> int:
    from desktop.services.medical import record_cost

    m = record_cost(cli.ledger, args.person_id, parse_assignments(args.assignments))
    cli.emit(m, lambda: "已登记医疗费用垫付\n" + _cost_text(m))
    return 0


def medical_act(cli, args) -> int:
    from desktop.cli import UsageError
    from desktop.services import medical

    values = parse_assignments(args.assignments)
    unknown = set(values) - {"amount", "on"}
    if unknown:
        raise UsageError(f"只能写 amount=… on=…，不认识“{min(unknown)}”")
    fn = medical.claim if args.action == "claim" else medical.recover
    m = fn(cli.ledger, args.id, values.get("amount"), values.get("on"))
    cli.emit(m, lambda: ("已登记追偿" if args.action == "claim" else "已登记追回") + "\n" + _cost_text(m))
    return 0


def medical_list(cli, args) -> int:
    from desktop.services.medical import list_costs

    rows = list_costs(cli.ledger, person_ref=args.person, open_only=args.open)
    cli.emit(rows, lambda: table(["编号", "人员", "垫付方", "垫付", "责任方", "已追回", "尚未追回"],
                                 [[r["id"], r["person_name"], r["advanced_by_label"], r["advanced"],
                                   r["responsible_label"], r["recovered"], r["open"]] for r in rows])
             if rows else "没有医疗费用垫付记录")
    return 0


# -- schedules ----------------------------------------------------------------------------------------

def schedule_add(cli, args) -> int:
    from desktop.services.schedules import create_schedule

    s = create_schedule(cli.ledger, args.person_id, parse_assignments(args.assignments))
    end = s["end_on"] or "长期"
    cli.emit(s, f"已新建{s['kind_label']}发放计划（编号 {s['id']}）：{s.get('family_name') or '本人'}，"
                f"{s['period_label']} {s['amount']} 元，{s['start_on']} 至 {end}" +
             (f"（{s['end_reason']}）" if s.get("end_reason") else "") +
             (f"；到期未发 {len(s['due'])} 期" if s.get("due") else ""))
    return 0


def schedule_pay(cli, args) -> int:
    from desktop.services.schedules import record_payment

    p = record_payment(cli.ledger, args.id, parse_assignments(args.assignments))
    voucher = f"，基金凭证 {p['fund_entry']['voucher_no']}" if p.get("fund_entry") else ""
    cli.emit(p, f"已发放 {p['period_on']} 起一期 {p['amount']} 元{voucher}")
    return 0


def schedule_stop(cli, args) -> int:
    from desktop.services.schedules import stop_schedule

    s = stop_schedule(cli.ledger, args.id, args.reason)
    cli.emit(s, f"已停止发放计划 {s['id']}：{s['end_reason']}")
    return 0


def schedule_list(cli, args) -> int:
    from desktop.services.schedules import list_schedules

    rows = list_schedules(cli.ledger, person_ref=args.person)
    cli.emit(rows, lambda: table(["编号", "人员", "领取人", "类别", "周期", "每期（元）", "起", "止", "到期未发"],
                                 [[r["id"], r["person_name"], r.get("family_name") or "本人", r["kind_label"],
                                   r["period_label"], r["amount"], r["start_on"], r["end_on"] or "",
                                   len(r["due"])] for r in rows])
             if rows else "没有发放计划")
    return 0


# -- death grant and checklist ---------------------------------------------------------------------------

def grant(cli, args) -> int:
    from desktop.cli import UsageError
    from desktop.services import family_care

    v = parse_assignments(args.assignments)
    unknown = set(v) - {"monthly_wage", "year", "amount", "reason", "family"}
    if unknown:
        raise UsageError(f"不认识“{min(unknown)}”：可写 monthly_wage、year、amount、reason、family")
    year = int(v["year"]) if v.get("year", "").strip().isdigit() else None
    if v.get("year") and year is None:
        raise UsageError(f"year 应为年份，现为“{v['year']}”")
    amount, reason = v.get("amount"), v.get("reason")
    if args.record:
        g = family_care.record_grant(cli.ledger, args.person_id, v.get("monthly_wage"), year=year, amount=amount,
                                     reason=reason, family=v.get("family"))
        cli.emit(g, lambda: "\n".join(g["working"]["lines"]) + f"\n已登记为保障事项（编号 {g['id']}），"
                 f"核定 {g['amount']} 元，已发放 {g['paid']} 元")
    else:
        w = family_care.compute_grant(cli.ledger, args.person_id, v.get("monthly_wage"), year=year, amount=amount,
                                      reason=reason)
        cli.emit(w, lambda: f"{w['person_name']}：\n" + "\n".join(w["lines"]) + "\n（仅计算，未登记；加 --record 登记）")
    return 0


def show_checklist(cli, args) -> int:
    from desktop.services.family_care import checklist, write_checklist_pdf

    data = checklist(cli.ledger, args.person_id)
    if args.pdf:
        data["pdf"] = write_checklist_pdf(cli.ledger, args.person_id, args.pdf)
    p = data["person"]

    def text() -> str:
        out = [f"{p['name']}（{p['state_label']}）家属保障清单：" + ("全部落实" if data["complete"] else "尚有待办"),
               table(["事项", "状态", "涉及亲属", "情况"],
                     [[i["label"], i["state_label"] + ("" if i["settled"] else " ✗"), "、".join(i["family"]),
                       "；".join(i["details"])] for i in data["items"]])]
        if args.pdf:
            out.append(f"PDF：{args.pdf}")
        return "\n".join(out)

    cli.emit(data, text)
    return 0


def not_applicable(cli, args) -> int:
    from desktop.services.family_care import mark_not_applicable

    g = mark_not_applicable(cli.ledger, args.person_id, args.kind, args.reason)
    cli.emit(g, f"已将“{g['kind_label']}”标为不适用（编号 {g['id']}）")
    return 0
