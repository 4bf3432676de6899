"""Migration 2: user accounts and roles."""

from desktop.store.accounts import ACCOUNT_MODELS


def up(db, migrator) -> None:
    with db.bind_ctx(ACCOUNT_MODELS):
        db.create_tables(ACCOUNT_MODELS, safe=True)
