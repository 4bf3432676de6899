"""Printed documents (荣誉证书, 表彰信, 慰问信, 决定书, 表彰名单) rendered with reportlab.

No Qt and no database here: callers fill the plain dataclasses of `context` and call a kind's
`render(ctx, out, options=...)`, or `render_batch` / `render_per_person` for many.
"""

from .base import RenderOptions, RenderResult
from .batch import KINDS, render_batch, render_per_person, renderer, safe_filename
from .context import (
    AwardInfo,
    BatchInfo,
    DecisionInfo,
    DeedInfo,
    DocumentContext,
    LetterInfo,
    OfficeInfo,
    PersonInfo,
)
from .dates import format_date
from .fonts import FontSet, check_text
from .official import document_number

__all__ = [
    "KINDS", "AwardInfo", "BatchInfo", "DecisionInfo", "DeedInfo", "DocumentContext", "FontSet",
    "LetterInfo", "OfficeInfo", "PersonInfo", "RenderOptions", "RenderResult", "check_text",
    "document_number", "format_date", "render_batch", "render_per_person", "renderer",
    "safe_filename",
]
