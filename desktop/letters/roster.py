"""表彰名单: the honour roll of a commendation batch, a table over as many pages as needed.

The header row repeats on every page. A person marked do_not_publicise appears only as a
numbered row reading （依本人意愿不公开）: no name, gender, place, title or amount.
"""

from __future__ import annotations

import os
from typing import IO, Any

from reportlab.lib.colors import black
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from desktop.domain.errors import UserError

from .base import RenderOptions, RenderResult
from .context import AwardInfo, DocumentContext
from .layout import BLOCK_WIDTH_MM, LEADING, CJKParagraph
from .official import OfficialRenderer
from .templates import _amount


class RosterRenderer(OfficialRenderer):
    kind = "roster"
    letterhead = False
    # Columns: 序号 姓名 性别 单位或户籍地 荣誉称号 [记功] [追授] [外来务工] 奖励金额, widths fitted
    # to their content across the 156 mm block.
    table_font_size = 12.0
    table_leading = 17.0
    table_font_size_many = 10.5
    table_leading_many = 15.0
    cell_padding_mm = 1.5

    def _cell_styles(self, columns: int = 6):
        size, lead = self.table_font_size, self.table_leading
        if columns > 6:  # 记功/追授/外来务工 too: 五号 (10.5 pt) so the wide columns keep room
            size, lead = self.table_font_size_many, self.table_leading_many
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

    def _columns(self, awards) -> list[tuple[str, str]]:
        """(key, header) of the columns: the template's six, with 记功, 追授 and 外来务工 before the
        amount where some row of the batch has them."""
        labels = list(self.template.get("columns"))
        if len(labels) != 6:
            raise UserError("表彰名单模板的 columns 必须正好有6列")
        keys = ["number", "name", "gender", "place", "title", "amount"]
        cols = list(zip(keys[:5], labels[:5]))
        shown = [a for a in awards if a.person is not None and not a.person.do_not_publicise]
        for key, default, present in (("merit", "记功", any(a.merit for a in shown)),
                                      ("posthumous", "追授", any(a.posthumous for a in shown)),
                                      ("migrant", "外来务工", any(a.migrant_worker for a in shown))):
            if present:
                cols.append((key, str(self.template.get(f"{key}_column", None, default))))
        cols.append(("amount", labels[5]))
        return cols

    def _widths(self, cols, rows_text) -> list[float]:
        """Column widths fitted to content: narrow columns get their longest cell, the wide ones
        (place, title) share what is left in proportion to their longest cell."""
        pad = 2 * self.cell_padding_mm * mm + 1
        size = getattr(self, "_size", self.table_font_size)
        body, head = self.fonts.primary("body"), self.fonts.primary("heading")
        from reportlab.pdfbase.pdfmetrics import stringWidth

        def width(text, font):
            return max((stringWidth(part, font, size) for part in text.split("\n")), default=0)

        natural = []
        for k, (key, label) in enumerate(cols):
            cap = 4.2 if key == "amount" else 2.2  # a header wraps after two characters (奖励金额 four)
            head_w = min(width(label, head), cap * size)
            cells = [width(r[k], body) for r in rows_text if r[k]]
            w = max([head_w, *cells])
            if key == "merit":
                w = min(w, 3.2 * size)  # 记个人一等功 wraps after three characters
            natural.append(w + pad)
        total = BLOCK_WIDTH_MM * mm
        flexible = [k for k, (key, _) in enumerate(cols) if key in ("name", "place", "title")]
        fixed = sum(w for k, w in enumerate(natural) if k not in flexible)
        room = total - fixed
        want = sum(natural[k] for k in flexible)
        widths = list(natural)
        if want <= room:  # everything fits on one line: spare space to place and title
            spare = room - want
            for k in flexible:
                if cols[k][0] != "name":
                    widths[k] += spare / 2
        else:  # the name keeps its width; place and title wrap, sharing the rest by their length
            name = [k for k in flexible if cols[k][0] == "name"]
            rest = [k for k in flexible if cols[k][0] != "name"]
            room -= sum(natural[k] for k in name)
            share = sum(natural[k] for k in rest)
            for k in rest:
                widths[k] = room * natural[k] / share
        return widths

    def _texts(self, award: AwardInfo, cols) -> list[str]:
        p = award.person
        assert p is not None  # rows without a person are hidden before this
        values = {"name": p.name, "gender": p.gender, "place": p.employer or p.hukou_place,
                  "title": award.honour_title, "merit": award.merit,
                  "posthumous": "追授" if award.posthumous else "", "migrant": "是" if award.migrant_worker else "",
                  "amount": _amount(award.amount)}
        return [values.get(key, "") for key, _ in cols]

    def table(self, ctx: DocumentContext) -> Table:
        assert ctx.batch is not None  # story() refused a context without a batch
        awards = ctx.batch.awards
        cols = self._columns(awards)
        centre, left, head = self._cell_styles(len(cols))
        self._size = centre.fontSize
        hidden = str(self.template.get("hidden", None, "（依本人意愿不公开）"))
        labels = {"number": "序号", "name": "姓名", "gender": "性别", "place": "单位或户籍地", "title": "荣誉称号",
                  "merit": "记功", "posthumous": "追授", "migrant": "外来务工", "amount": "奖励金额"}

        def cell(text: str, label: str, style, role="body") -> CJKParagraph:
            return CJKParagraph(self.fonts.markup(text, label, role, base=style.fontName), style)

        texts = []
        for i, award in enumerate(awards, start=1):
            p = award.person
            if p is None or p.do_not_publicise:
                texts.append([str(i)] + [""] * (len(cols) - 1))
            else:
                texts.append([str(i)] + self._texts(award, cols)[1:])
        rows: list[list[Any]] = [[cell(label, "表头", head, "heading") for _, label in cols]]
        spans = []
        for i, (award, row_text) in enumerate(zip(awards, texts), start=1):
            if award.person is None or award.person.do_not_publicise:
                # Nothing that identifies the person, not even the honour or the amount.
                rows.append([cell(row_text[0], "序号", centre), cell(hidden, "不公开说明", centre)]
                            + [""] * (len(cols) - 2))
                spans.append(("SPAN", (1, i), (len(cols) - 1, i)))
                continue
            rows.append([cell(text, labels[key], left if key in ("place", "title") else centre)
                         for (key, _), text in zip(cols, row_text)])
        widths = self._widths(cols, [[c for c in r] for r, a in zip(texts, awards)
                                     if a.person is not None and not a.person.do_not_publicise])
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


def render(ctx: DocumentContext, out: str | os.PathLike | IO[bytes], *,
           options: RenderOptions | None = None) -> RenderResult:
    """Render the honour roll of ctx.batch."""
    return RosterRenderer(options).render_many([ctx], out)
