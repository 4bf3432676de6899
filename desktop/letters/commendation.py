"""表彰信 / 嘉奖信 to the person or to their employer, in the official layout."""

from __future__ import annotations

import os
from typing import IO

from .base import RenderOptions, RenderResult
from .context import DocumentContext
from .official import OfficialRenderer


class CommendationRenderer(OfficialRenderer):
    kind = "commendation"
    # A letter handed over at a ceremony is one sheet in GB/T 9704's letter format (信函格式, 10.1):
    # organ mark 30 mm from the paper's top edge, red double rules, no page number on page 1.
    default_format = "letter"
    title_gap_lines = 1

    def variant(self, ctx: DocumentContext) -> str | None:
        if self.options.variant:
            return self.options.variant
        return ctx.letter.recipient if ctx.letter and ctx.letter.recipient else "person"


def render(ctx: DocumentContext, out: str | os.PathLike | IO[bytes], *,
           options: RenderOptions | None = None) -> RenderResult:
    """Render one commendation letter (variant from ctx.letter.recipient: person | employer)."""
    return CommendationRenderer(options).render_many([ctx], out)
