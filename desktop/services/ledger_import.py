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
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from desktop.domain import codes
from desktop.domain.errors import Cancelled, UserError, ValidationError
from desktop.domain.record_fields import PERSON
from desktop.services import deeds as deeds_service
from desktop.services import persons as persons_service
from desktop.services.ledger import Ledger
from desktop.services.records import to_dict
from desktop.store.models import Deed, DeedPerson, Person
from desktop.tabular import cells, headers, reader
from desktop.tabular.checks import RowCheck, check_row

# what happens to a row
NEW, EXISTING, REPEAT, REJECTED = "new", "existing", "repeat", "rejected"
IMPORTED, UPDATED, DUPLICATE = "imported", "updated", "duplicate"
UPDATE, SKIP = "update", "skip"
FATE_LABELS = {IMPORTED: "新增", UPDATED: "更新", DUPLICATE: "重复未导入", REJECTED: "未通过检查"}
STATUS_LABELS = {NEW: "新人员", EXISTING: "台账中已有", REPEAT: "与前面行同一人", REJECTED: "有错误"}
ERROR_COLUMN = "错误原因"


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

    def counts(self) -> dict[str, int]:
        out = {NEW: 0, EXISTING: 0, REPEAT: 0, REJECTED: 0}
        for r in self.rows:
            out[r.status] += 1
        out["rows"] = len(self.rows)
        out["warnings"] = sum(1 for r in self.rows if r.warnings)
        return out

    def to_dict(self, limit: int | None = None) -> dict[str, Any]:
        return {
            "file": str(self.path), "sheet": self.sheet, "sheets": self.sheet_names, "encoding": self.encoding,
            "header_row": self.header_row,
            "mapping": {self.labels[c] if c < len(self.labels) else str(c): t for c, t in self.mapping.items()},
            "counts": self.counts(), "notes": self.notes,
            "rows": [row_dict(r) for r in self.rows[:limit]],
        }


def row_dict(r: PreviewRow) -> dict[str, Any]:
    return {"row": r.row, "status": r.status, "person": r.check.person, "deed": r.check.deed,
            "outcome": r.check.link.get("outcome"), "errors": r.errors, "warnings": r.warnings,
            "existing": r.existing}


ProgressFn = Callable[[int, int, str], Any]


def preview(ledger: Ledger, path: str | Path, *, sheet: str | None = None,
            mapping: dict[int, str | None] | None = None, progress: ProgressFn | None = None) -> Preview:
    """Read and check the whole file without writing anything."""
    path = Path(path)
    data = reader.read_sheet(path, sheet)
    head = headers.find_header(data.rows)
    if head is None:
        raise UserError(f"在“{path.name}”的工作表“{data.name}”前{headers.HEADER_SCAN_ROWS}行中找不到表头"
                        "（至少要有“姓名”“身份证号”等两列可识别的标题）；请检查工作表是否选对")
    if mapping is not None:
        head.mapping = {int(c): t for c, t in mapping.items() if t}
    _check_mapping(head.mapping, head.labels)
    today = ledger.today()
    office = ledger.office_code_or_blank()
    rows: list[PreviewRow] = []
    notes: list[str] = []
    body = data.rows[head.row:]
    total = len(body)
    for i, raw in enumerate(body):
        row_no = head.row + 1 + i
        skip = headers.is_skip_row(raw)
        if skip:
            notes.append(f"第{row_no}行：{skip}，已跳过")
            continue
        check = check_row(row_no, raw, head.mapping, today=today, office_code=office)
        rows.append(PreviewRow(row_no, raw, check))
        if progress and i % 500 == 0 and progress(i, total, "检查数据") is False:
            raise Cancelled("已取消")
    _match(ledger, rows)
    return Preview(path, data.name, data.sheet_names, data.encoding, head.row, head.labels, head.mapping,
                   rows, notes)


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
    if "person.name" not in seen:
        raise ValidationError("没有对应“姓名”的列：请在列对应中指定哪一列是姓名", "mapping")


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
            if not r.check.ok:
                r.status = REJECTED
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
    d = check.deed
    if not d:
        return None
    return (d.get("occurred_on"), d.get("place"), d.get("category"), d.get("narrative") or d.get("title"))


# -- apply ----------------------------------------------------------------------------------------

@dataclass
class RowFate:
    row: int
    fate: str
    reason: str = ""
    person_id: int | None = None
    deed_id: int | None = None


def apply(ledger: Ledger, pv: Preview, *, choices: dict[int, str] | None = None, on_existing: str = SKIP,
          error_path: str | Path | None = None, progress: ProgressFn | None = None) -> dict[str, Any]:
    """Write the valid rows in one transaction; rejected rows go to an error workbook.

    `choices` maps a spreadsheet row number to "update" or "skip" for people already in the ledger;
    rows not named take `on_existing`. Returns the counts, each row's fate and the error file.
    """
    if on_existing not in (UPDATE, SKIP):
        raise ValidationError(f"已有人员的处理方式应为 update 或 skip，现为“{on_existing}”", "on_existing")
    choices = choices or {}
    fates: dict[int, RowFate] = {}
    for r in pv.rows:
        if not r.check.ok:
            fates[r.row] = RowFate(r.row, REJECTED, "；".join(r.errors))
    groups: dict[Any, list[PreviewRow]] = {}
    order: list[Any] = []
    for r in pv.rows:
        if r.row in fates:
            continue
        key = _deed_key(r.check) or ("row", r.row)
        if key not in groups:
            groups[key] = []
            order.append(key)
        groups[key].append(r)
    total = len(order)
    with ledger.atomic():
        for n, key in enumerate(order):
            group = groups[key]
            try:
                with ledger.db.atomic():  # a savepoint: a group that fails leaves nothing behind
                    _apply_group(ledger, group, choices, on_existing, fates)
            except ValidationError as exc:
                for r in group:
                    fates[r.row] = RowFate(r.row, REJECTED, exc.message)
            if progress and n % 200 == 0 and progress(n, total, "写入台账") is False:
                raise Cancelled("已取消导入，台账未作任何改动")
    ordered = [fates[r.row] for r in pv.rows]
    counts = {IMPORTED: 0, UPDATED: 0, DUPLICATE: 0, REJECTED: 0}
    for f in ordered:
        counts[f.fate] += 1
    error_file = None
    rejected_rows = [r for r in pv.rows if fates[r.row].fate == REJECTED]
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


def _apply_group(ledger: Ledger, group: list[PreviewRow], choices: dict[int, str], on_existing: str,
                 fates: dict[int, RowFate]) -> None:
    participants: list[tuple[PreviewRow, int]] = []
    for r in group:
        person_id, fate, reason = _apply_person(ledger, r, choices.get(r.row, on_existing), fates)
        fates[r.row] = RowFate(r.row, fate, reason, person_id)
        if fate != DUPLICATE and r.check.deed:
            participants.append((r, person_id))
    if not participants:
        return
    deed_values = participants[0][0].check.deed
    # a deed already in the ledger on the same day at the same place is the same deed
    existing = (Deed.select(Deed.id).where((Deed.deleted == False) &  # noqa: E712
                                    (Deed.occurred_on == deed_values["occurred_on"]) &
                                    (Deed.place == deed_values["place"])).first())
    if existing is None:
        seen: set[int] = set()
        people = []
        for r, pid in participants:
            if pid in seen:
                continue
            seen.add(pid)
            people.append({"person_id": pid, **r.check.link})
        deed = deeds_service.record_deed(ledger, deed_values, people)
        deed_id = deed["id"]
    else:
        deed_id = existing.id
        for r, pid in participants:
            linked = DeedPerson.select().where((DeedPerson.deed == existing) & (DeedPerson.person == pid) &
                                               (DeedPerson.deleted == False)).exists()  # noqa: E712
            if linked:
                if fates[r.row].fate == UPDATED and not fates[r.row].reason:
                    fates[r.row].reason = "该事迹已在台账中，未重复登记"
                continue
            deeds_service.set_participant(ledger, existing.id, pid, r.check.link.get("outcome", "unhurt"),
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
    """The rejected rows with their original columns and a 错误原因 column, ready to fix and re-import."""
    from desktop.tabular.writer import IDTEXT, TEXT, Column, XlsxWriter

    path = Path(path) if path else default_error_path(pv.path)
    width = max([len(pv.labels)] + [len(r.cells) for r in rows])
    id_cols = {c for c, t in pv.mapping.items() if t in ("person.id_number", "person.bank_account", "person.phone")}
    date_cols = {c for c, t in pv.mapping.items()
                 if t and headers.spec_of(t).kind == "date"}
    # the heading as written in its own cell ("事迹情况/地点" → "地点") so it maps again on re-import
    columns = [Column(f"c{i}", pv.labels[i].split("/")[-1] if i < len(pv.labels) else f"第{i + 1}列",
                      IDTEXT if i in id_cols else TEXT) for i in range(width)]
    columns.append(Column("reason", ERROR_COLUMN, TEXT, width=60))
    columns.append(Column("row", "原行号", "int", width=8))

    def out_rows():
        for r in rows:
            values = {}
            for i in range(width):
                v = r.cells[i] if i < len(r.cells) else None
                if i in id_cols and isinstance(v, (int, float)):
                    v = cells.text_of(v)  # still wrong: the user re-types it from the original
                if i in date_cols and isinstance(v, dt.datetime):
                    v = v.date().isoformat()
                values[f"c{i}"] = v
            values["reason"] = fates[r.row].reason
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
