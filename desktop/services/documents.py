"""Issuing and reprinting letters and certificates (issue 4).

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
from pathlib import Path
from typing import Any, Callable

from desktop import __version__
from desktop.domain import divisions
from desktop.domain.errors import Cancelled, NotFound, UserError, ValidationError
from desktop.letters import RenderOptions, renderer, safe_filename
from desktop.letters import from_records as fr
from desktop.letters.batch import KIND_LABELS
from desktop.letters.official import document_number
from desktop.letters.templates import load_template
from desktop.services.ledger import Ledger
from desktop.services.records import to_dict
from desktop.store.documents import DocumentCounter
from desktop.store.models import IssuedDocument, Setting

KINDS = ("certificate", "commendation", "condolence", "decision", "roster")
# The mark after the organ code that keeps each kind's numbers apart: 上公〔2026〕7号 is a
# commendation letter, 上公证〔2026〕7号 a certificate (separate sequences, distinct texts).
KIND_MARKS = {"commendation": "", "condolence": "慰", "decision": "决", "certificate": "证", "roster": "表"}

# ---------------------------------------------------------------------------------------------
# Office settings for letters (Setting rows "letters.*")

SETTING_LABELS = {
    "short_name": "机关代字",
    "header": "发文机关标志",
    "signer": "落款单位",
    "date_style": "日期格式",
    "cert_text_only": "证书套打（只印文字）",
    "cert_offset_x": "证书套打水平偏移（毫米）",
    "cert_offset_y": "证书套打垂直偏移（毫米）",
    "review_organ": "复核机关",
    "reconsideration_organ": "行政复议机关",
}
DATE_STYLES = {"arabic": "2026年11月28日", "chinese": "二〇二六年十一月二十八日"}


def _default_short_name(ledger: Ledger) -> str:
    name = divisions.name_of(ledger.office_code_or_blank()) or ""
    return (name[:1] + "公") if name else ""


def letter_settings(ledger: Ledger) -> dict[str, Any]:
    """The office's letter settings with their defaults filled in."""
    with ledger.reading():
        rows = {r.key[len("letters."):]: r.value for r in Setting.select().where(Setting.key.startswith("letters."))}
    out = {
        "short_name": rows.get("short_name") or _default_short_name(ledger),
        "header": rows.get("header") or "",
        "signer": rows.get("signer") or "",
        "date_style": rows.get("date_style") or "arabic",
        "cert_text_only": rows.get("cert_text_only") == "1",
        "cert_offset_x": float(rows.get("cert_offset_x") or 0),
        "cert_offset_y": float(rows.get("cert_offset_y") or 0),
        "review_organ": rows.get("review_organ") or "",
        "reconsideration_organ": rows.get("reconsideration_organ") or "",
    }
    return out


def save_letter_settings(ledger: Ledger, changes: dict[str, Any]) -> dict[str, Any]:
    """Check and store changed letter settings in one transaction; returns all settings."""
    values: dict[str, str] = {}
    for key, value in changes.items():
        if key not in SETTING_LABELS:
            raise ValidationError(f"未知的文书设置“{key}”", key)
        label = SETTING_LABELS[key]
        if key == "date_style":
            value = {"阿拉伯数字": "arabic", "汉字": "chinese"}.get(str(value), str(value))
            if value not in DATE_STYLES:
                raise ValidationError(f"{label}应为 arabic（2026年11月28日）或 chinese（二〇二六年十一月二十八日）", key)
        elif key in ("cert_offset_x", "cert_offset_y"):
            try:
                number = float(str(value).strip() or 0)
            except ValueError:
                raise ValidationError(f"{label}应为数字（毫米），例如 -2.5", key) from None
            if abs(number) > 50:
                raise ValidationError(f"{label}不能超过 ±50 毫米", key)
            value = f"{number:g}"
        elif key == "cert_text_only":
            value = "1" if str(value).strip().lower() in ("1", "true", "yes", "是", "on") else "0"
        else:
            value = str(value or "").strip()
            if key == "short_name" and (not value or any(c in value for c in "〔〕[]()（）0123456789")):
                raise ValidationError(f"{label}不能为空，且不能含括号或数字，例如“上公”", key)
            if len(value) > 60:
                raise ValidationError(f"{label}太长（最多60字）", key)
        values[key] = value
    ledger.require("settings")
    with ledger.atomic():
        for key, value in values.items():
            Setting.insert(key=f"letters.{key}", value=value).on_conflict(
                conflict_target=[Setting.key], update={Setting.value: value}).execute()
    return letter_settings(ledger)


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


def save_template(ledger: Ledger, kind: str, text: str) -> dict[str, Any]:
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
    target = folder / f"{kind}.toml"
    tmp = target.with_suffix(".tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, target)
    return {"kind": kind, "version": new_version, "path": str(target)}


# ---------------------------------------------------------------------------------------------
# Building what to render

def _options(kind: str, settings: dict[str, Any], *, text_only: bool | None = None,
             offset_x: float | None = None, offset_y: float | None = None,
             extra_dirs: list[Path] | None = None) -> RenderOptions:
    opts = RenderOptions(template_dirs=[*(extra_dirs or []), *template_dirs()], date_style=settings["date_style"])
    if kind == "certificate":
        opts.text_only = settings["cert_text_only"] if text_only is None else bool(text_only)
        opts.offset_x_mm = settings["cert_offset_x"] if offset_x is None else float(offset_x)
        opts.offset_y_mm = settings["cert_offset_y"] if offset_y is None else float(offset_y)
    return opts


def build(ledger: Ledger, kind: str, *, person: Any = None, deed: Any = None, case: Any = None,
          batch: Any = None, award: Any = None, recipient: str = "person",
          settings: dict[str, Any] | None = None) -> list[fr.Built]:
    """The contexts for a kind and the chosen record(s); a whole batch gives one per person."""
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
        if not person:
            raise UserError("慰问信需要选择人员", cli_hint="--person 人员")
        return [fr.for_condolence(ledger, s, person)]
    # decision
    if case:
        return [fr.for_decision(ledger, s, case, person_id=person)]
    if deed:
        return [fr.for_decision(ledger, s, fr.latest_decided_case(ledger, deed), person_id=person)]
    if person:
        from desktop.services.persons import person_overview
        ov = person_overview(ledger, person)
        decided = [(c.get("decision_date") or dt.date.min, c["id"]) for d in ov["deeds"] for c in d["cases"]
                   if c.get("decision")]
        if not decided:
            raise NotFound(f"{ov['person']['name']}没有已作出决定的确认案件")
        return [fr.for_decision(ledger, s, max(decided)[1], person_id=person)]
    raise UserError("决定书需要选择事迹或确认案件", cli_hint="--deed 事迹 或 --case 案件")


def _award_documents(ledger: Ledger, kind: str, s: dict[str, Any], *, person: Any, batch: Any, award: Any,
                     recipient: str) -> list[fr.Built]:
    signed = kind == "certificate"  # a certificate bears the name of the body that gave the honour
    if person or award:
        if award and not person:
            from desktop.services.awards import get_award
            person = get_award(ledger, award)["person_id"]
        return [fr.for_person_award(ledger, s, person, award_id=award, batch_id=batch, recipient=recipient,
                                    signed_by_batch=signed)]
    if batch:
        return fr.for_batch(ledger, s, batch, recipient=recipient, signed_by_batch=signed)
    raise UserError(f"{KIND_LABELS[kind]}需要选择人员或表彰批次", cli_hint="--person 人员 或 --batch 批次")


def _next_number(office: str, kind: str, year: int) -> int:
    """Take the next number; the row stays locked by our UPDATE until the transaction ends."""
    where = (DocumentCounter.office == office) & (DocumentCounter.kind == kind) & (DocumentCounter.year == year)
    DocumentCounter.insert(office=office, kind=kind, year=year, last=0).on_conflict_ignore().execute()
    DocumentCounter.update(last=DocumentCounter.last + 1).where(where).execute()
    return DocumentCounter.get(where).last


def _number_fields(kind: str, built: fr.Built, number_text: str) -> None:
    """Put the issued number where the document shows it."""
    ctx = built.ctx
    if kind in ("commendation", "condolence") and ctx.letter is not None:
        ctx.letter.document_number = number_text
    elif kind == "certificate" and ctx.award is not None and not ctx.award.certificate_no:
        ctx.award.certificate_no = number_text
    elif kind == "decision" and ctx.decision is not None and not ctx.decision.decision_no:
        ctx.decision.decision_no = number_text


def _render_bytes(kind: str, contexts: list, options: RenderOptions) -> tuple[bytes, Any]:
    buf = io.BytesIO()
    result = renderer(kind, options).render_many(contexts, buf)
    return buf.getvalue(), result


def _write(path: str | os.PathLike, data: bytes) -> None:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    tmp.write_bytes(data)
    os.replace(tmp, path)


def _per_person_name(i: int, kind: str, built: fr.Built, number_text: str = "") -> str:
    """001-荣誉证书-王喆-上公证〔2026〕3号.pdf; 不公开 for a person who asked not to be publicised."""
    person = built.ctx.person or (built.ctx.award.person if built.ctx.award else None)
    parts = [f"{i:03d}", KIND_LABELS[kind]]
    if person is not None:
        parts.append("不公开" if person.do_not_publicise else person.name)
    if number_text:
        parts.append(number_text)
    return safe_filename("-".join(parts), max_chars=80) + ".pdf"


def issue(ledger: Ledger, kind: str, *, out: str | os.PathLike | None = None, folder: str | os.PathLike | None = None,
          person: Any = None, deed: Any = None, case: Any = None, batch: Any = None, award: Any = None,
          recipient: str = "person", text_only: bool | None = None, offset_x: float | None = None,
          offset_y: float | None = None, progress: Callable[[int, int, str], Any] | None = None) -> dict[str, Any]:
    """Issue one document, or one per person of a batch: numbers, render, record, write.

    `out` gets one PDF with every document in roll order; `folder` one file per document.
    Returns {"documents": [...], "path", "pages", "sha256", "files"}.
    """
    settings = letter_settings(ledger)
    built = build(ledger, kind, person=person, deed=deed, case=case, batch=batch, award=award,
                  recipient=recipient, settings=settings)
    options = _options(kind, settings, text_only=text_only, offset_x=offset_x, offset_y=offset_y)
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
        for i, b in enumerate(built, start=1):
            number = _next_number(office, kind, year)
            number_text = document_number(settings["short_name"] + KIND_MARKS[kind], year, number)
            _number_fields(kind, b, number_text)
            buf = io.BytesIO()
            result = r.render_many([b.ctx], buf)
            data = buf.getvalue()
            singles.append(data)
            params = {
                "kind": kind, "context": fr.context_to_json(b.ctx),
                "options": {"date_style": options.date_style, "text_only": options.text_only,
                            "offset_x_mm": options.offset_x_mm, "offset_y_mm": options.offset_y_mm,
                            "variant": r.variant(b.ctx)},
                "template": {"version": result.template_version, "file": template.path.name, "text": tpl_text},
                "group": group, "position": i, "label": b.label,
                "app": __version__,  # the program version that issued it (issue 9)
            }
            doc = w.create(IssuedDocument, {
                "kind": kind, "year": year, "number": number, "number_text": number_text,
                "person": b.links.get("person"), "deed": b.links.get("deed"), "case": b.links.get("case"),
                "batch": b.links.get("batch"), "award": b.links.get("award"),
                "template_version": result.template_version, "file_hash": result.sha256,
                "params": json.dumps(params, ensure_ascii=False, sort_keys=True), "issued_on": ledger.today(),
            })
            docs.append(_doc_dict(doc) | {"pages": result.pages, "label": b.label})
            if progress is not None and progress(i, total, b.label) is False:
                raise Cancelled("已取消，未签发任何文书")
        if len(built) == 1:
            combined, pages, digest = singles[0], docs[0]["pages"], docs[0]["file_hash"]
        else:
            combined, res = _render_bytes(kind, [b.ctx for b in built], options)
            pages, digest = res.pages, res.sha256
        # Files are written inside the transaction: a file that cannot be written undoes the numbers.
        if out:
            _write(out, combined)
        if folder:
            for i, (b, data, d) in enumerate(zip(built, singles, docs), start=1):
                path = Path(folder) / _per_person_name(i, kind, b, d["number_text"])
                _write(path, data)
                files.append(str(path))
    return {"kind": kind, "kind_label": KIND_LABELS[kind], "documents": docs, "path": str(out) if out else None,
            "files": files, "pages": pages, "sha256": digest, "group": group}


# ---------------------------------------------------------------------------------------------
# Issued documents: list, find, reprint

def _doc_dict(doc: IssuedDocument) -> dict[str, Any]:
    d = to_dict(doc)
    d.pop("params", None)
    d["kind_label"] = KIND_LABELS.get(doc.kind, doc.kind)
    return d


def list_documents(ledger: Ledger, *, kind: str | None = None, person: Any = None, batch: Any = None,
                   limit: int = 500) -> list[dict[str, Any]]:
    """Issued documents, newest first, with who or what each is about."""
    with ledger.reading():
        q = IssuedDocument.select().where(IssuedDocument.deleted == False)  # noqa: E712
        if kind:
            q = q.where(IssuedDocument.kind == kind)
        if person:
            q = q.where(IssuedDocument.person == int(person))
        if batch:
            q = q.where(IssuedDocument.batch == int(batch))
        out = []
        for doc in q.order_by(IssuedDocument.id.desc()).limit(limit):
            d = _doc_dict(doc)
            try:
                d["label"] = json.loads(doc.params).get("label", "")
                d["group"] = json.loads(doc.params).get("group")
            except ValueError:
                d["label"], d["group"] = "", None
            out.append(d)
        return out


def find_document(ledger: Ledger, ref: Any) -> IssuedDocument:
    """An issued document by its number text (上公〔2026〕7号), id or UUID."""
    text = str(ref).strip()
    with ledger.reading():
        q = IssuedDocument.select().where((IssuedDocument.deleted == False) & (IssuedDocument.number_text == text))  # noqa: E712
        found = list(q)
        if not found and text.isdigit():
            found = list(IssuedDocument.select().where((IssuedDocument.id == int(text)) & (IssuedDocument.deleted == False)))  # noqa: E712
        if not found and len(text) >= 8:
            found = list(IssuedDocument.select().where(IssuedDocument.uuid.startswith(text)).limit(2))
    if not found:
        raise NotFound(f"找不到已签发的文书“{ref}”")
    if len(found) > 1:
        raise UserError(f"文号“{ref}”对应多份文书，请改用文书编号（id）")
    return found[0]


def reprint(ledger: Ledger, ref: Any, out: str | os.PathLike | None = None, *, whole_group: bool = False) -> dict[str, Any]:
    """Render an issued document again from its recorded params and template text.

    Same number, same bytes: `identical` says whether the hash matches the recorded one;
    `template_changed` whether the office's template has a newer version since.
    """
    doc = find_document(ledger, ref)
    params = json.loads(doc.params)
    members = [doc]
    if whole_group and params.get("group"):
        with ledger.reading():
            members = sorted((d for d in IssuedDocument.select().where(IssuedDocument.deleted == False)  # noqa: E712
                              if d.params and params["group"] in d.params
                              and json.loads(d.params).get("group") == params["group"]),
                             key=lambda d: json.loads(d.params).get("position", 0))
    kind = doc.kind
    contexts, checks = [], []
    with tempfile.TemporaryDirectory(prefix="yy-reprint-") as tmp:
        (Path(tmp) / f"{kind}.toml").write_text(params["template"]["text"], encoding="utf-8")
        o = params["options"]
        options = RenderOptions(template_dirs=[tmp], date_style=o.get("date_style"), variant=o.get("variant"),
                                text_only=bool(o.get("text_only")), offset_x_mm=float(o.get("offset_x_mm") or 0),
                                offset_y_mm=float(o.get("offset_y_mm") or 0))
        r = renderer(kind, options)
        for m in members:
            p = json.loads(m.params)
            ctx = fr.context_from_json(p["context"])
            buf = io.BytesIO()
            res = r.render_many([ctx], buf)
            checks.append(res.sha256 == m.file_hash)
            contexts.append((ctx, buf.getvalue(), res))
        if len(contexts) == 1:
            data, res = contexts[0][1], contexts[0][2]
        else:
            buf = io.BytesIO()
            res = r.render_many([c for c, _, _ in contexts], buf)
            data = buf.getvalue()
    if out:
        _write(out, data)
    try:
        current = load_template(kind, template_dirs()).version
    except UserError:
        current = None
    identical = all(checks)
    changed = current is not None and current != doc.template_version
    notes = []
    if not identical:
        notes.append("重印件与签发时记录的文件摘要不一致（可能是本机字体与签发时不同），请核对")
    if changed:
        notes.append(f"模板已更新（签发时 {doc.template_version}，现为 {current}），重印仍按签发时的模板")
    return {"number_text": doc.number_text, "kind": kind, "kind_label": KIND_LABELS[kind], "id": doc.id,
            "documents": len(members), "identical": identical, "file_hash": doc.file_hash,
            "sha256": hashlib.sha256(data).hexdigest(), "template_version": doc.template_version,
            "current_template_version": current, "template_changed": changed, "notes": notes,
            "path": str(out) if out else None, "pages": res.pages, "data": None if out else data}


def preview(ledger: Ledger, kind: str, out: str | os.PathLike | io.BytesIO, *, template_override: Path | None = None,
            **refs: Any) -> dict[str, Any]:
    """Render without issuing (no number taken; the number reads 〔年〕号 left blank): for preview."""
    settings = letter_settings(ledger)
    built = build(ledger, kind, settings=settings, **refs)
    options = _options(kind, settings, extra_dirs=[template_override] if template_override else None)
    year = ledger.today().year
    for b in built:
        _number_fields(kind, b, f"{settings['short_name']}{KIND_MARKS[kind]}〔{year}〕  号")
    data, res = _render_bytes(kind, [b.ctx for b in built], options)
    if hasattr(out, "write"):
        out.write(data)  # type: ignore[union-attr]
    else:
        _write(out, data)
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
        AwardInfo, BatchInfo, DecisionInfo, DeedInfo, DocumentContext, LetterInfo, PersonInfo,
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
                                    review_organ=s["review_organ"] or "上一级公安机关",
                                    reconsideration_organ=s["reconsideration_organ"] or "本级人民政府")
    if kind == "roster":
        others = [AwardInfo(honour_title="见义勇为先进个人", amount=20000,
                            person=PersonInfo(name=n, gender="男", hukou_place="浙江省杭州市上城区",
                                              do_not_publicise=n == "李堃")) for n in ("李堃", "陈珺", "张玥")]
        ctx.batch = BatchInfo(title=f"{today.year}年度见义勇为先进个人表彰名单（示例）", year=today.year,
                              document_number=f"{s['short_name']}〔{today.year}〕1号", date=today, awards=[award, *others])
    return ctx


def preview_template(ledger: Ledger, kind: str, text: str, out, **refs: Any) -> dict[str, Any]:
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
