"""services.listing, behind every table of the window: counts, pages, sorting, filters, on both engines."""

from __future__ import annotations

import pytest

from desktop.domain.errors import ValidationError
from desktop.services import demo, listing, persons


@pytest.fixture
def demo_both(ledger):
    demo.generate(ledger, 40)
    return ledger


def test_every_table_counts_and_pages(demo_both):
    ledger = demo_both
    batch = listing.fetch_rows(ledger, "batches", limit=1)[0]
    for table in listing.TABLES:
        filters = {"batch": batch["id"]} if table == "roll" else None
        n = listing.count_rows(ledger, table, filters=filters)
        assert n > 0, table
        page1 = listing.fetch_rows(ledger, table, filters=filters, limit=7)
        page2 = listing.fetch_rows(ledger, table, filters=filters, limit=7, offset=7)
        everything = listing.fetch_rows(ledger, table, filters=filters, limit=10_000)
        assert len(everything) == n
        assert [r["id"] for r in page1 + page2] == [r["id"] for r in everything[:14]], table


def test_people_sort_by_pinyin_both_ways_and_filter(demo_both):
    ledger = demo_both
    up = [r["name_pinyin"] for r in listing.fetch_rows(ledger, "persons", limit=100)]
    down = [r["name_pinyin"] for r in listing.fetch_rows(ledger, "persons", order=[("name", True)], limit=100)]
    assert up == sorted(up) and down == sorted(up, reverse=True)
    dead = listing.fetch_rows(ledger, "persons", filters={"state": "deceased"}, limit=100)
    assert dead and {r["state"] for r in dead} == {"deceased"}
    assert listing.count_rows(ledger, "persons", "zh") == persons.count_persons(ledger, "zh")


def test_cases_carry_their_countdown_and_deeds_their_people(demo_both):
    ledger = demo_both
    rows = listing.fetch_rows(ledger, "cases", filters={"open": "1"}, limit=100)
    for r in rows:
        assert r["state"] not in ("closed", "not_accepted", "withdrawn")
        if r["days_left"] is not None:
            assert r["deadline_status"] in ("ok", "near", "overdue") and r["deadline_due"]
    deeds = listing.fetch_rows(ledger, "deeds", limit=5)
    assert all(d["people"] for d in deeds)


def test_refuses_unknown_sort_and_filter(demo_both):
    with pytest.raises(ValidationError, match="排序"):
        listing.fetch_rows(demo_both, "persons", order=[("salary", False)])
    with pytest.raises(ValidationError, match="筛选"):
        listing.count_rows(demo_both, "visits", filters={"colour": "red"})
    assert listing.year_range(demo_both, "deeds")[1] <= 2026
