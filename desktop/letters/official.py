"""GB/T 9704-2012 official-document layout: the base renderer of letters, decisions and rolls.

Positions are class attributes in millimetres (like pretix's invoice renderer), so an office
variant can subclass and move things without touching the drawing code.
"""

from __future__ import annotations

import re

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Frame, PageTemplate, Spacer

from desktop.domain.errors import UserError

from .base import Renderer
from .context import DocumentContext
from .layout import (
    BLOCK_HEIGHT_MM,
    BLOCK_WIDTH_MM,
    BODY_SIZE,
    BODY_TRACKING,
    LEFT_MARGIN_MM,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    RED,
    TITLE_SIZE,
    TOP_MARGIN_MM,
    CJKParagraph,
    KeepTailWithSignature,
    LettersDocTemplate,
    Stack,
    draw_page_number,
    draw_runs,
    draw_seal_image,
    heading_level,
    one_line,
    paragraph_runs,
    reusable_form,
    runs_paragraph,
    runs_width,
    title_lines,
)
from .words import words_of

_DOC_NUMBER = re.compile(r"^(.+?)[〔\[(（]?(\d{4})[〕\])）]?(\d+)号$")


def document_number(organ_code: str, year: int, number: int) -> str:
    """发文字号: organ code, year in 〔 〕, number without padding, 号 — e.g. 上公〔2026〕7号."""
    if not organ_code.strip():
        raise UserError("发文字号缺少机关代字", field="short_name")
    if number <= 0:
        raise UserError("发文字号的序号必须大于0", field="number")
    return f"{organ_code.strip()}〔{year}〕{int(number)}号"


def normalize_document_number(text: str) -> str:
    """Mend a typed number into the standard form: 上公[2026]007号 → 上公〔2026〕7号."""
    m = _DOC_NUMBER.match(text.strip())
    if not m:
        return text.strip()
    return f"{m.group(1)}〔{m.group(2)}〕{int(m.group(3))}号"


def _fit_organ_mark(r: OfficialRenderer, header: str, number: str) -> tuple[list, list, float, float]:
    """The organ mark's and the number's runs, and the mark's size and horizontal scale (%): as large
    as the block's width allows up to the maximum; a long name keeps the minimum height and narrows."""
    mark_runs = r.fonts.check_text(header, "发文机关标志", "title")
    number_runs = r.fonts.check_text(number, "发文字号", "body") if number else []
    width = BLOCK_WIDTH_MM * mm
    natural = runs_width(mark_runs, 1.0)  # width per point of size
    size = min(r.organ_mark_max_pt, width / natural) if natural else r.organ_mark_max_pt
    scale = 100.0
    if size < r.organ_mark_min_pt:
        size = r.organ_mark_min_pt
        scale = 100.0 * width / (natural * size)
    return mark_runs, number_runs, size, scale


class OfficialHeader(Flowable):
    """版头: the red organ mark, the document number centred below it, the red rule."""

    def __init__(self, renderer: OfficialRenderer, header: str, number: str):
        super().__init__()
        r = self.r = renderer
        self.mark_runs, self.number_runs, size, self.mark_scale = _fit_organ_mark(renderer, header, number)
        self.mark_size = size
        self.height = (
            r.organ_mark_top_mm * mm
            + size
            + r.number_gap_lines * r.leading
            + BODY_SIZE
            + r.rule_gap_mm * mm
            + r.rule_thickness_pt
        )

    def wrap(self, availWidth, availHeight):  # noqa: N802
        return availWidth, self.height

    def draw(self):
        c, r = self.canv, self.r
        width = BLOCK_WIDTH_MM * mm
        mark_y = self.height - r.organ_mark_top_mm * mm - self.mark_size * 0.88
        number_y = mark_y - (self.mark_size * 0.12 + r.number_gap_lines * r.leading + BODY_SIZE * 0.88)
        rule_y = number_y - (BODY_SIZE * 0.12 + r.rule_gap_mm * mm)

        def mark_and_rule(f):  # the same on every letter of a batch: one form XObject
            draw_runs(f, width / 2, mark_y - rule_y, self.mark_runs, self.mark_size, align="center",
                      color=RED, horiz_scale=self.mark_scale)
            f.saveState()
            f.setStrokeColor(RED)
            f.setLineWidth(r.rule_thickness_pt)
            f.line(0, 0, width, 0)
            f.restoreState()

        key = repr(("header", tuple(self.mark_runs), self.mark_size, self.mark_scale, width,
                    mark_y - rule_y, r.rule_thickness_pt))
        top = mark_y - rule_y + self.mark_size * 1.2
        name = reusable_form(c, key, mark_and_rule, (-2, -r.rule_thickness_pt - 2, width + 2, top))
        c.saveState()
        c.translate(0, rule_y)
        c.doForm(name)
        c.restoreState()
        if self.number_runs:
            draw_runs(c, width / 2, number_y, self.number_runs, BODY_SIZE, align="center")


class _DrawnAt(Flowable):
    """A block of fixed `height` drawn at the frame position itself (no translate): `draw_at(x, y)`."""

    height: float

    def wrap(self, availWidth, availHeight):  # noqa: N802
        return availWidth, self.height

    def drawOn(self, canvas, x, y, _sW=0):  # noqa: N802 - drawn at (x, y) directly, no translate
        self.canv = canvas
        try:
            self.draw_at(x, y)
        finally:
            del self.canv

    def draw(self):
        self.draw_at(0.0, 0.0)

    def draw_at(self, ox: float, oy: float) -> None:
        raise NotImplementedError


class LetterHeader(_DrawnAt):
    """信函格式 (GB/T 9704 10.1): the red organ mark 30 mm from the paper's top edge, a red double
    rule (thick over thin) 4 mm below it, 170 mm long and centred on the paper, and the
    document number flush with the block's right edge one line below the rule."""

    def __init__(self, renderer: OfficialRenderer, header: str, number: str):
        super().__init__()
        r = self.r = renderer
        self.mark_runs, self.number_runs, size, self.mark_scale = _fit_organ_mark(renderer, header, number)
        self.mark_size = size
        top = (r.letter_mark_top_mm - r.top_margin_mm) * mm  # negative: above the block
        self.rule_y_from_top = top + size + 4 * mm
        self.height = self.rule_y_from_top + 3.0 + (r.leading if self.number_runs else 0)

    def draw_at(self, ox: float, oy: float) -> None:
        c, r = self.canv, self.r
        width = BLOCK_WIDTH_MM * mm
        top = (r.letter_mark_top_mm - r.top_margin_mm) * mm
        mark_y = self.height - top - self.mark_size * 0.88
        rule_y = self.height - self.rule_y_from_top
        left = (PAGE_WIDTH - r.letter_rule_mm * mm) / 2 - r.left_margin_mm * mm

        def mark_and_rule(f):
            draw_runs(f, width / 2, mark_y - rule_y, self.mark_runs, self.mark_size, align="center",
                      color=RED, horiz_scale=self.mark_scale)
            draw_double_rule(f, left, 0, r.letter_rule_mm * mm, thick_first=True)

        key = repr(("letterhead", tuple(self.mark_runs), self.mark_size, self.mark_scale, mark_y - rule_y))
        name = reusable_form(c, key, mark_and_rule, (left - 2, -6, left + r.letter_rule_mm * mm + 2,
                                                      mark_y - rule_y + self.mark_size * 1.2))
        c.saveState()
        c.translate(ox, oy + rule_y)
        c.doForm(name)
        c.restoreState()
        if self.number_runs:
            draw_runs(c, ox + width, oy + rule_y - 3.0 - BODY_SIZE * 0.95, self.number_runs, BODY_SIZE,
                      align="right")


def draw_double_rule(c, x: float, y: float, length: float, *, thick_first: bool) -> None:
    """A red double rule at y (its upper line), thick over thin or thin over thick."""
    thick, thin, gap = 1.5, 0.5, 1.5
    widths = (thick, thin) if thick_first else (thin, thick)
    c.saveState()
    c.setStrokeColor(RED)
    c.setLineWidth(widths[0])
    c.line(x, y, x + length, y)
    c.setLineWidth(widths[1])
    c.line(x, y - gap - (widths[0] + widths[1]) / 2, x + length, y - gap - (widths[0] + widths[1]) / 2)
    c.restoreState()


class SignatureBlock(_DrawnAt):
    """署名 and 成文日期 with the space for the seal over them (GB/T 9704 7.3.5.1).

    The date ends four characters from the right margin; the organ name is centred over the
    date; the seal is centred on the date and sits a little above the two lines, so that they
    fall in the lower half of the seal and its top stays within a line of the text above.
    """

    def __init__(self, renderer: OfficialRenderer, signer: str, date_text: str, *, gap_lines: float):
        super().__init__()
        self.r = renderer
        fonts = renderer.fonts
        self.signer_runs = fonts.check_text(signer, "署名", "body") if signer else []
        self.date_runs = fonts.check_text(date_text, "成文日期", "body") if date_text else []
        self.gap_lines = gap_lines
        self.height = (gap_lines + 2) * renderer.leading

    def draw_at(self, ox: float, oy: float) -> None:
        c, r = self.canv, self.r
        width = BLOCK_WIDTH_MM * mm
        char = BODY_SIZE + BODY_TRACKING
        signer_y = oy + self.height - BODY_SIZE - self.gap_lines * r.leading
        date_y = signer_y - r.leading
        date_right = ox + width - r.date_right_chars * char
        date_w = runs_width(self.date_runs, BODY_SIZE, BODY_TRACKING)
        centre_x = date_right - date_w / 2
        signer_w = runs_width(self.signer_runs, BODY_SIZE, BODY_TRACKING)
        signer_x = min(centre_x - signer_w / 2, ox + width - signer_w)  # never past the margin
        if r.options.seal_image and r.seal_enabled:  # else the space stays blank for the hand stamp
            cy = (signer_y + date_y) / 2 + BODY_SIZE * 0.38 + r.seal_lift_mm * mm
            draw_seal_image(c, centre_x, cy, r.seal_diameter_mm, r.options.seal_image)
        if self.signer_runs:
            draw_runs(c, signer_x, signer_y, self.signer_runs, BODY_SIZE, tracking=BODY_TRACKING)
        if self.date_runs:
            draw_runs(c, date_right, date_y, self.date_runs, BODY_SIZE, align="right",
                      tracking=BODY_TRACKING)


class OfficialRenderer(Renderer):
    """Base of the documents on the 版心: hooks build the story, page hooks draw page numbers."""

    # Page (GB/T 9704 5.2).
    top_margin_mm = TOP_MARGIN_MM
    left_margin_mm = LEFT_MARGIN_MM
    block_width_mm = BLOCK_WIDTH_MM
    block_height_mm = BLOCK_HEIGHT_MM
    # Format (GB/T 9704): "general" 通用格式 (版头 in the block, page numbers on every page) or
    # "letter" 信函格式 (10.1: mark 30 mm from the top, red double rules, no number on page 1).
    # Each kind has a default; an office template may choose with `format = "letter"`.
    default_format = "general"
    letter_mark_top_mm = 30.0
    letter_rule_mm = 170.0
    letter_bottom_rule_mm = 20.0  # the lower double rule, from the paper's bottom edge
    # 版头 (7.2).
    letterhead = True  # red organ mark, number and rule
    organ_mark_top_mm = 35.0  # the mark's top edge 35 mm below the block's top edge
    organ_mark_max_pt = 42.0
    organ_mark_min_pt = 28.0
    number_gap_lines = 2  # 发文字号 two lines below the mark
    rule_gap_mm = 4.0  # red rule 4 mm below the number
    rule_thickness_pt = 1.5
    # 主体 (7.3).
    title_gap_lines = 2  # title two lines below the rule
    addressee_gap_lines = 1  # addressee one line below the title
    signature_gap_lines = 2  # blank lines between the text and the organ name
    date_right_chars = 4  # 成文日期右空四字
    seal_enabled = True
    seal_diameter_mm = 42.0
    seal_lift_mm = 3.0
    # 页码 (7.5).
    page_number_gap_mm = 7.0

    @property
    def format(self) -> str:
        value = str(self.template.get("format", None, self.default_format) or self.default_format)
        if value not in ("general", "letter"):
            raise UserError(f"模板的 format 应为 general（通用格式）或 letter（信函格式），而不是“{value}”")
        return value

    # --- page ----------------------------------------------------------------------------
    def page_templates(self, doc: LettersDocTemplate) -> list[PageTemplate]:
        bottom = PAGE_HEIGHT - (self.top_margin_mm + self.block_height_mm) * mm
        frame = Frame(
            self.left_margin_mm * mm, bottom, self.block_width_mm * mm,
            self.block_height_mm * mm + 0.01, leftPadding=0, rightPadding=0, topPadding=0,
            bottomPadding=0, id="block",
        )
        return [PageTemplate(id="page", frames=[frame], onPageEnd=self.on_page_end)]

    def on_page_end(self, canv, doc: LettersDocTemplate) -> None:
        if getattr(doc, "blank_page", False):
            doc.blank_page = False
            return
        if self.format == "letter" and doc.document_page(canv) == 1:
            # 信函格式: the lower red double rule (thin over thick), and no page number on page 1.
            left = (PAGE_WIDTH - self.letter_rule_mm * mm) / 2
            length = self.letter_rule_mm * mm
            name = reusable_form(canv, repr(("lower-rule", length)),
                                 lambda f: draw_double_rule(f, 0, 0, length, thick_first=False),
                                 (-1, -6, length + 1, 2))
            canv.saveState()
            canv.translate(left, self.letter_bottom_rule_mm * mm + 3.5)
            canv.doForm(name)
            canv.restoreState()
            return
        bottom_mm = (PAGE_HEIGHT / mm) - self.top_margin_mm - self.block_height_mm
        draw_page_number(canv, doc, self.fonts, left_mm=self.left_margin_mm,
                         width_mm=self.block_width_mm, bottom_mm=bottom_mm)

    # --- story hooks ---------------------------------------------------------------------
    def story(self, ctx: DocumentContext) -> list[Flowable]:
        values = self.values(ctx)
        variant = self.variant(ctx)
        flow: list[Flowable] = []
        flow += self.header(ctx, values, variant)
        flow += self.title(ctx, values, variant)
        flow += self.addressee(ctx, values, variant)
        body = self.body(ctx, values, variant)
        closing = self.closing(ctx, values, variant)
        signature = self.signature(ctx, values, variant)
        # The last paragraph travels with the signature: a page must not hold only the seal.
        last = body[-1] if body else None
        flow += body[:-1]
        flow.append(KeepTailWithSignature(last, closing + signature, leading=self.leading))
        return [Stack(flow)]

    def document_number_text(self, ctx: DocumentContext, values: dict[str, str]) -> str:
        return values.get("letter.document_number", "")

    def header(self, ctx, values, variant) -> list[Flowable]:
        if not self.letterhead:
            return []
        number = self.document_number_text(ctx, values)
        head = LetterHeader if self.format == "letter" else OfficialHeader
        return [head(self, ctx.office.header_text, number), Spacer(1, self.title_gap_lines * self.leading)]

    def title(self, ctx, values, variant) -> list[Flowable]:
        text = self.template.render("title", values, variant)
        return [self.title_paragraph(text), Spacer(1, self.addressee_gap_lines * self.leading)]

    def title_paragraph(self, text: str) -> Flowable:
        """The title, centred; a title longer than a line breaks between words (jieba) into
        lines of nearly equal length."""
        runs = self.fonts.check_text(text, "标题", "title")
        width = BLOCK_WIDTH_MM * mm
        style = self.styles.title
        if runs_width(runs, TITLE_SIZE) <= width:
            return one_line(runs, style, width)
        lines = title_lines(words_of(text), lambda w: runs_width(self.fonts.check_text(w, "标题", "title"),
                                                                 TITLE_SIZE), width)
        return CJKParagraph("<br/>".join(self.fonts.markup(line, "标题", "title") for line in lines), style)

    def addressee(self, ctx, values, variant) -> list[Flowable]:
        text = values.get("letter.addressee") or self.template.render("addressee", values, variant)
        text = text.rstrip().rstrip(":：") + "："  # 主送机关 ends with a full-width colon
        return [one_line(self.fonts.check_text(text, "主送对象", "body"), self.styles.addressee, BLOCK_WIDTH_MM * mm)]

    def body_texts(self, ctx, values, variant) -> list[str]:
        texts = self.template.render("body", values, variant)
        if isinstance(texts, str):
            texts = [texts]
        paragraphs = []
        for text in texts:  # a field holding several paragraphs (事迹) splits into several
            paragraphs += [p.strip() for p in text.splitlines() if p.strip()]
        return paragraphs

    def body(self, ctx, values, variant) -> list[Flowable]:
        return [self.body_paragraph(t) for t in self.body_texts(ctx, values, variant)]

    def body_paragraph(self, text: str, label: str = "正文") -> Flowable:
        # A heading standing on its own line (一、基本情况) must not end a page.
        alone = heading_level(text) and "。" not in text
        style = self.styles.body_keep if alone else self.styles.body
        return runs_paragraph(paragraph_runs(self.fonts, text, label), style)

    def closing(self, ctx, values, variant) -> list[Flowable]:
        return []

    def signature(self, ctx, values, variant) -> list[Flowable]:
        signer = self.template.get("signer", variant)
        signer = self.template.render("signer", values, variant) if signer else ctx.office.name
        date_text = values.get("date", "")
        if not date_text:
            raise UserError("文书缺少成文日期", field="date")
        return [SignatureBlock(self, signer, date_text, gap_lines=self.signature_gap_lines)]

