"""letters: issue (or reprint) a certificate, letter, decision or honour roll as a PDF."""

from __future__ import annotations

from typing import Any

from desktop.commands.text import fields
from desktop.domain.errors import UserError

KINDS = ("certificate", "commendation", "condolence", "decision", "roster")


def register(sub) -> None:
    p = sub.add_parser(
        "letters", help="签发并生成文书 PDF（荣誉证书、表彰信、慰问信、决定书、表彰名单），或按文号重印",
        description="签发文书：取本单位该类文书当年的下一个编号，生成 PDF 并登记（编号、模板版本、文件摘要）。"
                    "--reprint 按文号重印已签发的文书（编号不变，内容相同）。")
    p.add_argument("--kind", choices=KINDS, help="文书种类：certificate 荣誉证书，commendation 表彰信，"
                                                 "condolence 慰问信，decision 决定书，roster 表彰名单")
    p.add_argument("--person", metavar="ID", help="人员编号")
    p.add_argument("--deed", metavar="ID", help="事迹编号（决定书：该事迹最近一次作出的决定）")
    p.add_argument("--case", metavar="ID", help="确认案件编号（决定书）")
    p.add_argument("--batch", metavar="ID", help="表彰批次编号（证书、表彰信、慰问信〔批次中牺牲人员的家属〕：整批按名单顺序；表彰名单）。批次的文书一律以其表彰机关的名义和文号署名；上级的批次登记为代其打印")
    p.add_argument("--ground", action="append", metavar="CODE",
                   help="不予确认决定书的理由（可多次使用），取自规则文件的理由清单，例如 duty、unproven")
    p.add_argument("--employer", action="store_true", help="表彰信致所在单位（默认致本人）")
    p.add_argument("--out", metavar="FILE.pdf", help="输出的 PDF 文件")
    p.add_argument("--per-person", metavar="FOLDER", help="另外每人一个 PDF 文件，存入此文件夹")
    p.add_argument("--reprint", metavar="NUMBER_TEXT", help="按文号（如 上公〔2026〕7号）重印已签发的文书；"
                                                           "同一文号的多份文书（批次的表彰信、慰问信）再加 --kind、--person 选定")
    p.add_argument("--reissue", action="store_true",
                   help="重新签发（审核员）：取新编号，原文书标记为作废；须同时用 --reason 写明理由。"
                        "不加此项时，同一记录同一种类已签发的文书按原编号重印")
    p.add_argument("--reason", metavar="TEXT", help="重新签发的理由")
    p.add_argument("--set-seal", metavar="FILE.png", help="（管理员）设置本单位电子印章图像，此后签发的文书印上该印章")
    p.add_argument("--clear-seal", action="store_true", help="（管理员）取消电子印章：落款处留空，盖实物印章")
    p.add_argument("--text-only", action="store_true", help="证书套打：只印文字（用于预印的证书纸）")
    p.add_argument("--offset-x", type=float, metavar="MM", help="证书套打水平偏移（毫米，向右为正）")
    p.add_argument("--offset-y", type=float, metavar="MM", help="证书套打垂直偏移（毫米，向下为正）")
    p.add_argument("--json", action="store_true", dest="letters_json", help="以 JSON 输出结果")
    p.set_defaults(func=letters)


def letters(cli, args) -> int:
    from desktop.services import documents

    if args.letters_json:
        cli.args.json = True
    if args.set_seal or args.clear_seal:
        seal = documents.set_seal_image(cli.ledger, None if args.clear_seal else args.set_seal)
        cli.emit(seal, lambda: "已设置电子印章，此后签发的文书印上该印章" if seal["seal_image"]
                 else "已取消电子印章：落款处留空，盖实物印章")
        return 0
    if args.reason and not args.reissue:
        raise UserError("--reason 只与 --reissue 一起使用")
    if args.reprint:
        if not args.out:
            raise UserError("重印需要指定输出文件：--out 文件.pdf")
        done: dict[str, Any] = dict(documents.reprint(cli.ledger, args.reprint, args.out, whole_group=False,
                                                      kind=args.kind, person=args.person))
        done.pop("data", None)
        status = "与签发时完全一致" if done["identical"] else "与签发时不一致"
        cli.emit(done, lambda: f"已重印{done['kind_label']} {done['number_text']}（{status}）：{done['path']}"
                 + "".join("\n注意：" + n for n in done["notes"]))
        return 0
    if not args.kind:
        raise UserError("请用 --kind 指定文书种类（certificate、commendation、condolence、decision、roster）")
    if not (args.person or args.deed or args.batch or args.case):
        raise UserError("请指定 --person、--deed 或 --batch 之一")
    if not args.out and not args.per_person:
        raise UserError("请用 --out 指定输出的 PDF 文件")
    if args.out and not str(args.out).lower().endswith(".pdf"):
        raise UserError(f"输出文件“{args.out}”应以 .pdf 结尾")
    r = documents.issue(
        cli.ledger, args.kind, out=args.out, folder=args.per_person, person=args.person, deed=args.deed,
        case=args.case, batch=args.batch, recipient="employer" if args.employer else "person",
        text_only=True if args.text_only else None, offset_x=args.offset_x, offset_y=args.offset_y,
        reissue=args.reissue, reason=args.reason, grounds=args.ground)

    def text() -> str:
        docs = r["documents"]
        again = sum(1 for d in docs if d.get("reprinted"))
        head = f"已签发{r['kind_label']} {len(docs) - again} 份" + (f"，按原编号重印 {again} 份" if again else "")
        lines = [f"{head}，共 {r['pages']} 页："]
        lines += [f"  {d['number_text']}  {d.get('label', '')}" + ("（重印）" if d.get("reprinted") else "")
                  for d in docs[:50]]
        if len(docs) > 50:
            lines.append(f"  …… 另 {len(docs) - 50} 份")
        rows = [("文件", r["path"] or "")] + ([("分人文件夹", args.per_person)] if args.per_person else [])
        return "\n".join(lines) + "\n" + fields(rows)

    cli.emit(r, text)
    return 0
