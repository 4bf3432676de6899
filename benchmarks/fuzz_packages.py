"""Fuzz the package reader with thousands of mutants of a real package (issue 17).

Each mutant is previewed (import --dry-run) by the receiving office. The tally counts previews
that worked, clean refusals (one Chinese line) and anything else (a crash: printed with its
type). At the end the receiving database must be unchanged row for row.

Mutations: random bytes changed or cut off anywhere in the file; the envelope replaced field by
field with hostile JSON (deep nesting, wrong types, huge numbers, lone surrogates); signed
manifests and signed record lines with hostile values (signed with the sender's real key, so they
reach every check behind the signature).

    python benchmarks/fuzz_packages.py              # 3,000 mutants
    python benchmarks/fuzz_packages.py --count 500 --seed 7
"""

from __future__ import annotations

import argparse
import collections
import hashlib
import io
import json
import os
import random
import re
import sys
import tempfile
import time
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("YIYONG_HOME", tempfile.mkdtemp(prefix="yiyong-fuzz-home-"))

from desktop.domain.errors import UserError  # noqa: E402
from desktop.services import exchange, persons  # noqa: E402
from desktop.services.ledger import Ledger  # noqa: E402
from desktop.services.office import init_office  # noqa: E402
from desktop.store.models import ALL_MODELS  # noqa: E402
from desktop.store.sync_models import SYNC_MODELS  # noqa: E402
from desktop.sync.keys import load_keys  # noqa: E402
from desktop.sync.package import SIGN_CONTEXT  # noqa: E402

CHINESE = re.compile(r"[\u4e00-\u9fff]")
HOSTILE = [None, True, False, 0, -1, 1.5, "", "abc", "\ud800", [], {}, [[[[]]]], 2 ** 31, 2 ** 63, 10 ** 30,
           -(10 ** 30), "x" * 5000, {"a": "b"}, ["330100"], "330100", "2026-13-45", "../../etc/passwd"]


def hostile(rng: random.Random):
    pick = rng.random()
    if pick < 0.1:
        depth = rng.choice([40, 1000, 100_000])
        return json.loads("[" * depth + "]" * depth) if depth < 900 else f"__DEEP_{depth}__"
    return rng.choice(HOSTILE)


def dumps(obj) -> bytes:
    """JSON bytes; "__DEEP_n__" becomes n nested arrays (written without recursion)."""
    text = json.dumps(obj, ensure_ascii=True)
    for depth in (1000, 100_000):
        text = text.replace(f'"__DEEP_{depth}__"', "[" * depth + "]" * depth)
    return text.encode()


def snapshot(ledger) -> dict:
    with ledger.reading():
        return {m._meta.table_name: list(m.select().order_by(*m._meta.get_primary_keys()).tuples())
                for m in ALL_MODELS + SYNC_MODELS}


class Mutator:
    def __init__(self, good: Path, folder: Path, rng: random.Random):
        self.good, self.folder, self.rng = good.read_bytes(), folder, rng
        with zipfile.ZipFile(good) as z:
            self.env = json.loads(z.read("envelope.json"))
        self.keys = load_keys("330102")
        self.n = 0

    def path(self) -> Path:
        self.n += 1
        return self.folder / f"mutant-{self.n}.yyp"

    def bytes_changed(self) -> Path:
        raw = bytearray(self.good)
        for _ in range(self.rng.randint(1, 16)):
            raw[self.rng.randrange(len(raw))] = self.rng.randrange(256)
        if self.rng.random() < 0.3:
            raw = raw[:self.rng.randrange(len(raw))]
        p = self.path()
        p.write_bytes(bytes(raw))
        return p

    def envelope(self) -> Path:
        env = dict(self.env)
        for _ in range(self.rng.randint(1, 3)):
            key = self.rng.choice(list(env) + ["encryption.chunk", "encryption.n", "encryption.method"])
            if key.startswith("encryption."):
                env["encryption"] = dict(env["encryption"]) if isinstance(env.get("encryption"), dict) else {}
                env["encryption"][key.split(".")[1]] = hostile(self.rng)
            else:
                env[key] = hostile(self.rng)
        return self._outer(dumps(env), b"payload")

    def signed(self) -> Path:
        """A hand-made package with method none, properly signed, with hostile manifest or records."""
        line = {"uuid": "6f1c2b1e-2b7a-4c1e-9a57-0d8b1f3c9a11", "origin": "330102", "vclock": {"330102": 1},
                "created_at": "2026-11-01 08:00:00", "updated_at": "2026-11-01 08:00:00", "updated_by": "330102",
                "deleted": False, "fields": {"name": "吴䶮", "gender": "male"}}
        manifest = {"format": 2, "schema": 1, "sender": "330102", "receiver": "330100", "number": 5,
                    "full": True, "since_seq": 0, "upto_seq": 1, "counts": {"person": 1},
                    "receipt": {"office": "330100", "held_seq": 0, "packages": []}}
        if self.rng.random() < 0.5:
            target = self.rng.choice(["fields", "meta"])
            if target == "fields":
                line["fields"][self.rng.choice(["name", "gender", "ethnicity", "birth_date", "id_number", "state",
                                                "phone", "notes", "migrant_worker", "id_rev", "bogus"])] = \
                    hostile(self.rng)
            else:
                line[self.rng.choice(["uuid", "vclock", "origin", "deleted", "created_at", "fields"])] = \
                    hostile(self.rng)
        else:
            key = self.rng.choice(["since_seq", "upto_seq", "counts", "full", "schema", "receipt", "receipt.held_seq",
                                   "receipt.packages", "number", "created"])
            if key.startswith("receipt."):
                manifest["receipt"][key.split(".")[1]] = hostile(self.rng)
            else:
                manifest[key] = hostile(self.rng)
        body = dumps(line) + b"\n"
        manifest["entries"] = [{"path": "records/person.jsonl", "sha256": hashlib.sha256(body).hexdigest(),
                                "size": len(body), "records": 1}]
        man = dumps(manifest)
        inner = io.BytesIO()
        with zipfile.ZipFile(inner, "w", zipfile.ZIP_DEFLATED) as z:
            z.writestr("manifest.json", man)
            z.writestr("manifest.sig", self.keys.sign.sign(SIGN_CONTEXT + man).hex())
            z.writestr("records/person.jsonl", body)
        env = dict(self.env, number=5, encryption={"method": "none"})
        return self._outer(dumps(env), inner.getvalue())

    def _outer(self, env: bytes, payload: bytes) -> Path:
        p = self.path()
        with zipfile.ZipFile(p, "w") as z:
            z.writestr("envelope.json", env)
            z.writestr("payload.bin", payload)
        return p


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--count", type=int, default=3000)
    ap.add_argument("--seed", type=int, default=17)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    folder = Path(tempfile.mkdtemp(prefix="yiyong-fuzz-"))
    county = Ledger.open(str(folder / "330102.db"), actor="县")
    city = Ledger.open(str(folder / "330100.db"), actor="市")
    init_office(county, "330102", "上城区见义勇为协会")
    init_office(city, "330100", "杭州市见义勇为协会")
    for a, b in ((county, city), (city, county)):
        exchange.ensure_keys(a)
        key = folder / f"key-{a.office_code}.json"
        exchange.export_public_key(a, key)
        exchange.import_public_key(b, key, lambda info: True)
    for i in range(20):
        persons.create_person(county, {"name": f"测试{i}", "phone": f"1380000{i:04d}"})
    good = Path(exchange.export_package(county, folder, peer="330100")["path"])
    before = snapshot(city)
    m = Mutator(good, folder, rng)
    tally: collections.Counter = collections.Counter()
    crashes: collections.Counter = collections.Counter()
    started = time.perf_counter()
    for i in range(args.count):
        make = rng.choice([m.bytes_changed, m.envelope, m.signed])
        path = make()
        try:
            exchange.import_package(city, str(path), dry_run=True, confirm_trust=lambda info: True)
            tally[f"{make.__name__}: preview worked"] += 1
        except UserError as exc:
            one_line = CHINESE.search(exc.message) and "\n" not in exc.message
            tally[f"{make.__name__}: refused in one Chinese line" if one_line else f"{make.__name__}: BAD message"] += 1
        except BaseException as exc:  # noqa: BLE001 - the point is to count these
            tally[f"{make.__name__}: CRASH"] += 1
            crashes[f"{type(exc).__name__}: {str(exc)[:80]}"] += 1
        path.unlink(missing_ok=True)
    elapsed = time.perf_counter() - started
    unchanged = snapshot(city) == before
    print(f"{args.count} mutants in {elapsed:.1f} s (seed {args.seed})")
    for key in sorted(tally):
        print(f"  {key:45s} {tally[key]}")
    crashed = sum(v for k, v in tally.items() if "CRASH" in k or "BAD" in k)
    print(f"  crashes or bad messages: {crashed}")
    for text, n in crashes.most_common(10):
        print(f"    {n} × {text}")
    print(f"  receiving database unchanged: {'yes' if unchanged else 'NO'}")
    county.close()
    city.close()
    return 0 if crashed == 0 and unchanged else 1


if __name__ == "__main__":
    sys.exit(main())
