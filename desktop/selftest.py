"""`yiyong --selftest`: prove that this installation (a source checkout or the bundled program) works.

Everything happens in a temporary folder (YIYONG_HOME points into it while the test runs), so the
user's own database, keys and backups are never touched. No window opens and Qt is not imported.

Steps: the shipped resources are there; a database is created and migrated; an office (330102) is
set up and fictional demo data generated; letters for people with rare-character names are issued
and checked (a PDF with embedded TrueType fonts whose text layer maps back to the names); a second
office (330100) is set up, the two offices exchange public keys, a package is exported for it and
imported there. Each step prints a line; the last line is "OK" and the exit code 0, or "FAILED" and 1.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import sys
import tempfile
import time
import traceback
import zlib
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator

OFFICE = "330102"
PEER = "330100"
RARE = ("𠮷祥", "吴䶮")  # extension B and a rare BMP character: both must print, not as boxes


class SelfTestFailure(Exception):
    pass


def _say(text: str) -> None:
    stream = sys.stdout
    if stream is None:  # a windowed build without a console
        return
    try:
        stream.write(text + "\n")
    except UnicodeEncodeError:  # a GBK console cannot show 𠮷
        enc = getattr(stream, "encoding", None) or "ascii"
        stream.write(text.encode(enc, "replace").decode(enc) + "\n")
    except BrokenPipeError:  # `yiyong --selftest | head`: the result is in the exit code
        return
    try:
        stream.flush()
    except BrokenPipeError:
        pass


@contextmanager
def _isolated_home(folder: Path) -> Iterator[None]:
    """Point the data folder into `folder`; forget any database or login from the environment."""
    keys = ("YIYONG_HOME", "YIYONG_DB", "YIYONG_USER", "YIYONG_PASSWORD_FILE")
    saved = {k: os.environ.get(k) for k in keys}
    for k in keys:
        os.environ.pop(k, None)
    os.environ["YIYONG_HOME"] = str(folder)
    try:
        yield
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


def _check(condition: bool, message: str) -> None:
    if not condition:
        raise SelfTestFailure(message)


# -- PDF checks without reportlab -----------------------------------------------------------------

def pdf_streams(data: bytes) -> list[bytes]:
    """Every stream of a PDF, inflated where it is Flate-compressed."""
    out = []
    for m in re.finditer(rb"stream\r?\n(.*?)endstream", data, re.S):
        raw = m.group(1)
        try:
            raw = zlib.decompressobj().decompress(raw)
        except zlib.error:
            pass
        out.append(raw)
    return out


def check_pdf(data: bytes, names: tuple[str, ...]) -> dict[str, int]:
    """A PDF whose fonts are embedded TrueType and whose ToUnicode maps contain every character of `names`."""
    _check(data.startswith(b"%PDF-"), "文书不是 PDF 文件（文件头不是 %PDF）")
    embedded = data.count(b"/FontFile2")
    _check(embedded > 0, "PDF 中没有嵌入 TrueType 字体（/FontFile2）")
    cmaps = [s for s in pdf_streams(data) if b"beginbfchar" in s or b"beginbfrange" in s]
    _check(bool(cmaps), "PDF 中没有字符映射表（ToUnicode）")
    mapped = b"\n".join(cmaps).lower()
    for name in names:
        for ch in name:
            code = ch.encode("utf-16-be").hex().encode()
            _check(b"<" + code + b">" in mapped, f"PDF 中找不到“{ch}”（{name}）的字形：该字会印成方框")
    return {"bytes": len(data), "embedded_fonts": embedded}


# -- the steps ------------------------------------------------------------------------------------

def step_resources(ctx: dict) -> str:
    from desktop.domain import codes, divisions
    from desktop.letters.fonts import shipped_faces
    from desktop.resources import resource_path
    needed = [resource_path("divisions", "zhejiang.json"), resource_path("codes", "codes.json"),
              resource_path("rules", "zhejiang.json"), resource_path("help", "guide.md"),
              resource_path("icons", "yiyong.png"), resource_path("translations", "yiyong_en.qm"),
              resource_path("licenses", "LGPL-3.0.txt"), resource_path("fonts", "noto-serif-sc", "OFL.txt")]
    needed += [Path(f.path) for f in shipped_faces().values()]
    needed += [resource_path("templates", f"{k}.toml") for k in
               ("certificate", "commendation", "condolence", "decision", "roster")]
    missing = [str(p) for p in needed if not p.is_file()]
    _check(not missing, "缺少随程序提供的文件：" + "、".join(missing))
    _check(divisions.full_name(OFFICE).endswith("上城区"), f"区划代码表不完整：{divisions.full_name(OFFICE)}")
    _check(bool(codes.entries("deed_category")), "代码表（事迹类别）为空")
    from desktop.domain.id_number import check_digit
    _check(check_digit("11010519491231002") == "X", "身份证校验码计算有误")
    return f"{len(needed)} 个文件，区划 {divisions.full_name(OFFICE)}"


def step_database(ctx: dict) -> str:
    from desktop.services.ledger import Ledger
    from desktop.services.office import init_office
    from desktop.store import migrations
    ledger = Ledger.open(str(ctx["home"] / f"{OFFICE}.db"), actor="selftest")
    ctx["ledgers"].append(ledger)
    ctx["ledger"] = ledger
    info = init_office(ledger, OFFICE, "上城区见义勇为协会（自检）")
    return f"SQLite，结构版本 {migrations.current_version(ledger.db)}，单位 {info['code']} {info['name']}"


def step_demo(ctx: dict) -> str:
    from desktop.services import demo
    made = demo.generate(ctx["ledger"], 30)
    _check(made["persons"] == 30 and made["awards"] > 0, f"演示数据不完整：{made}")
    ctx["demo"] = made
    return "、".join(f"{k} {v}" for k, v in made.items())


def step_letters(ctx: dict) -> str:
    from desktop.services import documents
    from desktop.store.models import Person
    ledger = ctx["ledger"]
    with ledger.reading():
        people = {p.name: p.id for p in Person.select().where(Person.name.in_(RARE))}
    _check(set(people) == set(RARE), f"演示数据中缺少生僻字姓名：{set(RARE) - set(people)}")
    lines = []
    for name in RARE:
        out = ctx["home"] / f"证书-{people[name]}.pdf"
        issued = documents.issue(ledger, "certificate", person=people[name], out=out)
        data = out.read_bytes()
        facts = check_pdf(data, (name,))
        from desktop import __version__
        record = documents.find_document(ledger, issued["documents"][0]["number_text"])
        _check(json.loads(record.params).get("app") == __version__, "文书记录中没有程序版本号")
        again = documents.reprint(ledger, issued["documents"][0]["number_text"], ctx["home"] / "重印.pdf")
        _check((ctx["home"] / "重印.pdf").read_bytes() == data, f"重印的 {name} 证书与原件不一致")
        lines.append(f"{issued['documents'][0]['number_text']} {name} {facts['bytes'] // 1024} KB")
        del again
    return "；".join(lines) + "，字体已嵌入，生僻字可打印，记有版本号，重印一致"


def step_exchange(ctx: dict) -> str:
    try:
        from desktop.services import exchange
    except ImportError as exc:
        raise _Skip(f"exchange（数据交换模块不可用：{exc}）") from exc
    from desktop.services.ledger import Ledger
    from desktop.services.office import init_office
    from desktop.store.models import Person
    home: Path = ctx["home"]
    county = ctx["ledger"]
    city = Ledger.open(str(home / f"{PEER}.db"), actor="selftest")
    ctx["ledgers"].append(city)
    init_office(city, PEER, "杭州市见义勇为协会（自检）")
    for ledger in (county, city):
        exchange.ensure_keys(ledger)
    for a, b in ((county, city), (city, county)):
        key = home / f"{a.office_code}-public-key.json"
        exchange.export_public_key(a, key)
        exchange.import_public_key(b, key, lambda info: True)
    usb = home / "U盘"
    usb.mkdir()
    made = exchange.export_package(county, usb, peer=PEER)
    _check(Path(made["path"]).is_file(), "数据包文件未写出")
    from desktop import __version__
    from desktop.sync.package import read_envelope
    envelope = read_envelope(made["path"])
    try:
        _check(envelope.data.get("app") == __version__, "数据包中没有程序版本号")
    finally:
        envelope.outer.close()
    got = exchange.import_package(city, made["path"])
    with county.reading():
        sent = sorted(Person.select(Person.uuid).where(Person.deleted == False).tuples())  # noqa: E712
    with city.reading():
        arrived = sorted(Person.select(Person.uuid).where(Person.deleted == False).tuples())  # noqa: E712
    _check(sent == arrived and len(arrived) == ctx["demo"]["persons"],
           f"导入后人员数不一致：导出 {len(sent)}，导入 {len(arrived)}")
    size = Path(made["path"]).stat().st_size // 1024
    return (f"{made['file_name']}（{size} KB，{made['encryption']}，版本 {__version__}），"
            f"在 {PEER} 导入 {sum(got['totals'].values()) if isinstance(got.get('totals'), dict) else '?'} 项，"
            f"人员 {len(arrived)} 人一致")


class _Skip(Exception):
    pass


STEPS: list[tuple[str, Callable[[dict], str]]] = [
    ("随程序提供的文件", step_resources),
    ("建立临时数据库", step_database),
    ("生成演示数据", step_demo),
    ("签发含生僻字姓名的证书", step_letters),
    ("导出并在另一单位导入数据包", step_exchange),
]


def run(keep: bool = False) -> int:
    """Run every step; print one line each and "OK" at the end. Returns the exit code."""
    from desktop import __version__
    started = time.monotonic()
    _say(f"见义勇为工作台 Yiyong {__version__} 自检（--selftest）")
    home = Path(tempfile.mkdtemp(prefix="yiyong-selftest-"))
    ctx: dict = {"home": home, "ledgers": []}
    failed = False
    try:
        with _isolated_home(home):
            for i, (title, fn) in enumerate(STEPS, start=1):
                t0 = time.monotonic()
                try:
                    detail = fn(ctx)
                except _Skip as skip:
                    _say(f"[{i}/{len(STEPS)}] {title} … SKIP {skip}")
                    continue
                except Exception as exc:  # report and stop: later steps need the earlier ones
                    message = getattr(exc, "message", None) or str(exc) or type(exc).__name__
                    _say(f"[{i}/{len(STEPS)}] {title} … 失败：{message}")
                    if not isinstance(exc, SelfTestFailure):
                        _say(traceback.format_exc().rstrip())
                    failed = True
                    break
                _say(f"[{i}/{len(STEPS)}] {title} … 通过（{time.monotonic() - t0:.1f} 秒）：{detail}")
    finally:
        for ledger in ctx["ledgers"]:
            try:
                ledger.close()
            except Exception:
                pass
        if keep:
            _say(f"临时文件夹保留在：{home}")
        else:
            shutil.rmtree(home, ignore_errors=True)
    if failed:
        _say("FAILED")
        return 1
    _say(f"用时 {time.monotonic() - started:.1f} 秒")
    _say("OK")
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(run(keep="--keep" in sys.argv))
