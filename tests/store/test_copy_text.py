"""PostgreSQL rows written with COPY (store.bulk.write_rows) read back exactly as written, for the
values an import stores: text with backslashes, tabs, line breaks and COPY's own markers, NULL,
flags, money, dates, times and bytes."""

import datetime as dt
from decimal import Decimal

import pytest

from desktop.store.bulk import copy_text, write_rows
from desktop.store.db import is_postgres

TRICKY = ["", "plain", "张伟", "a\\b", "\\N", "\\.", "tab\there", "line\nbreak", "cr\rlf\r\n", "end\\", "\\\\x00",
          "'quote'", '"dq"', "emoji 😀 𠮷", "%s %(x)s", " lead and trail ", "\\t literal"]


def test_copy_text_refuses_what_it_cannot_write():
    with pytest.raises(TypeError):
        copy_text([(1.5,)])
    with pytest.raises(TypeError):
        copy_text([(dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc),)])
    assert copy_text([("a\tb", None, True, 3)]) == "a\\tb\t\\N\tt\t3\n"


def test_rows_read_back_as_written(ledger):
    db = ledger.db
    if not is_postgres(db):
        pytest.skip("COPY is PostgreSQL's")
    db.execute_sql("CREATE TEMP TABLE copy_probe (k integer, s text, b boolean, n numeric(14,2), d date, "
                   "ts timestamp, by bytea)")
    rows = []
    for i, text in enumerate(TRICKY):
        rows.append((i, text, i % 2 == 0, Decimal("1234.50") if i % 3 else None, dt.date(2000 + i, 1, 2 + i),
                     dt.datetime(2026, 11, 30, 9, 5, i, 123456 * (i % 2)), text.encode("utf-8") if i % 4 else None))
    rows.append((len(TRICKY), None, None, None, None, None, b"\x00\x01\\\xff"))
    with ledger.atomic():
        write_rows(db.cursor(), True, "copy_probe", ["k", "s", "b", "n", "d", "ts", "by"], rows)
        got = db.execute_sql("SELECT k, s, b, n, d, ts, by FROM copy_probe ORDER BY k").fetchall()
    got = [tuple(bytes(v) if isinstance(v, memoryview) else v for v in row) for row in got]
    assert got == rows
