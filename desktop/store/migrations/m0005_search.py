"""Migration 5: indexes and full-text search for a province's million records.

SQLite: FTS5 trigram tables person_fts / deed_fts kept in sync by triggers; PostgreSQL: pg_trgm
GIN indexes and pattern indexes. Details in desktop/store/search.py.
"""

from desktop.store import search


def up(db, migrator) -> None:
    search.install(db)
