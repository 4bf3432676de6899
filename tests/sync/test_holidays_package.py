"""Issue 15: the province sends its holidays (a year chinese-calendar does not know yet) in a package;
the county checks the entry like every hostile input, keeps it as its override (audited, in the
import's transaction), and its deadlines then count with it. A county cannot send one up."""

from __future__ import annotations

import datetime as dt
import hashlib
import json

import pytest

from desktop.domain.errors import UserError, ValidationError
from desktop.services import exchange, workcalendar
from desktop.store.audit import AuditEntry
from desktop.sync import schema
from desktop.sync.package import HOLIDAYS
from desktop.sync.safezip import BadPackage
from tests.sync.helpers import deliver, due_of_a_case_accepted, introduce, make_office, send
from tests.sync.test_bad_packages import _line, craft, refused

D = dt.date.fromisoformat

# The province's update for 2027 (as the State Council's notice might set it): Spring Festival
# 5–13 February with Saturday 13 March worked — unlike the shipped provisional guess (5–10 February).
UPDATE = {"version": "2027.1", "years": {"2027": {
    "status": "official", "source": "国务院办公厅关于2027年部分节假日安排的通知（示例）",
    "holidays": {f"2027-02-{d:02d}": "春节" for d in range(5, 14)},
    "workdays": {"2027-02-20": "调休上班日"}}}}


@pytest.fixture
def world(tmp_path):
    county, city, province = (make_office(tmp_path, c) for c in ("330102", "330100", "330000"))
    introduce([county, city, province], tmp_path)
    update = tmp_path / "2027.json"
    update.write_text(json.dumps(UPDATE, ensure_ascii=False), encoding="utf-8")
    yield {"folder": tmp_path, "county": county, "city": city, "province": province, "update": update}
    for x in (county, city, province):
        x.close()


def test_the_province_sends_2027_and_the_county_counts_with_it(world):
    county, province = world["county"], world["province"]
    before = due_of_a_case_accepted(county, "2027-01-07")  # 30 days land on 6 February
    assert before["due"] == D("2027-02-11") and "暂定" in before["basis"]  # the shipped provisional year

    workcalendar.import_overrides(province, world["update"])
    made = send(province, county, world["folder"], holidays=True)
    assert made["holidays"] == {"version": "2027.1", "years": ["2027"]}

    preview = deliver(county, made["path"], dry_run=True)
    assert preview["holidays"]["years"] == ["2027"] and any("节假日安排" in n for n in preview["notes"])
    assert workcalendar.stored_override(county) is None  # a preview writes nothing

    done = deliver(county, made["path"])
    assert done["holidays"]["changed"] == ["2027"]
    stored = workcalendar.stored_override(county)
    assert stored["version"] == "2027.1" and "330000" in stored["sources"]["2027"]
    with county.reading():
        entry = AuditEntry.select().where(AuditEntry.table == "setting").order_by(AuditEntry.id.desc()).first()
    assert "calendar.holidays" in entry.changes and "330000" in entry.changes and made["file_name"] in entry.changes

    after = due_of_a_case_accepted(county, "2027-01-07")
    assert after["due"] == D("2027-02-15") and "春节" in after["basis"] and "暂定" not in after["basis"]
    cal = workcalendar.office_calendar(county)
    assert cal.is_working_day(D("2027-02-20")) and not cal.is_working_day(D("2027-02-13"))
    # the province's own deadlines follow its update too; the city, which got nothing, keeps the shipped guess
    assert not workcalendar.office_calendar(province).is_working_day(D("2027-02-12"))
    assert workcalendar.office_calendar(world["city"]).is_working_day(D("2027-02-12"))


def test_an_official_year_is_not_replaced_by_a_provisional_one(world):
    county = world["county"]
    workcalendar.import_overrides(county, world["update"])
    guess = world["folder"] / "guess.json"
    guess.write_text(json.dumps({"version": "2027.0", "years": {"2027": {
        "status": "provisional", "holidays": {"2027-02-05": "春节"}}}}), encoding="utf-8")
    r = workcalendar.import_overrides(county, guess)
    assert r["changed"] == []
    assert not workcalendar.office_calendar(county).is_working_day(D("2027-02-12"))


def test_only_an_office_above_sends_holidays(world):
    county, city = world["county"], world["city"]
    workcalendar.import_overrides(county, world["update"])
    with pytest.raises(ValidationError, match="只能发给下级单位"):
        send(county, city, world["folder"], holidays=True)
    with pytest.raises(ValidationError, match="还没有可下发的节假日安排"):
        send(city, county, world["folder"], holidays=True)
    made = send(city, county, world["folder"], holidays=world["update"])  # a file named on the command line
    r = deliver(county, made["path"])
    assert r["holidays"]["years"] == ["2027"] and r["holidays"]["changed"] == []  # the county had this year already


def test_a_package_without_holidays_still_imports_as_before(world):
    made = send(world["province"], world["county"], world["folder"], fmt=1)
    r = deliver(world["county"], made["path"])
    assert r["holidays"] is None and workcalendar.stored_override(world["county"]) is None


# -- hostile entries: crafted by hand with the county's real keys and refused, nothing written ---------

@pytest.fixture
def hostile(world):
    return {"folder": world["folder"], "county": world["county"], "city": world["city"]}


def _files(body: bytes) -> dict[str, bytes]:
    return {"records/person.jsonl": json.dumps(_line(), ensure_ascii=False).encode() + b"\n", HOLIDAYS: body}


def _body(**year) -> bytes:
    entry = {"holidays": {"2027-02-05": "春节"}}
    entry.update(year)
    return json.dumps({"version": "1", "years": {"2027": entry}}, ensure_ascii=False).encode()


@pytest.mark.parametrize("body, message", [
    (_body(holidays={"2027-02-30": "春节"}), "日期“2027-02-30”无效"),
    (_body(holidays={"2026-10-01": "国庆节"}), "日期“2026-10-01”无效"),
    (json.dumps({"version": "1", "years": {"1066": {}}}).encode(), "年份“1066”不正确"),
    (json.dumps({"version": "1", "years": {str(y): {} for y in range(2030, 2042)}}).encode(), "最多 10 个"),
    (_body(holidays={"2027-02-05": "春" * 41}), "名称不正确"),
    (_body(holidays={"2027-02-05": "春节"}, workdays={"2027-02-05": "上班"}), "既是节假日又是调休上班日"),
    (_body(status="maybe"), "status"),
    (json.dumps({"years": {"2027": {}}}).encode(), "version"),
    (b'{"version":"1","years":{"2027":{"holidays":' + b"[" * 40 + b"]" * 40 + b"}}}", "嵌套层数过多"),
    (b'{"version":"1","years":{"2027":{"source":"' + b"x" * (300 << 10) + b'"}}}', "过大"),
])
def test_a_hostile_holidays_entry_refuses_the_package(hostile, body, message):
    refused(hostile, craft(hostile, "holidays.yyp", files=_files(body)), message)


def test_a_good_entry_from_a_county_is_still_refused(hostile):
    refused(hostile, craft(hostile, "up.yyp", files=_files(_body())), "只能由上级单位下发")


def test_a_holidays_entry_outside_the_signed_manifest_is_refused(hostile):
    files = _files(_body())
    listed = [{"path": p, "sha256": hashlib.sha256(b).hexdigest(), "size": len(b)}
              for p, b in files.items() if p != HOLIDAYS]
    refused(hostile, craft(hostile, "unlisted.yyp", files=files, manifest={"entries": listed}), "清单未列出")


def test_the_entry_check_on_bytes():
    assert schema.holidays(json.dumps(UPDATE).encode())["version"] == "2027.1"
    with pytest.raises(BadPackage, match="不是有效的 JSON"):
        schema.holidays(b'{"version": NaN}')


def test_a_package_says_the_oldest_record_schema_that_reads_it(world, monkeypatch):
    """A package with the holidays entry (or per-person outcomes) is schema 3; one without stays 2, so
    a program of schema 2 still reads it — and refuses a schema-3 package with "请先升级", never
    stumbling on an entry it does not know."""
    from desktop.sync import package as package_module

    county, province = world["county"], world["province"]
    workcalendar.import_overrides(province, world["update"])
    plain = send(province, county, world["folder"])
    with_holidays = send(province, county, world["folder"], holidays=True)
    assert package_module.schema_needed({"person": 3}, False) == 2
    assert package_module.schema_needed({"case_person": 1}, False) == 3
    monkeypatch.setattr(package_module, "RECORD_SCHEMA", 2)  # the program before this change
    assert deliver(county, plain["path"])["holidays"] is None
    with pytest.raises(BadPackage, match="数据结构版本为 3.*请先升级"):
        deliver(county, with_holidays["path"])
    monkeypatch.undo()
    assert deliver(county, with_holidays["path"])["holidays"]["changed"] == ["2027"]


def test_undoing_the_import_takes_its_holidays_back(world):
    """The holidays a package brought go with an undo of that import; an override changed since refuses it."""
    county, province = world["county"], world["province"]
    workcalendar.import_overrides(province, world["update"])
    done = deliver(county, send(province, county, world["folder"], holidays=True)["path"])
    assert done["holidays"]["changed"] == ["2027"] and workcalendar.stored_override(county) is not None
    exchange.undo_import(county, done["package_id"])
    assert workcalendar.stored_override(county) is None  # as before the import
    again = deliver(county, send(province, county, world["folder"], holidays=True)["path"])
    newer = json.loads(json.dumps(UPDATE))
    newer["version"] = "2027.2"
    newer["years"]["2027"]["holidays"]["2027-02-14"] = "春节"
    later = world["folder"] / "2027-2.json"
    later.write_text(json.dumps(newer, ensure_ascii=False), encoding="utf-8")
    workcalendar.import_overrides(county, later)  # the county changes its calendar after the import
    with pytest.raises(UserError, match="节假日安排此后又被修改过"):
        exchange.undo_import(county, again["package_id"])
    assert workcalendar.stored_override(county)["version"] == "2027.2"
