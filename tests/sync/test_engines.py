"""The round trip on each engine: the receiving office on SQLite and on PostgreSQL."""

from __future__ import annotations

from desktop.services import attachments, exchange
from desktop.services.demo import generate
from desktop.services.ledger import Ledger
from desktop.services.office import init_office
from desktop.store.models import Award, Person
from tests.sync.helpers import first_difference, NAMES, TODAY, content, deliver, introduce, make_office, open_conflicts, send


def test_round_trip_and_conflict_on_each_engine(db_url, tmp_path):
    county = make_office(tmp_path, "330102")
    city = Ledger.open(db_url, actor="市员", today=TODAY)
    init_office(city, "330100", NAMES["330100"])
    exchange.ensure_keys(city)
    try:
        introduce([county, city], tmp_path)
        generate(county, 30, seed=7)
        with county.reading():
            pid = Person.select().first().id
        attachments.attach_file(county, "person", pid, b"scan" * 1000, file_name="证明.pdf")
        r = deliver(city, send(county, city, tmp_path)["path"])
        assert r["totals"]["skipped"] == 0 and r["totals"]["new"] > 100
        assert first_difference(content(city), content(county)) is None
        with city.reading():
            award = Award.select().where(Award.amount.is_null(False)).first()
        with city.atomic() as w:
            w.update(award, {"notes": "市里改"})
        with county.atomic() as w:
            w.update(Award.get(Award.uuid == award.uuid), {"notes": "县里改"})
        deliver(city, send(county, city, tmp_path)["path"])
        [c] = open_conflicts(city)
        exchange.resolve_conflict(city, c.id, {"notes": "remote"})
        deliver(county, send(city, county, tmp_path)["path"])
        assert first_difference(content(city), content(county)) is None
        assert open_conflicts(county) == []
    finally:
        county.close()
        city.close()
