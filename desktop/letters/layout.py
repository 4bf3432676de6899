"""Shared layout pieces: CJK paragraphs on the GB/T 9704 grid, styles, page numbers, the seal image.

Units are millimetres in names ending in ``_mm``; reportlab works in points.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from itertools import accumulate
from xml.sax.saxutils import escape

from reportlab.lib.colors import Color, black
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.rl_accel import fp_str
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import getAscentDescent, getFont
from reportlab.pdfgen.textobject import PDFTextObject
from reportlab.platypus import BaseDocTemplate, Flowable, Paragraph, Spacer
from reportlab.platypus.paragraph import FragLine, ParaLines
from reportlab.platypus.paraparser import ParaParser

from .fonts import FontSet

RED = Color(0.85, 0.0, 0.0)  # 发文机关标志 and the rule: a plain red that prints well

# GB/T 9704-2012 geometry.
PAGE_WIDTH, PAGE_HEIGHT = A4
TOP_MARGIN_MM = 37.0
LEFT_MARGIN_MM = 28.0
BLOCK_WIDTH_MM = 156.0
BLOCK_HEIGHT_MM = 225.0
LINES_PER_PAGE = 22
CHARS_PER_LINE = 28
BODY_SIZE = 16.0  # 3号
TITLE_SIZE = 22.0  # 2号
PAGE_NUMBER_SIZE = 14.0  # 4号
LEADING = BLOCK_HEIGHT_MM * mm / LINES_PER_PAGE  # 28.99 pt: 22 lines fill the block exactly


def grid_tracking(width_pt: float, size: float, chars: int) -> float:
    """Character spacing (pt) that puts `chars` full-width characters of `size` in `width_pt`.

    3号 characters are 16 pt wide; 28 of them are 448 pt but the block is 442 pt, so the
    standard's 28 characters a line need about −0.2 pt between characters (Word does the same
    through its document grid).
    """
    return (width_pt - chars * size) / chars


BODY_TRACKING = grid_tracking(BLOCK_WIDTH_MM * mm, BODY_SIZE, CHARS_PER_LINE)

# ---------------------------------------------------------------------------------------------
# CJK line breaking (禁则)

# Never at the start of a line (GB/T 15834 closing and pause marks, plus their ASCII twins).
CANNOT_START = frozenset(
    "。，、；：？！）》」』】〕〗〉”’…—·．％‰℃%!),.:;?]}>"
    "\uff09\uff3d\uff5d\u3009\u300b\u3011\u3015\u3017\u3019\u301b\u2019\u201d\u00b7\u30fb"
)
# Never at the end of a line (opening marks).
CANNOT_END = frozenset("（《「『【〔〖〈“‘([{<\uff08\uff3b\uff5b\u3008\u300a\u3010\u3014\u2018\u201c")
# Pairs that must stay together (——, ……) and runs that must not be split (numbers, Latin words).
_PAIRED = frozenset("—…")


def _unbreakable(a: str, b: str) -> bool:
    """True when a line must not end between characters a and b."""
    if b in CANNOT_START or a in CANNOT_END:
        return True
    if a == b and a in _PAIRED:
        return True
    return a.isascii() and b.isascii() and (a.isalnum() or a in ".,-/%") and b.isalnum()


class _WidthTable(dict):
    """Advance widths at 1 pt for one font, filled on first use (stringWidth per call is slow)."""

    def __init__(self, font_name: str):
        super().__init__()
        self.font = getFont(font_name)

    def __missing__(self, ch: str) -> float:
        w = self[ch] = self.font.stringWidth(ch, 1.0)
        return w


_widths: dict[str, _WidthTable] = {}


def _width_table(font_name: str) -> _WidthTable:
    table = _widths.get(font_name)
    if table is None:
        table = _widths[font_name] = _WidthTable(font_name)
    return table


def cjk_split(frags, max_widths, tracking: float) -> ParaLines:
    """Break fragments into lines of single characters with proper 禁则 (kinsoku).

    reportlab's own CJK splitter lets one closing mark hang into the right margin and then puts
    the next one (”, ）, 》…) at the start of a line; here the break moves back instead, so text
    stays inside the block, and the short line is justified by character spacing.
    """
    chars: list[str] = []
    widths: list[float] = []
    bounds: list[int] = []  # where each fragment starts in chars
    breaks: list[int] = []  # positions of explicit <br/>
    metrics = []
    for f in frags:
        size = f.fontSize
        bounds.append(len(chars))
        metrics.append((size, *getAscentDescent(f.fontName, size)))
        if hasattr(f, "lineBreak"):
            breaks.append(len(chars))
            continue
        text = f.text
        if text:
            chars.extend(text)
            widths.extend([w * size + tracking for w in map(_width_table(f.fontName).__getitem__, text)])
    cum = list(accumulate(widths, initial=0.0))
    ends = _break_points(chars, cum, breaks, max_widths)
    ends = _no_lonely_tail(chars, ends, breaks, min_last=MIN_LAST_LINE_CHARS)
    lines = []
    start = 0
    for i, (end, forced) in enumerate(ends):
        max_width = max_widths[min(i, len(max_widths) - 1)]
        used = cum[end] - cum[start]
        lines.append(_frag_line(frags, chars, bounds, metrics, start, end, max_width, used, forced))
        start = end
    return ParaLines(kind=1, lines=lines)


# A paragraph's last line holds at least this many characters (its closing mark included).
MIN_LAST_LINE_CHARS = 3


def _no_lonely_tail(chars, ends, breaks, *, min_last: int) -> list[tuple[int, bool]]:
    """Carry characters down so the last line is not one or two lonely characters.

    The line(s) before give up one character each (and are justified a little looser), so
    "…感谢！" never leaves "谢！" alone on the last line; every moved break still obeys 禁则.
    """
    if len(ends) < 2 or ends[-1][1] or ends[-2][1] or breaks:
        return ends
    n = ends[-1][0]
    last_start = ends[-2][0]
    need = min_last - (n - last_start)
    if need <= 0:
        return ends
    out = list(ends)
    # Each earlier line gives one character: line k's end moves back by the characters carried
    # past it. Spread over up to `need` lines, never emptying one below half its length.
    lines = len(out) - 1  # lines that can give
    givers = min(need, lines)
    per = [need // givers + (1 if i < need % givers else 0) for i in range(givers)]  # last lines first
    for i in range(givers):
        idx = len(out) - 2 - i
        shift_here = need - sum(per[:i])  # what crosses the boundary after line idx
        start = out[idx - 1][0] if idx > 0 else 0
        end = out[idx][0] - shift_here
        while end > start + 1 and _unbreakable(chars[end - 1], chars[end]):
            end -= 1
        if out[idx][0] - start < 8 or end - start < (out[idx][0] - start) // 2:
            return ends  # a short line (a table cell) or one that would be ruined: leave it
        out[idx] = (end, False)
    for k in range(1, len(out)):  # every line still holds something
        if out[k][0] <= out[k - 1][0]:
            return ends
    return out


def _break_points(chars, cum, breaks, max_widths) -> list[tuple[int, bool]]:
    """Greedy line ends (index after the line's last character, forced by <br/>?) with 禁则."""
    n = len(chars)
    ends: list[tuple[int, bool]] = []
    start = 0
    while start < n:
        max_width = max_widths[min(len(ends), len(max_widths) - 1)]
        # Largest end with cum[end] - cum[start] <= max_width, at least one character.
        end = max(start + 1, bisect_right(cum, cum[start] + max_width + 0.01) - 1)
        end = min(end, n)
        forced = False
        k = bisect_right(breaks, start)
        if k < len(breaks) and breaks[k] <= end and breaks[k] > start:
            end, forced = breaks[k], True
        if not forced and end < n:
            b = end
            while b > start + 1 and _unbreakable(chars[b - 1], chars[b]):
                b -= 1
            if b > start + 1 or not _unbreakable(chars[b - 1], chars[b]):
                end = b
        ends.append((end, forced))
        start = end
    return ends


def _clone(frag, **changes):
    """frag.clone(**changes) without the keyword-argument round trip (ABag.clone calls
    __init__(**__dict__)); the same attributes, about three times faster."""
    new = object.__new__(frag.__class__)
    new.__dict__ = {**frag.__dict__, **changes}
    return new


def _frag_line(frags, chars, bounds, metrics, start, end, max_width, used, forced) -> FragLine:
    words = []
    max_size = ascent = descent = 0.0
    k = bisect_right(bounds, start) - 1  # the fragment holding chars[start]
    a = start
    while a < end:
        b = min(end, bounds[k + 1]) if k + 1 < len(bounds) else end
        if b > a:
            words.append(_clone(frags[k], text="".join(chars[a:b])))
            size, asc, desc = metrics[k]
            max_size = max(max_size, size)
            ascent = max(ascent, asc)
            descent = min(descent, desc)
            a = b
        k += 1
    # wordCount = glyph count: Paragraph's justification divides the spare width by
    # wordCount - 1 and hands it to setWordSpace, which CJKTextObject turns into Tc.
    count = max(1, end - start)
    # A line cut short by an unbreakable run (an 18-digit ID number) would be stretched to letter
    # spacing of half a character and more: leave such a line ragged instead (lineBreak=True is
    # what tells both drawing paths not to justify a line).
    loose = count > 1 and (max_width - used) / (count - 1) > 0.3 * max_size
    return FragLine(kind=1, extraSpace=max_width - used, wordCount=count, words=words,
                    fontSize=max_size, ascent=ascent, descent=descent, maxWidth=max_width,
                    currentWidth=used, lineBreak=forced or loose)


_TC_CACHE: dict[float, str] = {}  # formatted "… Tc" operators: the grid tracking recurs on every line


class CJKTextObject(PDFTextObject):
    """Text object that justifies CJK lines by character spacing, on top of the grid tracking."""

    tracking = 0.0
    _charSpace = 0.0

    def setWordSpace(self, wordSpace):  # noqa: N802 - reportlab's name
        # Paragraph justifies by word spacing (Tw), which moves only ASCII spaces. Our lines
        # report one "word" per glyph, so the extra space per gap arrives here; turn it into
        # character spacing (Tc), which moves every glyph.
        self.setCharSpace(self.tracking + wordSpace)

    def setCharSpace(self, charSpace):  # noqa: N802 - reportlab's name
        if charSpace != self._charSpace:  # most lines repeat the last value: skip the operator
            self._charSpace = charSpace
            op = _TC_CACHE.get(charSpace)
            if op is None:
                op = _TC_CACHE[charSpace] = f"{fp_str(charSpace)} Tc" if len(_TC_CACHE) < 4096 else None
            self._code.append(op or f"{fp_str(charSpace)} Tc")


def _plain(para, lines) -> bool:
    """True when the paragraph has nothing but text in fonts and colours (fast drawing path)."""
    style = para.style
    if style.backColor or (getattr(style, "borderWidth", 0) and getattr(style, "borderColor", None)):
        return False
    if getattr(para, "_offsets", None) or getattr(style, "autoLeading", "") not in ("", "off"):
        return False
    for line in lines:
        for w in line.words:
            if w.us_lines or w.link or w.rise or getattr(w, "backColor", None) or hasattr(w, "cbDefn"):
                return False
    return True


def _split_cjk_lines(blPara, start, stop):  # noqa: N803 - reportlab's name
    """The fragments of lines start..stop, as they are: reportlab's own (_split_blParaHard) puts
    a space after every line's last word, which in Chinese text became a visible gap at the start
    of each line of a paragraph continued on the next page."""
    return [w for line in blPara.lines[start:stop] for w in line.words]


class CJKParagraph(Paragraph):
    """Paragraph with wordWrap='CJK', GB/T 15834 line-start rules, justification and tracking."""

    def _get_split_blParaFunc(self):  # noqa: N802 - reportlab's name
        return _split_cjk_lines if self.blPara.kind == 1 else super()._get_split_blParaFunc()

    def breakLinesCJK(self, maxWidths):  # noqa: N802 - reportlab's name
        if not isinstance(maxWidths, (list, tuple)):
            maxWidths = [maxWidths]
        self.height = 0
        if hasattr(self, "blPara") and getattr(self, "_splitpara", 0):
            return self.blPara
        key = tuple(maxWidths)
        cached = getattr(self, "_yy_lines", None)
        if cached is not None and cached[0] == key:  # wrap() is called again and again
            return cached[1]
        lines = cjk_split(self.frags, maxWidths, getattr(self.style, "tracking", 0.0))
        self._yy_lines = (key, lines)
        return lines

    def drawPara(self, debug=0):  # noqa: N802 - reportlab's name
        """Draw plain CJK lines directly; anything fancier goes to reportlab's general code.

        Same output as Paragraph.drawPara for lines of plain text runs (fonts, colours), about
        twice as fast: no per-line bookkeeping for links, underlines or background colours.
        """
        bl = self.blPara
        if debug or bl.kind != 1 or not bl.lines or self.bulletText or not _plain(self, bl.lines):
            return super().drawPara(debug)
        self._draw_plain(0.0, 0.0)

    def drawOn(self, canvas, x, y, _sW=0):  # noqa: N802 - reportlab's name
        """Plain paragraphs draw at (x, y) directly: no translate (a cm operator of six numbers
        to format) per paragraph; anything else goes through reportlab's drawOn."""
        bl = getattr(self, "blPara", None)
        if (bl is None or self.debug or bl.kind != 1 or not bl.lines or self.bulletText
                or getattr(self, "_showBoundary", 0)
                or not (self.__dict__.get("_yy_plain") or _plain(self, bl.lines))):
            return super().drawOn(canvas, x, y, _sW)
        self.canv = canvas
        try:
            self._draw_plain(self._hAlignAdjust(x, _sW), y)
        finally:
            del self.canv

    def _draw_plain(self, ox: float, oy: float) -> None:
        style = self.style
        canv = self.canv
        lines = self.blPara.lines
        last = len(lines) - 1
        justify = style.alignment == TA_JUSTIFY
        justify_last = getattr(self, "_JustifyLast", False)
        tracking = getattr(style, "tracking", 0.0)
        left = ox + style.leftIndent
        y = oy + self.height - lines[0].fontSize  # as reportlab (paraFontSizeHeightOffset)
        tx = None
        char_space = 0.0
        font = None
        fill = canv._fillColorObj  # the canvas's fill colour: set only when a run differs
        color = start_color = black if fill == (0, 0, 0) or fill == black else None
        line_x = None
        for i, line in enumerate(lines):
            x = left + (style.firstLineIndent if i == 0 else 0.0)
            extra = line.extraSpace
            cs = tracking
            if style.alignment == TA_CENTER:
                x += extra / 2
            elif style.alignment == 2:  # TA_RIGHT
                x += extra
            elif justify and (i < last or justify_last) and not line.lineBreak and line.wordCount > 1:
                cs += extra / (line.wordCount - 1)
            # Next line: T* (no numbers to format) when it starts where the last one did, else a
            # relative move; the absolute origin only once per paragraph.
            if tx is None:
                tx = CJKTextObject(canv, x, y)
            elif x == line_x:
                tx._code.append("T*")
            else:
                tx._code.append(f"{fp_str(x - line_x, -style.leading)} Td")
            line_x = x
            if cs != char_space:
                tx.setCharSpace(cs)
                char_space = cs
            for w in line.words:
                if (w.fontName, w.fontSize) != font:
                    font = (w.fontName, w.fontSize)
                    tx.setFont(w.fontName, w.fontSize, style.leading)  # keeps TL for T*
                if w.textColor != color:
                    color = w.textColor
                    tx.setFillColor(color)
                tx._textOut(w.text)  # textOut would also measure the width, unused here
            y -= style.leading
        # Character spacing and colour outlive the text object: put back what the canvas
        # expects (cheaper than q … Q around every paragraph).
        assert tx is not None  # a paragraph drawn here has lines
        if char_space:
            tx._code.append("0 Tc")
        if color is not start_color:
            tx.setFillColor(fill)
        canv.drawText(tx)

    def beginText(self, x, y):  # noqa: N802 - reportlab's name
        tx = CJKTextObject(self.canv, x, y)
        tx.tracking = getattr(self.style, "tracking", 0.0)
        if tx.tracking:
            tx.setCharSpace(tx.tracking)
        return tx


# ---------------------------------------------------------------------------------------------
# Styles

@dataclass
class Styles:
    """The paragraph styles of one font set (built once per renderer, not per letter)."""

    body: ParagraphStyle
    body_keep: ParagraphStyle  # a heading line: stays with the paragraph after it
    body_flush: ParagraphStyle
    title: ParagraphStyle
    addressee: ParagraphStyle
    right: ParagraphStyle
    center: ParagraphStyle


def make_styles(fonts: FontSet, leading: float = LEADING) -> Styles:
    body_font = fonts.primary("body")
    body = ParagraphStyle(
        "yy-body", fontName=body_font, fontSize=BODY_SIZE, leading=leading,
        alignment=TA_JUSTIFY, firstLineIndent=2 * (BODY_SIZE + BODY_TRACKING),
        wordWrap="CJK", textColor=black, allowWidows=0, allowOrphans=0,
    )
    body.tracking = BODY_TRACKING
    body_keep = ParagraphStyle("yy-body-keep", parent=body, keepWithNext=1)
    body_keep.tracking = BODY_TRACKING
    body_flush = ParagraphStyle("yy-body-flush", parent=body, firstLineIndent=0)
    body_flush.tracking = BODY_TRACKING
    title = ParagraphStyle(
        "yy-title", fontName=fonts.primary("title"), fontSize=TITLE_SIZE, leading=max(LEADING, leading) * 1.1,
        alignment=TA_CENTER, wordWrap="CJK", textColor=black,
    )
    title.tracking = 0.0
    addressee = ParagraphStyle("yy-addressee", parent=body_flush, alignment=TA_LEFT)
    addressee.tracking = BODY_TRACKING
    right = ParagraphStyle("yy-right", parent=body_flush, alignment=2)
    right.tracking = 0.0
    center = ParagraphStyle("yy-center", parent=body_flush, alignment=TA_CENTER)
    center.tracking = 0.0
    return Styles(body, body_keep, body_flush, title, addressee, right, center)


# 一、 （一） 1. （1）: heading levels of GB/T 9704 (7.3.3).
_HEADINGS = (
    (1, re.compile(r"^[一二三四五六七八九十]+、")),
    (2, re.compile(r"^（[一二三四五六七八九十]+）")),
    (3, re.compile(r"^\d+[.．]")),
    (4, re.compile(r"^（\d+）")),
)
_HEADING_ROLE = {1: "heading", 2: "kai", 3: "body", 4: "body"}


def heading_level(text: str) -> int:
    """0 for an ordinary paragraph, else the heading level its opening marker shows."""
    for level, pattern in _HEADINGS:
        if pattern.match(text):
            return level
    return 0


def paragraph_runs(fonts: FontSet, text: str, field_label: str) -> list[tuple[str, str]]:
    """Runs of a body paragraph: a heading's first sentence in its level's font, the rest 仿宋."""
    level = heading_level(text)
    role = _HEADING_ROLE.get(level, "body")
    if role == "body":
        return fonts.check_text(text, field_label, "body")
    stop = text.find("。")
    head, rest = (text, "") if stop < 0 else (text[: stop + 1], text[stop + 1 :])
    return fonts.check_text(head, field_label, role) + (fonts.check_text(rest, field_label, "body") if rest else [])


def runs_markup(runs, base: str) -> str:
    """Paragraph markup for runs: escaped text, <font name=…> wherever the font is not `base`."""
    return "".join(
        escape(s) if name == base else f'<font name="{name}">{escape(s)}</font>' for name, s in runs
    )


def paragraph_markup(fonts: FontSet, text: str, field_label: str) -> str:
    """Markup for a body paragraph (see paragraph_runs)."""
    return runs_markup(paragraph_runs(fonts, text, field_label), fonts.primary("body"))


def runs_paragraph(runs, style: ParagraphStyle) -> CJKParagraph:
    """A CJKParagraph straight from runs, equivalent to CJKParagraph(runs_markup(runs), style).

    The markup parser costs about as much as the whole line breaking; runs need no parsing,
    so the fragments are cloned from one parsed once per style (same attributes, same output).
    """
    proto = style.__dict__.get("_yy_proto")
    if proto is None:
        proto = ParaParser().parse("x", style)[1][0]
        style._yy_proto = proto
    frags = [_clone(proto, text=s, fontName=name) for name, s in runs if s]
    para = CJKParagraph("".join(s for _, s in runs), style, frags=frags or None)
    if frags and not (style.backColor or getattr(style, "borderWidth", 0)) and \
            getattr(style, "autoLeading", "") in ("", "off"):
        para._yy_plain = True  # plain runs of one style: the fast drawing path needs no check
    return para


def title_lines(words: list[str], width_of, max_width: float) -> list[str]:
    """Break a title between words into as few lines as fit, as nearly equal as possible
    (GB/T 9704 7.3.1: 回行时要做到词意完整，排列对称). A word wider than a line is cut."""
    pieces: list[str] = []
    for w in words:
        while width_of(w) > max_width and len(w) > 1:  # a run longer than a line: cut it
            k = len(w)
            while k > 1 and width_of(w[:k]) > max_width:
                k -= 1
            pieces.append(w[:k])
            w = w[k:]
        pieces.append(w)
    # 禁则: a closing mark stays with the word before it, an opening mark with the word after.
    merged: list[str] = []
    for w in pieces:
        if merged and (w[0] in CANNOT_START or merged[-1][-1] in CANNOT_END):
            merged[-1] += w
        else:
            merged.append(w)
    widths = [width_of(w) for w in merged]
    total = sum(widths)
    n = len(merged)
    cum = list(accumulate(widths, initial=0.0))
    lines = max(1, int(total // max_width) + (1 if total % max_width else 0))
    while lines <= n:
        # best[k][j]: least widest line for the first j words in k lines
        inf = float("inf")
        best = [[inf] * (n + 1) for _ in range(lines + 1)]
        back = [[0] * (n + 1) for _ in range(lines + 1)]
        best[0][0] = 0.0
        for k in range(1, lines + 1):
            for j in range(1, n + 1):
                for i in range(k - 1, j):
                    w = cum[j] - cum[i]
                    if w > max_width + 1e-6 or best[k - 1][i] == inf:
                        continue
                    cost = max(best[k - 1][i], w)
                    if cost < best[k][j] - 1e-9:
                        best[k][j], back[k][j] = cost, i
        if best[lines][n] < inf:
            out, j = [], n
            for k in range(lines, 0, -1):
                i = back[k][j]
                out.append("".join(merged[i:j]))
                j = i
            return out[::-1]
        lines += 1
    return merged


class OneLine(Flowable):
    """A single line of runs (a short title, the addressee) drawn straight on the canvas: the
    same place a one-line CJKParagraph of the style would put it, without paragraph machinery."""

    def __init__(self, runs, style: ParagraphStyle):
        super().__init__()
        self.runs = runs
        self.style = style
        self.size = style.fontSize
        self.tracking = getattr(style, "tracking", 0.0)

    def wrap(self, availWidth, availHeight):  # noqa: N802
        self.width = availWidth
        self.height = self.style.leading
        return availWidth, self.height

    def drawOn(self, canvas, x, y, _sW=0):  # noqa: N802 - no translate
        st = self.style
        base = y + self.height - self.size
        if st.alignment == TA_CENTER:
            inner = self.width - st.leftIndent - st.rightIndent
            draw_runs(canvas, x + st.leftIndent + inner / 2, base, self.runs, self.size, align="center",
                      tracking=self.tracking)
        else:
            draw_runs(canvas, x + st.leftIndent + st.firstLineIndent, base, self.runs, self.size,
                      tracking=self.tracking)

    def draw(self):
        self.drawOn(self.canv, 0, 0)


def one_line(runs, style: ParagraphStyle, width: float) -> Flowable:
    """OneLine when the runs fit on one line of the style, else a CJKParagraph."""
    indent = style.leftIndent + style.firstLineIndent + style.rightIndent
    if runs_width(runs, style.fontSize, getattr(style, "tracking", 0.0)) <= width - indent + 1e-6:
        return OneLine(runs, style)
    return runs_paragraph(runs, style)


def balanced_title(para_text_width: float, max_width: float, size: float) -> float:
    """Width to wrap a title in so its lines come out nearly equal (GB/T 9704: 梯形或菱形)."""
    if para_text_width <= max_width:
        return max_width
    lines = int(para_text_width // max_width) + 1
    return min(max_width, para_text_width / lines + size)


# ---------------------------------------------------------------------------------------------
# Drawing runs of mixed fonts directly on a canvas

def runs_width(runs, size: float, tracking: float = 0.0) -> float:
    """Width of runs on one line: the advances, plus tracking between characters."""
    total = 0.0
    count = 0
    for name, s in runs:
        total += sum(map(_width_table(name).__getitem__, s))
        count += len(s)
    return total * size + tracking * max(0, count - 1)


def draw_runs(canv, x: float, y: float, runs, size: float, *, align: str = "left",
              tracking: float = 0.0, color=black, horiz_scale: float = 100.0) -> float:
    """Draw (font, text) runs on one baseline; returns the drawn width."""
    width = runs_width(runs, size, tracking) * horiz_scale / 100.0
    if align == "right":
        x -= width
    elif align == "center":
        x -= width / 2
    tx = CJKTextObject(canv, x, y)
    if color is not black:
        tx.setFillColor(color)
    if tracking:
        tx.setCharSpace(tracking)  # a cached operator (CJKTextObject)
    if horiz_scale != 100.0:
        tx.setHorizScale(horiz_scale)
    for name, text in runs:
        tx.setFont(name, size)
        tx._textOut(text)  # the width is known: textOut would measure it again
    # Colour, character spacing and scaling outlive the text object (they are graphics
    # state): put them back so later text on the page is unaffected. Cheaper than q/Q.
    if color is not black:
        tx.setFillColor(black)
    if tracking:
        tx._code.append("0 Tc")
    if horiz_scale != 100.0:
        tx.setHorizScale(100.0)
    canv.drawText(tx)
    return width


def reusable_form(canv, key: str, draw, bbox: tuple[float, float, float, float]) -> str:
    """Draw something once per PDF as a form XObject and return its name for canv.doForm.

    The organ mark and the seal area are the same on every letter of a batch: drawing them
    once and referencing them keeps a 1,000-letter PDF small and fast to write. `bbox` is
    (x0, y0, x1, y1) in the form's own coordinates; anything outside it is clipped.
    """
    forms = canv.__dict__.setdefault("_yy_forms", {})
    name = forms.get(key)
    if name is None:
        name = forms[key] = f"yy{len(forms)}"
        canv.beginForm(name, *bbox)
        draw(canv)
        canv.endForm()
    return name


# ---------------------------------------------------------------------------------------------
# Document template with per-document page numbers

class DocumentStart(Flowable):
    """Zero-size marker: page numbers restart at 1 where a document of a batch begins."""

    def __init__(self, index: int):
        super().__init__()
        self.index = index

    def wrap(self, availWidth, availHeight):  # noqa: N802
        return 0, 0

    def drawOn(self, canvas, x, y, _sW=0):  # noqa: N802 - nothing to draw: no q/cm/Q
        doc = canvas._doctemplate
        doc.document_first_page = canvas.getPageNumber()
        doc.document_index = self.index

    def draw(self):
        self.drawOn(self.canv, 0, 0)


class LettersDocTemplate(BaseDocTemplate):
    """BaseDocTemplate that knows where each document of a batch starts."""

    def __init__(self, filename, **kw):
        super().__init__(filename, **kw)
        self.document_first_page = 1
        self.document_index = 0
        self.pages_done = 0

    def document_page(self, canv) -> int:
        return canv.getPageNumber() - self.document_first_page + 1

    def handle_pageEnd(self):  # noqa: N802
        self.pages_done += 1
        super().handle_pageEnd()


def draw_page_number(canv, doc: LettersDocTemplate, fonts: FontSet, *, left_mm: float,
                     width_mm: float, bottom_mm: float) -> None:
    """— n — in 4号, 7 mm below the block; odd pages right, even pages left, one character in."""
    n = doc.document_page(canv)
    text = f"— {n} —"
    runs = fonts.check_text(text, "页码", "body")
    size = PAGE_NUMBER_SIZE
    y = (bottom_mm - 7.0) * mm - size * 0.88
    if n % 2:
        draw_runs(canv, (left_mm + width_mm) * mm - size, y, runs, size, align="right")
    else:
        draw_runs(canv, left_mm * mm + size, y, runs, size, align="left")


def draw_seal_image(canv, cx: float, cy: float, diameter_mm: float, png: bytes) -> None:
    """The office's electronic seal, centred at (cx, cy) and `diameter_mm` across (aspect kept).

    Drawn once per PDF as a form XObject (the same seal on every document of a batch).
    """
    import hashlib
    import io

    from reportlab.lib.utils import ImageReader

    key = repr(("seal", diameter_mm, hashlib.sha256(png).hexdigest()))
    size = diameter_mm * mm
    r = size / 2

    def draw(c):
        img = ImageReader(io.BytesIO(png))
        w, h = img.getSize()
        scale = size / max(w, h)
        c.drawImage(img, -w * scale / 2, -h * scale / 2, w * scale, h * scale, mask="auto")

    name = reusable_form(canv, key, draw, (-r - 1, -r - 1, r + 1, r + 1))
    canv.saveState()
    canv.translate(cx, cy)
    canv.doForm(name)
    canv.restoreState()


class Stack(Flowable):
    """Flowables one below the other, laid out and drawn as one while they fit on the page.

    A one-page letter is then one flowable for platypus instead of ten (each costs a frame
    add, a wrap and a translate); when the stack does not fit, it splits into its parts and
    platypus places them one by one exactly as it would have without the stack.
    """

    def __init__(self, parts: list[Flowable]):
        super().__init__()
        self.parts = parts
        self._heights: list[float] = []

    def wrap(self, availWidth, availHeight):  # noqa: N802
        self.width = availWidth
        self._heights = [f.wrap(availWidth, availHeight)[1] for f in self.parts]
        self.height = sum(self._heights)
        return availWidth, self.height

    def drawOn(self, canvas, x, y, _sW=0):  # noqa: N802 - reportlab's name
        top = y + self.height
        for f, h in zip(self.parts, self._heights):
            top -= h
            if type(f) is not Spacer:  # a spacer draws nothing (its drawOn would still q/cm/Q)
                f.drawOn(canvas, x, top)

    def split(self, availWidth, availHeight):  # noqa: N802
        return list(self.parts)

    def getKeepWithNext(self):  # noqa: N802 - reportlab's name
        return getattr(self.parts[-1], "keepWithNext", 0) if self.parts else 0


class KeepTailWithSignature(Flowable):
    """The last paragraph and the signature: the signature never stands alone on a page.

    reportlab's KeepTogether would move the whole last paragraph to the next page, leaving a
    gap; here the paragraph splits so that at least `min_lines` of it go over with the
    signature (GB/T 9704: the page with the seal must carry text).
    """

    def __init__(self, paragraph: Flowable | None, tail: list[Flowable], min_lines: int = 2,
                 leading: float = LEADING):
        super().__init__()
        self.leading = leading
        self.paragraph = paragraph
        self.tail = tail
        self.min_lines = min_lines

    def _parts(self):
        return ([self.paragraph] if self.paragraph is not None else []) + self.tail

    def wrap(self, availWidth, availHeight):  # noqa: N802
        self.width = availWidth
        self.height = sum(f.wrap(availWidth, availHeight)[1] for f in self._parts())
        return availWidth, self.height

    def draw(self):
        self.drawOn(self.canv, 0, 0)

    def drawOn(self, canvas, x, y, _sW=0):  # noqa: N802 - the parts at their places, no translate
        top = self.height
        for f in self._parts():
            _, h = f.wrap(self.width, top)
            top -= h
            f.drawOn(canvas, x, y + top)

    def split(self, availWidth, availHeight):  # noqa: N802
        p = self.paragraph
        if p is not None:
            _, ph = p.wrap(availWidth, availHeight)
            room = min(availHeight, ph - self.min_lines * self.leading)
            if room >= self.leading:
                parts = p.split(availWidth, room)
                if len(parts) == 2:
                    return [parts[0], KeepTailWithSignature(parts[1], self.tail, 0, self.leading)]
        return []  # nothing fits usefully here: all of it moves to the next page
