"""Crash safety: kill a working process (SIGKILL) at random moments, many times over (issue 7).

After every kill the database must pass its integrity check and its audit chain must hold, and
every interrupted unit of work must be either wholly there or wholly absent.
"""

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.crash.worker import DEMO, PASSPHRASE, UNIT

KILLS = 25
ROOT = Path(__file__).resolve().parents[2]
PACKAGE_PERSONS = 12


@pytest.fixture
def offices(tmp_path, monkeypatch):
    """Office 330102 (the one killed) and a package of 12 persons sent to it by office 330106."""
    monkeypatch.setenv("YIYONG_HOME", str(tmp_path / "home"))
    from desktop.services import exchange, persons
    from desktop.services.ledger import Ledger
    from desktop.services.office import init_office

    here = Ledger.open(str(tmp_path / "here.db"))
    init_office(here, "330102", "杭州市上城区公安分局")
    exchange.ensure_keys(here)
    here.close()
    there = Ledger.open(str(tmp_path / "there.db"))
    init_office(there, "330106", "杭州市西湖区公安分局")
    exchange.ensure_keys(there)
    with there.atomic():
        for _ in range(PACKAGE_PERSONS):
            persons.create_person(there, {"name": "孙八", "employer": "西湖来件"})
    (tmp_path / "in").mkdir()
    (tmp_path / "out").mkdir()
    package = exchange.export_package(there, tmp_path / "in", peer="330102", passphrase=PASSPHRASE)["path"]
    there.close()
    return {"db": tmp_path / "here.db", "package": package, "out": tmp_path / "out", "home": tmp_path / "home"}


def state(db: Path) -> dict:
    """Check the database the way `check` does and return what the units left behind."""
    from desktop.services.integrity import check
    from desktop.services.ledger import Ledger

    con = sqlite3.connect(db)
    try:
        assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        units = con.execute("SELECT employer, COUNT(*), COUNT(DISTINCT occupation) FROM person "
                            "WHERE employer LIKE '单元-%' GROUP BY employer").fetchall()
        demo = con.execute("SELECT COUNT(*) FROM person WHERE origin = '330102' "
                           "AND (employer IS NULL OR employer NOT LIKE '单元-%')").fetchone()[0]
        imported = con.execute("SELECT COUNT(*) FROM person WHERE origin = '330106'").fetchone()[0]
        edits = con.execute("SELECT COUNT(*) FROM person WHERE employer LIKE '单元-%' AND occupation != 'v0'").fetchone()[0]
    finally:
        con.close()
    ledger = Ledger.open(str(db))
    try:
        report = check(ledger)
    finally:
        ledger.close()
    assert report["ok"], report["problems"]
    for employer, count, occupations in units:
        assert count == UNIT, f"单元 {employer} 只写入了 {count}/{UNIT} 人：事务被拆开了"
        assert occupations == 1, f"单元 {employer} 的修改只完成了一部分"
    assert demo % DEMO == 0, f"演示数据只写入了一部分：{demo} 人"
    assert imported in (0, PACKAGE_PERSONS), f"数据包只导入了一部分：{imported} 人"
    return {"units": len(units), "demo": demo // DEMO, "imported": imported, "edits": edits}


def journal_lines(journal: Path) -> int:
    return len(journal.read_text(encoding="utf-8").splitlines()) if journal.exists() else 0


def wait_for_done(journal: Path, before: int, count: int, child: subprocess.Popen) -> None:
    """Until the child has finished `count` units of work since line `before` of the journal (or died)."""
    while count and child.poll() is None:
        lines = journal.read_text(encoding="utf-8").splitlines()[before:] if journal.exists() else []
        if lines.count("done") >= count:
            return
        time.sleep(0.02)


def test_kill_at_random_moments(offices):
    from desktop.sync.package import read_envelope

    rng = random.Random(20261128)
    env = dict(os.environ, YIYONG_HOME=str(offices["home"]), PYTHONPATH=str(ROOT))
    seen, interrupted = [], []
    journal = offices["home"].parent / "journal.txt"
    started = time.monotonic()
    for n in range(KILLS):
        before = journal_lines(journal)
        child = subprocess.Popen([sys.executable, "-m", "tests.crash.worker", str(offices["db"]),
                                  offices["package"], str(offices["out"]), str(n), str(journal)],
                                 cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        try:
            assert child.stdout.readline() == b"ready\n", child.stderr.read().decode()
            # the kill lands by the child's progress, not by the clock: after 0, 1 or 2 finished units
            # of work (so that work is done however loaded the machine is), then a little later
            wait_for_done(journal, before, n % 3, child)
            time.sleep(rng.uniform(0.0, 0.3))
            still_running = child.poll() is None
            child.send_signal(signal.SIGKILL)
            child.wait(timeout=30)
        finally:
            if child.poll() is None:
                child.kill()
                child.wait()
        assert still_running, f"第 {n + 1} 次：子进程在被杀之前就退出了：{child.stderr.read().decode()[-2000:]}"
        seen.append(state(offices["db"]))
        last_line = journal.read_text(encoding="utf-8").splitlines()[-1:] or ["(nothing)"]
        interrupted.append(last_line[0])
        for package in offices["out"].glob("*.yyp"):  # a package appears whole or not at all
            read_envelope(package)
    elapsed = time.monotonic() - started
    last = seen[-1]
    print(f"{KILLS} kills in {elapsed:.1f} s; units {last['units']}, demos {last['demo']}, "
          f"imported {last['imported']}, edited {last['edits']}; killed during {interrupted}")
    assert last["units"] > 0 and last["edits"] > 0 and last["imported"] == PACKAGE_PERSONS
    hit = set(interrupted) - {"done", "(nothing)"}
    # the kills land in real work of several kinds (after 0–2 finished units, whatever the load)
    assert len(hit) >= 2, f"the kills should interrupt real work of several kinds, hit only {hit}"
    assert [s["units"] for s in seen] == sorted(s["units"] for s in seen)  # committed work stays
