"""Checking one ledger row: the person (and the deed, when the row has one) as they will be stored.

The same field specs and ID-number rules as the forms and the command line (domain/record_fields,
domain/fields.coerce, domain/id_number), plus what spreadsheets add: numbers that lost digits,
Excel date serials, labels written in local words (轻伤, 汉, 见义勇为-抓捕歹徒 …).
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from desktop.domain import codes, divisions, names
from desktop.domain.errors import ValidationError
from desktop.domain.fields import BOOL, CODE, DATE, DIVISION, coerce
from desktop.domain.id_number import validate_document
from desktop.domain.record_fields import DEED, PARTICIPANT
from desktop.tabular import cells
from desktop.tabular.headers import spec_of, value_synonym

DIGIT_FIELDS = {"person.id_number": "证件号码", "person.bank_account": "银行账号"}
TRUNCATED = "疑似被 Excel 截断，请核对原件"
DEED_NO = "group.deed_no"
PERSON_ID = "group.person_id"  # the error workbook's 已导入人员编号: the row's person is already in


@dataclass
class RowCheck:
    row: int  # 1-based spreadsheet row
    person: dict[str, Any] = field(default_factory=dict)
    deed: dict[str, Any] | None = None
    link: dict[str, Any] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    # an ID number that looks cut by Excel: the row waits until the clerk has checked the original
    waiting: list[str] = field(default_factory=list)
    # the row has a deed that cannot be stored yet: what it lacks (the person is stored all the same)
    deed_missing: list[str] = field(default_factory=list)
    deed_no: str | None = None  # a deed number column: rows with the same number are one deed
    person_id: int | None = None  # from an error workbook: the person this row already stored
    # suggestions the clerk may accept: {"category": code, "migrant_worker": True}
    suggest: dict[str, Any] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.errors and not self.waiting


def check_row(row_no: int, cells_in_row: list[Any], mapping: dict[int, str], *, today: dt.date,
              office_code: str = "", id_confirmed: bool = False, accept_suggestions: bool = False) -> RowCheck:
    """Check one row; every problem becomes a Chinese message naming the column and the value.

    `id_confirmed`: the clerk has checked an ID number that looks cut by Excel against the original.
    `accept_suggestions`: the category guessed from the narrative and the migrant flag from 备注 apply.
    """
    result = RowCheck(row_no)
    raw: dict[str, Any] = {}
    for col, target in mapping.items():
        if target and col < len(cells_in_row) and cells_in_row[col] is not None:
            raw[target] = cells_in_row[col]
    if DEED_NO in raw:
        result.deed_no = cells.text_of(raw.pop(DEED_NO)) or None
    if PERSON_ID in raw:
        text = cells.text_of(raw.pop(PERSON_ID))
        if text.isdigit():
            result.person_id = int(text)
        elif text:
            result.errors.append(f"已导入人员编号“{text}”应为数字")
    values: dict[str, Any] = {}
    for target, value in raw.items():
        try:
            values[target] = _convert(target, value, result)
        except ValidationError as exc:
            result.errors.append(exc.message)
    _suggest(values, raw, result)
    if accept_suggestions:
        for key, value in result.suggest.items():
            values[("deed." if key == "category" else "person.") + key] = value
            raw.setdefault(("deed." if key == "category" else "person.") + key, value)
    _person(values, raw, result, today, id_confirmed)
    _deed(values, raw, result, today, office_code)
    return result


def _suggest(values: dict[str, Any], raw: dict[str, Any], result: RowCheck) -> None:
    """A category from the narrative's words, a migrant flag from 备注: shown, applied only when accepted."""
    if not values.get("deed.category") or values.get("deed.category") == "other":
        text = f"{values.get('deed.narrative') or ''}{values.get('deed.title') or ''}"
        found = value_synonym("deed_category", text) if text else None
        if found and found != values.get("deed.category"):
            result.suggest["category"] = found
    if values.get("person.migrant_worker") is None:
        notes = values.get("person.notes") or ""
        if "外来务工" in notes or "外地务工" in notes or "农民工" in notes:
            result.suggest["migrant_worker"] = True


def _convert(target: str, value: Any, result: RowCheck) -> Any:
    spec = spec_of(target)
    if target == "person.id_number":
        text = cells.id_cell(value, "身份证号", spec.name)
        if cells.looks_truncated(value, text):
            why = ("表格中存成了数字，第16位以后已按0显示" if isinstance(value, (int, float))
                   else "末三位为000，常见于经 Excel 数字格式后另存的表格")
            result.waiting.append(f"身份证号“{text}”{TRUNCATED}（{why}）；核对无误后可确认导入")
        return text or None
    if target in DIGIT_FIELDS:
        text = cells.digits_cell(value, spec.label, spec.name)
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


def _person(values: dict[str, Any], raw: dict[str, Any], result: RowCheck, today: dt.date,
            id_confirmed: bool = False) -> None:
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
    elif not any(unicodedata.category(ch).startswith("L") for ch in p["name"]):
        result.errors.append(f"姓名“{p['name']}”只有数字或符号，不是人名（是否把序号列当成了姓名？）")
    if result.waiting and id_confirmed:
        result.warnings.extend(w.split("；")[0].replace(TRUNCATED, "已按原件核对确认") for w in result.waiting)
        result.waiting.clear()
    ym = p.get("birth_date") if isinstance(p.get("birth_date"), tuple) else None
    if ym:
        p.pop("birth_date")
    id_type = p.get("id_type") or "resident"
    if p.get("id_number"):
        try:
            check = validate_document(id_type, p["id_number"], birth_date=p.get("birth_date"),
                                      gender=p.get("gender"), field="id_number", today=today)
        except ValidationError as exc:
            if result.waiting:  # a number Excel cut: the check fails because digits are lost
                result.errors.extend(w.split("；核对无误")[0] + "，无法还原，请按原件重新填写" for w in result.waiting)
                result.waiting.clear()
            else:
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
    if not any(k.startswith("deed.") and k != "deed.division_code" for k in raw):
        if "link.outcome" in raw:
            result.warnings.append("有“结果”但没有事迹的时间、地点等，结果未导入")
        return
    if not d.get("place") and d.get("division_code") and "deed.place" not in raw:
        d["place"] = divisions.name_of(d["division_code"])  # a 所在区/区县 column names the place
    missing = []
    if "deed.occurred_on" not in raw:
        missing.append("发生日期")
    if "deed.place" not in raw and not d.get("place"):
        missing.append("发生地点")
    if missing:
        result.deed_missing = missing
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
        guess = [c for c in _counties() if d.get("place") and c.name in d["place"]]
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


@lru_cache(maxsize=1)
def _counties() -> tuple[divisions.Division, ...]:
    """Zhejiang's counties in force, listed once (not once per row)."""
    return tuple(divisions.counties())
