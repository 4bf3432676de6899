import datetime

import pytest
from hypothesis import given, settings, strategies as st
from stdnum.cn import ric

from desktop.domain import divisions
from desktop.domain.errors import ValidationError
from desktop.domain.id_number import (
    DocumentCheck, IdType, ResidentId, check_digit, mask, normalize, parse_resident_id,
    upgrade_15, validate_document,
)

TODAY = datetime.date(2024, 6, 1)
ADDRESS_CODES = ["330102", "330103", "330104", "330183", "330185", "330113", "330114",
                 "331127", "330782", "110105", "510107", "440305", "650102"]


def make(address="330102", birth="19900101", seq="123"):
    first17 = address + birth + seq
    return first17 + check_digit(first17)


def error_of(func, *args, **kwargs):
    with pytest.raises(ValidationError) as info:
        func(*args, **kwargs)
    return info.value


# --- check digit ---------------------------------------------------------------------------------

def test_standard_example():
    rid = parse_resident_id("11010519491231002X")
    assert rid == ResidentId("11010519491231002X", "110105", datetime.date(1949, 12, 31),
                             "female", False)
    assert check_digit("11010519491231002") == "X"


@pytest.mark.parametrize("first17, expected", [
    ("11010519491231002", "X"), ("44052418800101001", "4"), ("33010219900101123", "4"),  # Σ=162, 162 mod 11 = 8 -> "4"
])
def test_check_digit_known(first17, expected):
    assert check_digit(first17) == expected
    assert ric.calc_check_digit(first17 + "?") == expected


@pytest.mark.parametrize("bad", ["1101051949123100", "1101051949123100A", "１１０１０５１９４９１２３１００２"])
def test_check_digit_needs_17_ascii_digits(bad):
    with pytest.raises(ValueError):
        check_digit(bad)


numbers = st.builds(
    lambda a, d, s: a + d.strftime("%Y%m%d") + f"{s:03d}",
    st.sampled_from(ADDRESS_CODES),
    st.dates(datetime.date(1890, 1, 1), TODAY),
    st.integers(0, 999),
)


@settings(max_examples=300)
@given(numbers)
def test_generated_numbers_validate(first17):
    number = first17 + check_digit(first17)
    assert check_digit(first17) == ric.calc_check_digit(number)  # agrees with stdnum
    rid = parse_resident_id(number, today=TODAY)
    assert rid.number == number
    assert rid.address_code == first17[:6]
    assert rid.birth_date.strftime("%Y%m%d") == first17[6:14]
    assert rid.gender == ("male" if int(first17[16]) % 2 else "female")


@settings(max_examples=300)
@given(numbers, st.integers(0, 17), st.sampled_from("0123456789X"))
def test_any_single_change_is_caught(first17, position, replacement):
    number = first17 + check_digit(first17)
    if position < 17 and replacement == "X" or number[position] == replacement:
        replacement = str((int(number[position]) + 1) % 10) if number[position] != "X" else "0"
    changed = number[:position] + replacement + number[position + 1:]
    assert changed != number
    with pytest.raises(ValidationError):
        parse_resident_id(changed, today=TODAY)


@settings(max_examples=200)
@given(numbers, st.integers(0, 16))
def test_adjacent_transposition_is_caught(first17, position):
    number = first17 + check_digit(first17)
    a, b = number[position], number[position + 1]
    if a == b or b == "X":
        return
    swapped = number[:position] + b + a + number[position + 2:]
    with pytest.raises(ValidationError):
        parse_resident_id(swapped, today=TODAY)


# --- normalisation and 15-digit numbers ------------------------------------------------------

def test_normalize():
    assert normalize(" 1101 0519 4912 3100 2x ") == "11010519491231002X"
    assert normalize("１１０１０５１９４９１２３１００２ｘ") == "11010519491231002X"
    assert normalize("110105\u300019491231002X\t") == "11010519491231002X"
    assert normalize(None) == ""


def test_full_width_and_lowercase_x_parse():
    assert parse_resident_id("１１０１０５　１９４９１２３１　００２ｘ").number == "11010519491231002X"
    assert parse_resident_id("11010519491231002x").number == "11010519491231002X"


def test_upgrade_15():
    assert upgrade_15("330103900101123") == make("330103", "19900101", "123")
    assert upgrade_15("110105491231002") == "11010519491231002X"
    assert error_of(upgrade_15, "33010390010112").message == "旧式身份证号应为15位，现为14位"
    assert error_of(upgrade_15, "3301039001011A3").message == "身份证号第14位“A”不是数字"


def test_parse_15_digit():
    rid = parse_resident_id("330183 850215 642")
    assert rid.upgraded_from_15
    assert rid.number == make("330183", "19850215", "642")
    assert rid.birth_date == datetime.date(1985, 2, 15) and rid.gender == "female"


# --- error messages -----------------------------------------------------------------------------

@pytest.mark.parametrize("text, message", [
    ("", "请填写身份证号"),
    (None, "请填写身份证号"),
    ("11010519491231002", "身份证号应为18位（或旧式15位），现为17位"),
    ("1101051949123100211", "身份证号应为18位（或旧式15位），现为19位"),
    ("1101A519491231002X", "身份证号第5位“A”不是数字"),
    ("110105194912310X2X", "身份证号第16位“X”不是数字"),
    ("11010519491231002Y", "身份证号第18位（校验位）“Y”应为数字或X"),
    ("11010519491231002-", "身份证号第18位（校验位）“-”应为数字或X"),
    ("110105A91231002", "身份证号第7位“A”不是数字"),
    (make("330102", "19901332"), "身份证号中的出生日期 19901332 不是有效日期"),
    (make("330102", "19900230"), "身份证号中的出生日期 19900230 不是有效日期"),
    (make("330102", "20240602"), "身份证号中的出生日期 20240602 晚于今天"),
    (make("330102", "18891231"), "身份证号中的出生日期 18891231 早于1890年"),
    (make("999999"), "身份证号前6位 999999 不是有效的行政区划代码"),
    (make("330199"), "身份证号前6位 330199 不是有效的行政区划代码"),
    ("110105194912310023", "身份证号校验位应为 X，现为 3"),
    ("11010519491231002０", "身份证号校验位应为 X，现为 0"),
])
def test_error_messages(text, message):
    err = error_of(parse_resident_id, text, field="applicant_id", today=TODAY)
    assert err.message == message
    assert err.field == "applicant_id"


def test_boundary_dates_accepted():
    assert parse_resident_id(make("330102", "18900101"), today=TODAY).birth_date.year == 1890
    assert parse_resident_id(make("330102", "20240601"), today=TODAY).birth_date == TODAY


@pytest.mark.parametrize("code", ["330103", "330104", "330183", "330185", "330184", "330125",
                                  "330204", "330283", "330682", "330322", "332101", "339005"])
def test_retired_codes_valid(code):
    assert parse_resident_id(make(code, "19800101"), today=TODAY).address_code == code


@pytest.mark.parametrize("code", ["110105", "510107", "440305", "330113", "330114"])
def test_other_provinces_and_new_codes(code):
    assert parse_resident_id(make(code), today=TODAY).address_code == code


def test_real_division_list_is_used():
    assert divisions.is_valid_address_code("330102")


# --- validate_document --------------------------------------------------------------------------

def test_resident_document_derives_birth_and_gender():
    check = validate_document(IdType.RESIDENT, "11010519491231002x")
    assert check == DocumentCheck(IdType.RESIDENT, "11010519491231002X",
                                  datetime.date(1949, 12, 31), "female", False)
    assert validate_document("resident", "110105491231002").upgraded_from_15


def test_resident_document_matching_typed_values():
    number = make("330102", "19900101", "123")
    check = validate_document("resident", number, birth_date=datetime.date(1990, 1, 1),
                              gender="male")
    assert check.number == number
    assert validate_document("resident", number, gender="男").gender == "male"
    assert validate_document("resident", number, birth_date="1990-01-01").number == number
    assert error_of(validate_document, "resident", number, birth_date="1990-13-01").field == "birth_date"


def test_resident_document_birth_mismatch():
    err = error_of(validate_document, IdType.RESIDENT, make("330102", "19900101", "123"),
                   birth_date=datetime.date(1990, 1, 2))
    assert err.message.startswith("出生日期与身份证号不符：身份证号为1990年1月1日")
    assert err.field == "birth_date"


def test_resident_document_gender_mismatch():
    err = error_of(validate_document, IdType.RESIDENT, make("330102", "19900101", "124"),
                   gender="male")
    assert err.message.startswith("性别与身份证号不符")
    assert "女" in err.message
    assert err.field == "gender"
    err = error_of(validate_document, IdType.RESIDENT, make(), gender="unknown")
    assert "性别" in err.message


def test_resident_document_errors_propagate():
    err = error_of(validate_document, IdType.RESIDENT, "110105194912310023", field="id_no")
    assert err.message == "身份证号校验位应为 X，现为 3" and err.field == "id_no"


@pytest.mark.parametrize("id_type, text, stored", [
    (IdType.PASSPORT, " e1234 5678 ", "E12345678"),
    (IdType.HK_MACAO, "h12345678", "H12345678"),
    (IdType.TAIWAN, "１２３４５６７８", "12345678"),
    (IdType.FOREIGN_PR, "USA-123456", "USA-123456"),
    (IdType.OTHER, "ab-12", "AB-12"),
    ("passport", "G" + "1" * 29, "G" + "1" * 29),
])
def test_other_documents(id_type, text, stored):
    check = validate_document(id_type, text)
    assert check.number == stored
    assert check.birth_date is None and check.gender is None


@pytest.mark.parametrize("id_type, text, message", [
    (IdType.PASSPORT, "  ", "请填写护照号码"),
    (IdType.PASSPORT, "E123", "护照号码应为5至30位字母、数字或连字符，现为4位"),
    (IdType.PASSPORT, "E" * 31, "护照号码应为5至30位字母、数字或连字符，现为31位"),
    (IdType.PASSPORT, "E12/45678", "护照号码第4位“/”不是字母、数字或连字符"),
    (IdType.OTHER, "证12345", "证件号码第1位“证”不是字母、数字或连字符"),
])
def test_other_document_errors(id_type, text, message):
    err = error_of(validate_document, id_type, text, field="doc")
    assert err.message == message and err.field == "doc"


def test_residence_permit_numbers_are_checked():
    good = make("810000", "19900101", "123")
    check = validate_document(IdType.HK_MACAO, good)
    assert check.birth_date == datetime.date(1990, 1, 1) and check.gender == "male"
    bad = good[:-1] + ("0" if good[-1] != "0" else "1")
    assert "校验位应为" in error_of(validate_document, IdType.HK_MACAO, bad).message
    assert validate_document(IdType.TAIWAN, make("830000")).number == make("830000")


def test_unknown_id_type():
    err = error_of(validate_document, "driver", "E12345678")
    assert err.message == "证件类型“driver”无效" and err.field == "id_type"
    assert validate_document("护照", "E12345678").id_type is IdType.PASSPORT


def test_id_type_labels():
    assert IdType.RESIDENT.label == "居民身份证"
    assert IdType.FOREIGN_PR.label == "外国人永久居留身份证"
    assert [t.value for t in IdType] == ["resident", "passport", "hk_macao", "taiwan",
                                         "foreign_pr", "other"]


# --- mask ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("number, masked", [
    ("330102199001011234", "3301**********1234"),
    ("11010519491231002x", "1101**********002X"),
    ("330103900101123", "3301*******1123"),
    ("E12345678", "E123*5678"),
    ("E1234567", "E1****67"),
    ("12345", "1***5"),
    ("1234", "****"),
    ("", ""),
    (None, ""),
])
def test_mask(number, masked):
    assert mask(number) == masked
