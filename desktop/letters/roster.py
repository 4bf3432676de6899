"""表彰名单: the honour roll of a commendation batch, a table over as many pages as needed.

The header row repeats on every page. A person marked do_not_publicise appears only as a
numbered row reading （依本人意愿不公开）: no name, gender, place, title or amount.
"""

from __future__ import annotations

import os
from typing import IO

from reportlab.lib.colors import black
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from desktop.domain.errors import UserError

from .base import RenderOptions, RenderResult
from .context import AwardInfo, DocumentContext
from .layout import LEADING, CJKParagraph
from .official import OfficialRenderer
from .templates import _amount


class RosterRenderer(OfficialRenderer):
    kind = "roster"
    letterhead = False
    # Columns (mm) across the 156 mm block: 序号 姓名 性别 单位或户籍地 荣誉称号 奖励金额.
    column_widths_mm = (12.0, 22.0, 12.0, 48.0, 42.0, 20.0)
    table_font_size = 12.0
    table_leading = 17.0
    cell_padding_mm = 1.5

    def _cell_styles(self):
        size, lead = self.table_font_size, self.table_leading
        body = self.fonts.primary("body")
        centre = ParagraphStyle("yy-cell-c", fontName=body, fontSize=size, leading=lead,
                                alignment=TA_CENTER, wordWrap="CJK")
        left = ParagraphStyle("yy-cell-l", parent=centre, alignment=TA_LEFT)
        head = ParagraphStyle("yy-cell-h", parent=centre, fontName=self.fonts.primary("heading"))
        for s in (centre, left, head):
            s.tracking = 0.0
        return centre, left, head

    def story(self, ctx: DocumentContext) -> list[Flowable]:
        if ctx.batch is None or not ctx.batch.awards:
            raise UserError("表彰名单中没有人员", field="awards")
        values = self.values(ctx)
        flow: list[Flowable] = []
        label = self.template.get("attachment_label", None, "")
        if label:
            style = ParagraphStyle("yy-attach", parent=self.styles.body_flush,
                                   fontName=self.fonts.primary("heading"))
            style.tracking = self.styles.body_flush.tracking
            flow += [CJKParagraph(self.fonts.markup(label, "附件标识", "heading",
                                                    base=style.fontName), style),
                     Spacer(1, LEADING * 0.5)]
        flow.append(self.title_paragraph(self.template.render("title", values)))
        if ctx.batch.document_number:
            flow.append(CJKParagraph(self.fonts.markup(f"（{ctx.batch.document_number}）", "表彰文号", "body"),
                                     self.styles.center))
        flow.append(Spacer(1, LEADING * 0.6))
        flow.append(self.table(ctx))
        return flow

    def table(self, ctx: DocumentContext) -> Table:
        centre, left, head = self._cell_styles()
        columns = list(self.template.get("columns"))
        if len(columns) != 6:
            raise UserError("表彰名单模板的 columns 必须正好有6列")
        hidden = str(self.template.get("hidden", None, "（依本人意愿不公开）"))

        def cell(text: str, label: str, style, role="body") -> CJKParagraph:
            return CJKParagraph(self.fonts.markup(text, label, role, base=style.fontName), style)

        rows = [[cell(c, "表头", head, "heading") for c in columns]]
        spans = []
        for i, award in enumerate(ctx.batch.awards, start=1):
            rows.append(self.row(i, award, cell, centre, left, hidden))
            if award.person is None or award.person.do_not_publicise:
                spans.append(("SPAN", (1, i), (5, i)))
        widths = [w * mm for w in self.column_widths_mm]
        pad = self.cell_padding_mm * mm
        table = Table(rows, colWidths=widths, repeatRows=1)
        table.setStyle(TableStyle([
            ("GRID", (0, 0), (-1, -1), 0.6, black),
            # Spanned-over cells hold "", drawn in the table's font: make it ours, not Helvetica.
            ("FONTNAME", (0, 0), (-1, -1), self.fonts.primary("body")),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), pad),
            ("BOTTOMPADDING", (0, 0), (-1, -1), pad + 1),
            ("LEFTPADDING", (0, 0), (-1, -1), pad),
            ("RIGHTPADDING", (0, 0), (-1, -1), pad),
            *spans,
        ]))
        return table

    def row(self, number: int, award: AwardInfo, cell, centre, left, hidden: str) -> list:
        p = award.person
        if p is None or p.do_not_publicise:
            # Nothing that identifies the person, not even the honour or the amount.
            return [cell(str(number), "序号", centre), cell(hidden, "不公开说明", centre), "", "", "", ""]
        place = p.employer or p.hukou_place
        return [
            cell(str(number), "序号", centre),
            cell(p.name, "姓名", centre),
            cell(p.gender, "性别", centre),
            cell(place, "单位或户籍地", left),
            cell(award.honour_title, "荣誉称号", left),
            cell(_amount(award.amount), "奖励金额", centre),
        ]


def render(ctx: DocumentContext, out: str | os.PathLike | IO[bytes], *,
           options: RenderOptions | None = None) -> RenderResult:
    """Render the honour roll of ctx.batch."""
    return RosterRenderer(options).render_many([ctx], out)
