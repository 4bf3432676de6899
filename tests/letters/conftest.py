"""Fixtures for the letters: sample contexts, shipped fonts only, and PDF inspection helpers."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest

from desktop.letters import (
    AwardInfo,
    BatchInfo,
    DecisionInfo,
    DeedInfo,
    DocumentContext,
    LetterInfo,
    OfficeInfo,
    PersonInfo,
    RenderOptions,
)
from desktop.letters.context import PartyInfo
from desktop.letters.fonts import shipped_fonts

RARE_NAMES = ["张喆", "李堃", "王珺", "赵玥", "陈昇", "刘赟", "周䶮", "吴𠮷"]

needs_poppler = pytest.mark.skipif(
    not (shutil.which("pdftotext") and shutil.which("pdffonts") and shutil.which("pdftoppm")),
    reason="poppler-utils (pdftotext, pdffonts, pdftoppm) not installed",
)


@pytest.fixture
def options() -> RenderOptions:
    """Shipped fonts only, so the output is the same on every machine."""
    return RenderOptions(fonts=shipped_fonts())


def office(date_style: str = "arabic") -> OfficeInfo:
    return OfficeInfo(name="杭州市公安局上城区分局", short_name="上公",
                      header="杭州市上城区见义勇为工作领导小组办公室", date_style=date_style)


def person(name: str = "王𠮷喆", **kw) -> PersonInfo:
    kw.setdefault("gender", "男")
    kw.setdefault("employer", "杭州市上城区某某科技有限公司")
    kw.setdefault("hukou_place", "浙江省杭州市上城区")
    return PersonInfo(name=name, **kw)


def deed() -> DeedInfo:
    return DeedInfo(date=dt.date(2026, 5, 3), place="上城区钱塘江南星桥段", category="救人",
                    summary="奋不顾身跳入江中，成功救起两名落水儿童")


def award(p: PersonInfo | None = None, i: int = 12) -> AwardInfo:
    return AwardInfo(honour_title="杭州市上城区见义勇为先进分子", level="区级", amount=Decimal(20000),
                     certificate_no=f"上见证〔2026〕第{i:03d}号", person=p)


def letter_ctx(name: str = "王𠮷喆", number: int = 12, date_style: str = "arabic", **person_kw) -> DocumentContext:
    p = person(name, **person_kw)
    return DocumentContext(
        office=office(date_style), person=p, deed=deed(), award=award(p),
        letter=LetterInfo(document_number=f"上公〔2026〕{number}号", date=dt.date(2026, 11, 28)),
    )


def decision_ctx(decision: str = "confirmed", review_days: int = 15) -> DocumentContext:
    p = person()
    return DocumentContext(
        office=office(), person=p, deed=deed(),
        decision=DecisionInfo(
            decision=decision, decision_no="上公见确〔2026〕3号", date=dt.date(2026, 6, 20),
            facts="2026年5月3日16时许，两名儿童在钱塘江南星桥段江边玩耍时不慎落水。王𠮷喆途经该处，"
                  "跳入江中将两名儿童先后救上岸。上述事实有证人证言、视频资料等证据证实。",
            reasons="王𠮷喆不负有法定职责和约定义务，为保护他人生命安全，不顾个人安危救助落水儿童。",
            review_days=review_days, review_organ="杭州市公安局",
            reconsideration_organ="杭州市上城区人民政府",
            parties=[PartyInfo(name="王𠮷喆", gender="男", id_number="330102199001011237",
                               address="浙江省杭州市上城区望江街道某小区1幢101室")],
        ),
    )


def roster_ctx(count: int = 40, hidden: tuple[int, ...] = (3, 17)) -> DocumentContext:
    awards = []
    for i in range(count):
        name = RARE_NAMES[i % len(RARE_NAMES)] + ("" if i < len(RARE_NAMES) else str(i))
        p = PersonInfo(name=name, gender="男" if i % 3 else "女",
                       employer="杭州市上城区某某街道社区卫生服务中心" if i % 4 == 0 else "",
                       hukou_place="浙江省杭州市上城区", do_not_publicise=i in hidden)
        awards.append(AwardInfo(honour_title="杭州市上城区见义勇为先进分子" if i % 5 else "浙江省见义勇为勇士",
                                amount=Decimal(20000 if i % 5 else 100000), person=p))
    batch = BatchInfo(title="2026年度上城区见义勇为先进分子表彰名单", year=2026,
                      document_number="上公〔2026〕12号", date=dt.date(2026, 11, 22), awards=awards)
    return DocumentContext(office=office(), batch=batch)


# --- PDF inspection ---------------------------------------------------------------------------

def pdf_text(path: Path, first: int | None = None, last: int | None = None, crop=None) -> str:
    """Text of a PDF (pdftotext, raw order); crop=(x, y, w, h) in points from the top left."""
    cmd = ["pdftotext", "-enc", "UTF-8"]
    if first:
        cmd += ["-f", str(first)]
    if last:
        cmd += ["-l", str(last)]
    if crop:
        x, y, w, h = crop
        cmd += ["-x", str(int(x)), "-y", str(int(y)), "-W", str(int(w)), "-H", str(int(h))]
    cmd += [str(path), "-"]
    return subprocess.run(cmd, capture_output=True, check=True).stdout.decode("utf-8")


def pdf_fonts(path: Path) -> list[dict[str, str]]:
    """Rows of `pdffonts`: name, type and the emb column."""
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, check=True, text=True).stdout
    lines = out.splitlines()
    header, rule = lines[0], lines[1]
    # Columns are fixed width, marked by the dashes of the second line.
    spans, pos = [], 0
    for chunk in rule.split(" "):
        if chunk:
            spans.append((pos, pos + len(chunk)))
        pos += len(chunk) + 1
    names = [header[a:b].strip() for a, b in spans]
    return [{n: line[a:b].strip() for n, (a, b) in zip(names, spans)} for line in lines[2:] if line.strip()]


def page_png(pdf: Path, page: int, out_prefix: Path, dpi: int = 40) -> Path:
    subprocess.run(["pdftoppm", "-png", "-r", str(dpi), "-f", str(page), "-l", str(page), "-singlefile",
                    str(pdf), str(out_prefix)], check=True)
    return out_prefix.with_suffix(".png")
