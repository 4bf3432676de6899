"""Finding people: the search box's plan, its SQL on both engines, pages in pinyin order.

Every function takes the database it reads (a ledger's own, `ledger.db`): two ledgers open on
two threads each search their own. The plan (`plan`) is written as SQL once (`condition_sql`);
the peewee queries of the tables, exports and filters embed that same SQL (`PlanCondition`),
and the search box's own fast path (`pinyin_order_page`) runs it from a cached column list.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from functools import lru_cache
from typing import Any

from peewee import BooleanField, ColumnBase, Database, DateField, DateTimeField

from desktop.domain import codes, names
from desktop.domain.errors import ValidationError
from desktop.domain.labels import KIND_LISTS, LABELLED, STATE_LISTS
from desktop.store import search
from desktop.store.models import Deed, DeedPerson, Person

# Above this many people whose initials start with the typed letters (or whose names hold the typed
# characters), the pinyin order is walked instead of sorting every match (_pinyin_page, _people_page).
INITIALS_SORT_CAP = 2000

T1 = '"t1"'  # the person table's alias in the fast path's own SQL


# -- the plan ---------------------------------------------------------------------------------

def _id_like(text: str) -> str | None:
    s = unicodedata.normalize("NFKC", text).replace(" ", "").upper()
    if len(s) >= 4 and s[:-1].isdigit() and (s[-1].isdigit() or s[-1] == "X"):
        return s
    return None


def plan(text: str) -> tuple[str, str] | None:
    """Which index answers the search box's text: (branch, value), or None for no text.

    - "id": an ID number of 15 or 18 characters — equality on id_number;
    - "id_tail": 4+ trailing digits of an ID number — prefix of the reversed number (id_rev);
    - "pinyin": Latin letters — prefix of the pinyin initials (zs) or of the full pinyin (zhangsan);
    - "text": 3+ other characters — anywhere in name, employer, addresses, occupation or notes
      (FTS5 trigram on SQLite, pg_trgm on PostgreSQL);
    - "name": 1-2 other characters — anywhere in the name, by the name-part indexes of migration 6
      (金伟 finds 金伟明 and 王金伟); the search box lists the names that start so first
      (pinyin_order_page: "name_start", then "name_inside").
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


def condition_sql(db: Database, branch: str, value: str, t: str = T1) -> tuple[str, list]:
    """The plan as SQL on the person table aliased `t`, with its parameters: the one rendering.

    On PostgreSQL a name prefix finds its matches first (ARRAY), so the planner cannot walk the
    pinyin order filtering by name (see _run_people_page's sort_matches).
    """
    postgres = search.is_postgres(db)
    mark = db.param
    if branch == "id":
        return f'({t}."id_number" = {mark})', [value]
    if branch == "id_tail":
        return _prefix_sql("id_rev", value, postgres, t)
    if branch == "pinyin":
        return _pinyin_sql(db, value, postgres, t)
    if branch == "text":
        sub = search.text_ids("person", value, db)
        return f'({t}."id" IN {sub.sql})', list(sub.params)
    if branch == "name_start":
        if len(value) == 1:  # the first character: its people in pinyin order (migration 10's index)
            return f'(substr({t}."name", 1, 1) = {mark})', [value]
        if postgres:
            return (f'({t}."id" IN (SELECT unnest(ARRAY(SELECT id FROM person WHERE name LIKE %s))))',
                    [search.like_escape(value) + "%"])
        return _prefix_sql("name", value, postgres, t)
    sql, params = search.name_part_ids(value, postgres)  # "name": anywhere in the name
    if branch == "name_inside":  # anywhere but at the start
        start, more = _prefix_sql("name", value, postgres, t)
        return f'({t}."id" IN {sql} AND NOT {start})', params + more
    return f'({t}."id" IN {sql})', params


def _pinyin_sql(db: Database, value: str, postgres: bool, t: str) -> tuple[str, list]:
    """Initials or full pinyin start with `value` (the fast path reads the halves apart: _pinyin_page).

    Both halves start with the same letter (tests/domain/test_fields_names_codes.py): saying so
    lets a filtered table walk that letter's stretch of the pinyin order instead of all of it
    ("x" + 牺牲 on PostgreSQL: 2.4 s) — only when many people have the initials; for rare ones
    the indexes of both halves are best.
    """
    initials, pa = _prefix_sql("name_initials", value, postgres, t)
    pinyin, pb = _prefix_sql("name_pinyin", value, postgres, t)
    sql, params = f"({initials} OR {pinyin})", pa + pb
    if _common_initials(db, value):
        letter, lp = _letter_sql(db, value, t)
        sql, params = f"({sql} AND {letter})", params + lp
    return sql, params


def _letter_sql(db: Database, value: str, t: str) -> tuple[str, list]:
    """Full pinyin in the stretch of `value`'s first letter (value is a-z: plan())."""
    first, after = value[0], _next_letters(value[0])
    mark = db.param
    if after:
        return f'({t}."name_pinyin" >= {mark} AND {t}."name_pinyin" < {mark})', [first, after]
    return f'({t}."name_pinyin" >= {mark})', [first]


class PlanCondition(ColumnBase):
    """condition_sql as a peewee condition on Person, under whatever alias the query gives it."""

    def __init__(self, db: Database, branch: str, value: str):
        super().__init__()
        self.db, self.branch, self.value = db, branch, value

    def __sql__(self, ctx):
        alias = ctx.alias_manager[Person._meta.table]
        sql, params = condition_sql(self.db, self.branch, self.value, f'"{alias}"')
        ctx.literal(sql)
        for param in params:
            ctx.value(param, False, add_param=False)
        return ctx


def _live(model):
    return model.deleted == False  # noqa: E712


def text_condition(db: Database, text: str):
    """The WHERE condition on Person for the search box's text (see plan), or None."""
    found = plan(text)
    return PlanCondition(db, *found) if found else None


def query(db: Database, text: str = "", filters: dict[str, Any] | None = None):
    """The query behind the people table and `persons --search` (no ordering, no paging)."""
    q = Person.select().where(_live(Person))
    condition = text_condition(db, text)
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
            q = q.where(Person.id.in_(DeedPerson.select(DeedPerson.person).join(Deed).where(
                (Deed.division_code == value) & _live(DeedPerson))))
        elif key == "year":
            q = q.where(Person.id.in_(DeedPerson.select(DeedPerson.person).join(Deed).where(
                search.in_year(Deed.occurred_on, value) & _live(DeedPerson))))
        elif key == "outcome":
            q = q.where(Person.id.in_(DeedPerson.select(DeedPerson.person).where(
                (DeedPerson.outcome == value) & _live(DeedPerson))))
        else:
            raise ValidationError(f"未知的筛选条件“{key}”", key)
    return q


def ids(db: Database, text: str):
    """A subquery of the ids of the people the search box's text finds."""
    return query(db, text).select(Person.id)


def has_filters(filters: dict[str, Any] | None) -> bool:
    return any(v not in (None, "") for v in (filters or {}).values())


# -- rows as plain dicts ------------------------------------------------------------------------

def _as_date(value):
    return dt.date.fromisoformat(value[:10]) if isinstance(value, str) else value


def _as_datetime(value):
    return dt.datetime.fromisoformat(value) if isinstance(value, str) else value


def _as_bool(value):
    return value if value is None or isinstance(value, bool) else bool(value)


@lru_cache(maxsize=1)
def _person_columns():
    """Person's column names in order; a converter per date/boolean column; the code-list labels to
    add (as records.to_dict does). Worked out once: a search by ID number takes 30 µs in all."""
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
    column_names = tuple(name for name, _ in columns)
    convert = tuple((name, conv) for name, conv in columns if conv is not None)
    return column_names, convert, tuple(labels)


def rows(db: Database, person_query) -> list[dict[str, Any]]:
    """Run a Person query on `db` and return the same dicts as records.to_dict, without models.

    A page of 50 people is read ~3x faster this way (no model objects, dates parsed by
    fromisoformat) — the search box and the people table call it on every keystroke and scroll.
    """
    return rows_from(db.execute(person_query))


def rows_from(cursor) -> list[dict[str, Any]]:
    """Dicts from a cursor over all the columns of Person, in the model's order."""
    column_names, convert, labels = _person_columns()
    out = []
    for row in cursor.fetchall():
        item = dict(zip(column_names, row))
        item.pop("id_rev", None)  # derived from the ID number: never output (privacy.DERIVED_KEYS)
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


# -- pages in pinyin order ----------------------------------------------------------------------

def pinyin_order_page(db: Database, text: str = "", *, limit: int, offset: int = 0,
                      descending: bool = False) -> list[dict[str, Any]]:
    """A page of the people matching the search box's text (no filters), in pinyin order.

    The rows query(db, text) gives, ordered by (name_pinyin, id), read by the search's own SQL
    (see _people_page) — except that a part of a name lists the names starting with it first,
    then those holding it further in, each in pinyin order (descending: the same list reversed).
    """
    found = plan(text)
    if found is None or found[0] != "name":
        return _people_page(db, found, limit=limit, offset=offset, descending=descending)
    groups = [("name_start", found[1]), ("name_inside", found[1])]
    out: list[dict[str, Any]] = []
    skip = int(offset)
    for group in groups[::-1] if descending else groups:
        if len(out) >= limit:
            break
        got = _people_page(db, group, limit=limit - len(out), offset=skip, descending=descending)
        if skip and not got:  # the whole group lies before the page
            skip = max(0, skip - _count_plan(db, group))
            continue
        skip = 0
        out += got
    return out


def _count_plan(db: Database, found: tuple[str, str]) -> int:
    sql, params = condition_sql(db, *found)
    postgres = search.is_postgres(db)
    return int(db.execute_sql(f'SELECT COUNT(*) FROM "person" AS "t1" WHERE {_live_sql(postgres)} AND {sql}',
                              params).fetchone()[0])


def keyset_page(db: Database, text: str, filters: dict[str, Any] | None, keyset: list, *, limit: int,
                backwards: bool) -> list[dict[str, Any]]:
    """The people after (or before, backwards) the keyset conditions, in pinyin order."""
    if not has_filters(filters):
        return _people_page(db, plan(text), keyset, limit=limit, descending=backwards)
    q = query(db, text, filters)
    for condition in keyset:
        q = q.where(condition)
    if backwards:
        q = q.order_by(Person.name_pinyin.desc(), Person.id.desc())
    else:
        q = q.order_by(Person.name_pinyin, Person.id)
    return rows(db, q.limit(int(limit)))


def count(db: Database, text: str = "", filters: dict[str, Any] | None = None) -> int:
    """How many live people query(db, text, filters) finds.

    Pinyin is counted in two halves, like _pinyin_page reads it: the people whose full pinyin
    starts so (one stretch of an index) plus those whose initials do but whose full pinyin does
    not (from the initials index, which holds the pinyin too). Counting the ORed condition
    looked up every match's row: "x" in a million people took 0.3 s, the halves take 10 ms.
    """
    found = plan(text)
    if found is None or found[0] != "pinyin" or has_filters(filters):
        return query(db, text, filters).count(db)
    postgres = search.is_postgres(db)
    (initials, pa), (pinyin, pb) = (_prefix_sql(column, found[1], postgres) for column in ("name_initials", "name_pinyin"))
    live = _live_sql(postgres)
    sql = (f'SELECT (SELECT COUNT(*) FROM "person" AS "t1" WHERE {live} AND {pinyin}) + '
           f'(SELECT COUNT(*) FROM "person" AS "t1" WHERE {live} AND "t1"."id" IN '
           f'(SELECT "t1"."id" FROM "person" AS "t1" WHERE {initials} AND NOT {pinyin}))')
    return int(db.execute_sql(sql, pb + pa + pb).fetchone()[0])


def _live_sql(postgres: bool) -> str:
    return f'("t1"."deleted" = {"false" if postgres else "0"})'


@lru_cache(maxsize=2)
def _people_select(postgres: bool) -> str:
    columns = ", ".join(f'"t1"."{f.column_name}"' for f in Person._meta.sorted_fields)
    return f'SELECT {columns} FROM "person" AS "t1" WHERE {_live_sql(postgres)}'


def _people_page(db: Database, found: tuple[str, str] | None, keyset: list | None = None, *, limit: int,
                 offset: int = 0, descending: bool = False) -> list[dict[str, Any]]:
    """A page of live people in pinyin order for a search plan, as rows() gives.

    The query query() would make, but written from a cached column list and the plan's SQL:
    peewee spends longer generating a SELECT of 35 columns than the index takes to answer it
    (about 0.5 ms against 0.05 ms for an ID number).
    """
    postgres = search.is_postgres(db)
    if found is not None and found[0] == "pinyin":
        return _pinyin_page(db, postgres, found[1], keyset, limit=limit, offset=offset, descending=descending)
    sort_matches = (postgres and found is not None and found[0] in ("name", "name_start", "name_inside")
                    and not (found[0] == "name_start" and len(found[1]) == 1))
    part_ids = _name_part_ids(db, postgres, found[1]) if found is not None and found[0] in ("name", "name_inside") else None
    where: list[tuple[str, list]]
    if part_ids is None and found is not None and found[0] in ("name", "name_inside"):
        # thousands of names hold it (珺: 18,373 of a million): the pinyin order, walked, meets 50 of
        # them soon; the indexes would fetch and sort them all (90-270 ms against 5-30 ms)
        where = [(f'("t1"."name" {"ILIKE" if postgres else "LIKE"} {db.param} ESCAPE \'\\\')',
                  ["%" + search.like_escape(found[1]) + "%"])]
        if found[0] == "name_inside":
            start, more = _prefix_sql("name", found[1], postgres)
            where.append((f"NOT {start}", more))
        return _walk_page(db, postgres, where, keyset, limit=limit, offset=offset, descending=descending)
    elif part_ids is not None and found is not None:
        # few: the ids read once from the name-part indexes (when counting them), their rows by key
        where = [(f'"t1"."id" IN ({", ".join([db.param] * len(part_ids))})', list(part_ids))] if part_ids else [("1 = 0", [])]
        if found[0] == "name_inside":
            start, more = _prefix_sql("name", found[1], postgres)
            where.append((f"NOT {start}", more))
        # looked up by id and sorted, on both engines: SQLite otherwise may walk the whole pinyin order
        # testing each id against the list (伟明's 231 people: 6-35 ms instead of 1-2)
        sort_matches = True
    elif postgres and found is not None and found[0] == "text" and not keyset:
        sub = search.pg_text_first_ids(found[1], int(limit) + int(offset), descending)
        where = [(f'("t1"."id" IN {sub.sql})', list(sub.params))]
    else:
        where = [condition_sql(db, *found)] if found is not None else []
    return _run_people_page(db, postgres, where, keyset, limit=limit, offset=offset, descending=descending,
                            sort_matches=sort_matches)


def _walk_page(db: Database, postgres: bool, where: list[tuple[str, list]], keyset: list | None, *, limit: int,
               offset: int = 0, descending: bool = False) -> list[dict[str, Any]]:
    """A page found by walking the pinyin order with a filter on the name or the initials: the keys
    first, from person_order_parts (migration 10), which holds both beside the order, so each entry
    is checked in the index (SQLite: no row looked up for the thousands of entries passed over);
    then only the page's own rows, by id."""
    keys = _run_people_page(db, postgres, where, keyset, limit=limit, offset=offset, descending=descending,
                            keys_only=True)
    if not keys:
        return []
    wanted_ids = [k[1] for k in keys]
    return _run_people_page(db, postgres, [(f'"t1"."id" IN ({", ".join([db.param] * len(wanted_ids))})', wanted_ids)],
                            None, limit=len(wanted_ids), descending=descending)


def _name_part_ids(db: Database, postgres: bool, text: str) -> list[int] | None:
    """The ids of the people (deleted ones too) whose names contain `text`, read from the name-part
    indexes — or None when INITIALS_SORT_CAP or more entries do (then the pinyin order is walked).
    Read once: counting them first and then finding them again by the same indexes cost twice."""
    sql, params = search.name_part_ids(text, postgres)
    got = db.execute_sql(f"SELECT id FROM ({sql[1:-1]} LIMIT {INITIALS_SORT_CAP}) AS capped", params).fetchall()
    if len(got) >= INITIALS_SORT_CAP:
        return None
    return sorted({r[0] for r in got})


def _run_people_page(db: Database, postgres: bool, where: list[tuple[str, list]], keyset: list | None, *,
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
    return [tuple(row) for row in cursor.fetchall()] if keys_only else rows_from(cursor)


def _common_initials(db: Database, value: str) -> bool:
    """Whether INITIALS_SORT_CAP or more people have initials starting with `value` (counted from
    the index, at most that many entries read)."""
    sql, params = _prefix_sql("name_initials", value, search.is_postgres(db))
    return db.execute_sql(f'SELECT COUNT(*) FROM (SELECT 1 FROM "person" AS "t1" WHERE {sql} '
                          f"LIMIT {INITIALS_SORT_CAP}) AS capped", params).fetchone()[0] >= INITIALS_SORT_CAP


def _pinyin_page(db: Database, postgres: bool, value: str, keyset: list | None, *, limit: int, offset: int,
                 descending: bool) -> list[dict[str, Any]]:
    """People whose full pinyin or whose initials start with `value`, in pinyin order.

    One query with both prefixes ORed costs as much as its matches: typing "x" in a million
    people matched 73,195 of them, all sorted to show 50 (0.27 s on SQLite, 1.1 s on PostgreSQL,
    now 1-4 ms; BENCHMARKS.md). The two halves are read apart and merged instead:
    - full pinyin: its matches are one stretch of the pinyin order, read in order from the index;
    - initials: when few people have them (counted up to INITIALS_SORT_CAP from the index), they
      are read by the initials index and sorted; when many do, the pinyin order is walked over
      the names starting with the same letter (initials and full pinyin always start with the
      same letter, tests/domain/test_fields_names_codes.py) until enough are found — at least one in
      R/INITIALS_SORT_CAP rows of that letter matches, so the walk stops early.
    """
    wanted = int(limit) + int(offset)
    # (where, sort_matches — None: walked by _walk_page) of each half
    halves: list[tuple[list[tuple[str, list]], bool | None]] = [([_prefix_sql("name_pinyin", value, postgres)], False)]
    initial_keys: list = []
    if len(value) == 1:
        pass  # one letter: initials start with it exactly when the full pinyin does — one stretch
    elif _common_initials(db, value):
        halves.append(([_letter_sql(db, value, T1), _prefix_sql("name_initials", value, postgres, indexed=False)],
                       None))  # None: walked (_walk_page)
    else:
        # few: by the initials index, sorted. PostgreSQL takes them to be spread evenly over the pinyin
        # order and would walk it from "a" filtering by initials (wl: 206,038 rows to find 50, all
        # under w): sort_matches leaves it no order to walk
        halves.append(([_prefix_sql("name_initials", value, postgres)], postgres))
    if len(halves) == 2:  # the initials half first: often empty (full pinyin typed: zhangwei)
        where, sort = halves[1]
        initial_keys = _run_people_page(db, postgres, where, keyset, limit=wanted, descending=descending,
                                        keys_only=True, sort_matches=bool(sort))
        if not initial_keys:
            halves.pop()
    if len(halves) == 1:  # one stretch: its rows straight away
        return _run_people_page(db, postgres, halves[0][0], keyset, limit=int(limit), offset=int(offset),
                                descending=descending)
    # both halves: their keys (from the indexes), merged, then only the page's own rows — whole rows
    # of both halves made twice the rows needed into dicts; and a page further down read everything
    # before it (jumping to the middle of 73,195 people starting with x read 36,000 whole rows twice: 2 s)
    pinyin_keys = _run_people_page(db, postgres, halves[0][0], keyset, limit=wanted, descending=descending,
                                   keys_only=True)
    keys = sorted(set(pinyin_keys) | set(initial_keys),
                  key=lambda k: (k[0] or "", k[1]), reverse=descending)[int(offset):wanted]
    if not keys:
        return []
    wanted_ids = [k[1] for k in keys]
    return _run_people_page(db, postgres, [(f'"t1"."id" IN ({", ".join([db.param] * len(wanted_ids))})', wanted_ids)],
                            None, limit=len(wanted_ids), descending=descending)


def _prefix_sql(column: str, text: str, postgres: bool, t: str = T1, indexed: bool = True) -> tuple[str, list]:
    """`column` of person `t` starts with `text`, as SQL an index answers.

    SQLite compares text byte-wise (UTF-8 order is code point order), so a prefix is a range;
    PostgreSQL's LIKE 'text%' uses the varchar_pattern_ops index of migration 5 in any locale.

    indexed=False keeps SQLite from answering it by that column's index (a unary +).
    """
    ref = f'{t}."{column}"' if indexed or postgres else f'+{t}."{column}"'
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
