"""Procedural documents of a confirmation case (程序性文书, issue 15).

受理通知书, 不予受理通知书, 延期通知书, 不予确认见义勇为行为告知书, 见义勇为行为确认书,
见义勇为行为调查结果通知书 (to the applicant, and to the nominator), 复核决定书, 终止复核通知书,
移送函 and the 送达回证 — one template file (resources/templates/procedural.toml, a variant per
document, overridable per office like every letter), drawn in the 法律文书 form of the decision:
organ name and title in black, the number centred below, addressee, text, organ, date and seal.
The 送达回证 is a form (a ruled table the recipient signs).

Like every letters module it takes plain data: a `ProceduralContext` the services build
(services/procedural.py); nothing here reads the database. The names and their sources are in
docs/rules.md.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import asdict, dataclass, field
from typing import IO, Any

from reportlab.lib.colors import black
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from desktop.domain.errors import UserError

from .base import RenderOptions, RenderResult
from .context import OfficeInfo
from .dates import format_date
from .layout import BLOCK_WIDTH_MM, BODY_SIZE, CJKParagraph, draw_runs
from .official import OfficialRenderer
from .templates import FIELD_LABELS

# Each document: its kind (IssuedDocument.kind), Chinese name, and the mark of its number sequence.
DOCUMENTS: dict[str, tuple[str, str]] = {
    "acceptance": ("受理通知书", "受"),
    "non_acceptance": ("不予受理通知书", "不受"),
    "extension": ("延期通知书", "延"),
    "inform": ("不予确认见义勇为行为告知书", "告"),
    "confirmation": ("见义勇为行为确认书", "确"),
    "result_notice": ("见义勇为行为调查结果通知书", "结"),
    "review_decision": ("复核决定书", "复"),
    "review_end": ("终止复核通知书", "终"),
    "transfer": ("移送函", "移"),
    "service_receipt": ("送达回证", "送"),
    "nomination": ("见义勇为人员推荐表", "推"),
}
FORMS = {"service_receipt", "nomination"}  # drawn as a ruled table, not as prose
PROCEDURAL_LABELS = {kind: name for kind, (name, _) in DOCUMENTS.items()}

# The fields the procedural template may use (registered beside the letters' own fields).
PROC_FIELDS: dict[str, str] = {
    "proc.addressee": "主送对象（受文人）",
    "proc.applicant": "申请人或举荐人",
    "proc.applicant_role": "申请人/举荐人",
    "proc.persons": "行为人",
    "proc.deed_date": "行为发生日期",
    "proc.deed_place": "行为发生地点",
    "proc.deed_summary": "事迹概要",
    "proc.received_date": "收到申请日期",
    "proc.accepted_date": "受理日期",
    "proc.reasons": "理由",
    "proc.facts": "查明的事实",
    "proc.due_date": "期限届满日期",
    "proc.original_due_date": "原办理期限",
    "proc.extension_days": "延长日数",
    "proc.statement_days": "陈述申辩期限（工作日）",
    "proc.decision_title": "原决定文书名称",
    "proc.decision_no": "原决定文号",
    "proc.decision_date": "原决定日期",
    "proc.review_days": "复核申请期限（日）",
    "proc.review_organ": "复核机关",
    "proc.review_requested_date": "复核申请日期",
    "proc.review_result": "复核结论",
    "proc.withdrawn_date": "撤回复核申请日期",
    "proc.receiving_office": "接收移送的机关",
    "proc.contact": "联系人及电话",
}
FIELD_LABELS.update(PROC_FIELDS)  # registration: templates.py checks placeholders against FIELD_LABELS

RECEIPT_ROWS = [  # (label, key in ProceduralContext.receipt) of the 送达回证
    ("送达文书名称及文号", "document"),
    ("受送达人", "served_to"),
    ("送达地点", "place"),
    ("送达方式", "method"),
    ("送达人", "server"),
    ("受送达人签名或盖章", "signature"),
    ("代收人及代收理由", "receiver"),
    ("备注", "notes"),
]


@dataclass
class ProceduralContext:
    """Everything one procedural document shows, as plain values."""

    office: OfficeInfo
    kind: str  # a key of DOCUMENTS (the template variant)
    number: str = ""  # 发文字号, e.g. 上公受〔2026〕3号 (blank on a preview)
    date: dt.date | None = None  # 成文日期
    fields: dict[str, str] = field(default_factory=dict)  # proc.* values
    receipt: dict[str, str] = field(default_factory=dict)  # the 送达回证's rows
    variant: str = ""  # the template's wording when a kind has two (result_notice_confirmed)
    rows: list[list[str]] = field(default_factory=list)  # a form's (label, value) rows (推荐表)

    def to_json(self) -> dict[str, Any]:
        d = asdict(self)
        d["date"] = self.date.isoformat() if self.date else None
        return d

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> ProceduralContext:
        return cls(office=OfficeInfo(**d["office"]), kind=d["kind"], number=d.get("number") or "",
                   date=dt.date.fromisoformat(d["date"]) if d.get("date") else None,
                   fields=dict(d.get("fields") or {}), receipt=dict(d.get("receipt") or {}),
                   variant=d.get("variant") or "", rows=[list(r) for r in d.get("rows") or []])


class _CentredLine(Flowable):
    def __init__(self, runs, leading: float):
        super().__init__()
        self.runs = runs
        self.leading = leading

    def wrap(self, availWidth, availHeight):  # noqa: N802
        return availWidth, self.leading

    def draw(self):
        draw_runs(self.canv, BLOCK_WIDTH_MM * mm / 2, self.leading - BODY_SIZE, self.runs, BODY_SIZE,
                  align="center")


class ProceduralRenderer(OfficialRenderer):
    kind = "procedural"
    letterhead = False
    lines_per_page = 24

    def variant(self, ctx: ProceduralContext) -> str | None:  # type: ignore[override]
        if ctx.kind not in DOCUMENTS:
            raise UserError(f"未知的程序性文书“{ctx.kind}”")
        return ctx.variant or ctx.kind

    def values(self, ctx: ProceduralContext) -> dict[str, str]:  # type: ignore[override]
        style = self.options.date_style or ctx.office.date_style
        v = {"office.name": ctx.office.name, "office.short_name": ctx.office.short_name,
             "office.header": ctx.office.header_text,
             "date": format_date(ctx.date, style) if ctx.date else ""}
        v.update({k: str(val) for k, val in ctx.fields.items() if k in PROC_FIELDS and val not in (None, "")})
        return v

    def pdf_title(self, contexts) -> str:
        return DOCUMENTS[contexts[0].kind][0]

    def title(self, ctx, values, variant) -> list[Flowable]:
        flow: list[Flowable] = [self.title_paragraph(ctx.office.name),
                                self.title_paragraph(self.template.render("title", values, variant))]
        if ctx.number:
            flow.append(_CentredLine(self.fonts.check_text(ctx.number, "文号", "body"), self.leading))
        flow.append(Spacer(1, self.addressee_gap_lines * self.leading))
        return flow

    def addressee(self, ctx, values, variant) -> list[Flowable]:
        if variant in FORMS:
            return []
        return super().addressee(ctx, values, variant)

    def body(self, ctx, values, variant) -> list[Flowable]:
        if variant in FORMS:
            # the table stays whole; the spacer is what travels with the organ's signature
            return [self.receipt_table(ctx), Spacer(1, self.leading * 0.5)]
        return super().body(ctx, values, variant)

    def receipt_table(self, ctx: ProceduralContext) -> Table:
        base = self.styles.body_flush
        # 四号 (14 pt) in the cells, as forms print their rows
        label_style = ParagraphStyle("yy-receipt-label", parent=base, alignment=TA_CENTER, fontSize=14, leading=20)
        label_style.tracking = 0.0
        value_style = ParagraphStyle("yy-receipt-value", parent=base, fontSize=14, leading=20, alignment=TA_LEFT)
        value_style.tracking = 0.0

        def cell(text: str, label: str, style) -> CJKParagraph:
            return CJKParagraph(self.fonts.markup(text, label, "body", base=style.fontName), style)

        date_style = ParagraphStyle("yy-receipt-date", parent=value_style, alignment=TA_RIGHT)
        date_style.tracking = 0.0
        rows: list[list[Any]] = []
        heights: list[float | None] = []
        if ctx.kind == "nomination":  # heights follow the text (事迹 and opinions run long)
            for label, text in ctx.rows:
                rows.append([cell(label, "推荐表栏目", label_style), cell(text or "", label, value_style)])
                heights.append(None)
        for label, key in (RECEIPT_ROWS if ctx.kind == "service_receipt" else []):
            text = ctx.receipt.get(key, "")
            value: Any = cell(text, label, value_style)
            if key == "signature":  # the recipient signs and dates by hand
                value = [value, Spacer(1, self.leading * 0.8), cell("年\u3000\u3000月\u3000\u3000日", "日期", date_style)]
            rows.append([cell(label, "送达回证栏目", label_style), value])
            # room to write by hand where the recipient, the server or a receiver signs
            heights.append(self.leading * (2.6 if key in ("signature", "receiver") else 1.6))
        width = BLOCK_WIDTH_MM * mm
        table = Table(rows, colWidths=[width * 0.34, width * 0.66], rowHeights=heights)
        pad = 2 * mm
        vpad = 1 * mm if ctx.kind == "nomination" else pad  # twelve rows and the seal on one sheet
        table.setStyle(TableStyle([
            ("GRID", (0, 0), (-1, -1), 0.8, black),
            ("FONTNAME", (0, 0), (-1, -1), self.fonts.primary("body")),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (-1, -1), pad),
            ("RIGHTPADDING", (0, 0), (-1, -1), pad),
            ("TOPPADDING", (0, 0), (-1, -1), vpad),
            ("BOTTOMPADDING", (0, 0), (-1, -1), vpad + 1),
        ]))
        return table


def renderer(options: RenderOptions | None = None) -> ProceduralRenderer:
    return ProceduralRenderer(options)


def render(ctx: ProceduralContext, out: str | os.PathLike | IO[bytes], *,
           options: RenderOptions | None = None) -> RenderResult:
    """Render one procedural document (the variant is ctx.kind)."""
    return ProceduralRenderer(options).render_many([ctx], out)  # type: ignore[list-item]
