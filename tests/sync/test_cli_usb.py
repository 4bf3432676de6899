"""The command line through subprocess, a folder with Chinese characters and spaces, and a FAT32
USB stick image written and read with mtools."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def run(db, *args, ok=True, stdin=None):
    env = dict(os.environ, MTOOLS_SKIP_CHECK="1")
    p = subprocess.run([sys.executable, "-m", "desktop", "--db", str(db), *args], cwd=ROOT, env=env,
                       capture_output=True, text=True, input=stdin, timeout=120)
    if ok:
        assert p.returncode == 0, p.stderr
    return p


@pytest.fixture
def two(tmp_path):
    a, b = tmp_path / "县.db", tmp_path / "市.db"
    run(a, "init", "--office-code", "330102", "--office-name", "上城区见义勇为协会")
    run(b, "init", "--office-code", "330100", "--office-name", "杭州市见义勇为协会")
    return a, b


def test_cli_exchange_through_a_chinese_folder(two, tmp_path):
    a, b = two
    out = run(a, "keys", "show").stdout
    assert "公钥指纹" in out
    fp_a = json.loads(run(a, "--json", "keys", "show").stdout)["fingerprint"]
    run(b, "keys", "export", str(tmp_path / "市公钥.json"))
    # without a terminal and without --yes, trusting is refused
    p = run(a, "keys", "import", str(tmp_path / "市公钥.json"), ok=False)
    assert p.returncode == 1 and "未信任" in p.stderr
    run(a, "keys", "import", str(tmp_path / "市公钥.json"), "--yes")
    run(a, "demo", "--persons", "30")
    stick = tmp_path / "U盘 备份 2026"
    stick.mkdir()
    path = run(a, "export", "--to", str(stick)).stdout.strip()
    assert Path(path).parent == stick and Path(path).is_file()
    assert Path(path).name.startswith("330102-to-330100-000001-") and Path(path).suffix == ".yyp"
    p = run(b, "import", path, ok=False)  # unknown sender, not a terminal, no --yes
    assert p.returncode == 1 and "尚未受信任" in p.stderr and fp_a in p.stderr
    preview = json.loads(run(b, "--json", "import", path, "--dry-run").stdout)
    assert preview["dry_run"] and preview["counts"]["person"]["new"] == 30 and preview["conflicts"] == []
    done = json.loads(run(b, "--json", "import", path, "--yes").stdout)
    assert done["counts"]["person"]["new"] == 30
    again = run(b, "import", path, "--yes", ok=False)
    assert again.returncode == 1 and "已经导入过" in again.stderr
    assert "330102-to-330100-000001" in run(b, "packages").stdout
    report = run(b, "import-report", Path(path).name, "--all").stdout
    assert "新增" in report
    # back the other way: the city now trusts the county's key and encrypts for it
    back = run(b, "export", "--to", str(stick), "--peer", "330102").stdout.strip()
    text = run(a, "import", back).stdout
    assert "已导入" in text
    # the city's package carried the receipt: the county's records are confirmed received
    assert "对方已确认收到" in run(a, "exchange-state", "person", "1").stdout
    assert "对方已确认收到" in run(a, "packages").stdout


def test_passphrase_file(two, tmp_path):
    a, b = two
    (tmp_path / "口令.txt").write_text("三月桃花 2026\n", encoding="utf-8")
    run(a, "demo", "--persons", "30")
    path = run(a, "export", "--to", str(tmp_path), "--peer", "330100",
               "--passphrase-file", str(tmp_path / "口令.txt")).stdout.strip()
    p = run(b, "import", path, "--yes", ok=False)
    assert p.returncode == 1 and "口令" in p.stderr
    done = json.loads(run(b, "--json", "import", path, "--yes", "--passphrase-file", str(tmp_path / "口令.txt")).stdout)
    assert done["totals"]["new"] > 30


@pytest.mark.skipif(not (shutil.which("mkfs.vfat") and shutil.which("mcopy")), reason="需要 dosfstools 和 mtools")
def test_fat32_stick_image(two, tmp_path):
    a, b = two
    run(b, "keys", "export", str(tmp_path / "city.json"))
    run(a, "keys", "import", str(tmp_path / "city.json"), "--yes")
    run(a, "demo", "--persons", "30")
    out = tmp_path / "导出"
    out.mkdir()
    path = Path(run(a, "export", "--to", str(out)).stdout.strip())
    image = tmp_path / "stick.img"
    env = dict(os.environ, MTOOLS_SKIP_CHECK="1")
    subprocess.run(["mkfs.vfat", "-F", "32", "-n", "USBSTICK", "-C", str(image), "40000"], check=True,
                   capture_output=True)
    subprocess.run(["mmd", "-i", str(image), "::/见义勇为 交换"], check=True, env=env, capture_output=True)
    subprocess.run(["mcopy", "-i", str(image), str(path), "::/见义勇为 交换/"], check=True, env=env,
                   capture_output=True)
    listing = subprocess.run(["mdir", "-i", str(image), "-b", "::/见义勇为 交换"], check=True, env=env,
                             capture_output=True, text=True).stdout
    assert path.name in listing  # the name survives FAT32 unchanged
    back = tmp_path / "读回"
    back.mkdir()
    subprocess.run(["mcopy", "-i", str(image), f"::/见义勇为 交换/{path.name}", str(back)], check=True, env=env,
                   capture_output=True)
    assert (back / path.name).read_bytes() == path.read_bytes()
    done = json.loads(run(b, "--json", "import", str(back / path.name), "--yes").stdout)
    assert done["counts"]["person"]["new"] == 30


def test_cli_conflict_listed_and_resolved(two, tmp_path):
    a, b = two
    for src, dst in ((a, b), (b, a)):
        run(src, "keys", "export", str(tmp_path / "k.json"))
        run(dst, "keys", "import", str(tmp_path / "k.json"), "--yes")
    run(a, "demo", "--persons", "30")
    run(b, "import", run(a, "export", "--to", str(tmp_path)).stdout.strip())
    uuid = json.loads(run(a, "--json", "person", "show", "1").stdout)["person"]["uuid"]
    run(a, "person", "set", uuid, "phone=13511112222")
    run(b, "person", "set", uuid, "address=杭州市上城区新地址1号")
    run(b, "import", run(a, "export", "--to", str(tmp_path)).stdout.strip())
    conflicts = json.loads(run(b, "--json", "conflicts").stdout)
    assert len(conflicts) == 1 and conflicts[0]["uuid"] == uuid
    assert "1" in run(b, "conflicts").stdout
    p = run(b, "resolve", str(conflicts[0]["id"]), "phone=elsewhere", ok=False)
    assert p.returncode == 1 and "local 或 remote" in p.stderr
    run(b, "resolve", str(conflicts[0]["id"]), "phone=remote")
    from desktop.services.ledger import Ledger
    from desktop.store.models import Person
    ledger = Ledger.open(str(b))
    try:
        with ledger.reading():
            p = Person.get(Person.uuid == uuid)
        assert p.phone == "13511112222" and p.address == "杭州市上城区新地址1号"
    finally:
        ledger.close()
    assert json.loads(run(b, "--json", "conflicts").stdout) == []


def test_cli_import_undo(two, tmp_path):
    """`import-undo` takes an import back; the same file then imports again; a second undo is refused."""
    a, b = two
    run(b, "keys", "export", str(tmp_path / "市.json"))
    run(a, "keys", "import", str(tmp_path / "市.json"), "--yes")
    run(a, "demo", "--persons", "30")
    path = run(a, "export", "--to", str(tmp_path)).stdout.strip()
    done = json.loads(run(b, "--json", "import", path, "--yes").stdout)
    assert done["backup"] is None and done["undo_command"] == f"import-undo {done['package_id']}"
    undone = json.loads(run(b, "--json", "import-undo", str(done["package_id"])).stdout)
    assert undone["removed"] == done["totals"]["new"] and undone["restored"] == 0
    assert json.loads(run(b, "--json", "persons").stdout) == []
    assert "已撤销导入" in run(b, "packages").stdout
    p = run(b, "import-undo", Path(path).name, ok=False)
    assert p.returncode == 1 and "已经撤销过" in p.stderr
    again = json.loads(run(b, "--json", "import", path, "--yes").stdout)
    assert again["totals"] == done["totals"]
    assert "已撤销" in run(b, "import-undo").stdout
