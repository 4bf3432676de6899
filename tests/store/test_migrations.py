import shutil
from pathlib import Path

import pytest

from desktop.domain.errors import UserError
from desktop.store import migrations
from desktop.store.db import open_database

V1 = Path(__file__).resolve().parents[1] / "data" / "yiyong-v1.db"


def schema(db):
    out = {}
    for table in db.get_tables():
        out[table] = sorted((c.name, c.data_type.upper(), c.null) for c in db.get_columns(table))
    return out


def test_old_database_file_upgrades_without_loss(tmp_path):
    path = tmp_path / "old.db"
    shutil.copy(V1, path)
    db = open_database(path)
    assert migrations.current_version(db) == 1
    applied = migrations.migrate(db)
    assert applied == list(range(2, migrations.latest_version() + 1))
    assert migrations.current_version(db) == migrations.latest_version()
    name, state = db.execute_sql("SELECT name, state FROM person").fetchone()
    assert (name, state) == ("王喆", "injured")
    assert db.execute_sql("SELECT decision FROM confirmation_case").fetchone() == ("confirmed",)
    fresh = open_database(tmp_path / "fresh.db")
    migrations.migrate(fresh)
    assert schema(db) == schema(fresh)


def _live_models():
    """Every model of the store's live modules (what the program reads and writes)."""
    import importlib
    import inspect
    import pkgutil

    import desktop.store
    from peewee import Model

    found = {}
    for info in pkgutil.iter_modules(desktop.store.__path__):
        module = importlib.import_module(f"desktop.store.{info.name}")
        for obj in vars(module).values():
            # bases (BaseModel, Travelling) have subclasses and no table of their own
            if inspect.isclass(obj) and issubclass(obj, Model) and obj.__module__ == module.__name__ \
                    and not obj.__subclasses__():
                found[obj._meta.table_name] = obj
    return list(found.values())


def test_the_migrations_make_every_table_the_live_models_describe(tmp_path):
    """The migrations freeze their tables; the live models must still describe what they made."""
    migrated = open_database(tmp_path / "migrated.db")
    migrations.migrate(migrated)
    models = _live_models()
    assert {"person", "user_account", "peer", "document_counter"} <= {m._meta.table_name for m in models}
    described = open_database(tmp_path / "described.db")
    with described.bind_ctx(models):
        described.create_tables(models)
    tables = described.get_tables()
    assert {t: c for t, c in schema(migrated).items() if t in tables} == schema(described)
    for table in tables:
        made = {(i.name, tuple(i.columns), i.unique) for i in migrated.get_indexes(table)}
        wanted = {(i.name, tuple(i.columns), i.unique) for i in described.get_indexes(table)}
        assert wanted <= made, table


def test_no_migration_imports_the_live_models():
    import ast

    folder = Path(migrations.__file__).parent
    for path in folder.glob("m[0-9]*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom):
                names = [f"{node.module}.{a.name}" for a in node.names]
            elif isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            else:
                continue
            for name in names:  # DDL (store/search.py) and the frozen first schema only
                assert not name.startswith("desktop") or name in (
                    "desktop.store.search", "desktop.store.migrations.schema_v1"), f"{path.name} imports {name}"


def test_migrating_twice_is_a_no_op(tmp_path):
    db = open_database(tmp_path / "x.db")
    assert migrations.migrate(db)
    assert migrations.migrate(db) == []


def test_database_from_a_newer_program_is_refused(tmp_path):
    db = open_database(tmp_path / "x.db")
    migrations.migrate(db)
    db.execute_sql("INSERT INTO schema_migration (version, name, applied_at) VALUES (999, 'future', '2030-01-01')")
    with pytest.raises(UserError, match="请升级见义勇为工作台"):
        migrations.migrate(db)


def test_database_changed_by_another_build_is_refused(tmp_path):
    """Same numbers, other migrations (a test build's 10th was not ours): not taken as up to date."""
    db = open_database(tmp_path / "x.db")
    migrations.migrate(db, target=9)
    db.execute_sql("INSERT INTO schema_migration (version, name, applied_at) "
                   "VALUES (10, 'name_first_char', '2026-11-30')")
    with pytest.raises(UserError, match="第 10 号结构变更是“name_first_char”") as caught:
        migrations.migrate(db)
    assert "case_persons" in str(caught.value)
    assert "case_person_decision" not in db.get_tables()


def test_sqlite_pragmas(tmp_path):
    db = open_database(tmp_path / "x.db")
    assert db.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute_sql("PRAGMA busy_timeout").fetchone()[0] >= 10000


def test_unopenable_targets_are_user_errors(tmp_path):
    with pytest.raises(UserError, match="不存在"):
        open_database(tmp_path / "no" / "such" / "dir.db")
    with pytest.raises(UserError, match="不支持"):
        open_database("mysql://x@y/z")


@pytest.mark.parametrize("url", ["postgresql://clerk:s3cret-pw@127.0.0.1:1/yiyong",
                                 "postgresql://clerk:s3cret-pw@[bad/yiyong", "mysql://clerk:s3cret-pw@db/yiyong"])
def test_no_password_in_the_message_of_a_database_that_cannot_be_opened(url):
    with pytest.raises(UserError) as caught:
        open_database(url)
    assert "s3cret-pw" not in str(caught.value) and "clerk:***@" in str(caught.value)
    context = caught.value.__context__  # a logged traceback shows no driver error holding the URL
    assert caught.value.__cause__ is None and (context is None or caught.value.__suppress_context__)
