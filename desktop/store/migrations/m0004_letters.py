"""Migration 4: document number counters for letters and certificates."""

from desktop.store.documents import DOCUMENT_MODELS


def up(db, migrator) -> None:
    with db.bind_ctx(DOCUMENT_MODELS):
        db.create_tables(DOCUMENT_MODELS, safe=True)
