"""Many documents at once: one PDF for a whole batch, or one file per person."""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Sequence
from pathlib import Path
from typing import IO

from desktop.domain.errors import UserError

from .base import Renderer, RenderOptions, RenderResult
from .certificate import CertificateRenderer
from .commendation import CommendationRenderer
from .condolence import CondolenceRenderer
from .context import DocumentContext
from .decision import DecisionRenderer
from .roster import RosterRenderer

KINDS: dict[str, type[Renderer]] = {
    "certificate": CertificateRenderer,
    "commendation": CommendationRenderer,
    "condolence": CondolenceRenderer,
    "decision": DecisionRenderer,
    "roster": RosterRenderer,
}
KIND_LABELS = {
    "certificate": "荣誉证书",
    "commendation": "表彰信",
    "condolence": "慰问信",
    "decision": "决定书",
    "roster": "表彰名单",
}


def renderer(kind: str, options: RenderOptions | None = None) -> Renderer:
    """A renderer for a kind; reuse it for many documents (fonts, template, styles load once)."""
    try:
        cls = KINDS[kind]
    except KeyError:
        raise UserError(f"未知的文书种类“{kind}”") from None
    return cls(options)


def render_batch(kind: str, contexts: Sequence[DocumentContext], out: str | os.PathLike | IO[bytes],
                 *, options: RenderOptions | None = None) -> RenderResult:
    """All documents of a batch in one PDF, in the given order (page numbers restart per document)."""
    return renderer(kind, options).render_many(contexts, out)


_FORBIDDEN = re.compile(r'[\\/:*?"<>|\x00-\x1f\x7f]')
_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)), *(f"LPT{i}" for i in range(1, 10))}


def safe_filename(text: str, max_chars: int = 40) -> str:
    """A file name that Windows and FAT32 accept: no \\/:*?"<>|, no control characters, no
    trailing dot or space, no device name (CON, NUL…), and short."""
    name = unicodedata.normalize("NFC", text)
    name = _FORBIDDEN.sub("_", name)
    name = re.sub(r"\s+", " ", name).strip()
    name = name[:max_chars].rstrip(" .")
    if not name:
        name = "_"
    if name.split(".")[0].upper() in _RESERVED:
        name = "_" + name
    return name


def _person_name(ctx: DocumentContext) -> str:
    person = ctx.person or (ctx.award.person if ctx.award else None)
    if person is None:
        return ""
    return "" if person.do_not_publicise else person.name


def render_per_person(kind: str, contexts: Sequence[DocumentContext], folder: str | os.PathLike,
                      *, options: RenderOptions | None = None) -> list[tuple[Path, RenderResult]]:
    """One PDF per context in `folder`, named 001-荣誉证书-姓名.pdf (no name for a person who
    asked not to be publicised); returns the paths and results in order."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    r = renderer(kind, options)
    label = KIND_LABELS.get(kind, kind)
    out = []
    for i, ctx in enumerate(contexts, start=1):
        parts = [f"{i:03d}", label] + ([_person_name(ctx)] if _person_name(ctx) else [])
        path = folder / (safe_filename("-".join(parts)) + ".pdf")
        out.append((path, r.render_many([ctx], path)))
    return out

# Registration: the procedural documents of the confirmation procedure (issue 15, letters/procedural.py)
# are listed and reprinted beside the letters under their own names.
from .procedural import PROCEDURAL_LABELS  # noqa: E402

KIND_LABELS.update(PROCEDURAL_LABELS)
