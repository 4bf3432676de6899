"""The GB/T 9704 page measured from the PDF itself (pdfplumber): margins, 22 lines of 28 characters."""

from __future__ import annotations

from collections import defaultdict

import pdfplumber
import pytest

from desktop.letters import commendation, decision
from desktop.letters.context import DecisionInfo, PartyInfo

from .conftest import letter_ctx

MM = 72 / 25.4
LEFT, TOP, WIDTH, HEIGHT = 28 * MM, 37 * MM, 156 * MM, 225 * MM  # 版心 (GB/T 9704 5.2.1)
PITCH = HEIGHT / 22


def _lines(pdf_path, page_no: int, size: float = 16.0):
    """Body characters (3号, 16 pt) of a page grouped by baseline: {top: [chars]}."""
    with pdfplumber.open(pdf_path) as pdf:
        page = pdf.pages[page_no - 1]
        chars = [c for c in page.chars if abs(c["size"] - size) < 0.01]
    assert not [c for c in chars if not c["text"].strip()], "no blank glyphs in Chinese body text"
    rows = defaultdict(list)
    for c in chars:
        rows[round(c["top"], 1)].append(c)
    return dict(sorted(rows.items()))


LONG = "危急关头他挺身而出不顾个人安危" * 90  # Chinese only: every full line holds 28 characters


@pytest.mark.parametrize("kind", ["commendation", "decision"])
def test_full_page_is_22_lines_of_28_characters_inside_the_block(tmp_path, options, kind):
    ctx = letter_ctx()
    if kind == "commendation":
        ctx.deed.summary = LONG
        res = commendation.render(ctx, tmp_path / "x.pdf", options=options)
    else:
        ctx.decision = DecisionInfo(decision="confirmed", decision_no="上公决〔2026〕3号", facts=LONG + "。",
                                    reasons="符合规定。", review_organ="杭州市公安局", reconsideration_organ="杭州市上城区人民政府",
                                    parties=[PartyInfo(name="王喆", gender="男", id_number="330102199001011237",
                                                       address="杭州市上城区某路1号")])
        res = decision.render(ctx, tmp_path / "x.pdf", options=options)
    assert res.pages >= 3
    rows = _lines(tmp_path / "x.pdf", 2)  # page 2: body text only, from the block's top to its bottom
    tops = list(rows)
    assert len(tops) == 22
    gaps = [b - a for a, b in zip(tops, tops[1:])]
    assert max(gaps) - min(gaps) < 0.2 and abs(sum(gaps) / len(gaps) - PITCH) < 0.05
    full = [r for r in rows.values() if len(r) == 28]
    assert len(full) >= 20  # every line but a paragraph's first (indented) or last
    for chars in rows.values():
        assert min(c["x0"] for c in chars) >= LEFT - 0.5
        assert max(c["x1"] for c in chars) <= LEFT + WIDTH + 0.5
    for chars in full:  # a full line runs from margin to margin
        assert min(c["x0"] for c in chars) == pytest.approx(LEFT, abs=0.5)
        assert max(c["x1"] for c in chars) == pytest.approx(LEFT + WIDTH, abs=1.0)
    assert tops[0] >= TOP - 1 and tops[0] <= TOP + PITCH
    assert tops[-1] + 16 <= TOP + HEIGHT + 1


def test_no_paragraph_ends_on_one_or_two_lonely_characters(tmp_path, options):
    """Every paragraph length from 28 to 90 characters: the last line holds at least three."""
    for extra in range(0, 63, 1):
        ctx = letter_ctx()
        ctx.deed.summary = ("见义勇为" * 30)[:extra] or "救"
        commendation.render(ctx, tmp_path / "x.pdf", options=options)
        with pdfplumber.open(tmp_path / "x.pdf") as pdf:
            text = pdf.pages[0].extract_text()
        body_lines = [ln for ln in text.splitlines() if ln.strip()]
        for a, b in zip(body_lines, body_lines[1:]):
            if len(b) <= 2 and len(a) >= 20:
                pytest.fail(f"lonely tail {b!r} after {a!r} (extra={extra})")
