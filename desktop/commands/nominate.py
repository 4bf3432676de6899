"""nominate (推荐表 up), nominations (received), print-for (a higher office's batch, on its behalf)."""

from __future__ import annotations

from desktop.commands.text import table


def register(sub) -> None:
    p = sub.add_parser("nominate", help="向上级推荐表彰：PERSON_ID … --to 上级区划代码（制作推荐表，随数据包报送）")
    p.add_argument("persons", nargs="+", metavar="PERSON_ID")
    p.add_argument("--to", required=True, metavar="CODE", help="推荐至（市或省的区划代码，如 330100、330000）")
    p.add_argument("--opinion", default="", help="推荐单位意见")
    p.add_argument("--out", metavar="FILE", help="推荐表 PDF")
    p.set_defaults(func=nominate)
    p = sub.add_parser("nominations", help="下级报送来的推荐（随数据包收到的推荐表）")
    p.set_defaults(func=nominations)
    p = sub.add_parser("print-for", help="以上级表彰机关的名义和编号代印其表彰批次的证书、表彰信、慰问信或表彰名单：BATCH_ID --kind …"
                                         "（与 letters --batch 同一签发路径）")
    p.add_argument("batch")
    p.add_argument("--kind", required=True, choices=["certificate", "commendation", "condolence", "roster"])
    p.add_argument("--employer", action="store_true", help="表彰信致所在单位（默认致本人；批次中有牺牲人员时须致单位）")
    p.add_argument("--all", action="store_true", dest="everyone",
                   help="为批次中全部人员代印（默认只印本单位登记的人员；表彰名单总是全部）")
    p.add_argument("--out", metavar="FILE")
    p.set_defaults(func=print_for)


def nominate(cli, args) -> int:
    from desktop.services.nomination import nominate as run

    r = run(cli.ledger, args.persons, to_office=args.to, opinion=args.opinion, out=args.out)
    cli.emit(r, f"已制作推荐表 {len(r['documents'])} 份（{r['documents'][0]['number_text']} 起），"
                f"请导出数据包报送 {r['to_office']}" + (f"；已保存到 {r['path']}" if r["path"] else ""))
    return 0


def nominations(cli, args) -> int:
    from desktop.services.nomination import received_nominations

    rows = received_nominations(cli.ledger)
    cli.emit(rows, lambda: table(["推荐表", "推荐单位", "姓名", "外来务工", "意见"], [
        [r["document"], r["from_place"], r["person"], "是" if r["migrant_worker"] else "", r["opinion"]] for r in rows])
             if rows else "尚未收到推荐")
    return 0


def print_for(cli, args) -> int:
    from desktop.services.nomination import print_on_behalf

    r = print_on_behalf(cli.ledger, args.batch, args.kind, out=args.out,
                        recipient="employer" if args.employer else "person", everyone=args.everyone)
    cli.emit(r, f"已以“{r['issuing_body']}”的名义代印 {len(r['documents'])} 份（{r['document_no']}），"
                f"登记为代 {r['on_behalf_of']} 打印" + (f"；已保存到 {r['path']}" if r["path"] else ""))
    return 0
