"""Fast lookups at a province's size: prefix ranges on indexes, and full-text search.

Full text (a person's name, employer, addresses, occupation, notes; a deed's title, place,
narrative, beneficiaries) is found by substring anywhere in the text:

- SQLite: FTS5 tables `person_fts` and `deed_fts` with the trigram tokenizer, external content
  (the text is not stored twice), kept in sync by triggers on the base tables — every writer,
  including an exchange package or an older copy of the program, keeps them right.
- PostgreSQL: the pg_trgm extension and a GIN trigram index on one expression joining those
  columns; the query repeats the same expression so the index is used. PostgreSQL keeps the
  index itself. Where pg_trgm cannot be installed (no rights), searching still works, by scan.

A trigram index needs at least three characters; shorter text is matched on names only
(see store/person_search.py).
"""

from __future__ import annotations

import datetime as dt

from peewee import SQL, Database, Expression, Field

from desktop.store.db import is_postgres

MIN_FTS_CHARS = 3  # trigram indexes cannot find anything shorter


def like_escape(text: str) -> str:
    """`text` for a LIKE pattern with backslash as the escape: % and _ are plain characters."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


PERSON_TEXT = ("name", "employer", "hukou_address", "address", "occupation", "notes")
DEED_TEXT = ("title", "place", "narrative", "beneficiaries")

_FTS = {"person": PERSON_TEXT, "deed": DEED_TEXT}


def _doc(columns: tuple[str, ...], alias: str = "") -> str:
    """The PostgreSQL expression indexed by trigrams (must be written identically in queries)."""
    pre = f"{alias}." if alias else ""
    return " || ' ' || ".join(f"coalesce({pre}{c}, '')" for c in columns)


# -- creating (migration 5) -----------------------------------------------------------

# plain indexes on both engines: the people table's sort order (keyset paging) and cross-table joins
INDEXES = [
    # live people in pinyin order: the people table's first/last page, keyset paging, COUNT from the index
    "CREATE INDEX IF NOT EXISTS person_live_order ON person (deleted, name_pinyin, id)",
    "CREATE INDEX IF NOT EXISTS person_initials_order ON person (name_initials, name_pinyin, id)",
    "CREATE INDEX IF NOT EXISTS deed_order ON deed (occurred_on, id)",
    "CREATE INDEX IF NOT EXISTS deed_person_person_deed ON deed_person (person_id, deed_id)",
    "CREATE INDEX IF NOT EXISTS confirmation_case_state_received ON confirmation_case (state, received_on)",
    "CREATE INDEX IF NOT EXISTS award_person_batch ON award (person_id, batch_id)",
]

# PostgreSQL: LIKE 'abc%' uses a btree index only with the pattern operator class (any locale)
PG_PATTERN_INDEXES = [
    "CREATE INDEX IF NOT EXISTS person_name_pattern ON person (name varchar_pattern_ops)",
    "CREATE INDEX IF NOT EXISTS person_pinyin_pattern ON person (name_pinyin varchar_pattern_ops)",
    "CREATE INDEX IF NOT EXISTS person_initials_pattern ON person (name_initials varchar_pattern_ops)",
    "CREATE INDEX IF NOT EXISTS person_id_rev_pattern ON person (id_rev varchar_pattern_ops)",
]


# A short text anywhere in a name (migration 6): it starts the name, or starts at its 2nd or 3rd
# character (a given name after a one- or two-character surname), or sits further in a name of 4+
# characters (few: compound surnames, minority and foreign names). Each part has an index.
NAME_PART_INDEXES = {
    "sqlite": [
        "CREATE INDEX IF NOT EXISTS person_name_from2 ON person (substr(name, 2))",
        "CREATE INDEX IF NOT EXISTS person_name_from3 ON person (substr(name, 3))",
        "CREATE INDEX IF NOT EXISTS person_name_length ON person (length(name))",
    ],
    "postgres": [
        "CREATE INDEX IF NOT EXISTS person_name_from2 ON person ((substr(name, 2)) text_pattern_ops)",
        "CREATE INDEX IF NOT EXISTS person_name_from3 ON person ((substr(name, 3)) text_pattern_ops)",
        "CREATE INDEX IF NOT EXISTS person_name_length ON person ((char_length(name)))",
    ],
}


def install_name_parts(db: Database) -> None:
    """Create the indexes of NAME_PART_INDEXES (migration 6)."""
    for sql in NAME_PART_INDEXES["postgres" if is_postgres(db) else "sqlite"]:
        db.execute_sql(sql)
    db.execute_sql("ANALYZE person")


def name_part_ids(text: str, postgres: bool) -> tuple[str, list]:
    """A subquery of the ids of people whose name contains `text` anywhere, from the indexes of
    migration 6 (the same expressions as there, or the indexes are not used)."""
    if postgres:
        escaped = like_escape(text) + "%"
        return ("(SELECT id FROM person WHERE name LIKE %s "
                "UNION ALL SELECT id FROM person WHERE substr(name, 2) LIKE %s "
                "UNION ALL SELECT id FROM person WHERE substr(name, 3) LIKE %s "
                "UNION ALL SELECT id FROM person WHERE char_length(name) >= 4 AND strpos(substr(name, 4), %s) > 0)",
                [escaped, escaped, escaped, text])
    upper = text + "\U0010ffff"
    return ("(SELECT id FROM person WHERE name >= ? AND name < ? "
            "UNION ALL SELECT id FROM person WHERE substr(name, 2) >= ? AND substr(name, 2) < ? "
            "UNION ALL SELECT id FROM person WHERE substr(name, 3) >= ? AND substr(name, 3) < ? "
            "UNION ALL SELECT id FROM person WHERE length(name) >= 4 AND instr(substr(name, 4), ?) > 0)",
            [text, upper, text, upper, text, upper, text])


def _sqlite_fts(table: str, columns: tuple[str, ...]) -> list[str]:
    cols = ", ".join(columns)
    fts = f"{table}_fts"
    return [
        f"CREATE VIRTUAL TABLE IF NOT EXISTS {fts} USING fts5({cols}, content='{table}', "
        f"content_rowid='id', tokenize='trigram')",
        *_sqlite_triggers(table, columns),
        f"INSERT INTO {fts}({fts}) VALUES ('rebuild')",
    ]


def _sqlite_triggers(table: str, columns: tuple[str, ...]) -> list[str]:
    cols = ", ".join(columns)
    new = ", ".join(f"new.{c}" for c in columns)
    old = ", ".join(f"old.{c}" for c in columns)
    fts = f"{table}_fts"
    return [
        f"CREATE TRIGGER IF NOT EXISTS {fts}_ai AFTER INSERT ON {table} BEGIN "
        f"INSERT INTO {fts}(rowid, {cols}) VALUES (new.id, {new}); END",
        f"CREATE TRIGGER IF NOT EXISTS {fts}_ad AFTER DELETE ON {table} BEGIN "
        f"INSERT INTO {fts}({fts}, rowid, {cols}) VALUES ('delete', old.id, {old}); END",
        f"CREATE TRIGGER IF NOT EXISTS {fts}_au AFTER UPDATE OF {cols} ON {table} BEGIN "
        f"INSERT INTO {fts}({fts}, rowid, {cols}) VALUES ('delete', old.id, {old}); "
        f"INSERT INTO {fts}(rowid, {cols}) VALUES (new.id, {new}); END",
    ]


def _pg_trigram_indexes() -> list[str]:
    return [f"CREATE INDEX IF NOT EXISTS {t}_text_trgm ON {t} USING gin (({_doc(cols)}) gin_trgm_ops)"
            for t, cols in _FTS.items()]


def ensure_indexes(db: Database) -> None:
    """The plain indexes (idempotent)."""
    for sql in INDEXES + (PG_PATTERN_INDEXES if is_postgres(db) else []):
        db.execute_sql(sql)


def install(db: Database) -> None:
    """Create the search indexes (called by migration 5, inside its transaction)."""
    ensure_indexes(db)
    if is_postgres(db):
        if _pg_try_trgm(db):
            for sql in _pg_trigram_indexes():
                db.execute_sql(sql)
    else:
        for table, cols in _FTS.items():
            for sql in _sqlite_fts(table, cols):
                db.execute_sql(sql)
    db.execute_sql("ANALYZE")


def _pg_try_trgm(db: Database) -> bool:
    """Install pg_trgm if possible (a trusted extension since PostgreSQL 13: the database owner may)."""
    try:
        with db.atomic():  # a savepoint: a refusal must not spoil the migration's transaction
            db.execute_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        return True
    except Exception:
        return False


def has_trgm(db: Database) -> bool:
    cur = db.execute_sql("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'")
    return cur.fetchone() is not None


# -- bulk loading (the benchmark generator, large imports) ---------------------------

def suspend_sync(db: Database) -> None:
    """Drop the SQLite full-text triggers before a bulk load; `resume_sync` rebuilds once."""
    if is_postgres(db):  # a GIN index is much faster built once than kept up row by row
        for table in _FTS:
            db.execute_sql(f"DROP INDEX IF EXISTS {table}_text_trgm")
        return
    for table in _FTS:
        for suffix in ("ai", "ad", "au"):
            db.execute_sql(f"DROP TRIGGER IF EXISTS {table}_fts_{suffix}")


def resume_sync(db: Database) -> None:
    """Recreate the triggers and rebuild the full-text indexes from the base tables."""
    ensure_indexes(db)
    if is_postgres(db):
        if has_trgm(db):
            for sql in _pg_trigram_indexes():
                db.execute_sql(sql)
        db.execute_sql("ANALYZE")
        return
    for table, cols in _FTS.items():
        for sql in _sqlite_triggers(table, cols):
            db.execute_sql(sql)
        db.execute_sql(f"INSERT INTO {table}_fts({table}_fts) VALUES ('rebuild')")
    db.execute_sql("ANALYZE")


# -- querying -----------------------------------------------------------------------

def in_year(field: Field, year: int | str) -> Expression:
    """A date `field` falls in `year`: a range its index answers.

    `field.year == 2015` is EXTRACT / strftime on every row: 0.9 s over 714,421 deeds.
    """
    return (field >= dt.date(int(year), 1, 1)) & (field < dt.date(int(year) + 1, 1, 1))


def _fts_phrase(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def text_ids(table: str, text: str, db: Database) -> SQL:
    """A subquery of the ids of `table` (person / deed) whose text contains `text` (3+ characters)."""
    if is_postgres(db):
        escaped = like_escape(text)
        # ARRAY(...) is evaluated first, once: the planner cannot turn it into a walk of the pinyin
        # order filtered row by row (fast when the text is common, a full scan when it is rare)
        return SQL(f"(SELECT unnest(ARRAY(SELECT id FROM {table} WHERE ({_doc(_FTS[table])}) ILIKE %s)))",
                   ["%" + escaped + "%"])
    return SQL(f"(SELECT rowid FROM {table}_fts WHERE {table}_fts MATCH ?)", [_fts_phrase(text)])


def pg_text_first_ids(text: str, wanted: int, descending: bool = False) -> SQL:
    """PostgreSQL: a subquery of the ids of the first `wanted` live people (pinyin order) whose text
    contains `text`. The trigram index finds the matches and their rows are at hand there, so they
    are sorted at once; sorting them after text_ids read every match's row a second time
    (宏远机械: 1,738 matches, 10 ms). Ordered by an expression: no pinyin order to walk instead."""
    way = " DESC" if descending else ""
    return SQL(f"(SELECT unnest(ARRAY(SELECT id FROM person WHERE deleted = false AND ({_doc(PERSON_TEXT)}) ILIKE %s "
               f"ORDER BY (name_pinyin || ''){way}, id{way} LIMIT {int(wanted)})))", ["%" + like_escape(text) + "%"])
