"""Issue 17 points 3-6: one write transaction for plan and apply, keys of a moved office,
`conflicts show`, one masking rule, init all or nothing."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from peewee import IntegrityError

from desktop.domain.errors import UserError
from desktop.services import exchange, persons
from desktop.store.models import AuditEntry, Person
from desktop.store.sync_models import PackageLog
from desktop.sync import merge
from desktop.sync.keys import load_keys
from desktop.sync.package import open_payload, read_envelope
from tests.sync.helpers import deliver, introduce, make_office, send


@pytest.fixture
def pair(tmp_path):
    county, city = make_office(tmp_path, "330102"), make_office(tmp_path, "330100")
    introduce([county, city], tmp_path)
    yield county, city
    county.close()
    city.close()


def _shared_person(county, city, folder, **fields) -> str:
    p = persons.create_person(county, {"name": "陈珺", **fields})
    deliver(city, send(county, city, folder)["path"])
    return p["uuid"]


def test_an_edit_between_preview_and_import_makes_it_plan_again_and_say_so(pair, tmp_path):
    county, city = pair
    uuid = _shared_person(county, city, tmp_path, phone="13800000001")
    persons.update_person(county, uuid, {"notes": "县里改"})
    made = send(county, city, tmp_path)
    preview = exchange.import_package(city, made["path"], dry_run=True)
    assert preview["counts"]["person"]["updated"] == 1
    persons.update_person(city, uuid, {"address": "市里改"})  # a clerk edits after the preview
    r = exchange.import_package(city, made["path"], expected=preview)
    assert r["replanned"] and r["counts"]["person"]["conflict"] == 1
    assert "重新核对" in r["notes"][0]
    with city.reading():
        assert Person.get(Person.uuid == uuid).address == "市里改"  # not overwritten


def test_the_merge_update_carries_the_version(pair, tmp_path):
    """A plan made before another program's edit cannot overwrite it: the UPDATE finds no row."""
    county, city = pair
    uuid = _shared_person(county, city, tmp_path)
    persons.update_person(county, uuid, {"notes": "县里改"})
    made = send(county, city, tmp_path)
    env = read_envelope(made["path"])
    inner = open_payload(env, box_private=load_keys("330100").box, passphrase=None)
    try:
        with city.reading():
            stale = merge.plan(inner, "330102")
        persons.update_person(city, uuid, {"address": "另一个程序改的"})
        with pytest.raises(merge.Changed):
            with city.atomic():
                merge.apply(city.db, stale, actor="x", package="p", inner=inner)
    finally:
        env.outer.close()
        inner.close()
    with city.reading():
        assert Person.get(Person.uuid == uuid).address == "另一个程序改的"


def test_an_import_retries_with_a_fresh_plan_when_a_record_changed_under_it(pair, tmp_path, monkeypatch):
    county, city = pair
    uuid = _shared_person(county, city, tmp_path)
    persons.update_person(county, uuid, {"notes": "县里改"})
    made = send(county, city, tmp_path)
    real_apply, calls = merge.apply, []

    def apply_once_changed(*a, **kw):
        calls.append(1)
        if len(calls) == 1:
            raise merge.Changed("another program")
        return real_apply(*a, **kw)
    monkeypatch.setattr(merge, "apply", apply_once_changed)
    r = deliver(city, made["path"])
    assert len(calls) == 2 and r["replanned"] and r["counts"]["person"]["updated"] == 1


def test_incoming_file_hash_is_unique(pair):
    _, city = pair
    row = dict(direction="in", file_name="a.yyp", file_sha256="ab" * 32, peer="330102", number=1,
               encryption="none")
    with city.atomic():
        PackageLog.create(**row)
    with pytest.raises(IntegrityError):
        with city.atomic():
            PackageLog.create(**dict(row, number=2))


def test_keys_of_another_office_code_are_refused_unless_the_office_moved(pair, tmp_path):
    county, city = pair
    path = tmp_path / "county.json"
    exchange.export_public_key(county, path)
    data = json.loads(path.read_text(encoding="utf-8"))
    data["code"] = "330106"  # the same keys, now claimed for another office
    moved = tmp_path / "moved.json"
    moved.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    fp = data["fingerprint"]
    with pytest.raises(UserError) as err:
        exchange.import_public_key(city, moved, lambda info: True)
    assert "330102" in err.value.message and err.value.message.count(fp) == 2 and "--office-moved" in err.value.cli_hint
    r = exchange.import_public_key(city, moved, lambda info: True, office_moved=True)
    assert r["moved_from"] == "330102"
    trusted = {o["code"]: o["trusted"] for o in exchange.offices(city)}
    assert trusted["330106"] and not trusted["330102"]


def test_a_package_with_keys_trusted_for_another_code_is_refused(pair, tmp_path):
    """`import --yes` does not trust a new office code that carries another office's keys."""
    from tests.sync.test_bad_packages import craft
    county, city = pair
    world = {"folder": tmp_path}
    path = craft(world, "claims.yyp", envelope={"sender": "330106", "fingerprint": None},
                 manifest={"sender": "330106"})
    with pytest.raises(UserError) as err:
        deliver(city, str(path))
    assert "330102" in err.value.message and "--office-moved" in err.value.cli_hint


def _cli(db, *args, **env):
    return subprocess.run([sys.executable, "-m", "desktop", "--db", str(db), *args], capture_output=True,
                          text=True, env=dict(os.environ, **env), timeout=120)


def test_conflicts_show_lists_both_values_masked_unless_full(pair, tmp_path):
    county, city = pair
    uuid = _shared_person(county, city, tmp_path, phone="13800000001")
    deliver(county, send(city, county, tmp_path)["path"])
    persons.update_person(county, uuid, {"phone": "13900000002", "notes": "县"})
    persons.update_person(city, uuid, {"phone": "13700000003"})
    deliver(city, send(county, city, tmp_path)["path"])
    [c] = exchange.list_conflicts(city)
    home = os.environ.get("YIYONG_HOME", "")
    r = _cli(city.db.database, "--json", "conflicts", "show", str(c["id"]), YIYONG_HOME=home)
    assert r.returncode == 0, r.stderr
    shown = json.loads(r.stdout)
    fields = {f["field"]: f for f in shown["fields"]}
    assert set(fields) == {"phone", "notes"}
    assert fields["phone"]["local"] == "137****0003" and fields["phone"]["remote"] == "139****0002"
    assert fields["notes"]["remote"] == "县" and fields["phone"]["label"] == "联系电话"
    text = _cli(city.db.database, "conflicts", "show", str(c["id"]), YIYONG_HOME=home)
    assert "137****0003" in text.stdout and "139****0002" in text.stdout
    full = _cli(city.db.database, "--json", "conflicts", "show", str(c["id"]), "--full", YIYONG_HOME=home)
    assert {f["field"]: f for f in json.loads(full.stdout)["fields"]}["phone"]["remote"] == "13900000002"
    with city.reading():
        assert AuditEntry.select().where(AuditEntry.action == "view_full").count() == 1
    missing = _cli(city.db.database, "conflicts", "show", "999", YIYONG_HOME=home)
    assert missing.returncode == 1 and len(missing.stderr.strip().splitlines()) == 1


def test_conflicts_show_full_needs_a_reviewer(pair, tmp_path):
    from desktop.domain.errors import NotAllowed
    from desktop.services import accounts
    county, city = pair
    accounts.create_first_admin(city, "管理员", "Passw0rd-long-enough")
    accounts.login(city, "管理员", "Passw0rd-long-enough")
    accounts.create_user(city, "录入员", "Passw0rd-long-enough", "clerk")
    accounts.login(city, "录入员", "Passw0rd-long-enough")
    with pytest.raises(NotAllowed):
        exchange.conflict_view(city, 1, full=True)


def test_no_derived_column_in_any_output(pair, tmp_path):
    county, _ = pair
    p = persons.create_person(county, {"name": "李白", "id_number": "11010519491231002X"})
    home = os.environ.get("YIYONG_HOME", "")
    for args in (["--json", "persons"], ["--json", "persons", "--search", "李白"],
                 ["--json", "person", "show", str(p["id"])], ["--json", "person", "show", str(p["id"]), "--full"]):
        r = _cli(county.db.database, *args, YIYONG_HOME=home)
        assert r.returncode == 0, r.stderr
        assert "id_rev" not in r.stdout and "X20013219491501011" not in r.stdout, args
        if "--full" not in args:
            assert "11010519491231002X" not in r.stdout and "1101**********002X" in r.stdout, args
    assert "id_rev" not in persons.get_person(county, p["id"])
    with county.reading():  # the one `person show --full` is in the audit trail
        assert AuditEntry.select().where(AuditEntry.action == "view_full").count() == 1


def test_init_is_all_or_nothing(tmp_path):
    db = tmp_path / "new.db"
    home = os.environ.get("YIYONG_HOME", "")
    r = _cli(db, "init", "--office-code", "330102", "--office-name", "上城区", "--admin", "boss",
             "--admin-password-file", str(tmp_path / "missing.txt"), YIYONG_HOME=home)
    assert r.returncode == 1 and len(r.stderr.strip().splitlines()) == 1
    shown = _cli(db, "--json", "keys", "show", YIYONG_HOME=home)
    assert shown.returncode == 1 and "尚未设置本单位" in shown.stderr
