"""见义勇为确认决定书 / 不予确认见义勇为决定书.

A decision in 通用格式: the red 版头 with the decision's number, the title, the applicant it is
addressed to, each person concerned (name, gender, ID number, address), the facts, the reasons,
the legal basis, a decision for each person one by one on their own outcome (a "mixed" decision
confirms some and refuses others), and the remedies — 复核 within the days given by the case (not fixed here), administrative
reconsideration and litigation — then organ and date (the seal's space), and 抄送 to the nominator.
"""

from __future__ import annotations

import os
from typing import IO

from reportlab.platypus import Flowable, Spacer

from desktop.domain.errors import UserError

from .base import RenderOptions, RenderResult
from .context import DocumentContext, PartyInfo
from .layout import runs_paragraph
from .official import OfficialRenderer

DECISIONS = ("confirmed", "refused", "mixed")


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
        if ctx.decision.decision == "mixed" and "mixed" not in self.template.variants:
            return "confirmed"  # an office's older template without the mixed wording
        return ctx.decision.decision

    def document_number_text(self, ctx: DocumentContext, values: dict[str, str]) -> str:
        return values.get("decision.decision_no", "")

    def parties(self, ctx: DocumentContext) -> list[PartyInfo]:
        if ctx.decision is not None and ctx.decision.parties:
            return ctx.decision.parties
        if ctx.person is None:
            raise UserError("决定书缺少当事人", field="parties")
        return [PartyInfo(name=ctx.person.name, gender=ctx.person.gender)]

    @staticmethod
    def party_variant(party: PartyInfo, variant: str | None) -> str | None:
        """The wording of one person's decision: their own outcome, else the document's."""
        return party.decision if party.decision in ("confirmed", "refused") else variant

    @staticmethod
    def party_values(values: dict[str, str], party: PartyInfo) -> dict[str, str]:
        return {**values, "party.name": party.name, "party.gender": party.gender,
                "party.id_number": party.id_number, "party.address": party.address}

    def body_texts(self, ctx, values, variant) -> list[str]:
        parties = self.parties(ctx)
        texts: list[str] = []
        if self.template.get("party", variant):  # each person identified (name, gender, ID, address)
            texts += [self.template.render("party", self.party_values(values, x), variant) for x in parties]
        texts += super().body_texts(ctx, values, variant)
        if self.template.get("each", variant) or variant == "mixed":  # and decided one by one, each on their own outcome
            each = [self.template.render("each", self.party_values(values, x), self.party_variant(x, variant))
                    for x in parties]
            if len(each) > 1:
                each = [f"{i}. {t}" for i, t in enumerate(each, start=1)]
            texts += each
        rights = self.template.render("rights", values, variant)
        texts += [rights] if isinstance(rights, str) else list(rights)
        return texts

    def signature(self, ctx, values, variant) -> list[Flowable]:
        flow = super().signature(ctx, values, variant)
        if values.get("decision.copy_to") and self.template.get("copy", variant):
            text = self.template.render("copy", values, variant)
            flow += [Spacer(1, self.leading),
                     runs_paragraph(self.fonts.check_text(text, "抄送", "body"), self.styles.addressee)]
        return flow


def render(ctx: DocumentContext, out: str | os.PathLike | IO[bytes], *,
           options: RenderOptions | None = None) -> RenderResult:
    """Render one decision (variant from ctx.decision.decision: confirmed | refused)."""
    return DecisionRenderer(options).render_many([ctx], out)
