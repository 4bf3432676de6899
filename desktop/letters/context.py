"""The plain data a document is rendered from. The services layer fills these from the records.

Nothing here knows about the database or Qt. Empty strings and None mean "not known": a
template that uses such a field refuses to render (模板字段 … 缺少数据) instead of printing a gap.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from decimal import Decimal

# PersonInfo.state values and how letters name them.
PERSON_STATES = {"unharmed": "未受伤", "injured": "受伤", "disabled": "致残", "died": "牺牲"}


@dataclass
class OfficeInfo:
    """The issuing office."""

    name: str  # 署名, e.g. 杭州市公安局上城区分局
    short_name: str = ""  # organ code used in document numbers, e.g. 上公
    header: str = ""  # 发文机关标志 (red header); the name when empty
    date_style: str = "arabic"  # "arabic" 2026年11月28日 | "chinese" 二〇二六年十一月二十八日

    @property
    def header_text(self) -> str:
        return self.header or self.name


@dataclass
class PersonInfo:
    name: str
    gender: str = ""  # 男 / 女
    employer: str = ""  # 工作单位
    hukou_place: str = ""  # 户籍地
    do_not_publicise: bool = False  # 依本人意愿不公开: rolls show no details
    state: str = "unharmed"  # a key of PERSON_STATES


@dataclass
class DeedInfo:
    date: _dt.date | None = None
    place: str = ""
    category: str = ""  # label, e.g. 与违法犯罪作斗争 / 抢险救灾 / 救人
    summary: str = ""  # one clause that fits "你在…" e.g. 奋不顾身跳入河中救起落水儿童
    narrative: str = ""  # 事迹; paragraphs separated by line breaks


@dataclass
class AwardInfo:
    honour_title: str = ""  # 荣誉称号, e.g. 浙江省见义勇为先进分子
    level: str = ""  # 省级 / 市级 / 县级
    merit: str = ""  # e.g. 个人一等功
    amount: Decimal | int | float | None = None  # yuan
    certificate_no: str = ""
    person: PersonInfo | None = None  # the recipient (used by rolls)
    grantor: str = ""  # the body that gave the honour (the batch's commending organ)
    posthumous: bool = False  # 追授
    migrant_worker: bool = False  # 外来务工人员


@dataclass
class BatchInfo:
    """A commendation batch (表彰批次)."""

    title: str  # e.g. 2026年度上城区见义勇为先进个人表彰名单
    year: int | None = None
    level: str = ""
    document_number: str = ""  # e.g. 上公〔2026〕12号
    date: _dt.date | None = None
    awards: list[AwardInfo] = field(default_factory=list)


@dataclass
class PartyInfo:
    """A person a decision is about (当事人), identified as a legal document must."""

    name: str
    gender: str = ""
    id_number: str = ""
    address: str = ""
    decision: str = ""  # this person's own outcome: "confirmed" | "refused" ("" = the document's)


@dataclass
class DecisionInfo:
    """A confirmation decision (见义勇为确认 / 不予确认决定书)."""

    decision: str  # "confirmed" | "refused" | "mixed" (some persons confirmed, some not)
    decision_no: str = ""
    date: _dt.date | None = None
    facts: str = ""  # the facts as established
    reasons: str = ""  # why it is (not) confirmed
    applicant: str = ""  # addressee; the person's name when empty
    review_days: int = 15  # 复核 may be applied for within this many days of receipt
    review_organ: str = ""  # where 复核 is applied for
    reconsideration_organ: str = ""  # 行政复议机关
    reconsideration_days: int = 60
    litigation_months: int = 6
    parties: list[PartyInfo] = field(default_factory=list)  # each person of the case, decided one by one
    copy_to: str = ""  # 抄送: the nominator of a nominated case
    grounds: list[str] = field(default_factory=list)  # refusal grounds' codes (rules file)


@dataclass
class LetterInfo:
    document_number: str = ""
    date: _dt.date | None = None
    addressee: str = ""  # overrides the template's addressee line
    recipient: str = "person"  # commendation: "person" (嘉奖信) | "employer" (表彰信)


@dataclass
class DocumentContext:
    """Everything one document may draw on; each kind uses the parts it needs."""

    office: OfficeInfo
    person: PersonInfo | None = None
    deed: DeedInfo | None = None
    award: AwardInfo | None = None
    letter: LetterInfo | None = None
    decision: DecisionInfo | None = None
    batch: BatchInfo | None = None
