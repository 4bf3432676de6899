"""import-xlsx: import a ledger (台账) of people and deeds from .xlsx, .xls or .csv."""

from __future__ import annotations

from pathlib import Path

EXIT_CODES = """退出码：
  0  每一行数据都已导入，或按规则跳过（重复、空行、合计行）
  3  有行未通过检查、等待核对确认（疑似被 Excel 截断的身份证号），或事迹待补充；摘要中写明各有几行，
     这些行写入错误工作簿（保留原样内容、错误原因和原行号），改正后可再次导入，不会重复
  1  文件无法读取（找不到、损坏、加密而无密码、找不到表头），或列对应有待确认的列（列出可选字段，用 --map 确认）
  2  命令用法错误"""


def register(sub) -> None:
    import argparse

    p = sub.add_parser("import-xlsx", help="从 Excel（.xlsx/.xls）或 CSV 台账导入人员和事迹",
                       epilog=EXIT_CODES, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("file", metavar="FILE", help="要导入的 .xlsx、.xls 或 .csv 文件")
    p.add_argument("--sheet", metavar="NAME", help="工作表名称（默认：表头最完整的工作表）")
    p.add_argument("--dry-run", action="store_true", help="只检查，不写入台账")
    p.add_argument("--existing", choices=["skip", "update"], default="skip",
                   help="台账中已有（身份证号相同）的人员：skip 不改人员信息（默认，新事迹仍登记），update 用表格内容更新")
    p.add_argument("--errors", metavar="FILE", help="未导入行的错误工作簿保存位置（默认与源文件同目录）")
    p.add_argument("--map", action="append", default=[], metavar="列名=字段",
                   help="指定某列对应的字段（可多次），字段写中文名或代号，如 --map 人员=姓名、--map 备用=-（不导入）")
    p.add_argument("--confirm-id", metavar="ROWS", default="",
                   help="已按原件核对、确认无误的疑似被 Excel 截断的身份证号所在行号，如 5,8,12-15")
    p.add_argument("--accept-suggestions", metavar="ROWS", default="",
                   help="采用按事迹简介建议的行为类别和按备注建议的外来务工标记的行号，如 5,8,12-15；all 为全部行")
    p.add_argument("--password-file", metavar="FILE", help="加密工作簿的打开密码所在的文本文件（第一行）")
    p.set_defaults(func=import_xlsx)


def _rows(text: str, option: str) -> set[int]:
    from desktop.cli import UsageError

    out: set[int] = set()
    for part in text.replace("，", ",").split(","):
        part = part.strip()
        if not part:
            continue
        lo, _, hi = part.partition("-")
        if not lo.isdigit() or (hi and not hi.isdigit()):
            raise UsageError(f"{option} 的行号“{part}”应为数字或范围，如 5,8,12-15")
        out.update(range(int(lo), int(hi or lo) + 1))
    return out


def _overrides(items: list[str]) -> dict[str, str | None]:
    from desktop.cli import UsageError

    out: dict[str, str | None] = {}
    for item in items:
        name, eq, target = item.partition("=")
        if not eq or not name.strip():
            raise UsageError(f"--map 应写成“列名=字段”，现为“{item}”")
        out[name.strip()] = target.strip() or None
    return out


def _password(path: str | None) -> str | None:
    from desktop.domain.errors import UserError

    if not path:
        return None
    try:
        lines = Path(path).read_text(encoding="utf-8-sig").splitlines()
    except OSError as exc:
        raise UserError(f"无法读取密码文件“{path}”：{exc.strerror or exc}") from None
    return lines[0] if lines else ""


def import_xlsx(cli, args) -> int:
    from desktop.domain.errors import UserError
    from desktop.services import ledger_import as li

    path = Path(args.file)
    accept = args.accept_suggestions
    pv = li.preview(cli.ledger, path, sheet=args.sheet, overrides=_overrides(args.map),
                    password=_password(args.password_file),
                    confirm_rows=_rows(args.confirm_id, "--confirm-id"),
                    accept_suggestions=True if accept.strip().lower() in ("all", "全部") else _rows(accept, "--accept-suggestions"))
    if pv.questions:
        first = sorted(pv.questions.items())[0]
        raise UserError("无法确定以下列对应的字段，未导入任何数据：" + "；".join(pv.question_lines()) +
                        f"。请用 --map 确认，如 --map {pv.label(first[0]).split('/')[-1]}="
                        f"{li.explain_target(first[1][0]).split('（')[0]}，不导入的列写 --map 列名=-")
    if args.dry_run:
        data = pv.to_dict()
        data["dry_run"] = True
        data["rejected"] = [{"row": r.row, "reason": "；".join(r.errors)} for r in pv.rows if r.errors]
        data["waiting"] = [{"row": r.row, "reason": "；".join(r.check.waiting)} for r in pv.rows
                           if r.status == li.WAITING]
        cli.emit(data, lambda: _preview_text(pv))
        c = pv.counts()
        return 3 if c[li.REJECTED] or c[li.WAITING] or c["deed_waiting"] else 0
    result = li.apply(cli.ledger, pv, on_existing=args.existing, error_path=args.errors)
    result["rejected"] = [{"row": f["row"], "reason": f["reason"]} for f in result["rows"] if f["fate"] == li.REJECTED]
    result["waiting"] = [{"row": f["row"], "reason": f["reason"]} for f in result["rows"] if f["fate"] == li.WAITING]
    result["mapping"] = pv.to_dict(limit=0)["mapping"]
    result["joins"] = pv.joins
    cli.emit(result, lambda: _result_text(pv, result))
    c = result["counts"]
    return 3 if c[li.REJECTED] or c[li.WAITING] or c["deed_waiting"] else 0


def _head(pv) -> list[str]:
    from desktop.services import ledger_import as li

    lines = [f"文件：{pv.path.name}  工作表：{pv.sheet}" + (f"  编码：{pv.encoding}" if pv.encoding else "")]
    lines += [f"  {n}" for n in pv.notes if not n.startswith("第")]  # which sheet was read, and why
    lines.append(f"表头在第{pv.header_row}行，列对应：")
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
                 f"与前面行同一人{c[li.REPEAT]}，有错误{c[li.REJECTED]}，待核对确认{c[li.WAITING]}，"
                 f"事迹待补充{c['deed_waiting']}（仅检查，未写入）")
    for r in pv.rows:
        if r.errors:
            lines.append(f"  第{r.row}行【错误】{'；'.join(r.errors)}")
        elif r.status == li.WAITING:
            lines.append(f"  第{r.row}行【待确认】{'；'.join(r.check.waiting)}（核对后用 --confirm-id {r.row}）")
        elif r.status == li.EXISTING:
            lines.append(f"  第{r.row}行【已有】{r.existing['name']}（编号 {r.existing['id']}）")
        if r.check.deed_missing and not r.errors:
            lines.append(f"  第{r.row}行【事迹待补充】缺少{'、'.join(r.check.deed_missing)}：人员照常导入，事迹写入错误工作簿待补充")
        lines += _suggest_lines(r)
        for w in r.warnings:
            lines.append(f"  第{r.row}行【提示】{w}")
    joins = li.join_lines(pv)
    if joins:
        lines.append("合并为同一事迹：")
        lines += [f"  {j}" for j in joins]
    lines += [f"  {n}" for n in pv.notes if n.startswith("第")]
    return "\n".join(lines)


def _suggest_lines(r) -> list[str]:
    from desktop.domain import codes

    out = []
    s = r.check.suggest
    if "category" in s:
        out.append(f"  第{r.row}行【建议】按事迹简介，行为类别可为“{codes.label('deed_category', s['category'])}”"
                   f"（用 --accept-suggestions {r.row} 采用）")
    if s.get("migrant_worker"):
        out.append(f"  第{r.row}行【建议】备注中写有外来务工，可标为外来务工人员（用 --accept-suggestions {r.row} 采用）")
    return out


def _result_text(pv, result) -> str:
    c = result["counts"]
    lines = _head(pv)
    lines.append(f"导入完成：新增{c['imported']}行，更新{c['updated']}行，重复未导入{c['duplicate']}行，"
                 f"未通过检查{c['rejected']}行，待核对确认{c['waiting']}行，事迹待补充{c['deed_waiting']}行")
    for f in result["rows"]:
        if f["fate"] in ("rejected", "duplicate", "waiting"):
            mark = {"rejected": "未导入", "duplicate": "重复", "waiting": "待确认"}[f["fate"]]
            lines.append(f"  第{f['row']}行【{mark}】{f['reason']}")
        if f.get("deed_waiting"):
            lines.append(f"  第{f['row']}行【事迹待补充】{f['deed_waiting']}")
    joins = __import__("desktop.services.ledger_import", fromlist=["join_lines"]).join_lines(pv)
    if joins:
        lines.append("合并为同一事迹：")
        lines += [f"  {j}" for j in joins]
    lines += [f"  {n}" for n in result["notes"] if n.startswith("第")]
    if result["error_file"]:
        lines.append(f"未导入的行已写入：{result['error_file']}（改正后可再次导入）")
    return "\n".join(lines)
