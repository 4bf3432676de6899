"""The search benchmark's cases: what a clerk types, the best hand-written SQL for it, the plain truth.

For every kind of search box text (store/person_search.py's plan):

- `samples`   texts taken from random people of the database, plus the heavy cases by name
              (bare common surnames with thousands of matches, a part of a name that starts some names
              and sits inside others, common initials such as wl and zsm, 4-digit ID tails);
- `hand_sql`  the best query I can write by hand for the same first page of 50 (same indexes, no ORM),
              the benchmark's baseline;
- `truth_sql` the plainest query that says what the page must hold (scans the table: slow, run on a
              few samples only), which checks the hand query itself.

Every page has a defined order, so ids are compared in order: people in pinyin order (name_pinyin,
id); a part of a name lists the names starting with it first, then the names holding it further in,
each group in pinyin order.
"""

from __future__ import annotations

import random

from desktop.store import search
from desktop.store.db import is_postgres

LIMIT = 50
TOP = "\U0010ffff"

# heavy cases, always in the samples (repeated in turn up to the number of queries)
COMMON_SURNAMES = ["张", "王", "李", "陈", "刘", "金"]
PART_NAMES = ["金伟", "金建", "金华", "金玉", "伟明", "建国"]
COMMON_INITIALS = ["wl", "zsm", "zw", "wj", "lj", "cx", "zy"]

CAP = 2000  # as person_search.INITIALS_SORT_CAP: above it the pinyin order is walked
PINYIN = {"pinyin initials", "pinyin 1-2 letters", "full pinyin"}

HEAVY = {"common surname": COMMON_SURNAMES, "part name": PART_NAMES, "pinyin initials": COMMON_INITIALS}

KINDS = ["name prefix", "part name", "common surname", "pinyin initials", "pinyin 1-2 letters", "full pinyin",
         "ID number", "ID last 6", "ID last 4", "free text"]

# how the service answers each kind (for the tables)
GROUPED = {"name prefix", "part name", "common surname"}  # names starting with it first, then holding it


def samples(db, n: int, seed: int) -> dict[str, list[str]]:
    """n texts per kind, taken from random people (the heavy cases by name first)."""
    rng = random.Random(seed)
    top = db.execute_sql("SELECT MAX(id) FROM person").fetchone()[0] or 0
    ids = sorted({rng.randrange(1, top + 1) for _ in range(n * 3)}) if top else []
    mark = "%s" if is_postgres(db) else "?"
    rows = []
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        rows += db.execute_sql(
            f"SELECT name, name_initials, name_pinyin, id_number, employer, hukou_address FROM person WHERE id IN "
            f"({', '.join(mark for _ in chunk)})", chunk).fetchall()
    rng.shuffle(rows)
    out: dict[str, list[str]] = {k: [] for k in KINDS}
    # the heavy cases: every other query of their kind
    heavy = HEAVY
    for name, initials, pinyin, number, employer, address in rows:
        for kind, fixed in heavy.items():
            if len(out[kind]) % 2 == 0 and len(out[kind]) < n:
                out[kind].append(fixed[(len(out[kind]) // 2) % len(fixed)])
        if len(out["name prefix"]) < n and len(name) >= 2:
            out["name prefix"].append(name[:2])
        if len(out["part name"]) < n and len(name) >= 3:
            out["part name"].append(name[-2:])  # a given name of two characters: inside names, starting few
        if len(out["common surname"]) < n:
            out["common surname"].append(name[0])  # a random person's surname: common ones come up most
        if len(out["pinyin initials"]) < n and len(initials) >= 2:
            out["pinyin initials"].append(initials)
        if len(out["pinyin 1-2 letters"]) < n and initials:
            out["pinyin 1-2 letters"].append(initials[:rng.choice((1, 2))])  # the first keys typed
        if len(out["full pinyin"]) < n and pinyin:
            out["full pinyin"].append(pinyin if rng.random() < 0.5 else pinyin[:rng.randrange(3, len(pinyin) + 1)])
        if number and len(out["ID number"]) < n:
            out["ID number"].append(number)
            out["ID last 6"].append(number[-6:])
            out["ID last 4"].append(number[-4:])
        if len(out["free text"]) < n:
            if employer and len(employer) > 7 and rng.random() < 0.5:
                out["free text"].append(employer[3:7])  # 恒达物流 (a company's name)
            elif address and "路" in address:
                out["free text"].append(address[address.rindex("路") - 2:])  # 人民路118号 (a street address)
    return {k: v[:n] for k, v in out.items()}


def _next_letters(text: str) -> str | None:
    head = text.rstrip("z")
    return head[:-1] + chr(ord(head[-1]) + 1) if head else None


def _pre(pg: bool, col: str, value: str) -> tuple[str, list]:
    """`col` starts with `value`, as the index answers it: a range on SQLite (byte order); LIKE on the
    varchar_pattern_ops index on PostgreSQL, and for pinyin (a-z) also the range of the order index."""
    if not pg:
        return f"({col} >= ? AND {col} < ?)", [value, value + TOP]
    like = f"{col} LIKE %s", [search.like_escape(value) + "%"]
    if col == "name_pinyin" and value.isascii() and value.isalpha():
        upper = _next_letters(value)
        if upper:
            return f"({col} >= %s AND {col} < %s AND {like[0]})", [value, upper] + like[1]
        return f"({col} >= %s AND {like[0]})", [value] + like[1]
    return f"({like[0]})", like[1]


def _pinyin_column() -> int:
    from desktop.store.models import Person
    return [f.column_name for f in Person._meta.sorted_fields].index("name_pinyin")


_PINYIN_AT = _pinyin_column()


def _live(pg: bool) -> str:
    return "deleted = false" if pg else "deleted = 0"


def _page(pg: bool, cond: str, extra: str = "") -> str:
    return f"SELECT *{extra} FROM person WHERE {_live(pg)} AND {cond} ORDER BY name_pinyin, id LIMIT {LIMIT}"


def text_value(kind: str, text: str) -> str:
    """The value the search box looks for (the plan's own normalisation)."""
    from desktop.store import person_search
    found = person_search.plan(text)
    assert found is not None, text
    return found[1]


def hand_sql(db, kind: str, text: str) -> tuple[str, list]:
    """The best first page of 50 I can write by hand in SQL (documented in BENCHMARKS.md)."""
    pg = is_postgres(db)
    value = text_value(kind, text)
    if kind in GROUPED:
        raise ValueError("a part of a name is two statements: see hand()")
    if kind in ("pinyin initials", "pinyin 1-2 letters", "full pinyin"):
        full, fp = _pre(pg, "name_pinyin", value)
        if len(value) == 1:  # initials and full pinyin start with the same letter: one stretch
            return _page(pg, full), fp
        # the two halves apart, each its first 50 in pinyin order, merged; the initials half walks the
        # stretch of its first letter (initials and full pinyin start alike), which the planner then
        # may read instead of sorting every match of the initials index
        ini, ip = _pre(pg, "name_initials", value)
        letter, lp = _pre(pg, "name_pinyin", value[0])
        return (f"SELECT * FROM ({_page(pg, full)}) AS a UNION SELECT * FROM ({_page(pg, f'{ini} AND {letter}')}) AS b "
                f"ORDER BY name_pinyin, id LIMIT {LIMIT}", fp + ip + lp)
    if kind == "ID number":
        return _page(pg, "id_number = %s" if pg else "id_number = ?"), [value]
    if kind in ("ID last 6", "ID last 4"):
        return _page(pg, *_pre(pg, "id_rev", value)[:1]), _pre(pg, "id_rev", value)[1]
    if kind == "free text":
        if pg:  # the trigram index's matches sorted where they are read, the first 50 ids (ARRAY, ordered
            # by an expression: the planner cannot walk the pinyin order filtering), then those rows
            return (_page(pg, f"id IN (SELECT unnest(ARRAY(SELECT id FROM person WHERE deleted = false AND "
                                f"({search._doc(search.PERSON_TEXT)}) ILIKE %s ORDER BY name_pinyin || '', id "
                                f"LIMIT {LIMIT})))"),
                    [f"%{search.like_escape(value)}%"])
        return _page(pg, "id IN (SELECT rowid FROM person_fts WHERE person_fts MATCH ?)"), ['"' + value.replace('"', '""') + '"']
    raise ValueError(kind)


def hand(db, kind: str, text: str) -> list[int]:
    """The hand-written baseline run: its page's ids.

    A part of a name is two statements, as I would write it: the names starting with it, first 50
    in pinyin order — one character: its stretch of the first-character index (migration 10), read
    in pinyin order; two: the name index (on PostgreSQL its matches found first, ARRAY, or the
    planner walks the whole pinyin order filtering by name). Only when fewer than 50 start with it,
    the names holding it further in (the name-part indexes of migration 6, found first), minus
    those, the next ones in pinyin order.
    """
    pg = is_postgres(db)
    value = text_value(kind, text)
    if kind in PINYIN and len(value) > 1:
        return _hand_pinyin(db, pg, value)
    if kind not in GROUPED:
        return [r[0] for r in db.execute_sql(*hand_sql(db, kind, text)).fetchall()]
    start, sp = _pre(pg, "name", value)
    if len(value) == 1:
        head, hp = f"substr(name, 1, 1) = {'%s' if pg else '?'}", [value]
    elif pg:
        head, hp = "id IN (SELECT unnest(ARRAY(SELECT id FROM person WHERE name LIKE %s)))", sp
    else:
        head, hp = start, sp
    got = [r[0] for r in db.execute_sql(f"SELECT * FROM person WHERE {_live(pg)} AND {head} "
                                        f"ORDER BY name_pinyin, id LIMIT {LIMIT}", hp).fetchall()]
    if len(got) < LIMIT:
        part, pp = search.name_part_ids(value, pg)
        many = db.execute_sql(f"SELECT COUNT(*) FROM (SELECT 1 FROM ({part[1:-1]}) AS p LIMIT {CAP}) AS c",
                              pp).fetchone()[0] >= CAP
        if many:  # thousands hold it: walk the pinyin order, names checked in person_order_parts
            like = "ILIKE %s ESCAPE '\\'" if pg else "LIKE ? ESCAPE '\\'"
            got += _walk(db, pg, f"name {like} AND NOT {start}", ["%" + search.like_escape(value) + "%"] + sp,
                         LIMIT - len(got))
        else:
            ids = f"SELECT unnest(ARRAY{part})" if pg else part[1:-1]
            got += [r[0] for r in db.execute_sql(
                f"SELECT * FROM person WHERE {_live(pg)} AND id IN ({ids}) AND NOT {start} "
                f"ORDER BY name_pinyin, id LIMIT {LIMIT - len(got)}", pp + sp).fetchall()]
    return got


def _walk(db, pg: bool, cond: str, params: list, limit: int) -> list[int]:
    """Walk the pinyin order (its keys, checked in the covering index person_order_parts), then the rows."""
    keys = [r[0] for r in db.execute_sql(f"SELECT id FROM person WHERE {_live(pg)} AND {cond} "
                                         f"ORDER BY name_pinyin, id LIMIT {limit}", params).fetchall()]
    if not keys:
        return []
    m = "%s" if pg else "?"
    return [r[0] for r in db.execute_sql(f"SELECT * FROM person WHERE id IN ({', '.join([m] * len(keys))}) "
                                         f"ORDER BY name_pinyin, id", keys).fetchall()]


def _hand_pinyin(db, pg: bool, value: str) -> list[int]:
    """Two or more letters: full pinyin, one stretch of the order; initials by their index and sorted
    when few people have them, else by walking their first letter's stretch (initials checked in
    person_order_parts) — whichever the count (capped) says; the two merged."""
    full, fp = _pre(pg, "name_pinyin", value)
    ini, ip = _pre(pg, "name_initials", value)
    rows = db.execute_sql(_page(pg, full), fp).fetchall()
    many = db.execute_sql(f"SELECT COUNT(*) FROM (SELECT 1 FROM person WHERE {ini} LIMIT {CAP}) AS c",
                          ip).fetchone()[0] >= CAP
    if many:
        after = _next_letters(value[0])  # the letter's stretch, a plain range (as exact as LIKE here)
        m = "%s" if pg else "?"
        letter, lp = (f"name_pinyin >= {m} AND name_pinyin < {m}", [value[0], after]) if after else \
            (f"name_pinyin >= {m}", [value[0]])
        walk_ini = ini if pg else ini.replace("name_initials", "+name_initials")  # SQLite: not by its index
        ids = _walk(db, pg, f"{letter} AND {walk_ini}", lp + ip, LIMIT)
        m = "%s" if pg else "?"
        more = db.execute_sql(f"SELECT * FROM person WHERE id IN ({', '.join([m] * len(ids))})", ids).fetchall() if ids else []
    elif pg:  # sorted by an expression: the planner must not walk the whole order from a
        more = db.execute_sql(f"SELECT * FROM person WHERE {_live(pg)} AND {ini} ORDER BY name_pinyin || '', id "
                              f"LIMIT {LIMIT}", ip).fetchall()
    else:
        more = db.execute_sql(_page(pg, ini), ip).fetchall()
    return [r[0] for r in sorted({r[0]: r for r in rows + more}.values(), key=lambda r: (r[_PINYIN_AT], r[0]))][:LIMIT]


def truth_sql(db, kind: str, text: str) -> tuple[str, list]:
    """What the first page must hold, in the plainest SQL (no index needed: a scan)."""
    pg = is_postgres(db)
    value = text_value(kind, text)
    m = "%s" if pg else "?"
    find = "strpos" if pg else "instr"
    live = _live(pg)
    if kind in GROUPED:
        return (f"SELECT id FROM person WHERE {live} AND {find}(name, {m}) > 0 "
                f"ORDER BY {find}(name, {m}) > 1, name_pinyin, id LIMIT {LIMIT}", [value, value])
    if kind in ("pinyin initials", "pinyin 1-2 letters", "full pinyin"):
        return (f"SELECT id FROM person WHERE {live} AND ({find}(name_initials, {m}) = 1 OR {find}(name_pinyin, {m}) = 1) "
                f"ORDER BY name_pinyin, id LIMIT {LIMIT}", [value, value])
    if kind == "ID number":
        return f"SELECT id FROM person WHERE {live} AND upper(id_number) = {m} ORDER BY name_pinyin, id LIMIT {LIMIT}", [value]
    if kind in ("ID last 6", "ID last 4"):
        tail = value[::-1]
        end = f"substr(id_number, length(id_number) - {len(tail) - 1})" if not pg else f"right(id_number, {len(tail)})"
        return f"SELECT id FROM person WHERE {live} AND {end} = {m} ORDER BY name_pinyin, id LIMIT {LIMIT}", [tail]
    if kind == "free text":  # PostgreSQL matches the columns joined (its trigram index), SQLite each column
        if pg:
            doc = " || ' ' || ".join(f"coalesce({c}, '')" for c in search.PERSON_TEXT)
            return (f"SELECT id FROM person WHERE {live} AND strpos(lower({doc}), lower(%s)) > 0 "
                    f"ORDER BY name_pinyin, id LIMIT {LIMIT}", [value])
        any_column = " OR ".join(f"instr(lower({c}), lower(?)) > 0" for c in search.PERSON_TEXT)
        return (f"SELECT id FROM person WHERE {live} AND ({any_column}) ORDER BY name_pinyin, id LIMIT {LIMIT}",
                [value] * len(search.PERSON_TEXT))
    raise ValueError(kind)
