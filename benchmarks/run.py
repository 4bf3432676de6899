"""Run the benchmarks; print every figure beside a baseline measured in the same run, as a ratio.

    python -m benchmarks.run --sqlite /tmp/province.db                    # an existing database
    python -m benchmarks.run --sqlite /tmp/p.db --persons 1000000         # generate it first if missing
    python -m benchmarks.run --pg-persons 200000                          # a private PostgreSQL server too
    python -m benchmarks.run --pg-url postgresql://u:p@host:5432/yiyong   # an existing PostgreSQL database

Sections, on each engine:
  search   name prefix, part of a name, bare common surname, pinyin initials (whole, and the first
           1-2 letters as typed), full pinyin, ID number (full, last six and last four digits), free
           text (benchmarks/search_cases.py: random people's plus the heavy cases by name):
           median and 95th percentile of services.persons.search_persons(limit=50), beside the best
           query I can write by hand in SQL on the same connection (rows fetched, no dicts). Every
           page is compared with the hand query's (ids, in order) and the hand query's with a plain
           scan's on a few samples: a difference is printed and the run exits 1.
           Targets: median < 10 ms and < 2x the hand-written query.
  cold     the first search of a fresh process, beside the hand query's first in a fresh process
           (--drop-caches: the OS file cache emptied before each, root only).
  table    the people table (desktop/gui PeoplePage, offscreen, in a fresh process): first screen
           shown, then jump to the last row, and the process's peak memory; beside the hand-written
           count + first page + last page. Targets: < 300 ms each, < 300 MB.
  start    cold start to the main window shown (fresh process, offscreen), beside a bare PySide6
           process showing an empty window. Target: < 1.5 s.
Then the other issues' benchmarks (benchmarks/bench_letters.py, bench_exchange.py, bench_excel.py)
if present, each in its own process, their output printed as is.
`--json FILE` also writes every figure (BENCHMARKS.md is written from it).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.bench_first_start import drop_caches  # noqa: E402

SEARCH_MEDIAN_MS = 10.0
SEARCH_RATIO = 2.0
TABLE_MS = 300.0
TABLE_MB = 300.0
START_S = 1.5
OTHER_BENCHMARKS = ["bench_letters.py", "bench_exchange.py", "bench_excel.py"]


def _temp_dir(prefix: str) -> str:
    """A temporary folder removed when the run ends (a home holds daily backups of big ledgers)."""
    import atexit
    import shutil
    path = tempfile.mkdtemp(prefix=prefix)
    atexit.register(shutil.rmtree, path, True)
    return path


def _env() -> dict[str, str]:
    env = dict(os.environ)
    if "YIYONG_HOME" not in env:
        env["YIYONG_HOME"] = _temp_dir("yiyong-bench-home-")
    env["XDG_CONFIG_HOME"] = _temp_dir("yiyong-bench-config-")  # QSettings of a clean PC
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed program starts from compiled modules
    return env


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    k = max(0, min(len(values) - 1, round(p / 100 * (len(values) - 1))))
    return values[k]


# -- search -------------------------------------------------------------------------------

def _is_pg(db) -> bool:
    from desktop.store.db import is_postgres
    return is_postgres(db)


class Mismatch(AssertionError):
    """The service's page differs from the hand query's (or the hand query's from the plain truth)."""


def _check(mismatches: list[str], what: str, kind: str, text: str, got: list, want: list) -> None:
    if got != want:
        missing = [i for i in want if i not in got]
        extra = [i for i in got if i not in want]
        line = (f"MISMATCH {what} [{kind}] {text!r}: {len(got)} rows against {len(want)}; "
                f"missing {missing[:8]}{'…' if len(missing) > 8 else ''}, extra {extra[:8]}"
                f"{'…' if len(extra) > 8 else ''}{', same set in another order' if not missing and not extra else ''}")
        print(line, file=sys.stderr, flush=True)
        mismatches.append(line)


def bench_search(ledger, n: int, seed: int, truth_per_kind: int = 4) -> list[dict]:
    """Each kind: the service and the hand query alternately on every sample, their pages compared
    (ids, in order); the hand query also compared with the plain truth on a few samples."""
    from benchmarks import search_cases
    from desktop.services import persons
    db = ledger.db
    ledger.bind()
    results = []
    for kind, texts in search_cases.samples(db, n, seed).items():
        if not texts:
            continue
        service: list[float] = []
        hand: list[float] = []
        found = 0
        mismatches: list[str] = []
        heavy: dict[str, tuple[list, list]] = {t: ([], []) for t in search_cases.HEAVY.get(kind, [])}
        # the plain truth (a scan) for the first samples, which include the heavy cases
        for text in texts[:truth_per_kind]:
            truth = [row[0] for row in db.execute_sql(*search_cases.truth_sql(db, kind, text)).fetchall()]
            _check(mismatches, "hand SQL vs truth", kind, text, search_cases.hand(db, kind, text), truth)
        for text in texts[: min(20, len(texts))]:  # warm the caches once, as a clerk's PC would be
            persons.search_persons(ledger, text, limit=50)
            search_cases.hand(db, kind, text)
        for i, text in enumerate(texts):
            got: list[int] = []
            want: list[int] = []
            for turn in ((0, 1) if i % 2 else (1, 0)):  # alternate which goes first
                t0 = time.perf_counter()
                if turn == 0:
                    rows = persons.search_persons(ledger, text, limit=50)
                    service.append(time.perf_counter() - t0)
                    got = [r["id"] for r in rows]
                    found += len(rows)
                else:
                    want = search_cases.hand(db, kind, text)
                    hand.append(time.perf_counter() - t0)
            _check(mismatches, "service vs hand SQL", kind, text, got, want)
            if text in heavy:
                heavy[text][0].append(service[-1])
                heavy[text][1].append(hand[-1])
        r: dict[str, Any] = {"kind": kind, "queries": len(texts), "rows_per_query": round(found / len(texts), 1),
             "median_ms": statistics.median(service) * 1000, "p95_ms": pct(service, 95) * 1000,
             "sql_median_ms": statistics.median(hand) * 1000, "sql_p95_ms": pct(hand, 95) * 1000,
             "example": texts[0], "examples": sorted(set(texts[:8]), key=texts.index),
             "mismatches": mismatches, "load": round(os.getloadavg()[0], 1),
             "heavy": [{"text": t, "queries": len(sv), "matches": persons.count_persons(ledger, t),
                        "median_ms": statistics.median(sv) * 1000,
                        "sql_median_ms": statistics.median(hd) * 1000} for t, (sv, hd) in heavy.items() if sv]}
        r["ratio"] = r["median_ms"] / r["sql_median_ms"] if r["sql_median_ms"] else 0
        r["same"] = not mismatches
        r["met"] = r["median_ms"] < SEARCH_MEDIAN_MS and r["ratio"] < SEARCH_RATIO and r["same"]
        results.append(r)
    return results


COLD_PROBE = r'''
import json, sys, time
t_start = time.perf_counter()
target, which, kind, text = sys.argv[1:5]
from desktop.services.ledger import Ledger
ledger = Ledger.open(target)
ledger.bind()
db = ledger.db
from desktop.services import persons  # imported at start-up by the program: not timed
from benchmarks import search_cases
t0 = time.perf_counter()
if which == "service":
    got = [r["id"] for r in persons.search_persons(ledger, text, limit=50)]
else:
    got = search_cases.hand(db, kind, text)
ms = (time.perf_counter() - t0) * 1000
print("RESULT " + json.dumps({"ms": ms, "ids": got}), flush=True)
import os; os._exit(0)
'''


def bench_cold_search(target: str, runs: int, drop: bool, seed: int) -> list[dict]:
    """The first search of a fresh process (its connection new, the program's caches empty), and with
    --drop-caches the OS file cache emptied before it; beside the hand query's first run alike."""
    from benchmarks import search_cases
    from desktop.services.ledger import Ledger
    ledger = Ledger.open(target)
    texts = {k: v[0] for k, v in search_cases.samples(ledger.db, 4, seed).items() if v}
    ledger.close()
    out = []
    for kind, text in texts.items():
        service: list[float] = []
        hand: list[float] = []
        dropped = True
        mismatches: list[str] = []
        for i in range(runs):
            got: dict[str, list[int]] = {}
            for which in (("service", "hand") if i % 2 == 0 else ("hand", "service")):
                if drop:
                    dropped = drop_caches() and dropped
                _, stdout = _probe(COLD_PROBE, target, extra=[which, kind, text])
                probe = json.loads([x for x in stdout.splitlines() if x.startswith("RESULT ")][-1][7:])
                (service if which == "service" else hand).append(probe["ms"])
                got[which] = probe["ids"]
            _check(mismatches, "cold service vs hand SQL", kind, text, got["service"], got["hand"])
        r: dict[str, Any] = {"kind": kind, "example": text, "runs": runs, "median_ms": statistics.median(service),
             "sql_median_ms": statistics.median(hand), "caches_dropped": bool(drop and dropped),
             "mismatches": mismatches, "load": round(os.getloadavg()[0], 1)}
        r["ratio"] = r["median_ms"] / r["sql_median_ms"] if r["sql_median_ms"] else 0
        out.append(r)
        print(f"cold search {kind:<18} {text!r:<12} first query {r['median_ms']:7.1f} ms | hand SQL first "
              f"{r['sql_median_ms']:7.1f} ms | ratio {r['ratio']:.2f}x | OS cache dropped: {r['caches_dropped']}",
              flush=True)
    return out


# -- the people table, in a fresh process -----------------------------------------------------

TABLE_PROBE = r'''
import json, resource, sys, time
target = sys.argv[1]
from desktop.services.ledger import Ledger
ledger = Ledger.open(target)
db = ledger.db
pg = type(db).__name__.startswith("Postgres")
false = "false" if pg else "0"
cols = "*"
# baseline: the hand-written queries behind a first screen and the last rows
t0 = time.perf_counter()
count = db.execute_sql(f"SELECT COUNT(*) FROM person WHERE deleted = {false}").fetchone()[0]
first = db.execute_sql(f"SELECT {cols} FROM person WHERE deleted = {false} ORDER BY name_pinyin, id LIMIT 200").fetchall()
base_first = time.perf_counter() - t0
t0 = time.perf_counter()
last = db.execute_sql(f"SELECT {cols} FROM person WHERE deleted = {false} ORDER BY name_pinyin DESC, id DESC LIMIT 200").fetchall()
base_last = time.perf_counter() - t0
out = {"count": count, "sql_first_ms": base_first * 1000, "sql_last_ms": base_last * 1000}
try:
    from desktop.gui.pages.people import PeoplePage
    gui = True
except Exception as exc:
    gui = False
    out["gui_missing"] = repr(exc)
if gui:
    # the people page on its own (the home page's background work would compete: see BENCHMARKS.md)
    from PySide6.QtWidgets import QApplication
    from desktop.gui.app import setup_application
    app = QApplication(sys.argv[:1])
    setup_application(app)
    t0 = time.perf_counter()
    page = PeoplePage(ledger)
    page.resize(1366, 768)
    page.show()
    page.table.reload(background=False)  # count + first page, as the worker thread does
    app.processEvents()
    page.repaint()
    out["first_ms"] = (time.perf_counter() - t0) * 1000
    model = page.table.model
    out["rows"] = model.rowCount()
    fetches = model.fetches
    t0 = time.perf_counter()
    page.table.view.scrollToBottom()
    app.processEvents()
    page.repaint()
    out["last_ms"] = (time.perf_counter() - t0) * 1000
    out["last_fetches"] = model.fetches - fetches
    shown = model.row(model.rowCount() - 1)
    out["last_row_ok"] = bool(shown) and shown["id"] == last[0][0]
    out["mode"] = "GUI: PeoplePage + LazyTableModel"
else:
    from desktop.services import persons
    t0 = time.perf_counter()
    n = persons.count_persons(ledger)
    persons.page(ledger, limit=200)
    out["first_ms"] = (time.perf_counter() - t0) * 1000
    t0 = time.perf_counter()
    rows = persons.page(ledger, last=True, limit=200)
    out["last_ms"] = (time.perf_counter() - t0) * 1000
    out["rows"] = n
    out["last_row_ok"] = rows[-1]["id"] == last[0][0]
    out["mode"] = "services"
# VmHWM: this process's own high-water mark. ru_maxrss is not: Linux carries the spawning process's
# peak over fork/exec, so a probe started by a runner that had just generated a million people
# reported the runner's 310 MB instead of its own ~105 MB.
try:
    with open("/proc/self/status") as status:
        out["peak_mb"] = next(int(line.split()[1]) for line in status if line.startswith("VmHWM:")) / 1024
except (OSError, StopIteration):
    out["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print("RESULT " + json.dumps(out), flush=True)
import os; os._exit(0)
'''

START_PROBE = r'''
import sys, time
target = sys.argv[1]
from PySide6.QtWidgets import QApplication
from desktop.gui.app import open_main_window, setup_application
from desktop.services.ledger import Ledger
app = QApplication(sys.argv[:1])
setup_application(app)
ledger = Ledger.open(target)
window = open_main_window(ledger)
window.show()
app.processEvents()
print("SHOWN", flush=True)
import os; os._exit(0)  # background loads may still run: leave without tearing them down
'''

BARE_PROBE = r'''
import sys
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
w = QMainWindow()
w.resize(1366, 768)
w.show()
app.processEvents()
print("SHOWN", flush=True)
import os; os._exit(0)  # background loads may still run: leave without tearing them down
'''

HEADLESS_START_PROBE = r'''
import sys
from desktop.services.ledger import Ledger
from desktop.services import persons
ledger = Ledger.open(sys.argv[1])
persons.count_persons(ledger)
persons.page(ledger, limit=200)
print("SHOWN", flush=True)
import os; os._exit(0)  # background loads may still run: leave without tearing them down
'''


def _probe(code: str, target: str, timeout: float = 600, extra: list[str] | None = None) -> tuple[float, str]:
    t0 = time.perf_counter()
    proc = subprocess.run([sys.executable, "-c", code, target, *(extra or [])], capture_output=True, text=True,
                          env=_env(), timeout=timeout, cwd=str(ROOT))
    elapsed = time.perf_counter() - t0
    if proc.returncode != 0:
        raise RuntimeError(f"probe failed ({proc.returncode}): {proc.stderr[-2000:]}")
    return elapsed, proc.stdout


def bench_table(target: str, runs: int = 3) -> dict:
    _probe(TABLE_PROBE, target)  # once to warm the OS file cache, like a PC that opened it before
    got = []
    for _ in range(runs):  # each in a fresh process; the median of each figure is reported
        _, out = _probe(TABLE_PROBE, target)
        got.append(json.loads([x for x in out.splitlines() if x.startswith("RESULT ")][-1][7:]))
    r = dict(got[-1])
    for key in ("first_ms", "last_ms", "sql_first_ms", "sql_last_ms", "peak_mb"):
        r[key] = statistics.median(g[key] for g in got)
    r["last_row_ok"] = all(g["last_row_ok"] for g in got)
    r["runs"] = runs
    r["first_ratio"] = r["first_ms"] / r["sql_first_ms"] if r["sql_first_ms"] else 0
    r["last_ratio"] = r["last_ms"] / r["sql_last_ms"] if r["sql_last_ms"] else 0
    r["met"] = r["first_ms"] < TABLE_MS and r["last_ms"] < TABLE_MS and r["peak_mb"] < TABLE_MB
    return r


def _gui_available() -> bool:
    try:
        import desktop.gui.main_window  # noqa: F401
        from desktop.gui.app import open_main_window  # noqa: F401
        return True
    except Exception:
        return False


def bench_start(target: str, runs: int = 3) -> dict:
    gui = _gui_available()
    probe = START_PROBE if gui else HEADLESS_START_PROBE
    _probe(probe, target)  # warm the file cache
    app, bare = [], []
    for _ in range(runs):
        app.append(_probe(probe, target)[0])
        bare.append(_probe(BARE_PROBE, target)[0])
    r = {"mode": "gui" if gui else "import + Ledger.open + first page (no GUI yet)",
         "median_s": statistics.median(app), "bare_median_s": statistics.median(bare), "runs": runs}
    r["ratio"] = r["median_s"] / r["bare_median_s"]
    r["met"] = r["median_s"] < START_S
    return r


# -- the other issues' benchmarks -----------------------------------------------------------

def run_others(target: str | None, timeout: float) -> list[dict]:
    out = []
    for name in OTHER_BENCHMARKS:
        path = ROOT / "benchmarks" / name
        if not path.exists():
            out.append({"name": name, "missing": True})
            continue
        env = _env()
        if target:
            env["YIYONG_BENCH_DB"] = target
        t0 = time.perf_counter()
        try:
            proc = subprocess.run([sys.executable, str(path)], capture_output=True, text=True, env=env,
                                  timeout=timeout, cwd=str(ROOT))
            text = (proc.stdout + (f"\n[exit {proc.returncode}] {proc.stderr[-1500:]}" if proc.returncode else "")).strip()
        except subprocess.TimeoutExpired:
            text = f"(stopped after {timeout:.0f} s)"
        out.append({"name": name, "seconds": time.perf_counter() - t0, "output": text})
    return out


# -- printing ------------------------------------------------------------------------------

def machine() -> dict:
    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        mem = [x for x in Path("/proc/meminfo").read_text().splitlines() if x.startswith("MemTotal")][0]
        ram_gb = int(mem.split()[1]) / 1024 / 1024
    except OSError:
        ram_gb = 0
    import sqlite3
    return {"nproc": os.cpu_count(), "cpu": cpu or platform.processor(), "ram_gb": round(ram_gb, 1),
            "python": platform.python_version(), "sqlite": sqlite3.sqlite_version,
            "os": platform.platform(), "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())}


def _yes(ok: bool) -> str:
    return "met" if ok else "NOT met"


def report(engine: str, persons: int, res: dict) -> None:
    print(f"\n== {engine}, {persons:,} people (load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs) ==")
    for r in res.get("search", []):
        print(f"search {r['kind']:<18} service median {r['median_ms']:6.2f} ms  p95 {r['p95_ms']:6.2f} ms | "
              f"hand SQL median {r['sql_median_ms']:6.2f} ms  p95 {r['sql_p95_ms']:6.2f} ms | "
              f"ratio {r['ratio']:4.2f}x | {r['rows_per_query']:5.1f} rows | same pages: "
              f"{'yes' if r['same'] else 'NO (%d)' % len(r['mismatches'])} | load {r['load']} | "
              f"target <10 ms, <2x, same: {_yes(r['met'])}")
    for r in res.get("search", []):
        for h in r.get("heavy", []):
            print(f"  heavy {r['kind']:<16} {h['text']:<6} service median {h['median_ms']:6.2f} ms | hand SQL median "
                  f"{h['sql_median_ms']:6.2f} ms | ratio {h['median_ms'] / h['sql_median_ms']:4.2f}x | {h['queries']} queries | "
                  f"{h['matches']:,} people match")
    t = res.get("table")
    if t:
        print(f"people table ({t['mode']}): first screen {t['first_ms']:.0f} ms (hand SQL {t['sql_first_ms']:.0f} ms, "
              f"ratio {t['first_ratio']:.1f}x); last row {t['last_ms']:.0f} ms (hand SQL {t['sql_last_ms']:.0f} ms, "
              f"ratio {t['last_ratio']:.1f}x, right row: {t['last_row_ok']}); peak memory {t['peak_mb']:.0f} MB "
              f"| target <300 ms, <300 MB: {_yes(t['met'])}")
    s = res.get("start")
    if s:
        print(f"cold start ({s['mode']}): {s['median_s']:.2f} s (bare PySide6 window {s['bare_median_s']:.2f} s, "
              f"ratio {s['ratio']:.1f}x) | target <1.5 s: {_yes(s['met'])}")


def run_engine(engine: str, target: str, args) -> dict:
    from desktop.services.ledger import Ledger
    ledger = Ledger.open(target)
    ledger.bind()
    from desktop.services import persons
    n = persons.count_persons(ledger)
    res: dict = {"engine": engine, "persons": n, "load_before": round(os.getloadavg()[0], 1)}
    if "search" in args.sections:
        res["search"] = bench_search(ledger, args.queries, args.seed)
    ledger.close()
    if "cold" in args.sections:
        res["cold_search"] = bench_cold_search(target, args.cold_runs, args.drop_caches, args.seed)
    if "table" in args.sections:
        res["table"] = bench_table(target, args.start_runs)
    if "start" in args.sections:
        res["start"] = bench_start(target, args.start_runs)
    res["load_after"] = round(os.getloadavg()[0], 1)
    report(engine, n, res)
    return res


def _ensure_generated(target: str, persons: int | None) -> None:
    from benchmarks.generate import generate
    if "://" in target:
        generate(target, persons or 1000, quiet=False)
    elif not Path(target).exists():
        if not persons:
            raise SystemExit(f"{target} 不存在：用 --persons N 先生成")
        generate(target, persons)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="见义勇为工作台性能基准（每项与同次测得的基线并列）")
    ap.add_argument("--sqlite", help="SQLite 数据库文件（不存在时按 --persons 生成）")
    ap.add_argument("--persons", type=int, help="生成 SQLite 库的人员数")
    ap.add_argument("--pg-url", help="已有的 PostgreSQL 数据库（已生成数据）")
    ap.add_argument("--pg-persons", type=int, help="启动私有 PostgreSQL 服务器，生成这么多人员后测试")
    ap.add_argument("--queries", type=int, default=200, help="每类搜索的查询次数")
    ap.add_argument("--start-runs", type=int, default=3)
    ap.add_argument("--sections", default="search,cold,table,start,others")
    ap.add_argument("--cold-runs", type=int, default=3, help="冷查询（新进程的第一次搜索）每类的次数")
    ap.add_argument("--drop-caches", action="store_true", help="冷查询前清空操作系统文件缓存（需 root）")
    ap.add_argument("--others-timeout", type=float, default=900)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--json", help="把结果写入 JSON 文件")
    args = ap.parse_args(argv)
    import compileall  # timed starts begin from compiled modules, as an installed program's do
    compileall.compile_dir(str(ROOT / "desktop"), quiet=1)
    args.sections = set(args.sections.split(","))
    os.environ.update({k: v for k, v in _env().items() if k in ("YIYONG_HOME",)})

    results = {"machine": machine(), "engines": []}
    print("machine:", json.dumps(results["machine"], ensure_ascii=False))
    if args.sqlite:
        _ensure_generated(args.sqlite, args.persons)
        results["engines"].append(run_engine("SQLite", args.sqlite, args))
    server = None
    try:
        if args.pg_persons:
            from tests.pg import PgServer
            server = PgServer()
            server.start()
            if not server.url:
                raise SystemExit(server.why_not)
            url = f"{server.base()}/{server.new_database()}"
            _ensure_generated(url, args.pg_persons)
            results["engines"].append(run_engine("PostgreSQL 15", url, args))
        elif args.pg_url:
            results["engines"].append(run_engine("PostgreSQL", args.pg_url, args))
    finally:
        if server is not None:
            server.stop()
    if "others" in args.sections:
        print("\n== other benchmarks ==")
        results["others"] = run_others(args.sqlite, args.others_timeout)
        for o in results["others"]:
            if o.get("missing"):
                print(f"{o['name']}: not present")
            else:
                print(f"--- {o['name']} ({o['seconds']:.1f} s)\n{o['output']}")
    if args.json:
        Path(args.json).write_text(json.dumps(results, ensure_ascii=False, indent=1, default=str), encoding="utf-8")
    wrong = [m for e in results["engines"] for r in e.get("search", []) + e.get("cold_search", [])
             for m in r["mismatches"]]
    if wrong:
        print(f"\n!!! {len(wrong)} search pages differ from the hand query's (or the hand query's from the "
              f"truth) — the figures above do not count:", file=sys.stderr)
        for line in wrong[:40]:
            print("  " + line, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
