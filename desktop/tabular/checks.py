"""Checking one ledger row: the person (and the deed, when the row has one) as they will be stored.

The same field specs and ID-number rules as the forms and the command line (domain/record_fields,
domain/fields.coerce, domain/id_number), plus what spreadsheets add: numbers that lost digits,
Excel date serials, labels written in local words (轻伤, 汉, 见义勇为-抓捕歹徒 …).
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from desktop.domain import codes, divisions, names
from desktop.domain.errors import ValidationError
from desktop.domain.fields import BOOL, CODE, DATE, DIVISION, coerce
from desktop.domain.id_number import validate_document
from desktop.domain.record_fields import DEED, PARTICIPANT
from desktop.tabular import cells
from desktop.tabular.headers import spec_of, value_synonym

DIGIT_FIELDS = {"person.id_number": "证件号码", "person.bank_account": "银行账号"}


@dataclass
class RowCheck:
    row: int  # 1-based spreadsheet row
    person: dict[str, Any] = field(default_factory=dict)
    deed: dict[str, Any] | None = None
    link: dict[str, Any] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


def check_row(row_no: int, cells_in_row: list[Any], mapping: dict[int, str], *, today: dt.date,
              office_code: str = "") -> RowCheck:
    """Check one row; every problem becomes a Chinese message naming the column and the value."""
    result = RowCheck(row_no)
    raw: dict[str, Any] = {}
    for col, target in mapping.items():
        if target and col < len(cells_in_row) and cells_in_row[col] is not None:
            raw[target] = cells_in_row[col]
    values: dict[str, Any] = {}
    for target, value in raw.items():
        try:
            values[target] = _convert(target, value, result)
        except ValidationError as exc:
            result.errors.append(exc.message)
    _person(values, raw, result, today)
    _deed(values, raw, result, today, office_code)
    return result


def _convert(target: str, value: Any, result: RowCheck) -> Any:
    spec = spec_of(target)
    if target in DIGIT_FIELDS:
        text = cells.digits_cell(value, spec.label if target != "person.id_number" else "身份证号", spec.name)
        if isinstance(value, (int, float)) and len(text) > cells.EXCEL_MAX_DIGITS:
            result.warnings.append(f"{DIGIT_FIELDS[target]}以数字格式保存在表格中，建议把该列改为文本格式")
        return text or None
    if spec.kind == DATE:
        if target == "person.birth_date":
            ym = cells.year_month(value)
            if ym:
                return ym  # checked against the ID number below
        d, t = cells.date_cell(value, spec.label, spec.name)
        if t and target == "deed.occurred_on":
            result.link["_time"] = t
        return coerce(spec, d)
    text = cells.text_of(value)
    if spec.kind == BOOL:
        folded = unicodedata.normalize("NFKC", text).strip()
        try:
            return coerce(spec, folded)
        except ValidationError:
            found = value_synonym(spec.name, folded)
            if found is None:
                raise
            return found
    if spec.kind == CODE:
        return _code(spec, text)
    if spec.kind == DIVISION:
        return _division(text, spec)
    return coerce(spec, text)


def _code(spec, text: str) -> Any:
    s = unicodedata.normalize("NFKC", text).strip()
    if not s:
        return None
    if codes.code_for(spec.code_list, s):
        return codes.code_for(spec.code_list, s)
    if spec.code_list == "gender" and s.rstrip("性") in ("男", "女"):
        return "male" if s.startswith("男") else "female"
    if spec.code_list == "ethnicity" and codes.code_for("ethnicity", s + "族"):
        return codes.code_for("ethnicity", s + "族")
    found = value_synonym(spec.code_list, s)
    if found is not None:
        return found
    return coerce(spec, s)  # raises the standard message listing what is allowed


def _division(text: str, spec) -> str:
    s = unicodedata.normalize("NFKC", text).strip()
    if s.isdigit():
        return coerce(spec, s)
    matches = [d for d in divisions.counties() if d.name == s or d.name in s]
    if len(matches) == 1:
        return matches[0].code
    raise ValidationError(f"{spec.label}“{s}”无法识别，请填写6位区划代码或县（市、区）名称", spec.name)


def _person(values: dict[str, Any], raw: dict[str, Any], result: RowCheck, today: dt.date) -> None:
    p = {k.split(".", 1)[1]: v for k, v in values.items() if k.startswith("person.")}
    if not p.get("name") and "person.name" not in raw:
        if any(k.startswith("person.") for k in raw):
            result.errors.append("姓名不能为空")
        else:
            result.errors.append("没有姓名列，无法导入人员")
        return
    if p.get("name"):
        p["name"] = names.normalize_name(p["name"])
    if not p.get("name"):
        result.errors.append("姓名不能为空")
    ym = p.get("birth_date") if isinstance(p.get("birth_date"), tuple) else None
    if ym:
        p.pop("birth_date")
    id_type = p.get("id_type") or "resident"
    if p.get("id_number"):
        try:
            check = validate_document(id_type, p["id_number"], birth_date=p.get("birth_date"),
                                      gender=p.get("gender"), field="id_number", today=today)
        except ValidationError as exc:
            result.errors.append(exc.message if "身份证" in exc.message or "证件" in exc.message
                                 or "出生" in exc.message or "性别" in exc.message
                                 else f"证件号码：{exc.message}")
        else:
            p["id_number"] = check.number
            if check.birth_date:
                if ym and (check.birth_date.year, check.birth_date.month) != ym:
                    result.errors.append(f"出生年月与身份证号不符：身份证号为{check.birth_date.year}年"
                                         f"{check.birth_date.month}月，填写的是{ym[0]}年{ym[1]}月")
                p["birth_date"] = check.birth_date
            if check.gender:
                p["gender"] = check.gender
            if check.upgraded_from_15:
                result.warnings.append(f"旧式15位身份证号已升级为18位：{check.number}")
            if id_type == "resident" and not p.get("hukou_division"):
                p["hukou_division"] = check.number[:6]
    elif p.get("name") and "person.id_number" not in raw:
        result.warnings.append("未填写身份证号，无法与台账中已有人员比对")
        if ym:
            result.warnings.append(f"出生年月只写到月份（{ym[0]}年{ym[1]}月），又没有身份证号，出生日期未导入")
    if p.get("hukou_division") and not divisions.is_valid_address_code(str(p["hukou_division"])):
        result.errors.append(f"户籍地区划代码“{p['hukou_division']}”不是有效的行政区划代码")
    result.person.update({k: v for k, v in p.items() if v not in (None, "")})
    if "migrant_worker" in p and p["migrant_worker"] is False:
        result.person["migrant_worker"] = False


def _deed(values: dict[str, Any], raw: dict[str, Any], result: RowCheck, today: dt.date,
          office_code: str) -> None:
    d = {k.split(".", 1)[1]: v for k, v in values.items() if k.startswith("deed.")}
    link = {k.split(".", 1)[1]: v for k, v in values.items() if k.startswith("link.")}
    if not any(k.startswith("deed.") for k in raw):
        if "link.outcome" in raw:
            result.warnings.append("有“结果”但没有事迹的时间、地点等，结果未导入")
        return
    missing = []
    if "deed.occurred_on" not in raw:
        missing.append("发生日期")
    if "deed.place" not in raw:
        missing.append("发生地点")
    if missing:
        result.errors.append(f"有事迹内容但缺少{'、'.join(missing)}，无法登记事迹")
        return
    if d.get("occurred_on") and d["occurred_on"] > today:
        result.errors.append(f"发生日期 {d['occurred_on']:%Y-%m-%d} 晚于今天")
    if not d.get("category"):
        if "deed.category" in raw:
            pass  # the conversion error is already listed
        else:
            d["category"] = "other"
            result.warnings.append("没有填写行为类别，按“其他”登记")
    if not d.get("division_code"):
        guess = [c for c in divisions.counties() if d.get("place") and c.name in d["place"]]
        if len(guess) == 1:
            d["division_code"] = guess[0].code
        elif office_code:
            d["division_code"] = office_code
            if d.get("place"):
                result.warnings.append(f"未能从地点判断发生地区划，按本单位所在地（{divisions.name_of(office_code)}）登记")
    if not d.get("title") and result.person.get("name") and d.get("category"):
        label = codes.label("deed_category", d["category"])
        d["title"] = f"{result.person['name']}{label}"[:100]
    time_text = result.link.pop("_time", None)
    if time_text and not d.get("occurred_time"):
        d["occurred_time"] = time_text
    for name, spec in DEED.items():
        # an unreadable value is already explained; an empty one is said here
        if spec.required and not d.get(name) and not raw.get(f"deed.{name}"):
            result.errors.append(f"{spec.label}不能为空")
    if not link.get("outcome"):
        link["outcome"] = "unhurt"
    for name in PARTICIPANT:
        if link.get(name) is not None:
            result.link[name] = link[name]
    result.deed = {k: v for k, v in d.items() if v not in (None, "")}
