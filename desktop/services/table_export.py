"""Exporting a table as it is filtered and sorted on screen to .xlsx.

`export_rows(path, columns, rows)` writes rows the caller already has; `export_query(ledger, kind,
path, text, filters, columns)` runs the same query as the people/deeds/cases/awards table and
streams it (openpyxl write_only mode, rows fetched from a server-side iterator in pages), so a
million-row table never sits in memory. Dates are real dates, money real numbers, ID numbers text.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from peewee import Database

from desktop.domain import codes, divisions, workflow
from desktop.domain.errors import ValidationError
from desktop.services.deeds import deed_query
from desktop.services.ledger import Ledger
from desktop.services.records import to_dict
from desktop.store import person_search
from desktop.store.models import Award, CommendationBatch, ConfirmationCase, Deed, Person
from desktop.tabular.writer import DATE, IDTEXT, INT, MONEY, TEXT, Column, write_table

PAGE = 2000
ColumnsArg = Iterable[Column | tuple[str, str] | tuple[str, str, str] | str] | None

DEFAULT_COLUMNS: dict[str, list[Column]] = {
    "person": [Column("id", "编号", INT), Column("name", "姓名"), Column("gender_label", "性别"),
               Column("ethnicity_label", "民族"), Column("birth_date", "出生日期", DATE),
               Column("id_number", "证件号码", IDTEXT), Column("hukou_address", "户籍地"),
               Column("migrant_worker", "外来务工人员"), Column("employer", "工作单位"),
               Column("phone", "联系电话", IDTEXT), Column("state_label", "人员状态")],
    "deed": [Column("id", "编号", INT), Column("title", "事迹标题"), Column("occurred_on", "发生日期", DATE),
             Column("occurred_time", "发生时间"), Column("division_name", "发生地区划"), Column("place", "发生地点"),
             Column("category_label", "行为类别"), Column("police_report_no", "接报警情编号", IDTEXT)],
    "case": [Column("id", "编号", INT), Column("deed_title", "事迹"), Column("source_label", "案件来源"),
             Column("received_on", "收到日期", DATE), Column("state_label", "办理状态"),
             Column("decision_label", "决定"), Column("decision_no", "决定文号"),
             Column("decision_date", "决定日期", DATE)],
    "award": [Column("id", "编号", INT), Column("year", "年度", INT), Column("batch_title", "表彰批次"),
              Column("level_label", "表彰级别"), Column("person_name", "姓名"), Column("honour_title", "荣誉称号"),
              Column("merit_label", "记功"), Column("amount", "奖励金额（元）", MONEY),
              Column("payment_state_label", "发放状态"), Column("paid_on", "发放日期", DATE),
              Column("certificate_no", "证书编号", IDTEXT)],
}
TITLES = {"person": "见义勇为人员", "deed": "事迹", "case": "确认案件", "award": "表彰奖励"}
_KIND_OF_KEY = {"amount": MONEY, "id_number": IDTEXT, "phone": IDTEXT, "bank_account": IDTEXT}


def export_rows(path: str | Path, columns: ColumnsArg, rows: Iterable[dict[str, Any] | list[Any]], *,
                title: str = "数据", caption: str | None = None) -> int:
    """Write rows (dicts keyed by column key, or lists in column order); returns how many."""
    return write_table(path, _columns(columns, None), rows, title=title, caption=caption)


def export_query(ledger: Ledger, kind: str, path: str | Path, text: str = "",
                 filters: dict[str, Any] | None = None, columns: ColumnsArg = None, *,
                 order: list[tuple[str, bool]] | None = None,
                 progress: Callable[[int], Any] | None = None, full: bool = False) -> int:
    """Export a table's query (same search text and filters as on screen); returns the row count.

    `order` is [(column key, descending)] as sorted on screen; unknown keys are ignored.
    ID numbers, phones and bank accounts are masked unless `full` and the role may see them.
    """
    from desktop.services.privacy import protect_rows

    if kind not in DEFAULT_COLUMNS:
        raise ValidationError(f"无法导出“{kind}”：可导出 person、deed、case、award", "kind")
    cols = _columns(columns, kind)
    rows = protect_rows(ledger, _stream(ledger, kind, text, filters or {}, order or []), full=full)
    return write_table(path, cols, rows, title=TITLES[kind], progress=progress)


def _columns(columns: ColumnsArg, kind: str | None) -> list[Column]:
    if columns is None:
        if kind is None:
            raise ValidationError("请指定导出的列", "columns")
        return DEFAULT_COLUMNS[kind]
    defaults = {c.key: c for c in DEFAULT_COLUMNS.get(kind or "", [])}
    out = []
    for c in columns:
        if isinstance(c, Column):
            out.append(c)
        elif isinstance(c, str):
            out.append(defaults.get(c) or Column(c, c, _guess_kind(c)))
        elif len(c) == 3:
            out.append(Column(c[0], c[1], c[2]))
        else:
            base = defaults.get(c[0])
            out.append(Column(c[0], c[1], base.kind if base else _guess_kind(c[0])))
    return out


def _guess_kind(key: str) -> str:
    if key in _KIND_OF_KEY:
        return _KIND_OF_KEY[key]
    if key.endswith("_on") or key.endswith("_date"):
        return DATE
    return TEXT


def _query(db: Database, kind: str, text: str, filters: dict[str, Any]):
    if kind == "person":
        return person_search.query(db, text, filters), Person, [Person.name_pinyin, Person.id]
    if kind == "deed":
        return deed_query(db, text, filters), Deed, [Deed.occurred_on.desc(), Deed.id.desc()]
    if kind == "case":
        from desktop.services.cases import case_query
        q = case_query(filters)
        if text:
            q = q.where(Deed.title.contains(text) | ConfirmationCase.decision_no.contains(text) |
                        ConfirmationCase.applicant_name.contains(text))
        return q, ConfirmationCase, [ConfirmationCase.received_on.desc(), ConfirmationCase.id.desc()]
    q = (Award.select(Award, CommendationBatch, Person).join(CommendationBatch).switch(Award).join(Person)
         .where((Award.deleted == False) & (CommendationBatch.deleted == False)))  # noqa: E712
    for key, value in filters.items():
        if value in (None, ""):
            continue
        if key == "year":
            q = q.where(CommendationBatch.year == int(value))
        elif key == "level":
            q = q.where(CommendationBatch.level == value)
        elif key == "payment_state":
            q = q.where(Award.payment_state == value)
        elif key == "batch":
            q = q.where(Award.batch == int(value))
        elif key == "migrant_worker":
            q = q.where(Person.migrant_worker == bool(value))
        else:
            raise ValidationError(f"未知的筛选条件“{key}”", key)
    if text:
        q = q.where(Person.name.contains(text) | Award.honour_title.contains(text) |
                    CommendationBatch.title.contains(text))
    return q, Award, [CommendationBatch.year.desc(), Award.roll_order, Award.id]


def _stream(ledger: Ledger, kind: str, text: str, filters: dict[str, Any],
            order: list[tuple[str, bool]]) -> Iterator[dict[str, Any]]:
    with ledger.reading():
        q, model, default_order = _query(ledger.db, kind, text, filters)
        ordering = []
        for key, desc in order:
            field = model._meta.fields.get(key.removesuffix("_label").removesuffix("_name"))
            if field is not None:
                ordering.append(field.desc() if desc else field.asc())
        ordering += [model.id.desc() if order and order[0][1] else model.id] if ordering else default_order
        # the ordered ids first (small), then the records page by page: memory stays flat and each
        # page is one indexed lookup, where OFFSET paging would rescan the table for every page
        ids = [row[0] for row in q.select(model.id).order_by(*ordering).tuples().iterator()]
    for start in range(0, len(ids), PAGE):
        chunk = ids[start:start + PAGE]
        with ledger.reading():
            base, _, _ = _query(ledger.db, kind, "", {})
            by_id = {record.id: record for record in base.where(model.id.in_(chunk))}
        for record_id in chunk:
            record = by_id.get(record_id)
            if record is not None:
                yield _row(kind, record)


def _row(kind: str, record) -> dict[str, Any]:
    item = to_dict(record)
    if kind == "person":
        item["migrant_worker"] = "是" if record.migrant_worker else "否"
    elif kind == "deed":
        d = divisions.get(record.division_code)
        item["division_name"] = d.name if d else record.division_code
    elif kind == "case":
        item["state_label"] = workflow.state_label(record.state)
        item["deed_title"] = record.deed.title
        item["decision_label"] = codes.label("decision", record.decision)
    elif kind == "award":
        item.update(year=record.batch.year, batch_title=record.batch.title,
                    level_label=codes.label("commendation_level", record.batch.level),
                    person_name=record.person.name)
    return item
