import pytest

from desktop.domain.errors import UserError
from desktop.letters.fonts import FontFace, FontSet, normalize_text, shipped_faces, shipped_fonts

from .conftest import RARE_NAMES


@pytest.fixture(scope="module")
def fonts() -> FontSet:
    return shipped_fonts()


def test_shipped_fonts_are_there_with_licences():
    for face in shipped_faces().values():
        p = __import__("pathlib").Path(face.path)
        assert p.is_file()
        assert (p.parent / "OFL.txt").is_file()


def test_shipped_total_is_reasonable():
    from desktop.letters._paths import resource_path
    total = sum(p.stat().st_size for p in resource_path("fonts").rglob("*") if p.is_file())
    assert total < 60 * 1024 * 1024


@pytest.mark.parametrize("name", RARE_NAMES)
def test_rare_names_have_glyphs(fonts, name):
    runs = fonts.check_text(name, "姓名")
    assert "".join(s for _, s in runs) == name


def test_extension_b_falls_back_to_wenkai(fonts):
    runs = fonts.check_text("吴𠮷明", "姓名", "body")
    assert [s for _, s in runs] == ["吴", "𠮷", "明"]
    assert "WenKai" in runs[1][0] and "ZhuqueFangsong" in runs[0][0]
    assert runs[0][0] == runs[2][0] == fonts.primary("body")


def test_body_is_fangsong_and_quotes_come_full_width_from_the_next_face(fonts):
    """The shipped body is 朱雀仿宋 (GB/T 9704: 仿宋); its proportional “ ” are skipped."""
    assert "ZhuqueFangsong" in fonts.primary("body")
    runs = fonts.check_text("授予“先进分子”称号", "正文", "body")
    assert [s for _, s in runs] == ["授予", "“", "先进分子", "”", "称号"]
    assert "NotoSerif" in runs[1][0] and "NotoSerif" in runs[3][0]
    from desktop.letters.layout import _width_table
    assert _width_table(runs[1][0])["“"] == 1.0  # full width, one grid cell


def test_role_report_names_the_face_of_each_role():
    from desktop.letters.fonts import role_report
    report = {r["role"]: r for r in role_report(shipped_fonts())}
    assert report["body"]["face"].startswith("朱雀仿宋") and report["body"]["source"] == "随程序提供"
    assert set(report) == {"body", "title", "heading", "kai"} and all(r["face"] for r in report.values())


@pytest.mark.parametrize("ch", ["\ue000", "\U0010fffd"])
def test_character_without_glyph_is_refused_by_name(fonts, ch):
    with pytest.raises(UserError) as err:
        fonts.check_text(f"李{ch}明", "姓名")
    code = f"U+{ord(ch):04X}"
    assert err.value.message == f"字段“姓名”中的字符“{ch}”({code})在所有可用字体中都没有字形，无法打印"
    assert err.value.field == "姓名"


def test_normalisation_keeps_chinese_punctuation():
    assert normalize_text("你好，世界：（一）！？；……　") == "你好，世界：（一）！？；……　"


def test_normalisation_folds_fullwidth_digits_and_latin():
    assert normalize_text("上公〔２０２６〕１２号ＡＢｃ") == "上公〔2026〕12号ABc"


def test_normalisation_maps_compatibility_and_radicals_to_unified():
    assert normalize_text("\uf907") == "\u9f9c"  # 龜 compatibility → unified
    assert normalize_text("\u2f00\u2f08") == "一人"  # Kangxi radicals pasted from PDFs


def test_normalisation_drops_invisible_and_flattens_breaks():
    assert normalize_text("葛\U000E0100城\u200b区\n张\t三") == "葛城区 张 三"


def test_unloadable_face_is_skipped():
    """A CFF-outline collection (Debian Noto CJK) cannot be embedded: the chain moves on."""
    cff = FontFace("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc")
    chains = {role: [cff, *faces] for role, faces in
              {r: list(shipped_fonts().chain(r)) for r in ("body", "title", "heading", "kai")}.items()}
    fs = FontSet(chains)
    assert "ZhuqueFangsong" in fs.primary("body")
    assert fs.check_text("喆", "姓名")[0][0] == fs.primary("body")


def test_office_override_comes_first():
    wenkai = shipped_faces()["kai"]
    fs = FontSet.discover(system=False, overrides={"body": [wenkai.path]})
    assert fs.chain("body")[0] == wenkai
    assert fs.primary("body") == wenkai.name


def test_markup_escapes_and_tags_fallback_runs(fonts):
    markup = fonts.markup("A&B<吴𠮷>", "姓名")
    assert "&amp;" in markup and "&lt;" in markup and "&gt;" in markup
    assert markup.count("<font") == 1 and "𠮷</font>" in markup
