import datetime as dt
from decimal import Decimal

import pytest

from desktop.domain.errors import ValidationError, WorkflowError
from desktop.services import agenda, attachments, awards, care, cases, deeds, persons, statistics
from desktop.store.models import Deed, Person

DEED = {"title": "跳河救起落水儿童", "occurred_on": "2026-10-20", "division_code": "330102",
        "place": "上城区新塘河畔", "category": "drowning", "narrative": "……"}


def two_people(ledger):
    a = persons.create_person(ledger, {"name": "张三"})
    b = persons.create_person(ledger, {"name": "李四"})
    return a, b


def test_deed_with_two_people_raises_their_state(ledger):
    a, b = two_people(ledger)
    d = deeds.record_deed(ledger, DEED, [{"person_id": a["id"], "outcome": "died"},
                                         {"person_id": b["id"], "outcome": "受伤"}])
    assert [(p["person_name"], p["outcome"]) for p in d["participants"]] == [("张三", "died"), ("李四", "injured")]
    assert persons.get_person(ledger, a["id"])["state"] == "deceased"
    assert persons.get_person(ledger, b["id"])["state"] == "injured"


def test_deed_with_new_person_created_on_the_spot_is_one_transaction(ledger):
    a, _ = two_people(ledger)
    with pytest.raises(ValidationError, match="第2位参与人员（新建）"):
        deeds.record_deed(ledger, DEED, [{"person_id": a["id"], "outcome": "unhurt"},
                                         {"new_person": {"name": "王五", "id_number": "123"}, "outcome": "unhurt"}])
    with ledger.reading():
        assert Deed.select().count() == 0 and Person.select().count() == 2
    d = deeds.record_deed(ledger, DEED, [{"new_person": {"name": "王五"}, "outcome": "injured"}])
    assert d["participants"][0]["person_name"] == "王五"


def test_deed_checks(ledger):
    a, _ = two_people(ledger)
    with pytest.raises(ValidationError, match="至少需要一名"):
        deeds.record_deed(ledger, DEED, [])
    with pytest.raises(ValidationError, match="不能晚于今天"):
        deeds.record_deed(ledger, {**DEED, "occurred_on": "2027-01-01"}, [{"person_id": a["id"], "outcome": "unhurt"}])
    with pytest.raises(ValidationError, match="发生地区划 339999 不存在"):
        deeds.record_deed(ledger, {**DEED, "division_code": "339999"}, [{"person_id": a["id"], "outcome": "unhurt"}])
    with pytest.raises(ValidationError, match="重复"):
        deeds.record_deed(ledger, DEED, [{"person_id": a["id"], "outcome": "unhurt"},
                                         {"person_id": a["id"], "outcome": "unhurt"}])


def test_case_from_application_to_confirmation_and_commendation(ledger):
    a, b = two_people(ledger)
    d = deeds.record_deed(ledger, DEED, [{"person_id": a["id"], "outcome": "injured"},
                                         {"person_id": b["id"], "outcome": "unhurt"}])
    c = cases.open_case(ledger, d["id"], {"source": "self", "applicant_name": "张三", "received_on": "2026-10-22"})
    assert c["state"] == "received" and {x["code"] for x in c["allowed_actions"]} == {"accept", "refuse_acceptance", "withdraw"}
    with pytest.raises(WorkflowError):
        cases.act(ledger, c["id"], "confirm", {"decision_no": "x", "decision_date": "2026-11-01"})
    c = cases.act(ledger, c["id"], "accept", {"accepted_on": "2026-10-23", "accepting_unit": "上城分局"})
    # 30 days end on Sunday 22 November: the period runs to Monday the 23rd
    assert c["deadlines"][0]["due"] == dt.date(2026, 11, 23) and c["deadlines"][0]["status"] == "overdue"
    assert "顺延至下一个工作日2026-11-23" in c["deadlines"][0]["basis"]
    c = cases.act(ledger, c["id"], "investigate")
    c = cases.act(ledger, c["id"], "confirm", {"decision_no": "上公确〔2026〕3号", "decision_date": "2026-11-10"})
    assert c["state"] == "confirmed" and c["decision"] == "confirmed"
    c = cases.act(ledger, c["id"], "serve", {"served_on": "2026-11-12"})
    assert [e["action"] for e in c["events"]] == ["open", "accept", "investigate", "confirm", "serve"]
    # a confirmation is not open to review by the applicant: no review window, nothing to wait for
    assert [x["kind"] for x in c["deadlines"]] == ["decision"] and c["deadlines"][0]["status"] == "done"
    assert "request_review" not in {x["code"] for x in c["allowed_actions"]}
    with pytest.raises(ValidationError, match="已有正在办理"):
        cases.open_case(ledger, d["id"], {"source": "police", "received_on": "2026-11-01"})

    batch = awards.create_batch(ledger, {"title": "2026年度见义勇为表彰", "level": "县级", "year": "2026"})
    award = awards.add_award(ledger, batch["id"], a["id"], {"honour_title": "见义勇为先进个人", "amount": "2万",
                                                           "payment_state": "approved"})
    assert award["amount"] == Decimal("20000.00")
    with pytest.raises(ValidationError, match="已在该表彰批次中"):
        awards.add_award(ledger, batch["id"], a["id"], {"honour_title": "x"})
    with pytest.raises(ValidationError, match="发放日期"):
        awards.update_award(ledger, award["id"], {"payment_state": "paid"})
    awards.update_award(ledger, award["id"], {"payment_state": "paid", "paid_on": "2026-11-20"})
    with pytest.raises(ValidationError, match="不能改回"):
        awards.update_award(ledger, award["id"], {"payment_state": "approved", "paid_on": ""})
    s = statistics.summary(ledger)
    assert s["totals"]["award_paid"] == "20000.00" and s["totals"]["deeds"] == 1
    o = persons.person_overview(ledger, a["id"])
    assert o["deeds"][0]["cases"][0]["decision"] == "confirmed" and o["awards"][0]["honour_title"] == "见义勇为先进个人"


def test_agenda_lists_case_near_deadline_and_unpaid_award(ledger):
    a, _ = two_people(ledger)
    d = deeds.record_deed(ledger, {**DEED, "occurred_on": "2026-10-30"}, [{"person_id": a["id"], "outcome": "unhurt"}])
    c = cases.open_case(ledger, d["id"], {"source": "police", "received_on": "2026-10-31"})
    cases.act(ledger, c["id"], "accept", {"accepted_on": "2026-11-01", "accepting_unit": "上城分局"})
    items = agenda.agenda(ledger)
    case_items = [i for i in items if i["kind"] == "case_deadline"]
    assert case_items and case_items[0]["record"] == {"kind": "case", "id": c["id"]}
    assert case_items[0]["urgency"] == "near" and "剩余3天" in case_items[0]["text"]
    assert agenda.glance(ledger)["open_cases"] == 1


def test_guarantee_visit_publicity_rules(ledger):
    a = persons.create_person(ledger, {"name": "张三", "do_not_publicise": "是"})
    with pytest.raises(ValidationError, match="只适用于已牺牲"):
        care.add_guarantee(ledger, a["id"], {"kind": "martyr"})
    with pytest.raises(ValidationError, match="伤残等级"):
        care.add_guarantee(ledger, a["id"], {"kind": "disability", "state": "granted"})
    with pytest.raises(ValidationError, match="1到10"):
        care.add_guarantee(ledger, a["id"], {"kind": "disability", "disability_grade": "11"})
    g = care.add_guarantee(ledger, a["id"], {"kind": "disability", "state": "granted", "disability_grade": "5"})
    assert g["disability_grade"] == 5 and g["kind_label"] == "伤残评定"
    with pytest.raises(ValidationError, match="不公开身份"):
        care.add_publicity(ledger, {"published_on": "2026-11-01", "title": "报道"}, person_ref=a["id"])
    v = care.add_visit(ledger, a["id"], {"visited_on": "2026-11-01", "occasion": "春节慰问", "amount": "2000"})
    assert v["occasion"] == "spring_festival"


def test_attachments_stored_once_by_hash(ledger, tmp_path):
    a = persons.create_person(ledger, {"name": "张三"})
    f = tmp_path / "身份证扫描件.png"
    f.write_bytes(b"\x89PNG fake image")
    one = attachments.attach_file(ledger, "person", a["id"], f)
    two = attachments.attach_file(ledger, "person", a["id"], f, title="again")
    assert one["sha256"] == two["sha256"] and one["file_name"] == "身份证扫描件.png"
    meta, data = attachments.attachment_bytes(ledger, one["id"])
    assert data == b"\x89PNG fake image"
    from desktop.store.models import AttachmentBlob
    with ledger.reading():
        assert AttachmentBlob.select().count() == 1
    with pytest.raises(Exception, match="不存在"):
        attachments.attach_file(ledger, "person", a["id"], tmp_path / "missing.pdf")


def test_agenda_pending_guarantees_dated_first_then_undated(ledger):
    """Dated pending items (overdue, then near) come before undated ones; closed or far-off ones are not listed."""
    a = persons.create_person(ledger, {"name": "张三"})
    made = {}
    for label, data in {"undated": {}, "overdue": {"due_on": "2026-11-20"}, "near": {"due_on": "2026-12-05"},
                        "far": {"due_on": "2027-06-01"}, "processing": {"state": "processing", "due_on": "2026-11-28"},
                        "closed": {"state": "closed", "due_on": "2026-11-01"}}.items():
        made[label] = care.add_guarantee(ledger, a["id"], {"kind": "medical", **data})["id"]
    listed = [i["record"]["id"] for i in agenda.agenda(ledger) if i["kind"] == "guarantee_pending"]
    assert listed == [made["overdue"], made["processing"], made["near"], made["undated"]]
    assert [i["record"]["id"] for i in agenda.agenda(ledger, limit=2) if i["kind"] == "guarantee_pending"] == \
        [made["overdue"], made["processing"]]
