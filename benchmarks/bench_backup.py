"""Backups and logins: how long they take, beside a bare file copy measured in the same run.

    python benchmarks/bench_backup.py [PERSONS]

Builds a demo ledger (default 1,000 persons), then times: a plain file copy of the database
(baseline), the online backup (SQLite backup API), an encrypted backup (scrypt + AES-GCM),
checking a backup (decrypt, integrity check, audit chain), and one argon2 password check.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def timed(label: str, fn, baseline: float | None = None):
    start = time.perf_counter()
    result = fn()
    took = time.perf_counter() - start
    ratio = f"  ×{took / baseline:.1f} of the file copy" if baseline else ""
    print(f"{label:<38} {took * 1000:9.1f} ms{ratio}")
    return took, result


def main(persons: int = 1000) -> None:
    tmp = Path(tempfile.mkdtemp(prefix="yiyong-bench-backup-"))
    os.environ["YIYONG_HOME"] = str(tmp / "home")
    from desktop.services import accounts, backups, demo
    from desktop.services.ledger import Ledger
    from desktop.services.office import init_office

    ledger = Ledger.open(str(tmp / "bench.db"))
    init_office(ledger, "330102", "杭州市上城区公安分局")
    demo.generate(ledger, persons)
    ledger.db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    size = os.path.getsize(tmp / "bench.db")
    print(f"database: {persons} persons, {size / 1e6:.1f} MB")
    out = tmp / "out"
    out.mkdir()
    base, _ = timed("file copy (baseline)", lambda: shutil.copyfile(tmp / "bench.db", out / "copy.db"))
    timed("online backup (plain)", lambda: backups.backup_now(ledger, out), base)
    _, sealed = timed("online backup (encrypted)", lambda: backups.backup_now(ledger, out, "bench phrase"), base)
    timed("verify encrypted backup", lambda: backups.verify_backup(sealed, "bench phrase"), base)
    accounts.create_first_admin(ledger, "admin", "bench-pass-1")
    timed("argon2 login (one password check)", lambda: accounts.authenticate(ledger, "admin", "bench-pass-1"))
    ledger.close()
    shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000)
