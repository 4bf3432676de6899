"""Numbered schema migrations, recorded in the table schema_migration, each in a transaction.

A migration is a module mNNNN_name.py with `up(db, migrator)`. Migration 1 creates the frozen
first schema (schema_v1.py); later ones add tables and columns with playhouse.migrate.
Reserved numbers, so that parallel work does not collide:
  2 accounts and roles, 3 exchange (sync), 4 letters, 5 search indexes, 6 name-part indexes
  (the tabular imports needed no migration of their own).
  7 money and care: fund entries, medical costs, schedules; guarantee_item.family/basis.
  8 incoming package files unique by hash.
  9 the confirmation procedure: 陈述申辩 date and 移送 on a case, document_service (送达) records.
  10 each person of a case decided individually (case_person_decision).
  11 search at a million people: first-character, pinyin-walk and long-name indexes on person.
"""

from __future__ import annotations

import datetime as dt
import importlib
import pkgutil
from dataclasses import dataclass
from typing import Callable

from peewee import CharField, DateTimeField, IntegerField, Model, PostgresqlDatabase
from playhouse.migrate import PostgresqlMigrator, SqliteMigrator

from desktop.domain.errors import UserError


@dataclass(frozen=True)
class Migration:
    number: int
    name: str
    up: Callable


class SchemaMigration(Model):
    version = IntegerField(primary_key=True)
    name = CharField(max_length=100)
    applied_at = DateTimeField()

    class Meta:
        table_name = "schema_migration"


def all_migrations() -> list[Migration]:
    found = []
    for info in pkgutil.iter_modules(__path__):
        if info.name[0] == "m" and info.name[1:5].isdigit():
            module = importlib.import_module(f"{__name__}.{info.name}")
            found.append(Migration(int(info.name[1:5]), info.name[6:], module.up))
    found.sort(key=lambda m: m.number)
    numbers = [m.number for m in found]
    assert numbers == list(range(1, len(numbers) + 1)), f"migration numbers have gaps: {numbers}"
    return found


def latest_version() -> int:
    return all_migrations()[-1].number


def current_version(db) -> int:
    with db.bind_ctx([SchemaMigration]):
        if not SchemaMigration.table_exists():
            return 0
        row = SchemaMigration.select().order_by(SchemaMigration.version.desc()).first()
        return row.version if row else 0


def migrator_for(db):
    return PostgresqlMigrator(db) if isinstance(db, PostgresqlDatabase) else SqliteMigrator(db)


def migrate(db, target: int | None = None) -> list[int]:
    """Bring the database up to `target` (default: latest); return the numbers applied."""
    migrations = all_migrations()
    target = migrations[-1].number if target is None else target
    have = current_version(db)
    if have > migrations[-1].number:
        raise UserError(f"数据库版本（{have}）比本程序支持的版本（{migrations[-1].number}）更新，"
                        "请升级见义勇为工作台后再打开")
    _refuse_foreign_history(db, migrations, have)
    applied = []
    with db.bind_ctx([SchemaMigration]):
        db.create_tables([SchemaMigration], safe=True)
        for m in migrations:
            if m.number <= have or m.number > target:
                continue
            with db.atomic():
                m.up(db, migrator_for(db))
                SchemaMigration.create(version=m.number, name=m.name,
                                       applied_at=dt.datetime.now().replace(microsecond=0))
            applied.append(m.number)
    return applied


def _refuse_foreign_history(db, migrations: list[Migration], have: int) -> None:
    """A database whose recorded changes differ from this program's under the same numbers was
    changed by another build (a test or pre-release version with other migrations): counting
    only the numbers would take it as up to date and leave tables missing. Refused, saying which."""
    if have == 0:
        return
    ours = {m.number: m.name for m in migrations}
    recorded: list[tuple[int, str]] = db.execute_sql(
        'SELECT "version", "name" FROM "schema_migration" ORDER BY "version"').fetchall()
    for version, name in recorded:
        if version in ours and name != ours[version]:
            raise UserError(f"数据库记录的第 {version} 号结构变更是“{str(name)[:40]}”，而本程序的第 {version} 号是"
                            f"“{ours[version]}”：这个数据库被其他版本（如测试版）的程序改动过，数据表可能不全，"
                            "为免出错已停止打开。请用该版本之前的备份恢复，或联系技术支持")
