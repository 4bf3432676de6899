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
    # person 2's latest award is in the province's batch: the letter bears the province's number
    assert r.returncode == 0 and "已签发表彰信" in r.stdout and "演浙见〔2026〕1号" in r.stdout
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
    reissued = json.loads(r.stdout)["documents"][0]
    assert reissued["supersedes"] == reissued["number_text"] == "演浙见〔2026〕1号"  # never a county number


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


@needs_poppler
def test_print_for_and_letters_batch_are_one_path(demo_db, tmp_path):
    """`print-for` and `letters --batch` print a higher office's batch the same way: the batch's
    body signs, its numbers are printed, each document records on whose behalf it was printed;
    what one of them issued the other prints again as registered."""
    db, home = demo_db
    r = run(db, "--json", "print-for", "1", "--kind", "condolence", "--out", str(tmp_path / "p.pdf"), home=home)
    assert r.returncode == 0, r.stderr
    printed = json.loads(r.stdout)
    assert printed["on_behalf_of"] == "330000" and printed["documents"]
    assert {d["number_text"] for d in printed["documents"]} == {printed["document_no"]}
    assert {d["on_behalf_of"] for d in printed["documents"]} == {"330000"}
    text = pdf_text(tmp_path / "p.pdf").replace("\n", "").replace(" ", "")
    assert printed["issuing_body"] in text and "上城区分局" not in text
    r = run(db, "letters", "--kind", "condolence", "--batch", "1", "--out", str(tmp_path / "l.pdf"), "--json", home=home)
    assert r.returncode == 0, r.stderr
    again = json.loads(r.stdout)["documents"]
    assert [d["id"] for d in again] == [d["id"] for d in printed["documents"]] and all(d["reprinted"] for d in again)
    assert all(d["signed_by"] == printed["issuing_body"] and d["on_behalf_of"] == "330000" for d in again)
    assert (tmp_path / "l.pdf").read_bytes() == (tmp_path / "p.pdf").read_bytes()
    # the commendation letters the other way round, to the employer: the batch's number, no county number
    r = run(db, "letters", "--kind", "commendation", "--batch", "1", "--employer", "--out", str(tmp_path / "e.pdf"),
            "--json", home=home)
    assert r.returncode == 0, r.stderr
    letters = json.loads(r.stdout)["documents"]
    assert {d["number_text"] for d in letters} == {printed["document_no"]}
    text = pdf_text(tmp_path / "e.pdf").replace("\n", "").replace(" ", "")
    assert "上公" not in text and "上城区分局" not in text and text.count(printed["issuing_body"]) >= len(letters)
    r = run(db, "print-for", "1", "--kind", "commendation", home=home)  # to a dead hero himself: refused
    assert r.returncode == 1 and "已牺牲" in r.stderr
    r = run(db, "--json", "print-for", "1", "--kind", "commendation", "--employer", home=home)
    assert r.returncode == 0, r.stderr
    assert [d["id"] for d in json.loads(r.stdout)["documents"]] == [d["id"] for d in letters]  # the same documents
    r = run(db, "--json", "print-for", "1", "--kind", "roster", "--out", str(tmp_path / "roster.pdf"), home=home)
    assert r.returncode == 0 and json.loads(r.stdout)["documents"][0]["number_text"] == printed["document_no"]
    text = pdf_text(tmp_path / "roster.pdf").replace("\n", "").replace(" ", "")  # the annex of the batch's decision
    assert f"（{printed['document_no']}）" in text and "上公" not in text and "上城区分局" not in text
    r = run(db, "--json", "print-for", "1", "--kind", "certificate", home=home)
    assert r.returncode == 0, r.stderr
    certs = json.loads(r.stdout)["documents"]
    assert all(not d["number_text"].startswith("上公") and d["on_behalf_of"] == "330000" for d in certs)
    # a batch's letters share its number: --reprint picks one by kind and person
    one = letters[0]
    r = run(db, "letters", "--reprint", one["number_text"], "--out", str(tmp_path / "r.pdf"), home=home)
    assert r.returncode == 1 and "--kind" in r.stderr
    r = run(db, "letters", "--reprint", one["number_text"], "--kind", "condolence", "--person",
            str(printed_person(db, home, printed["documents"][0]["id"])), "--out", str(tmp_path / "r.pdf"), home=home)
    assert r.returncode == 0 and "完全一致" in r.stdout, r.stderr


def printed_person(db, home, doc_id):
    from desktop.services.ledger import Ledger
    from desktop.store.models import IssuedDocument

    ledger = Ledger.open(str(db), actor="测试员")
    try:
        with ledger.reading():
            return IssuedDocument.get_by_id(doc_id).person_id
    finally:
        ledger.close()
