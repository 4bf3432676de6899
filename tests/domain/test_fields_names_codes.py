import datetime as dt
from decimal import Decimal

import pytest

from desktop.domain import codes, names
from desktop.domain.errors import ValidationError
from desktop.domain.fields import coerce, coerce_all, parse_date, parse_money
from desktop.domain.record_fields import DEED, PERSON


@pytest.mark.parametrize("text", ["2021-03-05", "2021/3/5", "2021.3.5", "2021年3月5日", "20210305",
                                  "２０２１－０３－０５", "2021-03-05 10:00:00"])
def test_dates_in_every_office_spelling(text):
    assert parse_date(text) == dt.date(2021, 3, 5)


@pytest.mark.parametrize("text", ["2021-02-30", "明天", "2021/13/1", "3/5/2021"])
def test_bad_dates_are_named(text):
    with pytest.raises(ValidationError, match="不是有效日期"):
        parse_date(text, field="birth_date", label="出生日期")


def test_money():
    assert parse_money("80,000") == Decimal("80000.00")
    assert parse_money("8万") == Decimal("80000.00")
    assert parse_money("¥1234.5元") == Decimal("1234.50")
    with pytest.raises(ValidationError, match="不能为负数"):
        parse_money("-5")
    with pytest.raises(ValidationError, match="不是有效金额"):
        parse_money("八万")


def test_codes_accept_code_or_label_and_refuse_others():
    assert coerce(DEED["category"], "救助落水人员") == "drowning"
    assert coerce(DEED["category"], "fire") == "fire"
    with pytest.raises(ValidationError) as e:
        coerce(DEED["category"], "打架")
    assert "行为类别“打架”无效" in e.value.message and "与违法犯罪作斗争" in e.value.message


def test_bool_and_required_and_unknown_field():
    assert coerce(PERSON["migrant_worker"], "是") is True
    assert coerce(PERSON["migrant_worker"], "否") is False
    with pytest.raises(ValidationError, match="应为“是”或“否”"):
        coerce(PERSON["migrant_worker"], "也许")
    with pytest.raises(ValidationError, match="姓名不能为空"):
        coerce_all(PERSON, {"phone": "1"})
    with pytest.raises(ValidationError, match="没有名为“shoe_size”的字段"):
        coerce_all(PERSON, {"name": "张三", "shoe_size": "42"})


def test_text_length_limit():
    with pytest.raises(ValidationError, match="过长"):
        coerce(PERSON["name"], "名" * 51)


def test_pinyin():
    assert names.pinyin_full("张三") == "zhangsan"
    assert names.pinyin_initials("张三") == "zs"
    assert names.pinyin_initials("单雄信") == "sxx"  # surname reading 单 shan
    assert names.pinyin_full("曾国藩").startswith("zeng")
    assert names.normalize_name(" 阿依古丽•买买提 ") == "阿依古丽·买买提"
    assert sorted(["赵六", "李四", "张三", "王五"], key=names.sort_key) == ["李四", "王五", "张三", "赵六"]


@pytest.mark.parametrize("name", ["张三", "单雄信", "欧阳娜娜", "长孙无忌", "阿卜杜·热合曼", "王喆", "𠮷田", "䶮",
                                  "Anna李", "李Anna", "3号张", "  吕　绿 ", "·", "Smith", "曾100%_", "乐乐"])
def test_initials_start_with_the_same_letter_as_the_full_pinyin(name):
    """The search box relies on it: people with initials "xl" all have a full pinyin in the x stretch."""
    full, initials = names.pinyin_full(name), names.pinyin_initials(name)
    assert bool(full) == bool(initials)
    assert full[:1] == initials[:1]
    assert full == full.lower() and full.isascii() and initials.isascii()


def test_code_lists_have_labels():
    for list_name in codes.names():
        for entry in codes.entries(list_name):
            assert entry.code and entry.zh
    assert codes.label("outcome", "died") == "牺牲"
    assert codes.label("outcome", "died", "en") == "Died"
    titles = [e.zh for e in codes.entries("honour_title")]
    assert "浙江省见义勇为勇士" in titles and "浙江省见义勇为先进分子" in titles
