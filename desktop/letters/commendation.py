"""表彰信 / 嘉奖信 to the person or to their employer, in the official layout."""

from __future__ import annotations

import os
from typing import IO

from .base import RenderOptions, RenderResult
from .context import DocumentContext
from .official import OfficialRenderer


class CommendationRenderer(OfficialRenderer):
    kind = "commendation"
    # A letter handed over at a ceremony must be one sheet: GB/T 9704's letter format (信函格式,
    # 10.1) puts the organ mark 30 mm from the paper's top edge (7 mm above the text block), and
    # the 22-line grid may be adjusted (5.2.2 特定情况可以作适当调整) — 24 lines of 16 pt text.
    organ_mark_top_mm = -7.0
    lines_per_page = 24

    def variant(self, ctx: DocumentContext) -> str | None:
        if self.options.variant:
            return self.options.variant
        return ctx.letter.recipient if ctx.letter and ctx.letter.recipient else "person"


def render(ctx: DocumentContext, out: str | os.PathLike | IO[bytes], *,
           options: RenderOptions | None = None) -> RenderResult:
    """Render one commendation letter (variant from ctx.letter.recipient: person | employer)."""
    return CommendationRenderer(options).render_many([ctx], out)
