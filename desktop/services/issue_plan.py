"""What issuing will do, told before anything is taken: the kind, the record(s), the numbers.

`plan(ledger, kind, **refs)` builds the documents as `documents.issue` would and reads (without
taking) the next number of the office's counter for the kind and year, so the GUI can ask once:
"签发荣誉证书：王喆，将取文号 上公证〔2026〕3号". Another clerk may take a number meanwhile; the
document then gets the next free one, and `file_stem` names the file after the number it really
got. A person who asked not to be publicised is named 不公开 in file names.
"""

from __future__ import annotations

from typing import Any

from desktop.letters import safe_filename
from desktop.letters.batch import KIND_LABELS
from desktop.letters.official import document_number
from desktop.services import documents
from desktop.services.ledger import Ledger
from desktop.store.documents import DocumentCounter

NOT_PUBLICISED = "不公开"


def _who(built) -> str:
    """The person a document is about, as a file name may show them."""
    ctx = built.ctx
    person = ctx.person or (ctx.award.person if getattr(ctx, "award", None) else None)
    if person is None:
        return built.label
    return NOT_PUBLICISED if person.do_not_publicise else person.name


def plan(ledger: Ledger, kind: str, *, reissue: bool = False, **refs: Any) -> dict[str, Any]:
    """{"kind_label", "count", "labels", "who", "numbers", "reprints", "first_number", "last_number"}.

    Mirrors documents.issue without writing: a record and kind already issued is printed again
    under its registered number (`reprints`, no number taken) unless `reissue`; a record with a
    number of its own (a case's decision number, a provincial batch's certificate numbers) keeps
    it; the others take the office's next numbers (`numbers`)."""
    settings = documents.letter_settings(ledger)
    built = documents.build(ledger, kind, settings=settings, **refs)
    recipient = refs.get("recipient", "person")
    year = ledger.today().year
    office = ledger.office_code
    mark = settings["short_name"] + documents.KIND_MARKS[kind]
    numbers: list[str] = []
    reprints: list[str] = []
    with ledger.reading():
        row = DocumentCounter.get_or_none((DocumentCounter.office == office) & (DocumentCounter.kind == kind)
                                          & (DocumentCounter.year == year))
        following = (row.last if row else 0) + 1
        for b in built:
            old = documents.in_force(ledger, documents.record_key(kind, b, recipient))
            if old is not None and not reissue:
                reprints.append(old.number_text)
                continue
            own = documents.own_number(kind, b)
            if own and old is None:
                numbers.append(own)
                continue
            numbers.append(document_number(mark, year, following))
            following += 1
    whos = [_who(b) for b in built]
    shown = numbers or reprints
    return {"kind": kind, "kind_label": KIND_LABELS[kind], "count": len(built),
            "labels": [b.label for b in built], "whos": whos,
            "who": whos[0] if len(built) == 1 else f"{whos[0]}等{len(built)}人",
            "numbers": numbers, "reprints": reprints,
            "first_number": shown[0], "last_number": shown[-1]}


def file_stem(kind_label: str, who: str, number_text: str) -> str:
    """荣誉证书-王喆-上公证〔2026〕3号: kind, person (or 不公开, or the batch), number."""
    return safe_filename(f"{kind_label}-{who}-{number_text}", max_chars=80)
