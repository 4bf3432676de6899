"""Import of a 10,000-row ledger: records/second, beside openpyxl's bare read of the same file.

    python benchmarks/bench_excel.py [ROWS]

Prints the bare read (openpyxl read-only, every cell value), the check (preview) and the write
(apply, one transaction through the persons/deeds services) and the ratio to the bare read.
"""

from __future__ import annotations

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
    rows = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
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
    c = result["counts"]
    print(f"rows: {rows}, cells: {cells}, file: {src.stat().st_size // 1024} KiB")
    print(f"baseline  openpyxl bare read:        {bare:7.2f} s  {rows / bare:9.0f} rows/s")
    print(f"preview   read + check + match:      {check:7.2f} s  {rows / check:9.0f} rows/s  ({check / bare:.1f}x bare read)")
    print(f"apply     write (one transaction):   {write:7.2f} s  {rows / write:9.0f} rows/s")
    total = check + write
    print(f"import    total:                     {total:7.2f} s  {rows / total:9.0f} records/s  ({total / bare:.1f}x bare read)")
    print(f"fates: {c}")
    total_cpu = check_cpu + write_cpu
    print(f"CPU time (the machine may be shared): bare read {bare_cpu:.2f} s, preview {check_cpu:.2f} s "
          f"({check_cpu / bare_cpu:.1f}x, target <= 2x), import {total_cpu:.2f} s ({total_cpu / bare_cpu:.1f}x, "
          f"target <= 4x)")
    print(f"load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())} on {os.cpu_count()} CPUs")
    ledger.close()
    # the floor: the same writes straight through the services, without reading or checking
    floor_rows = min(rows, 1000)
    ledger = Ledger.open(str(tmp / "floor.db"), actor="bench", today=dt.date(2026, 11, 28))
    init_office(ledger, "330102", "杭州市上城区公安分局")
    from desktop.services import deeds, persons

    t0 = time.perf_counter()
    with ledger.atomic():
        for r in pv.rows[:floor_rows]:
            p = persons.create_person(ledger, dict(r.check.person))
            deeds.record_deed(ledger, r.check.deed, [{"person_id": p["id"], **r.check.link}])
    floor = time.perf_counter() - t0
    print(f"floor     persons.create_person + deeds.record_deed alone ({floor_rows} rows): "
          f"{floor_rows / floor:7.0f} rows/s  (apply runs at {rows / write / (floor_rows / floor):.0%} of it)")
    ledger.close()


if __name__ == "__main__":
    main()
