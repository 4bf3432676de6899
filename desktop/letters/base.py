"""The renderer every document kind builds on: options, result, and the build of one PDF."""

from __future__ import annotations

import hashlib
import io
import os
import threading
from collections.abc import Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import IO, Any

from reportlab import rl_config
from reportlab.lib.pagesizes import A4
from reportlab.platypus import Flowable, NextPageTemplate, PageBreak, PageTemplate
from reportlab.platypus.doctemplate import ActionFlowable

from desktop.domain.errors import UserError

from .context import DocumentContext
from .fonts import FontSet, default_fonts
from .layout import (
    BLOCK_HEIGHT_MM,
    LINES_PER_PAGE,
    DocumentStart,
    LettersDocTemplate,
    Stack,
    Styles,
    make_styles,
)
from .templates import Template, context_values, load_template


@dataclass
class RenderOptions:
    """How to render; every field has a sensible default."""

    template_dirs: Sequence[str | os.PathLike] = ()  # office folders, searched before the shipped one
    fonts: FontSet | None = None  # default: the PC's fonts, then the shipped ones
    variant: str | None = None  # template variant; each kind picks one from the context if None
    date_style: str | None = None  # "arabic" | "chinese"; default OfficeInfo.date_style
    # The office's electronic seal (PNG bytes), configured by an administrator; None: nothing is
    # printed there and the space stays blank for the seal stamped by hand on the paper.
    seal_image: bytes | None = None
    text_only: bool = False  # certificate: only the variable text, for pre-printed paper
    offset_x_mm: float = 0.0  # certificate: shift to the right (mm), to suit printer and paper
    offset_y_mm: float = 0.0  # certificate: shift down the sheet (mm); negative moves up
    duplex: bool = False  # batch: start each document on an odd page (blank back pages)


@dataclass(frozen=True)
class RenderResult:
    kind: str
    pages: int
    sha256: str
    template_version: str
    documents: int = 1
    size: int = 0
    extra: dict[str, Any] = field(default_factory=dict)


@contextmanager
def binary_streams():
    """Write PDF streams compressed but not ASCII85-armoured (smaller, and faster without
    reportlab's C accelerator); restored afterwards because rl_config is process-wide."""
    with _A85_LOCK:
        before = rl_config.useA85
        rl_config.useA85 = 0
        try:
            yield
        finally:
            rl_config.useA85 = before


_A85_LOCK = threading.RLock()


class _StartOnOddPage(ActionFlowable):
    """For duplex printing: leave a blank back page so the next document starts on a front page."""

    def apply(self, doc):  # noqa: D102 - runs once the new page has begun
        if doc.page % 2 == 0:
            doc.blank_page = True  # the page hook draws no number on it (GB/T 9704 7.5)
            doc.handle_pageBreak()


class Renderer:
    """Base of the kinds: subclasses set `kind` and implement `story` and `page_templates`."""

    kind = ""
    pagesize = A4
    default_variant: str | None = None
    lines_per_page = LINES_PER_PAGE  # GB/T 9704: 22; letters may set more (特定情况可以作适当调整)

    def __init__(self, options: RenderOptions | None = None):
        self.options = options or RenderOptions()
        self.fonts: FontSet = self.options.fonts or default_fonts()
        self.template: Template = load_template(self.kind, self.options.template_dirs)
        self.leading = BLOCK_HEIGHT_MM * 72 / 25.4 / self.lines_per_page  # the line pitch of the grid
        self.styles: Styles = make_styles(self.fonts, self.leading)

    # --- hooks ---------------------------------------------------------------------------
    def story(self, ctx: DocumentContext) -> list[Flowable]:
        raise NotImplementedError

    def page_templates(self, doc: LettersDocTemplate) -> list[PageTemplate]:
        raise NotImplementedError

    def variant(self, ctx: DocumentContext) -> str | None:
        """The template variant for a context (options.variant wins)."""
        return self.options.variant or self.default_variant

    def values(self, ctx: DocumentContext) -> dict[str, str]:
        return context_values(ctx, self.options.date_style)

    def pdf_title(self, contexts: Sequence[DocumentContext]) -> str:
        return str(self.template.get("title", self.variant(contexts[0]), self.kind))

    # --- build ---------------------------------------------------------------------------
    def render_many(self, contexts: Sequence[DocumentContext], out: str | os.PathLike | IO[bytes]) -> RenderResult:
        """All documents in one PDF, in order; each restarts its page numbers at 1."""
        contexts = list(contexts)
        if not contexts:
            raise UserError("没有要打印的文书")
        buf = io.BytesIO()
        doc = LettersDocTemplate(
            buf, pagesize=self.pagesize, leftMargin=0, rightMargin=0, topMargin=0, bottomMargin=0,
            initialFontName=self.fonts.primary("body"), invariant=1,
            title=self.pdf_title(contexts), author=contexts[0].office.name, creator="见义勇为工作台",
        )
        doc.blank_page = False
        templates = self.page_templates(doc)
        doc.addPageTemplates(templates)
        story: list[Flowable] = []
        several = len(templates) > 1  # with one page template there is nothing to switch back to
        for i, ctx in enumerate(contexts):
            if i:
                story += [NextPageTemplate(templates[0].id), PageBreak()] if several else [PageBreak()]
                if self.options.duplex:
                    story += [_StartOnOddPage(), NextPageTemplate(templates[0].id)]
            parts = self.story(ctx)
            if parts and isinstance(parts[0], Stack):  # the marker rides in the letter's stack
                parts[0].parts.insert(0, DocumentStart(i))
                story += parts
            else:
                story += [DocumentStart(i), *parts]
        with binary_streams():
            doc.build(story)
        data = buf.getvalue()
        if hasattr(out, "write"):
            out.write(data)  # type: ignore[union-attr]
        else:
            with open(out, "wb") as fh:
                fh.write(data)
        return RenderResult(
            kind=self.kind, pages=doc.page, sha256=hashlib.sha256(data).hexdigest(),
            template_version=self.template.version, documents=len(contexts), size=len(data),
        )

