"""Migration 1: the first schema, from the frozen models of schema_v1."""

from desktop.store.migrations import schema_v1


def up(db, migrator):
    with db.bind_ctx(schema_v1.ALL_MODELS):
        db.create_tables(schema_v1.ALL_MODELS)
