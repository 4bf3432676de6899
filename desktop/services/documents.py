"""Issuing and reprinting letters and certificates.

Issuing takes the next number in the office's sequence for the kind and year, renders the
document, and records number, template version, file hash and everything the rendering used
(params JSON, including the template text) — all in one transaction: if rendering fails, the
number is not consumed. A reprint renders again from the recorded params and template text and
checks that the result is byte-identical.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import os
import tempfile
import uuid
from collections.abc import Collection, Mapping
from pathlib import Path
from typing import Any, Callable, cast

from desktop import __version__
from desktop.domain import divisions, settings
from desktop.domain.errors import Cancelled, NotFound, UserError, ValidationError
from desktop.domain.settings import LETTERS
from desktop.letters import RenderOptions, renderer, safe_filename
from desktop.letters.batch import KIND_LABELS
from desktop.letters.context import DocumentContext
from desktop.letters.official import document_number
from desktop.letters.params import context_from_json, context_to_json
from desktop.letters.templates import load_template
from desktop.services import letter_context as fr
from desktop.services.files import write_replacing
from desktop.services.ledger import Ledger
from desktop.services.record_types import (
    DocumentListItem, IssuedDocumentRecord, IssuedInBatch, IssueResult, LetterSettings, PreviewResult, ReprintResult,
    SavedTemplate, SealSetting,
)
from desktop.services.records import to_dict
from desktop.store.documents import DocumentCounter
from desktop.store.models import IssuedDocument, Setting

KINDS = tuple(KIND_LABELS)  # every kind the letters package renders (letters/batch.py)
# The mark after the organ code that keeps each kind's numbers apart: 上公〔2026〕7号 is a
# commendation letter, 上公证〔2026〕7号 a certificate (separate sequences, distinct texts).
KIND_MARKS = {"commendation": "", "condolence": "慰", "decision": "决", "certificate": "证", "roster": "表"}

# ---------------------------------------------------------------------------------------------
# Office settings for letters (declared in domain/settings.py: LETTERS, "letters.*")

DATE_STYLES = settings.DATE_STYLES  # offered by the letters page


def _default_short_name(ledger: Ledger) -> str:
    name = divisions.name_of(ledger.office_code_or_blank()) or ""
    return (name[:1] + "公") if name else ""


def letter_settings(ledger: Ledger) -> LetterSettings:
    """The office's letter settings with their defaults filled in."""
    out = {name: ledger.setting(key) for name, key in LETTERS.items()}
    out["short_name"] = out["short_name"] or _default_short_name(ledger)
    return cast(LetterSettings, out)  # one key per LETTERS entry


def save_letter_settings(ledger: Ledger, changes: dict[str, Any]) -> LetterSettings:
    """Check and store changed letter settings in one transaction; returns all settings."""
    for key, value in changes.items():
        if key not in LETTERS:
            raise ValidationError(f"未知的文书设置“{key}”", key)
        settings.option(LETTERS[key]).parse(value)  # every value checked before any is stored
    ledger.require("settings")
    with ledger.atomic():
        for key, value in changes.items():
            ledger.set_setting(LETTERS[key], value)
    return letter_settings(ledger)


# ---------------------------------------------------------------------------------------------
# The office's electronic seal (none by default: the seal is stamped by hand on the paper)

SEAL_KEY = settings.SEAL_IMAGE  # value: sha256 of the seal in force ("" or missing: none)
SEAL_MAX_BYTES = 2_000_000


def _seal_row_key(digest: str) -> str:
    return f"letters.seal.{digest}"  # every seal ever configured stays, for reprints


def seal_image(ledger: Ledger, digest: str | None = None) -> tuple[bytes | None, str | None]:
    """(PNG bytes, sha256) of the seal in force, or of the one with `digest`; (None, None) if none."""
    import base64

    with ledger.reading():
        if digest is None:
            row = Setting.get_or_none(Setting.key == SEAL_KEY)
            digest = row.value if row and row.value else None
        if not digest:
            return None, None
        data = Setting.get_or_none(Setting.key == _seal_row_key(digest))
    if data is None or not data.value:
        raise UserError(f"找不到电子印章图像（{digest[:12]}），请管理员重新设置电子印章")
    return base64.b64decode(data.value), digest


def set_seal_image(ledger: Ledger, path: str | os.PathLike | None) -> SealSetting:
    """Configure (a PNG file) or remove (None) the office's electronic seal: administrators only,
    audited. Documents issued afterwards carry it, and record which seal they carry."""
    import base64

    ledger.require("settings")
    digest = ""
    data = b""
    if path is not None:
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            raise UserError(f"无法读取电子印章图像“{path}”：{exc.strerror or exc}") from None
        if not data.startswith(b"\x89PNG\r\n\x1a\n"):
            raise ValidationError(f"电子印章图像“{path}”不是 PNG 文件", "seal_image")
        if len(data) > SEAL_MAX_BYTES:
            raise ValidationError("电子印章图像太大（最多 2 MB）", "seal_image")
        try:
            from reportlab.lib.utils import ImageReader

            ImageReader(io.BytesIO(data)).getSize()
        except Exception:  # noqa: BLE001 - any decoding failure
            raise ValidationError(f"电子印章图像“{path}”无法读取（文件损坏？）", "seal_image") from None
        digest = hashlib.sha256(data).hexdigest()
    _, before = seal_image(ledger) if ledger.setting(SEAL_KEY) else (None, None)
    with ledger.atomic() as w:
        if digest:
            Setting.insert(key=_seal_row_key(digest), value=base64.b64encode(data).decode()).on_conflict(
                conflict_target=[Setting.key], update={Setting.value: base64.b64encode(data).decode()}).execute()
        Setting.insert(key=SEAL_KEY, value=digest).on_conflict(
            conflict_target=[Setting.key], update={Setting.value: digest}).execute()
        w.audit("update", "setting", None, {SEAL_KEY: [before, digest or None]})
    return {"seal_image": digest or None}


# ---------------------------------------------------------------------------------------------
# Templates of the office

def template_dir() -> Path:
    """The office's own templates (override the shipped ones): <data folder>/templates."""
    from desktop.store.db import data_dir

    return data_dir() / "templates"


def template_dirs() -> list[Path]:
    return [template_dir()]


def template_text(kind: str) -> tuple[str, str, bool]:
    """The template in force for a kind: (text, version, is_office_copy)."""
    t = load_template(kind, template_dirs())
    return t.path.read_text(encoding="utf-8"), t.version, t.path.parent == template_dir()


def _bump(version: str) -> str:
    head, _, tail = version.rpartition(".")
    if tail.isdigit():
        return f"{head}.{int(tail) + 1}" if head else str(int(tail) + 1)
    return f"{version}.1"


def save_template(ledger: Ledger, kind: str, text: str) -> SavedTemplate:
    """Save the office's copy of a kind's template with its version raised; checked first."""
    import re
    import tomllib

    if kind not in KINDS:
        raise ValidationError(f"未知的文书种类“{kind}”", "kind")
    ledger.require("settings")
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ValidationError(f"模板格式有误：{exc}", "template") from exc
    _, current, _ = template_text(kind)
    typed = str(data.get("version") or "").strip()
    new_version = typed if typed and typed != str(current) else _bump(str(current))  # raised unless the editor did
    line = f'version = "{new_version}"'
    if re.search(r"(?m)^version\s*=.*$", text):
        text = re.sub(r"(?m)^version\s*=.*$", line, text, count=1)
    else:
        text = line + "\n" + text
    folder = template_dir()
    folder.mkdir(parents=True, exist_ok=True)
    check_dir = Path(tempfile.mkdtemp(prefix="yy-tpl-"))
    try:
        (check_dir / f"{kind}.toml").write_text(text, encoding="utf-8")
        load_template(kind, [check_dir])  # refuses unknown fields, missing version
    finally:
        for f in check_dir.iterdir():
            f.unlink()
        check_dir.rmdir()
    target = write_replacing(folder / f"{kind}.toml", text)
    return {"kind": kind, "version": new_version, "path": str(target)}


# ---------------------------------------------------------------------------------------------
# Building what to render

def _options(kind: str, settings: Mapping[str, Any], *, text_only: bool | None = None,
             offset_x: float | None = None, offset_y: float | None = None,
             extra_dirs: list[Path] | None = None, seal: bytes | None = None) -> RenderOptions:
    opts = RenderOptions(template_dirs=[*(extra_dirs or []), *template_dirs()], date_style=settings["date_style"],
                         seal_image=seal)
    if kind == "certificate":
        opts.date_style = settings["cert_date_style"]
        opts.text_only = settings["cert_text_only"] if text_only is None else bool(text_only)
        opts.offset_x_mm = settings["cert_offset_x"] if offset_x is None else float(offset_x)
        opts.offset_y_mm = settings["cert_offset_y"] if offset_y is None else float(offset_y)
    return opts


def build(ledger: Ledger, kind: str, *, person: Any = None, deed: Any = None, case: Any = None,
          batch: Any = None, award: Any = None, recipient: str = "person",
          settings: Mapping[str, Any] | None = None, grounds: list[str] | None = None,
          people: Collection[int] | None = None) -> list[fr.Built]:
    """The contexts for a kind and the chosen record(s); a whole batch gives one per person.

    `people` keeps, of a batch's per-person documents, those of these persons (a county printing
    its own people of a province's batch); the roster always lists the whole batch."""
    built = _build(ledger, kind, person=person, deed=deed, case=case, batch=batch, award=award,
                   recipient=recipient, settings=settings, grounds=grounds)
    if people is None or kind == "roster" or not batch or person:
        return built
    wanted = {int(p) for p in people}
    return [b for b in built if b.links.get("person") in wanted]


def _build(ledger: Ledger, kind: str, *, person: Any, deed: Any, case: Any, batch: Any, award: Any,
           recipient: str, settings: Mapping[str, Any] | None, grounds: list[str] | None) -> list[fr.Built]:
    if kind not in KINDS:
        raise ValidationError(f"未知的文书种类“{kind}”，应为 {'、'.join(KINDS)}", "kind")
    s = settings or letter_settings(ledger)
    if not s["short_name"]:
        raise UserError("尚未设置机关代字（如“上公”），请在文书设置中填写")
    if kind in ("certificate", "commendation"):
        built = _award_documents(ledger, kind, s, person=person, batch=batch, award=award, recipient=recipient)
        if kind == "commendation" and recipient == "person":
            dead = [b.label for b in built if b.ctx.person and b.ctx.person.state == "died"]
            if dead:
                raise UserError(f"{'、'.join(dead)}已牺牲，嘉奖信不能写给本人：请改为致所在单位的表彰信，"
                                "或给家属发慰问信")
        return built
    if kind == "roster":
        if not batch:
            raise UserError("表彰名单需要选择表彰批次", cli_hint="--batch 批次")
        return [fr.for_roster(ledger, s, batch)]
    if kind == "condolence":
        if batch and not person:  # the batch's dead, in the name of its commending organ
            return fr.for_batch_condolences(ledger, s, batch)
        if not person:
            raise UserError("慰问信需要选择人员或表彰批次", cli_hint="--person 人员 或 --batch 批次")
        return [fr.for_condolence(ledger, s, person)]
    # decision
    if grounds and kind != "decision":
        raise UserError("不予确认的理由只用于不予确认决定书", cli_hint="--ground 理由代码")
    if case:
        return [fr.for_decision(ledger, s, case, person_id=person, grounds=grounds)]
    if deed:
        return [fr.for_decision(ledger, s, fr.latest_decided_case(ledger, deed), person_id=person, grounds=grounds)]
    if person:
        from desktop.services.persons import person_overview
        ov = person_overview(ledger, person)
        decided = [(c.get("decision_date") or dt.date.min, c["id"]) for d in ov["deeds"] for c in d["cases"]
                   if c.get("decision")]
        if not decided:
            raise NotFound(f"{ov['person']['name']}没有已作出决定的确认案件")
        return [fr.for_decision(ledger, s, max(decided)[1], person_id=person, grounds=grounds)]
    raise UserError("决定书需要选择事迹或确认案件", cli_hint="--deed 事迹 或 --case 案件")


def _award_documents(ledger: Ledger, kind: str, s: Mapping[str, Any], *, person: Any, batch: Any, award: Any,
                     recipient: str) -> list[fr.Built]:
    # Either way the batch's commending organ signs (letter_context.batch_signing).
    if person or award:
        if award and not person:
            from desktop.services.awards import get_award
            person = get_award(ledger, award)["person_id"]
        return [fr.for_person_award(ledger, s, person, award_id=award, batch_id=batch, recipient=recipient,
                                    kind=kind)]
    if batch:
        return fr.for_batch(ledger, s, batch, recipient=recipient, kind=kind)
    raise UserError(f"{KIND_LABELS[kind]}需要选择人员或表彰批次", cli_hint="--person 人员 或 --batch 批次")


def _next_number(office: str, kind: str, year: int) -> int:
    """Take the next number; the row stays locked by our UPDATE until the transaction ends."""
    where = (DocumentCounter.office == office) & (DocumentCounter.kind == kind) & (DocumentCounter.year == year)
    DocumentCounter.insert(office=office, kind=kind, year=year, last=0).on_conflict_ignore().execute()
    DocumentCounter.update(last=DocumentCounter.last + 1).where(where).execute()
    return DocumentCounter.get(where).last


# Where each kind prints its number. A record that already carries a number of its own (the
# case's decision number, a certificate number that came with a provincial batch, the batch's
# document number on its roster) is printed and registered as it is; otherwise the office's
# sequence gives one. Either way the number on the paper is the number in the register.
NUMBER_FIELDS: dict[str, tuple[str, str]] = {
    "commendation": ("letter", "document_number"),
    "condolence": ("letter", "document_number"),
    "certificate": ("award", "certificate_no"),
    "decision": ("decision", "decision_no"),
    "roster": ("batch", "document_number"),
}
_KEEP_OWN_NUMBER = {"certificate", "decision", "roster"}  # kinds whose records may carry one


def _number_part(ctx, kind: str):
    part, attr = NUMBER_FIELDS[kind]
    return getattr(ctx, part, None), attr


def own_number(kind: str, built: fr.Built) -> str:
    """The number the document already bears (its record's, or the signing body's), else ""."""
    if kind not in _KEEP_OWN_NUMBER and not built.fixed_number:
        return ""
    obj, attr = _number_part(built.ctx, kind)
    return (getattr(obj, attr, "") or "").strip() if obj is not None else ""


def _number_fields(kind: str, built: fr.Built, number_text: str) -> None:
    """Put the registered number where the document prints it."""
    obj, attr = _number_part(built.ctx, kind)
    if obj is not None:
        setattr(obj, attr, number_text)


def _parse_number(text: str, default_year: int) -> tuple[int, int]:
    """(year, number) read from a number text such as 浙见〔2026〕3号 or 证书第 0012 号; 0 if none."""
    import re

    year = re.search(r"[〔\[(（](\d{4})[〕\])）]", text)
    digits = re.findall(r"\d+", text[year.end():] if year else text)
    return (int(year.group(1)) if year else default_year), (int(digits[-1]) if digits else 0)


def _render_bytes(kind: str, contexts: list, options: RenderOptions) -> tuple[bytes, Any]:
    buf = io.BytesIO()
    result = renderer(kind, options).render_many(contexts, buf)
    return buf.getvalue(), result


def _per_person_name(i: int, kind: str, built: fr.Built, number_text: str = "") -> str:
    """001-荣誉证书-王喆-上公证〔2026〕3号.pdf; 不公开 for a person who asked not to be publicised."""
    person = built.ctx.person or (built.ctx.award.person if built.ctx.award else None)
    parts = [f"{i:03d}", KIND_LABELS[kind]]
    if person is not None:
        parts.append("不公开" if person.do_not_publicise else person.name)
    if number_text:
        parts.append(number_text)
    return safe_filename("-".join(parts), max_chars=80) + ".pdf"


_LINKS = ("person", "deed", "case", "batch", "award")


def record_key(kind: str, built: fr.Built, recipient: str) -> dict[str, Any]:
    """What makes two issues "the same document": kind, the records it is about, and for a
    commendation letter whom it is addressed to."""
    key: dict[str, Any] = {"kind": kind, **{k: built.links.get(k) for k in _LINKS}}
    if kind == "commendation":
        key["recipient"] = recipient
    return key


def in_force(ledger: Ledger, key: dict[str, Any]) -> IssuedDocument | None:
    """The issued, not superseded document for a record key (the latest if several)."""
    q = IssuedDocument.select().where((IssuedDocument.deleted == False) & (IssuedDocument.kind == key["kind"]))  # noqa: E712
    for name in _LINKS:
        field = getattr(IssuedDocument, name)
        q = q.where(field.is_null() if key[name] is None else field == key[name])
    for doc in q.order_by(IssuedDocument.id.desc()):
        p = json.loads(doc.params)
        if p.get("superseded_by"):
            continue
        if key["kind"] == "commendation" and p.get("recipient", "person") != key.get("recipient"):
            continue
        return doc
    return None


def _options_of(params: dict[str, Any], tmp: str, seal: bytes | None) -> RenderOptions:
    o = params["options"]
    return RenderOptions(template_dirs=[tmp], date_style=o.get("date_style"), variant=o.get("variant"),
                         text_only=bool(o.get("text_only")), offset_x_mm=float(o.get("offset_x_mm") or 0),
                         offset_y_mm=float(o.get("offset_y_mm") or 0), seal_image=seal)


def _rerender(ledger: Ledger, doc: IssuedDocument, **paper: Any) -> tuple[DocumentContext, RenderOptions, bytes, Any]:
    """An issued document rendered again from what its record keeps (params, template text, seal).

    `paper` may change how a certificate sits on the sheet (text_only, offset_x_mm, offset_y_mm)
    for pre-printed paper; the document itself — number, text, seal — stays as registered."""
    params = json.loads(doc.params)
    seal = seal_image(ledger, params["seal"])[0] if params.get("seal") else None
    with tempfile.TemporaryDirectory(prefix="yy-reprint-") as tmp:
        (Path(tmp) / f"{doc.kind}.toml").write_text(params["template"]["text"], encoding="utf-8")
        options = _options_of(params, tmp, seal)
        for key, value in paper.items():
            if value is not None:
                setattr(options, key, value)
        ctx = context_from_json(params["context"])
        data, res = _render_bytes(doc.kind, [ctx], options)
    return ctx, options, data, res


def issue(ledger: Ledger, kind: str, *, out: str | os.PathLike | None = None, folder: str | os.PathLike | None = None,
          person: Any = None, deed: Any = None, case: Any = None, batch: Any = None, award: Any = None,
          recipient: str = "person", text_only: bool | None = None, offset_x: float | None = None,
          offset_y: float | None = None, reissue: bool = False, reason: str | None = None,
          grounds: list[str] | None = None, progress: Callable[[int, int, str], Any] | None = None,
          people: Collection[int] | None = None) -> IssueResult:
    """Issue one document, or one per person of a batch: numbers, render, record, write.

    One number per document: a record and kind already issued is printed again as registered
    (same number, same bytes; `documents[].reprinted` is true) — a batch printed twice takes
    no new numbers. `reissue=True` with a `reason` (reviewers only) issues anew with a new
    number and marks the old document superseded.
    `out` gets one PDF with every document in roll order; `folder` one file per document.
    Returns {"documents": [...], "path", "pages", "sha256", "files"}.
    """
    if reissue:
        ledger.require("issue_documents")
        reason = (reason or "").strip()
        if not reason:
            raise UserError("重新签发需要写明理由", cli_hint="--reason 理由")
    settings = letter_settings(ledger)
    built = build(ledger, kind, person=person, deed=deed, case=case, batch=batch, award=award,
                  recipient=recipient, settings=settings, grounds=grounds, people=people)
    if not built:
        raise UserError("所选人员在本批次中没有要打印的文书")
    seal, seal_digest = seal_image(ledger)
    options = _options(kind, settings, text_only=text_only, offset_x=offset_x, offset_y=offset_y, seal=seal)
    template = load_template(kind, options.template_dirs)
    tpl_text = template.path.read_text(encoding="utf-8")
    office = ledger.office_code
    year = ledger.today().year
    group = str(uuid.uuid4()) if len(built) > 1 else None
    docs: list[dict[str, Any]] = []
    files: list[str] = []
    total = len(built)
    ledger.require("edit_records")
    with ledger.atomic() as w:
        r = renderer(kind, options)
        singles: list[bytes] = []
        contexts: list[DocumentContext] = []
        for i, b in enumerate(built, start=1):
            key = record_key(kind, b, recipient)
            old = in_force(ledger, key)
            if old is not None and not reissue:  # the registered document, printed again
                paper = ({"text_only": None if text_only is None else bool(text_only),
                          "offset_x_mm": None if offset_x is None else float(offset_x),
                          "offset_y_mm": None if offset_y is None else float(offset_y)}
                         if kind == "certificate" else {})
                ctx, _, data, result = _rerender(ledger, old, **paper)
                singles.append(data)
                contexts.append(ctx)
                docs.append(_doc_dict(old) | {"pages": result.pages, "label": b.label, "reprinted": True,
                                              "identical": result.sha256 == old.file_hash})
                if progress is not None and progress(i, total, b.label) is False:
                    raise Cancelled("已取消，未签发任何文书")
                continue
            own = own_number(kind, b)
            # The signing body's number stays on a reissue: this office has no number of its own to give.
            if own and (old is None or b.fixed_number):
                number_text = own
                doc_year, number = _parse_number(own, year)
            else:  # the sequence (also for a reissue: the old number stays with the old paper)
                doc_year, number = year, _next_number(office, kind, year)
                number_text = document_number(settings["short_name"] + KIND_MARKS[kind], year, number)
            _number_fields(kind, b, number_text)
            buf = io.BytesIO()
            result = r.render_many([b.ctx], buf)
            data = buf.getvalue()
            singles.append(data)
            contexts.append(b.ctx)
            params = {
                "kind": kind, "context": context_to_json(b.ctx),
                "options": {"date_style": options.date_style, "text_only": options.text_only,
                            "offset_x_mm": options.offset_x_mm, "offset_y_mm": options.offset_y_mm,
                            "variant": r.variant(b.ctx)},
                "template": {"version": result.template_version, "file": template.path.name, "text": tpl_text},
                "group": group, "position": i, "label": b.label, "recipient": recipient,
                "seal": seal_digest,  # the electronic seal printed on it (None: stamped by hand)
                "on_behalf_of": b.on_behalf_of or None,  # the office it was printed for (its code)
                "signed_by": b.signed_by or None,  # the body whose name it bears
                "app": __version__,  # the program version that issued it
            }
            if old is not None:
                params["supersedes"] = old.number_text
            doc = w.create(IssuedDocument, {
                "kind": kind, "year": doc_year, "number": number, "number_text": number_text,
                "person": b.links.get("person"), "deed": b.links.get("deed"), "case": b.links.get("case"),
                "batch": b.links.get("batch"), "award": b.links.get("award"),
                "template_version": result.template_version, "file_hash": result.sha256,
                "params": json.dumps(params, ensure_ascii=False, sort_keys=True), "issued_on": ledger.today(),
            })
            if old is not None:
                p_old = json.loads(old.params) | {"superseded_by": number_text, "superseded_reason": reason,
                                                  "superseded_on": ledger.today().isoformat()}
                w.update(old, {"params": json.dumps(p_old, ensure_ascii=False, sort_keys=True)})
            docs.append(_doc_dict(doc) | {"pages": result.pages, "label": b.label, "reprinted": False,
                                          **({"supersedes": old.number_text} if old is not None else {})})
            if progress is not None and progress(i, total, b.label) is False:
                raise Cancelled("已取消，未签发任何文书")
        if len(built) == 1:
            combined, pages, digest = singles[0], docs[0]["pages"], hashlib.sha256(singles[0]).hexdigest()
        else:
            combined, res = _render_bytes(kind, contexts, options)
            pages, digest = res.pages, res.sha256
        # Files are written inside the transaction: a file that cannot be written undoes the numbers.
        if out:
            write_replacing(out, combined)
        if folder:
            for i, (b, data, d) in enumerate(zip(built, singles, docs), start=1):
                path = Path(folder) / _per_person_name(i, kind, b, d["number_text"])
                write_replacing(path, data)
                files.append(str(path))
    return {"kind": kind, "kind_label": KIND_LABELS[kind], "documents": cast(list[IssuedInBatch], docs),
            "path": str(out) if out else None,
            "files": files, "pages": pages, "sha256": digest, "group": group}


# ---------------------------------------------------------------------------------------------
# Issued documents: list, find, reprint

def _doc_dict(doc: IssuedDocument) -> IssuedDocumentRecord:
    d: Any = to_dict(doc)
    params = d.pop("params", None)
    d["kind_label"] = KIND_LABELS.get(doc.kind, doc.kind)
    try:
        p = json.loads(params or "{}")
    except ValueError:
        p = {}
    d["superseded_by"] = p.get("superseded_by")  # None while the document is in force
    d["on_behalf_of"] = p.get("on_behalf_of")
    d["signed_by"] = p.get("signed_by")
    d["seal"] = p.get("seal")
    return d


def list_documents(ledger: Ledger, *, kind: str | None = None, person: Any = None, batch: Any = None,
                   limit: int = 500) -> list[DocumentListItem]:
    """Issued documents, newest first, with who or what each is about."""
    with ledger.reading():
        q = IssuedDocument.select().where(IssuedDocument.deleted == False)  # noqa: E712
        if kind:
            q = q.where(IssuedDocument.kind == kind)
        if person:
            q = q.where(IssuedDocument.person == int(person))
        if batch:
            q = q.where(IssuedDocument.batch == int(batch))
        out: list[DocumentListItem] = []
        for doc in q.order_by(IssuedDocument.id.desc()).limit(limit):
            d = cast(DocumentListItem, _doc_dict(doc))
            try:
                d["label"] = json.loads(doc.params).get("label", "")
                d["group"] = json.loads(doc.params).get("group")
            except ValueError:
                d["label"], d["group"] = "", None
            out.append(d)
        return out


def find_document(ledger: Ledger, ref: Any, *, kind: str | None = None, person: Any = None) -> IssuedDocument:
    """An issued document by its number text (上公〔2026〕7号), id or UUID. Documents that bear one
    number (a batch's letters all bear the batch's document number) are told apart by kind and person."""
    text = str(ref).strip()
    with ledger.reading():
        q = IssuedDocument.select().where((IssuedDocument.deleted == False) & (IssuedDocument.number_text == text))  # noqa: E712
        if kind:
            q = q.where(IssuedDocument.kind == kind)
        if person:
            q = q.where(IssuedDocument.person == int(person))
        found = list(q)
        if not found and text.isdigit():
            found = list(IssuedDocument.select().where((IssuedDocument.id == int(text)) & (IssuedDocument.deleted == False)))  # noqa: E712
        if not found and len(text) >= 8:
            found = list(IssuedDocument.select().where(IssuedDocument.uuid.startswith(text)).limit(2))
    if not found:
        raise NotFound(f"找不到已签发的文书“{ref}”")
    if len(found) > 1:  # a number re-registered after its document was superseded: the one in force
        found = [d for d in found if not json.loads(d.params).get("superseded_by")] or found
    if len(found) > 1:  # e.g. the letters of a batch, each bearing the batch's document number
        which = "、".join(f"{json.loads(d.params).get('label') or d.kind} {d.id}" for d in found[:10])
        raise UserError(f"文号“{ref}”对应多份文书（{which}），请选定文书种类和人员，或改用文书编号（id）",
                        cli_hint="--kind 种类 --person 人员编号")
    return found[0]


def reprint(ledger: Ledger, ref: Any, out: str | os.PathLike | None = None, *, whole_group: bool = False,
            kind: str | None = None, person: Any = None) -> ReprintResult:
    """Render an issued document again from its recorded params and template text.

    Same number, same bytes: `identical` says whether the hash matches the recorded one;
    `template_changed` whether the office's template has a newer version since.
    """
    doc = find_document(ledger, ref, kind=kind, person=person)
    params = json.loads(doc.params)
    if "procedural" in params:  # a procedural document of a case (issue 15)
        from desktop.services.procedural import reprint as reprint_procedural

        return reprint_procedural(ledger, ref, out)
    members = [doc]
    if whole_group and params.get("group"):
        with ledger.reading():
            members = sorted((d for d in IssuedDocument.select().where(IssuedDocument.deleted == False)  # noqa: E712
                              if d.params and params["group"] in d.params
                              and json.loads(d.params).get("group") == params["group"]),
                             key=lambda d: json.loads(d.params).get("position", 0))
    kind = doc.kind
    contexts, checks = [], []
    for m in members:
        ctx, _, data, res = _rerender(ledger, m)
        checks.append(res.sha256 == m.file_hash)
        contexts.append((ctx, data, res))
    if len(contexts) == 1:
        data, res = contexts[0][1], contexts[0][2]
    else:
        with tempfile.TemporaryDirectory(prefix="yy-reprint-") as tmp:
            (Path(tmp) / f"{kind}.toml").write_text(params["template"]["text"], encoding="utf-8")
            seal = seal_image(ledger, params["seal"])[0] if params.get("seal") else None
            data, res = _render_bytes(kind, [c for c, _, _ in contexts], _options_of(params, tmp, seal))
    if out:
        write_replacing(out, data)
    try:
        current = load_template(kind, template_dirs()).version
    except UserError:
        current = None
    identical = all(checks)
    changed = current is not None and current != doc.template_version
    notes = []
    if not identical:
        notes.append("重印件与签发时记录的文件摘要不一致（可能是本机字体与签发时不同），请核对")
    if params.get("superseded_by"):
        notes.append(f"此文书已作废，由 {params['superseded_by']} 取代（理由：{params.get('superseded_reason') or '未写明'}）")
    if changed:
        notes.append(f"模板已更新（签发时 {doc.template_version}，现为 {current}），重印仍按签发时的模板")
    return {"number_text": doc.number_text, "kind": kind, "kind_label": KIND_LABELS[kind], "id": doc.id,
            "documents": len(members), "identical": identical, "file_hash": doc.file_hash,
            "sha256": hashlib.sha256(data).hexdigest(), "template_version": doc.template_version,
            "current_template_version": current, "template_changed": changed, "notes": notes,
            "path": str(out) if out else None, "pages": res.pages, "data": None if out else data}


def preview(ledger: Ledger, kind: str, out: str | os.PathLike | io.BytesIO, *, template_override: Path | None = None,
            **refs: Any) -> PreviewResult:
    """Render without issuing (no number taken; the number reads 〔年〕号 left blank): for preview."""
    settings = letter_settings(ledger)
    built = build(ledger, kind, settings=settings, **refs)
    options = _options(kind, settings, extra_dirs=[template_override] if template_override else None,
                       seal=seal_image(ledger)[0])
    year = ledger.today().year
    for b in built:
        if not own_number(kind, b):
            _number_fields(kind, b, f"{settings['short_name']}{KIND_MARKS[kind]}〔{year}〕  号")
    data, res = _render_bytes(kind, [b.ctx for b in built], options)
    if hasattr(out, "write"):
        out.write(data)  # type: ignore[union-attr]
    else:
        write_replacing(out, data)
    return {"pages": res.pages, "template_version": res.template_version, "documents": len(built)}


def reset_template(ledger: Ledger, kind: str) -> None:
    """Drop the office's copy of a kind's template: the shipped one is used again."""
    ledger.require("settings")
    (template_dir() / f"{kind}.toml").unlink(missing_ok=True)


def output_folder(year: int | None = None) -> Path:
    """Where the window keeps issued PDFs: <data folder>/documents/<year>."""
    from desktop.store.db import data_dir

    folder = data_dir() / "documents" / str(year or dt.date.today().year)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def sample_context(ledger: Ledger, kind: str):
    """A fictional context for previewing a template when no record is chosen (not issued)."""
    from desktop.letters.context import (
        AwardInfo,
        BatchInfo,
        DecisionInfo,
        DeedInfo,
        DocumentContext,
        LetterInfo,
        PartyInfo,
        PersonInfo,
    )

    s = letter_settings(ledger)
    office = fr.office_context(ledger, s)
    today = ledger.today()
    person = PersonInfo(name="王喆", gender="男", employer="某物流公司（示例）", hukou_place="浙江省杭州市上城区",
                        state={"condolence": "died"}.get(kind, "unharmed"))
    deed = DeedInfo(date=today - dt.timedelta(days=40), place="上城区钱塘江南星桥段", category="救助落水人员",
                    summary="跳入江中救起落水儿童", narrative="（示例）事迹材料。")
    award = AwardInfo(honour_title="见义勇为先进个人", level="县级", amount=20000, certificate_no="示例001", person=person)
    ctx = DocumentContext(office=office, person=person, deed=deed, award=award,
                          letter=LetterInfo(document_number=f"{s['short_name']}〔{today.year}〕1号", date=today))
    if kind == "decision":
        ctx.decision = DecisionInfo(decision="confirmed", decision_no=f"{s['short_name']}决〔{today.year}〕1号", date=today,
                                    facts="（示例）经调查查明的事实。", reasons="（示例）决定理由。",
                                    review_organ=s["review_organ"] or fr.parent_police_organ(ledger.office_code)
                                    or "上一级公安机关",
                                    reconsideration_organ=s["reconsideration_organ"] or "本级人民政府",
                                    parties=[PartyInfo(name="王喆", gender="男", id_number="330102199001011234",
                                                       address="浙江省杭州市上城区某街道某号（示例）")])
    if kind == "roster":
        others = [AwardInfo(honour_title="见义勇为先进个人", amount=20000,
                            person=PersonInfo(name=n, gender="男", hukou_place="浙江省杭州市上城区",
                                              do_not_publicise=n == "李堃")) for n in ("李堃", "陈珺", "张玥")]
        ctx.batch = BatchInfo(title=f"{today.year}年度见义勇为先进个人表彰名单（示例）", year=today.year,
                              document_number=f"{s['short_name']}〔{today.year}〕1号", date=today, awards=[award, *others])
    return ctx


def preview_template(ledger: Ledger, kind: str, text: str, out, **refs: Any) -> PreviewResult:
    """Render with an edited (unsaved) template text: the chosen record if any, else a sample."""
    with tempfile.TemporaryDirectory(prefix="yy-edit-") as tmp:
        Path(tmp, f"{kind}.toml").write_text(text, encoding="utf-8")
        if any(refs.values()):
            return preview(ledger, kind, out, template_override=Path(tmp), **refs)
        settings = letter_settings(ledger)
        options = _options(kind, settings, extra_dirs=[Path(tmp)])
        data, res = _render_bytes(kind, [sample_context(ledger, kind)], options)
    out.write(data)
    return {"pages": res.pages, "template_version": res.template_version, "documents": 1}
