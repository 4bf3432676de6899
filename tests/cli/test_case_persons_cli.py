"""`case act … --person ID=RESULT[:GROUNDS]`: the persons of a case decided separately (issue 14)."""

import json

import pytest

from tests.cli.test_cli import run


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    db = tmp_path_factory.mktemp("persons") / "t.db"
    run("init", "--office-code", "330102", "--office-name", "杭州市公安局上城区分局", db=db)
    return db


def test_case_act_decides_persons_separately(db, tmp_path):
    a = json.loads(run("--json", "person", "add", "name=赵六", "gender=male", db=db).stdout)
    b = json.loads(run("--json", "person", "add", "name=钱七", "gender=female", db=db).stdout)
    deed = json.loads(run("--json", "deed", "add", "--person", f"{a['id']}:injured", "--person", f"{b['id']}:unhurt",
                          "title=制止抢夺", "occurred_on=2026-11-01", "division_code=330102", "place=上城区某路",
                          "category=crime", "narrative=赵六追赶抢夺者并将其制服，钱七报警。", db=db).stdout)
    cid = str(json.loads(run("--json", "case", "open", str(deed["id"]), "source=self", "applicant_name=赵六",
                             "received_on=2026-11-02", db=db).stdout)["id"])
    run("case", "act", cid, "accept", "accepted_on=2026-11-02", "accepting_unit=上城分局", db=db)
    run("case", "act", cid, "investigate", db=db)
    run("case", "act", cid, "inform", "informed_on=2026-11-03", "reasons=钱七未实施制止行为", db=db)
    run("case", "act", cid, "hear", "statement_on=2026-11-05", "statement=放弃陈述申辩", db=db)
    decide = ["case", "act", cid, "confirm", "decision_no=上公决〔2026〕5号", "decision_date=2026-11-10"]
    r = run(*decide, "--person", f"{b['id']}=not_confirmed:no_such", db=db, check=False)
    assert r.returncode == 1 and "理由清单" in r.stderr
    r = run(*decide, "--person", f"{b['id']}=maybe", db=db, check=False)
    assert r.returncode == 1 and "人员编号=not_confirmed:理由代码" in r.stderr
    shown = json.loads(run("--json", *decide, "--person", f"{b['id']}=not_confirmed:not_listed_act", db=db).stdout)
    assert shown["decision"] == "confirmed"
    assert [(x["name"], x["decision"], x["grounds"]) for x in shown["person_decisions"]] == [
        ("赵六", "confirmed", []), ("钱七", "not_confirmed", ["not_listed_act"])]
    text = run("case", "show", cid, db=db).stdout
    assert "赵六（" in text and "：确认为见义勇为" in text and "钱七（" in text and "不予确认，理由：not_listed_act" in text
    as_json = json.loads(run("--json", "case", "show", cid, db=db).stdout)
    assert {"deadlines", "events", "allowed_actions", "person_decisions"} <= set(as_json)
