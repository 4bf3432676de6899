"""The command line through a real subprocess, as scripts and offices' tools use it."""

import json
import os
import subprocess
import sys

import pytest

from desktop.cli import build_parser


def run(*args, db=None, check=True, input=None):
    cmd = [sys.executable, "-m", "desktop"] + (["--db", str(db)] if db else []) + list(args)
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    r = subprocess.run(cmd, capture_output=True, text=True, encoding="utf-8", env=env, input=input, timeout=300)
    if check and r.returncode != 0:
        raise AssertionError(f"{cmd} exited {r.returncode}: {r.stderr}")
    return r


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    db = tmp_path_factory.mktemp("cli") / "t.db"
    run("init", "--office-code", "330102", "--office-name", "杭州市上城区公安分局", db=db)
    run("demo", "--persons", "60", db=db)
    return db


def test_done_when_flow_prints_real_figures(demo_db):
    stats = json.loads(run("--json", "stats", db=demo_db).stdout)
    t = stats["totals"]
    assert t["persons"] == 60 and t["deeds"] > 10 and t["migrant_workers"] >= 7
    assert t["awards"] >= 23 and float(t["award_amount"]) > 0
    assert sum(r["count"] for r in stats["deeds_by_year"]) == t["deeds"]
    assert {r["key"] for r in stats["outcomes"]} == {"unhurt", "injured", "disabled", "died"}


def test_persons_json_is_an_array_with_id_and_name(demo_db):
    rows = json.loads(run("--json", "persons", "--limit", "5", db=demo_db).stdout)
    assert isinstance(rows, list) and len(rows) == 5
    assert all("id" in r and "name" in r for r in rows)
    rare = json.loads(run("--json", "persons", "--search", "喆", "--full", db=demo_db).stdout)
    assert [r["name"] for r in rare] == ["王喆"]
    by_initials = json.loads(run("--json", "persons", "--search", "wz", db=demo_db).stdout)
    assert "王喆" in [r["name"] for r in by_initials]
    last6 = rare[0]["id_number"][-6:]
    assert rare[0]["id"] in [r["id"] for r in json.loads(run("--json", "persons", "--search", last6, db=demo_db).stdout)]


def test_person_set_checks_and_versions(demo_db):
    r = run("person", "set", "1", "id_number=330102199001011230", db=demo_db, check=False)
    assert r.returncode == 1 and "校验位应为" in r.stderr and "Traceback" not in r.stderr
    before = json.loads(run("--json", "person", "show", "1", db=demo_db).stdout)["person"]
    after = json.loads(run("--json", "person", "set", "1", "phone=13912345678", db=demo_db).stdout)
    assert after["phone"] == "13912345678" and after["version"] == before["version"] + 1
    r = run("person", "set", "1", "phone=1", "--expect-version", str(before["version"]), db=demo_db, check=False)
    assert r.returncode == 1 and "已被其他用户修改" in r.stderr


def test_user_errors_exit_1_usage_errors_exit_2(demo_db, tmp_path):
    r = run("person", "show", "999999", db=demo_db, check=False)
    assert r.returncode == 1 and r.stderr.strip() == "错误：找不到人员“999999”"
    r = run("persons", "--limit", "many", db=demo_db, check=False)
    assert r.returncode == 2 and "用法错误" in r.stderr
    r = run("frobnicate", db=demo_db, check=False)
    assert r.returncode == 2
    r = run("person", "set", "1", "phone", db=demo_db, check=False)
    assert r.returncode == 2 and "字段=值" in r.stderr
    r = run("attach", "person", "1", str(tmp_path / "missing.pdf"), db=demo_db, check=False)
    assert r.returncode == 1 and "不存在" in r.stderr
    r = run("init", "--office-code", "999999", "--office-name", "x", db=tmp_path / "n.db", check=False)
    assert r.returncode == 1 and "999999" in r.stderr
    r = run("persons", db=tmp_path / "nodir" / "x.db", check=False)
    assert r.returncode == 1 and "不存在" in r.stderr


def test_case_workflow_from_the_command_line(demo_db):
    people = json.loads(run("--json", "person", "add", "name=赵六", "id_number=11010519491231002X", db=demo_db).stdout)
    deed = json.loads(run("--json", "deed", "add", "--person", f"{people['id']}:injured", "title=制止抢夺",
                          "occurred_on=2026-11-01", "division_code=330102", "place=上城区某路",
                          "category=crime", db=demo_db).stdout)
    case = json.loads(run("--json", "case", "open", str(deed["id"]), "source=self", "applicant_name=赵六",
                          "received_on=2026-11-02", db=demo_db).stdout)
    assert case["state"] == "received"
    r = run("case", "act", str(case["id"]), "confirm", "decision_no=x", "decision_date=2026-11-03",
            db=demo_db, check=False)
    assert r.returncode == 1 and "不能执行" in r.stderr
    run("case", "act", str(case["id"]), "accept", "accepted_on=2026-11-02", "accepting_unit=上城分局", db=demo_db)
    shown = run("case", "show", str(case["id"]), db=demo_db).stdout
    assert "确认决定期限：2026-12-02" in shown and "已受理" in shown


def test_check_passes_on_demo(demo_db):
    r = run("check", db=demo_db)
    assert "检查通过" in r.stdout


def _subcommand_paths(parser, prefix=()):
    for action in parser._actions:
        if action.__class__.__name__ == "_SubParsersAction":
            for name, sub in action.choices.items():
                yield prefix + (name,)
                yield from _subcommand_paths(sub, prefix + (name,))


def test_every_subcommand_has_help():
    paths = list(_subcommand_paths(build_parser()))
    assert ("init",) in paths and ("person", "set") in paths
    for path in paths:
        with pytest.raises(SystemExit) as e:
            build_parser().parse_args(list(path) + ["--help"])
        assert e.value.code == 0


def test_an_unexpected_error_in_a_command_goes_to_the_log_in_the_data_folder(monkeypatch, tmp_path):
    """The command line logs to the same file as the window (desktop.logfile)."""
    import logging

    import pytest

    from desktop import cli
    from desktop.logfile import log_path

    def broken(_cli, _args):
        raise RuntimeError("模拟的程序错误")
    parser = cli.build_parser()
    args = parser.parse_args(["--db", str(tmp_path / "x.db"), "check"])
    args.func = broken
    monkeypatch.setattr(cli, "build_parser", lambda: type("P", (), {"parse_args": lambda self, a: args})())
    with pytest.raises(RuntimeError):
        cli.main(["check"])
    for h in logging.getLogger("desktop").handlers:
        h.flush()
    text = log_path().read_text(encoding="utf-8")
    assert "模拟的程序错误" in text and "[cli]" in text and "命令 check" in text
