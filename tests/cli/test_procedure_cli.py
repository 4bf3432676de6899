"""The confirmation procedure from the command line (issue 15)."""

import datetime as dt
import json

import pytest

from tests.cli.test_cli import run


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    db = tmp_path_factory.mktemp("proc") / "t.db"
    run("init", "--office-code", "330102", "--office-name", "杭州市公安局上城区分局", db=db)
    run("demo", "--persons", "60", db=db)
    return db


@pytest.fixture(scope="module")
def accepted(db):
    """A case of 制止抢夺 accepted on 2026-11-02: its decision is due on 2026-12-02."""
    person = json.loads(run("--json", "person", "add", "name=赵六", db=db).stdout)
    deed = json.loads(run("--json", "deed", "add", "--person", f"{person['id']}:injured", "title=制止抢夺",
                          "occurred_on=2026-11-01", "division_code=330102", "place=上城区某路",
                          "category=crime", db=db).stdout)
    case = json.loads(run("--json", "case", "open", str(deed["id"]), "source=self", "applicant_name=赵六",
                          "received_on=2026-11-02", db=db).stdout)
    shown = json.loads(run("--json", "case", "act", str(case["id"]), "accept", "accepted_on=2026-11-02",
                           "accepting_unit=上城分局", db=db).stdout)
    return {"case": case, "shown": shown}


def test_case_documents_and_service_from_the_command_line(db, accepted, tmp_path):
    case, shown = accepted["case"], accepted["shown"]
    (d,) = shown["deadlines"]
    assert d["kind"] == "decision" and d["due"] == "2026-12-02" and "起算30日" in d["basis"]
    r = run("case", "doc", str(case["id"]), "acceptance", "--out", str(tmp_path / "a.pdf"), db=db)
    assert "受理通知书" in r.stdout and (tmp_path / "a.pdf").exists()
    number = r.stdout.split()[1].split("（")[0]
    today = dt.date.today().isoformat()  # the command line works on the real date
    r = run("case", "served", number, "served_to=赵六", f"served_on={today}", "method=post", db=db)
    assert "邮寄送达" in r.stdout
    text = run("case", "show", str(case["id"]), db=db).stdout
    assert "计算：自受理日2026-11-02次日起算30日" in text and f"{number} 受理通知书；送达：{today} 邮寄送达给赵六" in text


def test_calendar_show_says_where_each_day_comes_from(db):
    days = json.loads(run("--json", "calendar", "show", "2026-10-01", "2026-10-10", db=db).stdout)
    assert [d["date"] for d in days if d["working"]] == ["2026-10-10"]
    assert {d["source"] for d in days} == {"library"}
    spring = json.loads(run("--json", "calendar", "show", "2027-02-05", "2027-02-11", db=db).stdout)
    assert [d["date"] for d in spring] == ["2027-02-05", "2027-02-06", "2027-02-07", "2027-02-08", "2027-02-09",
                                          "2027-02-10"]
    r = run("calendar", "show", "2027-13-01", db=db, check=False)
    assert r.returncode == 2 and "不是有效日期" in r.stderr


def test_todo_without_options_starts_with_the_case_deadlines(db, accepted):
    # the case accepted on 2026-11-02 is due on 2026-12-02: near or past, it leads the list
    items = json.loads(run("--json", "todo", db=db).stdout)
    kinds = [i["kind"] for i in items]
    assert kinds[0] == "case_deadline" and "award_unpaid" in kinds
    weight = {"case_deadline": 0, "award_unpaid": 1, "guarantee_pending": 2, "visit_due": 3}
    assert [weight[k] for k in kinds] == sorted(weight[k] for k in kinds)
    assert all({"deadline_kind", "due", "basis"} <= set(i) for i in items if i["kind"] == "case_deadline")
    assert "制止抢夺：确认决定期限：2026-12-02" in run("todo", db=db).stdout.splitlines()[0]


def test_calendar_import_goes_into_the_office_override(tmp_path):
    db = tmp_path / "c.db"
    run("init", "--office-code", "330102", "--office-name", "杭州市公安局上城区分局", db=db)
    update = tmp_path / "2027.json"
    update.write_text(json.dumps({"version": "2027.1", "years": {"2027": {
        "holidays": {"2027-02-11": "春节", "2027-02-12": "春节"}, "workdays": {"2027-02-20": "调休上班日"}}}}),
        encoding="utf-8")
    r = run("calendar", "import", str(update), db=db)
    assert "更新了 2027 年" in r.stdout and "审计" in r.stdout
    days = json.loads(run("--json", "calendar", "show", "2027-02-11", "2027-02-20", db=db).stdout)
    assert {d["date"]: d["working"] for d in days if d["source"] == "override"}["2027-02-20"] is True
    assert "与本单位已有的安排相同" in run("calendar", "import", str(update), db=db).stdout
    r = run("export", "--to", str(tmp_path), "--peer", "330100", "--holidays", "--passphrase-file", str(update),
            db=db, check=False)
    assert r.returncode == 1 and "只能发给下级单位" in r.stderr
