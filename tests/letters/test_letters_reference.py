"""Rendered pages against reviewed reference images, so a layout change is noticed.

The references under tests/letters/reference/ were looked at and accepted by a person. After an
intended layout change, regenerate them with YIYONG_REGEN_REFERENCES=1, look at every image
again, and commit them with the change.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from desktop.letters import certificate, commendation, condolence, decision, roster

from .conftest import decision_ctx, letter_ctx, needs_poppler, page_png, roster_ctx

PIL = pytest.importorskip("PIL")
from PIL import Image, ImageChops, ImageStat  # noqa: E402

pytestmark = needs_poppler

REFERENCE = Path(__file__).parent / "reference"
REGEN = os.environ.get("YIYONG_REGEN_REFERENCES") == "1"
# Mean absolute difference (0–255 grey levels) allowed. The same machine renders identically
# (0.0); moving the signature block by one character gives 0.62, the title by one line 5.6.
TOLERANCE = 0.3


def _text_only(ctx, out, options):
    options.text_only = True
    options.offset_x_mm, options.offset_y_mm = 4, -2
    return certificate.render(ctx, out, options=options)


CASES = {
    "commendation-p1": (lambda o, opt: commendation.render(letter_ctx(), o, options=opt), 1),
    "commendation-employer-p1": (
        lambda o, opt: commendation.render(_employer(letter_ctx()), o, options=opt), 1),
    "condolence-died-p1": (lambda o, opt: condolence.render(letter_ctx(state="died"), o, options=opt), 1),
    "decision-confirmed-p1": (lambda o, opt: decision.render(decision_ctx("confirmed"), o, options=opt), 1),
    "decision-refused-p1": (lambda o, opt: decision.render(decision_ctx("refused"), o, options=opt), 1),
    "roster-p1": (lambda o, opt: roster.render(roster_ctx(), o, options=opt), 1),
    "roster-p2": (lambda o, opt: roster.render(roster_ctx(), o, options=opt), 2),
    "certificate-p1": (lambda o, opt: certificate.render(letter_ctx(date_style="chinese"), o, options=opt), 1),
    "certificate-text-only-p1": (lambda o, opt: _text_only(letter_ctx(), o, opt), 1),
}


def _employer(ctx):
    ctx.letter.recipient = "employer"
    return ctx


def mean_difference(a: Path, b: Path) -> float:
    ia, ib = Image.open(a).convert("L"), Image.open(b).convert("L")
    if ia.size != ib.size:
        return 255.0
    return ImageStat.Stat(ImageChops.difference(ia, ib)).mean[0]


@pytest.mark.parametrize("case", sorted(CASES))
def test_page_matches_reference(case, tmp_path, options):
    render, page = CASES[case]
    pdf = tmp_path / f"{case}.pdf"
    render(pdf, options)
    png = page_png(pdf, page, tmp_path / case)
    reference = REFERENCE / f"{case}.png"
    if REGEN:
        REFERENCE.mkdir(exist_ok=True)
        reference.write_bytes(png.read_bytes())
        pytest.skip("reference regenerated: look at it before committing")
    assert reference.is_file(), f"no reference for {case}: run with YIYONG_REGEN_REFERENCES=1 and review it"
    diff = mean_difference(png, reference)
    assert diff <= TOLERANCE, f"{case}: mean pixel difference {diff:.2f} > {TOLERANCE} (see {png})"
