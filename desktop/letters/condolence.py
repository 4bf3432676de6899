"""慰问信 to the family of a hero who died, or to a hero who was disabled or injured.

信函格式 (like 表彰信): the red organ mark, double rules and the letter's number; title centred; 尊敬的…同志（家属）： flush left; body; 此致 on the
next line indented two characters and 敬礼 below it flush left; sender and date at the right.
"""

from __future__ import annotations

import os
from typing import IO

from reportlab.platypus import Flowable

from .base import RenderOptions, RenderResult
from .context import DocumentContext
from .layout import CJKParagraph
from .official import OfficialRenderer

_VARIANT_BY_STATE = {"died": "died", "disabled": "disabled", "injured": "injured"}


class CondolenceRenderer(OfficialRenderer):
    kind = "condolence"
    default_format = "letter"
    title_gap_lines = 1

    def variant(self, ctx: DocumentContext) -> str | None:
        if self.options.variant:
            return self.options.variant
        state = ctx.person.state if ctx.person else ""
        return _VARIANT_BY_STATE.get(state, "injured")

    def closing(self, ctx, values, variant) -> list[Flowable]:
        lines = self.template.render("closing", values, variant) if self.template.get("closing", variant) else []
        out: list[Flowable] = []
        for i, line in enumerate(lines):
            style = self.styles.body if i == 0 else self.styles.body_flush
            out.append(CJKParagraph(self.fonts.markup(line, "结束语", "body"), style))
        return out


def render(ctx: DocumentContext, out: str | os.PathLike | IO[bytes], *,
           options: RenderOptions | None = None) -> RenderResult:
    """Render one condolence letter (variant from ctx.person.state: died | disabled | injured)."""
    return CondolenceRenderer(options).render_many([ctx], out)
