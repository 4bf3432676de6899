"""Benchmark: 1,000 commendation letters (full GB/T 9704 layout) in one PDF vs bare canvas calls.

Run: python benchmarks/bench_letters.py [count]
Prints letters/second for the platypus renderer and for the same text drawn with plain canvas
calls (lines wrapped greedily by measured width; no 禁则, no justification, no fallback fonts,
no seal area), and the ratio of the times.
"""

from __future__ import annotations

import datetime as dt
import io
import sys
import time
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.pdfbase.pdfmetrics import stringWidth  # noqa: E402
from reportlab.pdfgen.canvas import Canvas  # noqa: E402

from desktop.letters import (  # noqa: E402
    AwardInfo, DeedInfo, DocumentContext, LetterInfo, OfficeInfo, PersonInfo, RenderOptions,
    render_batch, renderer,
)
from desktop.letters.base import binary_streams  # noqa: E402
from desktop.letters.fonts import shipped_fonts  # noqa: E402
from desktop.letters.layout import LEADING  # noqa: E402

SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗"
GIVEN = ["喆", "堃", "珺", "玥", "昇", "赟", "建国", "丽华", "志强", "晓明", "海燕", "䶮", "𠮷祥"]


def contexts(n: int) -> list[DocumentContext]:
    office = OfficeInfo(name="杭州市公安局上城区分局", short_name="上公",
                        header="杭州市上城区见义勇为工作领导小组办公室")
    out = []
    for i in range(n):
        name = SURNAMES[i % len(SURNAMES)] + GIVEN[i % len(GIVEN)]
        out.append(DocumentContext(
            office=office,
            person=PersonInfo(name=name, gender="男", employer="杭州市上城区某某有限公司"),
            deed=DeedInfo(date=dt.date(2026, 5, 1 + i % 28), place=f"上城区钱塘江南星桥段{i % 9 + 1}号码头",
                          summary="奋不顾身跳入江中，成功救起两名落水儿童"),
            award=AwardInfo(honour_title="杭州市上城区见义勇为先进分子", amount=Decimal(20000)),
            letter=LetterInfo(document_number=f"上公〔2026〕{i + 1}号", date=dt.date(2026, 11, 28)),
        ))
    return out


def bare_canvas(ctxs, texts_for) -> bytes:
    """The same words, drawn line by line with canvas calls: the floor for any layout engine."""
    fonts = shipped_fonts()
    body, title = fonts.primary("body"), fonts.primary("title")
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=A4, initialFontName=body, invariant=1)
    left, top, width = 28 * mm, A4[1] - 37 * mm, 156 * mm
    for ctx in ctxs:
        header, number, title_text, addressee, paragraphs, signer, date_text = texts_for(ctx)
        y = top - 35 * mm - 30
        c.setFillColorRGB(0.85, 0, 0)
        c.setFont(title, 26)
        c.drawCentredString(A4[0] / 2, y, header)
        c.setFillColorRGB(0, 0, 0)
        c.setFont(body, 16)
        y -= 2 * LEADING + 20
        c.drawCentredString(A4[0] / 2, y, number)
        y -= 16
        c.setStrokeColorRGB(0.85, 0, 0)
        c.line(left, y, left + 156 * mm, y)
        y -= 3 * LEADING
        c.setFont(title, 22)
        c.drawCentredString(A4[0] / 2, y, title_text)
        y -= 2 * LEADING
        c.setFont(body, 16)
        c.drawString(left, y, addressee)
        lines = []
        for p in paragraphs:  # greedy wrap by measured width: no 禁则, no justification
            line, used = "\u3000\u3000", 32.0
            for ch in p:
                w = stringWidth(ch, body, 16)
                if used + w > width:
                    lines.append(line)
                    line, used = "", 0.0
                line += ch
                used += w
            lines.append(line)
        lines += ["", "", signer, date_text]
        page = 1
        for line in lines:
            y -= LEADING
            if y < A4[1] - 37 * mm - 225 * mm:
                c.drawString(A4[0] - 40 * mm, 24 * mm, f"— {page} —")
                c.showPage()
                c.setFont(body, 16)
                page += 1
                y = top - 16
            c.drawString(left, y, line)
        c.drawString(A4[0] - 40 * mm, 24 * mm, f"— {page} —")
        c.showPage()
    c.save()
    return buf.getvalue()


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    ctxs = contexts(n)
    options = RenderOptions(fonts=shipped_fonts())
    r = renderer("commendation", options)  # warm: fonts registered, template parsed
    r.render_many([c for c in ctxs[:20] if "𠮷" in c.person.name][:1] + ctxs[:2], io.BytesIO())

    def texts_for(ctx):
        v = r.values(ctx)
        t = r.template
        return (ctx.office.header_text, v["letter.document_number"], t.render("title", v, "person"),
                t.render("addressee", v, "person"), t.render("body", v, "person"), ctx.office.name, v["date"])

    # Best of three for each: the machine is shared, the minimum is the least disturbed run.
    t_bare = t_full = float("inf")
    for _ in range(3):
        t0 = time.perf_counter()
        with binary_streams():  # same stream encoding as the renderer uses
            bare = bare_canvas(ctxs, texts_for)
        t_bare = min(t_bare, time.perf_counter() - t0)

        t0 = time.perf_counter()
        buf = io.BytesIO()
        result = render_batch("commendation", ctxs, buf, options=options)
        t_full = min(t_full, time.perf_counter() - t0)

    print(f"letters: {n}, pages: {result.pages}, PDF {result.size / 1e6:.1f} MB (bare {len(bare) / 1e6:.1f} MB)")
    print(f"full layout (platypus): {t_full:.2f} s  {n / t_full:.0f} letters/s")
    print(f"bare canvas calls:      {t_bare:.2f} s  {n / t_bare:.0f} letters/s")
    print(f"ratio full/bare time:   {t_full / t_bare:.2f}x")


if __name__ == "__main__":
    main()
