"""Importing an office's Excel/CSV ledger (台账) of people and their deeds.

`preview()` reads the file, finds the header below any title rows, guesses the column mapping
(overridable), checks every row with the same rules as the forms and shows each row as it will be
stored, with its errors and warnings in Chinese and any person already in the ledger under the same
ID number. `apply()` writes every valid row in ONE transaction through the persons and deeds
services, and writes the rejected rows to an error workbook (original columns + 错误原因) that the
user can fix and import again. Every data row ends with one fate: imported, updated, duplicate or
rejected; empty and total rows are listed as notes.
"""

from __future__ import annotations

import datetime as dt
import gc
import threading
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterator

from desktop.domain import codes
from desktop.domain.errors import Cancelled, UserError, ValidationError
from desktop.domain.record_fields import PERSON
from desktop.services import deeds as deeds_service
from desktop.services import persons as persons_service
from desktop.services.ledger import Ledger
from desktop.services.records import to_dict
from desktop.store.bulk import Batch, Ref
from desktop.store.db import as_tuples
from desktop.store.models import Deed, DeedPerson, Person
from desktop.tabular import cells, headers, reader
from desktop.tabular.checks import RowCheck, check_row

# what happens to a row
NEW, EXISTING, REPEAT, REJECTED, WAITING = "new", "existing", "repeat", "rejected", "waiting"
IMPORTED, UPDATED, DUPLICATE = "imported", "updated", "duplicate"
UPDATE, SKIP = "update", "skip"
FATE_LABELS = {IMPORTED: "新增", UPDATED: "更新", DUPLICATE: "重复未导入", REJECTED: "未通过检查",
               WAITING: "待核对确认"}
STATUS_LABELS = {NEW: "新人员", EXISTING: "台账中已有", REPEAT: "与前面行同一人", REJECTED: "有错误",
                 WAITING: "待核对确认"}
ERROR_COLUMN = "错误原因"
PERSON_ID_COLUMN = "已导入人员编号"


@dataclass
class PreviewRow:
    row: int  # 1-based spreadsheet row
    cells: list[Any]  # the original cells
    check: RowCheck
    status: str = NEW
    existing: dict[str, Any] | None = None  # {"id", "name", "changes": {field: [old, new]}, "has_deed"}
    same_as_row: int | None = None

    @property
    def errors(self) -> list[str]:
        return self.check.errors

    @property
    def warnings(self) -> list[str]:
        return self.check.warnings


@dataclass
class Preview:
    path: Path
    sheet: str
    sheet_names: list[str]
    encoding: str | None
    header_row: int
    labels: list[str]
    mapping: dict[int, str]
    rows: list[PreviewRow]
    notes: list[str] = field(default_factory=list)
    # columns the reader is not sure of: column -> candidate fields; the import waits for an answer
    questions: dict[int, list[str]] = field(default_factory=dict)
    # rows that become one deed: [{"rows": [...], "why": "...", "deed_id": id in the ledger or None}]
    joins: list[dict[str, Any]] = field(default_factory=list)
    confirmed: set[int] = field(default_factory=set)  # rows whose ID number the clerk confirmed
    accepted: set[int] = field(default_factory=set)  # rows whose suggestions the clerk accepted

    def counts(self) -> dict[str, int]:
        out = {NEW: 0, EXISTING: 0, REPEAT: 0, REJECTED: 0, WAITING: 0}
        for r in self.rows:
            out[r.status] += 1
        out["rows"] = len(self.rows)
        out["warnings"] = sum(1 for r in self.rows if r.warnings)
        out["deed_waiting"] = sum(1 for r in self.rows if r.check.deed_missing and r.status != REJECTED)
        out["suggestions"] = sum(1 for r in self.rows if r.check.suggest)
        return out

    def label(self, col: int) -> str:
        return self.labels[col] if col < len(self.labels) else f"第{col + 1}列"

    def question_lines(self) -> list[str]:
        known = headers.targets()
        return [f"“{self.label(c)}”（第{c + 1}列）可能是：{'、'.join(known.get(t, t) for t in cands)}"
                for c, cands in sorted(self.questions.items())]

    def to_dict(self, limit: int | None = None) -> dict[str, Any]:
        return {
            "file": str(self.path), "sheet": self.sheet, "sheets": self.sheet_names, "encoding": self.encoding,
            "header_row": self.header_row,
            "mapping": {self.labels[c] if c < len(self.labels) else str(c): t for c, t in self.mapping.items()},
            "questions": [{"column": self.label(c), "candidates": cands} for c, cands in sorted(self.questions.items())],
            "joins": self.joins,
            "counts": self.counts(), "notes": self.notes,
            "rows": [row_dict(r) for r in self.rows[:limit]],
        }


def row_dict(r: PreviewRow) -> dict[str, Any]:
    return {"row": r.row, "status": r.status, "person": r.check.person, "deed": r.check.deed,
            "outcome": r.check.link.get("outcome"), "errors": r.errors, "warnings": r.warnings,
            "waiting": r.check.waiting, "deed_missing": r.check.deed_missing, "suggest": r.check.suggest,
            "existing": r.existing}


ProgressFn = Callable[[int, int, str], Any]


_gc_lock = threading.Lock()
_gc_depth = 0
_gc_was_enabled = True


@contextmanager
def _no_collector_passes() -> Iterator[None]:
    """Read and check a ledger without the cyclic garbage collector's passes: the rows kept (tens
    of thousands of small objects) make every full pass walk them all again — a fifth of a
    10,000-row preview's CPU time. Reading and checking make no reference cycles worth collecting
    meanwhile; the collector is switched back on afterwards (also when several previews overlap)."""
    global _gc_depth, _gc_was_enabled
    with _gc_lock:
        if _gc_depth == 0:
            _gc_was_enabled = gc.isenabled()
            gc.disable()
        _gc_depth += 1
    try:
        yield
    finally:
        with _gc_lock:
            _gc_depth -= 1
            if _gc_depth == 0 and _gc_was_enabled:
                gc.enable()


def preview(ledger: Ledger, path: str | Path, *, sheet: str | None = None,
            mapping: dict[int, str | None] | None = None, progress: ProgressFn | None = None,
            overrides: dict[str, str | None] | None = None, password: str | None = None,
            confirm_rows: set[int] | frozenset[int] = frozenset(),
            accept_suggestions: bool | set[int] = False) -> Preview:
    """Read and check the whole file without writing anything.

    `mapping` replaces the guessed column mapping (column index -> field); `overrides` changes it
    column by column (heading -> field or None) and answers the reader's questions about those
    columns. `confirm_rows`: rows whose ID number (looking cut by Excel) the clerk checked against
    the original. `accept_suggestions`: True, or the rows whose suggested category/migrant flag apply.
    """
    with _no_collector_passes():
        return _preview(ledger, Path(path), sheet=sheet, mapping=mapping, progress=progress, overrides=overrides,
                        password=password, confirm_rows=confirm_rows, accept_suggestions=accept_suggestions)


def _preview(ledger: Ledger, path: Path, *, sheet: str | None, mapping: dict[int, str | None] | None,
             progress: ProgressFn | None, overrides: dict[str, str | None] | None, password: str | None,
             confirm_rows: set[int] | frozenset[int], accept_suggestions: bool | set[int]) -> Preview:
    data, note = _read(path, sheet, password)
    head = headers.find_header(data.rows)
    if head is None:
        others = [n for n in data.sheet_names if n != data.name]
        raise UserError(f"在“{path.name}”的工作表“{data.name}”前{headers.HEADER_SCAN_ROWS}行中找不到表头"
                        "（至少要有“姓名”“身份证号”等两列可识别的标题）；" +
                        (f"文件中的工作表：{'、'.join(data.sheet_names)}，请用 --sheet 指定" if others
                         else "请检查工作表是否选对"))
    questions = dict(head.unsure)
    if mapping is not None:
        head.mapping = {int(c): t for c, t in mapping.items() if t}
        questions = {}
    if overrides:
        _apply_overrides(head, overrides, questions)
    _check_mapping(head.mapping, head.labels)
    if "person.name" not in head.mapping.values():
        raise ValidationError("没有对应“姓名”的列：请在列对应中指定哪一列是姓名", "mapping")
    today = ledger.today()
    office = ledger.office_code_or_blank()
    rows: list[PreviewRow] = []
    notes: list[str] = [note] if note else []
    body = data.rows[head.row:]
    total = len(body)
    for i, raw in enumerate(body):
        row_no = head.row + 1 + i
        skip = headers.is_skip_row(raw)
        if skip:
            notes.append(f"第{row_no}行：{skip}，已跳过")
            continue
        accept = accept_suggestions is True or (not isinstance(accept_suggestions, bool) and row_no in accept_suggestions)
        check = check_row(row_no, raw, head.mapping, today=today, office_code=office,
                          id_confirmed=row_no in confirm_rows, accept_suggestions=accept)
        rows.append(PreviewRow(row_no, raw, check))
        if progress and i % 500 == 0 and progress(i, total, "检查数据") is False:
            raise Cancelled("已取消")
    _match(ledger, rows)
    pv = Preview(path, data.name, data.sheet_names, data.encoding, head.row, head.labels, head.mapping,
                 rows, notes, questions)
    pv.confirmed = set(confirm_rows)
    pv.accepted = {r.row for r in rows} if accept_suggestions is True else set(accept_suggestions or ())
    pv.joins = _joins(ledger, rows)
    return pv


def recheck(ledger: Ledger, pv: Preview, *, confirm_rows: set[int] | frozenset[int] = frozenset(),
            accept_rows: set[int] | frozenset[int] = frozenset()) -> Preview:
    """Check the rows again after the clerk's answers (ID numbers confirmed against the original,
    suggestions accepted) without reading the file again; matches and joins are worked out anew."""
    today = ledger.today()
    office = ledger.office_code_or_blank()
    for r in pv.rows:
        r.check = check_row(r.row, r.cells, pv.mapping, today=today, office_code=office,
                            id_confirmed=r.row in confirm_rows, accept_suggestions=r.row in accept_rows)
        r.status, r.existing, r.same_as_row = NEW, None, None
    _match(ledger, pv.rows)
    pv.joins = _joins(ledger, pv.rows)
    pv.confirmed = set(confirm_rows)
    pv.accepted = set(accept_rows)
    return pv


def _read(path: Path, sheet: str | None, password: str | None):
    """The sheet named, or the one whose header names the most fields; a note when it is not the first."""
    if sheet:
        return reader.read_sheet(path, sheet, password=password), None
    first = reader.read_sheet(path, None, password=password)
    names = first.sheet_names
    if len(names) <= 1:
        return first, None
    heads = reader.sheet_heads(path, headers.HEADER_SCAN_ROWS, password=password)
    scores = {n: max((headers.header_score(r) for r in rows), default=0) for n, rows in heads.items()}
    best = max(names, key=lambda n: (scores.get(n, 0), -names.index(n)))
    if scores.get(best, 0) < 2:
        raise UserError(f"“{path.name}”的各工作表前{headers.HEADER_SCAN_ROWS}行中都找不到人员台账的表头"
                        f"（至少要有“姓名”“身份证号”等两列可识别的标题）；工作表有：{'、'.join(names)}，"
                        "请指定人员台账所在的工作表", cli_hint="--sheet 工作表名")
    if best == names[0]:
        return first, None
    note = f"第一个工作表“{names[0]}”中没有人员台账，已读取表头最完整的工作表“{best}”（可用 --sheet 另选）"
    return reader.read_sheet(path, best, password=password), note


def _apply_overrides(head, overrides: dict[str, str | None], questions: dict[int, list[str]]) -> None:
    """--map 列名=字段: a heading (as shown, or its own cell's text) to a field key or label; '-' = not imported."""
    known = headers.targets()
    by_label = {v: k for k, v in known.items()}
    by_label.update({v.split("（")[0]: k for k, v in known.items() if v.split("（")[0] not in by_label})
    for name, target in overrides.items():
        cols = [c for c, label in enumerate(head.labels)
                if label == name or label.split("/")[-1] == name or headers.normalize_header(label) ==
                headers.normalize_header(name)]
        if not cols:
            raise ValidationError(f"表头中没有“{name}”这一列；可选：{'、'.join(head.labels)}", "map")
        if len(cols) > 1:
            raise ValidationError(f"表头中有{len(cols)}列都叫“{name}”，请写成“上级表头/列名”", "map")
        col = cols[0]
        if target in (None, "", "-", "不导入"):
            head.mapping.pop(col, None)
        else:
            key = target if target in known else by_label.get(target)
            if key is None:
                raise ValidationError(f"“{target}”不是可导入的字段；可选：{'、'.join(known.values())}", "map")
            for other, t in list(head.mapping.items()):
                if t == key and other != col:
                    head.mapping.pop(other)  # the field moves to the column named
            head.mapping[col] = key
        questions.pop(col, None)


def _check_mapping(mapping: dict[int, str], labels: list[str]) -> None:
    seen: dict[str, int] = {}
    known = headers.targets()
    for col, target in mapping.items():
        if target not in known:
            raise ValidationError(f"第{col + 1}列的对应字段“{target}”无效", "mapping")
        if target in seen:
            raise ValidationError(f"“{labels[seen[target]]}”和“{labels[col] if col < len(labels) else col + 1}”"
                                  f"两列都对应“{known[target]}”，请只保留一列", "mapping")
        seen[target] = col
        if target.startswith("person.") and col < len(labels) and headers.is_serial(labels[col].split("/")[-1]):
            raise ValidationError(f"“{labels[col]}”是序号列，不能对应人员的“{known[target]}”", "mapping")


def _match(ledger: Ledger, rows: list[PreviewRow]) -> None:
    """Mark rows whose person is already in the ledger, or appeared in an earlier row."""
    ids = sorted({r.check.person["id_number"] for r in rows if r.check.ok and r.check.person.get("id_number")})
    found: dict[str, Person] = {}
    with ledger.reading():
        for start in range(0, len(ids), 500):
            for p in Person.select().where(Person.id_number.in_(ids[start:start + 500]) &
                                           (Person.deleted == False)):  # noqa: E712
                found.setdefault(p.id_number, p)
        first_row: dict[str, PreviewRow] = {}
        for r in rows:
            if r.check.errors:
                r.status = REJECTED
                continue
            if r.check.waiting:
                r.status = WAITING
                continue
            if r.check.person_id is not None:
                # a row of an error workbook whose person was stored by the first import
                person = Person.select().where((Person.id == r.check.person_id) &
                                               (Person.deleted == False)).first()  # noqa: E712
                number = r.check.person.get("id_number")
                if person is None or (number and person.id_number and person.id_number != number):
                    r.check.errors.append(f"已导入人员编号 {r.check.person_id} 在台账中不存在或证件号码不符")
                    r.status = REJECTED
                    continue
                r.status = EXISTING
                r.existing = _existing(person, r.check)
                if number:
                    first_row.setdefault(number, r)
                continue
            number = r.check.person.get("id_number")
            if not number:
                continue
            if number in first_row:
                r.status = REPEAT
                r.same_as_row = first_row[number].row
                if r.check.deed is None:
                    r.check.warnings.append(f"与第{r.same_as_row}行是同一人（身份证号相同）")
                else:
                    r.check.warnings.append(f"与第{r.same_as_row}行是同一人，本行事迹记在同一人名下")
                continue
            first_row[number] = r
            person = found.get(number)
            if person is not None:
                r.status = EXISTING
                r.existing = _existing(person, r.check)


def _existing(person: Person, check: RowCheck) -> dict[str, Any]:
    current = to_dict(person, labels=False)
    changes = {}
    for name, value in check.person.items():
        if name in PERSON and value not in (None, "") and current.get(name) != value:
            if name == "migrant_worker" and not value and not current.get(name):
                continue
            changes[name] = [current.get(name), value]
    has_deed = False
    if check.deed:
        has_deed = (DeedPerson.select().join(Deed)
                    .where((DeedPerson.person == person) & (DeedPerson.deleted == False) &  # noqa: E712
                           (Deed.deleted == False) & (Deed.occurred_on == check.deed["occurred_on"]))  # noqa: E712
                    .exists())
    return {"id": person.id, "name": person.name, "changes": changes, "has_deed": has_deed,
            "new_deed": bool(check.deed) and not has_deed}


def _deed_key(check: RowCheck) -> tuple | None:
    """Rows are one deed only when the workbook says so: the same deed number, or the same date,
    place, category and (non-empty) narrative. Anything less is a deed of its own."""
    d = check.deed
    if not d:
        return None
    if check.deed_no:
        return ("no", check.deed_no)
    if not d.get("narrative"):
        return None
    return (d.get("occurred_on"), d.get("place"), d.get("category"), d.get("narrative"))


def _ledger_key(deed: dict[str, Any]) -> tuple | None:
    if not deed.get("narrative"):
        return None
    return (deed["occurred_on"], deed["place"], deed["category"], deed["narrative"])


def _ledger_deeds(rows: list[PreviewRow]) -> dict[tuple, int]:
    """Deeds already in the ledger with the same date, place, category and narrative as a row's deed
    (one query per 500 dates, not one per row): key -> deed id."""
    wanted = {k for r in rows if r.check.deed and (k := _ledger_key(r.check.deed))}
    dates = sorted({k[0] for k in wanted})
    found: dict[tuple, int] = {}
    for start in range(0, len(dates), 500):
        q = (Deed.select(Deed.id, Deed.occurred_on, Deed.place, Deed.category, Deed.narrative)
             .where((Deed.deleted == False) & Deed.occurred_on.in_(dates[start:start + 500]) &  # noqa: E712
                    Deed.narrative.is_null(False)).order_by(Deed.id).tuples())
        for i, on, place, cat, narrative in as_tuples(q):
            if isinstance(on, str):
                on = dt.date.fromisoformat(on[:10])
            key = (on, place, cat, narrative)
            if key in wanted:
                found.setdefault(key, i)
    return found


def _groups(rows: list[PreviewRow]) -> tuple[dict[Any, list[PreviewRow]], list[Any]]:
    groups: dict[Any, list[PreviewRow]] = {}
    order: list[Any] = []
    for r in rows:
        key = _deed_key(r.check) or ("row", r.row)
        if key not in groups:
            groups[key] = []
            order.append(key)
        groups[key].append(r)
    return groups, order


def _joins(ledger: Ledger, rows: list[PreviewRow]) -> list[dict[str, Any]]:
    """Every join the import will make: rows into one deed, and rows onto a deed already in the ledger."""
    live = [r for r in rows if r.status not in (REJECTED, WAITING) and r.check.deed]
    groups, order = _groups(live)
    out: list[dict[str, Any]] = []
    with ledger.reading():
        in_ledger = _ledger_deeds(live)
        for key in order:
            group = groups[key]
            first = group[0].check
            if key[0] == "no":
                for r in group[1:]:
                    d = r.check.deed
                    differs = [label for name, label in (("occurred_on", "发生日期"), ("place", "发生地点"),
                                                         ("category", "行为类别"))
                               if d.get(name) != first.deed.get(name)]
                    if differs:
                        r.check.errors.append(f"事迹编号“{key[1]}”与第{group[0].row}行相同，但{'、'.join(differs)}不同；"
                                              "请核对是否同一事迹")
                        r.status = REJECTED
                group = [r for r in group if r.status != REJECTED]
            existing = in_ledger.get(_ledger_key(first.deed)) if key[0] != "row" else None
            if len(group) > 1 or existing is not None:
                why = (f"事迹编号“{key[1]}”相同" if key[0] == "no" else "发生日期、地点、类别和事迹简介都相同")
                out.append({"rows": [r.row for r in group], "why": why, "deed_id": existing,
                            "title": first.deed.get("title"), "occurred_on": str(first.deed.get("occurred_on"))})
    return out


def join_lines(pv: Preview) -> list[str]:
    lines = []
    for j in pv.joins:
        rows = "、".join(f"第{n}行" for n in j["rows"])
        if len(j["rows"]) == 1:
            lines.append(f"{rows}的事迹即台账中已有的事迹（编号 {j['deed_id']}；{j['why']}），不另建")
            continue
        where = f"，并入台账中已有的事迹（编号 {j['deed_id']}）" if j["deed_id"] else ""
        lines.append(f"{rows}记为同一事迹（{j['why']}）{where}")
    return lines


# -- apply ----------------------------------------------------------------------------------------

@dataclass
class RowFate:
    row: int
    fate: str
    reason: str = ""
    person_id: int | None = None
    deed_id: int | None = None
    deed_waiting: str = ""  # the person is in; the row's deed waits for what it lacks


def apply(ledger: Ledger, pv: Preview, *, choices: dict[int, str] | None = None, on_existing: str = SKIP,
          error_path: str | Path | None = None, progress: ProgressFn | None = None,
          bulk: bool = True) -> dict[str, Any]:
    """Write the valid rows in one transaction; rejected rows go to an error workbook.

    `choices` maps a spreadsheet row number to "update" or "skip" for people already in the ledger;
    rows not named take `on_existing`. Returns the counts, each row's fate and the error file.
    New people and their new deeds are written in bulk (`_Plan`); `bulk=False` writes every record
    through the services one at a time — the same stored result, kept as the reference the tests
    compare the bulk path with.
    """
    if on_existing not in (UPDATE, SKIP):
        raise ValidationError(f"已有人员的处理方式应为 update 或 skip，现为“{on_existing}”", "on_existing")
    if pv.questions:
        raise UserError("列对应还有未确认的列：" + "；".join(pv.question_lines()) +
                        "。请确认这些列对应的字段后再导入")
    choices = choices or {}
    fates: dict[int, RowFate] = {}
    for r in pv.rows:
        if r.check.errors:
            fates[r.row] = RowFate(r.row, REJECTED, "；".join(r.errors + r.check.waiting))
        elif r.check.waiting:
            fates[r.row] = RowFate(r.row, WAITING, "；".join(r.check.waiting))
    groups, order = _groups([r for r in pv.rows if r.row not in fates])
    total = len(order)
    with ledger.atomic() as writer:
        in_ledger = _ledger_deeds([r for r in pv.rows if r.row not in fates])
        plan = _Plan(ledger, Batch(writer), fates, in_ledger,
                     [r for r in pv.rows if r.row not in fates and r.status == NEW])
        for n, key in enumerate(order):
            group = groups[key]
            try:
                planned = bulk and plan.group(group)
            except ValidationError as exc:
                for r in group:
                    fates[r.row] = RowFate(r.row, REJECTED, exc.message)
                planned = True
            if not planned:  # written one record at a time, after what is planned so far
                plan.flush()
                try:
                    with ledger.db.atomic():  # a savepoint: a group that fails leaves nothing behind
                        _apply_group(ledger, group, choices, on_existing, fates, in_ledger)
                except ValidationError as exc:
                    for r in group:
                        fates[r.row] = RowFate(r.row, REJECTED, exc.message)
            elif len(plan.batch) >= 3000:
                plan.flush()
            if progress and n % 200 == 0 and progress(n, total, "写入台账") is False:
                raise Cancelled("已取消导入，台账未作任何改动")
        plan.flush()
    for r in pv.rows:
        f = fates[r.row]
        if r.check.deed_missing and f.fate in (IMPORTED, UPDATED, DUPLICATE):
            f.deed_waiting = (f"事迹缺少{'、'.join(r.check.deed_missing)}，未登记；人员已在台账中（编号 {f.person_id}），"
                              "补充后可再次导入")
    ordered = [fates[r.row] for r in pv.rows]
    counts = {IMPORTED: 0, UPDATED: 0, DUPLICATE: 0, REJECTED: 0, WAITING: 0}
    for f in ordered:
        counts[f.fate] += 1
    counts["deed_waiting"] = sum(1 for f in ordered if f.deed_waiting)
    error_file = None
    rejected_rows = [r for r in pv.rows if fates[r.row].fate in (REJECTED, WAITING) or fates[r.row].deed_waiting]
    if rejected_rows:
        try:
            error_file = write_error_workbook(pv, rejected_rows, fates, error_path)
        except UserError:
            if error_path:
                raise
            # the source folder may be read-only (a USB stick, a mail attachment): the import is
            # already committed, so the rejected rows go to the data folder instead of being lost
            from desktop.store.db import data_dir

            fallback = data_dir() / "imports" / default_error_path(pv.path).name
            error_file = write_error_workbook(pv, rejected_rows, fates, fallback)
    return {
        "file": str(pv.path), "sheet": pv.sheet, "counts": counts, "notes": pv.notes,
        "rows": [f.__dict__ for f in ordered],
        "error_file": str(error_file) if error_file else None,
    }


class _Plan:
    """Groups of new people (and their new deed) planned into a `store.bulk.Batch`: checked by the
    same service rules and stored exactly as `_apply_group` would store them, a few statements per
    chunk instead of a dozen per row. Any other group is written one record at a time (after a
    flush), so what a row finds in the ledger is what the one-by-one import would find."""

    def __init__(self, ledger: Ledger, batch: Batch, fates: dict[int, RowFate], in_ledger: dict[tuple, Any],
                 new_rows: list[PreviewRow]):
        self.ledger, self.batch, self.fates, self.in_ledger = ledger, batch, fates, in_ledger
        # a NEW row's number was in neither the ledger nor an earlier row at preview time; the
        # persons service still refuses a duplicate made since then (one query per 500 numbers)
        self.holders = persons_service.live_holders([r.check.person.get("id_number") for r in new_rows])
        self.numbers: set[str] = set()  # numbers of the people planned and not yet written
        self.written: list[tuple[RowFate, Ref, Ref | None]] = []
        self.allowed = False

    def group(self, group: list[PreviewRow]) -> bool:
        """Plan the group's records; False when it must be written one record at a time."""
        if any(r.status != NEW for r in group):
            return False
        people = []
        for r in group:
            values = _form_values({k: v for k, v in r.check.person.items() if k in PERSON})
            outcome = r.check.link.get("outcome") if r.check.deed else None
            if outcome and "state" not in values:
                values["state"] = {"unhurt": "unhurt", "injured": "injured", "disabled": "disabled",
                                   "died": "deceased"}[outcome]
            values = dict[str, Any](persons_service.checked_new_person(values))
            if not self.allowed:  # where create_person asks
                self.ledger.require("edit_records")
                self.allowed = True
            number = values.get("id_number")
            if number in self.numbers:
                return False  # the one-by-one service would find the person planned before
            if number and number != r.check.person.get("id_number"):  # checked again: not looked up yet
                self.holders.update(persons_service.live_holders([number]))
            if number and number in self.holders:
                persons_service.refuse_duplicate(values, self.holders[number])
            people.append(values)
        participants = [(r, values) for r, values in zip(group, people) if r.check.deed]
        deed: dict[str, Any] | None = None
        links: list[dict[str, Any]] = []
        key = None
        if participants:
            deed_values: dict[str, Any] = participants[0][0].check.deed or {}
            key = _ledger_key(deed_values)
            existing = self.in_ledger.get(key) if key is not None else None
            if existing is not None:
                return False  # joins a deed already written: one record at a time
            if any(deeds_service.raises_state(values.get("state"), r.check.link.get("outcome", "unhurt"))
                   for r, values in participants):
                return False  # the deeds service would update the person after creating it
            deed, links = deeds_service.checked_new_deed(self.ledger, deed_values,
                                                         [dict(r.check.link) for r, _ in participants])
        refs = {}
        for r, values in zip(group, people):
            refs[r.row] = self.batch.create(Person, values)
            if values.get("id_number"):
                self.numbers.add(values["id_number"])
        deed_ref = None
        if deed is not None:
            deed_ref = self.batch.create(Deed, deed)
            for (r, _), link in zip(participants, links):
                self.batch.create(DeedPerson, {**link, "deed": deed_ref, "person": refs[r.row]})
            if key is not None:
                self.in_ledger.setdefault(key, deed_ref)
        for r in group:
            fate = self.fates[r.row] = RowFate(r.row, IMPORTED, "")
            self.written.append((fate, refs[r.row], deed_ref if r.check.deed else None))
        return True

    def flush(self) -> None:
        self.batch.flush()
        for fate, person, deed in self.written:
            fate.person_id = person.id
            fate.deed_id = deed.id if deed is not None else None
        self.written.clear()
        self.numbers.clear()
        for key, value in self.in_ledger.items():
            if isinstance(value, Ref):
                self.in_ledger[key] = value.id


def _apply_group(ledger: Ledger, group: list[PreviewRow], choices: dict[int, str], on_existing: str,
                 fates: dict[int, RowFate], in_ledger: dict[tuple, int]) -> None:
    participants: list[tuple[PreviewRow, int]] = []
    for r in group:
        person_id, fate, reason = _apply_person(ledger, r, choices.get(r.row, on_existing), fates)
        fates[r.row] = RowFate(r.row, fate, reason, person_id)
        if fate != DUPLICATE and r.check.deed:
            participants.append((r, person_id))
    if not participants:
        return
    deed_values = participants[0][0].check.deed
    # a deed already in the ledger is the same deed only with the same date, place, category and
    # narrative (a deed with no narrative is a deed of its own)
    existing_id = in_ledger.get(_ledger_key(deed_values))
    if existing_id is None:
        seen: set[int] = set()
        people = []
        for r, pid in participants:
            if pid in seen:
                continue
            seen.add(pid)
            people.append({"person_id": pid, **r.check.link})
        deed = deeds_service.record_deed(ledger, deed_values, people)
        deed_id = deed["id"]
        key = _ledger_key(deed_values)
        if key is not None:
            in_ledger.setdefault(key, deed_id)
    else:
        deed_id = existing_id
        for r, pid in participants:
            linked = DeedPerson.select().where((DeedPerson.deed == existing_id) & (DeedPerson.person == pid) &
                                               (DeedPerson.deleted == False)).exists()  # noqa: E712
            if linked:
                if fates[r.row].fate == UPDATED and not fates[r.row].reason:
                    fates[r.row].reason = "该事迹已在台账中，未重复登记"
                continue
            deeds_service.set_participant(ledger, existing_id, pid, r.check.link.get("outcome", "unhurt"),
                                          r.check.link.get("role"))
    for r, _ in participants:
        fates[r.row].deed_id = deed_id


def _apply_person(ledger: Ledger, r: PreviewRow, choice: str,
                  fates: dict[int, RowFate]) -> tuple[int, str, str]:
    values = {k: v for k, v in r.check.person.items() if k in PERSON}
    number = values.get("id_number")
    person = None
    # a NEW row's number was in neither the ledger nor an earlier row at preview time; the persons
    # service still refuses a duplicate made since then
    if number and r.status != NEW:
        person = Person.select().where((Person.id_number == number) & (Person.deleted == False)).first()  # noqa: E712
    if person is None:
        values = _form_values(values)
        outcome = r.check.link.get("outcome") if r.check.deed else None
        if outcome and "state" not in values:
            # the state the deed will give: saves the deeds service a second write of the person
            values["state"] = {"unhurt": "unhurt", "injured": "injured", "disabled": "disabled",
                               "died": "deceased"}[outcome]
        created = persons_service.create_person(ledger, values)
        return created["id"], IMPORTED, ""
    if r.status == REPEAT:
        first = fates.get(r.same_as_row)
        if first is not None and first.fate == DUPLICATE:
            return person.id, DUPLICATE, f"与第{r.same_as_row}行同一人，该人员按选择未导入"
        if not r.check.deed:
            return person.id, DUPLICATE, f"与第{r.same_as_row}行重复（身份证号相同）"
        return person.id, IMPORTED if first is None or first.fate == IMPORTED else first.fate, \
            f"与第{r.same_as_row}行同一人，本行事迹记在其名下"
    if r.status != EXISTING:
        # created by an earlier row of this import (no preview match): the same person again
        return person.id, IMPORTED, "与前面的行同一人"
    changes = {k: v for k, v in values.items()
               if v not in (None, "") and to_dict(person, labels=False).get(k) != v and k != "id_number"}
    if "migrant_worker" in changes and not changes["migrant_worker"]:
        changes.pop("migrant_worker")
    has_new_deed = bool(r.check.deed) and not (r.existing or {}).get("has_deed")
    if choice != UPDATE:
        if has_new_deed:  # the person stays as they are; the deed the row brings is recorded
            return person.id, UPDATED, f"台账中已有此人（{person.name}，编号 {person.id}），人员信息未改，登记了本行事迹"
        return person.id, DUPLICATE, f"台账中已有此人（{person.name}，编号 {person.id}），按选择未导入"
    if not changes and not has_new_deed:
        return person.id, DUPLICATE, f"与台账中已有人员（编号 {person.id}）完全相同"
    if changes:
        persons_service.update_person(ledger, person.id, _form_values(changes))
    return person.id, UPDATED, ""


def _form_values(values: dict[str, Any]) -> dict[str, Any]:
    """Stored values back into what the persons service accepts (it checks them again)."""
    out = {}
    for k, v in values.items():
        if k in PERSON:
            out[k] = v
    return out


# -- the error workbook -------------------------------------------------------------------------

def default_error_path(source: Path) -> Path:
    stamp = dt.datetime.now().strftime("%Y%m%d%H%M%S")
    return source.with_name(f"{source.stem}_未导入行_{stamp}.xlsx")


def write_error_workbook(pv: Preview, rows: list[PreviewRow], fates: dict[int, RowFate],
                         path: str | Path | None = None) -> Path:
    """The rows not (fully) imported, each cell as the office typed it (a number as Excel showed it,
    never rebuilt from a float), with 错误原因, 原行号 and, for a person already stored, 已导入人员编号:
    fixed and imported again, it makes no duplicates."""
    from desktop.tabular.writer import TEXT, Column, XlsxWriter

    path = Path(path) if path else default_error_path(pv.path)
    width = max([len(pv.labels)] + [len(r.cells) for r in rows])
    # the heading as written in its own cell ("事迹情况/地点" → "地点") so it maps again on re-import
    columns = [Column(f"c{i}", pv.labels[i].split("/")[-1] if i < len(pv.labels) else f"第{i + 1}列", TEXT)
               for i in range(width) if pv.labels[i:i + 1] != [PERSON_ID_COLUMN]
               and pv.labels[i:i + 1] != [ERROR_COLUMN] and pv.labels[i:i + 1] != ["原行号"]]
    columns.append(Column("person_id", PERSON_ID_COLUMN, TEXT, width=14))
    columns.append(Column("reason", ERROR_COLUMN, TEXT, width=60))
    columns.append(Column("row", "原行号", "int", width=8))

    def out_rows():
        for r in rows:
            values = {f"c{i}": cells.shown_text(r.cells[i]) if i < len(r.cells) else None for i in range(width)}
            f = fates[r.row]
            values["person_id"] = str(f.person_id) if f.deed_waiting and f.person_id else None
            values["reason"] = "；".join(x for x in (f.reason if f.fate in (REJECTED, WAITING) else "",
                                                     f.deed_waiting) if x)
            values["row"] = r.row
            yield values

    w = XlsxWriter(path)
    w.sheet("未导入的行", columns, out_rows())
    return w.save()


def explain_target(target: str | None) -> str:
    if not target:
        return "（不导入）"
    return headers.targets().get(target, target)


def stored_text(check: RowCheck, target: str) -> str:
    """A field of a checked row as it will be stored, in words (codes shown by their label)."""
    prefix, name = target.split(".", 1)
    source = {"person": check.person, "deed": check.deed or {}, "link": check.link}[prefix]
    value = source.get(name)
    if value is None:
        return ""
    spec = headers.spec_of(target)
    if spec.kind == "code":
        return codes.label(spec.code_list, value)
    if spec.kind == "bool":
        return "是" if value else "否"
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


STORED_COLUMNS = ["person.name", "person.id_number", "person.gender", "person.birth_date", "person.ethnicity",
                  "person.hukou_address", "person.migrant_worker", "person.phone", "person.employer",
                  "deed.occurred_on", "deed.place", "deed.division_code", "deed.category", "link.outcome",
                  "deed.title"]
