"""Exchange benchmark: export and import of 100,000 records with 1,000 attachments.

Prints records per second both ways, and the export time beside plain `zip` (the Info-ZIP command,
default level) of the same bytes — the package's records and attachments — measured in the same run.
Aims (issue 5): export within 1.5x of zip, import at least 30,000 records a second.
For comparison it also imports the same package into a database without the full-text search
triggers of migration 5 (they re-index every person and deed row as it is written).

    python benchmarks/bench_exchange.py            # 100,000 records, 1,000 attachments
    python benchmarks/bench_exchange.py --small    # 10,000 records, 100 attachments (a quick look)
    python benchmarks/bench_exchange.py --no-comparison
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
import uuid as uuidlib
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("YIYONG_HOME", tempfile.mkdtemp(prefix="yiyong-bench-home-"))

from desktop.services import exchange  # noqa: E402
from desktop.services.ledger import Ledger  # noqa: E402
from desktop.services.office import init_office  # noqa: E402
from desktop.store.models import Attachment, AttachmentBlob, Counter, Deed, DeedPerson, Person  # noqa: E402
from desktop.sync.keys import load_keys  # noqa: E402
from desktop.sync.package import open_payload, read_envelope  # noqa: E402

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = "伟芳娜秀敏静丽强磊军洋勇艳杰娟涛明超霞平刚桂英华"


def office(folder: Path, code: str, name: str) -> Ledger:
    ledger = Ledger.open(str(folder / f"{code}.db"), actor="bench", today=dt.date(2026, 11, 28))
    init_office(ledger, code, name)
    exchange.ensure_keys(ledger)
    return ledger


def fill(ledger: Ledger, records: int, attachments: int, rng: random.Random) -> int:
    """Half persons, a quarter deeds, a quarter deed links, plus attachments (bulk, for speed)."""
    persons, deeds = records // 2, records // 4
    links = records - persons - deeds - attachments
    now = dt.datetime(2026, 11, 1, 9, 0, 0)
    seq = 0

    def meta():
        nonlocal seq
        seq += 1
        return {"uuid": str(uuidlib.UUID(int=rng.getrandbits(128), version=4)), "origin": "330102", "version": 1,
                "vclock": '{"330102":1}', "seq": seq, "created_at": now, "updated_at": now,
                "updated_by": "330102", "deleted": False}

    with ledger.atomic():
        rows = []
        for i in range(persons):
            name = rng.choice(SURNAMES) + rng.choice(GIVEN) + rng.choice(GIVEN)
            rows.append(dict(meta(), name=name, name_pinyin="", name_initials="", gender="male",
                             id_number=f"330102{1940 + i % 60}{1 + i // 60 % 12:02d}{1 + i // 720 % 28:02d}{i // 20160:03d}X", phone=f"138{i:08d}",
                             address=f"杭州市上城区某路{i}号", notes="演示数据（虚构）" * 3))
            if len(rows) == 300:
                Person.insert_many(rows).execute()
                rows = []
        if rows:
            Person.insert_many(rows).execute()
        rows = []
        for i in range(deeds):
            rows.append(dict(meta(), title="跳河救起落水儿童", occurred_on=dt.date(2026, 1 + i % 12, 1 + i % 28),
                             division_code="330102", place=f"上城区某河段{i}", category="drowning",
                             narrative="演示数据（虚构）。" * 20))
            if len(rows) == 300:
                Deed.insert_many(rows).execute()
                rows = []
        if rows:
            Deed.insert_many(rows).execute()
        rows = []
        for i in range(links):
            rows.append(dict(meta(), deed=1 + i % deeds, person=1 + i % persons, outcome="unhurt", role="施救者"))
            if len(rows) == 300:
                DeedPerson.insert_many(rows).execute()
                rows = []
        if rows:
            DeedPerson.insert_many(rows).execute()
        for i in range(attachments):
            data = rng.randbytes(rng.randrange(20_000, 80_000))  # like scanned JPEGs: not compressible
            import hashlib
            sha = hashlib.sha256(data).hexdigest()
            AttachmentBlob.insert(sha256=sha, size=len(data), data=data).on_conflict_ignore().execute()
            m = meta()
            Attachment.insert(**m, sha256=sha, owner_kind="person", owner_uuid=m["uuid"], title=f"证明{i}",
                              file_name=f"证明{i}.jpg", mime="image/jpeg", size=len(data)).execute()
        Counter.insert(name="change", value=seq).on_conflict(conflict_target=[Counter.name],
                                                            update={Counter.value: seq}).execute()
    return seq


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", action="store_true", help="10,000 records and 100 attachments")
    parser.add_argument("--records", type=int)
    parser.add_argument("--attachments", type=int)
    parser.add_argument("--no-comparison", action="store_true", help="不做去掉全文检索触发器的对照导入")
    args = parser.parse_args()
    records = args.records or (10_000 if args.small else 100_000)
    attachments = args.attachments if args.attachments is not None else (100 if args.small else 1_000)
    if not shutil.which("zip"):
        print("需要 zip 命令作为对照（apt-get install zip）")
        return 1
    work = Path(tempfile.mkdtemp(prefix="bench-exchange-"))
    try:
        county = office(work, "330102", "上城区见义勇为协会")
        city = office(work, "330100", "杭州市见义勇为协会")
        exchange.import_public_key(county, exchange.export_public_key(city, work / "city.json")["path"],
                                   lambda info: True)
        t = time.perf_counter()
        n = fill(county, records, attachments, random.Random(5))
        print(f"准备数据：{n} 条记录（其中附件 {attachments} 个），用时 {time.perf_counter() - t:.1f} 秒")

        # Best of three for both export and zip: the machine is shared, the minimum is the least disturbed.
        exports = []
        made: dict = {}
        for i in range(3):
            out = work / f"out{i}"
            out.mkdir()
            t = time.perf_counter()
            done = exchange.export_package(county, out, peer="330100")
            exports.append(time.perf_counter() - t)
            made = made or done
        t_export = min(exports)
        size = Path(made["path"]).stat().st_size

        # The same bytes as plain files, zipped by Info-ZIP with its defaults.
        env = read_envelope(made["path"])
        inner = open_payload(env, box_private=load_keys("330100").box, passphrase=None)
        plain = work / "plain"
        for name in inner.entries:
            target = plain / name
            target.parent.mkdir(parents=True, exist_ok=True)
            with open(target, "wb") as fh:
                for block in inner.zip.chunks(name):
                    fh.write(block)
        inner.close()
        env.outer.close()
        raw = sum(p.stat().st_size for p in plain.rglob("*") if p.is_file())
        zips = []
        for i in range(3):
            t = time.perf_counter()
            subprocess.run(["zip", "-r", "-q", str(work / f"plain{i}.zip"), "."], cwd=plain, check=True)
            zips.append(time.perf_counter() - t)
        t_zip = min(zips)

        t = time.perf_counter()
        result = exchange.import_package(city, made["path"], confirm_trust=lambda info: True)
        t_import = time.perf_counter() - t
        assert result["totals"]["new"] == n, result["totals"]

        fts = ""
        if not args.no_comparison:
            # Where the import time goes: the same import into a database whose full-text search
            # triggers (migration 5, trigram FTS5 kept up to date row by row) are dropped.
            bare_dir = work / "bare"
            bare_dir.mkdir()
            bare = Ledger.open(str(bare_dir / "330100.db"), actor="bench", today=dt.date(2026, 11, 28))
            init_office(bare, "330100", "杭州市见义勇为协会")
            exchange.ensure_keys(bare)
            triggers = [n for (n,) in bare.db.execute_sql(
                "SELECT name FROM sqlite_master WHERE type='trigger' AND name LIKE '%fts%'").fetchall()]
            for name in triggers:
                bare.db.execute_sql(f'DROP TRIGGER "{name}"')
            t = time.perf_counter()
            exchange.import_package(bare, made["path"], confirm_trust=lambda info: True)
            t_bare = time.perf_counter() - t
            bare.close()
            fts = (f"对照：同一数据包导入到去掉全文检索触发器（{len(triggers)} 个）的库：{t_bare:.2f} 秒，"
                   f"{n / t_bare:,.0f} 条/秒")
        print(f"数据包：{size / 1e6:.1f} MB（记录与附件原始大小 {raw / 1e6:.1f} MB）")
        print(f"导出（三次中最快）：{t_export:.2f} 秒，{n / t_export:,.0f} 条/秒（含签名、AES-256-GCM 加密）")
        print(f"同样的字节用 zip 压缩（三次中最快）：{t_zip:.2f} 秒，{(work / 'plain0.zip').stat().st_size / 1e6:.1f} MB；导出/zip = {t_export / t_zip:.2f} 倍（目标 ≤ 1.5）")
        print(f"导入：{t_import:.2f} 秒，{n / t_import:,.0f} 条/秒（含解密、校验、自动备份、审计记录；目标 ≥ 30,000）")
        if fts:
            print(fts)
        county.close()
        city.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
