"""Migration 11: three indexes for searches with thousands of matches at a million people.

- person_first_char_order: the people whose name starts with a character, in pinyin order. A bare
  surname matches thousands of people (张: about 8,000 of a million); the name index found them all
  and sorted them to show the first 50; now the first screen is read straight from this index.
- person_order_parts: the pinyin order with the initials and the name beside it, so that walking
  it for common initials (wl) or a common part of names (伟) checks each entry in the index
  instead of looking up its row (SQLite: 112 ms → a few ms for wl at a million people).
- person_long_names: names of four or more characters with the name beside the length, so that
  finding a part further in than the 3rd character (search.name_part_ids) reads no rows (the
  length index alone looked up ~3,000 rows on every search for a part of a name: ~8 ms). It
  replaces migration 6's person_name_length (PostgreSQL kept choosing the smaller index).
Used by store/person_search.py. The DDL is frozen here.
"""

from playhouse.migrate import PostgresqlMigrator

INDEX = "person_first_char_order"
WALK_INDEX = "person_order_parts"
LONG_INDEX = "person_long_names"


def up(db, migrator) -> None:
    if isinstance(migrator, PostgresqlMigrator):
        db.execute_sql(f"CREATE INDEX IF NOT EXISTS {INDEX} ON person ((substr(name, 1, 1)), deleted, name_pinyin, id)")
    else:
        db.execute_sql(f"CREATE INDEX IF NOT EXISTS {INDEX} ON person (substr(name, 1, 1), deleted, name_pinyin, id)")
    db.execute_sql(f"CREATE INDEX IF NOT EXISTS {WALK_INDEX} ON person (deleted, name_pinyin, id, name_initials, name)")
    if isinstance(migrator, PostgresqlMigrator):  # the id too: a PostgreSQL index holds no row id to return
        db.execute_sql(f"CREATE INDEX IF NOT EXISTS {LONG_INDEX} ON person ((char_length(name)), name, id)")
    else:
        db.execute_sql(f"CREATE INDEX IF NOT EXISTS {LONG_INDEX} ON person ((length(name)), name)")
    db.execute_sql("DROP INDEX IF EXISTS person_name_length")  # migration 6's: the one above covers it
    db.execute_sql("ANALYZE person")
