"""Printed sheets of money and care (issue 16): the fund's yearly report and a family's checklist.

Both take plain data (dicts of text, dates and integer fen) and never read the database: the
services gather the data, this module only lays it out. A4 portrait, tables that continue over
pages with their header repeated, names in any character the fonts have (rare ones fall back).
"""

from __future__ import annotations

import datetime as dt
import os
from typing import IO, Any

from reportlab.lib.colors import HexColor, black
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from .dates import format_date
from .fonts import FontSet, default_fonts

MARGIN = 20 * mm
WIDTH = A4[0] - 2 * MARGIN


def _yuan(fen: int | None) -> str:
    fen = int(fen or 0)
    sign = "-" if fen < 0 else ""
    fen = abs(fen)
    return f"{sign}{fen // 100:,}.{fen % 100:02d}"


class _Sheet:
    def __init__(self, fonts: FontSet | None):
        self.fonts = fonts or default_fonts()
        body = self.fonts.primary("body")
        head = self.fonts.primary("heading")
        self.title = ParagraphStyle("cp-title", fontName=self.fonts.primary("title"), fontSize=18, leading=26,
                                    alignment=TA_CENTER, wordWrap="CJK")
        self.sub = ParagraphStyle("cp-sub", fontName=body, fontSize=11, leading=16, alignment=TA_CENTER,
                                  wordWrap="CJK")
        self.text = ParagraphStyle("cp-text", fontName=body, fontSize=11, leading=16, alignment=TA_LEFT,
                                   wordWrap="CJK")
        self.cell = ParagraphStyle("cp-cell", fontName=body, fontSize=10, leading=14, wordWrap="CJK")
        self.num = ParagraphStyle("cp-num", parent=self.cell, alignment=TA_RIGHT)
        self.centre = ParagraphStyle("cp-c", parent=self.cell, alignment=TA_CENTER)
        self.head = ParagraphStyle("cp-head", parent=self.cell, fontName=head, alignment=TA_CENTER)
        self.heading = ParagraphStyle("cp-heading", fontName=head, fontSize=13, leading=20, spaceBefore=6,
                                      spaceAfter=4, wordWrap="CJK")

    def p(self, text: Any, style: ParagraphStyle, label: str = "内容", role: str = "body") -> Paragraph:
        return Paragraph(self.fonts.markup(str(text if text is not None else ""), label, role,
                                           base=style.fontName), style)

    def small(self) -> None:
        """Switch the cell styles to a smaller size (wide tables of amounts)."""
        for st in (self.cell, self.num, self.centre, self.head):
            st.fontSize, st.leading = 8.5, 11.5

    def signatures(self, labels: list[str]) -> Table:
        """A line of signature fields (经办人 / 审核人 …), evenly spread."""
        t = Table([[self.p(f"{x}：", self.text) for x in labels]], colWidths=[WIDTH / len(labels)] * len(labels))
        t.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0)]))
        return t

    def table(self, header: list[str], rows: list[list[Paragraph]], widths_mm: list[float],
              shade: tuple[int, ...] | list[int] = ()) -> Table:
        data = [[self.p(h, self.head, "表头", "heading") for h in header]] + rows
        scale = WIDTH / (sum(widths_mm) * mm)
        t = Table(data, colWidths=[w * mm * scale for w in widths_mm], repeatRows=1)
        style = [("GRID", (0, 0), (-1, -1), 0.5, black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                 ("BACKGROUND", (0, 0), (-1, 0), HexColor("#eeeeee")),
                 ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                 ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]
        style += [("BACKGROUND", (0, r), (-1, r), HexColor("#f6f6f6")) for r in shade]
        t.setStyle(TableStyle(style))
        return t

    def build(self, story: list, out, title: str) -> int:
        pages = []

        def footer(canv, doc):
            canv.saveState()
            canv.setFont(self.fonts.primary("body"), 9)
            canv.drawCentredString(A4[0] / 2, 10 * mm, f"— {doc.page} —")
            canv.restoreState()
            pages.append(doc.page)

        if isinstance(out, os.PathLike):
            out = os.fspath(out)
        doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=18 * mm,
                                bottomMargin=18 * mm, title=title, author="见义勇为工作台")
        doc.build(story, onFirstPage=footer, onLaterPages=footer)
        return max(pages) if pages else 1


def render_fund_report(data: dict[str, Any], out: str | os.PathLike | IO[bytes], *,
                       fonts: FontSet | None = None) -> int:
    """The fund's report for a year: totals by kind, the balance, then every entry; returns pages."""
    s = _Sheet(fonts)
    year = data.get("year")
    story: list = [s.p(data["title"], s.title, "标题", "title"), Spacer(1, 4)]
    period = f"{year}年1月1日至{year}年12月31日" if year else "全部年度"
    printed = data.get("printed_on") or dt.date.today()
    story += [s.p(f"统计期间：{period}；打印日期：{format_date(printed)}；金额单位：元", s.sub), Spacer(1, 8)]
    story.append(s.p("一、收支汇总", s.heading, "标题", "heading"))
    rows = [[s.p("上年结余" if year else "期初余额", s.cell), s.p("", s.centre), s.p(_yuan(data["opening_fen"]), s.num)]]
    shade = []
    for k in data["income_by_kind"]:
        rows.append([s.p(f"收入　{k['label']}", s.cell), s.p(k["count"], s.centre), s.p(_yuan(k["amount_fen"]), s.num)])
    rows.append([s.p("收入合计", s.cell), s.p("", s.centre), s.p(_yuan(data["income_fen"]), s.num)])
    shade.append(len(rows))
    for k in data["spending_by_kind"]:
        rows.append([s.p(f"支出　{k['label']}", s.cell), s.p(k["count"], s.centre), s.p(_yuan(k["amount_fen"]), s.num)])
    rows.append([s.p("支出合计", s.cell), s.p("", s.centre), s.p(_yuan(data["spending_fen"]), s.num)])
    shade.append(len(rows))
    rows.append([s.p("期末余额", s.cell), s.p("", s.centre), s.p(_yuan(data["balance_fen"]), s.num)])
    shade.append(len(rows))
    story.append(s.table(["项目", "笔数", "金额（元）"], rows, [100, 25, 45], shade))
    story += [Spacer(1, 3), s.p("期末余额 = 上年结余 + 收入合计 − 支出合计", s.text)]
    entries = data.get("entries") or []
    story.append(s.p("二、收支明细", s.heading, "标题", "heading"))
    if not entries:
        story.append(s.p("本期没有收支记录。", s.text))
    else:
        s.small()
        rows = []
        running = int(data["opening_fen"])
        for e in entries:
            amount = int(e["amount_fen"])
            running += amount if e["direction"] == "in" else -amount
            rows.append([s.p(e["on"].isoformat() if hasattr(e["on"], "isoformat") else e["on"], s.centre),
                         s.p(e["kind_label"], s.cell), s.p(e["party"], s.cell, "来源/领款人"),
                         s.p(e["purpose"], s.cell, "用途"),
                         s.p(_yuan(amount) if e["direction"] == "in" else "", s.num),
                         s.p(_yuan(amount) if e["direction"] == "out" else "", s.num),
                         s.p(_yuan(running), s.num), s.p(e["number"], s.cell, "编号")])
        story.append(s.table(["日期", "类别", "来源/领款人", "用途", "收入", "支出", "余额", "收据/凭证"], rows,
                             [21, 16, 20, 27, 23, 23, 24, 24]))
    story += [Spacer(1, 24), s.signatures(["经办人", "审核人", "单位负责人"])]
    return s.build(story, out, data["title"])


def render_checklist(data: dict[str, Any], out: str | os.PathLike | IO[bytes], *,
                     fonts: FontSet | None = None) -> int:
    """One hero's family checklist: each provision with its state; returns the number of pages."""
    s = _Sheet(fonts)
    p = data["person"]
    title = f"{p['name']}（{p['state_label']}）家属保障落实情况表"
    story: list = [s.p(title, s.title, "标题", "title"), Spacer(1, 4)]
    printed = data.get("printed_on") or dt.date.today()
    story += [s.p(f"{data.get('office_name') or ''}；打印日期：{format_date(printed)}", s.sub), Spacer(1, 8)]
    if data.get("family"):
        story.append(s.p("一、家庭成员", s.heading, "标题", "heading"))
        rows = [[s.p(f["name"], s.cell, "姓名"), s.p(f["relation_label"], s.centre), s.p(f.get("birth_date") or "", s.centre),
                 s.p("是" if f.get("dependant") else "", s.centre)] for f in data["family"]]
        story.append(s.table(["姓名", "关系", "出生日期", "被抚养人"], rows, [50, 40, 40, 30]))
    story.append(s.p("二、保障事项", s.heading, "标题", "heading"))
    rows, shade = [], []
    for i, item in enumerate(data["items"], start=1):
        rows.append([s.p(i, s.centre), s.p(item["label"], s.cell), s.p(item["state_label"], s.centre),
                     s.p("、".join(item.get("family") or []), s.cell, "涉及亲属"),
                     s.p("；".join(item.get("details") or []), s.cell, "情况")])
        if not item["settled"]:
            shade.append(i)
    story.append(s.table(["序号", "事项", "状态", "涉及亲属", "办理情况"], rows, [12, 36, 22, 26, 74], shade))
    done = sum(1 for i in data["items"] if i["settled"])
    story.append(Spacer(1, 6))
    story.append(s.p(f"共 {len(data['items'])} 项，已办结 {done} 项"
                     + ("，全部落实。" if data.get("complete") else f"，尚有 {len(data['items']) - done} 项待办（底色标出）。"),
                     s.text))
    grant = data.get("grant")
    if grant:
        story.append(s.p("三、一次性抚恤金计算", s.heading, "标题", "heading"))
        for line in grant["lines"]:
            story.append(s.p(line, s.text, "计算过程"))
    story += [Spacer(1, 24), s.signatures(["经办人", "审核人", "日期"])]
    return s.build(story, out, title)
