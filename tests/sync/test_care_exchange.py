"""Money and care travel in packages like every other record (issue 16 item 7), and packages of
the record schema before them (schema 1: no fund entries, guarantee items without a family
member) still import."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile

from desktop.services import care, deeds, family_care, fund, medical, persons, schedules
from desktop.store.models import FundEntry, GuaranteeItem, MedicalCost, PaymentSchedule, SchedulePayment
from desktop.sync import crypto
from desktop.sync.keys import load_keys
from desktop.sync.package import RECORD_SCHEMA, SIGN_CONTEXT
from tests.sync.helpers import content, deliver, first_difference, introduce, make_office, send

DEED = {"title": "勇斗持刀歹徒", "occurred_on": "2025-05-20", "division_code": "330102", "place": "上城区某路",
        "category": "crime", "narrative": "……"}


def test_fund_medical_schedules_and_family_items_travel_and_import_twice_the_same(tmp_path):
    county, city = make_office(tmp_path, "330102"), make_office(tmp_path, "330100")
    try:
        introduce([county, city], tmp_path)
        p = persons.create_person(county, {"name": "王喆", "state": "deceased"})
        deeds.record_deed(county, DEED, [{"person_id": p["id"], "outcome": "died"}])
        son = persons.add_family_member(county, p["id"], {"name": "王小明", "relation": "son",
                                                          "birth_date": "2012-03-01"})
        care.add_guarantee(county, p["id"], {"kind": "schooling", "family": son["id"], "state": "granted"})
        g = family_care.record_grant(county, p["id"], "6000")
        fund.record_income(county, {"amount": "2000000", "on": "2026-01-02", "source": "区财政局", "kind": "allocation"})
        fund.record_payout(county, {"amount": str(g["amount"]), "on": "2026-02-01", "person": p["id"],
                                    "guarantee": g["id"], "purpose": "一次性抚恤金"})
        medical.record_cost(county, p["id"], {"advanced": "3000", "advanced_by": "fund", "responsible": "perpetrator"})
        s = schedules.create_schedule(county, p["id"], {"family": son["id"], "amount": "800", "start": "2026-10-01",
                                                        "until_age": "18"})
        schedules.record_payment(county, s["id"], {"on": "2026-10-05"})
        made = send(county, city, tmp_path)
        counts = made["counts"]
        assert {k: counts[k] for k in ("fund_entry", "medical_cost", "schedule", "schedule_payment")} == {
            "fund_entry": 4, "medical_cost": 1, "schedule": 1, "schedule_payment": 1}
        r = deliver(city, made["path"])
        assert r["counts"]["fund_entry"]["new"] == 4
        assert first_difference(content(county), content(city)) is None
        with city.reading():
            item = GuaranteeItem.get(GuaranteeItem.kind == "schooling")
            assert item.family.name == "王小明"
            grant = GuaranteeItem.get(GuaranteeItem.kind == "death_grant")
            assert json.loads(grant.basis)["income_year"] == 2024
            pay = SchedulePayment.get()
            assert pay.fund_entry.direction == "out" and pay.schedule.family.name == "王小明"
            advance = MedicalCost.get()
            assert advance.advanced_fen == 300000 and advance.fund_entry.kind == "medical"
            assert PaymentSchedule.select().count() == 1
            assert {e.origin for e in FundEntry.select()} == {"330102"}
        # the county's fund stays the county's: the city's own report does not count it
        assert fund.report(city)["balance_fen"] == 0
        assert fund.balance_fen("330102") == fund.report(county)["balance_fen"] > 0
        again = send(county, city, tmp_path, full=True)
        assert deliver(city, again["path"])["counts"]["fund_entry"].get("new", 0) == 0
        assert first_difference(content(county), content(city)) is None
    finally:
        county.close()
        city.close()


def _signed_package(folder, files: dict[str, bytes], counts: dict[str, int]):
    """A package as the previous version made it (record schema 1), signed with the county's keys."""
    keys = load_keys("330102")
    entries = [{"path": p, "sha256": hashlib.sha256(b).hexdigest(), "size": len(b)} for p, b in files.items()]
    man = {"format": 2, "schema": 1, "app": "0.1.0", "sender": "330102", "receiver": "330100", "number": 1,
           "created": "2026-11-01T08:00:00Z", "full": True, "since_seq": 0, "upto_seq": 3, "entries": entries,
           "counts": counts}
    body = json.dumps(man, ensure_ascii=False).encode()
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("manifest.json", body)
        z.writestr("manifest.sig", keys.sign.sign(SIGN_CONTEXT + body).hex())
        for p, b in files.items():
            z.writestr(p, b)
    env = {"format": 2, "sender": "330102", "sender_name": "上城区", "receiver": "330100", "number": 1,
           "created": "2026-11-01T08:00:00Z", "app": "0.1.0", "sign_key": keys.sign_public,
           "box_key": keys.box_public, "fingerprint": keys.fingerprint}
    params, key = crypto.for_box(load_keys("330100").box_public)
    env["encryption"] = params
    env_bytes = json.dumps(env, ensure_ascii=False).encode()
    out = io.BytesIO()
    crypto.seal_stream(key, params, env_bytes, io.BytesIO(buf.getvalue()), out)
    path = folder / "old-schema-1.yyp"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("envelope.json", env_bytes)
        z.writestr("payload.bin", out.getvalue())
    return path


def _line(uuid: str, fields: dict) -> bytes:
    return json.dumps({"uuid": uuid, "origin": "330102", "vclock": {"330102": 1}, "created_at": "2026-10-01 08:00:00",
                       "updated_at": "2026-10-01 08:00:00", "updated_by": "330102", "deleted": False,
                       "fields": fields}, ensure_ascii=False).encode() + b"\n"


def test_a_package_of_the_previous_record_schema_still_imports(tmp_path):
    assert RECORD_SCHEMA == 3
    county, city = make_office(tmp_path, "330102"), make_office(tmp_path, "330100")
    try:
        introduce([county, city], tmp_path)
        person = "6f1c2b1e-2b7a-4c1e-9a57-0d8b1f3c9a11"
        files = {
            "records/person.jsonl": _line(person, {"name": "吴䶮", "state": "deceased"}),
            # a guarantee item as schema 1 wrote it: no family, no basis
            "records/guarantee.jsonl": _line("7a2d3c4e-1b7a-4c1e-9a57-0d8b1f3c9a22",
                                             {"person": person, "kind": "pension", "state": "granted",
                                              "amount": "12000.00", "department": "civil_affairs"}),
        }
        path = _signed_package(tmp_path, files, {"person": 1, "guarantee": 1})
        r = deliver(city, str(path))
        assert r["counts"]["person"]["new"] == 1 and r["counts"]["guarantee"]["new"] == 1
        with city.reading():
            g = GuaranteeItem.get()
            assert g.family_id is None and g.basis is None and g.person.name == "吴䶮"
        checklist = family_care.checklist(city, g.person_id)
        assert next(i for i in checklist["items"] if i["key"] == "pension")["state"] == "granted"
    finally:
        county.close()
        city.close()
