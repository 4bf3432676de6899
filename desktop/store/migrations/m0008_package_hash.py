"""Migration 8: a received package file is recorded once — a unique index on the hash
of incoming package files, so that two programs importing the same file at once cannot both apply it.

Frozen here as plain SQL (no models). Duplicate rows from before (possible only on a shared
PostgreSQL before this migration) stay in the history and are left out of the index by id.
"""

INDEX = "package_log_in_file_sha256_unique"


def up(db, migrator) -> None:
    dup_ids = [row[0] for row in db.execute_sql(
        "SELECT l.id FROM package_log l WHERE l.direction = 'in' AND EXISTS ("
        "SELECT 1 FROM package_log e WHERE e.direction = 'in' AND e.file_sha256 = l.file_sha256 "
        "AND e.id < l.id)").fetchall()]
    where = "direction = 'in'"
    if dup_ids:
        where += f" AND id NOT IN ({', '.join(str(int(i)) for i in dup_ids)})"
    db.execute_sql(f"CREATE UNIQUE INDEX {INDEX} ON package_log (file_sha256) WHERE {where}")
