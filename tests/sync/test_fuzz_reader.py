"""Issue 17 point 8: a property-based fuzz test of the package reader. Whatever the bytes, the
envelope or the signed records, an import preview either works or refuses in one Chinese line; it
never raises anything else, and never writes."""

from __future__ import annotations

import json
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.domain.errors import UserError
from desktop.services import exchange
from desktop.store.models import Person
from tests.sync.helpers import introduce, make_office, send, snapshot
from tests.sync.test_bad_packages import _line, craft

CHINESE = re.compile(r"[\u4e00-\u9fff]")
FUZZ = settings(max_examples=60, deadline=None, derandomize=True,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
json_values = st.recursive(
    st.none() | st.booleans() | st.integers(min_value=-(2 ** 70), max_value=2 ** 70) | st.floats(allow_nan=False)
    | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12)


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    folder = tmp_path_factory.mktemp("fuzz")
    county, city = make_office(folder, "330102"), make_office(folder, "330100")
    introduce([county, city], folder)
    with county.atomic() as w:
        w.create(Person, {"name": "赵赟", "phone": "13800000000"})
    good = send(county, city, folder)["path"]
    yield {"folder": folder, "county": county, "city": city, "good": good,
           "before": snapshot(city), "n": [0]}
    county.close()
    city.close()


def _preview(world, path):
    try:
        r = exchange.import_package(world["city"], str(path), dry_run=True, confirm_trust=lambda i: True)
        assert isinstance(r, dict)
    except UserError as exc:
        assert CHINESE.search(exc.message) and "\n" not in exc.message, exc.message


def _path(world):
    world["n"][0] += 1
    return world["folder"] / f"m{world['n'][0]}.yyp"


@FUZZ
@given(data=st.data())
def test_mutated_bytes(world, data):
    raw = bytearray(open(world["good"], "rb").read())
    for _ in range(data.draw(st.integers(1, 8))):
        at = data.draw(st.integers(0, len(raw) - 1))
        raw[at] = data.draw(st.integers(0, 255))
    cut = data.draw(st.integers(0, len(raw)))
    path = _path(world)
    path.write_bytes(bytes(raw[:cut] if data.draw(st.booleans()) else raw))
    _preview(world, path)


@FUZZ
@given(key=st.sampled_from(["format", "sender", "receiver", "number", "sign_key", "box_key", "encryption",
                            "sender_name", "fingerprint"]), value=json_values)
def test_envelope_fields_of_any_json(world, key, value):
    path = craft(world, f"e{world['n'][0]}.yyp", envelope={key: value})
    world["n"][0] += 1
    _preview(world, path)


@FUZZ
@given(field=st.sampled_from(["name", "gender", "ethnicity", "birth_date", "id_number", "state", "migrant_worker",
                              "phone", "notes", "hukou_division", "id_rev", "nonsense"]),
       value=json_values, meta=st.sampled_from(["vclock", "origin", "deleted", "created_at", "uuid", None]),
       meta_value=json_values)
def test_signed_records_of_any_json(world, field, value, meta, meta_value):
    line = _line()
    line["fields"][field] = value
    if meta:
        line[meta] = meta_value
    try:
        body = json.dumps(line, ensure_ascii=False).encode() + b"\n"
    except UnicodeEncodeError:
        body = json.dumps(line).encode() + b"\n"
    path = craft(world, f"r{world['n'][0]}.yyp", files={"records/person.jsonl": body})
    world["n"][0] += 1
    _preview(world, path)


@FUZZ
@given(key=st.sampled_from(["since_seq", "upto_seq", "receipt", "counts", "full", "schema", "entries", "created"]),
       value=json_values)
def test_signed_manifest_fields_of_any_json(world, key, value):
    path = craft(world, f"s{world['n'][0]}.yyp", manifest={key: value})
    world["n"][0] += 1
    _preview(world, path)


def test_nothing_was_written(world):
    assert snapshot(world["city"]) == world["before"]
