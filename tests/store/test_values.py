"""values.dumps_floatless writes exactly the text of values.dumps (the audit chain hashes it)."""

import datetime as dt
from decimal import Decimal
from enum import Enum

from hypothesis import given, settings
from hypothesis import strategies as st
from peewee import DoubleField, FloatField

from desktop.store import models, sync_models
from desktop.store.values import dumps, dumps_floatless

TEXT = st.text(alphabet=st.characters(codec="utf-8"), max_size=30) | st.sampled_from(
    ["\x00", "\x1f\x7f", "\u2028\u2029", "\\\"/", "𠮷䶮", "\ud800", "a\udfffb", "\t\n\r\b\f", "é", "\ufeff"])
SCALARS = (st.none() | st.booleans() | st.integers(min_value=-(1 << 70), max_value=1 << 70) | TEXT
           | st.dates().map(lambda d: d) | st.datetimes(min_value=dt.datetime(1900, 1, 1)) | st.decimals(allow_nan=False, allow_infinity=False, places=2)
           | st.binary(max_size=8))
VALUES = st.recursive(SCALARS, lambda inner: st.lists(inner, max_size=4) | st.tuples(inner, inner)
                      | st.dictionaries(TEXT, inner, max_size=5)
                      | st.dictionaries(st.integers(0, 9), inner, max_size=2), max_leaves=20)


@settings(max_examples=1500, deadline=None)
@given(VALUES)
def test_same_text_as_the_json_module(value):
    assert dumps_floatless(value) == dumps(value)


class Colour(str, Enum):
    RED = "red"


def test_the_shapes_of_the_audit_trail():
    entry = {"name": [None, "张伟"], "amount": [None, Decimal("1200.50")], "born": [None, dt.date(1990, 1, 2)],
             "at": [dt.datetime(2026, 11, 30, 9, 5, 7, 123), None], "deleted": [False, True], "count": [0, 3],
             "colour": [None, Colour.RED], "_before": None, "z": "\u0000引号\"和\\", "big": 1 << 65, "k": {1: "x"}}
    assert dumps_floatless(entry) == dumps(entry)
    assert dumps_floatless(["0" * 64, "2026-11-30 09:05:07", "bench", None, "import", "person", None, "{}", None]) \
        == dumps(["0" * 64, "2026-11-30 09:05:07", "bench", None, "import", "person", None, "{}", None])


def test_no_model_stores_a_float():
    """dumps_floatless is used for decoded records: a float column would need the json module."""
    for module in (models, sync_models):
        for model in vars(module).values():
            if isinstance(model, type) and hasattr(model, "_meta") and hasattr(model._meta, "fields"):
                for field in model._meta.fields.values():
                    assert not isinstance(field, FloatField | DoubleField), (model, field.name)
