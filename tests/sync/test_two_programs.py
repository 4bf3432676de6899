"""Issue 17 point 7: two programs on one database. While one program holds a long write, the
other's read commands (with a login) work, its write is refused in one Chinese line after the busy
timeout and succeeds when tried again, and no edit is lost. No timing asserts."""

from __future__ import annotations

import multiprocessing as mp
import os
import subprocess
import sys

from desktop.services import accounts, persons
from desktop.store import audit
from desktop.store.models import Person
from tests.sync import two_programs

CTX = mp.get_context("spawn")
COUNT = 300


def _url(ledger):
    db = ledger.db
    if type(db).__name__.startswith("Postgres"):
        params = db.connect_params
        user = params.get("user") or "postgres"
        return f"postgresql://{user}@{params.get('host', '127.0.0.1')}:{params.get('port', 5432)}/{db.database}"
    return db.database


def _cli(url, *args, password_file=None, busy_ms="400"):
    env = dict(os.environ, YIYONG_BUSY_TIMEOUT_MS=busy_ms)
    login = ["--user", "管理员甲", "--password-file", str(password_file)] if password_file else []
    return subprocess.run([sys.executable, "-m", "desktop", "--db", url, *login, *args], capture_output=True,
                          text=True, env=env, timeout=240)


def test_reads_never_fail_and_no_edit_is_lost_while_another_program_writes(ledger, tmp_path):
    mine = persons.create_person(ledger, {"name": "王五", "notes": "0"})
    accounts.create_first_admin(ledger, "管理员甲", "Passw0rd-long-enough")
    pw = tmp_path / "pw.txt"
    pw.write_text("Passw0rd-long-enough", encoding="utf-8")
    url = _url(ledger)
    inside, readers_done, out = CTX.Event(), CTX.Event(), CTX.Queue()
    writer = CTX.Process(target=two_programs.long_write, args=(url, COUNT, inside, readers_done, out))
    writer.start()
    try:
        assert inside.wait(180)
        for args in (["persons", "--search", "王五"], ["--json", "persons"], ["check"], ["person", "show", str(mine["id"])],
                     ["conflicts"], ["packages"]):
            r = _cli(url, *args, password_file=pw)
            assert r.returncode == 0, (args, r.stderr)
            assert "Traceback" not in r.stderr and "locked" not in r.stderr, r.stderr
        assert "王五" in _cli(url, "persons", "--search", "王五", password_file=pw).stdout
        edit = _cli(url, "person", "set", str(mine["id"]), "notes=乙改", password_file=pw)
        # one writer at a time (SQLite's lock; PostgreSQL's audit-chain lock): refused in one line
        # after the busy timeout, nothing written
        assert edit.returncode == 1 and "Traceback" not in edit.stderr, edit.stderr
        lines = edit.stderr.strip().splitlines()
        assert len(lines) == 1 and "另一个程序" in lines[0], edit.stderr
    finally:
        readers_done.set()
    assert out.get(timeout=240) is None
    writer.join(240)
    assert writer.exitcode == 0
    again = _cli(url, "person", "set", str(mine["id"]), "notes=乙改", password_file=pw)  # tried again
    assert again.returncode == 0, again.stderr
    with ledger.reading():
        assert Person.select().where(Person.name.startswith("批量")).count() == 2 * COUNT
        assert Person.get_by_id(mine["id"]).notes == "乙改"
        assert audit.verify_chain() == []


def test_two_programs_importing_the_same_package_apply_it_once(ledger, tmp_path, monkeypatch):
    # the second program waits for the first one's write (its backup included) however loaded the
    # machine is: the outcome must not depend on how long the first import takes
    monkeypatch.setenv("YIYONG_BUSY_TIMEOUT_MS", "600000")
    from desktop.services import exchange
    from tests.sync.helpers import introduce, make_office
    exchange.ensure_keys(ledger)  # (each program makes its automatic backup before importing, too)
    city = make_office(tmp_path, "330100")
    try:
        introduce([city, ledger], tmp_path)
        for i in range(40):
            persons.create_person(city, {"name": f"市里{i}"})
        path = exchange.export_package(city, tmp_path, peer="330102")["path"]
    finally:
        city.close()
    url = _url(ledger)
    start, out = CTX.Barrier(2), CTX.Queue()
    procs = [CTX.Process(target=two_programs.import_same, args=(url, path, start, out)) for _ in range(2)]
    for p in procs:
        p.start()
    results = sorted(out.get(timeout=240) for _ in procs)
    for p in procs:
        p.join(240)
        assert p.exitcode == 0
    assert [r[0] for r in results] == ["applied", "refused"], results
    assert results[0][1] == 40 and "已经导入过" in results[1][1]
    with ledger.reading():
        assert Person.select().where(Person.name.startswith("市里")).count() == 40
        assert audit.verify_chain() == []
