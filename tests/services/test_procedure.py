"""The confirmation procedure in the services (issue 15): late steps, documents, service, todo, disability."""

import datetime as dt
import json

import pytest

from desktop.domain.errors import NotAllowed, UserError, ValidationError
from desktop.services import agenda, care, cases, deeds, documents, persons, procedural, workcalendar
from desktop.store.models import AuditEntry, CaseEvent, IssuedDocument

D = dt.date.fromisoformat
DEED = {"title": "跳入钱塘江救起落水儿童", "occurred_on": "2026-08-20", "division_code": "330102",
        "place": "上城区钱塘江南星桥段", "category": "drowning",
        "narrative": "2026年8月20日17时许，两人先后跳入江中将落水儿童救起。"}


def at(ledger, day):
    ledger._today = D(day)


def nominated_case(ledger):
    documents.save_letter_settings(ledger, {"short_name": "上公", "review_organ": "杭州市公安局"})
    a = persons.create_person(ledger, {"name": "王喆"})
    b = persons.create_person(ledger, {"name": "李堃"})
    d = deeds.record_deed(ledger, DEED, [{"person_id": a["id"], "outcome": "injured"},
                                         {"person_id": b["id"], "outcome": "unhurt"}])
    c = cases.open_case(ledger, d["id"], {"source": "organisation", "applicant_name": "南星街道办事处",
                                          "received_on": "2026-08-28"})
    return c["id"], a, b


def test_documents_follow_the_case_numbered_registered_and_served(ledger, tmp_path):
    cid, _, _ = nominated_case(ledger)
    with pytest.raises(UserError, match="尚未受理"):
        procedural.issue(ledger, cid, "acceptance")
    at(ledger, "2026-09-01")
    c = cases.act(ledger, cid, "accept", {"accepted_on": "2026-09-01", "accepting_unit": "上城分局"})
    # 30 days from 1 September end on National Day: the decision is due on the next working day
    (d,) = c["deadlines"]
    assert d["kind"] == "decision" and d["due"] == D("2026-10-08") and "国庆节" in d["basis"]
    first = procedural.issue(ledger, cid, "acceptance", out=tmp_path / "a.pdf")
    second = procedural.issue(ledger, cid, "acceptance")
    assert (first["number_text"], second["number_text"]) == ("上公受〔2026〕1号", "上公受〔2026〕2号")
    assert (tmp_path / "a.pdf").read_bytes().startswith(b"%PDF")
    params = json.loads(IssuedDocument.get_by_id(first["id"]).params)
    assert params["procedural"]["fields"]["proc.due_date"] == "2026年10月8日"
    assert params["procedural"]["number"] == "上公受〔2026〕1号"  # printed with its number
    again = procedural.reprint(ledger, first["number_text"], tmp_path / "again.pdf")
    assert again["identical"]
    with pytest.raises(UserError, match="未移送"):  # a deed of our own area is not transferred
        procedural.issue(ledger, cid, "transfer", to="杭州市公安局拱墅区分局")

    cases.act(ledger, cid, "investigate")
    at(ledger, "2026-09-25")
    cases.act(ledger, cid, "extend", {"reasons": "需向多名目击证人核实情况"})
    ext = procedural.issue(ledger, cid, "extension")
    f = json.loads(IssuedDocument.get_by_id(ext["id"]).params)["procedural"]["fields"]
    assert (f["proc.original_due_date"], f["proc.due_date"]) == ("2026年10月8日", "2026年11月2日")

    at(ledger, "2026-10-12")
    cases.act(ledger, cid, "confirm", {"decision_no": "上公确〔2026〕1号", "decision_date": "2026-10-12"})
    conf = procedural.issue(ledger, cid, "confirmation", to="王喆")
    assert conf["number_text"] == "上公确〔2026〕1号" and conf["addressee"] == "王喆"
    note = procedural.issue(ledger, cid, "result_notice")  # to the nominator
    assert note["addressee"] == "南星街道办事处" and note["number_text"].startswith("上公结")
    with pytest.raises(UserError, match="尚未作出复核决定"):
        procedural.issue(ledger, cid, "review_decision")

    at(ledger, "2026-10-14")
    with pytest.raises(ValidationError, match="送达方式"):
        procedural.serve(ledger, note["number_text"], {"served_to": "南星街道办事处", "served_on": "2026-10-14",
                                                       "method": "托人带去"})
    s = procedural.serve(ledger, note["number_text"], {"served_to": "南星街道办事处", "served_on": "2026-10-14",
                                                       "method": "直接送达", "server": "张警官"})
    assert s["method"] == "direct" and s["method_label"] == "直接送达"
    r = procedural.receipt(ledger, note["number_text"], out=tmp_path / "r.pdf")
    assert r["number_text"] == "上公送〔2026〕1号" and r["for"] == note["number_text"]
    rows = json.loads(IssuedDocument.get_by_id(r["id"]).params)["procedural"]["receipt"]
    assert rows["served_to"] == "南星街道办事处" and rows["method"] == "直接送达"
    shown = cases.get_case(ledger, cid)
    kinds = [(x["kind"], len(x["services"])) for x in shown["documents"]]
    assert kinds == [("acceptance", 0), ("acceptance", 0), ("extension", 0), ("confirmation", 0),
                     ("result_notice", 1), ("service_receipt", 0)]
    listed = documents.list_documents(ledger, kind="acceptance")
    assert [x["kind_label"] for x in listed] == ["受理通知书", "受理通知书"]


def test_a_failed_rendering_gives_its_number_back(ledger, monkeypatch):
    cid, _, _ = nominated_case(ledger)
    at(ledger, "2026-09-01")
    cases.act(ledger, cid, "accept", {"accepted_on": "2026-09-01", "accepting_unit": "上城分局"})
    from desktop.letters.procedural import ProceduralRenderer

    def broken(self, contexts, out):
        raise UserError("打印机字体缺字")

    with monkeypatch.context() as m:
        m.setattr(ProceduralRenderer, "render_many", broken)
        with pytest.raises(UserError, match="缺字"):
            procedural.issue(ledger, cid, "acceptance")
    assert procedural.issue(ledger, cid, "acceptance")["number_text"] == "上公受〔2026〕1号"


def test_late_review_request_is_accepted_only_by_a_reviewer_with_a_reason(ledger):
    from tests.services.test_accounts import as_user, staff

    cid, _, _ = nominated_case(ledger)
    at(ledger, "2026-09-01")
    cases.act(ledger, cid, "accept", {"accepted_on": "2026-09-01", "accepting_unit": "上城分局"})
    cases.act(ledger, cid, "investigate")
    at(ledger, "2026-09-08")
    cases.act(ledger, cid, "inform", {"informed_on": "2026-09-08", "reasons": "系约定职责"})
    at(ledger, "2026-09-16")
    cases.act(ledger, cid, "refuse", {"decision_no": "上公决〔2026〕1号", "decision_date": "2026-09-16",
                                      "reasons": "系约定职责"})
    cases.act(ledger, cid, "serve", {"served_on": "2026-09-16"})
    # served 16 September: 15 days end on 1 October (National Day) → the request may come until 8 October
    c = cases.get_case(ledger, cid)
    assert [(d["kind"], d["due"]) for d in c["deadlines"] if d["status"] != "done"] == [("review_request", D("2026-10-08"))]
    staff(ledger)
    at(ledger, "2026-10-12")
    as_user(ledger, "张三")  # a clerk
    with pytest.raises(ValidationError, match="已逾期"):
        cases.act(ledger, cid, "request_review", {"review_requested_on": "2026-10-09"})
    with pytest.raises(NotAllowed):
        cases.act(ledger, cid, "request_review", {"review_requested_on": "2026-10-09", "late_reason": "台风停航"})
    as_user(ledger, "李四")  # a reviewer
    c = cases.act(ledger, cid, "request_review", {"review_requested_on": "2026-10-09",
                                                  "late_reason": "申请人因台风停航滞留海岛，不可抗力"})
    assert c["state"] == "under_review"
    (late,) = c["late_steps"]
    assert late["reason"] == "申请人因台风停航滞留海岛，不可抗力" and late["due"] == "2026-10-08" and late["actor"] == "李四"
    event = CaseEvent.select().where(CaseEvent.action == "request_review").get()
    assert json.loads(event.details)["late"]["reason"].startswith("申请人因台风")
    audited = AuditEntry.select().where((AuditEntry.table == "case_event") & (AuditEntry.record_uuid == event.uuid))
    assert "不可抗力" in audited.get().changes
    # the review decision has its own deadline (30 days, documented choice) and the request can be withdrawn
    (d,) = [d for d in c["deadlines"] if d["kind"] == "review_decision"]
    assert d["due"] == D("2026-11-09")
    at(ledger, "2026-10-20")
    c = cases.act(ledger, cid, "withdraw_review", {"withdrawn_on": "2026-10-20"})
    assert c["state"] == "closed" and c["review_result"] == "withdrawn"
    assert procedural.issue(ledger, cid, "review_end")["number_text"] == "上公终〔2026〕1号"


def test_todo_puts_case_deadlines_first_even_with_the_default_limit(ledger):
    cid, a, _ = nominated_case(ledger)
    at(ledger, "2026-09-01")
    cases.act(ledger, cid, "accept", {"accepted_on": "2026-09-01", "accepting_unit": "上城分局"})
    for i in range(60):  # many overdue guarantee items
        care.add_guarantee(ledger, a["id"], {"kind": "medical", "due_on": "2026-08-25", "applied_on": "2026-08-21"})
    at(ledger, "2026-10-06")
    items = agenda.agenda(ledger, limit=50)
    assert items[0]["kind"] == "case_deadline" and items[0]["deadline_kind"] == "decision"
    assert items[0]["due"] == "2026-10-08" and "国庆节" in items[0]["basis"]
    order = [i["kind"] for i in items]
    assert order == sorted(order, key=agenda.KIND_ORDER.__getitem__)


def test_disability_assessment_within_three_years_and_after_seven_working_days(ledger):
    _, a, _ = nominated_case(ledger)  # 王喆 hurt on 2026-08-20
    at(ledger, "2029-09-30")
    with pytest.raises(ValidationError, match="3年内申请（期限至2029-08-20）"):
        care.add_guarantee(ledger, a["id"], {"kind": "disability", "applied_on": "2029-08-21"})
    g = care.add_guarantee(ledger, a["id"], {"kind": "disability", "applied_on": "2029-08-21",
                                             "late_reason": "伤情于2029年8月方稳定"})
    assert "逾期理由：伤情于2029年8月方稳定" in g["description"]
    at(ledger, "2026-12-30")
    g = care.add_guarantee(ledger, a["id"], {"kind": "disability", "applied_on": "2026-12-01"})
    with pytest.raises(ValidationError, match="7个工作日"):
        care.update_guarantee(ledger, g["id"], {"state": "granted", "disability_grade": "8", "decided_on": "2026-12-10"})
    done = care.update_guarantee(ledger, g["id"], {"state": "granted", "disability_grade": "8", "decided_on": "2026-12-11"})
    assert done["disability_grade"] == 8
    pending = care.add_guarantee(ledger, a["id"], {"kind": "disability"})
    assert pending["due_on"] == D("2029-08-20")  # the limit is the item's due date: it shows in todo


def test_office_calendar_override_wins_and_is_checked(ledger, tmp_path, monkeypatch):
    monkeypatch.setenv("YIYONG_HOME", str(tmp_path / "home"))
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"version": "1", "years": {"2027": {"holidays": {"2026-02-30": "x"}}}}), encoding="utf-8")
    with pytest.raises(ValidationError, match="日期“2026-02-30”无效"):
        workcalendar.import_overrides(ledger, bad)
    good = tmp_path / "good.json"
    good.write_text(json.dumps({"version": "2027.1", "years": {"2027": {
        "holidays": {"2027-02-11": "春节"}, "workdays": {"2027-02-20": "调休上班日"}}}}), encoding="utf-8")
    r = workcalendar.import_overrides(ledger, good)
    assert r["years"] == ["2027"]
    cal = workcalendar.office_calendar(ledger)
    assert not cal.is_working_day(D("2027-02-11")) and cal.is_working_day(D("2027-02-20"))
    assert not cal.is_working_day(D("2027-02-08"))  # the shipped file still counts where the office's says nothing
