"""Benchmark: 1,000 commendation letters (full GB/T 9704 layout) in one PDF vs bare canvas calls.

Run: python benchmarks/bench_letters.py [count]
Prints letters/second for the platypus renderer and for the same text in the same fonts drawn
with the fastest plain canvas calls we could write (see bare_canvas), both with the same stream
settings (binary_streams: compressed, no ASCII85) in the same process, best of three each, and
the ratio of the times.
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
    AwardInfo,
    DeedInfo,
    DocumentContext,
    LetterInfo,
    OfficeInfo,
    PersonInfo,
    RenderOptions,
    render_batch,
    renderer,
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
    """The same words in the same fonts, drawn with plain canvas calls: the floor for any layout
    engine, written as fast as reportlab allows — character widths from a dict, one text object per
    letter, the absolute origin once per paragraph and T* for each further line, no width measuring
    in textOut, fallback fonts for rare characters (the same runs as the app), the organ mark and
    rules of 信函格式 drawn on every letter; lines wrapped greedily (no 禁则, no justification)."""
    fonts = shipped_fonts()
    body, title = fonts.primary("body"), fonts.primary("title")
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=A4, initialFontName=body, invariant=1)
    left, width = 28 * mm, 156 * mm
    widths: dict[tuple[str, str], float] = {}

    def width_of(font, ch):
        w = widths.get((font, ch))
        if w is None:
            w = widths[(font, ch)] = stringWidth(ch, font, 16)
        return w

    for ctx in ctxs:
        header, number, title_text, addressee, paragraphs, signer, date_text = texts_for(ctx)
        c.setFillColorRGB(0.85, 0, 0)
        natural = stringWidth(header, title, 1)
        size = max(28.0, min(42.0, width / natural))
        scale = min(100.0, 100.0 * width / (natural * size))
        y = A4[1] - 30 * mm - size * 0.88
        tx = c.beginText(A4[0] / 2 - natural * size * scale / 200, y)
        tx.setFont(title, size)
        tx.setHorizScale(scale)
        tx._textOut(header)
        tx.setHorizScale(100)
        c.drawText(tx)
        y -= size * 0.12 + 4 * mm
        c.setStrokeColorRGB(0.85, 0, 0)
        c.setLineWidth(1.5)
        c.line(20 * mm, y, 190 * mm, y)
        c.setLineWidth(0.5)
        c.line(20 * mm, y - 2.5, 190 * mm, y - 2.5)
        c.line(20 * mm, 20 * mm, 190 * mm, 20 * mm)
        c.setLineWidth(1.5)
        c.line(20 * mm, 20 * mm - 2.5, 190 * mm, 20 * mm - 2.5)
        c.setFillColorRGB(0, 0, 0)
        c.setFont(body, 16)
        y -= 3 + 16
        c.drawRightString(left + width, y, number)
        y -= 2 * LEADING
        c.setFont(title, 22)
        c.drawCentredString(A4[0] / 2, y, title_text)
        y -= 2 * LEADING
        tx = c.beginText(left, y)
        for font, text in fonts.check_text(addressee, "主送", "body"):
            tx.setFont(font, 16, LEADING)
            tx._textOut(text)
        for p in paragraphs:  # greedy wrap by measured width: no 禁则, no justification
            y -= LEADING
            tx.setTextOrigin(left + 32.0, y)
            first = True
            used = 32.0
            for font, text in fonts.check_text(p, "正文", "body"):
                tx.setFont(font, 16, LEADING)
                start = 0
                for k, ch in enumerate(text):
                    w = width_of(font, ch)
                    if used + w > width:
                        tx._textOut(text[start:k])
                        y -= LEADING
                        if first:
                            tx._code.append(f"-32 {-LEADING:.4f} Td")
                            first = False
                        else:
                            tx._code.append("T*")
                        used, start = 0.0, k
                    used += w
                tx._textOut(text[start:])
        c.drawText(tx)
        y -= 3 * LEADING
        c.setFont(body, 16)
        c.drawCentredString(left + width - 4 * 16 - stringWidth(date_text, body, 16) / 2, y, signer)
        c.drawRightString(left + width - 4 * 16, y - LEADING, date_text)
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

    # Best of five for each, interleaved; CPU time of this process (time.process_time) beside
    # wall time: the machine is shared, and CPU time is what other processes disturb least.
    t_bare = t_full = c_bare = c_full = float("inf")
    for _ in range(5):
        t0, c0 = time.perf_counter(), time.process_time()
        with binary_streams():  # same stream encoding as the renderer uses
            bare = bare_canvas(ctxs, texts_for)
        t_bare, c_bare = min(t_bare, time.perf_counter() - t0), min(c_bare, time.process_time() - c0)

        t0, c0 = time.perf_counter(), time.process_time()
        buf = io.BytesIO()
        result = render_batch("commendation", ctxs, buf, options=options)
        t_full, c_full = min(t_full, time.perf_counter() - t0), min(c_full, time.process_time() - c0)

    print(f"letters: {n}, pages: {result.pages}, PDF {result.size / 1e6:.1f} MB (bare {len(bare) / 1e6:.1f} MB)")
    print(f"full layout (platypus): {t_full:.2f} s  {n / t_full:.0f} letters/s")
    print(f"bare canvas calls:      {t_bare:.2f} s  {n / t_bare:.0f} letters/s")
    print(f"ratio full/bare time:   {t_full / t_bare:.2f}x wall, {c_full / c_bare:.2f}x CPU "
          f"(CPU {c_full:.2f} s vs {c_bare:.2f} s)")


if __name__ == "__main__":
    main()
