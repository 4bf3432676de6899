"""Build tests/data/yiyong-v1.db: a database at schema version 1 with a few records.

Run once when migration 1 was frozen: `python -m tests.store.make_v1_fixture`. Later migrations
must upgrade this file without losing anything (tests/store/test_migrations.py).
"""

import datetime as dt
from pathlib import Path

from peewee import SqliteDatabase

from desktop.store import migrations
from desktop.store.migrations import schema_v1 as v1

OUT = Path(__file__).resolve().parents[1] / "data" / "yiyong-v1.db"


def main() -> None:
    OUT.unlink(missing_ok=True)
    db = SqliteDatabase(str(OUT))
    migrations.migrate(db, target=1)
    with db.bind_ctx(v1.ALL_MODELS):
        v1.Setting.create(key="office.code", value="330102")
        v1.Setting.create(key="office.name", value="杭州市上城区公安分局")
        p = v1.Person.create(origin="330102", name="王喆", name_pinyin="wangzhe", name_initials="wz",
                             id_number="11010519491231002X", id_rev="X20013219491501011", gender="female",
                             birth_date=dt.date(1949, 12, 31), state="injured")
        d = v1.Deed.create(origin="330102", title="跳河救人", occurred_on=dt.date(2020, 7, 1),
                           division_code="330103", place="下城区某河", category="drowning")
        v1.DeedPerson.create(origin="330102", deed=d, person=p, outcome="injured")
        v1.ConfirmationCase.create(origin="330102", deed=d, source="self", received_on=dt.date(2020, 7, 3),
                                   state="closed", decision="confirmed")
    db.execute_sql("VACUUM")
    db.close()
    print(OUT)


if __name__ == "__main__":
    main()
