"""Import of a 10,000-row ledger: records/second, beside openpyxl's bare read of the same file.

    python benchmarks/bench_excel.py [ROWS] [--pg]

Prints the bare read (openpyxl read-only, every cell value), the check (preview) and the write
(apply: one transaction, new people and deeds through store.bulk), wall and CPU time, each CPU
time over the bare read's, the load average, and the write of the first 1,000 rows one record at
a time through the services (apply(bulk=False), the path before store.bulk) for reference.
--pg: also the same write into a private PostgreSQL server (tests/pg.py), bulk beside one at a time.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def make_file(path: Path, rows: int) -> None:
    import openpyxl

    from desktop.domain.id_number import check_digit

    rng = random.Random(6)
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("台账")
    ws.append(["某县见义勇为人员台账"])
    ws.append(["序号", "姓名", "身份证号码", "性别", "民族", "户籍地", "联系电话", "是否外来务工",
               "事迹简介", "发生时间", "地点", "类别", "结果"])
    used = set()
    for i in range(rows):
        while True:
            birth = dt.date(rng.randrange(1960, 2004), rng.randrange(1, 13), rng.randrange(1, 29))
            seq = rng.randrange(0, 999)
            first17 = f"330102{birth:%Y%m%d}{seq:03d}"
            if first17 not in used and not (first17 + check_digit(first17)).endswith("000"):
                # an ID ending in 000 waits for the clerk (it may be cut by Excel): clean rows only
                used.add(first17)
                break
        gender = "男" if seq % 2 else "女"
        occurred = dt.date(2016, 1, 1) + dt.timedelta(days=rng.randrange(0, 3600))
        ws.append([i + 1, f"测试{i}", first17 + check_digit(first17), gender, "汉族", "杭州市上城区",
                   f"138{rng.randrange(10**7, 10**8)}", rng.choice(["是", "否"]), "见义勇为事迹（虚构）",
                   occurred, f"上城区某路{i}号", rng.choice(["与违法犯罪作斗争", "救助落水人员", "火灾救援"]),
                   rng.choice(["未伤", "受伤", "致残"])])
    wb.save(path)


def main() -> None:
    args = [a for a in sys.argv[1:] if a != "--pg"]
    rows = int(args[0]) if args else 10_000
    import openpyxl

    from desktop.services import ledger_import as li
    from desktop.services.ledger import Ledger
    from desktop.services.office import init_office

    tmp = Path(tempfile.mkdtemp(prefix="bench-excel-"))
    src = tmp / "ledger.xlsx"
    make_file(src, rows)
    t0, c0 = time.perf_counter(), time.process_time()
    wb = openpyxl.load_workbook(src, read_only=True, data_only=True)
    cells = sum(len(r) for r in wb.active.iter_rows(values_only=True))
    wb.close()
    bare, bare_cpu = time.perf_counter() - t0, time.process_time() - c0
    ledger = Ledger.open(str(tmp / "bench.db"), actor="bench", today=dt.date(2026, 11, 28))
    init_office(ledger, "330102", "杭州市上城区公安分局")
    t0, c0 = time.perf_counter(), time.process_time()
    pv = li.preview(ledger, src)
    check, check_cpu = time.perf_counter() - t0, time.process_time() - c0
    t0, c0 = time.perf_counter(), time.process_time()
    result = li.apply(ledger, pv)
    write, write_cpu = time.perf_counter() - t0, time.process_time() - c0
    ledger.close()
    c = result["counts"]
    total, total_cpu = check + write, check_cpu + write_cpu
    print(f"rows: {rows}, cells: {cells}, file: {src.stat().st_size // 1024} KiB")
    print("                                           wall            CPU   CPU / bare read")
    print(f"baseline  openpyxl bare read (read_only): {bare:7.2f} s  {bare_cpu:7.2f} s")
    print(f"preview   read + check + match:           {check:7.2f} s  {check_cpu:7.2f} s   {check_cpu / bare_cpu:4.1f}x  "
          f"(target <= 2x)")
    print(f"apply     write, one transaction, bulk:   {write:7.2f} s  {write_cpu:7.2f} s   {write_cpu / bare_cpu:4.1f}x  "
          f"({write_cpu / rows * 1000:.2f} ms CPU per row)")
    print(f"import    preview + apply (import-xlsx):  {total:7.2f} s  {total_cpu:7.2f} s   {total_cpu / bare_cpu:4.1f}x  "
          f"(target <= 4x; {rows / total:.0f} rows/s wall)")
    print(f"fates: {c}")
    print(f"load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())} on {os.cpu_count()} CPUs "
          "(the wall times carry the load; compare the CPU times)")
    # the reference: the same rows written one record at a time through the services (bulk=False,
    # what import-xlsx did before the bulk path), on the first rows only
    ref_rows = min(rows, 1000)
    ledger = Ledger.open(str(tmp / "one-by-one.db"), actor="bench", today=dt.date(2026, 11, 28))
    init_office(ledger, "330102", "杭州市上城区公安分局")
    part = dataclasses.replace(pv, rows=pv.rows[:ref_rows])
    li.apply(ledger, dataclasses.replace(pv, rows=pv.rows[:1]), bulk=False)  # pypinyin loaded outside the timing
    t0, c0 = time.perf_counter(), time.process_time()
    li.apply(ledger, dataclasses.replace(part, rows=part.rows[1:]), bulk=False)
    one, one_cpu = time.perf_counter() - t0, time.process_time() - c0
    ledger.close()
    print(f"reference one record at a time (bulk=False), {ref_rows - 1} rows: {one:.2f} s wall, {one_cpu:.2f} s CPU "
          f"= {one_cpu / (ref_rows - 1) * 1000:.2f} ms CPU per row (bulk: {write_cpu / rows * 1000:.2f})")
    if "--pg" in sys.argv:
        on_postgres(pv, min(rows, 3000))


def on_postgres(pv, rows: int) -> None:
    """The write of the first `rows` rows on PostgreSQL: bulk, then one record at a time (1,000 rows)."""
    from desktop.services import ledger_import as li
    from desktop.services.ledger import Ledger
    from desktop.services.office import init_office
    from desktop.store import migrations
    from desktop.store.db import open_database
    from tests.pg import PgServer

    server = PgServer()
    server.start()
    try:
        for bulk, n in ((True, rows), (False, min(rows, 1000))):
            url = f"{server.base()}/{server.new_database()}"
            db = open_database(url)
            migrations.migrate(db)
            db.close()
            ledger = Ledger.open(url, actor="bench", today=dt.date(2026, 11, 28))
            init_office(ledger, "330102", "杭州市上城区公安分局")
            li.apply(ledger, dataclasses.replace(pv, rows=pv.rows[:1]), bulk=bulk)  # warm: pypinyin, statements
            part = dataclasses.replace(pv, rows=pv.rows[1:n])
            t0, c0 = time.perf_counter(), time.process_time()
            li.apply(ledger, part, bulk=bulk)
            wall, cpu = time.perf_counter() - t0, time.process_time() - c0
            ledger.close()
            print(f"PostgreSQL {'bulk' if bulk else 'one record at a time'}, {n - 1} rows: {wall:.2f} s wall, "
                  f"{cpu:.2f} s CPU in this process = {wall / (n - 1) * 1000:.2f} ms wall per row")
    finally:
        server.stop()


if __name__ == "__main__":
    main()
