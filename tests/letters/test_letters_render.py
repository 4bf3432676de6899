"""Every kind rendered for real: text, embedded fonts, rare names, page numbers, batches."""

import hashlib

import pytest

from desktop.domain.errors import UserError
from desktop.letters import render_batch, render_per_person, safe_filename
from desktop.letters import certificate, commendation, condolence, decision, roster

from .conftest import (
    RARE_NAMES,
    decision_ctx,
    letter_ctx,
    needs_poppler,
    pdf_fonts,
    pdf_text,
    roster_ctx,
)

pytestmark = needs_poppler

A4_W, A4_H = 595, 842


def flat(text: str) -> str:
    return "".join(text.split())


def assert_all_fonts_embedded(path):
    rows = pdf_fonts(path)
    assert rows, "no fonts listed"
    assert all(r["emb"] == "yes" for r in rows), rows


@pytest.mark.parametrize("variant", ["person", "employer"])
def test_commendation(tmp_path, options, variant):
    ctx = letter_ctx()
    ctx.letter.recipient = variant
    out = tmp_path / "c.pdf"
    result = commendation.render(ctx, out, options=options)
    text = flat(pdf_text(out))
    assert "杭州市上城区见义勇为工作领导小组办公室" in text
    assert "上公〔2026〕12号" in text
    assert "王𠮷喆" in text and "2026年11月28日" in text and "2026年5月3日" in text
    assert ("王𠮷喆同志：" if variant == "person" else "杭州市上城区某某科技有限公司：") in text
    assert result.pages >= 1 and result.template_version
    assert result.sha256 == hashlib.sha256(out.read_bytes()).hexdigest()
    assert_all_fonts_embedded(out)


def test_same_input_same_bytes(tmp_path, options):
    a = commendation.render(letter_ctx(), tmp_path / "a.pdf", options=options)
    b = commendation.render(letter_ctx(), tmp_path / "b.pdf", options=options)
    assert a.sha256 == b.sha256


def test_chinese_dates(tmp_path, options):
    out = tmp_path / "c.pdf"
    commendation.render(letter_ctx(date_style="chinese"), out, options=options)
    assert "二〇二六年十一月二十八日" in flat(pdf_text(out))


def test_rare_names_print_and_extract(tmp_path, options):
    ctxs = [letter_ctx(name) for name in RARE_NAMES]
    out = tmp_path / "batch.pdf"
    render_batch("commendation", ctxs, out, options=options)
    text = pdf_text(out)
    for name in RARE_NAMES:
        assert name in text
    assert_all_fonts_embedded(out)


@pytest.mark.parametrize("bad", ["\ue000", "\U0010fffd"])
def test_name_without_glyph_refused(tmp_path, options, bad):
    with pytest.raises(UserError) as err:
        commendation.render(letter_ctx("李" + bad), tmp_path / "x.pdf", options=options)
    assert f"(U+{ord(bad):04X})" in err.value.message and "无法打印" in err.value.message
    assert not (tmp_path / "x.pdf").exists()


def page_number_side(path, page) -> str | None:
    """Where "— n —" sits at the bottom of a page: 'right', 'left' or None (no page number)."""
    right = flat(pdf_text(path, page, page, crop=(A4_W / 2, A4_H - 95, A4_W / 2, 95)))
    left = flat(pdf_text(path, page, page, crop=(0, A4_H - 95, A4_W / 2, 95)))
    if "—" not in right and "—" not in left:
        return None
    assert ("—" in right) != ("—" in left), (left, right)
    return "right" if "—" in right else "left"


def test_page_numbers_alternate_and_restart_per_document(tmp_path, options):
    ctx = letter_ctx()
    ctx.deed.summary = "，".join(["奋不顾身跳入江中，成功救起两名落水儿童"] * 60)
    out = tmp_path / "two.pdf"
    res = render_batch("commendation", [ctx, letter_ctx()], out, options=options)
    first_len = commendation.render(ctx, tmp_path / "one.pdf", options=options).pages
    assert first_len >= 3
    sides = [page_number_side(out, p) for p in range(1, res.pages + 1)]
    # 信函格式 (GB/T 9704 10.1): no page number on a letter's first page; then — 2 — left, — 3 — right…
    expected_first = [None] + ["right" if n % 2 else "left" for n in range(2, first_len + 1)]
    assert sides[:first_len] == expected_first
    assert sides[first_len] is None  # the second letter starts again at page 1 (unnumbered)
    for n in range(2, first_len + 1):
        assert f"—{n}—" in flat(pdf_text(out, n, n, crop=(0, A4_H - 95, A4_W, 95)))
    assert "—1—" not in flat(pdf_text(out, 1, 1, crop=(0, A4_H - 95, A4_W, 95)))


def test_duplex_starts_each_document_on_a_front_page(tmp_path, options):
    out = tmp_path / "duplex.pdf"
    options.duplex = True
    ctxs = [letter_ctx(), letter_ctx("李堃"), letter_ctx("赵玥")]
    single = commendation.render(ctxs[0], tmp_path / "s.pdf", options=options).pages
    res = render_batch("commendation", ctxs, out, options=options)
    per_doc = single + (single % 2)
    assert res.pages == per_doc * 2 + single
    if single % 2:
        assert flat(pdf_text(out, single + 1, single + 1)) == ""  # blank back page, no number


@pytest.mark.parametrize("state, addressee", [("died", "尊敬的王𠮷喆同志家属："), ("disabled", "尊敬的王𠮷喆同志："),
                                              ("injured", "尊敬的王𠮷喆同志：")])
def test_condolence(tmp_path, options, state, addressee):
    out = tmp_path / "k.pdf"
    condolence.render(letter_ctx(state=state), out, options=options)
    raw = pdf_text(out)
    text = flat(raw)
    assert "慰问信" in text and addressee in text
    assert "此致" in text and "敬礼！" in text
    assert text.index("此致") < text.index("敬礼") < text.index("杭州市公安局上城区分局") < text.index("2026年11月28日")
    assert text.startswith("杭州市上城区见义勇为工作领导小组办公室上公〔2026〕12号慰问信")  # 信函格式 with its number
    assert_all_fonts_embedded(out)


@pytest.mark.parametrize("kind, title", [("confirmed", "见义勇为确认决定书"), ("refused", "不予确认见义勇为决定书")])
def test_decision(tmp_path, options, kind, title):
    out = tmp_path / "d.pdf"
    decision.render(decision_ctx(kind, review_days=15), out, options=options)
    text = flat(pdf_text(out))
    assert title in text and "上公见确〔2026〕3号" in text
    assert "经调查查明" in text and "本机关认为" in text
    assert "《浙江省见义勇为人员奖励和保障条例》" in text
    assert "15日内向杭州市公安局申请复核" in text
    assert "行政复议" in text and "行政诉讼" in text
    assert "2026年6月20日" in text
    assert ("不予确认为见义勇为" in text) == (kind == "refused")
    assert_all_fonts_embedded(out)


def test_decision_review_days_come_from_the_case(tmp_path, options):
    out = tmp_path / "d.pdf"
    decision.render(decision_ctx(review_days=10), out, options=options)
    text = flat(pdf_text(out))
    assert "10日内向杭州市公安局申请复核" in text and "15日内" not in text


def test_decision_kind_checked(tmp_path, options):
    with pytest.raises(UserError, match="决定类型"):
        decision.render(decision_ctx("maybe"), tmp_path / "d.pdf", options=options)


def test_roster_over_pages_with_header_and_privacy(tmp_path, options):
    ctx = roster_ctx(40, hidden=(17, 26))
    out = tmp_path / "r.pdf"
    res = roster.render(ctx, out, options=options)
    assert res.pages >= 2
    for page in range(1, res.pages + 1):
        assert "序号" in flat(pdf_text(out, page, page))  # header repeated
    text = flat(pdf_text(out))
    assert text.count("（依本人意愿不公开）") == 2
    hidden_names = [ctx.batch.awards[i].person.name for i in (17, 26)]
    assert hidden_names == ["李堃17", "王珺26"]
    for name in hidden_names:
        assert name not in text
    for name in RARE_NAMES:
        if name not in hidden_names:
            assert name in text
    assert "2026年度上城区见义勇为先进分子表彰名单" in text and "100000" in text
    assert_all_fonts_embedded(out)


def test_roster_needs_people(tmp_path, options):
    ctx = roster_ctx(0)
    with pytest.raises(UserError, match="没有人员"):
        roster.render(ctx, tmp_path / "r.pdf", options=options)


def test_certificate(tmp_path, options):
    out = tmp_path / "z.pdf"
    certificate.render(letter_ctx(date_style="chinese"), out, options=options)
    text = flat(pdf_text(out))
    assert "荣誉证书" in flat(text.replace("荣誉证书", "荣誉证书")) or "荣誉证书" in text.replace(" ", "")
    assert "王𠮷喆同志：" in text and "特发此证，以资鼓励。" in text
    assert "“杭州市上城区见义勇为先进分子”称号" in text
    assert "二〇二六年十一月二十八日" in text and "证书编号：上见证〔2026〕第012号" in text
    assert_all_fonts_embedded(out)


def test_certificate_text_only_and_offsets(tmp_path, options):
    plain = tmp_path / "plain.pdf"
    certificate.render(letter_ctx(), plain, options=options)
    options.text_only = True
    options.offset_x_mm, options.offset_y_mm = 10, 5
    shifted = tmp_path / "shifted.pdf"
    certificate.render(letter_ctx(), shifted, options=options)
    assert "荣誉证书" not in flat(pdf_text(shifted))  # pre-printed paper carries the title
    assert "王𠮷喆同志：" in flat(pdf_text(shifted))

    def name_box(path):
        import re
        import subprocess
        html = subprocess.run(["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True).stdout
        m = re.search(r'<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>王', html)
        return float(m.group(1)), float(m.group(2))

    (x0, y0), (x1, y1) = name_box(plain), name_box(shifted)
    assert x1 - x0 == pytest.approx(10 * 72 / 25.4, abs=0.5)
    assert y1 - y0 == pytest.approx(5 * 72 / 25.4, abs=0.5)  # positive y moves down the sheet


def test_certificate_batch_one_page_each(tmp_path, options):
    out = tmp_path / "zz.pdf"
    res = render_batch("certificate", [letter_ctx(n) for n in RARE_NAMES], out, options=options)
    assert res.pages == len(RARE_NAMES) and res.documents == len(RARE_NAMES)
    for i, name in enumerate(RARE_NAMES, start=1):
        assert name in pdf_text(out, i, i)


def test_per_person_files(tmp_path, options):
    ctxs = [letter_ctx("王𠮷喆"), letter_ctx("李:堃*"), letter_ctx("赵玥", do_not_publicise=True)]
    results = render_per_person("certificate", ctxs, tmp_path / "out", options=options)
    names = [p.name for p, _ in results]
    assert names == ["001-荣誉证书-王𠮷喆.pdf", "002-荣誉证书-李_堃_.pdf", "003-荣誉证书.pdf"]
    for path, res in results:
        assert path.is_file() and res.pages == 1


@pytest.mark.parametrize("raw, safe", [
    ('a\\b/c:d*e?f"g<h>i|j', "a_b_c_d_e_f_g_h_i_j"),
    ("CON", "_CON"),
    ("nul.txt", "_nul.txt"),
    ("名字. ", "名字"),
    ("", "_"),
    ("很" * 100, "很" * 40),
    ("a\x01b", "a_b"),
])
def test_safe_filenames(raw, safe):
    assert safe_filename(raw) == safe


def test_unknown_kind_refused(tmp_path, options):
    with pytest.raises(UserError, match="未知的文书种类"):
        render_batch("memo", [letter_ctx()], tmp_path / "x.pdf", options=options)


def test_empty_batch_refused(tmp_path, options):
    with pytest.raises(UserError, match="没有要打印"):
        render_batch("commendation", [], tmp_path / "x.pdf", options=options)


def test_file_like_output(options):
    import io
    buf = io.BytesIO()
    res = commendation.render(letter_ctx(), buf, options=options)
    assert buf.getvalue().startswith(b"%PDF") and res.size == len(buf.getvalue())


NARRATIVE = """一、基本情况
2026年5月3日16时许，两名儿童在钱塘江南星桥段江边玩耍时不慎落水。王𠮷喆同志途经该处，立即跳入江中施救。
（一）现场救援。王𠮷喆同志奋力游向落水儿童，先后将两人托举上岸，自己因体力不支被送医救治。
（二）社会反响。事迹经媒体报道后，在社会上引起强烈反响。
二、表彰决定
1.授予王𠮷喆同志“杭州市上城区见义勇为先进分子”称号。
（1）颁发荣誉证书和奖金人民币20000元。"""


def test_narrative_with_headings_and_balanced_title(tmp_path, options):
    """A field with several paragraphs splits into them; a heading line never ends a page."""
    (tmp_path / "commendation.toml").write_text(
        'version = "office-1"\n[variants.person]\n'
        'title = "关于对{person.name}同志在{deed.place}奋勇救人事迹予以通报表彰的决定"\n'
        'addressee = "各街道办事处，区级各有关单位"\nbody = ["{deed.narrative}", "特此通报。"]\n',
        encoding="utf-8")
    options.template_dirs = [tmp_path]
    ctx = letter_ctx()
    ctx.deed.narrative = NARRATIVE
    out = tmp_path / "h.pdf"
    res = commendation.render(ctx, out, options=options)
    for page in range(1, res.pages + 1):
        lines = [ln.strip() for ln in pdf_text(out, page, page).splitlines() if ln.strip()]
        body_lines = [ln for ln in lines if not ln.startswith("—")]
        assert body_lines[-1] not in ("一、基本情况", "二、表彰决定")
    text = flat(pdf_text(out))
    assert "各街道办事处，区级各有关单位：" in text and "特此通报。" in text
