"""Jurisdiction and transfer (移送) between two county offices by package (issue 15)."""

import pytest

from desktop.domain.errors import ValidationError
from desktop.services import cases, deeds, documents, exchange, persons, procedural
from desktop.services.ledger import Ledger
from desktop.services.office import init_office
from tests.sync.helpers import TODAY, deliver, introduce, send


def office(folder, code, name):
    ledger = Ledger.open(str(folder / f"{code}.db"), actor=f"员{code}", today=TODAY)
    init_office(ledger, code, name)
    exchange.ensure_keys(ledger)
    documents.save_letter_settings(ledger, {"short_name": name[:1] + "公"})
    return ledger


def test_a_deed_elsewhere_is_transferred_by_package_and_continued_there(tmp_path):
    shangcheng = office(tmp_path, "330102", "杭州市公安局上城区分局")
    gongshu = office(tmp_path, "330105", "杭州市公安局拱墅区分局")
    introduce([shangcheng, gongshu], tmp_path)
    p = persons.create_person(shangcheng, {"name": "王喆"})
    d = deeds.record_deed(shangcheng, {"title": "制止抢夺", "occurred_on": "2026-11-10", "division_code": "330105",
                                       "place": "拱墅区湖墅南路", "category": "crime", "narrative": "……"},
                          [{"person_id": p["id"], "outcome": "unhurt"}])
    c = cases.open_case(shangcheng, d["id"], {"source": "self", "applicant_name": "王喆", "received_on": "2026-11-20"})
    assert {a["code"] for a in c["allowed_actions"]} == {"transfer", "refuse_acceptance", "withdraw"}
    with pytest.raises(ValidationError, match="不属本单位管辖"):
        cases.act(shangcheng, c["id"], "accept", {"accepted_on": "2026-11-21", "accepting_unit": "上城分局"})
    with pytest.raises(ValidationError, match="不管辖该地"):
        cases.act(shangcheng, c["id"], "transfer", {"transferred_to": "330106", "transferred_on": "2026-11-21"})
    c = cases.act(shangcheng, c["id"], "transfer", {"transferred_to": "330105", "transferred_on": "2026-11-21"})
    assert c["state"] == "transferred" and "已于2026-11-21移送" in c["whereabouts"]["text"]
    letter = procedural.issue(shangcheng, c["id"], "transfer", to="杭州市公安局拱墅区分局")
    assert letter["number_text"] == "杭公移〔2026〕1号"

    made = send(shangcheng, gongshu, tmp_path)
    assert made["counts"]["case"] == 1 and made["counts"]["document"] == 1
    deliver(gongshu, made["path"])
    (there,) = cases.list_cases(gongshu, filters={"state": "transferred"})
    seen = cases.get_case(gongshu, there["id"])
    assert {a["code"] for a in seen["allowed_actions"]} >= {"take_over"} and "移送本单位" in seen["whereabouts"]["text"]
    cases.act(gongshu, there["id"], "take_over", {"taken_over_on": "2026-11-24"})
    taken = cases.act(gongshu, there["id"], "accept", {"accepted_on": "2026-11-24", "accepting_unit": "拱墅分局"})
    assert taken["state"] == "accepted"

    back = send(gongshu, shangcheng, tmp_path)
    deliver(shangcheng, back["path"])
    mine = cases.get_case(shangcheng, c["id"])
    assert mine["state"] == "accepted" and mine["whereabouts"]["office"] == "330105"
    assert "拱墅区" in mine["whereabouts"]["text"] and "已受理" in mine["whereabouts"]["text"]
    assert mine["allowed_actions"] == []  # the sender watches; the office of the place acts
    with pytest.raises(ValidationError, match="由该单位办理"):
        cases.act(shangcheng, c["id"], "investigate")
    shangcheng.close()
    gongshu.close()
