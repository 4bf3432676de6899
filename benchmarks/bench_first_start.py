"""The first start of the day: main window shown, with today's automatic backup not yet taken.

    python -m benchmarks.generate --db /tmp/p200k.db --persons 200000
    python benchmarks/bench_first_start.py /tmp/p200k.db [RUNS] [--drop-caches]
    python benchmarks/bench_first_start.py postgresql://postgres@127.0.0.1:55433/yiyong1m 3

--drop-caches (root): the OS file cache emptied before each first start, as after switching the PC on.

Each run is a fresh process (offscreen) with its own data folder, timed from launch to the main
window shown. Three figures, same session, same database:
  first start (now)       no backup of today yet: the backup starts behind the shown window
  second start            today's backup exists already (the baseline: nothing to copy)
  first start (before)    the old way, baseline of the change: the day's backup taken in full
                          before the window (what ask_login did), for comparison
Also how long the background copy then takes to finish while the window is up.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

PROBE = r'''
import sys, time, os
t0 = float(sys.argv[3])
from PySide6.QtWidgets import QApplication
from desktop.gui.app import open_main_window, setup_application
from desktop.services.ledger import Ledger
app = QApplication(sys.argv[:1])
setup_application(app)
ledger = Ledger.open(sys.argv[1])
if sys.argv[2] == "before":
    from desktop.services.backups import automatic_backup
    automatic_backup(ledger, "daily")
window = open_main_window(ledger)
window.show()
app.processEvents()
shown = time.time() - t0
print(f"SHOWN {shown:.3f}", flush=True)
task = getattr(window, "daily_backup_task", None)
if sys.argv[2] == "now" and task is not None:
    while not task.done:
        app.processEvents()
        time.sleep(0.01)
    print(f"BACKUP_DONE {time.time() - t0 - shown:.3f}", flush=True)
os._exit(0)
'''


def probe(db: str, mode: str, home: Path) -> dict[str, float]:
    env = dict(os.environ, YIYONG_HOME=str(home), QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    out = subprocess.run([sys.executable, "-c", PROBE, db, mode, repr(time.time())], capture_output=True,
                         text=True, env=env, cwd=str(ROOT), timeout=900)
    if out.returncode:
        raise RuntimeError(out.stderr[-2000:])
    got = {}
    for line in out.stdout.splitlines():
        key, _, value = line.partition(" ")
        if key in ("SHOWN", "BACKUP_DONE"):
            got[key] = float(value)
    return got


def drop_caches() -> bool:
    """Empty the OS file cache (root only), as after switching the PC on; False where not allowed."""
    try:
        os.sync()
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
        return True
    except OSError:
        return False


def main(db: str, runs: int = 3, cold: bool = False) -> None:
    tmp = Path(tempfile.mkdtemp(prefix="yiyong-first-start-"))
    size = f"{Path(db).stat().st_size / 1e6:.0f} MB" if "://" not in db else "PostgreSQL"
    print(f"database {db} ({size}), {runs} runs each, load average {os.getloadavg()[0]:.1f}"
          f"{', OS file cache emptied before each first start' if cold else ''}")
    probe(db, "second", tmp / "warm")  # warm the OS file cache (a PC that opened it before)
    first, second, before, copy = [], [], [], []
    for i in range(runs):
        home = tmp / f"first{i}"
        if cold and not drop_caches():
            print("(the OS file cache could not be emptied: not root)")
            cold = False
        r = probe(db, "now", home)
        first.append(r["SHOWN"])
        copy.append(r.get("BACKUP_DONE", 0.0))
        second.append(probe(db, "second", home)["SHOWN"])  # today's copy exists now
        before.append(probe(db, "before", tmp / f"before{i}")["SHOWN"])
        shutil.rmtree(home, ignore_errors=True)
        shutil.rmtree(tmp / f"before{i}", ignore_errors=True)
    med = statistics.median
    print(f"first start of the day (now):   {med(first):6.2f} s  (runs {', '.join(f'{x:.2f}' for x in first)})")
    print(f"second start (baseline):        {med(second):6.2f} s  ratio {med(first) / med(second):.2f}")
    print(f"first start, backup first (old):{med(before):6.2f} s")
    print(f"background copy finished after: {med(copy):6.2f} s with the window up")
    print(f"target < 1.5 s: {'met' if med(first) < 1.5 else 'NOT met'}")
    shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 3, cold="--drop-caches" in sys.argv[3:])
