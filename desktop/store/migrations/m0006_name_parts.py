"""Migration 6: indexes that find 1-2 characters anywhere in a name (喆 → 王喆, 斌德 → 王斌德).

A trigram index needs three characters; shorter text that starts no name used to read every
name (0.6 s on a million people). Details in desktop/store/search.py (NAME_PART_INDEXES).
"""

from desktop.store import search


def up(db, migrator) -> None:
    search.install_name_parts(db)
