"""Identity documents: resident ID numbers (GB 11643-1999) and other document numbers.

A resident ID number is a 6-digit address code (GB/T 2260; retired codes stay valid), the birth
date YYYYMMDD, a 3-digit sequence (odd = male, even = female) and a check character computed by
ISO 7064 MOD 11-2. Old 15-digit numbers (YYMMDD, no check character) are upgraded to 18 digits.
"""

from __future__ import annotations

import datetime
import operator
import re
import unicodedata
from dataclasses import dataclass
from enum import Enum

from desktop.domain import divisions
from desktop.domain.errors import ValidationError

WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
CHECK_CHARS = "10X98765432"
EARLIEST_BIRTH_YEAR = 1890
# 港澳台居民居住证 numbers follow GB 11643 with these address codes (not in GB/T 2260 lists).
RESIDENCE_PERMIT_PREFIXES = {"810000": "香港", "820000": "澳门", "830000": "台湾"}
_OTHER_DOCUMENT = re.compile(r"^[A-Z0-9-]{5,30}$")
_ALLOWED_OTHER = re.compile(r"[A-Z0-9-]")


class IdType(str, Enum):
    RESIDENT = "resident"
    PASSPORT = "passport"
    HK_MACAO = "hk_macao"
    TAIWAN = "taiwan"
    FOREIGN_PR = "foreign_pr"
    OTHER = "other"

    @property
    def label(self) -> str:
        return ID_TYPE_LABELS[self]


ID_TYPE_LABELS: dict[IdType, str] = {
    IdType.RESIDENT: "居民身份证",
    IdType.PASSPORT: "护照",
    IdType.HK_MACAO: "港澳居民来往内地通行证/港澳居民居住证",
    IdType.TAIWAN: "台湾居民来往大陆通行证",
    IdType.FOREIGN_PR: "外国人永久居留身份证",
    IdType.OTHER: "其他证件",
}

_NUMBER_LABELS: dict[IdType, str] = {
    IdType.RESIDENT: "身份证号",
    IdType.PASSPORT: "护照号码",
    IdType.HK_MACAO: "港澳居民证件号码",
    IdType.TAIWAN: "台湾居民来往大陆通行证号码",
    IdType.FOREIGN_PR: "外国人永久居留身份证号码",
    IdType.OTHER: "证件号码",
}

_GENDER_LABELS = {"male": "男", "female": "女"}
_GENDER_INPUT = {"male": "male", "female": "female", "男": "male", "女": "female",
                 "m": "male", "f": "female"}


@dataclass(frozen=True)
class ResidentId:
    number: str  # normalised, 18 characters
    address_code: str
    birth_date: datetime.date
    gender: str  # "male" | "female"
    upgraded_from_15: bool = False


@dataclass(frozen=True)
class DocumentCheck:
    id_type: IdType
    number: str  # normalised number to store
    birth_date: datetime.date | None = None  # derived from the number (resident IDs, permits)
    gender: str | None = None  # "male" | "female", derived from the number
    upgraded_from_15: bool = False


def normalize(text: str | None) -> str:
    """Strip all spaces (full-width too), fold full-width digits/letters (NFKC), upper the final x."""
    if text is None:
        return ""
    if text.__class__ is str and text.isascii() and text.isalnum():  # the usual case: nothing to fold
        return text[:-1] + "X" if text.endswith("x") else text
    folded = unicodedata.normalize("NFKC", str(text))
    compact = "".join(ch for ch in folded if not ch.isspace())
    if compact.endswith("x"):
        compact = compact[:-1] + "X"
    return compact


def check_digit(first17: str) -> str:
    """ISO 7064 MOD 11-2 check character of the first 17 digits."""
    if len(first17) != 17 or not first17.isascii() or not first17.isdigit():
        raise ValueError(f"check_digit needs 17 ASCII digits, got {first17!r}")
    total = sum(map(operator.mul, map(int, first17), WEIGHTS))
    return CHECK_CHARS[total % 11]


def upgrade_15(number15: str, *, field: str = "id_number") -> str:
    """Old 15-digit number -> 18 digits: insert "19" before the 2-digit year, add the check digit."""
    number = normalize(number15)
    if len(number) != 15:
        raise ValidationError(f"旧式身份证号应为15位，现为{len(number)}位", field=field)
    _require_digits(number, len(number), "身份证号", field)
    first17 = number[:6] + "19" + number[6:]
    return first17 + check_digit(first17)


def parse_resident_id(text: str | None, *, field: str = "id_number",
                      today: datetime.date | None = None) -> ResidentId:
    """Check and decode a resident ID number (18 digits, or an old 15-digit one)."""
    number = normalize(text)
    if not number:
        raise ValidationError("请填写身份证号", field=field)
    if len(number) not in (15, 18):
        raise ValidationError(f"身份证号应为18位（或旧式15位），现为{len(number)}位", field=field)
    upgraded = len(number) == 15
    if upgraded:
        _require_digits(number, 15, "身份证号", field)
        number = upgrade_15(number, field=field)
    else:
        _require_digits(number, 17, "身份证号", field)
        if not (number[17].isdigit() or number[17] == "X"):
            raise ValidationError(f"身份证号第18位（校验位）“{number[17]}”应为数字或X", field=field)
    birth = _birth_date(number, "身份证号", field, today)
    address = number[:6]
    if not divisions.is_valid_address_code(address):
        raise ValidationError(f"身份证号前6位 {address} 不是有效的行政区划代码", field=field)
    _require_check(number, "身份证号", field)
    return ResidentId(number=number, address_code=address, birth_date=birth,
                      gender=_gender(number), upgraded_from_15=upgraded)


def validate_document(id_type: IdType | str, number: str | None, *,
                      birth_date: datetime.date | str | None = None, gender: str | None = None,
                      field: str = "id_number", today: datetime.date | None = None) -> DocumentCheck:
    """Check a document number of the given type; return what to store and what it tells.

    Resident IDs are fully checked and compared with a typed birth date/gender when given.
    Other documents are normalised (upper case) and sanity-checked (5–30 letters/digits/hyphens);
    an 18-digit 港澳台居民居住证 number (810000/820000/830000…) also gets its check digit checked.
    """
    kind = _id_type(id_type, field)
    if kind is IdType.RESIDENT:
        rid = parse_resident_id(number, field=field, today=today)
        _compare(rid.birth_date, rid.gender, birth_date, gender, "身份证号", field)
        return DocumentCheck(kind, rid.number, rid.birth_date, rid.gender, rid.upgraded_from_15)
    label = _NUMBER_LABELS[kind]
    text = normalize(number).upper()
    if not text:
        raise ValidationError(f"请填写{label}", field=field)
    if kind in (IdType.HK_MACAO, IdType.TAIWAN) and len(text) == 18 \
            and text[:6] in RESIDENCE_PERMIT_PREFIXES:
        _require_digits(text, 17, label, field)
        birth = _birth_date(text, label, field, today)
        _require_check(text, label, field)
        _compare(birth, _gender(text), birth_date, gender, label, field)
        return DocumentCheck(kind, text, birth, _gender(text))
    for i, ch in enumerate(text, start=1):
        if not _ALLOWED_OTHER.fullmatch(ch):
            raise ValidationError(f"{label}第{i}位“{ch}”不是字母、数字或连字符", field=field)
    if not _OTHER_DOCUMENT.match(text):
        raise ValidationError(f"{label}应为5至30位字母、数字或连字符，现为{len(text)}位", field=field)
    return DocumentCheck(kind, text)


def mask(number: str | None) -> str:
    """Hide the middle of a number: 330102199001011234 -> "3301**********1234"."""
    text = normalize(number)
    n = len(text)
    if n == 0:
        return ""
    if n > 8:
        keep = 4  # 18-character ID: 4 + 10 stars + 4
    else:
        keep = max(0, (n - 1) // 2 - 1)  # short numbers: hide at least half
    if keep == 0:
        return "*" * n
    return text[:keep] + "*" * (n - 2 * keep) + text[-keep:]


# --- helpers -------------------------------------------------------------------------------------

def _id_type(id_type: IdType | str, field: str) -> IdType:
    if isinstance(id_type, IdType):
        return id_type
    try:
        return IdType(str(id_type))
    except ValueError:
        for kind, lbl in ID_TYPE_LABELS.items():
            if str(id_type) == lbl:
                return kind
        raise ValidationError(f"证件类型“{id_type}”无效", field="id_type") from None


def _require_digits(number: str, count: int, label: str, field: str) -> None:
    for i, ch in enumerate(number[:count], start=1):
        if not (ch.isascii() and ch.isdigit()):
            raise ValidationError(f"{label}第{i}位“{ch}”不是数字", field=field)


def _birth_date(number18: str, label: str, field: str,
                today: datetime.date | None) -> datetime.date:
    raw = number18[6:14]
    try:
        birth = datetime.date(int(raw[:4]), int(raw[4:6]), int(raw[6:]))
    except ValueError:
        raise ValidationError(f"{label}中的出生日期 {raw} 不是有效日期", field=field) from None
    today = today or datetime.date.today()
    if birth > today:
        raise ValidationError(f"{label}中的出生日期 {raw} 晚于今天", field=field)
    if birth.year < EARLIEST_BIRTH_YEAR:
        raise ValidationError(f"{label}中的出生日期 {raw} 早于{EARLIEST_BIRTH_YEAR}年", field=field)
    return birth


def _require_check(number18: str, label: str, field: str) -> None:
    expected = check_digit(number18[:17])
    if number18[17] != expected:
        raise ValidationError(f"{label}校验位应为 {expected}，现为 {number18[17]}", field=field)


def _gender(number18: str) -> str:
    return "male" if int(number18[16]) % 2 else "female"


def _fmt_date(d: datetime.date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def _compare(derived_birth: datetime.date, derived_gender: str,
             birth_date: datetime.date | None, gender: str | None, label: str, field: str) -> None:
    if birth_date is not None:
        if isinstance(birth_date, datetime.datetime):
            birth_date = birth_date.date()
        elif isinstance(birth_date, str):
            try:
                birth_date = datetime.date.fromisoformat(birth_date.strip())
            except ValueError:
                raise ValidationError(f"出生日期“{birth_date}”不是有效日期", field="birth_date") from None
        if birth_date != derived_birth:
            raise ValidationError(
                f"出生日期与{label}不符：{label}为{_fmt_date(derived_birth)}，"
                f"填写的是{_fmt_date(birth_date)}", field="birth_date")
    if gender is not None and str(gender).strip():
        typed = _GENDER_INPUT.get(str(gender).strip().lower())
        if typed is None:
            raise ValidationError(f"性别“{gender}”无效，应为男或女", field="gender")
        if typed != derived_gender:
            raise ValidationError(
                f"性别与{label}不符：{label}对应{_GENDER_LABELS[derived_gender]}性，"
                f"填写的是{_GENDER_LABELS[typed]}", field="gender")
