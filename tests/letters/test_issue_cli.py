"""`python -m desktop letters` through a real subprocess, including the refusals (exit 1)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from .conftest import needs_poppler, pdf_text


def run(db, *args, home):
    cmd = [sys.executable, "-m", "desktop", "--db", str(db), *args]
    env = dict(os.environ, PYTHONIOENCODING="utf-8", YIYONG_HOME=str(home))
    return subprocess.run(cmd, capture_output=True, text=True, encoding="utf-8", env=env, timeout=300)


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    folder = tmp_path_factory.mktemp("cli")
    db, home = folder / "t.db", folder / "home"
    assert run(db, "init", "--office-code", "330102", "--office-name", "杭州市公安局上城区分局", home=home).returncode == 0
    assert run(db, "demo", "--persons", "60", home=home).returncode == 0
    return db, home


@needs_poppler
def test_batch_certificates_and_reprint(demo_db, tmp_path):
    db, home = demo_db
    r = run(db, "letters", "--kind", "certificate", "--batch", "1", "--out", str(tmp_path / "all.pdf"), "--json", home=home)
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert len(data["documents"]) == 23 and data["pages"] == 23
    assert "王喆同志" in pdf_text(tmp_path / "all.pdf", 1, 1)
    number = data["documents"][0]["number_text"]
    r = run(db, "letters", "--reprint", number, "--out", str(tmp_path / "again.pdf"), home=home)
    assert r.returncode == 0 and "完全一致" in r.stdout and number in r.stdout
    r = run(db, "letters", "--kind", "commendation", "--person", "2", "--out", str(tmp_path / "c.pdf"), home=home)
    assert r.returncode == 0 and "已签发表彰信" in r.stdout and "上公〔2026〕" in r.stdout
    # the batch printed again: the registered certificates, no new numbers
    r = run(db, "letters", "--kind", "certificate", "--batch", "1", "--out", str(tmp_path / "all2.pdf"), "--json", home=home)
    again = json.loads(r.stdout)
    assert [d["number_text"] for d in again["documents"]] == [d["number_text"] for d in data["documents"]]
    assert all(d["reprinted"] for d in again["documents"])
    assert (tmp_path / "all2.pdf").read_bytes() == (tmp_path / "all.pdf").read_bytes()
    r = run(db, "letters", "--kind", "commendation", "--person", "2", "--reissue", "--out", str(tmp_path / "d.pdf"),
            home=home)
    assert r.returncode == 1 and "理由" in r.stderr
    r = run(db, "letters", "--kind", "commendation", "--person", "2", "--reissue", "--reason", "地址有误",
            "--out", str(tmp_path / "d.pdf"), "--json", home=home)
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["documents"][0]["supersedes"].startswith("上公〔2026〕")


def test_text_only_certificate(demo_db, tmp_path):
    db, home = demo_db
    r = run(db, "letters", "--kind", "certificate", "--person", "2", "--text-only", "--offset-x", "3",
            "--offset-y", "-2", "--out", str(tmp_path / "t.pdf"), "--json", home=home)
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "t.pdf").stat().st_size > 1000


@pytest.mark.parametrize("args, message", [
    (["--kind", "certificate", "--person", "9999"], "找不到人员"),
    (["--kind", "roster", "--person", "1"], "表彰批次"),
    (["--kind", "decision", "--batch", "1"], "决定书需要选择事迹或确认案件（命令行：--deed"),
    (["--reprint", "上公〔1999〕1号"], "找不到已签发的文书"),
    (["--kind", "commendation", "--person", "2", "--out", "x.txt"], ".pdf"),
    (["--kind", "commendation", "--person", "1"], "已牺牲"),
    (["--kind", "condolence", "--person", "2"], "慰问信只用于"),
])
def test_refusals_are_chinese_and_exit_1(demo_db, tmp_path, args, message):
    db, home = demo_db
    if "--out" not in args:
        args = [*args, "--out", str(tmp_path / "x.pdf")]
    r = run(db, "letters", *args, home=home)
    assert r.returncode == 1, (r.stdout, r.stderr)
    assert message in r.stderr
    assert not (tmp_path / "x.pdf").exists()
