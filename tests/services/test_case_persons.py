"""Each person of a case decided individually (issue 14): recorded per person, printed per person,
travelling with the case by package."""

import datetime as dt
import re

import pytest

from desktop.domain.errors import UserError, ValidationError
from desktop.services import case_persons, cases, deeds, documents, persons
from desktop.store.models import CasePersonDecision
from tests.letters.conftest import needs_poppler, pdf_text

D = dt.date.fromisoformat
DEED = {"title": "跳入钱塘江救起落水儿童", "occurred_on": "2026-08-20", "division_code": "330102",
        "place": "上城区钱塘江南星桥段", "category": "drowning",
        "narrative": "2026年8月20日17时许，王喆跳入江中将落水儿童救起；李堃在岸边拍摄视频。"}


def at(ledger, day):
    ledger._today = D(day)


def informed_case(ledger):
    """A nominated case with two people, accepted, investigated and informed of an intended refusal."""
    documents.save_letter_settings(ledger, {"short_name": "上公"})
    a = persons.create_person(ledger, {"name": "王喆", "gender": "male", "id_number": "330102199001011234",
                                       "address": "浙江省杭州市上城区望江街道某小区1幢101室"})
    b = persons.create_person(ledger, {"name": "李堃", "gender": "female", "id_number": "330102199202021244",
                                       "address": "浙江省杭州市上城区清波街道某弄2号"})
    d = deeds.record_deed(ledger, DEED, [{"person_id": a["id"], "outcome": "injured"},
                                         {"person_id": b["id"], "outcome": "unhurt"}])
    c = cases.open_case(ledger, d["id"], {"source": "organisation", "applicant_name": "南星街道办事处",
                                          "received_on": "2026-08-28"})
    at(ledger, "2026-09-01")
    cases.act(ledger, c["id"], "accept", {"accepted_on": "2026-09-01", "accepting_unit": "上城分局"})
    cases.act(ledger, c["id"], "investigate")
    at(ledger, "2026-09-08")
    cases.act(ledger, c["id"], "inform", {"informed_on": "2026-09-08", "reasons": "李堃未实施救助行为"})
    return c["id"], a, b


DECIDE = {"decision_no": "上公决〔2026〕1号", "decision_date": "2026-09-16"}


def test_persons_of_one_case_are_decided_separately(ledger):
    cid, a, b = informed_case(ledger)
    at(ledger, "2026-09-16")
    with pytest.raises(ValidationError, match="理由清单"):  # a refused person needs their grounds
        case_persons.act(ledger, cid, "confirm", DECIDE, persons={str(b["id"]): {"decision": "not_confirmed"}})
    with pytest.raises(ValidationError, match="不在规则文件的理由清单"):
        case_persons.act(ledger, cid, "confirm", DECIDE,
                         persons={str(b["id"]): {"decision": "not_confirmed", "grounds": ["no_such_ground"]}})
    with pytest.raises(UserError, match="请改用 confirm"):
        case_persons.act(ledger, cid, "refuse", DECIDE | {"reasons": "x"},
                         persons={str(a["id"]): {"decision": "confirmed"}})
    with pytest.raises(ValidationError, match="不是本案事迹的当事人"):
        case_persons.act(ledger, cid, "confirm", DECIDE, persons={"999999": {"decision": "confirmed"}})
    with ledger.reading():
        assert CasePersonDecision.select().count() == 0  # nothing written by a refused step
    c = case_persons.act(ledger, cid, "confirm", DECIDE,
                         persons={str(b["id"]): {"decision": "not_confirmed", "grounds": ["not_listed_act"]}})
    assert c["state"] == "confirmed" and c["decision"] == "confirmed"
    got = {x["name"]: (x["decision"], x["grounds"], x["own"]) for x in c["person_decisions"]}
    assert got == {"王喆": ("confirmed", [], True), "李堃": ("not_confirmed", ["not_listed_act"], True)}


def test_a_person_refused_inside_a_confirmation_needs_the_notice_first(ledger):
    documents.save_letter_settings(ledger, {"short_name": "上公"})
    a = persons.create_person(ledger, {"name": "王喆"})
    b = persons.create_person(ledger, {"name": "李堃"})
    d = deeds.record_deed(ledger, DEED, [{"person_id": a["id"], "outcome": "unhurt"},
                                         {"person_id": b["id"], "outcome": "unhurt"}])
    cid = cases.open_case(ledger, d["id"], {"source": "police", "received_on": "2026-08-28"})["id"]
    at(ledger, "2026-09-01")
    cases.act(ledger, cid, "accept", {"accepted_on": "2026-09-01", "accepting_unit": "上城分局"})
    cases.act(ledger, cid, "investigate")
    at(ledger, "2026-09-10")
    with pytest.raises(UserError, match="应先书面告知"):
        case_persons.act(ledger, cid, "confirm", DECIDE | {"decision_date": "2026-09-10"},
                         persons={str(b["id"]): {"decision": "not_confirmed", "grounds": ["duty"]}})
    # the default (everyone the same) still works, and is recorded person by person
    c = case_persons.act(ledger, cid, "confirm", DECIDE | {"decision_date": "2026-09-10"})
    assert [x["decision"] for x in c["person_decisions"]] == ["confirmed", "confirmed"]


def test_the_statement_period_holds_for_a_refused_person(ledger):
    cid, _, b = informed_case(ledger)
    at(ledger, "2026-09-10")  # 5 working days from 8 September have not run
    with pytest.raises(ValidationError, match="陈述申辩期"):
        case_persons.act(ledger, cid, "confirm", DECIDE | {"decision_date": "2026-09-10"},
                         persons={str(b["id"]): {"decision": "not_confirmed", "grounds": ["duty"]}})
    assert cases.get_case(ledger, cid)["state"] == "informed"  # rolled back as one transaction


def test_a_case_decided_before_per_person_outcomes_gives_everyone_its_decision(ledger):
    cid, _, _ = informed_case(ledger)
    at(ledger, "2026-09-16")
    cases.act(ledger, cid, "refuse", DECIDE | {"reasons": "二人的行为不属于见义勇为"})  # the old path, no rows
    got = case_persons.outcomes(ledger, cid)
    assert [(x["decision"], x["own"]) for x in got] == [("not_confirmed", False), ("not_confirmed", False)]


@needs_poppler
def test_the_decision_lists_each_person_with_their_own_outcome(ledger, tmp_path):
    cid, _, b = informed_case(ledger)
    at(ledger, "2026-09-16")
    case_persons.act(ledger, cid, "confirm", DECIDE,
                     persons={str(b["id"]): {"decision": "not_confirmed", "grounds": ["not_listed_act", "no_risk"]}})
    r = documents.issue(ledger, "decision", case=cid, out=tmp_path / "d.pdf")
    assert r["documents"][0]["number_text"] == "上公决〔2026〕1号"
    text = re.sub(r"—\d+—\f?", "", pdf_text(tmp_path / "d.pdf").replace("\n", "").replace(" ", ""))
    assert "见义勇为确认决定书" in text and "分别决定如下" in text
    for who, id_number in (("王喆", "330102199001011234"), ("李堃", "330102199202021244")):
        assert f"当事人：{who}" in text and id_number in text
    assert "1.确认王喆的上述行为为见义勇为行为。" in text
    assert "2.对李堃的上述行为不予确认为见义勇为行为。" in text
    assert "李堃的行为不属于同违法犯罪行为作斗争或者抢险救灾" in text  # the chosen grounds, with their article
    assert "第二条第二款" in text
    assert text.startswith("杭州市上城区公安分局") or "杭州市上城区公安分局" in text
    assert "王喆、李堃：" in text and "抄送：南星街道办事处" in text  # to the persons, a copy to the nominator
    assert "向杭州市公安局申请复核" in text  # the review organ named from the parent office
    assert "向杭州市上城区人民政府申请行政复议" in text
    again = documents.reprint(ledger, "上公决〔2026〕1号", tmp_path / "again.pdf")
    assert again["identical"] and (tmp_path / "again.pdf").read_bytes() == (tmp_path / "d.pdf").read_bytes()


def test_per_person_outcomes_travel_with_the_case(tmp_path):
    """The outcomes go up in the package with the case; the city holds exactly what the county has."""
    from desktop.store.models import Person
    from tests.sync.helpers import content, deliver, first_difference, introduce, make_office, send

    county, city = make_office(tmp_path, "330102"), make_office(tmp_path, "330100")
    try:
        introduce([county, city], tmp_path)
        county._today = D("2026-11-28")
        cid, _, b = informed_case(county)
        at(county, "2026-09-16")
        case_persons.act(county, cid, "confirm", DECIDE,
                         persons={str(b["id"]): {"decision": "not_confirmed", "grounds": ["unproven"]}})
        made = send(county, city, tmp_path)
        assert made["counts"]["case_person"] == 2
        got = deliver(city, made["path"])
        assert got["counts"]["case_person"]["new"] == 2
        assert first_difference(content(county), content(city)) is None
        with city.reading():
            rows = {r.person.name: (r.decision, r.grounds) for r in CasePersonDecision.select().join(Person)}
        assert rows == {"王喆": ("confirmed", None), "李堃": ("not_confirmed", "unproven")}
    finally:
        county.close()
        city.close()


@needs_poppler
def test_a_refusal_gives_each_person_their_grounds_after_the_offices_account(ledger, tmp_path):
    cid, a, b = informed_case(ledger)
    at(ledger, "2026-09-16")
    case_persons.act(ledger, cid, "refuse", DECIDE | {"reasons": "二人系该路段执勤保安员"},
                     persons={str(a["id"]): {"decision": "not_confirmed", "grounds": ["contract"]},
                              str(b["id"]): {"decision": "not_confirmed", "grounds": ["not_listed_act"]}})
    documents.issue(ledger, "decision", case=cid, out=tmp_path / "d.pdf")
    text = re.sub(r"—\d+—\f?", "", pdf_text(tmp_path / "d.pdf").replace("\n", "").replace(" ", ""))
    assert "不予确认见义勇为决定书" in text
    # the office's account first, then each person on their own grounds; a ground whose article was
    # not verified cites the document only
    assert ("本机关认为：二人系该路段执勤保安员。王喆的行为属于履行约定职责、义务，不符合《浙江省公安机关"
            "见义勇为行为确认工作实施办法（试行）》的规定；李堃的行为不属于同违法犯罪行为作斗争或者抢险救灾，"
            "不符合《浙江省见义勇为人员奖励和保障条例》第二条第二款的规定。") in text
    assert "1.对王喆的上述行为不予确认为见义勇为行为。2.对李堃的上述行为不予确认为见义勇为行为。" in text


def test_a_person_refused_inside_a_confirmation_may_ask_for_review(ledger):
    """The refused person of a mixed decision has the 复核 a whole refusal has: offered after service,
    the case waits for the review period before closing, and a review that sets the refusal aside
    confirms that person."""
    cid, a, b = informed_case(ledger)
    at(ledger, "2026-09-16")
    case_persons.act(ledger, cid, "confirm", DECIDE,
                     persons={str(b["id"]): {"decision": "not_confirmed", "grounds": ["no_risk"]}})
    at(ledger, "2026-09-18")
    served = cases.act(ledger, cid, "serve", {"served_on": "2026-09-18"})
    assert "request_review" in {x["code"] for x in served["allowed_actions"]}
    with pytest.raises(UserError, match="期满后方可办结"):
        cases.act(ledger, cid, "close")
    at(ledger, "2026-09-25")
    cases.act(ledger, cid, "request_review", {"review_requested_on": "2026-09-25"})
    at(ledger, "2026-10-20")
    done = case_persons.with_outcomes(ledger, cases.act(ledger, cid, "decide_review", {
        "review_result": "changed", "review_decided_on": "2026-10-20"}))
    assert done["state"] == "closed" and done["decision"] == "confirmed"
    assert {x["name"]: x["decision"] for x in done["person_decisions"]} == {"王喆": "confirmed", "李堃": "confirmed"}


def test_a_confirmation_of_everyone_still_has_no_review(ledger):
    cid, a, b = informed_case(ledger)
    at(ledger, "2026-09-16")
    case_persons.act(ledger, cid, "confirm", DECIDE)
    at(ledger, "2026-09-18")
    served = cases.act(ledger, cid, "serve", {"served_on": "2026-09-18"})
    assert "request_review" not in {x["code"] for x in served["allowed_actions"]}
