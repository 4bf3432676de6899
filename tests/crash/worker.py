"""The child process of the kill tests: ordinary edits, demo data, imports and exports, forever.

Run as `python -m tests.crash.worker DB PACKAGE OUT_DIR SEED LOG`; prints "ready" once the ledger is
open, then loops until it is killed. Each unit of work is one transaction whose effect the parent
can recognise afterwards: UNIT persons sharing an employer "单元-<token>", an edit that gives all
persons of one unit the same new occupation, a demo of DEMO persons, the import of one package of
PACKAGE_PERSONS persons, and the export of a package.
"""

from __future__ import annotations

import random
import sys
import uuid

UNIT, DEMO, PASSPHRASE = 5, 30, "crash-test-phrase"


def main(db: str, package: str, out_dir: str, seed: int, log: str) -> None:
    from desktop.services import demo, exchange, persons  # noqa: F401 - imported before "ready"
    from desktop.services.ledger import Ledger

    rng = random.Random(seed)
    ledger = Ledger.open(db, actor="崩溃测试")
    sys.stdout.write("ready\n")
    sys.stdout.flush()
    with open(log, "a", encoding="utf-8", buffering=1) as journal:  # what was going on when killed
        kinds = ["unit", "unit", "edit", "edit", "demo", "import", "export"]
        first = True
        while True:
            # each run starts with a different kind, so every kind gets interrupted whatever the load
            work = kinds[seed % len(kinds)] if first else rng.choice(kinds)
            first = False
            journal.write(work + "\n")
            one(ledger, rng, work, package, out_dir)
            journal.write("done\n")


def one(ledger, rng, work: str, package: str, out_dir: str) -> None:
    from desktop.domain.errors import UserError
    from desktop.services import demo, exchange, persons
    from desktop.store.models import Person

    if work == "unit":
        token = uuid.uuid4().hex[:8]
        with ledger.atomic():
            for _ in range(UNIT):
                persons.create_person(ledger, {"name": "赵六", "employer": f"单元-{token}",
                                               "occupation": "v0"})
    elif work == "edit":
        with ledger.reading():
            units = [p.employer for p in Person.select(Person.employer).where(
                Person.employer.startswith("单元-")).distinct()]
        if units:
            unit = rng.choice(units)
            version = f"v{rng.randrange(1, 10**6)}"
            with ledger.atomic():
                with ledger.reading():
                    ids = [p.id for p in Person.select(Person.id).where(Person.employer == unit)]
                for pid in ids:
                    persons.update_person(ledger, pid, {"occupation": version})
    elif work == "demo":
        demo.generate(ledger, DEMO, seed=rng.randrange(10**6))
    elif work == "import":
        try:
            exchange.import_package(ledger, package, passphrase=PASSPHRASE, confirm_trust=lambda info: True)
        except UserError:
            pass  # imported before: the same package changes nothing the second time
    else:
        exchange.export_package(ledger, out_dir, peer="330106", passphrase=PASSPHRASE)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5])
