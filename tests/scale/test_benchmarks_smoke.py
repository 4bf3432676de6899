"""The benchmark generator and runner work (at a tiny size; no timing is asserted here)."""

from __future__ import annotations

import json

import pytest

from benchmarks import run, search_cases
from benchmarks.generate import generate
from desktop.domain.id_number import validate_document
from desktop.services import persons
from desktop.services.ledger import Ledger
from desktop.store import audit
from desktop.store.models import (
    AuditEntry, Award, ConfirmationCase, Deed, DeedPerson, GuaranteeItem, Person,
)


def _check_generated(target: str, n: int) -> None:
    ledger = Ledger.open(target)
    try:
        with ledger.reading():
            assert Person.select().count() == n
            assert DeedPerson.select().count() == n
            deeds = Deed.select().count()
            assert n / 3 <= deeds <= n and ConfirmationCase.select().count() == deeds
            assert Award.select().count() > 0 and GuaranteeItem.select().count() > 0
            assert AuditEntry.select().count() >= n + 2 * deeds
            assert audit.verify_chain() == []
            some = list(Person.select().limit(20))
        for p in some:
            check = validate_document("resident", p.id_number)
            assert check.number == p.id_number and p.id_rev == p.id_number[::-1]
            assert p.birth_date == check.birth_date and p.gender == check.gender
            found = persons.search_persons(ledger, p.name_initials, limit=500)
            assert p.id in [r["id"] for r in found]
            assert [r["id"] for r in persons.search_persons(ledger, p.id_number)] == [p.id]
        employer = next(p.employer for p in some if p.employer)
        assert persons.search_persons(ledger, employer[3:7])  # the full-text index was rebuilt
        # records written after the bulk load get new ids and extend the audit chain
        new = persons.create_person(ledger, {"name": "新来的"})
        assert new["id"] == n + 1
        with ledger.reading():
            assert audit.verify_chain() == []
    finally:
        ledger.close()


def _check_results(path, engine: str, with_start: bool) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["machine"]["nproc"] >= 1
    (res,) = [e for e in data["engines"] if e["engine"].startswith(engine)]
    kinds = {r["kind"] for r in res["search"]}
    assert kinds == set(search_cases.KINDS)
    assert all(r["same"] and not r["mismatches"] for r in res["search"])  # every page as the hand query's
    assert all(r["median_ms"] > 0 and r["sql_median_ms"] > 0 and r["ratio"] > 0 for r in res["search"])
    assert next(r for r in res["search"] if r["kind"] == "ID number")["rows_per_query"] == 1
    assert res["table"]["last_row_ok"] is True and res["table"]["peak_mb"] > 0
    if with_start:
        assert {r["kind"] for r in res["cold_search"]} == set(search_cases.KINDS)
        assert all(r["median_ms"] > 0 and r["sql_median_ms"] > 0 and not r["mismatches"] for r in res["cold_search"])
        assert res["start"]["median_s"] > 0 and res["start"]["bare_median_s"] > 0


def test_generate_and_run_on_sqlite(tmp_path, capsys):
    db = str(tmp_path / "province.db")
    counts = generate(db, 300, quiet=True)
    assert counts["person"] == 300
    _check_generated(db, 300)
    out = tmp_path / "results.json"
    assert run.main(["--sqlite", db, "--queries", "5", "--start-runs", "1", "--cold-runs", "1",
                     "--sections", "search,cold,table,start", "--json", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "search name prefix" in printed and "ratio" in printed and "people table" in printed
    _check_results(out, "SQLite", with_start=True)


def test_a_page_unlike_the_hand_querys_fails_the_run(tmp_path, capsys, monkeypatch):
    """The search benchmark compares every page with the hand query's: one person dropped from the
    service's pages makes the run print MISMATCH and exit 1."""
    db = str(tmp_path / "province.db")
    generate(db, 300, quiet=True)
    real = persons.search_persons
    monkeypatch.setattr(persons, "search_persons", lambda *a, **k: real(*a, **k)[1:])
    assert run.main(["--sqlite", db, "--queries", "3", "--sections", "search"]) == 1
    err = capsys.readouterr().err
    assert "MISMATCH service vs hand SQL" in err and "missing [" in err


def test_generate_and_run_on_postgresql(tmp_path, pg_server):
    if not pg_server.url:
        pytest.skip(pg_server.why_not)
    name = pg_server.new_database()
    url = f"{pg_server.base()}/{name}"
    try:
        generate(url, 300, quiet=True)
        _check_generated(url, 300)
        out = tmp_path / "results.json"
        assert run.main(["--pg-url", url, "--queries", "5", "--sections", "search,table", "--json", str(out)]) == 0
        _check_results(out, "PostgreSQL", with_start=False)
    finally:
        from desktop.store.db import database
        if database.obj is not None and getattr(database.obj, "database", None) == name:
            database.obj.close()
        pg_server.drop_database(name)
