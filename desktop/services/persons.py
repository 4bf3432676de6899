"""People (见义勇为人员) and their family members: create, edit, find, show everything."""

from __future__ import annotations

import datetime as dt
import unicodedata
from functools import lru_cache
from typing import Any

from peewee import SQL, BooleanField, DateField, DateTimeField, Tuple, fn

from desktop.domain import codes, divisions, names
from desktop.domain.errors import ValidationError
from desktop.domain.fields import coerce_all
from desktop.domain.id_number import validate_document
from desktop.domain.record_fields import FAMILY, PERSON
from desktop.services.ledger import Ledger
from desktop.services.records import KIND_LISTS, LABELLED, STATE_LISTS, get_live, to_dict
from desktop.store import search
from desktop.store.db import database
from desktop.store.models import (
    Award, CommendationBatch, ConfirmationCase, Deed, DeedPerson, FamilyMember, GuaranteeItem,
    IssuedDocument, Person, PublicityItem, Visit,
)


def _derive(data: dict[str, Any], current: dict[str, Any] | None) -> dict[str, Any]:
    """Check the person's fields together and fill what the ID number tells (birth date, gender)."""
    merged = dict(current or {})
    merged.update(data)
    if "name" in data:
        name = names.normalize_name(data["name"])
        if not name:
            raise ValidationError("姓名不能为空", "name")
        data["name"] = name
        data["name_pinyin"] = names.pinyin_full(name)
        data["name_initials"] = names.pinyin_initials(name)
    id_type = merged.get("id_type") or "resident"
    if "id_type" in data and not data["id_type"]:
        data["id_type"] = "resident"
    if merged.get("id_number") and ({"id_number", "id_type", "birth_date", "gender"} & data.keys()):
        typed_birth = data.get("birth_date") if "birth_date" in data else None
        typed_gender = data.get("gender") if "gender" in data else None
        check = validate_document(id_type, merged["id_number"], birth_date=typed_birth,
                                  gender=typed_gender, field="id_number")
        data["id_number"] = check.number
        if check.birth_date and not merged.get("birth_date") or check.birth_date and "id_number" in data:
            data["birth_date"] = check.birth_date
        if check.gender and not merged.get("gender") or check.gender and "id_number" in data:
            data["gender"] = check.gender
        if id_type == "resident" and not merged.get("hukou_division"):
            data["hukou_division"] = check.number[:6]
    if "id_number" in data:
        data["id_rev"] = data["id_number"][::-1] if data["id_number"] else None
    if data.get("hukou_division"):
        code = unicodedata.normalize("NFKC", str(data["hukou_division"])).strip()
        if not divisions.is_valid_address_code(code):
            raise ValidationError(f"户籍地区划代码“{code}”不是有效的行政区划代码", "hukou_division")
        data["hukou_division"] = code
    return data


class _Dup:
    def __init__(self, id: int, name: str):
        self.id, self.name = id, name


def _duplicate_of(id_number: str | None, exclude_id: int | None = None) -> _Dup | None:
    """The live person holding this document number, if any (raw SQL: this runs on every save)."""
    if not id_number:
        return None
    db = Person._meta.database
    p = db.param
    sql = f'SELECT "id", "name" FROM "person" WHERE "id_number" = {p} AND "deleted" = {p}'
    params: list = [id_number, False]
    if exclude_id:
        sql += f' AND "id" <> {p}'
        params.append(exclude_id)
    row = db.execute_sql(sql + " LIMIT 1", params).fetchone()
    return _Dup(row[0], row[1]) if row else None


def create_person(ledger: Ledger, data: dict[str, Any], *, allow_duplicate: bool = False) -> dict[str, Any]:
    """Create a person after checking every field; the same ID number twice is refused."""
    values = checked_new_person(data)
    ledger.require("edit_records")
    with ledger.atomic() as w:
        dup = _duplicate_of(values.get("id_number"))
        if dup and not allow_duplicate:
            refuse_duplicate(values, dup)
        person = w.create(Person, values)
    return to_dict(person)


def checked_new_person(data: dict[str, Any]) -> dict[str, Any]:
    """The values `create_person` stores for `data`: every field checked, pinyin and the rest derived."""
    return _derive(coerce_all(PERSON, data), None)


def refuse_duplicate(values: dict[str, Any], dup: _Dup) -> None:
    raise ValidationError(f"证件号码 {values['id_number']} 已登记为“{dup.name}”（编号 {dup.id}），"
                          "请勿重复录入", "id_number")


def live_holders(numbers: list[str | None]) -> dict[str, _Dup]:
    """The live person holding each of these document numbers (one query per 500 numbers)."""
    db = Person._meta.database
    p = db.param
    out: dict[str, _Dup] = {}
    unique = sorted({n for n in numbers if n})
    for start in range(0, len(unique), 500):
        part = unique[start:start + 500]
        rows = db.execute_sql(f'SELECT "id", "name", "id_number" FROM "person" WHERE "deleted" = {p} AND '
                              f'"id_number" IN ({", ".join([p] * len(part))}) ORDER BY "id"', [False, *part])
        for pid, name, number in rows.fetchall():
            out.setdefault(number, _Dup(pid, name))
    return out


def update_person(ledger: Ledger, ref: Any, changes: dict[str, Any], *,
                  expected_version: int | None = None) -> dict[str, Any]:
    """Change some fields of a person (same checks as creating); versioned and audited."""
    values = coerce_all(PERSON, changes, partial=True)
    for name in ("name",):
        if name in values and not values[name]:
            raise ValidationError("姓名不能为空", name)
    ledger.require("edit_records")
    with ledger.atomic() as w:
        person = get_live(Person, ref, "人员")
        current = to_dict(person, labels=False)
        values = _derive(values, current)
        if values.get("id_number") and values["id_number"] != person.id_number:
            dup = _duplicate_of(values["id_number"], person.id)
            if dup:
                raise ValidationError(f"证件号码 {values['id_number']} 已登记为“{dup.name}”（编号 {dup.id}）",
                                      "id_number")
        w.update(person, values, expected_version)
    return to_dict(person)


def delete_person(ledger: Ledger, ref: Any, *, expected_version: int | None = None) -> None:
    ledger.require("edit_records")
    with ledger.atomic() as w:
        person = get_live(Person, ref, "人员")
        w.delete(person, expected_version)


def get_person(ledger: Ledger, ref: Any) -> dict[str, Any]:
    with ledger.reading():
        return to_dict(get_live(Person, ref, "人员"))


# -- search -----------------------------------------------------------------

def _id_like(text: str) -> str | None:
    s = unicodedata.normalize("NFKC", text).replace(" ", "").upper()
    if len(s) >= 4 and s[:-1].isdigit() and (s[-1].isdigit() or s[-1] == "X"):
        return s
    return None


def search_plan(text: str) -> tuple[str, str] | None:
    """Which index answers the search box's text: (branch, value), or None for no text.

    - "id": an ID number of 15 or 18 characters — equality on id_number;
    - "id_tail": 4+ trailing digits of an ID number — prefix of the reversed number (id_rev);
    - "pinyin": Latin letters — prefix of the pinyin initials (zs) or of the full pinyin (zhangsan);
    - "text": 3+ other characters — anywhere in name, employer, addresses, occupation or notes
      (FTS5 trigram on SQLite, pg_trgm on PostgreSQL);
    - "name": 1-2 other characters — the start of the name (张, 欧阳); only when no name starts so,
      anywhere in the name ("name_anywhere": 喆 finds 王喆), by the name-part indexes of
      migration 6.
    """
    text = (text or "").strip()
    if not text:
        return None
    digits = _id_like(text)
    if digits and len(digits) in (15, 18):
        return "id", digits
    if digits:
        return "id_tail", digits[::-1]
    if text.isascii() and text.replace(" ", "").isalpha():
        return "pinyin", text.replace(" ", "").lower()
    t = names.normalize_name(text)
    if len(t) >= search.MIN_FTS_CHARS:
        return "text", t
    return "name", t


def _condition(branch: str, value: str):
    """The plan as a peewee condition on Person (for person_query and everything built on it)."""
    if branch == "id":
        return Person.id_number == value
    if branch == "id_tail":
        return search.prefix(Person.id_rev, value)
    if branch == "pinyin":
        # Both halves start with the same letter (tests/domain/test_fields_names_codes.py): saying so lets a filtered table
        # walk that letter's stretch of the pinyin order instead of all of it ("x" + 牺牲 on
        # PostgreSQL: 2.4 s). Pinyin is a-z, so on PostgreSQL its prefix is also a range.
        # Only when many people have the initials: for rare ones the indexes of both halves are best.
        pinyin = search.prefix(Person.name_pinyin, value)
        if search.is_postgres(database.obj) and (upper := _next_letters(value)):
            pinyin = (Person.name_pinyin >= value) & (Person.name_pinyin < upper) & pinyin
        condition = search.prefix(Person.name_initials, value) | pinyin
        if _common_initials(value):
            first, after = value[0], _next_letters(value[0])
            condition &= (Person.name_pinyin >= first) & (Person.name_pinyin < after) if after else \
                Person.name_pinyin >= first
        return condition
    if branch == "text":
        return Person.id.in_(search.text_ids("person", value))
    if branch == "name":
        if search.is_postgres(database.obj):  # the matches first, then sorted (see _run_people_page)
            escaped = search.like_escape(value)
            return Person.id.in_(SQL("(SELECT unnest(ARRAY(SELECT id FROM person WHERE name LIKE %s)))",
                                     [escaped + "%"]))
        return search.prefix(Person.name, value)
    sql, params = search.name_part_ids(value, search.is_postgres(database.obj))  # "name_anywhere"
    return Person.id.in_(SQL(sql, params))


def _condition_sql(branch: str, value: str, postgres: bool) -> tuple[str, list]:
    """The same plan as SQL on "person" AS "t1" — for the search box's own fast path (_people_page;
    pinyin has its own, _pinyin_page).

    tests/scale/test_search.py checks that both renderings find the same people.
    """
    if branch == "id":
        return f'("t1"."id_number" = {"%s" if postgres else "?"})', [value]
    if branch == "id_tail":
        return _prefix_sql("id_rev", value, postgres)
    if branch == "text":
        sub = search.text_ids("person", value, postgres=postgres)
        return f'("t1"."id" IN {sub.sql})', list(sub.params)
    if branch == "name":
        return _prefix_sql("name", value, postgres)
    sql, params = search.name_part_ids(value, postgres)  # "name_anywhere"
    return f'("t1"."id" IN {sql})', params


def person_text_condition(text: str):
    """The WHERE condition on Person for the search box's text (see search_plan), or None."""
    plan = search_plan(text)
    if plan is None:
        return None
    branch, value = plan
    if branch == "name":
        starts = _condition("name", value)
        if not Person.select(Person.id).where(starts & (Person.deleted == False)).limit(1).exists():  # noqa: E712
            return _condition("name_anywhere", value)
        return starts
    return _condition(branch, value)


def person_query(text: str = "", filters: dict[str, Any] | None = None):
    """The query behind the people table and `persons --search` (no ordering, no paging)."""
    q = Person.select().where(Person.deleted == False)  # noqa: E712
    condition = person_text_condition(text)
    if condition is not None:
        q = q.where(condition)
    for key, value in (filters or {}).items():
        if value in (None, ""):
            continue
        if key == "state":
            q = q.where(Person.state == value)
        elif key == "migrant_worker":
            q = q.where(Person.migrant_worker == bool(value))
        elif key == "gender":
            q = q.where(Person.gender == value)
        elif key == "county":
            q = q.where(Person.id.in_(
                DeedPerson.select(DeedPerson.person).join(Deed).where(
                    (Deed.division_code == value) & (DeedPerson.deleted == False))))  # noqa: E712
        elif key == "year":
            q = q.where(Person.id.in_(
                DeedPerson.select(DeedPerson.person).join(Deed).where(
                    search.in_year(Deed.occurred_on, value) & (DeedPerson.deleted == False))))  # noqa: E712
        elif key == "outcome":
            q = q.where(Person.id.in_(DeedPerson.select(DeedPerson.person).where(
                (DeedPerson.outcome == value) & (DeedPerson.deleted == False))))  # noqa: E712
        else:
            raise ValidationError(f"未知的筛选条件“{key}”", key)
    return q


def page(ledger: Ledger, text: str = "", filters: dict[str, Any] | None = None, *,
         after: tuple[str, int] | None = None, before: tuple[str, int] | None = None,
         last: bool = False, limit: int = 50) -> list[dict[str, Any]]:
    """One page of the people table in pinyin order, by keyset instead of OFFSET.

    No argument: the first page. after=(name_pinyin, id) of the last row shown: the next page.
    before=(name_pinyin, id) of the first row shown: the page before it. last=True: the final
    page (read backwards, so jumping to the end of a million rows costs the same as the start).
    Rows always come back in ascending order.
    """
    key = Tuple(Person.name_pinyin, Person.id)
    backwards = last or before is not None
    keyset = []
    if after is not None:
        keyset.append(key > Tuple(*after))
    if before is not None:
        keyset.append(key < Tuple(*before))
    with ledger.reading():
        if not any(v not in (None, "") for v in (filters or {}).values()):
            plan = search_plan(text)
            if plan and plan[0] == "name" and not _people_page(plan, limit=1):
                plan = ("name_anywhere", plan[1])
            rows = _people_page(plan, keyset, limit=limit, descending=backwards)
        else:
            q = person_query(text, filters)
            for condition in keyset:
                q = q.where(condition)
            if backwards:
                q = q.order_by(Person.name_pinyin.desc(), Person.id.desc())
            else:
                q = q.order_by(Person.name_pinyin, Person.id)
            rows = person_rows(q.limit(int(limit)))
    return rows[::-1] if backwards else rows


def _live_sql(postgres: bool) -> str:
    return f'("t1"."deleted" = {"false" if postgres else "0"})'


@lru_cache(maxsize=2)
def _people_select(postgres: bool) -> str:
    columns = ", ".join(f'"t1"."{f.column_name}"' for f in Person._meta.sorted_fields)
    return f'SELECT {columns} FROM "person" AS "t1" WHERE {_live_sql(postgres)}'


def _people_page(plan: tuple[str, str] | None, keyset: list | None = None, *, limit: int, offset: int = 0,
                 descending: bool = False) -> list[dict[str, Any]]:
    """A page of live people in pinyin order for a search plan, as person_rows gives.

    The query person_query would make, but written from a cached column list and the plan's own
    SQL: peewee spends longer generating a SELECT of 35 columns than the index takes to answer
    it (about 0.5 ms against 0.05 ms for an ID number).
    """
    db = database.obj
    postgres = search.is_postgres(db)
    if plan is not None and plan[0] == "pinyin":
        return _pinyin_page(db, postgres, plan[1], keyset, limit=limit, offset=offset, descending=descending)
    sort_matches = postgres and plan is not None and plan[0] in ("name", "name_anywhere")
    if plan is not None and plan[0] == "name_anywhere" and _common_name_part(db, postgres, plan[1]):
        # thousands of names hold it (珺: 18,373 of a million): the pinyin order, walked, meets 50 of
        # them soon; the indexes would fetch and sort them all (90-270 ms against 5-30 ms)
        where = [(f'("t1"."name" {"ILIKE" if postgres else "LIKE"} {"%s" if postgres else "?"} ESCAPE \'\\\')',
                  ["%" + search.like_escape(plan[1]) + "%"])]
        sort_matches = False
    else:
        where = [_condition_sql(plan[0], plan[1], postgres)] if plan is not None else []
    return _run_people_page(db, postgres, where, keyset, limit=limit, offset=offset, descending=descending,
                            sort_matches=sort_matches)


def _common_name_part(db, postgres: bool, text: str) -> bool:
    """Whether INITIALS_SORT_CAP or more names contain `text` (counted from the name-part indexes)."""
    sql, params = search.name_part_ids(text, postgres)
    return db.execute_sql(f"SELECT COUNT(*) FROM ({sql[1:-1]} LIMIT {INITIALS_SORT_CAP}) AS capped",
                          params).fetchone()[0] >= INITIALS_SORT_CAP


def _run_people_page(db, postgres: bool, where: list[tuple[str, list]], keyset: list | None, *,
                     limit: int, offset: int = 0, descending: bool = False,
                     sort_matches: bool = False, keys_only: bool = False) -> list:
    """SELECT the people matching `where` and `keyset` in pinyin order, one page.

    keys_only: (name_pinyin, id) tuples instead of whole rows (answered from the indexes).

    sort_matches (PostgreSQL): find the matches by their own index and sort them, never walk the
    pinyin order. The planner takes people named 张… (or 欧阳…) to be spread evenly over the
    pinyin order and walks it filtering by name — but they all sit in one stretch: 2.5 s to show
    50 of a million people. Ordering by an expression (name_pinyin || '', the same order) leaves
    it no index to walk: 21 ms for 张, and +0.07 ms where the planner chose well (孙诺).
    """
    parts, params = [], []
    for sql, more in where:
        parts.append(f"AND {sql}")
        params.extend(more)
    for condition in keyset or ():
        sql, more = db.get_sql_context().sql(condition).query()
        parts.append(f"AND {sql}")
        params.extend(more)
    direction = " DESC" if descending else ""
    page = f"LIMIT {int(limit)}" + (f" OFFSET {int(offset)}" if offset else "")
    order = f'ORDER BY "t1"."name_pinyin"{direction}, "t1"."id"{direction}'
    select = _people_select(postgres)
    if keys_only:
        select = f'SELECT "t1"."name_pinyin", "t1"."id" FROM "person" AS "t1" WHERE {_live_sql(postgres)}'
    if sort_matches:
        order = f"""ORDER BY ("t1"."name_pinyin" || ''){direction}, "t1"."id"{direction}"""
    sql = f"{select} {' '.join(parts)} {order} {page}"
    cursor = db.execute_sql(sql, params)
    return [tuple(row) for row in cursor.fetchall()] if keys_only else person_rows_from(cursor)


# Above this many people whose initials start with the typed letters (or whose names hold the typed
# characters), the pinyin order is walked instead of sorting every match (_pinyin_page, _people_page).
INITIALS_SORT_CAP = 2000


def _common_initials(value: str) -> bool:
    """Whether INITIALS_SORT_CAP or more people have initials starting with `value` (counted from
    the index, at most that many entries read). Call it inside ledger.reading()."""
    db = database.obj
    sql, params = _prefix_sql("name_initials", value, search.is_postgres(db))
    return db.execute_sql(f'SELECT COUNT(*) FROM (SELECT 1 FROM "person" AS "t1" WHERE {sql} '
                          f"LIMIT {INITIALS_SORT_CAP}) AS capped", params).fetchone()[0] >= INITIALS_SORT_CAP


def _pinyin_page(db, postgres: bool, value: str, keyset: list | None, *, limit: int, offset: int,
                 descending: bool) -> list[dict[str, Any]]:
    """People whose full pinyin or whose initials start with `value`, in pinyin order.

    One query with both prefixes ORed costs as much as its matches: typing "x" in a million
    people matched 73,195 of them, all sorted to show 50 (0.27 s on SQLite, 1.1 s on PostgreSQL,
    now 1-4 ms; BENCHMARKS.md). The two halves are read apart
    and merged instead:
    - full pinyin: its matches are one stretch of the pinyin order, read in order from the index;
    - initials: when few people have them (counted up to INITIALS_SORT_CAP from the index), they
      are read by the initials index and sorted; when many do, the pinyin order is walked over
      the names starting with the same letter (initials and full pinyin always start with the
      same letter, tests/domain/test_fields_names_codes.py) until enough are found — at least one in
      R/INITIALS_SORT_CAP rows of that letter matches, so the walk stops early.
    """
    mark = "%s" if postgres else "?"
    wanted = int(limit) + int(offset)
    if _common_initials(value):
        first, after = value[0], _next_letters(value[0])  # value is a-z (search_plan)
        letter = ((f'("t1"."name_pinyin" >= {mark}' + (f' AND "t1"."name_pinyin" < {mark})' if after else ")")),
                  [first] + ([after] if after else []))
        initials = [letter, _prefix_sql("name_initials", value, postgres, indexed=False)]
    else:
        initials = [_prefix_sql("name_initials", value, postgres)]
    halves = ([_prefix_sql("name_pinyin", value, postgres)], initials)
    if not offset:  # the first page: whole rows straight away
        merged = {row["id"]: row for where in halves
                  for row in _run_people_page(db, postgres, where, keyset, limit=wanted, descending=descending)}
        rows = sorted(merged.values(), key=lambda r: (r["name_pinyin"] or "", r["id"]), reverse=descending)
        return rows[:wanted]
    # a page further down: the keys of everything before it, then only its own rows (jumping to the
    # middle of 73,195 people starting with x read 36,000 whole rows twice: 2 s)
    keys = sorted({key for where in halves
                   for key in _run_people_page(db, postgres, where, keyset, limit=wanted, descending=descending,
                                               keys_only=True)},
                  key=lambda k: (k[0] or "", k[1]), reverse=descending)[int(offset):wanted]
    if not keys:
        return []
    ids = [k[1] for k in keys]
    rows = _run_people_page(db, postgres, [(f'"t1"."id" IN ({", ".join([mark] * len(ids))})', ids)], None,
                            limit=len(ids), descending=descending)
    return rows


def _as_date(value):
    return dt.date.fromisoformat(value[:10]) if isinstance(value, str) else value


def _as_datetime(value):
    return dt.datetime.fromisoformat(value) if isinstance(value, str) else value


def _as_bool(value):
    return value if value is None or isinstance(value, bool) else bool(value)


@lru_cache(maxsize=1)
def _person_plan():
    """Person's column names in order; a converter per date/boolean column; the code-list labels to
    add (as to_dict does). Worked out once: a search by ID number takes 30 µs in all."""
    columns = []
    for field in Person._meta.sorted_fields:
        if isinstance(field, DateTimeField):
            conv = _as_datetime
        elif isinstance(field, DateField):
            conv = _as_date
        elif isinstance(field, BooleanField):
            conv = _as_bool
        else:
            conv = None
        columns.append((field.name, conv))
    labels = []
    for name, list_name in LABELLED.items():
        if name in Person._meta.fields:
            list_name = STATE_LISTS.get("Person") if name == "state" else KIND_LISTS.get("Person") if name == "kind" else list_name
            if list_name:
                labels.append((name, list_name))
    names = tuple(name for name, _ in columns)
    convert = tuple((name, conv) for name, conv in columns if conv is not None)
    return names, convert, tuple(labels)


def person_rows(query) -> list[dict[str, Any]]:
    """Run a Person query and return the same dicts as records.to_dict, without building models.

    A page of 50 people is read ~3x faster this way (no model objects, dates parsed by
    fromisoformat) — the search box and the people table call it on every keystroke and scroll.
    """
    return person_rows_from(database.obj.execute(query))


def person_rows_from(cursor) -> list[dict[str, Any]]:
    """Dicts from a cursor over all the columns of Person, in the model's order."""
    names, convert, labels = _person_plan()
    out = []
    for row in cursor.fetchall():
        item = dict(zip(names, row))
        for name, conv in convert:
            value = item[name]
            if value is not None:
                item[name] = conv(value)
        for name, list_name in labels:
            item[f"{name}_label"] = _label(list_name, item[name])
        out.append(item)
    return out


@lru_cache(maxsize=4096)
def _label(list_name: str, code: Any) -> str:
    return codes.label(list_name, code)


def search_persons(ledger: Ledger, text: str = "", *, limit: int = 50, offset: int = 0,
                   filters: dict[str, Any] | None = None) -> list[dict[str, Any]]:
    """People matching name, pinyin (full or initials), ID number (full or last digits), sorted by pinyin."""
    with ledger.reading():
        if not any(v not in (None, "") for v in (filters or {}).values()):
            return people_in_pinyin_order(text, limit=limit, offset=offset)
        q = person_query(text, filters).order_by(Person.name_pinyin, Person.id).limit(limit).offset(offset)
        return person_rows(q)


def people_in_pinyin_order(text: str = "", *, limit: int, offset: int = 0,
                           descending: bool = False) -> list[dict[str, Any]]:
    """A page of the people matching the search box's text (no filters), in pinyin order.

    The rows person_query(text) gives, ordered by (name_pinyin, id), read by the search's own SQL
    (see _people_page). Call it inside ledger.reading().
    """
    plan = search_plan(text)
    rows = _people_page(plan, limit=limit, offset=offset, descending=descending)
    if not rows and plan and plan[0] == "name" and (not offset or not _people_page(plan, limit=1)):
        # no name starts so: anywhere in the name
        rows = _people_page(("name_anywhere", plan[1]), limit=limit, offset=offset, descending=descending)
    return rows


def count_persons(ledger: Ledger, text: str = "", filters: dict[str, Any] | None = None) -> int:
    with ledger.reading():
        return count_matching(text, filters)


def count_matching(text: str = "", filters: dict[str, Any] | None = None) -> int:
    """How many live people person_query(text, filters) finds. Call it inside ledger.reading().

    Pinyin is counted in two halves, like _pinyin_page reads it: the people whose full pinyin
    starts so (one stretch of an index) plus those whose initials do but whose full pinyin does
    not (from the initials index, which holds the pinyin too). Counting the ORed condition
    looked up every match's row: "x" in a million people took 0.3 s, the halves take 10 ms.
    """
    plan = search_plan(text)
    if plan is None or plan[0] != "pinyin" or any(v not in (None, "") for v in (filters or {}).values()):
        return person_query(text, filters).count()
    db = database.obj
    postgres = search.is_postgres(db)
    (initials, pa), (pinyin, pb) = (_prefix_sql(column, plan[1], postgres) for column in ("name_initials", "name_pinyin"))
    live = _live_sql(postgres)
    sql = (f'SELECT (SELECT COUNT(*) FROM "person" AS "t1" WHERE {live} AND {pinyin}) + '
           f'(SELECT COUNT(*) FROM "person" AS "t1" WHERE {live} AND "t1"."id" IN '
           f'(SELECT "t1"."id" FROM "person" AS "t1" WHERE {initials} AND NOT {pinyin}))')
    return int(db.execute_sql(sql, pb + pa + pb).fetchone()[0])


def _prefix_sql(column: str, text: str, postgres: bool, indexed: bool = True) -> tuple[str, list]:
    """`column` of person "t1" starts with `text`, as SQL an index answers (see store.search.prefix).

    indexed=False keeps SQLite from answering it by that column's index (a unary +).
    """
    ref = f'"t1"."{column}"' if indexed or postgres else f'+"t1"."{column}"'
    if postgres:
        escaped = search.like_escape(text)
        like = f"({ref} LIKE %s)", [escaped + "%"]
        if column != "name_pinyin" or not _LETTERS.issuperset(text):
            return like
        # LIKE uses only the varchar_pattern_ops index, which is not in pinyin order, and cannot
        # narrow person_live_order (deleted, name_pinyin, id) unless the database's collation is C:
        # "x" walked 740,000 entries. Pinyin is a-z only, which every collation orders
        # alphabetically, so the prefix is also a range of that index; LIKE still decides.
        upper = _next_letters(text)
        bounds = f"{ref} >= %s" + (f" AND {ref} < %s" if upper else "")
        return f"({bounds} AND {like[0]})", [text] + ([upper] if upper else []) + like[1]
    return f"(({ref} >= ?) AND ({ref} < ?))", [text, text + "\U0010ffff"]


_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyz")


def _next_letters(text: str) -> str | None:
    """The first string of a-z after every string that starts with `text` (None after "zz…")."""
    head = text.rstrip("z")
    return head[:-1] + chr(ord(head[-1]) + 1) if head else None


# -- family -------------------------------------------------------------------

def add_family_member(ledger: Ledger, person_ref: Any, data: dict[str, Any]) -> dict[str, Any]:
    values = coerce_all(FAMILY, data)
    if values.get("id_number"):
        values["id_number"] = validate_document("resident", values["id_number"], field="id_number").number
    ledger.require("edit_records")
    with ledger.atomic() as w:
        person = get_live(Person, person_ref, "人员")
        member = w.create(FamilyMember, {**values, "person": person})
    return to_dict(member)


def update_family_member(ledger: Ledger, ref: Any, changes: dict[str, Any], *,
                         expected_version: int | None = None) -> dict[str, Any]:
    values = coerce_all(FAMILY, changes, partial=True)
    if values.get("id_number"):
        values["id_number"] = validate_document("resident", values["id_number"], field="id_number").number
    ledger.require("edit_records")
    with ledger.atomic() as w:
        member = get_live(FamilyMember, ref, "亲属")
        w.update(member, values, expected_version)
    return to_dict(member)


def delete_family_member(ledger: Ledger, ref: Any) -> None:
    ledger.require("edit_records")
    with ledger.atomic() as w:
        w.delete(get_live(FamilyMember, ref, "亲属"))


# -- everything about one person ------------------------------------------------

def _live(q, model):
    return q.where(model.deleted == False)  # noqa: E712


def person_overview(ledger: Ledger, ref: Any) -> dict[str, Any]:
    """One person with their deeds, cases, awards, guarantees, family, visits, publicity, documents."""
    with ledger.reading():
        person = get_live(Person, ref, "人员")
        deeds = []
        links = _live(DeedPerson.select(DeedPerson, Deed).join(Deed), DeedPerson).where(
            (DeedPerson.person == person) & (Deed.deleted == False)).order_by(Deed.occurred_on)  # noqa: E712
        for link in links:
            d = to_dict(link.deed)
            d["outcome"], d["outcome_label"] = link.outcome, to_dict(link)["outcome_label"]
            d["cases"] = [to_dict(c) for c in _live(ConfirmationCase.select(), ConfirmationCase)
                          .where(ConfirmationCase.deed == link.deed)]
            deeds.append(d)
        awards = []
        for a in _live(Award.select(Award, CommendationBatch).join(CommendationBatch), Award).where(
                Award.person == person).order_by(CommendationBatch.year):
            item = to_dict(a)
            item["batch"] = to_dict(a.batch)
            awards.append(item)

        def rows(model, order):
            return [to_dict(r) for r in _live(model.select(), model).where(model.person == person).order_by(order)]

        return {
            "person": to_dict(person),
            "deeds": deeds,
            "awards": awards,
            "guarantees": rows(GuaranteeItem, GuaranteeItem.id),
            "family": rows(FamilyMember, FamilyMember.id),
            "visits": rows(Visit, Visit.visited_on),
            "publicity": rows(PublicityItem, PublicityItem.published_on),
            "documents": rows(IssuedDocument, IssuedDocument.id),
        }


def person_count_by_state(ledger: Ledger) -> dict[str, int]:
    with ledger.reading():
        q = (Person.select(Person.state, fn.COUNT(Person.id).alias("n"))
             .where(Person.deleted == False).group_by(Person.state))  # noqa: E712
        return {r.state: r.n for r in q}


def get_family_member(ledger: Ledger, ref: Any) -> dict[str, Any]:
    """One family member with the name of the person they belong to (for the family form)."""
    with ledger.reading():
        member = get_live(FamilyMember, ref, "亲属")
        return to_dict(member) | {"person_name": member.person.name}
