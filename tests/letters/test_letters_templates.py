import pytest

from desktop.domain.errors import UserError
from desktop.letters import RenderOptions
from desktop.letters.batch import KINDS
from desktop.letters.commendation import render
from desktop.letters.templates import FIELD_LABELS, load_template, placeholders, render_text

from .conftest import letter_ctx


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_shipped_templates_load_and_use_known_fields(kind):
    t = load_template(kind)
    assert t.version
    assert set(t.fields()) <= set(FIELD_LABELS)


def test_fields_listed():
    assert "person.name" in load_template("commendation").fields()
    assert placeholders("{person.name}于{deed.date}，{{不是字段}}") == ["person.name", "deed.date"]


def test_missing_field_named_in_the_message():
    with pytest.raises(UserError) as err:
        render_text("在{deed.place}救人", {"person.name": "张三"})
    assert "模板字段 {deed.place} 缺少数据" in err.value.message
    with pytest.raises(UserError, match="模板字段 {deed.place} 缺少数据"):
        render_text("在{deed.place}救人", {"deed.place": ""})


@pytest.mark.parametrize("text", ["{person.name.__class__}", "{person.name[0]}", "{0}", "{}", "{office}"])
def test_no_attribute_access_or_positional_fields(text):
    with pytest.raises(UserError, match="不存在"):
        render_text(text, {"person.name": "张三"})


def test_conversions_refused():
    with pytest.raises(UserError, match="转换"):
        render_text("{person.name!r}", {"person.name": "张三"})


def test_office_folder_wins_and_version_is_reported(tmp_path, options):
    (tmp_path / "commendation.toml").write_text(
        'version = "office-7"\n[variants.person]\ntitle = "致{person.name}同志的一封信"\n'
        'addressee = "{person.name}同志"\nbody = ["感谢你在{deed.place}的英勇行为。"]\n',
        encoding="utf-8",
    )
    options.template_dirs = [tmp_path / "missing", tmp_path]
    out = tmp_path / "x.pdf"
    result = render(letter_ctx(), out, options=options)
    assert result.template_version == "office-7"
    assert load_template("commendation").version != "office-7"  # shipped one untouched


def test_template_without_version_refused(tmp_path):
    (tmp_path / "roster.toml").write_text('title = "x"\n', encoding="utf-8")
    with pytest.raises(UserError, match="version"):
        load_template("roster", [tmp_path])


def test_template_with_unknown_field_refused(tmp_path):
    (tmp_path / "roster.toml").write_text('version = "1"\ntitle = "{batch.titel}"\n', encoding="utf-8")
    with pytest.raises(UserError, match="batch.titel"):
        load_template("roster", [tmp_path])


def test_missing_context_part_refused_with_field(options, tmp_path):
    ctx = letter_ctx()
    ctx.deed.place = ""
    with pytest.raises(UserError, match=r"模板字段 \{deed.place\} 缺少数据"):
        render(ctx, tmp_path / "x.pdf", options=RenderOptions(fonts=options.fonts))
