"""Migration 3: the tables of the USB exchange (store/sync_models.py)."""

from desktop.store.sync_models import SYNC_MODELS


def up(db, migrator):
    with db.bind_ctx(SYNC_MODELS):
        db.create_tables(SYNC_MODELS)
