import random

import pytest
from reportlab.lib.units import mm

from desktop.domain.errors import UserError
from desktop.letters.fonts import shipped_fonts
from desktop.letters.layout import (
    BLOCK_WIDTH_MM,
    CANNOT_END,
    CANNOT_START,
    LINES_PER_PAGE,
    CJKParagraph,
    balanced_title,
    heading_level,
    make_styles,
    paragraph_markup,
)
from desktop.letters.official import document_number, normalize_document_number

WIDTH = BLOCK_WIDTH_MM * mm


@pytest.fixture(scope="module")
def styles():
    return make_styles(shipped_fonts())


def lines_of(text, style, width=WIDTH):
    p = CJKParagraph(paragraph_markup(shipped_fonts(), text, "正文"), style)
    p.wrap(width, 10_000)
    return ["".join(w.text for w in line.words) for line in p.blPara.lines], p


def test_twenty_eight_characters_a_line(styles):
    text = "见" * 100
    lines, _ = lines_of(text, styles.body_flush)
    assert [len(line) for line in lines[:3]] == [28, 28, 28]
    lines, _ = lines_of(text, styles.body)  # first line indented two characters
    assert len(lines[0]) == 26 and len(lines[1]) == 28


def test_twenty_two_lines_a_page(styles):
    _, p = lines_of("见" * 28 * 22, styles.body_flush)
    assert p.height <= 225 * mm + 1e-6 and len(p.blPara.lines) == LINES_PER_PAGE


def test_no_line_starts_with_closing_punctuation(styles):
    rnd = random.Random(20261128)
    words = ["见义勇为", "表现突出", "2026年", "救", "群众", "人民群众的生命财产安全"]
    closing = ["，", "。", "、", "；", "：", "？", "！", "）", "》", "”", "……", "——", "。”", "！）", "）。"]
    opening = ["“", "（", "《", "——"]

    def sentence():
        return (rnd.choice(opening) if rnd.random() < 0.2 else "") + rnd.choice(words) + (
            rnd.choice(closing) if rnd.random() < 0.6 else "")

    for _ in range(300):
        text = "".join(sentence() for _ in range(rnd.randint(5, 40)))
        lines, p = lines_of(text, styles.body)
        for i, line in enumerate(lines):
            if i:
                assert line[0] not in CANNOT_START, (text, lines)
            if i < len(lines) - 1:
                assert line[-1] not in CANNOT_END, (text, lines)
        for line in p.blPara.lines:  # text stays inside the block
            assert line.currentWidth <= WIDTH + 1e-6


def test_numbers_not_split(styles):
    text = "见" * 25 + "2026年"
    lines, _ = lines_of(text, styles.body_flush)
    assert "2026" in lines[0] or "2026" in lines[1]


def test_headings_recognised():
    assert [heading_level(t) for t in ("一、基本情况", "（二）经过。", "3.结果", "（4）其他", "正文")] == [1, 2, 3, 4, 0]


def test_level_one_heading_in_heading_font():
    fonts = shipped_fonts()
    markup = paragraph_markup(fonts, "一、基本情况。后文", "正文")
    assert f'<font name="{fonts.primary("heading")}">一、基本情况。</font>后文' == markup


def test_title_wraps_balanced():
    assert balanced_title(100, 400, 22) == 400
    w = balanced_title(600, 442, 22)
    assert 300 <= w <= 330


def test_document_number_format():
    assert document_number("上公", 2026, 7) == "上公〔2026〕7号"
    assert normalize_document_number("上公[2026]007号") == "上公〔2026〕7号"
    assert normalize_document_number("上公（2026）12号") == "上公〔2026〕12号"
    with pytest.raises(UserError):
        document_number("", 2026, 1)
