"""import-xlsx: import a ledger (台账) of people and deeds from .xlsx, .xls or .csv."""

from __future__ import annotations

from pathlib import Path


def register(sub) -> None:
    p = sub.add_parser("import-xlsx", help="从 Excel（.xlsx/.xls）或 CSV 台账导入人员和事迹")
    p.add_argument("file", metavar="FILE", help="要导入的 .xlsx、.xls 或 .csv 文件")
    p.add_argument("--sheet", metavar="NAME", help="工作表名称（默认第一个）")
    p.add_argument("--dry-run", action="store_true", help="只检查，不写入台账")
    p.add_argument("--existing", choices=["skip", "update"], default="skip",
                   help="台账中已有（身份证号相同）的人员：skip 不导入（默认），update 用表格内容更新")
    p.add_argument("--errors", metavar="FILE", help="未导入行的错误工作簿保存位置（默认与源文件同目录）")
    p.set_defaults(func=import_xlsx)


def import_xlsx(cli, args) -> int:
    from desktop.services import ledger_import as li

    path = Path(args.file)
    pv = li.preview(cli.ledger, path, sheet=args.sheet)
    if args.dry_run:
        data = pv.to_dict()
        data["dry_run"] = True
        data["rejected"] = [{"row": r.row, "reason": "；".join(r.errors)} for r in pv.rows if r.errors]
        cli.emit(data, lambda: _preview_text(pv))
        return 0
    result = li.apply(cli.ledger, pv, on_existing=args.existing, error_path=args.errors)
    result["rejected"] = [{"row": f["row"], "reason": f["reason"]} for f in result["rows"] if f["fate"] == li.REJECTED]
    result["mapping"] = pv.to_dict(limit=0)["mapping"]
    cli.emit(result, lambda: _result_text(pv, result))
    return 0


def _head(pv) -> list[str]:
    from desktop.services import ledger_import as li

    lines = [f"文件：{pv.path.name}  工作表：{pv.sheet}" + (f"  编码：{pv.encoding}" if pv.encoding else ""),
             f"表头在第{pv.header_row}行，列对应："]
    for col, target in sorted(pv.mapping.items()):
        lines.append(f"  {pv.labels[col]} → {li.explain_target(target)}")
    unmapped = [pv.labels[c] for c in range(len(pv.labels)) if c not in pv.mapping]
    if unmapped:
        lines.append(f"  未导入的列：{'、'.join(unmapped)}")
    return lines


def _preview_text(pv) -> str:
    from desktop.services import ledger_import as li

    c = pv.counts()
    lines = _head(pv)
    lines.append(f"共{c['rows']}行数据：新人员{c[li.NEW]}，台账中已有{c[li.EXISTING]}，"
                 f"与前面行同一人{c[li.REPEAT]}，有错误{c[li.REJECTED]}（仅检查，未写入）")
    for r in pv.rows:
        if r.errors:
            lines.append(f"  第{r.row}行【错误】{'；'.join(r.errors)}")
        elif r.status == li.EXISTING:
            lines.append(f"  第{r.row}行【已有】{r.existing['name']}（编号 {r.existing['id']}）")
        for w in r.warnings:
            lines.append(f"  第{r.row}行【提示】{w}")
    lines += [f"  {n}" for n in pv.notes]
    return "\n".join(lines)


def _result_text(pv, result) -> str:
    c = result["counts"]
    lines = _head(pv)
    lines.append(f"导入完成：新增{c['imported']}行，更新{c['updated']}行，重复未导入{c['duplicate']}行，"
                 f"未通过检查{c['rejected']}行")
    for f in result["rows"]:
        if f["fate"] in ("rejected", "duplicate"):
            mark = "未导入" if f["fate"] == "rejected" else "重复"
            lines.append(f"  第{f['row']}行【{mark}】{f['reason']}")
    lines += [f"  {n}" for n in result["notes"]]
    if result["error_file"]:
        lines.append(f"未导入的行已写入：{result['error_file']}（改正后可再次导入）")
    return "\n".join(lines)
