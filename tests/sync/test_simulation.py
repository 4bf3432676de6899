"""A province, a city and two counties make random edits (also to the same records) of people,
deeds, cases, awards and guarantees, and exchange packages in random order, with duplicates and
losses. In the end every office holds the same
data and every edit was either applied or kept as a conflict that a person then settled."""

from __future__ import annotations

import json
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from desktop.domain.errors import UserError
from desktop.services import exchange
from desktop.services.ledger import Ledger
import datetime as dt

from desktop.store.models import Award, CommendationBatch, ConfirmationCase, Deed, GuaranteeItem, Person
from desktop.sync import vclock as vc
from tests.sync.helpers import TODAY, content, introduce, make_office, open_conflicts

CODES = ["330000", "330100", "330102", "330106"]  # province, city, two counties
LINKS = [("330102", "330100"), ("330106", "330100"), ("330100", "330000"), ("330000", "330102"),
         ("330000", "330106")]
DIRECTED = LINKS + [(b, a) for a, b in LINKS]
FIELDS = ["phone", "address", "notes"]
# every kind that travels with its own edits: the model and fields edited at random
KINDS = {"person": (Person, FIELDS), "deed": (Deed, ["narrative", "witnesses", "evidence"]),
         "case": (ConfirmationCase, ["investigation", "statement", "notes"]),
         "award": (Award, ["certificate_no", "notes"]), "guarantee": (GuaranteeItem, ["description"])}


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    folder = tmp_path_factory.mktemp("offices")
    offices = [make_office(folder, c) for c in CODES]
    introduce(offices, folder)
    # three people known everywhere before the random part starts
    county = offices[2]
    with county.atomic() as w:
        batch = w.create(CommendationBatch, {"title": "2026年度表彰", "level": "county", "year": 2026})
        for i, name in enumerate(("王喆", "李堃", "陈珺")):
            p = w.create(Person, {"name": name})
            deed = w.create(Deed, {"title": f"{name}救人", "occurred_on": dt.date(2026, 5, 1 + i),
                                   "division_code": "330102", "place": "西湖边", "category": "crime"})
            w.create(ConfirmationCase, {"deed": deed.id, "source": "self", "received_on": dt.date(2026, 6, 1)})
            w.create(Award, {"batch": batch.id, "person": p.id, "honour_title": "见义勇为先进个人"})
            w.create(GuaranteeItem, {"person": p.id, "kind": "medical"})
    for o in offices:
        o.close()
    yield folder


class World:
    def __init__(self, template: Path):
        self.dir = Path(tempfile.mkdtemp(prefix="sim-"))
        for c in CODES:
            shutil.copy(template / f"{c}.db", self.dir / f"{c}.db")
        self.office = {c: Ledger.open(str(self.dir / f"{c}.db"), actor=f"员{c}", today=TODAY) for c in CODES}
        self.flight: dict[tuple[str, str], list[str]] = {link: [] for link in DIRECTED}
        self.edits: list[dict] = []
        self.made = 0
        self.sync_all()  # the starting people reach every office

    def close(self):
        for o in self.office.values():
            o.close()
        shutil.rmtree(self.dir, ignore_errors=True)

    def records(self, code, kind="person"):
        model = KINDS[kind][0]
        with self.office[code].reading():
            return [r.uuid for r in model.select().where(model.deleted == False).order_by(model.uuid)]  # noqa: E712

    def people(self, code):
        return self.records(code)

    def edit(self, code, pick, field, value, kind="person"):
        model, fields = KINDS[kind]
        if field != "deleted" and field not in fields:
            field = fields[len(field) % len(fields)]
        uuids = self.records(code, kind)
        if not uuids:
            return
        uuid = uuids[pick % len(uuids)]
        ledger = self.office[code]
        with ledger.atomic() as w:
            rec = model.get(model.uuid == uuid)
            if field == "deleted":
                w.delete(rec)
            else:
                w.update(rec, {field: f"{value}@{code}#{len(self.edits)}"})
            rec = model.get(model.uuid == uuid)
        self.edits.append({"kind": kind, "uuid": uuid, "field": field, "value": getattr(rec, field),
                           "clock": vc.parse(rec.vclock)})

    def create(self, code):
        with self.office[code].atomic() as w:
            rec = w.create(Person, {"name": f"新人{self.made}", "notes": code})
        self.made += 1
        self.edits.append({"kind": "person", "uuid": rec.uuid, "field": "name", "value": rec.name,
                           "clock": vc.parse(rec.vclock)})

    def export(self, src, dst):
        made = exchange.export_package(self.office[src], self.dir, peer=dst)
        self.flight[(src, dst)].append(made["path"])

    def deliver(self, link, pick, keep):
        queue = self.flight[link]
        if not queue:
            return
        path = queue[pick % len(queue)]
        if not keep:
            queue.remove(path)
        try:
            exchange.import_package(self.office[link[1]], path, confirm_trust=lambda info: False)
        except UserError as exc:
            assert "已经导入过" in exc.message, exc.message

    def lose(self, link, pick):
        if self.flight[link]:
            self.flight[link].pop(pick % len(self.flight[link]))

    def sync_all(self, rounds=2):
        for _ in range(rounds):
            for src, dst in DIRECTED:
                made = exchange.export_package(self.office[src], self.dir, peer=dst)
                exchange.import_package(self.office[dst], made["path"], confirm_trust=lambda info: False)


ops = st.one_of(
    st.tuples(st.just("edit"), st.sampled_from(CODES), st.integers(0, 50), st.sampled_from(FIELDS + ["deleted"]),
              st.sampled_from(["甲", "乙", "丙"])),
    st.tuples(st.just("clash"), st.sampled_from(CODES), st.sampled_from(CODES), st.integers(0, 2),
              st.sampled_from(FIELDS + ["deleted"]), st.sampled_from(FIELDS)),
    st.tuples(st.just("create"), st.sampled_from(CODES)),
    st.tuples(st.just("edit_other"), st.sampled_from(CODES), st.integers(0, 50),
              st.sampled_from(["narrative", "witnesses", "evidence", "investigation", "statement", "notes",
                               "certificate_no", "description"]),
              st.sampled_from(["甲", "乙", "丙"]), st.sampled_from(["deed", "case", "award", "guarantee"])),
    st.tuples(st.just("clash_other"), st.sampled_from(CODES), st.sampled_from(CODES), st.integers(0, 2),
              st.sampled_from(["deed", "case", "award", "guarantee"])),
    st.tuples(st.just("export"), st.sampled_from(DIRECTED)),
    st.tuples(st.just("deliver"), st.sampled_from(DIRECTED), st.integers(0, 10), st.booleans()),
    st.tuples(st.just("lose"), st.sampled_from(DIRECTED), st.integers(0, 10)),
)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                   HealthCheck.too_slow])
@given(st.lists(ops, min_size=5, max_size=30))
def test_offices_converge_and_nothing_is_lost(template, steps):
    world = World(template)
    try:
        for step in steps:
            kind = step[0]
            if kind == "edit":
                world.edit(*step[1:])
            elif kind == "clash":  # two offices change the same record before hearing of each other
                _, a, b, pick, fa, fb = step
                world.edit(a, pick, fb, "争")
                world.edit(b, pick, fa, "执")
            elif kind == "create":
                world.create(step[1])
            elif kind == "edit_other":
                world.edit(*step[1:])
            elif kind == "clash_other":  # the same deed, case, award or guarantee changed at two offices
                _, a, b, pick, what = step
                world.edit(a, pick, "x", "争", what)
                world.edit(b, pick, "yy", "执", what)
            elif kind == "export":
                world.export(*step[1])
            elif kind == "deliver":
                world.deliver(*step[1:])
            else:
                world.lose(*step[1:])
        # Everything still on the road arrives in some order, then regular exchange resumes.
        for link, queue in world.flight.items():
            for path in reversed(queue):
                world.deliver(link, queue.index(path), False)
        world.sync_all()
        # Every edit was applied or kept: some office's version, or a kept conflict version, has seen it.
        kept: dict[str, list[dict]] = {}
        for code, ledger in world.office.items():
            with ledger.reading():
                for model, _ in KINDS.values():
                    for p in model.select():
                        kept.setdefault(p.uuid, []).append(vc.parse(p.vclock))
            for c in open_conflicts(ledger):
                kept.setdefault(c.record_uuid, []).append(vc.parse(c.remote_vclock))
        for e in world.edits:
            assert any(vc.dominates(k, e["clock"]) for k in kept[e["uuid"]]), e
        event(f"conflicts to settle: {any(open_conflicts(l) for l in world.office.values())}")
        # People settle each conflict field by field; the settlement travels like any change.
        for _ in range(8):
            pending = [(code, open_conflicts(l)) for code, l in world.office.items() if open_conflicts(l)]
            if not pending:
                break
            code, conflicts = pending[0]
            for c in conflicts:
                if c.state != "open":
                    continue
                try:
                    detail = exchange.conflict_detail(world.office[code], c.id)
                except UserError:
                    continue
                choices = {f["field"]: ("remote" if (len(f["field"]) + c.id) % 2 else "local")
                           for f in detail["fields"] if f["differs"]}
                try:
                    exchange.resolve_conflict(world.office[code], c.id, choices)
                except UserError as exc:
                    assert "已处理过" in exc.message
            world.sync_all()
        for ledger in world.office.values():
            assert open_conflicts(ledger) == []
        data = [content(l) for l in world.office.values()]
        assert all(d == data[0] for d in data[1:])
        # Nothing was lost: the final version of each record has seen every edit made to it, and
        # the last edit of a record that nobody contradicted is what everyone holds.
        final = {u: dict(f) for kind in KINDS for u, f in data[0][kind].items()}
        for e in world.edits:
            clock = json.loads(final[e["uuid"]]["vclock"].replace("'", '"'))
            assert vc.dominates(clock, e["clock"]), e
        by_record: dict[str, list[dict]] = {}
        for e in world.edits:
            by_record.setdefault(e["uuid"], []).append(e)
        for uuid, es in by_record.items():
            last = es[-1]
            if all(vc.dominates(last["clock"], o["clock"]) for o in es):
                latest = [o for o in es if o["clock"] == last["clock"]]
                for o in latest:
                    assert final[uuid][o["field"]] == str(o["value"]), (o, final[uuid])
    finally:
        world.close()
