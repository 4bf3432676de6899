"""见义勇为确认决定书 / 不予确认见义勇为决定书.

A decision (法律文书 form): the organ's name and the document title in black at the top, its
number centred below, then the applicant, the facts, the reasons, the legal basis, the decision,
and the remedies — 复核 within the days given by the case (not fixed here), administrative
reconsideration and litigation — then organ, date and seal.
"""

from __future__ import annotations

import os
from typing import IO

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from desktop.domain.errors import UserError

from .base import RenderOptions, RenderResult
from .context import DocumentContext
from .layout import BLOCK_WIDTH_MM, BODY_SIZE, draw_runs
from .official import OfficialRenderer

DECISIONS = ("confirmed", "refused")


class _NumberLine(Flowable):
    def __init__(self, runs, leading: float):
        super().__init__()
        self.runs = runs
        self.leading = leading

    def wrap(self, availWidth, availHeight):  # noqa: N802
        return availWidth, self.leading

    def draw(self):
        draw_runs(self.canv, BLOCK_WIDTH_MM * mm / 2, self.leading - BODY_SIZE, self.runs, BODY_SIZE,
                  align="center")


class DecisionRenderer(OfficialRenderer):
    kind = "decision"
    # 通用格式: the red 版头 (organ mark, the decision's number centred, red rule), page numbers.
    default_format = "general"

    def variant(self, ctx: DocumentContext) -> str | None:
        if self.options.variant:
            return self.options.variant
        if ctx.decision is None:
            raise UserError("缺少决定信息（确认或不予确认）", field="decision")
        if ctx.decision.decision not in DECISIONS:
            raise UserError(f"决定类型“{ctx.decision.decision}”无效，应为确认或不予确认", field="decision")
        return ctx.decision.decision

    def document_number_text(self, ctx: DocumentContext, values: dict[str, str]) -> str:
        return values.get("decision.decision_no", "")

    def body_texts(self, ctx, values, variant) -> list[str]:
        texts = super().body_texts(ctx, values, variant)
        rights = self.template.render("rights", values, variant)
        texts += [rights] if isinstance(rights, str) else list(rights)
        return texts


def render(ctx: DocumentContext, out: str | os.PathLike | IO[bytes], *,
           options: RenderOptions | None = None) -> RenderResult:
    """Render one decision (variant from ctx.decision.decision: confirmed | refused)."""
    return DecisionRenderer(options).render_many([ctx], out)
