"""荣誉证书: A4 landscape with a red and gold double border, or the text alone for
pre-printed certificate paper, shifted by x/y offsets to suit the printer.

Each certificate is one page drawn at fixed positions (class attributes in mm from the page's
bottom-left corner). The body text shrinks a little when an unusually long deed would
otherwise overflow its box, down to `body_min_pt`; beyond that the text is refused.
"""

from __future__ import annotations

import os
from typing import IO

from reportlab.lib.colors import Color
from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Frame, PageTemplate

from desktop.domain.errors import UserError

from .base import Renderer, RenderOptions, RenderResult
from .context import DocumentContext
from .layout import RED, CJKParagraph, LettersDocTemplate, draw_runs, draw_seal_image, runs_width

GOLD = Color(0.78, 0.60, 0.18)
PAGE_W, PAGE_H = landscape(A4)


class CertificatePage(Flowable):
    """One whole certificate, drawn in page coordinates (the frame covers the page)."""

    def __init__(self, renderer: CertificateRenderer, ctx: DocumentContext):
        super().__init__()
        self.r = renderer
        self.ctx = ctx
        r, fonts = renderer, renderer.fonts
        values = r.values(ctx)
        t = r.template
        variant = r.variant(ctx)
        self.title_runs = fonts.check_text(t.render("title", values, variant), "证书标题", "title")
        self.salutation = t.render("salutation", values, variant)
        body = t.render("body", values, variant)
        self.body = [body] if isinstance(body, str) else list(body)
        signer = t.render("signer", values) if t.get("signer") else ctx.office.name
        self.signer_runs = fonts.check_text(signer, "颁发单位", "kai")
        date_text = values.get("date", "")
        if not date_text:
            raise UserError("证书缺少颁发日期", field="date")
        self.date_runs = fonts.check_text(date_text, "颁发日期", "kai")
        self.number_runs = fonts.check_text(t.render("number", values), "证书编号", "kai") if t.get("number") else []
        self.paragraphs = self._fit_body()

    def _fit_body(self):
        r = self.r
        width, height = r.body_width_mm * mm, r.body_top_mm * mm - r.body_bottom_mm * mm
        size = r.body_pt
        kai = r.fonts.primary("kai")
        while True:
            lead = size * r.body_leading_ratio
            first = ParagraphStyle("yy-cert-first", fontName=kai, fontSize=size, leading=lead,
                                   alignment=TA_LEFT, wordWrap="CJK")
            body = ParagraphStyle("yy-cert-body", parent=first, alignment=TA_JUSTIFY,
                                  firstLineIndent=2 * size)
            first.tracking = body.tracking = 0.0
            paras = [CJKParagraph(r.fonts.markup(self.salutation, "称呼", "kai"), first)] if self.salutation else []
            paras += [CJKParagraph(r.fonts.markup(text, "证书正文", "kai"), body) for text in self.body]
            total = sum(p.wrap(width, height)[1] for p in paras)
            if total <= height:
                return paras
            if size <= r.body_min_pt:
                raise UserError("证书正文太长，无法在证书上排下，请精简事迹概要", field="deed.summary")
            size -= 1

    def wrap(self, availWidth, availHeight):  # noqa: N802
        return availWidth, availHeight

    def draw(self):
        c, r = self.canv, self.r
        ox, oy = r.options.offset_x_mm * mm, r.options.offset_y_mm * mm
        c.saveState()
        c.translate(ox, -oy)  # offset_y_mm > 0 moves the text down the sheet
        if not r.options.text_only:
            self._draw_border(c)
            draw_runs(c, PAGE_W / 2, r.title_baseline_mm * mm, self.title_runs, r.title_pt,
                      align="center", color=RED, tracking=r.title_tracking_pt)
        y = r.body_top_mm * mm
        x = r.body_left_mm * mm
        for p in self.paragraphs:
            _, h = p.wrap(r.body_width_mm * mm, y)
            y -= h
            p.drawOn(c, x, y)
        size = r.signer_pt
        right = r.signer_right_mm * mm
        date_w = runs_width(self.date_runs, size)
        centre = right - date_w / 2
        if not r.options.text_only and r.options.seal_image:  # else blank for the hand stamp
            cy = (r.signer_baseline_mm + r.date_baseline_mm) / 2 * mm + size * 0.38 + 3 * mm
            draw_seal_image(c, centre, cy, r.seal_diameter_mm, r.options.seal_image)
        signer_w = runs_width(self.signer_runs, size)
        draw_runs(c, min(centre - signer_w / 2, right - signer_w), r.signer_baseline_mm * mm,
                  self.signer_runs, size)
        draw_runs(c, right, r.date_baseline_mm * mm, self.date_runs, size, align="right")
        if self.number_runs:
            draw_runs(c, r.number_left_mm * mm, r.number_baseline_mm * mm, self.number_runs, r.number_pt)
        c.restoreState()

    def _draw_border(self, c):
        r = self.r
        c.saveState()
        outer, inner = r.border_outer_mm * mm, r.border_inner_mm * mm
        c.setStrokeColor(RED)
        c.setLineWidth(r.border_outer_pt)
        c.rect(outer, outer, PAGE_W - 2 * outer, PAGE_H - 2 * outer)
        c.setStrokeColor(GOLD)
        c.setLineWidth(r.border_inner_pt)
        c.rect(inner, inner, PAGE_W - 2 * inner, PAGE_H - 2 * inner)
        c.setLineWidth(0.6)
        gap = 1.6 * mm
        c.rect(inner + gap, inner + gap, PAGE_W - 2 * (inner + gap), PAGE_H - 2 * (inner + gap))
        # Gold corner ornaments: a small diamond in each inner corner.
        c.setFillColor(GOLD)
        s = r.corner_mm * mm
        for cx, cy in ((inner, inner), (PAGE_W - inner, inner), (inner, PAGE_H - inner),
                       (PAGE_W - inner, PAGE_H - inner)):
            p = c.beginPath()
            p.moveTo(cx, cy - s)
            p.lineTo(cx + s, cy)
            p.lineTo(cx, cy + s)
            p.lineTo(cx - s, cy)
            p.close()
            c.drawPath(p, stroke=0, fill=1)
        c.restoreState()


class CertificateRenderer(Renderer):
    kind = "certificate"
    pagesize = PAGE_W, PAGE_H
    # Border.
    border_outer_mm = 9.0
    border_outer_pt = 4.0
    border_inner_mm = 13.0
    border_inner_pt = 1.5
    corner_mm = 3.0
    # Title.
    title_baseline_mm = 163.0
    title_pt = 52.0
    title_tracking_pt = 20.0
    # Salutation and body (楷体).
    body_left_mm = 45.0
    body_width_mm = 207.0
    body_top_mm = 140.0
    body_bottom_mm = 62.0
    body_pt = 22.0
    body_min_pt = 16.0
    body_leading_ratio = 1.75
    # Issuer and date (right), seal over them.
    signer_right_mm = 252.0
    signer_baseline_mm = 50.0
    date_baseline_mm = 39.0
    signer_pt = 20.0
    seal_diameter_mm = 42.0
    # Certificate number (bottom left).
    number_left_mm = 45.0
    number_baseline_mm = 26.0
    number_pt = 12.0

    def page_templates(self, doc: LettersDocTemplate) -> list[PageTemplate]:
        frame = Frame(0, 0, PAGE_W, PAGE_H, leftPadding=0, rightPadding=0, topPadding=0,
                      bottomPadding=0, id="page")
        return [PageTemplate(id="certificate", frames=[frame], pagesize=self.pagesize)]

    def variant(self, ctx: DocumentContext) -> str | None:
        """"posthumous" (追授) for a hero who died, where the template has that wording."""
        if self.options.variant:
            return self.options.variant
        person = ctx.person or (ctx.award.person if ctx.award else None)
        if person is not None and person.state == "died" and "posthumous" in self.template.data.get("variants", {}):
            return "posthumous"
        return None

    def story(self, ctx: DocumentContext) -> list[Flowable]:
        return [CertificatePage(self, ctx)]


def render(ctx: DocumentContext, out: str | os.PathLike | IO[bytes], *,
           options: RenderOptions | None = None) -> RenderResult:
    """Render one certificate; options.text_only / offset_x_mm / offset_y_mm for pre-printed paper."""
    return CertificateRenderer(options).render_many([ctx], out)
