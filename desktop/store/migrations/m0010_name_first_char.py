"""Migration 10: the people whose name starts with a character, in pinyin order (张 → 张…, first 50).

A bare surname matches thousands of people (张: about 8,000 of a million); the name index found
them all and sorted them to show the first 50. This index lists each first character's people in
pinyin order, so the first screen is read straight from it. Used by store/person_search.py
(name_start with one character). The DDL is frozen here.
"""

from playhouse.migrate import PostgresqlMigrator

INDEX = "person_first_char_order"


def up(db, migrator) -> None:
    if isinstance(migrator, PostgresqlMigrator):
        db.execute_sql(f"CREATE INDEX IF NOT EXISTS {INDEX} ON person ((substr(name, 1, 1)), deleted, name_pinyin, id)")
    else:
        db.execute_sql(f"CREATE INDEX IF NOT EXISTS {INDEX} ON person (substr(name, 1, 1), deleted, name_pinyin, id)")
    db.execute_sql("ANALYZE person")
