"""record_check's shortcut (_plainly_valid) may only pass what the full check (fields.coerce) passes."""

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.domain import record_check
from desktop.domain.errors import ValidationError
from desktop.domain.fields import coerce

SPECS = [spec for specs in record_check.SPECS.values() for spec in specs.values()]
VALUES = (st.none() | st.booleans() | st.text(max_size=12) | st.text(min_size=190, max_size=4100)
          | st.sampled_from(["", " ", "\u3000", "a\u0301", "\u0958" * 150, "\u0344" * 120, "male", " male", "01",
                             "330102", "330102 ", "999999", "cpc", "injured", "1990-01-01", "a\x00b", "\x00"])
          | st.dates(min_value=dt.date(1, 1, 1)) | st.datetimes() | st.integers())


@settings(max_examples=3000, deadline=None)
@given(st.sampled_from(SPECS), VALUES)
def test_the_shortcut_never_passes_what_coerce_refuses(spec, value):
    try:
        stored = coerce(spec, value)
        ok = spec.kind != "code" or stored == value  # check_record refuses a label in place of a code
    except ValidationError:
        ok = False
    if record_check._plainly_valid(spec, value):
        assert ok, (spec.name, value)
    if ok and spec.kind in ("code", "division") and isinstance(value, str):  # remembered as check_record does
        key = (spec.kind, spec.code_list or spec.name, value)
        known = key in record_check._VALID
        record_check._VALID.add(key)
        try:
            assert record_check._plainly_valid(spec, value)
        finally:
            if not known:
                record_check._VALID.discard(key)


def test_shortcut_is_taken_for_the_usual_values():
    text = next(s for s in SPECS if s.kind == "text" and not s.required)
    assert record_check._plainly_valid(text, "浙江省杭州市上城区")
    assert not record_check._plainly_valid(text, "x" * (text.max_length + 1))
    date = next(s for s in SPECS if s.kind == "date")
    assert record_check._plainly_valid(date, dt.date(2020, 1, 1))
    assert not record_check._plainly_valid(date, dt.date(1800, 1, 1))


def test_a_nul_character_is_refused_in_any_text_field():
    from desktop.domain.errors import ValidationError as Refused
    text = next(s for s in SPECS if s.kind == "text")
    assert not record_check._plainly_valid(text, "张\x00伟")
    try:
        coerce(text, "张\x00伟")
    except Refused as exc:
        assert "空字符" in exc.message
    else:
        raise AssertionError("a NUL passed")
