import datetime as dt

import pytest

from desktop.domain.errors import UserError
from desktop.letters.dates import chinese_count, format_date


@pytest.mark.parametrize("d, arabic, chinese", [
    (dt.date(2026, 11, 28), "2026年11月28日", "二〇二六年十一月二十八日"),
    (dt.date(2020, 1, 31), "2020年1月31日", "二〇二〇年一月三十一日"),
    (dt.date(2026, 10, 10), "2026年10月10日", "二〇二六年十月十日"),
    (dt.date(2000, 12, 20), "2000年12月20日", "二〇〇〇年十二月二十日"),
    (dt.date(2019, 2, 9), "2019年2月9日", "二〇一九年二月九日"),
])
def test_both_styles(d, arabic, chinese):
    assert format_date(d, "arabic") == arabic
    assert format_date(d, "chinese") == chinese


def test_default_is_arabic_and_unknown_style_is_refused():
    assert format_date(dt.date(2026, 1, 5)) == "2026年1月5日"
    with pytest.raises(UserError, match="日期格式"):
        format_date(dt.date(2026, 1, 5), "roman")


def test_counts_as_legal_documents_write_them():
    assert [chinese_count(n) for n in (6, 10, 15, 20, 60)] == ["六", "十", "十五", "二十", "六十"]
