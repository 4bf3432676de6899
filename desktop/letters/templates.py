"""Wording templates: resources/templates/<kind>.toml, overridable per office.

A template is a TOML file with a ``version`` and named texts; texts hold ``{person.name}``-style
placeholders. Variants (``[variants.<name>]``) override top-level keys, e.g. a letter to the
person and one to the employer. Placeholders resolve only against a flat mapping of the known
field names below: no attribute access, indexing or conversions, so an office template cannot
reach into program objects.
"""

from __future__ import annotations

import datetime as _dt
import os
import string
import threading
import tomllib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from desktop.domain.errors import UserError

from ._paths import resource_path
from .context import PERSON_STATES, DocumentContext
from .dates import chinese_count, format_date

# Every field a template may use, with its Chinese label (for messages and the template editor).
FIELD_LABELS: dict[str, str] = {
    "office.name": "发文机关名称",
    "office.short_name": "机关代字",
    "office.header": "发文机关标志",
    "person.name": "姓名",
    "person.gender": "性别",
    "person.employer": "工作单位",
    "person.hukou_place": "户籍地",
    "person.unit_or_place": "单位或户籍地",
    "person.state": "伤亡情况",
    "deed.date": "事发日期",
    "deed.place": "事发地点",
    "deed.category": "行为类别",
    "deed.summary": "事迹概要",
    "deed.narrative": "事迹材料",
    "award.honour_title": "荣誉称号",
    "award.level": "表彰级别",
    "award.merit": "记功等级",
    "award.amount": "奖励金额（元）",
    "award.certificate_no": "证书编号",
    "award.grantor": "授予机关",
    "award.grant_clause": "授予的主语（经研究，决定 / 经某机关研究，决定）",
    "letter.document_number": "发文字号",
    "letter.date": "成文日期",
    "letter.addressee": "主送对象",
    "decision.decision_no": "决定书文号",
    "decision.date": "决定日期",
    "decision.facts": "查明的事实",
    "decision.reasons": "决定理由",
    "decision.applicant": "申请人",
    "decision.review_days": "复核申请期限（日）",
    "decision.review_days_cn": "复核申请期限（日，汉字）",
    "decision.review_organ": "复核机关",
    "decision.reconsideration_organ": "行政复议机关",
    "decision.reconsideration_days": "行政复议期限（日）",
    "decision.reconsideration_days_cn": "行政复议期限（日，汉字）",
    "decision.litigation_months": "行政诉讼期限（月）",
    "decision.litigation_months_cn": "行政诉讼期限（月，汉字）",
    "decision.copy_to": "抄送",
    "decision.parties": "当事人姓名（顿号分隔）",
    "party.name": "当事人姓名",
    "party.gender": "当事人性别",
    "party.id_number": "当事人公民身份号码",
    "party.address": "当事人住址",
    "batch.title": "名单标题",
    "batch.year": "年度",
    "batch.level": "表彰级别",
    "batch.document_number": "表彰文号",
    "batch.date": "表彰日期",
    "batch.count": "表彰人数",
    "date": "落款日期",
}


@dataclass(frozen=True)
class Template:
    """One loaded template file."""

    kind: str
    version: str
    path: Path
    data: Mapping[str, Any]

    @property
    def variants(self) -> list[str]:
        return sorted(self.data.get("variants", {}))

    def get(self, key: str, variant: str | None = None, default: Any = None) -> Any:
        """A raw text (or list of texts): the variant's if it sets it, else the top-level one."""
        if variant is not None:
            variants = self.data.get("variants", {})
            if variant not in variants:
                raise UserError(f"模板 {self.path.name} 中没有“{variant}”这一种写法", field=variant)
            if key in variants[variant]:
                return variants[variant][key]
        return self.data.get(key, default)

    def fields(self) -> list[str]:
        """The placeholders the template uses anywhere, sorted."""
        found: set[str] = set()
        for text in _texts(self.data):
            found.update(placeholders(text))
        return sorted(found)

    def render(self, key: str, values: Mapping[str, str], variant: str | None = None) -> Any:
        """The text (or list of texts) under `key` with the placeholders filled in."""
        raw = self.get(key, variant)
        if raw is None:
            raise UserError(f"模板 {self.path.name} 缺少“{key}”一项", field=key)
        if isinstance(raw, list):
            return [render_text(t, values) for t in raw]
        return render_text(raw, values)


def _texts(node: Any) -> Iterable[str]:
    if isinstance(node, str):
        yield node
    elif isinstance(node, list):
        for item in node:
            yield from _texts(item)
    elif isinstance(node, dict):
        for k, item in node.items():
            if k != "version":
                yield from _texts(item)


class _RestrictedFormatter(string.Formatter):
    """str.format that looks whole dotted names up in a flat mapping, nothing else."""

    def get_field(self, field_name, args, kwargs):  # noqa: D102
        if field_name not in FIELD_LABELS:
            raise UserError(f"模板字段 {{{field_name}}} 不存在", field=field_name)
        value = kwargs.get(field_name)
        if value is None or value == "":
            raise UserError(
                f"模板字段 {{{field_name}}} 缺少数据（{FIELD_LABELS[field_name]}）", field=field_name
            )
        return value, field_name

    def convert_field(self, value, conversion):  # noqa: D102
        if conversion is not None:
            raise UserError(f"模板中不能使用“!{conversion}”转换")
        return value


_FORMATTER = _RestrictedFormatter()


def placeholders(text: str) -> list[str]:
    """Field names used in one text, in order (format specs and escaped braces ignored)."""
    try:
        return [name for _, name, _, _ in string.Formatter().parse(text) if name is not None]
    except ValueError as exc:
        raise UserError(f"模板文字中的花括号不成对：{text[:30]}") from exc


def render_text(text: str, values: Mapping[str, str]) -> str:
    """Fill the placeholders of one text from the flat field mapping."""
    try:
        return _FORMATTER.vformat(text, (), values)
    except (ValueError, IndexError, KeyError) as exc:
        raise UserError(f"模板文字无法解析：{text[:30]}…（{exc}）") from exc


# ---------------------------------------------------------------------------------------------
# Loading

_cache: dict[tuple[str, int, int], Template] = {}
_cache_lock = threading.Lock()


def template_path(kind: str, template_dirs: Sequence[str | os.PathLike] = ()) -> Path:
    """The file used for a kind: the first office folder that has one wins over the shipped file."""
    name = f"{kind}.toml"
    for folder in template_dirs:
        candidate = Path(folder, name)
        if candidate.is_file():
            return candidate
    shipped = resource_path("templates", name)
    if not shipped.is_file():
        raise UserError(f"找不到文书模板 {name}")
    return shipped


def load_template(kind: str, template_dirs: Sequence[str | os.PathLike] = ()) -> Template:
    """Load (cached by file, size and modification time) and check a kind's template."""
    path = template_path(kind, template_dirs)
    stat = path.stat()
    key = (str(path.resolve()), stat.st_mtime_ns, stat.st_size)
    with _cache_lock:
        hit = _cache.get(key)
    if hit is not None:
        return hit
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise UserError(f"文书模板 {path.name} 格式有误：{exc}") from exc
    version = data.get("version")
    if not isinstance(version, (str, int, float)) or str(version).strip() == "":
        raise UserError(f"文书模板 {path.name} 缺少 version（版本号）")
    template = Template(kind=kind, version=str(version), path=path, data=data)
    unknown = [f for f in template.fields() if f not in FIELD_LABELS]
    if unknown:
        raise UserError(f"文书模板 {path.name} 使用了不存在的字段：{'、'.join('{' + u + '}' for u in unknown)}")
    with _cache_lock:
        _cache[key] = template
    return template


# ---------------------------------------------------------------------------------------------
# The flat mapping a context provides

def _amount(value: Decimal | int | float | None) -> str:
    if value is None:
        return ""
    d = Decimal(str(value))
    return str(int(d)) if d == d.to_integral_value() else f"{d:.2f}"


def _date(d: _dt.date | None, style: str) -> str:
    return format_date(d, style) if d else ""


def document_date(ctx: DocumentContext) -> _dt.date | None:
    """The date the document is signed: the letter's, else the decision's, else the batch's."""
    for part in (ctx.letter, ctx.decision, ctx.batch):
        if part is not None and part.date is not None:
            return part.date
    return None


def context_values(ctx: DocumentContext, date_style: str | None = None) -> dict[str, str]:
    """Every known field the context has a value for, as text."""
    style = date_style or ctx.office.date_style
    v: dict[str, str] = {
        "office.name": ctx.office.name,
        "office.short_name": ctx.office.short_name,
        "office.header": ctx.office.header_text,
        "date": _date(document_date(ctx), style),
    }
    p = ctx.person or (ctx.award.person if ctx.award else None)
    if p is not None:
        v.update({
            "person.name": p.name,
            "person.gender": p.gender,
            "person.employer": p.employer,
            "person.hukou_place": p.hukou_place,
            "person.unit_or_place": p.employer or p.hukou_place,
            "person.state": PERSON_STATES.get(p.state, p.state),
        })
    if ctx.deed is not None:
        d = ctx.deed
        v.update({
            "deed.date": _date(d.date, style),
            "deed.place": d.place,
            "deed.category": d.category,
            "deed.summary": d.summary,
            "deed.narrative": d.narrative,
        })
    if ctx.award is not None:
        a = ctx.award
        v.update({
            "award.honour_title": a.honour_title,
            "award.level": a.level,
            "award.merit": a.merit,
            "award.amount": _amount(a.amount),
            "award.certificate_no": a.certificate_no,
            "award.grantor": a.grantor or ctx.office.name,
            # A document never grants in its own name an honour another body gave.
            "award.grant_clause": "经研究，决定" if not a.grantor or a.grantor == ctx.office.name
            else f"经{a.grantor}研究，决定",
        })
    if ctx.letter is not None:
        le = ctx.letter
        v.update({
            "letter.document_number": le.document_number,
            "letter.date": _date(le.date, style),
            "letter.addressee": le.addressee,
        })
    if ctx.decision is not None:
        dc = ctx.decision
        v.update({
            "decision.decision_no": dc.decision_no,
            "decision.date": _date(dc.date, style),
            "decision.facts": dc.facts,
            "decision.reasons": dc.reasons,
            "decision.applicant": dc.applicant or (p.name if p else ""),
            "decision.review_days": str(dc.review_days),
            "decision.review_days_cn": chinese_count(dc.review_days),
            "decision.review_organ": dc.review_organ,
            "decision.reconsideration_organ": dc.reconsideration_organ,
            "decision.reconsideration_days": str(dc.reconsideration_days),
            "decision.reconsideration_days_cn": chinese_count(dc.reconsideration_days),
            "decision.litigation_months": str(dc.litigation_months),
            "decision.litigation_months_cn": chinese_count(dc.litigation_months),
            "decision.copy_to": dc.copy_to,
            "decision.parties": "、".join(x.name for x in dc.parties) or (p.name if p else ""),
        })
    if ctx.batch is not None:
        b = ctx.batch
        v.update({
            "batch.title": b.title,
            "batch.year": str(b.year) if b.year else "",
            "batch.level": b.level,
            "batch.document_number": b.document_number,
            "batch.date": _date(b.date, style),
            "batch.count": str(len(b.awards)) if b.awards else "",
        })
    return v
