"""Every bad package of issue 5 point 6 is refused with one clear Chinese message, and the
receiving database is unchanged row for row."""

from __future__ import annotations

import hashlib
import io
import json
import re
import stat
import zipfile
from pathlib import Path

import pytest

from desktop.domain.errors import UserError
from desktop.store.models import Person
from desktop.sync import crypto
from desktop.sync.keys import load_keys
from desktop.sync.package import SIGN_CONTEXT
from tests.sync.helpers import deliver, introduce, make_office, send, snapshot

CHINESE = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    folder = tmp_path_factory.mktemp("bad")
    county, city, other = (make_office(folder, c) for c in ("330102", "330100", "330106"))
    introduce([county, city], folder)
    with county.atomic() as w:
        w.create(Person, {"name": "赵赟", "phone": "13800000000"})
    good = send(county, city, folder)
    yield {"folder": folder, "county": county, "city": city, "other": other, "good": Path(good["path"])}
    for x in (county, city, other):
        x.close()


def _line(name="吴䶮"):
    return {"uuid": "6f1c2b1e-2b7a-4c1e-9a57-0d8b1f3c9a11", "origin": "330102", "vclock": {"330102": 1},
            "created_at": "2026-11-01 08:00:00", "updated_at": "2026-11-01 08:00:00", "updated_by": "330102",
            "deleted": False, "fields": {"name": name}}


def craft(world, name, *, files=None, manifest=None, envelope=None, sign_with=None, signature=True,
          links=(), receiver="330100", number=7, raw_inner=None):
    """A package built by hand from the county's real keys, with one thing wrong."""
    keys = load_keys("330102")
    if files is None:
        files = {"records/person.jsonl": json.dumps(_line(), ensure_ascii=False).encode() + b"\n"}
    entries = [{"path": p, "sha256": hashlib.sha256(b).hexdigest(), "size": len(b)} for p, b in files.items()
               if not p.startswith("..") and not p.startswith("/")]
    man = {"format": 2, "schema": 1, "app": "0.1.0", "sender": "330102", "receiver": receiver, "number": number,
           "created": "2026-11-28T08:00:00Z", "full": True, "since_seq": 0, "upto_seq": 1, "entries": entries,
           "counts": {"person": 1}}
    man.update(manifest or {})
    try:
        body = json.dumps(man, ensure_ascii=False).encode()
    except UnicodeEncodeError:  # a lone surrogate: written as the escape \ud800, as a hostile sender would
        body = json.dumps(man).encode()
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("manifest.json", body)
        if signature:
            z.writestr("manifest.sig", (sign_with or keys.sign).sign(SIGN_CONTEXT + body).hex())
        for p, b in files.items():
            z.writestr(p, b)
        for p in links:
            info = zipfile.ZipInfo(p)
            info.external_attr = (stat.S_IFLNK | 0o777) << 16
            z.writestr(info, "/etc/passwd")
    inner = raw_inner if raw_inner is not None else buf.getvalue()
    env = {"format": 2, "sender": "330102", "sender_name": "上城区", "receiver": receiver, "number": number,
           "created": "2026-11-28T08:00:00Z", "app": "0.1.0", "sign_key": keys.sign_public,
           "box_key": keys.box_public, "fingerprint": keys.fingerprint}
    env.update(envelope or {})
    city_box = load_keys("330100").box_public
    params, key = crypto.for_box(city_box)
    env["encryption"] = params
    env_bytes = json.dumps(env, ensure_ascii=False).encode()
    out = io.BytesIO()
    crypto.seal_stream(key, params, env_bytes, io.BytesIO(inner), out)
    path = world["folder"] / name
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("envelope.json", env_bytes)
        z.writestr("payload.bin", out.getvalue())
    return path


def refused(world, path, pattern, **kw):
    city = world["city"]
    before = snapshot(city)
    from desktop.services.exchange import import_package
    trust = kw.pop("trust", lambda info: True)
    with pytest.raises(UserError) as err:
        import_package(city, str(path), confirm_trust=trust, **kw)
    message = err.value.message
    assert CHINESE.search(message) and "\n" not in message
    assert re.search(pattern, message), message
    assert snapshot(city) == before
    return message


def test_a_crafted_good_package_is_accepted_by_the_same_means(world, tmp_path):
    """The crafting itself is right: without a fault it imports (on a throw-away copy)."""
    path = craft(world, "ok.yyp")
    other = make_office(tmp_path, "330100")
    try:
        introduce([world["county"], other], tmp_path)
        r = deliver(other, str(path))
        assert r["counts"]["person"]["new"] == 1
    finally:
        other.close()


def test_truncated(world):
    data = world["good"].read_bytes()
    p = world["folder"] / "truncated.yyp"
    p.write_bytes(data[: len(data) // 2])
    refused(world, p, "损坏|不完整")


def test_corrupt_bytes(world):
    data = bytearray(world["good"].read_bytes())
    data[len(data) // 2] ^= 0xFF
    p = world["folder"] / "corrupt.yyp"
    p.write_bytes(bytes(data))
    refused(world, p, "损坏|无法解密|改动")


def test_not_a_package_at_all(world):
    p = world["folder"] / "random.yyp"
    p.write_bytes(b"\x00garbage" * 100)
    refused(world, p, "损坏|不完整")


def test_wrong_signature(world):
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    refused(world, craft(world, "wrongsig.yyp", sign_with=Ed25519PrivateKey.generate()), "签名不正确")


def test_missing_signature(world):
    refused(world, craft(world, "nosig.yyp", signature=False), "缺少签名")


def test_edited_entry(world):
    """An entry changed after signing: its hash no longer matches the signed manifest."""
    line = json.dumps(_line(), ensure_ascii=False).encode() + b"\n"
    good = {"path": "records/person.jsonl", "sha256": hashlib.sha256(line).hexdigest(), "size": len(line)}
    edited = line.replace("吴䶮".encode(), "吴改".encode())
    refused(world, craft(world, "edited.yyp", files={"records/person.jsonl": edited},
                         manifest={"entries": [good]}), "校验值不符|大小与清单不符")


def test_key_swapped_for_a_known_office(world):
    """Someone signs with their own key but claims to be the county."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from desktop.sync.keys import b64
    from cryptography.hazmat.primitives import serialization
    fake = Ed25519PrivateKey.generate()
    pub = b64(fake.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw))
    refused(world, craft(world, "fakekey.yyp", sign_with=fake, envelope={"sign_key": pub, "fingerprint": None}),
            "密钥不一致")


def test_unknown_office(world):
    send_from = world["other"]
    made = send_from and __import__("desktop.services.exchange", fromlist=["x"]).export_package(
        send_from, world["folder"], peer="330100", passphrase="pw")
    refused(world, made["path"], "尚未受信任", passphrase="pw", trust=lambda info: False)


def test_wrong_receiver(world):
    refused(world, craft(world, "wrongrcv.yyp", receiver="330106"), "发给单位 330106")


def test_replayed_sequence_number(world):
    city = world["city"]
    deliver(city, str(world["good"]))
    refused(world, world["good"], "已经导入过")
    # the same number in another file is refused as well (a replay)
    refused(world, craft(world, "replay.yyp", number=1), "已经导入过")


@pytest.mark.parametrize("name", ["../evil.txt", "/etc/evil", "records/../../evil"])
def test_unsafe_paths(world, name):
    files = {"records/person.jsonl": json.dumps(_line()).encode() + b"\n", name: b"x"}
    refused(world, craft(world, "path.yyp", files=files), "不安全的路径")


def test_symbolic_link(world):
    refused(world, craft(world, "link.yyp", links=["records/deed.jsonl"]), "符号链接")


def test_zip_bomb(world):
    bomb = b"0" * (60 << 20)
    refused(world, craft(world, "bomb.yyp", files={"records/person.jsonl": bomb}), "压缩炸弹|压缩比")


def test_absurdly_large_field(world):
    line = json.dumps(_line("长" * 300_000), ensure_ascii=False).encode() + b"\n"
    refused(world, craft(world, "large.yyp", files={"records/person.jsonl": line}), "远超合理长度|过长")


def test_text_not_utf8(world):
    line = json.dumps(_line("NAME")).encode().replace(b"NAME", "陈".encode("gbk")) + b"\n"
    assert "陈".encode("gbk") in line
    refused(world, craft(world, "gbk.yyp", files={"records/person.jsonl": line}), "UTF-8")


def test_newer_format(world):
    refused(world, craft(world, "future.yyp", envelope={"format": 3}), "升级")


def test_newer_schema(world):
    refused(world, craft(world, "schema.yyp", manifest={"schema": 9}), "升级")


def test_unlisted_entry(world):
    """An entry the signed manifest does not list cannot be slipped in."""
    path = craft(world, "extra.yyp", files={"records/person.jsonl": json.dumps(_line()).encode() + b"\n"},
                 manifest={"entries": []})
    refused(world, path, "清单未列出")
