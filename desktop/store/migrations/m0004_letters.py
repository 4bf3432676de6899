"""Placeholder: reserved migration m0004_letters (its owner fills it)."""


def up(db, migrator):
    pass
