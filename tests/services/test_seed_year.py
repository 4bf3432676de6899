"""The seed's year end to end (issue 15, "Done when"): two counties nominate, the province commends 23
people (7 migrant workers, some dead), the batch comes back by package (with the province's 2027
holidays), the county prints the certificates and condolence letters in the province's name and
number; deadlines around the 2026 National Day and the 2027 Spring Festival come out as the calendar
says, before and after the province's holidays arrive; every procedural document renders on one page."""

import datetime as dt
import io
import json

from pypdf import PdfReader

from desktop.services import (awards, cases, deeds, demo, documents, exchange, nomination, persons, procedural,
                              workcalendar)
from desktop.services.ledger import Ledger
from desktop.services.office import init_office
from desktop.store.models import Award, CommendationBatch, ConfirmationCase, DeedPerson, Person
from tests.sync.helpers import TODAY, deliver, due_of_a_case_accepted, introduce, send

D = dt.date.fromisoformat


def office(folder, code, name, short):
    ledger = Ledger.open(str(folder / f"{code}.db"), actor=f"员{code}", today=TODAY)
    init_office(ledger, code, name)
    exchange.ensure_keys(ledger)
    documents.save_letter_settings(ledger, {"short_name": short, "review_organ": "杭州市公安局"})
    return ledger


def pages(path) -> int:
    return len(PdfReader(str(path)).pages)


def confirmed_people(ledger):
    with ledger.reading():
        ids = {link.person_id for c in ConfirmationCase.select().where(ConfirmationCase.decision == "confirmed")
               for link in DeedPerson.select().where(DeedPerson.deed == c.deed)}
        return [Person.get_by_id(i) for i in sorted(ids)]


def _pick(people, migrants: int, others: int):
    """Confirmed heroes to nominate: so many migrant workers, then others with the dead first."""
    m = [p for p in people if p.migrant_worker][:migrants]
    o = sorted((p for p in people if not p.migrant_worker), key=lambda p: p.state != "deceased")[:others]
    assert len(m) == migrants and len(o) == others
    return m + o


def test_the_seed_year_nomination_up_commendation_down(tmp_path):
    county = office(tmp_path, "330102", "杭州市公安局上城区分局", "上公")
    other = office(tmp_path, "330105", "杭州市公安局拱墅区分局", "拱公")
    province = office(tmp_path, "330000", "浙江省公安厅", "浙公")
    introduce([county, other, province], tmp_path)
    demo.generate(county, 120)
    demo.generate(other, 60)

    # two counties nominate 23 confirmed heroes: 7 migrant workers, the dead among the others
    chosen = _pick(confirmed_people(county), 4, 12)
    theirs = _pick(confirmed_people(other), 3, 4)
    assert any(p.state == "deceased" for p in chosen)
    up = nomination.nominate(county, [p.id for p in chosen], to_office="330000", opinion="事迹突出，同意推荐",
                             out=tmp_path / "推荐表.pdf")
    assert [d["number_text"] for d in up["documents"]][:2] == ["上公推〔2026〕1号", "上公推〔2026〕2号"]
    assert pages(tmp_path / "推荐表.pdf") == 16
    up2 = nomination.nominate(other, [p.id for p in theirs], to_office="330000", opinion="同意推荐")
    assert up2["documents"][0]["number_text"] == "拱公推〔2026〕1号"
    for sender in (county, other):
        deliver(province, send(sender, province, tmp_path)["path"])

    # the province sees the nominations, commends the 23 and numbers their certificates
    nominated = nomination.received_nominations(province)
    assert len(nominated) == 23 and sum(n["migrant_worker"] for n in nominated) == 7
    assert {n["from_office"] for n in nominated} == {"330102", "330105"}
    batch = awards.create_batch(province, {"title": "2026年度浙江省见义勇为先进分子表彰", "level": "province",
                                           "year": 2026, "issuing_body": "浙江省见义勇为工作联席会议办公室",
                                           "document_no": "浙见〔2026〕9号", "decided_on": "2026-11-20"})
    for i, n in enumerate(nominated, start=1):
        awards.add_award(province, batch["id"], n["person_id"], {
            "honour_title": "浙江省见义勇为先进分子", "amount": "80000", "payment_state": "approved",
            "certificate_no": f"浙见证〔2026〕{i}号"})
    # the batch goes down with the province's 2027 holidays (the notice it has, the library has not)
    before = due_of_a_case_accepted(county, "2027-01-07")  # 30 days end on 6 February 2027, in the Spring Festival
    assert before["due"] == D("2027-02-11") and "暂定" in before["basis"]  # the shipped provisional year
    notice = tmp_path / "2027年节假日.json"
    notice.write_text(json.dumps({"version": "2027.1", "years": {"2027": {
        "status": "official", "source": "国务院办公厅关于2027年部分节假日安排的通知（测试用示例）",
        "holidays": {f"2027-02-{d:02d}": "春节" for d in range(5, 14)},
        "workdays": {"2027-02-20": "调休上班日"}}}}, ensure_ascii=False), encoding="utf-8")
    workcalendar.import_overrides(province, notice)
    county._today = TODAY
    down = send(province, county, tmp_path, holidays=True)
    assert down["counts"]["award"] >= 23  # with the other county's own batches, which the province holds
    assert deliver(county, down["path"])["holidays"]["changed"] == ["2027"]
    after = due_of_a_case_accepted(county, "2027-01-07")
    assert after["due"] == D("2027-02-15") and "春节" in after["basis"] and "暂定" not in after["basis"]
    county._today = TODAY

    # the county prints in the province's name and number, and records that it did so on its behalf
    with county.reading():
        there = CommendationBatch.get(CommendationBatch.document_no == "浙见〔2026〕9号")
    assert there.origin == "330000"
    with county.reading():
        assert Award.select().where(Award.batch == there).count() == 23
    # each county prints its own people of the province's batch (the other county prints its 7 itself)
    with county.reading():
        numbers = {a.person.uuid: a.certificate_no for a in Award.select().where(Award.batch == there)}
    ours = {numbers[p.uuid] for p in chosen}
    certs = nomination.print_on_behalf(county, there.id, "certificate", out=tmp_path / "证书.pdf")
    assert certs["people"] == "own" and certs["issuing_body"] == "浙江省见义勇为工作联席会议办公室"
    assert {d["number_text"] for d in certs["documents"]} == ours and len(ours) == len(chosen) == 16
    letters = nomination.print_on_behalf(county, there.id, "condolence", out=tmp_path / "慰问信.pdf")
    dead = [p for p in chosen if p.state == "deceased"]
    assert len(letters["documents"]) == len(dead) and {d["number_text"] for d in letters["documents"]} == {"浙见〔2026〕9号"}
    text = "".join(page.extract_text() for page in PdfReader(str(tmp_path / "慰问信.pdf")).pages)
    assert "浙江省见义勇为工作联席会议办公室" in text and "上城区分局" not in text
    register = nomination.printed_on_behalf(county, there.id)
    assert len(register) == 16 + len(dead) and {r["on_behalf_of"] for r in register} == {"330000"}
    # asked for everyone, the county prints the other county's 7 as well; its own 16 are reprints
    everyone = nomination.print_on_behalf(county, there.id, "certificate", everyone=True)
    assert everyone["people"] == "all" and len(everyone["documents"]) == 23
    assert sum(d["reprinted"] for d in everyone["documents"]) == 16
    assert {d["number_text"] for d in everyone["documents"]} == {f"浙见证〔2026〕{i}号" for i in range(1, 24)}
    listed = documents.list_documents(county, batch=there.id)
    assert all(not d["number_text"].startswith("上公") for d in listed)  # no county numbers on the province's batch
    # the other county, receiving the same batch, prints its own 7; a province prints none on its own behalf
    deliver(other, send(province, other, tmp_path)["path"])
    with other.reading():
        same = CommendationBatch.get(CommendationBatch.document_no == "浙见〔2026〕9号")
    theirs_printed = nomination.print_on_behalf(other, same.id, "certificate")
    assert {d["number_text"] for d in theirs_printed["documents"]} == {numbers[p.uuid] for p in theirs}
    assert ours.isdisjoint(d["number_text"] for d in theirs_printed["documents"])
    for x in (county, other, province):
        x.close()


def test_deadlines_of_the_year_follow_the_holidays(sqlite_ledger, tmp_path):
    ledger = sqlite_ledger
    documents.save_letter_settings(ledger, {"short_name": "上公"})
    a = persons.create_person(ledger, {"name": "王喆"})

    def accepted(day, occurred):
        ledger._today = D(day)
        d = deeds.record_deed(ledger, {"title": "救人", "occurred_on": occurred, "division_code": "330102",
                                       "place": "上城区", "category": "drowning", "narrative": "……"},
                              [{"person_id": a["id"], "outcome": "unhurt"}])
        c = cases.open_case(ledger, d["id"], {"source": "self", "applicant_name": "王喆", "received_on": day})
        return cases.act(ledger, c["id"], "accept", {"accepted_on": day, "accepting_unit": "上城分局"})

    national_day = accepted("2026-09-01", "2026-08-20")["deadlines"][0]
    assert national_day["due"] == D("2026-10-08") and "国庆节" in national_day["basis"]
    spring = accepted("2027-01-07", "2027-01-02")["deadlines"][0]  # 30 days end on 6 February 2027, 春节
    assert spring["due"] == D("2027-02-11") and "春节" in spring["basis"] and "暂定" in spring["basis"]
    plain = accepted("2026-11-02", "2026-11-01")["deadlines"][0]
    assert plain["due"] == D("2026-12-02") and "顺延" not in plain["basis"]


def test_every_procedural_document_renders_on_one_page(sqlite_ledger, tmp_path):
    ledger = sqlite_ledger
    documents.save_letter_settings(ledger, {"short_name": "上公", "review_organ": "杭州市公安局"})
    a = persons.create_person(ledger, {"name": "王喆"})

    def at(day):
        ledger._today = D(day)

    def case(source, applicant, occurred, received):
        d = deeds.record_deed(ledger, {"title": "跳入钱塘江救起落水儿童", "occurred_on": occurred,
                                       "division_code": "330102", "place": "上城区钱塘江南星桥段",
                                       "category": "drowning", "narrative": "王喆跳入江中将落水儿童救起。"},
                              [{"person_id": a["id"], "outcome": "injured"}])
        return cases.open_case(ledger, d["id"], {"source": source, "applicant_name": applicant,
                                                 "received_on": received})["id"]

    out = []

    def issue(cid, kind, **kw):
        path = tmp_path / f"{len(out):02d}-{kind}.pdf"
        doc = procedural.issue(ledger, cid, kind, out=path, **kw)
        out.append(path)
        return doc

    at("2026-09-01")
    ok = case("organisation", "南星街道办事处", "2026-08-20", "2026-08-28")
    cases.act(ledger, ok, "accept", {"accepted_on": "2026-09-01", "accepting_unit": "上城分局"})
    issue(ok, "acceptance")
    cases.act(ledger, ok, "investigate")
    cases.act(ledger, ok, "extend", {"reasons": "需向多名目击证人核实情况"})
    issue(ok, "extension")
    at("2026-09-20")
    cases.act(ledger, ok, "confirm", {"decision_no": "上公确〔2026〕1号", "decision_date": "2026-09-20"})
    issue(ok, "confirmation", to="王喆")
    note = issue(ok, "result_notice")
    procedural.serve(ledger, note["number_text"], {"served_to": "南星街道办事处", "served_on": "2026-09-20",
                                                   "method": "post"})
    path = tmp_path / "receipt.pdf"
    procedural.receipt(ledger, note["number_text"], out=path)
    out.append(path)

    at("2026-10-10")
    no = case("self", "王喆", "2026-10-01", "2026-10-09")
    cases.act(ledger, no, "accept", {"accepted_on": "2026-10-10", "accepting_unit": "上城分局"})
    cases.act(ledger, no, "investigate")
    cases.update_case(ledger, no, {"investigation": "王喆系该段江堤的救生员。"})
    cases.act(ledger, no, "inform", {"informed_on": "2026-10-10", "reasons": "救助落水人员属于其约定职责"})
    issue(no, "inform")
    at("2026-10-20")
    cases.act(ledger, no, "refuse", {"decision_no": "上公决〔2026〕1号", "decision_date": "2026-10-20",
                                     "reasons": "救助落水人员属于其约定职责"})
    issue(no, "result_notice")
    cases.act(ledger, no, "serve", {"served_on": "2026-10-20"})
    at("2026-10-26")
    cases.act(ledger, no, "request_review", {"review_requested_on": "2026-10-26"})
    at("2026-11-20")
    cases.act(ledger, no, "decide_review", {"review_result": "upheld", "review_decided_on": "2026-11-20"})
    issue(no, "review_decision")

    at("2026-10-12")
    gone = case("self", "王喆", "2026-10-01", "2026-10-09")
    cases.act(ledger, gone, "accept", {"accepted_on": "2026-10-12", "accepting_unit": "上城分局"})
    cases.act(ledger, gone, "investigate")
    cases.act(ledger, gone, "inform", {"informed_on": "2026-10-12", "reasons": "救助落水人员属于其法定职责"})
    at("2026-10-22")
    cases.act(ledger, gone, "refuse", {"decision_no": "上公决〔2026〕2号", "decision_date": "2026-10-22",
                                       "reasons": "救助落水人员属于其法定职责"})
    cases.act(ledger, gone, "serve", {"served_on": "2026-10-22"})
    at("2026-10-28")
    cases.act(ledger, gone, "request_review", {"review_requested_on": "2026-10-28"})
    at("2026-11-05")
    cases.act(ledger, gone, "withdraw_review", {"withdrawn_on": "2026-11-05"})
    issue(gone, "review_end")

    at("2026-11-21")
    refused = case("self", "王喆", "2026-11-18", "2026-11-20")
    cases.act(ledger, refused, "refuse_acceptance", {"reasons": "申请材料未说明行为发生的基本事实，经告知补正后逾期未补正"})
    issue(refused, "non_acceptance")

    d = deeds.record_deed(ledger, {"title": "制止抢夺", "occurred_on": "2026-11-10", "division_code": "330105",
                                   "place": "拱墅区湖墅南路", "category": "crime", "narrative": "……"},
                          [{"person_id": a["id"], "outcome": "unhurt"}])
    away = cases.open_case(ledger, d["id"], {"source": "self", "applicant_name": "王喆", "received_on": "2026-11-20"})["id"]
    cases.act(ledger, away, "transfer", {"transferred_to": "330105", "transferred_on": "2026-11-21"})
    issue(away, "transfer", to="杭州市公安局拱墅区分局")

    kinds = {p.name.split("-", 1)[-1].removesuffix(".pdf") for p in out}
    # every kind: the 送达回证 is receipt.pdf, the 推荐表 is rendered in the test above
    assert (kinds - {"receipt"}) | {"service_receipt", "nomination"} == set(procedural.KINDS)
    assert "receipt" in kinds
    for path in out:
        assert pages(path) == 1, path.name
    buf = io.BytesIO(procedural.reprint(ledger, note["number_text"])["data"])
    assert len(PdfReader(buf).pages) == 1
