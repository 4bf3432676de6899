"""The bulk write path of import-xlsx stores exactly what the one-record-at-a-time path stores.

The same workbook (new people, deeds joined by number and by content, a deed already in the
ledger, a person already in the ledger, a repeated person, a refused row, a row whose deed waits,
and enough clean rows for several chunks) is imported into two fresh databases, once through
`store.bulk` and once through the services one record at a time; every row of every table must be
the same once timestamps, uuids and the hashes that cover them are set aside, and `check` (the
integrity checks and the audit chain) must pass on both.
"""

from __future__ import annotations

import datetime as dt
import re

import openpyxl
import pytest

from desktop.domain.errors import UserError
from desktop.domain.id_number import check_digit
from desktop.services import deeds, integrity, persons
from desktop.services import ledger_import as li
from desktop.store.db import is_postgres
from tests.conftest import _ledger

HEADER = ["序号", "姓名", "身份证号码", "性别", "民族", "户籍地", "联系电话", "事迹编号", "事迹简介", "发生时间", "地点",
          "类别", "结果"]
UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
FTS_TERMS = ["测试1", "测试10", "救起落水", "某路1", "扑灭山火", "杭州市上城区", "另一次"]
STAMP = re.compile(r"\d{4}-\d\d-\d\d[ T]\d\d:\d\d:\d\d")  # a moment (a date alone is data)
HASH_COLUMNS = {"hash", "prev_hash"}  # they cover the moment and the uuid


def rid(n: int) -> str:
    first17 = f"3301021980{1 + n % 12:02d}{1 + n % 28:02d}{n % 1000:03d}"
    return first17 + check_digit(first17)


def make_workbook(path, clean_rows: int) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "台账"
    ws.append(HEADER)
    rows = [
        ["甲一", rid(1), None, "汉族", "杭州市上城区", "13800000001", None, "徒手制止抢劫", "2021-03-05", "解放路",
         "与违法犯罪作斗争", "受伤"],
        ["乙二", rid(2), None, "汉族", None, None, "S-1", "救起落水儿童", "2021-04-01", "新塘河", "救助落水人员", "未伤"],
        ["丙三", rid(3), None, None, None, None, "S-1", "救起落水儿童", "2021-04-01", "新塘河", "救助落水人员", "致残"],
        ["老四", rid(4), None, None, None, "13900000004", None, "冲入火场", "2022-07-09", "某小区", "火灾救援",
         "未伤"],  # already in the ledger: a new deed
        ["戊五", rid(5), None, None, None, None, None, "台风转移群众", "2020-08-08", "某村", "抢险救灾",
         "受伤"],  # joins the deed already in the ledger
        ["己六", rid(6), None, None, None, None, None, None, None, None, None, None],  # no deed
        ["甲一", rid(1), None, None, None, None, None, "另一次救人", "2023-01-02", "河边", "救助落水人员",
         "未伤"],  # the first row's person again
        ["庚七", rid(7), None, None, None, None, None, "见义勇为", "2030-01-01", "上城区", "其他", "未伤"],  # refused
        ["辛八", rid(8), None, None, None, None, None, "徒手制止抢劫", "2021-03-05", "解放路",
         "与违法犯罪作斗争", "牺牲"],  # joins the first row's deed by its content
        ["壬九", rid(9), None, None, None, None, "S-2", "扑灭山火", "2019-05-05", "山上", "火灾救援", "未伤"],
        ["癸十", rid(10), None, None, None, None, "S-3", "扑灭山火", "2019-05-05", "山上", "火灾救援",
         "未伤"],  # another deed number, the same content: joins the deed written for S-2
        ["子十一", rid(11), None, None, None, None, None, "救人", "2021-06-06", None, None, None],  # deed waits
    ]
    for i, r in enumerate(rows, 1):
        ws.append([i, *r])
    for i in range(clean_rows):
        ws.append([len(rows) + i + 1, f"测试{i}", rid(100 + i), None, "汉族", "杭州市上城区", None, None,
                   f"事迹{i}", dt.date(2016, 1, 1) + dt.timedelta(days=i), f"某路{i}号",
                   ["与违法犯罪作斗争", "救助落水人员", "火灾救援"][i % 3], ["未伤", "受伤", "致残"][i % 3]])
    wb.save(path)


def _tables(db) -> list[str]:
    if is_postgres(db):
        sql = "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1"
    else:
        sql = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY 1"
    return [r[0] for r in db.execute_sql(sql).fetchall()]


def _normal(column: str, value):
    if value is None:
        return None
    if column in HASH_COLUMNS or isinstance(value, dt.datetime) or isinstance(value, str) and STAMP.match(value):
        return "<time>"
    return UUID.sub("<uuid>", value) if isinstance(value, str) else value


def _dump(ledger) -> dict[str, list]:
    """Every row of every table, ordered, with times, uuids and the hashes over them set aside."""
    db = ledger.db
    out = {}
    for table in _tables(db):
        if table.endswith(("_fts_data", "_fts_idx")):
            # FTS5's b-tree segments: their layout depends on when FTS flushed (at each savepoint of
            # the one-by-one path); what they find is compared below
            fts = table.rsplit("_", 1)[0]
            db.execute_sql(f"INSERT INTO {fts}({fts}) VALUES ('integrity-check')")
            out[table] = {term: [r[0] for r in db.execute_sql(
                f"SELECT rowid FROM {fts} WHERE {fts} MATCH ? ORDER BY rowid", (f'"{term}"',)).fetchall()]
                for term in FTS_TERMS}
            continue
        cur = db.execute_sql(f'SELECT * FROM "{table}" ORDER BY 1')  # the id: the order is compared too
        names = [d[0] for d in cur.description]
        rows = []
        for row in cur.fetchall():
            rows.append(tuple(_normal(n, v) for n, v in zip(names, row)))
        out[table] = rows
    return out


def _import(url, src, tmp_path, bulk):
    ledger = _ledger(url)
    try:
        x = persons.create_person(ledger, {"name": "老四", "id_number": rid(4)})
        deeds.record_deed(ledger, {"title": "转移群众", "occurred_on": dt.date(2020, 8, 8), "place": "某村",
                                   "category": "disaster", "narrative": "台风转移群众", "division_code": "330102"},
                          [{"person_id": x["id"], "outcome": "unhurt"}])
        pv = li.preview(ledger, src)
        result = li.apply(ledger, pv, error_path=tmp_path / f"errors-{bulk}.xlsx", bulk=bulk)
        report = integrity.check(ledger)
        return result, report, _dump(ledger)
    finally:
        ledger.close()


@pytest.fixture(params=["sqlite", "postgres"])
def two_urls(request, tmp_path, pg_server):
    if request.param == "sqlite":
        yield str(tmp_path / "one.db"), str(tmp_path / "bulk.db")
        return
    if not pg_server.url:
        pytest.skip(pg_server.why_not)
    names = [pg_server.new_database(pg_server.template) for _ in range(2)]
    yield tuple(f"{pg_server.base()}/{n}" for n in names)
    from desktop.store.db import database
    if database.obj is not None and not database.obj.is_closed():
        database.obj.close()
    for n in names:
        pg_server.drop_database(n)


def test_bulk_import_stores_exactly_what_one_by_one_stores(two_urls, tmp_path):
    src = tmp_path / "台账.xlsx"
    make_workbook(src, clean_rows=1100)  # more than one 3,000-record batch, chunks of 500 rows
    one_result, one_check, one = _import(two_urls[0], src, tmp_path, bulk=False)
    bulk_result, bulk_check, bulk = _import(two_urls[1], src, tmp_path, bulk=True)

    assert one_check["ok"], one_check["problems"]
    assert bulk_check["ok"], bulk_check["problems"]
    fates = {f["row"]: f for f in one_result["rows"]}
    # the workbook reaches every path: joins by deed number, by content, by content across two deed
    # numbers, onto a deed in the ledger; a person in the ledger, a repeated person, a refused row,
    # a row without a deed and a row whose deed waits
    assert fates[4]["deed_id"] == fates[3]["deed_id"] and fates[10]["deed_id"] == fates[2]["deed_id"]
    assert fates[12]["deed_id"] == fates[11]["deed_id"] and fates[6]["deed_id"] == 1
    assert fates[5]["fate"] == "updated" and fates[8]["person_id"] == fates[2]["person_id"]
    assert fates[9]["fate"] == "rejected" and fates[7]["deed_id"] is None and fates[13]["deed_waiting"]
    assert bulk_result["counts"] == one_result["counts"]
    assert bulk_result["rows"] == one_result["rows"]
    assert one.keys() == bulk.keys()
    new_people = {f["person_id"] for f in one_result["rows"] if f["fate"] == "imported"}
    assert len(one["person"]) == 1 + len(new_people) > 1100 and len(one["audit_entry"]) > 3 * 1100
    for table in one:
        assert bulk[table] == one[table], table


def test_preview_switches_the_garbage_collector_back_on(sqlite_ledger, tmp_path):
    import gc

    src = tmp_path / "台账.xlsx"
    make_workbook(src, clean_rows=3)
    assert gc.isenabled()
    assert li.preview(sqlite_ledger, src).rows
    assert gc.isenabled()
    bad = tmp_path / "坏.xlsx"
    bad.write_bytes(b"not a workbook")
    with pytest.raises(UserError, match="损坏"):
        li.preview(sqlite_ledger, bad)
    assert gc.isenabled()  # also after a refusal
    gc.disable()
    try:
        li.preview(sqlite_ledger, src)
        assert not gc.isenabled()  # a caller's choice is left as it was
    finally:
        gc.enable()


@pytest.mark.parametrize("bulk", [False, True])
def test_a_person_stored_since_the_preview_is_refused_on_both_paths(tmp_path, bulk):
    src = tmp_path / "台账.xlsx"
    make_workbook(src, clean_rows=0)
    ledger = _ledger(str(tmp_path / "x.db"))
    try:
        pv = li.preview(ledger, src)
        other = persons.create_person(ledger, {"name": "别人录的", "id_number": rid(2)})
        fates = {f["row"]: f for f in li.apply(ledger, pv, error_path=tmp_path / "e.xlsx", bulk=bulk)["rows"]}
    finally:
        ledger.close()
    # 乙二 (row 3) and 丙三 (row 4) share deed S-1: the group is refused together, nobody half-stored
    for row in (3, 4):
        assert fates[row]["fate"] == "rejected" and fates[row]["person_id"] is None
        assert f"已登记为“别人录的”（编号 {other['id']}）" in fates[row]["reason"]
    assert fates[2]["fate"] == "imported" and fates[11]["deed_id"] == fates[12]["deed_id"]
