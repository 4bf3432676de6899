"""The typed records the services declare (services/record_types.py) are what they return: the
same keys, nothing missing, nothing extra — on the search's fast path as well as from the models."""

from __future__ import annotations

import datetime as dt
import io
import json
from decimal import Decimal

from PIL import Image

from desktop.services import (
    awards,
    case_persons,
    cases,
    deeds,
    demo,
    documents,
    exchange,
    nomination,
    persons,
    procedural,
    workcalendar,
)
from desktop.services import record_types as rt
from tests.sync.helpers import deliver, introduce, make_office, send


def keys_of(typed) -> set[str]:
    return set(typed.__required_keys__ | typed.__optional_keys__)


def _person_with_a_case(ledger):
    p = persons.create_person(ledger, {"name": "周䶮", "gender": "female", "id_number": "11010519491231002X"})
    d = deeds.record_deed(ledger, {"title": "跳河救起落水儿童", "occurred_on": dt.date(2026, 5, 3),
                                   "division_code": "330102", "place": "上城区钱塘江南星桥段",
                                   "category": "drowning"}, [{"person_id": p["id"], "outcome": "injured"}])
    c = cases.open_case(ledger, d["id"], {"source": "self", "applicant_name": "周䶮",
                                          "received_on": dt.date(2026, 5, 10)})
    return p, d, c


def _awarded(ledger, p, d):
    b = awards.create_batch(ledger, {"title": "2026年度上城区见义勇为先进个人表彰", "level": "county", "year": 2026,
                                     "document_no": "上公〔2026〕12号", "decided_on": dt.date(2026, 11, 22)})
    awards.add_award(ledger, b["id"], p["id"], {"honour_title": "见义勇为先进个人", "amount": Decimal(20000)},
                     deed_ref=d["id"])


def test_person_and_case_records(sqlite_ledger):
    ledger = sqlite_ledger
    p, d, c = _person_with_a_case(ledger)
    assert set(p) == keys_of(rt.PersonRecord) == set(persons.get_person(ledger, p["id"]))
    for text in ("", "zy", "周", "002X", "11010519491231002X", "钱塘江"):  # the fast path's own rows
        for row in persons.search_persons(ledger, text) + persons.search_persons(ledger, text, filters={"gender": "female"}):
            assert set(row) == keys_of(rt.PersonRecord), text
    member = persons.add_family_member(ledger, p["id"], {"name": "周母", "relation": "mother"})
    assert set(member) == keys_of(rt.FamilyMemberRecord)
    assert set(persons.get_family_member(ledger, member["id"])) == keys_of(rt.FamilyMemberWithPerson)
    overview = persons.person_overview(ledger, p["id"])
    assert set(overview) == keys_of(rt.PersonOverview)
    assert set(overview["deeds"][0]) == keys_of(rt.DeedInOverview)
    assert set(overview["deeds"][0]["cases"][0]) == keys_of(rt.CaseRecord)
    assert set(c) == keys_of(rt.CaseDetail) and set(c["deed"]) == keys_of(rt.DeedRecord)
    assert set(c["people"][0]) == keys_of(rt.CaseParticipant)
    assert set(c["allowed_actions"][0]) == keys_of(rt.CaseAction)
    [line] = cases.list_cases(ledger)
    assert set(line) == keys_of(rt.CaseListItem)


def test_document_records(sqlite_ledger, tmp_path):
    ledger = sqlite_ledger
    p, d, _ = _person_with_a_case(ledger)
    _awarded(ledger, p, d)
    issued = documents.issue(ledger, "certificate", person=p["id"], out=tmp_path / "c.pdf")
    assert set(issued) == keys_of(rt.IssueResult)
    assert set(issued["documents"][0]) == set(rt.IssuedInBatch.__required_keys__)  # issued: no "identical"
    printed_again = documents.issue(ledger, "certificate", person=p["id"], out=tmp_path / "c2.pdf")
    assert set(printed_again["documents"][0]) == keys_of(rt.IssuedInBatch)  # a reprint says whether identical
    assert printed_again["documents"][0]["reprinted"] and printed_again["documents"][0]["identical"]
    again = documents.reprint(ledger, issued["documents"][0]["id"], tmp_path / "again.pdf")
    assert set(again) == keys_of(rt.ReprintResult)
    listed = documents.list_documents(ledger)
    assert listed and all(set(d) == keys_of(rt.DocumentListItem) for d in listed)


def test_letter_settings_seal_template_and_preview_records(sqlite_ledger, tmp_path):
    ledger = sqlite_ledger
    p, d, c = _person_with_a_case(ledger)
    _awarded(ledger, p, d)
    assert set(documents.letter_settings(ledger)) == keys_of(rt.LetterSettings)
    saved = documents.save_letter_settings(ledger, {"short_name": "上公", "review_organ": "杭州市公安局"})
    assert set(saved) == keys_of(rt.LetterSettings) and saved["short_name"] == "上公"
    Image.new("RGBA", (60, 60), (220, 0, 0, 255)).save(tmp_path / "seal.png")
    seal = documents.set_seal_image(ledger, tmp_path / "seal.png")
    assert set(seal) == keys_of(rt.SealSetting) and seal["seal_image"]
    assert set(documents.set_seal_image(ledger, None)) == keys_of(rt.SealSetting)
    text, _, _ = documents.template_text("commendation")
    assert set(documents.save_template(ledger, "commendation", text)) == keys_of(rt.SavedTemplate)
    assert set(documents.preview(ledger, "commendation", io.BytesIO(), person=p["id"])) == keys_of(rt.PreviewResult)
    for refs in ({}, {"person": p["id"]}):  # a sample, or the chosen record
        shown = documents.preview_template(ledger, "commendation", text, io.BytesIO(), **refs)
        assert set(shown) == keys_of(rt.PreviewResult), refs

    cases.act(ledger, c["id"], "accept", {"accepted_on": dt.date(2026, 5, 12), "accepting_unit": "上城分局"})
    issued = procedural.issue(ledger, c["id"], "acceptance", out=tmp_path / "acceptance.pdf")
    assert set(issued) == keys_of(rt.IssuedProcedural)
    served = procedural.serve(ledger, issued["id"], {"served_to": "周䶮", "method": "direct",
                                                     "served_on": ledger.today().isoformat()})
    assert set(served) == keys_of(rt.ServiceRecord) == set(procedural.services_of(ledger, issued["id"])[0])
    [listed] = procedural.case_documents(ledger, c["id"])
    assert set(listed) == keys_of(rt.CaseDocument) and set(listed["services"][0]) == keys_of(rt.ServiceRecord)
    receipt = procedural.receipt(ledger, issued["id"], out=tmp_path / "receipt.pdf")
    assert set(receipt) == keys_of(rt.ProceduralReceipt) and receipt["for"] == issued["number_text"]
    again = documents.reprint(ledger, issued["id"], tmp_path / "acceptance-again.pdf")  # the procedural path
    assert set(again) == keys_of(rt.ReprintResult) and again["identical"]


def test_checked_new_person_values():
    every = {"name": "周䶮", "gender": "female", "ethnicity": "01", "birth_date": dt.date(1949, 12, 31),
             "id_type": "resident", "id_number": "11010519491231002X", "hukou_division": "110105",
             "hukou_address": "北京市朝阳区", "migrant_worker": False, "occupation": "教师", "employer": "某小学",
             "political_status": "masses", "education": "bachelor", "phone": "13800000000", "address": "某路1号",
             "bank_name": "某银行", "bank_account": "6222000000000000", "state": "unhurt",
             "do_not_publicise": False, "notes": "无"}
    assert set(persons.checked_new_person(every)) == keys_of(rt.PersonValues)
    assert set(persons.checked_new_person({"name": "周䶮"})) == {"name", "name_pinyin", "name_initials"}


def test_exchange_records(tmp_path):
    county, city = make_office(tmp_path, "330102"), make_office(tmp_path, "330100")
    try:
        introduce([county, city], tmp_path)
        assert set(exchange.key_info(county)) == keys_of(rt.KeyInfo)
        persons.create_person(county, {"name": "周䶮"})
        made = send(county, city, tmp_path)
        shown = exchange.import_package(city, made["path"], dry_run=True)
        assert set(shown) == set(rt.ImportResult.__required_keys__)  # a preview: nothing applied
        applied = deliver(city, made["path"])
        assert set(applied) == keys_of(rt.ImportResult)
        for ledger in (county, city):
            history = exchange.package_history(ledger)
            assert history and all(set(entry) == keys_of(rt.PackageEntry) for entry in history)
        report = exchange.import_report(city, exchange.package_history(city)[0]["id"])
        assert set(report) == set(rt.ImportReport.__required_keys__)  # peer_label: added by the GUI
        assert set(made) == keys_of(rt.ExportResult)
        assert report["lines"] and set(report["lines"][0]) == keys_of(rt.ReportLine)
        undone = exchange.undo_import(city, applied["package_id"])
        assert set(undone) == set(rt.UndoResult.__required_keys__) and undone["removed"] == 1
    finally:
        county.close()
        city.close()


def test_import_and_undo_records_with_holidays(tmp_path):
    county, city = make_office(tmp_path, "330102"), make_office(tmp_path, "330100")
    try:
        introduce([county, city], tmp_path)
        update = tmp_path / "2027.json"
        update.write_text(json.dumps({"version": "2027.1", "years": {"2027": {
            "status": "official", "source": "国务院办公厅关于2027年部分节假日安排的通知（示例）",
            "holidays": {f"2027-02-{d:02d}": "春节" for d in range(5, 14)},
            "workdays": {"2027-02-20": "调休上班日"}}}}, ensure_ascii=False), encoding="utf-8")
        workcalendar.import_overrides(city, update)
        made = send(city, county, tmp_path, holidays=True)
        shown = exchange.import_package(county, made["path"], dry_run=True)
        assert set(shown["holidays"]) == keys_of(rt.PackageHolidays)
        applied = deliver(county, made["path"])
        assert set(applied) == keys_of(rt.ImportResult) and applied["holidays"]["changed"] == ["2027"]
        assert set(exchange.undo_import(county, applied["package_id"])) == keys_of(rt.UndoResult)
    finally:
        county.close()
        city.close()


def test_exchange_key_conflict_and_duplicate_records(tmp_path):
    from desktop.domain.id_number import check_digit
    from desktop.store.models import Person

    county, city = make_office(tmp_path, "330102"), make_office(tmp_path, "330100")
    try:
        exported = exchange.export_public_key(county, tmp_path / "county.json")
        assert set(exported) == keys_of(rt.ExportedKey)
        assert set(exchange.read_public_key(tmp_path / "county.json")) == set(rt.KeyToTrust.__required_keys__)
        asked = []
        trusted = exchange.import_public_key(city, tmp_path / "county.json", lambda info: asked.append(info) or True)
        assert set(asked[0]) == keys_of(rt.KeyToTrust)
        assert set(trusted) == set(rt.TrustedOffice.__required_keys__)  # moved_from: an office that moved only
        exchange.trust_office(county, exchange.read_public_key(
            exchange.export_public_key(city, tmp_path / "city.json")["path"]))
        assert all(set(o) == keys_of(rt.OfficeEntry) for o in exchange.offices(city))

        number = "33010219900307123"
        number += check_digit(number)
        mine = persons.create_person(county, {"name": "张玥", "id_number": number, "phone": "111"})
        persons.create_person(city, {"name": "张玥", "id_number": number})
        deliver(city, send(county, city, tmp_path)["path"])
        [dup] = exchange.list_duplicates(city)
        assert set(dup) == keys_of(rt.DuplicateEntry) and set(dup["persons"][0]) == keys_of(rt.DuplicatePerson)

        deliver(county, send(city, county, tmp_path)["path"])
        persons.update_person(county, mine["id"], {"phone": "222"})
        with city.reading():
            there = Person.get(Person.uuid == mine["uuid"]).id
        persons.update_person(city, there, {"address": "新地址"})
        package = send(county, city, tmp_path)["path"]
        shown = exchange.import_package(city, package, dry_run=True)
        assert set(shown["conflicts"][0]) == keys_of(rt.ImportConflictLine)
        deliver(city, package)
        [conflict] = exchange.list_conflicts(city)
        assert set(conflict) == keys_of(rt.ConflictEntry)
        detail = exchange.conflict_detail(city, conflict["id"])
        assert set(detail) == set(rt.ConflictDetail.__required_keys__) and set(detail["fields"][0]) == keys_of(rt.ConflictField)
        view = exchange.conflict_view(city, conflict["id"])
        assert set(view) == set(rt.ConflictView.__required_keys__) and set(view["fields"][0]) == keys_of(rt.ConflictViewField)
        state = exchange.exchange_state(city, "person", there)
        assert set(state) == keys_of(rt.ExchangeState) and state["state"] == "conflict"
        assert set(state["peers"]["330102"]) == keys_of(rt.PeerState)
        [line] = exchange.exchange_summary(city)
        assert set(line) == keys_of(rt.ExchangeSummaryLine) and line["open_conflicts"] == 1
        resolved = exchange.resolve_conflict(city, conflict["id"], {"phone": "remote"})
        assert set(resolved) == keys_of(rt.ResolvedConflict) and "phone" in resolved["changed"]
        [dup] = exchange.list_duplicates(city)
        kept, dropped = dup["persons"]
        merged = exchange.merge_duplicate(city, kept["uuid"], dropped["uuid"])
        assert set(merged) == keys_of(rt.MergedPersons) and merged["removed"] == dropped["uuid"]
    finally:
        county.close()
        city.close()


def test_case_with_each_persons_outcome(sqlite_ledger):
    from tests.services.test_case_persons import DECIDE, at, informed_case

    ledger = sqlite_ledger
    cid, _, b = informed_case(ledger)
    shown = case_persons.with_outcomes(ledger, cases.get_case(ledger, cid))
    assert set(shown) == keys_of(rt.CaseWithOutcomes)
    assert set(shown["person_decisions"][0]) == keys_of(rt.PersonOutcome)
    at(ledger, "2026-09-16")
    c = case_persons.act(ledger, cid, "confirm", DECIDE,
                         persons={str(b["id"]): {"decision": "not_confirmed", "grounds": ["not_listed_act"]}})
    assert set(c) == keys_of(rt.CaseWithOutcomes)  # a decision: each person's outcome with the case
    assert all(set(x) == keys_of(rt.PersonOutcome) for x in case_persons.outcomes(ledger, cid))
    served = case_persons.act(ledger, cid, "serve", {"served_on": "2026-09-16"})
    assert set(served) == keys_of(rt.CaseDetail)  # any other step: the case as cases.act gives it


def test_nomination_and_printing_on_behalf_records(tmp_path):
    from tests.services.test_seed_year import confirmed_people, office

    county = office(tmp_path, "330102", "杭州市公安局上城区分局", "上公")
    province = office(tmp_path, "330000", "浙江省公安厅", "浙公")
    try:
        introduce([county, province], tmp_path)
        demo.generate(county, 30)
        [hero, *_] = confirmed_people(county)
        listed = nomination.candidates(county)
        assert listed and all(set(c) == keys_of(rt.NominationCandidate) for c in listed)
        up = nomination.nominate(county, [hero.id], to_office="330000", opinion="同意推荐")
        assert set(up) == keys_of(rt.NominationResult) and set(up["documents"][0]) == keys_of(rt.NominatedDocument)
        deliver(province, send(county, province, tmp_path)["path"])
        [received] = nomination.received_nominations(province)
        assert set(received) == keys_of(rt.ReceivedNomination)
        batch = awards.create_batch(province, {"title": "2026年度浙江省见义勇为先进分子表彰", "level": "province",
                                               "year": 2026, "issuing_body": "浙江省见义勇为工作联席会议办公室",
                                               "document_no": "浙见〔2026〕9号", "decided_on": "2026-11-20"})
        awards.add_award(province, batch["id"], received["person_id"], {
            "honour_title": "浙江省见义勇为先进分子", "amount": "80000", "certificate_no": "浙见证〔2026〕1号"})
        deliver(county, send(province, county, tmp_path)["path"])
        [down] = nomination.batches_to_print(county)
        assert set(down) == keys_of(rt.BatchToPrint)
        printed = nomination.print_on_behalf(county, down["id"], "certificate", out=tmp_path / "证书.pdf")
        assert set(printed) == keys_of(rt.OnBehalfResult)
        assert set(printed["documents"][0]) == keys_of(rt.OnBehalfDocument)
        [line] = nomination.printed_on_behalf(county, down["id"])
        assert set(line) == keys_of(rt.PrintedOnBehalf)
    finally:
        county.close()
        province.close()
