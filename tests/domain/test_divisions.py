import json

import pytest

from desktop.domain import divisions
from desktop.domain.errors import ValidationError
from desktop.resources import resource_path


def test_resource_path_finds_json():
    path = resource_path("divisions", "zhejiang.json")
    assert path.is_file()
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert doc["divisions"][0]["code"] == "330000"


def test_resource_path_prefers_pyinstaller_bundle(tmp_path, monkeypatch):
    import sys
    (tmp_path / "resources" / "divisions").mkdir(parents=True)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resource_path("divisions", "x.json") == tmp_path / "resources" / "divisions" / "x.json"


def test_json_entries_are_well_formed():
    codes = set()
    for d in divisions.counties(include_retired=True) + divisions.cities(include_retired=True):
        assert len(d.code) == 6 and d.code.startswith("33")
        assert d.level in divisions.LEVELS
        assert divisions.get(d.parent) is not None
        assert d.valid_from is None or d.valid_to is None or d.valid_from <= d.valid_to
        codes.add(d.code)
    assert len(codes) > 200


def test_90_county_level_units_in_force():
    counties = divisions.counties()
    assert len(counties) == 90
    assert [d.code for d in counties] == sorted(d.code for d in counties)
    codes = {d.code for d in counties}
    for code in ("330102", "330105", "330106", "330108", "330109", "330110", "330111", "330112",
                 "330113", "330114", "330206", "330213", "330305", "330383", "330604", "330782",
                 "330783", "331083", "331127"):
        assert code in codes, code
    # 市辖区 and retired units are not county-level units in force
    for code in ("330101", "330103", "330104", "330183", "330185", "330204", "330283", "330322",
                 "330682", "331021"):
        assert code not in codes, code
    assert all(d.in_force and d.level == "county" for d in counties)


def test_counties_per_city_2023():
    expected = {"330100": 13, "330200": 10, "330300": 12, "330400": 7, "330500": 5,
                "330600": 6, "330700": 9, "330800": 6, "330900": 4, "331000": 9, "331100": 9}
    assert {c.code: len(divisions.children(c.code)) for c in divisions.cities()} == expected


def test_11_cities():
    cities = divisions.cities()
    assert [c.code for c in cities] == [f"33{i:02d}00" for i in range(1, 12)]
    assert cities[0].name == "杭州市" and cities[-1].name == "丽水市"
    assert len(divisions.cities(include_retired=True)) > 11  # old 地区


def test_retired_codes_kept_with_years():
    for code, name, year in [("330103", "下城区", 2021), ("330104", "江干区", 2021),
                             ("330183", "富阳市", 2014), ("330185", "临安市", 2017),
                             ("330184", "余杭市", 2001), ("330181", "萧山市", 2001),
                             ("330125", "余杭县", 1994), ("330204", "江东区", 2016),
                             ("330283", "奉化市", 2016), ("330682", "上虞市", 2013),
                             ("330322", "洞头县", 2015)]:
        d = divisions.get(code)
        assert d is not None and d.name == name and d.valid_to == year and not d.in_force
    assert divisions.get("330113").valid_from == 2021 and divisions.get("330113").in_force
    assert divisions.get("330110").in_force


def test_get_and_name_of():
    d = divisions.get("330102")
    assert d == divisions.Division("330102", "上城区", "county", "330100", 1983, None)
    assert divisions.get("330199") is None
    assert divisions.get("110105") is None  # get() is Zhejiang only
    assert divisions.name_of("331127") == "景宁畲族自治县"
    assert divisions.name_of("330206") == "北仑区"  # latest of its names
    assert divisions.name_of("110105") == "朝阳区"
    with pytest.raises(ValidationError, match="行政区划代码 330199 不存在"):
        divisions.name_of("330199")


def test_full_name():
    assert divisions.full_name("330102") == "浙江省杭州市上城区"
    assert divisions.full_name("330100") == "浙江省杭州市"
    assert divisions.full_name("330000") == "浙江省"
    assert divisions.full_name("330103") == "浙江省杭州市下城区"
    assert divisions.full_name("331127") == "浙江省丽水市景宁畲族自治县"
    assert divisions.full_name("330101") == "浙江省杭州市"  # 市辖区 skipped
    assert divisions.full_name("110105") == "北京市朝阳区"
    assert divisions.full_name("510107") == "四川省成都市武侯区"
    assert divisions.full_name("440305") == "广东省深圳市南山区"


def test_children():
    hz = [d.name for d in divisions.children("330100")]
    assert hz == ["上城区", "拱墅区", "西湖区", "滨江区", "萧山区", "余杭区", "富阳区", "临安区",
                  "临平区", "钱塘区", "桐庐县", "淳安县", "建德市"]
    with_retired = {d.code for d in divisions.children("330100", include_retired=True)}
    assert {"330103", "330104", "330183", "330185"} <= with_retired
    assert "330101" not in with_retired
    assert [d.code for d in divisions.children("330000")] == [c.code for c in divisions.cities()]
    assert divisions.children("330102") == []


@pytest.mark.parametrize("code", ["330102", "330103", "330183", "330185", "330113", "330114",
                                  "110105", "510107", "440305", "11010" "5", "650000"])
def test_valid_address_codes(code):
    assert divisions.is_valid_address_code(code)


@pytest.mark.parametrize("code", ["999999", "330199", "33010", "3301022", "", "abcdef", "000000"])
def test_invalid_address_codes(code):
    assert not divisions.is_valid_address_code(code)


def test_validate_division_accepts():
    assert divisions.validate_division("330000").level == "province"
    assert divisions.validate_division("330100").name == "杭州市"
    assert divisions.validate_division(" 330782 ").name == "义乌市"
    assert divisions.validate_division("330103", allow_retired=True).name == "下城区"


@pytest.mark.parametrize("code, message", [
    ("330199", "行政区划代码 330199 不存在"),
    ("", "请填写行政区划代码"),
    (None, "请填写行政区划代码"),
    ("33010", "行政区划代码应为6位数字，现为“33010”"),
    ("110105", "行政区划代码 110105（朝阳区）不属于浙江省"),
    ("999999", "行政区划代码 999999 不存在"),
    ("330101", "行政区划代码 330101（市辖区）不是县级或以上行政区划"),
    ("330103", "行政区划代码 330103（下城区）已于2021年撤销"),
])
def test_validate_division_refuses(code, message):
    with pytest.raises(ValidationError) as info:
        divisions.validate_division(code, field="place_code")
    assert message in info.value.message
    assert info.value.field == "place_code"


def test_generated_json_is_up_to_date():
    import importlib.util
    spec = importlib.util.spec_from_file_location(
        "build_zhejiang", resource_path("divisions", "build_zhejiang.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    entries = module.build()
    module.check(entries)
    doc = json.loads(resource_path("divisions", "zhejiang.json").read_text(encoding="utf-8"))
    assert doc["divisions"] == entries
