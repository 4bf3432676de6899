"""Issuing and reprinting documents from the ledger's records (desktop/services/documents.py)."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path

import pytest

from desktop.domain.errors import NotFound, UserError, ValidationError
from desktop.services import awards, deeds, documents, persons
from desktop.store.documents import DocumentCounter
from desktop.store.models import IssuedDocument

from .conftest import needs_poppler, pdf_fonts, pdf_text

DEMO_RARE = ["王喆", "李堃", "陈珺", "张玥", "刘昇", "周赟", "吴䶮", "𠮷祥"]


@pytest.fixture(autouse=True)
def _home(tmp_path, monkeypatch):
    """Office templates live under the data folder: keep each test's own."""
    monkeypatch.setenv("YIYONG_HOME", str(tmp_path / "home"))


def _small(ledger, name="周䶮", state="injured"):
    """A person with a deed and an award in a batch: the least a certificate needs."""
    p = persons.create_person(ledger, {"name": name, "gender": "male", "employer": "某物流公司"})
    d = deeds.record_deed(ledger, {"title": "跳河救起落水儿童", "occurred_on": dt.date(2026, 5, 3),
                                   "division_code": "330102", "place": "上城区钱塘江南星桥段",
                                   "category": "drowning"}, [{"person_id": p["id"], "outcome": state}])
    b = awards.create_batch(ledger, {"title": "2026年度上城区见义勇为先进个人表彰", "level": "county",
                                     "year": 2026, "document_no": "上公〔2026〕12号",
                                     "decided_on": dt.date(2026, 11, 22)})
    a = awards.add_award(ledger, b["id"], p["id"], {"honour_title": "见义勇为先进个人",
                                                    "amount": Decimal(20000)}, deed_ref=d["id"])
    return p, d, b, a


def test_numbers_follow_in_sequence_per_kind_and_year(ledger, tmp_path):
    p, _, b, _ = _small(ledger)
    got = [documents.issue(ledger, "commendation", person=p["id"], out=tmp_path / "c0.pdf")["documents"][0]]
    got += [documents.issue(ledger, "commendation", person=p["id"], out=tmp_path / f"c{i}.pdf", reissue=True,
                            reason="错字更正")["documents"][0] for i in (1, 2)]
    assert [d["number"] for d in got] == [1, 2, 3]
    assert [d["number_text"] for d in got] == ["上公〔2026〕1号", "上公〔2026〕2号", "上公〔2026〕3号"]
    assert [d.get("supersedes") for d in got] == [None, "上公〔2026〕1号", "上公〔2026〕2号"]
    cert = documents.issue(ledger, "certificate", person=p["id"], out=tmp_path / "cert.pdf")["documents"][0]
    assert (cert["number"], cert["number_text"]) == (1, "上公证〔2026〕1号")  # its own sequence
    with ledger.reading():
        rows = list(IssuedDocument.select().order_by(IssuedDocument.id))
        assert len({(r.kind, r.year, r.number) for r in rows}) == len(rows) == 4
        assert [json.loads(r.params).get("superseded_by") for r in rows] == [
            "上公〔2026〕2号", "上公〔2026〕3号", None, None]
        assert DocumentCounter.get((DocumentCounter.kind == "commendation") & (DocumentCounter.year == 2026)).last == 3
    row = rows[0]
    params = json.loads(row.params)
    assert row.template_version == "2026.2" and len(row.file_hash) == 64
    assert params["context"]["person"]["name"] == "周䶮" and params["template"]["text"].startswith("#")
    assert row.person_id == p["id"] and row.batch_id == b["id"]


_CLERK = """
import sys, datetime as dt
from desktop.services.ledger import Ledger
from desktop.services import documents
ledger = Ledger.open(sys.argv[1], today=dt.date(2026, 11, 28))
for _ in range(8):
    with ledger.atomic():
        print(documents._next_number("330102", "commendation", 2026), flush=True)
"""


def test_two_clerks_at_once_never_share_a_number(ledger, db_url):
    """Two processes (two clerks' PCs on one database) take numbers at the same time."""
    import subprocess
    import sys

    procs = [subprocess.Popen([sys.executable, "-c", _CLERK, db_url], stdout=subprocess.PIPE, text=True)
             for _ in range(2)]
    taken = []
    for proc in procs:
        out, _ = proc.communicate(timeout=120)
        assert proc.returncode == 0
        taken += [int(x) for x in out.split()]
    assert sorted(taken) == list(range(1, 17))


def test_failed_render_consumes_no_number(ledger, tmp_path):
    p, _, _, _ = _small(ledger)
    persons.update_person(ledger, p["id"], {"employer": ""})
    with pytest.raises(UserError, match="工作单位"):  # the employer letter needs {person.employer}
        documents.issue(ledger, "commendation", person=p["id"], recipient="employer", out=tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()
    with ledger.reading():
        assert IssuedDocument.select().count() == 0
    doc = documents.issue(ledger, "commendation", person=p["id"], out=tmp_path / "ok.pdf")["documents"][0]
    assert doc["number"] == 1


def test_reprint_gives_the_same_document(sqlite_ledger, tmp_path):
    p, _, _, _ = _small(sqlite_ledger)
    first = documents.issue(sqlite_ledger, "commendation", person=p["id"], out=tmp_path / "a.pdf")
    number = first["documents"][0]["number_text"]
    again = documents.reprint(sqlite_ledger, number, tmp_path / "b.pdf")
    assert again["identical"] and not again["template_changed"]
    assert (tmp_path / "a.pdf").read_bytes() == (tmp_path / "b.pdf").read_bytes()
    assert again["sha256"] == first["documents"][0]["file_hash"]
    with sqlite_ledger.reading():
        assert IssuedDocument.select().count() == 1  # no new number


def test_reprint_after_a_template_change_keeps_the_issued_text(sqlite_ledger, tmp_path):
    p, _, _, _ = _small(sqlite_ledger)
    number = documents.issue(sqlite_ledger, "commendation", person=p["id"], out=tmp_path / "a.pdf")["documents"][0]["number_text"]
    text, version, own = documents.template_text("commendation")
    assert not own
    saved = documents.save_template(sqlite_ledger, "commendation", text.replace("特致此信", "特此致信"))
    assert saved["version"] == "2026.3"
    again = documents.reprint(sqlite_ledger, number, tmp_path / "b.pdf")
    assert again["identical"] and again["template_changed"]
    assert any("模板已更新" in n for n in again["notes"])
    assert (tmp_path / "a.pdf").read_bytes() == (tmp_path / "b.pdf").read_bytes()
    new = documents.issue(sqlite_ledger, "commendation", person=p["id"], out=tmp_path / "c.pdf",
                          reissue=True, reason="模板更新")
    assert new["documents"][0]["template_version"] == "2026.3"


def test_save_template_refuses_unknown_fields(sqlite_ledger):
    text, _, _ = documents.template_text("condolence")
    with pytest.raises(UserError, match="不存在的字段"):
        documents.save_template(sqlite_ledger, "condolence", text.replace("{deed.place}", "{deed.street}"))
    assert not (documents.template_dir() / "condolence.toml").exists()


def test_missing_records_are_clear_errors(sqlite_ledger, tmp_path):
    p, _, _, _ = _small(sqlite_ledger, state="unhurt")
    with pytest.raises(NotFound, match="找不到人员"):
        documents.issue(sqlite_ledger, "certificate", person=9999, out=tmp_path / "x.pdf")
    with pytest.raises(UserError, match="慰问信只用于"):
        documents.issue(sqlite_ledger, "condolence", person=p["id"], out=tmp_path / "x.pdf")
    with pytest.raises(UserError, match="表彰批次"):
        documents.issue(sqlite_ledger, "roster", person=p["id"], out=tmp_path / "x.pdf")


def test_letter_settings_are_checked_and_used(sqlite_ledger, tmp_path):
    with pytest.raises(ValidationError, match="机关代字"):
        documents.save_letter_settings(sqlite_ledger, {"short_name": "上公[1]"})
    with pytest.raises(ValidationError, match="偏移"):
        documents.save_letter_settings(sqlite_ledger, {"cert_offset_x": "abc"})
    s = documents.save_letter_settings(sqlite_ledger, {"short_name": "上见", "date_style": "chinese",
                                                       "cert_offset_x": "3.5", "cert_text_only": "是"})
    assert s["short_name"] == "上见" and s["cert_offset_x"] == 3.5 and s["cert_text_only"] is True
    p, _, _, _ = _small(sqlite_ledger)
    r = documents.issue(sqlite_ledger, "commendation", person=p["id"], out=tmp_path / "a.pdf")
    assert r["documents"][0]["number_text"] == "上见〔2026〕1号"
    params = json.loads(IssuedDocument.get_by_id(r["documents"][0]["id"]).params)
    assert params["options"]["date_style"] == "chinese"


# --- the demo batch ----------------------------------------------------------------------------

@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    from desktop.services.demo import generate
    from desktop.services.ledger import Ledger
    from desktop.services.office import init_office

    folder = tmp_path_factory.mktemp("demo")
    ledger = Ledger.open(str(folder / "demo.db"), actor="测试员", today=dt.date(2026, 11, 28))
    init_office(ledger, "330102", "杭州市公安局上城区分局")
    generate(ledger, 60)
    batch = awards.list_batches(ledger, year=2026)[0]
    yield ledger, batch
    ledger.close()


@needs_poppler
def test_demo_batch_certificates_in_roll_order_with_every_name(demo, tmp_path):
    ledger, batch = demo
    roll = awards.batch_roll(ledger, batch["id"])
    r = documents.issue(ledger, "certificate", batch=batch["id"], out=tmp_path / "all.pdf", folder=tmp_path / "each")
    assert r["pages"] == len(roll) == 23 and len(r["documents"]) == 23
    names = [a["person_name"] for a in roll]
    assert set(DEMO_RARE) <= set(names)
    for page, a in enumerate(roll, start=1):
        text = pdf_text(tmp_path / "all.pdf", page, page).replace("\n", "")
        assert f"{a['person_name']}同志" in text, (page, a["person_name"])
        assert a["honour_title"][:6] in text
        if a["person_state"] == "deceased":  # 追授: no “你于…” to a hero who died
            assert "追授" in text and "以资褒扬" in text and "你于" not in text
        else:
            assert "你于" in text and "追授" not in text
    for row in pdf_fonts(tmp_path / "all.pdf"):
        assert row["emb"] == "yes", row
    assert len(r["files"]) == 23 and Path(r["files"][0]).name.startswith("001-荣誉证书-")
    hidden = [a["person_name"] for a in roll if a["do_not_publicise"]]
    for f in r["files"]:
        assert not any(h in Path(f).name for h in hidden)  # file names do not publicise them


@needs_poppler
def test_demo_roster_hides_people_who_asked(demo, tmp_path):
    ledger, batch = demo
    roll = awards.batch_roll(ledger, batch["id"])
    hidden = [a["person_name"] for a in roll if a["do_not_publicise"]]
    assert hidden, "the demo marks someone do_not_publicise"
    documents.issue(ledger, "roster", batch=batch["id"], out=tmp_path / "roster.pdf")
    text = pdf_text(tmp_path / "roster.pdf")
    for a in roll:
        if a["do_not_publicise"]:
            assert a["person_name"] not in text
        else:
            assert a["person_name"] in text
    assert "依本人意愿不公开" in text


@needs_poppler
def test_demo_letters_fit_on_one_page(demo, tmp_path):
    ledger, batch = demo
    roll = awards.batch_roll(ledger, batch["id"])
    first = [a for a in roll if a["person_state"] != "deceased"][0]
    r = documents.issue(ledger, "commendation", person=first["person_id"], out=tmp_path / "c.pdf")
    assert r["pages"] == 1
    assert first["person_name"] in pdf_text(tmp_path / "c.pdf")
    assert r["documents"][0]["number_text"] in pdf_text(tmp_path / "c.pdf")
    dead = [a for a in roll if a["person_state"] == "deceased"][0]
    r = documents.issue(ledger, "condolence", person=dead["person_id"], out=tmp_path / "d.pdf")
    assert r["pages"] == 1 and f"{dead['person_name']}同志家属" in pdf_text(tmp_path / "d.pdf")
    with pytest.raises(UserError, match="已牺牲，嘉奖信不能写给本人"):
        documents.issue(ledger, "commendation", person=dead["person_id"], out=tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()


def test_issuing_again_reprints_the_registered_document(sqlite_ledger, tmp_path):
    """One number per document: the same record and kind gives the registered paper again."""
    p, _, b, _ = _small(sqlite_ledger)
    first = documents.issue(sqlite_ledger, "certificate", batch=b["id"], out=tmp_path / "a.pdf")
    again = documents.issue(sqlite_ledger, "certificate", batch=b["id"], out=tmp_path / "b.pdf")
    assert [d["number_text"] for d in again["documents"]] == [d["number_text"] for d in first["documents"]]
    assert all(d["reprinted"] and d["identical"] for d in again["documents"])
    assert (tmp_path / "a.pdf").read_bytes() == (tmp_path / "b.pdf").read_bytes()
    with sqlite_ledger.reading():
        assert IssuedDocument.select().count() == 1
        assert DocumentCounter.get(DocumentCounter.kind == "certificate").last == 1


def test_reissue_needs_a_reason_and_a_reviewer(sqlite_ledger, tmp_path):
    from desktop.domain.errors import NotAllowed
    from desktop.services import accounts

    p, _, _, _ = _small(sqlite_ledger)
    documents.issue(sqlite_ledger, "condolence", person=p["id"], out=tmp_path / "a.pdf")
    with pytest.raises(UserError, match="理由"):
        documents.issue(sqlite_ledger, "condolence", person=p["id"], out=tmp_path / "b.pdf", reissue=True)
    accounts.create_first_admin(sqlite_ledger, "admin", "admin-pass-1")
    sqlite_ledger.login(accounts.authenticate(sqlite_ledger, "admin", "admin-pass-1"))
    accounts.create_user(sqlite_ledger, "clerk", "clerk-pass-1", "clerk")
    sqlite_ledger.login(accounts.authenticate(sqlite_ledger, "clerk", "clerk-pass-1"))
    with pytest.raises(NotAllowed):
        documents.issue(sqlite_ledger, "condolence", person=p["id"], out=tmp_path / "b.pdf", reissue=True,
                        reason="地址有误")


@needs_poppler
def test_printed_number_is_the_registered_number_for_every_kind(demo, tmp_path):
    """The number on the paper (pdftotext) is the one in the register, and --reprint takes it."""
    ledger, batch = demo
    roll = awards.batch_roll(ledger, batch["id"])
    alive = [a for a in roll if a["person_state"] not in ("deceased",)][0]["person_id"]
    hurt = [a for a in roll if a["person_state"] in ("injured", "disabled", "deceased")][0]["person_id"]
    with ledger.reading():
        from desktop.store.models import ConfirmationCase
        case = ConfirmationCase.select().where(ConfirmationCase.decision.is_null(False)).first()
    runs = {"commendation": {"person": alive}, "certificate": {"person": alive}, "roster": {"batch": batch["id"]},
            "decision": {"case": case.id}, "condolence": {"person": hurt}}
    for kind, refs in runs.items():
        r = documents.issue(ledger, kind, out=tmp_path / f"{kind}.pdf", **refs)
        number = r["documents"][0]["number_text"]
        assert number in pdf_text(tmp_path / f"{kind}.pdf").replace(" ", "").replace("\n", ""), kind
        # a batch's letters and its roster all bear the batch's number: kind and person tell them apart
        again = documents.reprint(ledger, number, tmp_path / f"{kind}-again.pdf", kind=kind, person=refs.get("person"))
        assert again["identical"], kind
        assert (tmp_path / f"{kind}.pdf").read_bytes() == (tmp_path / f"{kind}-again.pdf").read_bytes()
    decision = documents.list_documents(ledger, kind="decision")[0]
    assert decision["number_text"] == case.decision_no or not case.decision_no


@needs_poppler
def test_decision_names_every_person_and_decides_each(tmp_path):
    """Each person of a case identified (gender, ID number, address) and decided one by one; the
    refusal's reasons come from the rules file's grounds with their basis; copy to the nominator."""
    from desktop.letters import decision
    from desktop.letters.context import PartyInfo
    from desktop.services.letter_context import parent_police_organ, refusal_reasons

    from .conftest import decision_ctx

    ctx = decision_ctx("refused")
    ctx.decision.parties = [PartyInfo("王𠮷喆", "男", "330102199001011237", "杭州市上城区望江街道1号"),
                            PartyInfo("李堃", "女", "33010219920202124X", "杭州市上城区清波街道2号")]
    ctx.decision.reasons = refusal_reasons("王𠮷喆、李堃", ["duty"])
    ctx.decision.copy_to = "某物流公司"
    from desktop.letters import RenderOptions
    from desktop.letters.fonts import shipped_fonts
    decision.render(ctx, tmp_path / "d.pdf", options=RenderOptions(fonts=shipped_fonts()))
    text = pdf_text(tmp_path / "d.pdf").replace("\n", "").replace(" ", "")
    for id_number, address in (("330102199001011237", "望江街道1号"), ("33010219920202124X", "清波街道2号")):
        assert id_number in text and address in text
    assert "1.对王𠮷喆的上述行为不予确认为见义勇为行为。" in text
    assert "2.对李堃的上述行为不予确认为见义勇为行为。" in text
    assert "属于履行法定职责，不符合《浙江省见义勇为人员奖励和保障条例》第二条第二款的规定" in text
    assert text.index("抄送：某物流公司") > text.index("杭州市公安局上城区分局2026年6月20日")
    with pytest.raises(UserError, match="未知的不予确认理由"):
        refusal_reasons("王喆", ["nonsense"])
    assert parent_police_organ("330102") == "杭州市公安局"
    assert parent_police_organ("330100") == "浙江省公安厅"


def test_no_seal_mark_unless_an_electronic_seal_is_configured(sqlite_ledger, tmp_path):
    """Nothing printed where the seal goes by default; an administrator's seal image is printed,
    recorded on each document (its digest), audited, and reprints carry the same seal."""
    from PIL import Image, ImageDraw
    from pypdf import PdfReader

    from desktop.store.models import AuditEntry

    def images(path):
        return sum(len(page.images) for page in PdfReader(str(path)).pages)

    p, _, b, _ = _small(sqlite_ledger)
    plain = documents.issue(sqlite_ledger, "commendation", person=p["id"], out=tmp_path / "plain.pdf")
    assert images(tmp_path / "plain.pdf") == 0 and "印章" not in pdf_text(tmp_path / "plain.pdf")
    assert plain["documents"][0]["seal"] is None

    seal = Image.new("RGBA", (200, 200), (0, 0, 0, 0))
    ImageDraw.Draw(seal).ellipse((5, 5, 195, 195), outline=(220, 0, 0, 255), width=8)
    seal.save(tmp_path / "seal.png")
    with pytest.raises(ValidationError, match="不是 PNG"):
        documents.set_seal_image(sqlite_ledger, tmp_path / "plain.pdf")
    digest = documents.set_seal_image(sqlite_ledger, tmp_path / "seal.png")["seal_image"]
    with sqlite_ledger.reading():
        assert AuditEntry.select().where((AuditEntry.table == "setting")
                                         & AuditEntry.changes.contains("letters.seal_image")).count() == 1
    sealed = documents.issue(sqlite_ledger, "condolence", person=p["id"], out=tmp_path / "sealed.pdf")
    assert sealed["documents"][0]["seal"] == digest
    assert images(tmp_path / "sealed.pdf") == 1
    documents.set_seal_image(sqlite_ledger, None)  # removed afterwards: the reprint keeps its seal
    again = documents.reprint(sqlite_ledger, sealed["documents"][0]["number_text"], tmp_path / "again.pdf")
    assert again["identical"] and (tmp_path / "again.pdf").read_bytes() == (tmp_path / "sealed.pdf").read_bytes()


@needs_poppler
def test_provincial_batch_is_printed_in_the_provinces_name(demo, tmp_path):
    """A county prints the province's certificates with the province's number and signature and
    records that it printed them on the province's behalf; the letters too are the province's
    (its body, its number), never a county granting the provincial title; the certificate's date
    is in Chinese numerals."""
    ledger, batch = demo
    body = awards.get_batch(ledger, batch["id"])["issuing_body"]
    assert body and body != "杭州市公安局上城区分局"
    roll = [a for a in awards.batch_roll(ledger, batch["id"]) if a["certificate_no"] and a["person_state"] != "deceased"]
    a = roll[-1]
    r = documents.issue(ledger, "certificate", award=a["id"], out=tmp_path / "cert.pdf")
    doc = r["documents"][0]
    assert doc["number_text"] == a["certificate_no"]
    text = pdf_text(tmp_path / "cert.pdf").replace("\n", "").replace(" ", "")
    assert f"{body}决定授予你" in text and "被授予" not in text and "经研究" not in text
    assert "二〇二六年十一月二十八日" in text and a["certificate_no"] in text
    assert doc["signed_by"] == body and doc["on_behalf_of"] == "330000"
    # the letter too is the province's: its body signs, its number is the batch's, never the county's
    letter = documents.issue(ledger, "commendation", person=a["person_id"], out=tmp_path / "letter.pdf")
    text = pdf_text(tmp_path / "letter.pdf").replace("\n", "").replace(" ", "")
    got = letter["documents"][0]
    assert (got["signed_by"], got["on_behalf_of"], got["number_text"]) == (body, "330000", batch["document_no"])
    assert "经研究，决定授予你" in text and batch["document_no"] in text
    assert "上城区分局" not in text and "上公" not in text


def test_a_higher_batch_without_its_body_or_number_is_not_printed_in_the_offices_name(ledger, tmp_path):
    """A provincial batch recorded without its commending organ or number cannot be printed: the
    county would otherwise grant the provincial title in its own name (决定授予…浙江省…称号)."""
    p, d, _, _ = _small(ledger)
    b = awards.create_batch(ledger, {"title": "2026年度浙江省见义勇为先进分子表彰", "level": "province", "year": 2026,
                                     "decided_on": dt.date(2026, 11, 20)})
    awards.add_award(ledger, b["id"], p["id"], {"honour_title": "浙江省见义勇为先进分子", "amount": Decimal(80000)},
                     deed_ref=d["id"])
    for kind in ("commendation", "certificate", "roster"):
        with pytest.raises(UserError, match="缺少表彰机关或表彰文号，不能以其名义打印"):
            documents.issue(ledger, kind, batch=b["id"], out=tmp_path / f"{kind}.pdf")
    with ledger.reading():
        assert IssuedDocument.select().count() == 0
    # the county's own batch (no other body named) stays in the county's name and numbers
    own = documents.issue(ledger, "commendation", person=p["id"], batch=_small_batch(ledger), out=tmp_path / "own.pdf")
    doc = own["documents"][0]
    assert doc["number_text"] == "上公〔2026〕1号" and doc["on_behalf_of"] is None
    assert doc["signed_by"] == "杭州市上城区公安分局"  # the ledger fixture's office


def _small_batch(ledger):
    return [x for x in awards.list_batches(ledger) if x["level"] == "county"][0]["id"]
