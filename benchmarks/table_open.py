"""How long the people table takes to open (COUNT + first page) and to jump to its end, by size.

Run: python benchmarks/table_open.py [sizes…]   (default 100 and 1,000,000; offscreen, SQLite)
Prints one line per size; the 100-row figure measured in the same run is the baseline.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
import time
import tracemalloc
import uuid
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def build(path: str, n: int):
    from desktop.domain import names
    from desktop.services.ledger import Ledger
    from desktop.services.office import init_office
    from desktop.store.models import Person

    ledger = Ledger.open(path, actor="bench", today=dt.date(2026, 11, 28))
    init_office(ledger, "330102", "杭州市公安局上城区分局")
    surnames, given = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗", "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超霞平刚"
    cache: dict[str, tuple[str, str]] = {}
    batch = []
    with ledger.atomic():
        for i in range(n):
            name = surnames[i % 20] + given[(i // 20) % 20] + given[(i // 400) % 20]
            if name not in cache:
                cache[name] = (names.pinyin_full(name), names.pinyin_initials(name))
            batch.append({"uuid": str(uuid.uuid4()), "origin": "330102", "name": name,
                          "name_pinyin": cache[name][0], "name_initials": cache[name][1], "state": "unhurt"})
            if len(batch) == 2000:
                Person.insert_many(batch).execute()
                batch = []
        if batch:
            Person.insert_many(batch).execute()
    return ledger


def measure(ledger) -> dict[str, float]:
    from PySide6.QtWidgets import QApplication, QTableView

    from desktop.gui.table_model import Column, LazyTableModel
    app = QApplication.instance() or QApplication([])
    model = LazyTableModel(ledger, "persons", [Column("name", "姓名", sort="name"), Column("state", "状态")])
    view = QTableView()
    view.setModel(model)
    view.resize(1000, 600)
    tracemalloc.start()
    t0 = time.perf_counter()
    model.set_query("")
    view.show()
    view.grab()
    app.processEvents()
    opened = time.perf_counter() - t0
    t1 = time.perf_counter()
    view.scrollToBottom()
    view.grab()
    end = time.perf_counter() - t1
    t2 = time.perf_counter()
    model.set_query("wwq")
    view.grab()
    search = time.perf_counter() - t2
    peak = tracemalloc.get_traced_memory()[1] / 1e6
    tracemalloc.stop()
    return {"rows": model.rowCount(), "open_s": opened, "end_s": end, "search_s": search,
            "loaded": model.loaded_rows, "peak_mb": peak}


def main(sizes: list[int]) -> None:
    for n in sizes:
        path = str(Path(tempfile.mkdtemp()) / f"bench{n}.db")
        t = time.perf_counter()
        ledger = build(path, n)
        built = time.perf_counter() - t
        r = measure(ledger)
        print(f"{n:>9} rows (built in {built:5.1f}s): open {r['open_s'] * 1000:7.1f} ms, "
              f"jump to end {r['end_s'] * 1000:7.1f} ms, search 'wwq' {r['search_s'] * 1000:7.1f} ms, "
              f"rows in memory {r['loaded']}, peak Python memory {r['peak_mb']:.1f} MB")
        ledger.close()


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [100, 1_000_000])
